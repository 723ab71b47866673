"""Six sites, six languages: what a visitor gets at each address."""

import re

from django.conf import settings

from wagtail.models import Page

import pytest

from home.models import StandardPage

pytestmark = pytest.mark.django_db

LANGUAGE_NAMES = {
    "en": "English",
    "et": "Eesti",
    "da": "Dansk",
    "es": "Español",
    "bg": "Български",
    "it": "Italiano",
}

# Every site with the languages its home page is published in after setup_network.
SITE_LANGUAGES = {
    "localhost": ["en", "et", "da", "es", "bg", "it"],
    "ee.localhost": ["en", "et"],
    "dk.localhost": ["en", "da"],
    "es.localhost": ["en", "es"],
    "bg.localhost": ["en", "bg"],
    "it.localhost": ["en", "it"],
}
OWN_LANGUAGE = {
    "localhost": "en",
    "ee.localhost": "et",
    "dk.localhost": "da",
    "es.localhost": "es",
    "bg.localhost": "bg",
    "it.localhost": "it",
}
HOME_PAGES = [(host, code) for host, codes in SITE_LANGUAGES.items() for code in codes]


def hreflang_links(html):
    return {
        match["code"]: match["url"]
        for match in re.finditer(
            r'<link rel="alternate" hreflang="(?P<code>[\w-]+)" href="(?P<url>[^"]+)">', html
        )
    }


def switcher_entries(html):
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.DOTALL)
    assert switcher, "the page has no language switcher"
    return [
        (match["code"], match["name"].strip(), bool(match["current"]))
        for match in re.finditer(
            r'<a href="[^"]+" lang="(?P<code>[\w-]+)" hreflang="[\w-]+"'
            r'(?P<current> aria-current="true")?[^>]*>(?P<name>[^<]+)</a>',
            switcher.group(0),
        )
    ]


@pytest.mark.parametrize(("host", "language"), HOME_PAGES)
def test_every_home_page_answers_in_each_of_its_languages(client, network, host, language):
    response = client.get(f"/{language}/", HTTP_HOST=host)

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html


@pytest.mark.parametrize(("host", "language"), HOME_PAGES)
def test_every_home_page_links_each_live_translation_with_hreflang(
    client, network, host, language
):
    html = client.get(f"/{language}/", HTTP_HOST=host).content.decode()

    links = hreflang_links(html)
    expected = {code: f"http://{host}/{code}/" for code in SITE_LANGUAGES[host]}
    expected["x-default"] = f"http://{host}/{OWN_LANGUAGE[host]}/"
    assert links == expected


@pytest.mark.parametrize(("host", "language"), HOME_PAGES)
def test_the_switcher_names_each_language_in_itself_and_marks_the_current_one(
    client, network, host, language
):
    html = client.get(f"/{language}/", HTTP_HOST=host).content.decode()

    entries = switcher_entries(html)
    expected_order = [code for code, _name in settings.LANGUAGES if code in SITE_LANGUAGES[host]]
    assert [code for code, _name, _current in entries] == expected_order
    assert all(name == LANGUAGE_NAMES[code] for code, name, _current in entries)
    assert [code for code, _name, current in entries if current] == [language]


def test_a_standard_page_lists_only_its_own_live_translations(client, network):
    home = network["eu"].root_page.specific
    about = home.add_child(instance=StandardPage(title="About", slug="about"))
    about.save_revision().publish()

    html = client.get("/en/about/", HTTP_HOST="localhost").content.decode()

    assert [code for code, _name, _current in switcher_entries(html)] == ["en"]
    assert hreflang_links(html) == {
        "en": "http://localhost/en/about/",
        "x-default": "http://localhost/en/about/",
    }


@pytest.mark.parametrize(("host", "language"), OWN_LANGUAGE.items())
def test_a_site_root_without_a_language_choice_lands_in_the_sites_own_language(
    client, network, host, language
):
    response = client.get("/", HTTP_HOST=host)

    assert response.status_code == 302
    assert response["Location"] == f"/{language}/"


