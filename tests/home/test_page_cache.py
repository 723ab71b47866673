"""Anonymous visitors are served pages from the page cache, and every change shows at once.

The page cache is off in the test settings; the `page_cache` fixture switches it on here.
Each change is made inside `committed()`, because the cache is emptied once the change is
committed and each test runs in a transaction that is never committed.
"""

from datetime import date

from django.core.cache import caches
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings
from django.urls import reverse

from wagtail.models import PageViewRestriction

import pytest

from bulletins.tokens import unsubscribe_token
from home.models import SiteSettings
from membership.models import JoinPage
from national_sites.translation import translate
from smartencity import page_cache
from solutions.models import MembershipStage
from solutions.stage_history import record_stage_change
from tests.factories import StandardPageFactory
from tests.solutions.conftest import national_home, network_locales, publish
from tests.solutions.factories import (
    CityPageFactory,
    NetworkMapPageFactory,
    SolutionPageFactory,
    TopicFactory,
)
from tests.translations import interface_text

pytestmark = pytest.mark.django_db

REFUSING_REDIS = "redis://127.0.0.1:1/0"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True
    caches[page_cache.PAGE_CACHE_ALIAS].clear()
    yield
    caches[page_cache.PAGE_CACHE_ALIAS].clear()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what the block changes as if it had been committed."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def maps(network):
    """The European map (English, translated into Danish) and the Danish site's map, and one
    Danish city with a solution on the topic "Mobility".

        localhost     /en/map/   /da/map/
        dk.localhost  /da/kort/
        city          dk.localhost /da/aarhus/, solution /da/aarhus/letbanen/
    """
    locales = network_locales()
    european = publish(
        NetworkMapPageFactory(parent=network["eu"].root_page.specific, title="Network map")
    )
    translate(european, locales["da"])
    publish(NetworkMapPageFactory(parent=national_home(network, "dk"), title="Kort", slug="kort"))
    city = publish(
        CityPageFactory(
            parent=national_home(network, "dk"),
            title="Aarhus Kommune",
            slug="aarhus",
            location="SRID=4326;POINT(10.2039 56.1629)",
        )
    )
    mobility = TopicFactory(name="Mobility", slug="mobility", locale=locales["en"])
    solution = publish(
        SolutionPageFactory(parent=city, title="Letbanen", slug="letbanen", topics=[mobility])
    )
    return {"city": city, "solution": solution, "topic": mobility}


MAP_ADDRESSES = [
    ("localhost", "/en/map/"),
    ("localhost", "/da/map/"),
    ("dk.localhost", "/da/kort/"),
]


def visit(client, host, path, **headers):
    response = client.get(path, HTTP_HOST=host, **headers)
    assert response.status_code == 200, (host, path, response.status_code)
    return response


def read_every_map(client):
    """Visit each map twice, so that the second visit comes from the cache."""
    for host, path in MAP_ADDRESSES:
        visit(client, host, path)
        assert visit(client, host, path)["X-Page-Cache"] == "hit"


def every_map(client):
    return [visit(client, host, path).content.decode() for host, path in MAP_ADDRESSES]


# Serving from the cache


def test_a_second_anonymous_visit_is_served_from_the_cache_without_a_query(
    client, network, django_assert_num_queries
):
    first = visit(client, "localhost", "/en/")

    with django_assert_num_queries(0):
        second = visit(client, "localhost", "/en/")

    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


def test_a_hit_reads_the_cache_once(client, network, monkeypatch):
    pages = caches[page_cache.PAGE_CACHE_ALIAS]
    visit(client, "localhost", "/en/")
    reads = []
    read = pages.get
    monkeypatch.setattr(pages, "get", lambda key, *args: reads.append(key) or read(key, *args))

    response = visit(client, "localhost", "/en/")

    # Django reads the list of headers the address varies on, then the page; this worker
    # remembers the list from the first visit.
    assert response["X-Page-Cache"] == "hit"
    assert len(reads) == 1


def test_a_worker_that_remembers_an_address_still_shows_a_change(client, committed, maps):
    read_every_map(client)
    remembered = dict(page_cache.PageCache.vary_lists)
    with committed():
        maps["city"].title = "Aarhus Byråd"
        publish(maps["city"])

    # Another worker emptied the cache; this one still knows each address's list.
    page_cache.PageCache.vary_lists.update(remembered)
    for host, path in MAP_ADDRESSES:
        response = visit(client, host, path)
        assert response["X-Page-Cache"] == "miss"
        assert "Aarhus Byråd" in response.content.decode()
        assert visit(client, host, path)["X-Page-Cache"] == "hit"


