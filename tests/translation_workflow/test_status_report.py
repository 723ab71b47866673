"""The translation status report: its numbers, its links, who sees what, the dashboard panel,
and a query count that does not grow with the pages."""

from django.contrib.auth.models import Permission
from django.urls import reverse

from wagtail_localize.models import TranslationSource

import pytest
from bs4 import BeautifulSoup

from national_sites.translation import translate
from tests.conftest import PASSWORD, make_user
from tests.factories import StandardPageFactory
from tests.solutions.conftest import network_locales, publish
from tests.solutions.factories import TopicFactory
from translation_workflow.status import MISSING, OUT_OF_DATE, TRANSLATED, translation_status

REPORT = "/admin/translation-status/"
DANISH_SITE = "Energibyerne"
# Measured: 22 at both sizes. About half are the counts (the user's groups, the sites, the
# locales, the trees' roots, the pages, their sources, the translations, the snippets'
# sources, one per translatable snippet model); the rest are the admin's session, user and
# menu. Two spare queries leave room for a new snippet model, not for a query per page.
REPORT_BUDGET = 24
ESTONIAN_SITE = "SmartEnCity Network Estonia"


@pytest.fixture
def locales(db):
    return network_locales()


def danish_pages(network, locales, translated=3, untranslated=1):
    """Under the Danish home page (da): `translated` pages translated into English, the
    last of which then changed and was published again without a sync, and `untranslated`
    pages never translated. Returns {"translated": [...], "changed": page, "missing": [...]}.
    """
    home = network["dk"].root_page.specific
    pages = []
    for number in range(translated):
        page = publish(StandardPageFactory(parent=home, title=f"Side {number}"))
        translate(page, locales["en"], {f"Side {number}": f"Page {number}"})
        pages.append(page)
    changed = pages[-1]
    changed.title = f"{changed.title} (ny)"
    publish(changed)
    missing = [
        publish(StandardPageFactory(parent=home, title=f"Uoversat {number}"))
        for number in range(untranslated)
    ]
    return {"translated": pages[:-1], "changed": changed, "missing": missing}


def make_topics(locales):
    """Three English topics: "Mobility" translated into Danish, "Heating" translated and
    then renamed without a sync, "Data" never translated."""
    mobility = TopicFactory(name="Mobility", slug="mobility", locale=locales["en"])
    translate(mobility, locales["da"], {"Mobility": "Mobilitet"})
    heating = TopicFactory(name="Heating", slug="heating", locale=locales["en"])
    translate(heating, locales["da"], {"Heating": "Varme"})
    heating.name = "District heating"
    heating.save()
    data = TopicFactory(name="Data", slug="data", locale=locales["en"])
    return {"mobility": mobility, "heating": heating, "data": data}


@pytest.fixture
def danish_work(network, locales):
    return {"pages": danish_pages(network, locales), "topics": make_topics(locales)}


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def report_table(client, user):
    """The report's rows as the user sees them: {(site, language, content): (translated,
    out of date, missing)}, and the links of the counts by the same key."""
    client.force_login(user)
    page = soup(client.get(REPORT))
    numbers, links = {}, {}
    for tr in page.select("table.listing tbody tr"):
        cells = [td.get_text(" ", strip=True) for td in tr.find_all("td")]
        key = tuple(cells[:3])
        numbers[key] = tuple(int(text) for text in cells[3:6])
        links[key] = [a["href"] if (a := td.find("a")) else None for td in tr.find_all("td")[3:6]]
    return numbers, links


def language(locales, code):
    return locales[code].get_display_name()


def test_the_report_counts_the_danish_sites_pages_and_topics(
    client, coordinator, danish_work, locales
):
    """The Danish site's English pages: its home and two pages in sync, one changed after
    its sync, one never translated; Danish topics: one in sync, one renamed, one missing."""
    numbers, _links = report_table(client, coordinator)

    assert numbers[DANISH_SITE, language(locales, "en"), "Pages"] == (3, 1, 1)
    assert numbers["Whole network", language(locales, "da"), "Topics"] == (1, 1, 1)
    # Nothing was done in Estonian or on the Estonian site: its home page is in sync.
    assert numbers[ESTONIAN_SITE, language(locales, "en"), "Pages"] == (1, 0, 0)
    assert numbers["Whole network", language(locales, "et"), "Topics"] == (0, 0, 3)