@pytest.mark.parametrize(
    ("accept_language", "landing"),
    [
        ("en-GB,en;q=0.9", "/en/"),
        ("da", "/da/"),
        ("es-ES,es;q=0.9", "/da/"),  # the Danish site has no Spanish: its own language wins
        ("fr-FR,es;q=0.8,en;q=0.5", "/en/"),  # the first language the site has
    ],
)
def test_a_national_root_honours_the_browser_languages_the_site_has(
    client, network, accept_language, landing
):
    response = client.get("/", HTTP_HOST="dk.localhost", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 302
    assert response["Location"] == landing


@pytest.mark.parametrize(("cookie", "landing"), [("en", "/en/"), ("it", "/da/")])
def test_a_national_root_honours_a_language_cookie_the_site_has(client, network, cookie, landing):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = cookie

    response = client.get("/", HTTP_HOST="dk.localhost", HTTP_ACCEPT_LANGUAGE="da")

    assert response["Location"] == landing


def test_the_european_root_follows_the_browser_into_a_national_language(client, network):
    response = client.get("/", HTTP_HOST="localhost", HTTP_ACCEPT_LANGUAGE="bg")

    assert response["Location"] == "/bg/"


def test_a_language_the_site_is_not_published_in_redirects_to_the_sites_own(client, network):
    response = client.get("/es/", HTTP_HOST="dk.localhost")

    assert response.status_code == 302
    assert response["Location"] == "/da/"


@pytest.mark.parametrize("path", ["/xx/", "/pt-br/", "/zz/some/page/"])
def test_an_unknown_language_prefix_is_a_404(client, network, path):
    response = client.get(path, HTTP_HOST="localhost")

    assert response.status_code == 404


def test_an_unknown_page_is_a_404_page_in_the_visitors_language(client, network):
    response = client.get("/da/findes-ikke/", HTTP_HOST="dk.localhost")

    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="da">' in html
    assert switcher_entries(html), "the 404 page offers the site's languages"


def test_an_unknown_sub_domain_gets_the_european_site(client, network):
    response = client.get("/en/", HTTP_HOST="lv.localhost")

    assert response.status_code == 200
    assert "SmartEnCity Network" in response.content.decode()


def test_a_foreign_host_is_refused_cleanly(client, network):
    response = client.get("/en/", HTTP_HOST="attacker.example")

    assert response.status_code == 400


def test_each_national_site_serves_its_own_home_page(client, network):
    for country in settings.NETWORK.countries:
        host = country.hostname(settings.NETWORK_DOMAIN)
        response = client.get(f"/{country.language}/", HTTP_HOST=host)
        assert response.context["page"].specific.country_code == country.code


def test_a_draft_is_never_shown_to_anonymous_visitors(client, network):
    home = network["dk"].root_page.specific
    draft = StandardPage(title="Kladde", slug="kladde", live=False)
    home.add_child(instance=draft)
    draft.save_revision()

    assert client.get("/da/kladde/", HTTP_HOST="dk.localhost").status_code == 404


def test_a_newer_draft_does_not_replace_the_published_page(client, network):
    home = network["dk"].root_page.specific
    page = home.add_child(instance=StandardPage(title="Offentlig titel", slug="side"))
    page.save_revision().publish()
    page.title = "Hemmelig kladde"
    page.save_revision()

    html = client.get("/da/side/", HTTP_HOST="dk.localhost").content.decode()

    assert "Offentlig titel" in html
    assert "Hemmelig kladde" not in html


def test_the_site_roots_are_the_configured_home_pages(network):
    roots = {code: site.root_page.specific for code, site in network.items()}

    assert roots["eu"].locale.language_code == "en"
    for country in settings.NETWORK.countries:
        home = roots[country.code]
        assert home.locale.language_code == country.language
        translations = Page.objects.filter(translation_key=home.translation_key, live=True)
        assert sorted(translations.values_list("locale__language_code", flat=True)) == sorted(
            {"en", country.language}
        )


@pytest.mark.parametrize(
    "path", ["/admin/no-such-view/", "/documents/999999/missing.pdf", "/i18n/nothing/"]
)
def test_a_missing_address_outside_the_language_prefixes_stays_a_404(admin_client, network, path):
    response = admin_client.get(path, HTTP_HOST="localhost")

    assert response.status_code == 404


def test_a_form_post_to_a_missing_address_is_not_redirected(client, network):
    response = client.post("/contact/", {"message": "hello"}, HTTP_HOST="dk.localhost")

    assert response.status_code == 404


def test_a_page_address_without_a_language_is_redirected_into_one(client, network):
    home = network["dk"].root_page.specific
    page = home.add_child(instance=StandardPage(title="Om os", slug="om-os"))
    page.save_revision().publish()

    response = client.get("/om-os/", HTTP_HOST="dk.localhost")

    assert response.status_code == 302
    assert response["Location"] == "/da/om-os/"