def test_browsers_are_told_to_ask_again_so_they_never_keep_an_old_page(client, network):
    visit(client, "localhost", "/en/")
    response = visit(client, "localhost", "/en/")

    assert response["Cache-Control"] == "max-age=0"
    assert not response.has_header("Expires")


def test_behind_a_cdn_the_cdn_may_keep_pages_as_long_as_the_cache(client, network, settings):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:6081",
        }
    }
    settings.PAGE_CACHE_SECONDS = 900

    response = visit(client, "localhost", "/en/")

    assert sorted(response["Cache-Control"].split(", ")) == ["max-age=0", "s-maxage=900"]


def test_each_host_and_language_has_its_own_copy(client, network):
    addresses = [("localhost", "/da/"), ("dk.localhost", "/da/"), ("dk.localhost", "/en/")]
    first = {address: visit(client, *address) for address in addresses}
    second = {address: visit(client, *address) for address in addresses}

    assert [response["X-Page-Cache"] for response in second.values()] == ["hit"] * 3
    for address in addresses:
        assert second[address].content == first[address].content
    assert len({response.content for response in second.values()}) == 3
    assert '<html lang="da">' in second[("localhost", "/da/")].content.decode()
    assert '<html lang="en">' in second[("dk.localhost", "/en/")].content.decode()


def test_the_site_root_still_sends_each_visitor_to_their_own_language(client, network):
    visit(client, "dk.localhost", "/da/")
    visit(client, "dk.localhost", "/en/")

    by_browser = client.get("/", HTTP_HOST="dk.localhost", HTTP_ACCEPT_LANGUAGE="en")
    by_default = client.get("/", HTTP_HOST="dk.localhost")
    client.cookies["django_language"] = "en"
    by_cookie = client.get("/", HTTP_HOST="dk.localhost", HTTP_ACCEPT_LANGUAGE="da")

    assert (by_browser.status_code, by_browser["Location"]) == (302, "/en/")
    assert (by_default.status_code, by_default["Location"]) == (302, "/da/")
    assert (by_cookie.status_code, by_cookie["Location"]) == (302, "/en/")
    assert by_cookie["X-Page-Cache"] == "bypass"


def test_cookies_the_site_does_not_read_share_the_anonymous_copy(client, network):
    visit(client, "localhost", "/en/")
    client.cookies["csrftoken"] = "a" * 32
    client.cookies["django_language"] = "da"
    client.cookies["_pk_id"] = "someone"

    assert visit(client, "localhost", "/en/")["X-Page-Cache"] == "hit"


# Never served from or stored in the cache


def test_signed_in_people_get_their_own_page_and_never_leave_it_behind(
    client, coordinator, network
):
    visit(client, "localhost", "/en/")
    client.force_login(coordinator)

    signed_in = visit(client, "localhost", "/en/")
    client.logout()
    anonymous = visit(client, "localhost", "/en/")

    assert signed_in["X-Page-Cache"] == "bypass"
    assert "wagtail-userbar" in signed_in.content.decode()
    assert anonymous["X-Page-Cache"] == "hit"
    assert "wagtail-userbar" not in anonymous.content.decode()


def test_a_preview_of_a_draft_is_neither_cached_nor_shown_to_visitors(
    client, coordinator, network
):
    page = publish(StandardPageFactory(parent=network["eu"].root_page, title="Live title"))
    visit(client, "localhost", page.url)
    page.title = "Draft title"
    page.save_revision()
    client.force_login(coordinator)

    preview = client.get(
        reverse("wagtailadmin_pages:view_draft", args=[page.pk]), HTTP_HOST="localhost"
    )
    client.logout()
    visitor = visit(client, "localhost", page.url)

    assert preview["X-Page-Cache"] == "bypass"
    assert "Draft title" in preview.content.decode()
    assert "Draft title" not in visitor.content.decode()
    assert "Live title" in visitor.content.decode()


def test_a_password_protected_page_is_never_kept_for_other_visitors(client, network):
    page = publish(
        StandardPageFactory(
            parent=network["eu"].root_page, title="Members only", intro="The secret plan."
        )
    )
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="opensesame"
    )
    form = visit(client, "localhost", page.url)
    client.post(
        reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk]),
        {"password": "opensesame", "return_url": page.url},
        HTTP_HOST="localhost",
    )
    unlocked = visit(client, "localhost", page.url)
    client.cookies.clear()
    stranger = visit(client, "localhost", page.url)

    assert form["X-Page-Cache"] == "bypass"
    assert "The secret plan." in unlocked.content.decode()
    assert unlocked["X-Page-Cache"] == "bypass"
    assert "The secret plan." not in stranger.content.decode()


