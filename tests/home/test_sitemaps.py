"""Each site's sitemap.xml and robots.txt, as a search engine reads them.

Besides the home pages that the network set-up creates (the European one in all six
languages, each national one in its language and English), `site_content` adds:

    localhost      /en/about/ "About", translated into /et/meist/ and /da/om/
                   /en/english-only/ "English only", in English alone
                   /en/draft/ "Draft", never published
                   /en/members/ "Members", published behind a password
    dk.localhost   /da/kontakt/ "Kontakt", translated into /en/contact/
"""

import xml.etree.ElementTree as ET

from wagtail.models import PageViewRestriction

import pytest

from national_sites.translation import translate
from tests.factories import StandardPageFactory
from tests.query_budget import MAX_QUERIES, count_queries
from tests.solutions.conftest import network_locales

pytestmark = pytest.mark.django_db

NAMESPACES = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}
LANGUAGES = ["en", "et", "da", "es", "bg", "it"]


def published(parent, title, slug):
    page = StandardPageFactory(parent=parent, title=title, slug=slug)
    page.save_revision().publish()
    return page


@pytest.fixture
def site_content(network):
    locales = network_locales()
    european = network["eu"].root_page.specific
    about = published(european, "About", "about")
    translate(about, locales["et"], {"About": "Meist", "about": "meist"})
    translate(about, locales["da"], {"About": "Om", "about": "om"})
    published(european, "English only", "english-only")
    StandardPageFactory(parent=european, title="Draft", slug="draft", live=False)
    members = published(european, "Members", "members")
    PageViewRestriction.objects.create(
        page=members, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    danish = network["dk"].root_page.specific
    contact = published(danish, "Kontakt", "kontakt")
    translate(contact, locales["en"], {"Kontakt": "Contact", "kontakt": "contact"})
    return {"about": about, "contact": contact}


def read_sitemap(client, host):
    """{location: {hreflang: href}} of every <url> in the host's sitemap."""
    response = client.get("/sitemap.xml", HTTP_HOST=host)
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    entries = {}
    for url in root.findall("sm:url", NAMESPACES):
        location = url.findtext("sm:loc", namespaces=NAMESPACES)
        assert location not in entries, f"{location} is listed twice"
        entries[location] = {
            link.get("hreflang"): link.get("href")
            for link in url.findall("xhtml:link", NAMESPACES)
            if link.get("rel") == "alternate"
        }
        assert url.findtext("sm:lastmod", namespaces=NAMESPACES)
    return entries


def test_the_european_sitemap_lists_every_public_page_in_every_language(client, site_content):
    entries = read_sitemap(client, "localhost")

    assert set(entries) == {
        *(f"http://localhost/{code}/" for code in LANGUAGES),
        "http://localhost/en/about/",
        "http://localhost/et/meist/",
        "http://localhost/da/om/",
        "http://localhost/en/english-only/",
    }


def test_the_danish_sitemap_lists_only_the_danish_site(client, site_content):
    entries = read_sitemap(client, "dk.localhost")

    assert set(entries) == {
        "http://dk.localhost/da/",
        "http://dk.localhost/en/",
        "http://dk.localhost/da/kontakt/",
        "http://dk.localhost/en/contact/",
    }


def test_translations_name_each_other_with_the_site_language_as_default(client, site_content):
    european = read_sitemap(client, "localhost")
    assert european["http://localhost/et/meist/"] == {
        "en": "http://localhost/en/about/",
        "et": "http://localhost/et/meist/",
        "da": "http://localhost/da/om/",
        "x-default": "http://localhost/en/about/",
    }
    assert european["http://localhost/en/english-only/"] == {}
    assert european["http://localhost/bg/"]["x-default"] == "http://localhost/en/"

    danish = read_sitemap(client, "dk.localhost")
    assert danish["http://dk.localhost/en/contact/"] == {
        "da": "http://dk.localhost/da/kontakt/",
        "en": "http://dk.localhost/en/contact/",
        "x-default": "http://dk.localhost/da/kontakt/",
    }


@pytest.mark.parametrize("host", ["localhost", "dk.localhost", "ee.localhost"])
def test_every_alternate_is_listed_and_names_the_page_back(client, site_content, host):
    entries = read_sitemap(client, host)

    for location, alternates in entries.items():
        if not alternates:
            continue
        assert location in alternates.values(), f"{location} does not name itself"
        for code, href in alternates.items():
            if code == "x-default":
                continue
            assert href in entries, f"{location} names {href}, which is not listed"
            assert entries[href].get(code) == href
            assert location in entries[href].values(), f"{href} does not name {location}"


@pytest.mark.parametrize(
    ("host", "sitemap"),
    [
        ("localhost", "http://localhost/sitemap.xml"),
        ("dk.localhost", "http://dk.localhost/sitemap.xml"),
        ("it.localhost", "http://it.localhost/sitemap.xml"),
    ],
)
def test_robots_txt_points_to_the_hosts_sitemap(client, network, host, sitemap):
    response = client.get("/robots.txt", HTTP_HOST=host)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Allow: /" in lines
    assert "Disallow: /admin/" in lines
    assert {"Disallow: /en/search/", "Disallow: /da/search/", "Disallow: /it/search/"} <= set(
        lines
    )
    assert f"Sitemap: {sitemap}" in lines
    assert len([line for line in lines if line.startswith("Sitemap:")]) == 1


@pytest.mark.parametrize("path", ["/sitemap.xml", "/robots.txt"])
def test_the_language_middleware_serves_them_without_a_language_prefix(client, network, path):
    response = client.get(
        path, HTTP_HOST="dk.localhost", HTTP_ACCEPT_LANGUAGE="da", HTTP_COOKIE="django_language=en"
    )

    assert response.status_code == 200
    assert client.get(f"/da{path}", HTTP_HOST="dk.localhost").status_code == 404


def grow(network, size):
    """Give the European and Danish homes `size` pages, every other one translated."""
    locales = network_locales()
    for code, other in (("eu", "et"), ("dk", "en")):
        home = network[code].root_page.specific
        existing = home.get_children().count()
        for number in range(existing, size):
            page = published(home, f"Page {number}", f"page-{number}")
            if number % 2 == 0:
                translate(page, locales[other], {f"page-{number}": f"{other}-page-{number}"})


def test_the_sitemap_stays_within_its_budget_at_two_sizes(client, network):
    counts = []
    for size in (3, 30):
        grow(network, size)
        for host in ("localhost", "dk.localhost"):
            count, queries = count_queries(client, host, "/sitemap.xml")
            assert count <= MAX_QUERIES, "\n".join(queries)
            counts.append(count)
        assert len(read_sitemap(client, "dk.localhost")) == 2 + size + (size + 1) // 2
    assert counts[:2] == counts[2:], counts