def test_the_rows_are_computed_per_language(coordinator, danish_work, locales, network):
    """The European site is translated into five languages, each its own row; the Danish
    site only into English, whose row lists exactly the pages of each status."""
    status = translation_status(coordinator)
    european = {
        row.locale.language_code: row.counts for row in status.pages if row.site == network["eu"]
    }
    assert sorted(european) == ["bg", "da", "es", "et", "it"]
    assert all(
        counts == {TRANSLATED: 1, OUT_OF_DATE: 0, MISSING: 0} for counts in european.values()
    )

    english = status.find("pages", "en", site_id=network["dk"].pk)
    pages = danish_work["pages"]
    assert {item.source.pk for item in english.items_with(OUT_OF_DATE)} == {pages["changed"].pk}
    assert {item.source.pk for item in english.items_with(MISSING)} == {
        page.pk for page in pages["missing"]
    }
    assert {item.source.pk for item in english.items_with(TRANSLATED)} == {
        network["dk"].root_page_id,
        *(page.pk for page in pages["translated"]),
    }
    assert status.find("pages", "da", site_id=network["dk"].pk) is None


def test_a_sync_brings_a_page_and_a_topic_back_in_sync(client, coordinator, danish_work, locales):
    """What wagtail-localize's "Sync" does (reading the source again) makes the changed page
    and the renamed topic count as translated."""
    for source in (danish_work["pages"]["changed"], danish_work["topics"]["heating"]):
        TranslationSource.objects.get_for_instance(source).update_from_db()

    numbers, _links = report_table(client, coordinator)

    assert numbers[DANISH_SITE, language(locales, "en"), "Pages"] == (4, 0, 1)
    assert numbers["Whole network", language(locales, "da"), "Topics"] == (2, 0, 1)


def test_a_draft_of_the_source_does_not_make_its_translation_out_of_date(
    coordinator, danish_work, locales, network
):
    """A sync reads the published page, so an unpublished draft is not yet work to sync."""
    page = danish_work["pages"]["translated"][0]
    page.title = "Kladde"
    page.save_revision()

    english = translation_status(coordinator).find("pages", "en", site_id=network["dk"].pk)
    assert english.counts == {TRANSLATED: 3, OUT_OF_DATE: 1, MISSING: 1}


def test_each_count_links_to_the_list_of_its_pages_and_each_page_to_its_work(
    client, coordinator, danish_work, locales, network
):
    """Out of date lists the changed page with a Sync back to this list and an edit of
    its translation; missing lists the untranslated page with Translate into English."""
    _numbers, links = report_table(client, coordinator)
    translated_url, outdated_url, missing_url = links[
        DANISH_SITE, language(locales, "en"), "Pages"
    ]
    site_id = network["dk"].pk
    assert outdated_url == f"{REPORT}pages/{site_id}/en/out_of_date/"
    assert missing_url == f"{REPORT}pages/{site_id}/en/missing/"

    changed = danish_work["pages"]["changed"]
    english = changed.get_translation(locales["en"])
    source = TranslationSource.objects.get_for_instance(changed)
    outdated = soup(client.get(outdated_url))
    rows = outdated.select("table.listing tbody tr")
    assert len(rows) == 1
    hrefs = [a["href"] for a in rows[0].find_all("a")]
    assert reverse("wagtailadmin_pages:edit", args=[changed.pk]) in hrefs
    sync = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert (
        f"{sync}?next=%2Fadmin%2Ftranslation-status%2Fpages%2F{site_id}%2Fen%2Fout_of_date%2F"
        in hrefs
    )
    assert reverse("wagtailadmin_pages:edit", args=[english.pk]) in hrefs
    assert "Page 2" in rows[0].get_text()

    missing = soup(client.get(missing_url))
    rows = missing.select("table.listing tbody tr")
    untranslated = danish_work["pages"]["missing"][0]
    assert [row.find("a").get_text(strip=True) for row in rows] == [untranslated.title]
    translate_url = reverse("wagtail_localize:submit_page_translation", args=[untranslated.pk])
    assert f"{translate_url}?select_locale=en" in [a["href"] for a in rows[0].find_all("a")]

    # The Translate link opens wagtail-localize's form with English chosen.
    form = soup(client.get(f"{translate_url}?select_locale=en"))
    english_box = form.find("input", {"name": "locales", "value": str(locales["en"].pk)})
    assert english_box.has_attr("checked")