def test_a_page_for_signed_in_people_only_is_not_kept_for_anonymous_visitors(
    client, coordinator, network
):
    page = publish(
        StandardPageFactory(
            parent=network["eu"].root_page, title="Members only", intro="The secret plan."
        )
    )
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(coordinator)
    member = visit(client, "localhost", page.url)
    client.logout()

    stranger = client.get(page.url, HTTP_HOST="localhost")

    assert "The secret plan." in member.content.decode()
    assert "private" in member["Cache-Control"]
    assert stranger.status_code == 302
    assert stranger["Location"].endswith("login/?next=/en/members-only/")


def test_restricting_a_cached_page_hides_it_at_once(client, committed, network):
    page = publish(
        StandardPageFactory(
            parent=network["eu"].root_page, title="Soon private", intro="The secret plan."
        )
    )
    visit(client, "localhost", page.url)

    with committed():
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    assert client.get(page.url, HTTP_HOST="localhost").status_code == 302


def test_a_page_with_a_form_is_rendered_for_each_visitor_with_their_own_token(client, network):
    join = JoinPage(
        title="Join the network",
        slug="join",
        intro="<p>Cities are welcome.</p>",
        thank_you_text="<p>Thank you.</p>",
        privacy_notice="<p>We keep your details only to handle your application.</p>",
    )
    network["eu"].root_page.specific.add_child(instance=join)
    publish(join)

    first = visit(client, "localhost", "/en/join/")
    client.cookies.clear()
    second = visit(client, "localhost", "/en/join/")

    assert [first["X-Page-Cache"], second["X-Page-Cache"]] == ["bypass", "bypass"]
    assert "csrfmiddlewaretoken" in second.content.decode()
    assert first.cookies["csrftoken"].value != second.cookies["csrftoken"].value


def test_a_personal_unsubscribe_link_is_never_kept(client, network):
    """The page shows the subscriber's address: it must not sit in a shared cache."""
    url = reverse("bulletins:unsubscribe", kwargs={"token": unsubscribe_token("ana@example.org")})

    response = visit(client, "localhost", url)

    assert response["X-Page-Cache"] != "miss"
    assert "no-cache" in response["Cache-Control"] or "private" in response["Cache-Control"]
    assert visit(client, "localhost", url)["X-Page-Cache"] != "hit"


def test_the_admin_is_never_cached(client, coordinator, network):
    assert client.get("/admin/login/", HTTP_HOST="localhost")["X-Page-Cache"] == "bypass"


# Every change shows on the next request, on every site and in every language


def test_a_published_city_appears_on_every_map(client, committed, network, maps):
    read_every_map(client)

    with committed():
        publish(
            CityPageFactory(
                parent=national_home(network, "dk"),
                title="Sønderborg Kommune",
                slug="sonderborg",
                location="SRID=4326;POINT(9.7892 54.9138)",
            )
        )

    assert all("Sønderborg Kommune" in html for html in every_map(client))


def test_an_edited_danish_page_changes_the_european_listing(client, committed, maps):
    read_every_map(client)
    city = maps["city"]

    with committed():
        city.title = "Aarhus Byråd"
        publish(city)

    assert all("Aarhus Byråd" in html for html in every_map(client))


def test_an_unpublished_city_disappears_from_every_map(client, committed, maps):
    read_every_map(client)
    assert all("Aarhus Kommune" in html for html in every_map(client))

    with committed():
        maps["city"].unpublish()

    assert not any("Aarhus Kommune" in html for html in every_map(client))


def test_a_moved_solution_is_linked_at_its_new_address(client, committed, network, maps):
    other = publish(
        CityPageFactory(parent=national_home(network, "dk"), title="Aalborg", slug="aalborg")
    )
    read_every_map(client)
    assert all('href="/da/aarhus/letbanen/"' in html for html in every_map(client)[2:])

    with committed():
        maps["solution"].move(other, pos="last-child")

    danish_map = every_map(client)[2]
    assert 'href="/da/aalborg/letbanen/"' in danish_map
    assert 'href="/da/aarhus/letbanen/"' not in danish_map


def test_a_deleted_city_disappears_from_every_map(client, committed, maps):
    read_every_map(client)

    with committed():
        maps["city"].delete()

    assert not any("Aarhus Kommune" in html for html in every_map(client))