def test_the_topics_list_links_to_translating_the_missing_topic(
    client, coordinator, danish_work, locales
):
    """The missing Danish topic is listed with wagtail-localize's Translate for snippets."""
    _numbers, links = report_table(client, coordinator)
    missing_url = links["Whole network", language(locales, "da"), "Topics"][2]
    assert missing_url == f"{REPORT}snippets/solutions/topic/da/missing/"

    rows = soup(client.get(missing_url)).select("table.listing tbody tr")
    data = danish_work["topics"]["data"]
    assert [row.find("a").get_text(strip=True) for row in rows] == ["Data"]
    translate_url = reverse(
        "wagtail_localize:submit_snippet_translation", args=["solutions", "topic", data.pk]
    )
    assert f"{translate_url}?select_locale=da" in [a["href"] for a in rows[0].find_all("a")]


def test_a_danish_editor_sees_the_danish_site_only(
    client, editor_dk, danish_work, locales, network
):
    """The Danish editor's report has the Danish site, and the topics in Danish and English;
    the Estonian site's rows and lists do not exist for them."""
    numbers, _links = report_table(client, editor_dk)

    assert numbers[DANISH_SITE, language(locales, "en"), "Pages"] == (3, 1, 1)
    assert {key[0] for key in numbers} == {DANISH_SITE, "Whole network"}
    assert {key[1] for key in numbers if key[0] == "Whole network"} == {language(locales, "da")}
    estonian = f"{REPORT}pages/{network['ee'].pk}/en/translated/"
    assert client.get(estonian).status_code == 404
    danish = f"{REPORT}pages/{network['dk'].pk}/en/translated/"
    assert client.get(danish).status_code == 200


def test_translators_see_every_site(client, translator, danish_work, locales):
    """Translators work on every site, so their report has the Estonian and Danish sites."""
    numbers, _links = report_table(client, translator)
    assert {ESTONIAN_SITE, DANISH_SITE} <= {key[0] for key in numbers}


def test_the_menu_offers_the_report_to_those_who_may_see_it(client, editor_dk, db):
    """Editors find it under Reports; a user with admin access and no network role does not."""
    client.force_login(editor_dk)
    assert REPORT in client.get("/admin/").content.decode()

    nobody = make_user("nobody")
    nobody.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    client.force_login(nobody)
    assert REPORT not in client.get("/admin/").content.decode()
    numbers = soup(client.get(REPORT)).select("table.listing tbody tr")
    assert numbers == []


def test_anonymous_visitors_are_sent_to_log_in(client, network):
    """The report is an admin view: an anonymous visitor is asked to log in."""
    response = client.get(REPORT)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_a_user_without_admin_access_is_refused(client, network):
    """A signed-in user without admin access is sent to the admin's login, not shown it."""
    make_user("outsider")
    assert client.login(username="outsider", password=PASSWORD)
    response = client.get(REPORT)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert "Translation status" not in response.content.decode()


def test_the_danish_editors_dashboard_shows_their_sites_status(
    client, editor_dk, coordinator, danish_work, locales, network
):
    """The panel on the Danish editor's admin home has the report's numbers and links."""
    client.force_login(editor_dk)
    panel = soup(client.get("/admin/")).find(id="translation-status-section")
    assert panel is not None
    rows = {
        tuple(cell.get_text(" ", strip=True) for cell in tr.find_all(["td", "th"])[:3]): [
            int(cell.get_text(strip=True)) for cell in tr.find_all("td")[2:5]
        ]
        for tr in panel.select("tbody tr")
    }
    assert rows[DANISH_SITE, language(locales, "en"), "Pages"] == [3, 1, 1]
    assert rows["Whole network", language(locales, "da"), "Topics"] == [1, 1, 1]
    hrefs = [a["href"] for a in panel.find_all("a")]
    assert f"{REPORT}pages/{network['dk'].pk}/en/out_of_date/" in hrefs
    assert REPORT in hrefs

    client.force_login(coordinator)
    assert soup(client.get("/admin/")).find(id="translation-status-section") is None


@pytest.mark.parametrize("pages", [2, 12])
def test_the_report_needs_the_same_queries_for_few_or_many_pages(
    client, coordinator, network, locales, pages, django_assert_max_num_queries
):
    """Counting every site's pages and topics reads each table once, not each page: the
    report (session, user, groups, menu, then the counts) stays within one budget."""
    danish_pages(network, locales, translated=pages, untranslated=pages)
    make_topics(locales)
    client.force_login(coordinator)
    client.get(REPORT)
    with django_assert_max_num_queries(REPORT_BUDGET):
        response = client.get(REPORT)
    assert response.status_code == 200
    status = translation_status(coordinator)
    english = status.find("pages", "en", site_id=network["dk"].pk)
    assert english.counts == {TRANSLATED: pages, OUT_OF_DATE: 1, MISSING: pages}