def test_a_renamed_topic_is_shown_on_the_map(client, committed, maps):
    read_every_map(client)
    topic = maps["topic"]

    with committed():
        topic.name = "Clean transport"
        topic.save()

    html = visit(client, "localhost", "/en/map/").content.decode()
    assert "<span>Clean transport</span>" in html
    assert "<span>Mobility</span>" not in html


def test_edited_site_settings_show_on_every_page_of_the_site(client, committed, network):
    addresses = [("dk.localhost", "/da/"), ("dk.localhost", "/en/")]
    for address in addresses:
        visit(client, *address)

    with committed():
        danish = SiteSettings.for_site(network["dk"])
        danish.contact_email = "kontakt@energibyerne.example"
        danish.save()

    for address in addresses:
        response = visit(client, *address)
        assert response["X-Page-Cache"] == "miss"
        assert "mailto:kontakt@energibyerne.example" in response.content.decode()


def test_a_recorded_membership_stage_shows_on_the_city_page(client, committed, maps):
    """The stage changes without a publish, through the stage history."""
    city_page = ("dk.localhost", "/da/aarhus/")
    visit(client, *city_page)
    stage = f"<dd>{interface_text('da', 'Engagement')}</dd>"
    assert stage not in visit(client, *city_page).content.decode()

    with committed():
        record_stage_change(
            maps["city"], MembershipStage.ENGAGEMENT, date=date(2026, 5, 1), note="Signed."
        )

    assert stage in visit(client, *city_page).content.decode()


def test_a_draft_saved_by_an_editor_keeps_the_cached_pages(client, committed, maps):
    read_every_map(client)

    with committed():
        maps["city"].title = "Aarhus (draft)"
        maps["city"].save_revision()

    assert visit(client, "localhost", "/en/map/")["X-Page-Cache"] == "hit"


def test_the_cache_is_emptied_only_when_the_change_is_committed(client, maps):
    read_every_map(client)
    maps["city"].title = "Aarhus Byråd"

    publish(maps["city"])

    # The change is not committed yet, so another visitor still reads the committed page.
    assert visit(client, "localhost", "/en/map/")["X-Page-Cache"] == "hit"


# A cache outage


@pytest.fixture
def redis_down(settings):
    """The pages cache points at a Redis that refuses connections."""
    caches = {
        **settings.CACHES,
        page_cache.PAGE_CACHE_ALIAS: page_cache.redis_cache(REFUSING_REDIS, "outage-pages"),
    }
    with override_settings(CACHES=caches):
        yield


def test_pages_are_rendered_when_redis_is_down(client, network, redis_down):
    first = visit(client, "localhost", "/en/")
    second = visit(client, "localhost", "/en/")

    assert [first["X-Page-Cache"], second["X-Page-Cache"]] == ["miss", "miss"]
    assert second.content == first.content
    assert '<html lang="en">' in second.content.decode()


def test_publishing_works_when_redis_is_down(client, committed, network, redis_down):
    page = StandardPageFactory(parent=network["eu"].root_page, title="Published in an outage")

    with committed():
        publish(page)

    assert "Published in an outage" in visit(client, "localhost", page.url).content.decode()


# The CDN


def test_no_cdn_is_purged_without_its_configuration():
    assert page_cache.frontend_cache_setting({}) == {}


def test_cloudflare_and_an_http_cache_are_configured_from_the_environment():
    setting = page_cache.frontend_cache_setting(
        {
            "FRONTEND_CACHE_CLOUDFLARE_TOKEN": "token",
            "FRONTEND_CACHE_CLOUDFLARE_ZONEID": "zone",
            "FRONTEND_CACHE_HTTP_URL": "http://varnish:6081",
        }
    )

    assert setting == {
        "cloudflare": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": "token",
            "ZONEID": "zone",
        },
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://varnish:6081",
        },
    }


def test_cloudfront_is_configured_from_the_environment_when_boto3_is_installed(monkeypatch):
    monkeypatch.setattr(page_cache.importlib.util, "find_spec", lambda name: object())

    setting = page_cache.frontend_cache_setting(
        {"FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID": "E123"}
    )

    assert setting == {
        "cloudfront": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": "E123",
        }
    }


def test_cloudfront_without_boto3_stops_the_server_at_start(monkeypatch):
    monkeypatch.setattr(page_cache.importlib.util, "find_spec", lambda name: None)

    with pytest.raises(ImproperlyConfigured, match="boto3"):
        page_cache.frontend_cache_setting({"FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID": "E123"})
