"""Visitors never meet a broken page because a translation is missing.

The listings (the network map's list and GeoJSON, a news index, the Academy) show what has no
live translation in the visitor's language in its original language, marked with `lang`,
`hreflang` and the language's own name; what is translated is shown once, translated. Their
links answer 200, and the language switcher offers only live translations.
"""

import datetime
import json
from urllib.parse import urlsplit

from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from home.locales import language_of
from national_sites.translation import translate
from tests.academy.conftest import FUTURE, PAST, academy, at  # noqa: F401
from tests.academy.factories import (
    AcademySessionPageFactory,
    WebinarPageFactory,
    WebinarSeriesPageFactory,
)
from tests.factories import StandardPageFactory
from tests.national_sites.conftest import danish_news  # noqa: F401
from tests.solutions.conftest import locales, publish, small_network  # noqa: F401
from tests.solutions.reading import features, geojson_path
from tests.translations import interface_text

# The other apps' fixtures are imported to be used as test arguments, which ruff reads as
# redefinitions.
# ruff: noqa: F811

pytestmark = pytest.mark.django_db


def read(client, url, host="localhost"):
    """The page at `url` (absolute or local to `host`), parsed, after checking it answers 200."""
    parts = urlsplit(url)
    response = client.get(parts.path, HTTP_HOST=parts.hostname or host)
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    return BeautifulSoup(response.content, "html.parser")


def links_named(html, title):
    return html.find_all("a", string=title)


def marker_after(link):
    """The language marker that follows a link: (its `lang`, its visible name)."""
    marker = link.find_next_sibling("span", class_="language-marker")
    assert marker is not None, f"no language marker after {link}"
    name = marker.find("span", lang=True)
    return name["lang"], name.get_text(strip=True)


def assert_marked_in(link, code, name, reading_in):
    """`link` leads to a page in `code`, and says so to people and to machines."""
    assert link["lang"] == code
    assert link["hreflang"] == code
    assert marker_after(link) == (code, name)
    marker = link.find_next_sibling("span", class_="language-marker")
    hidden = marker.find("span", class_="visually-hidden").get_text(strip=True)
    assert hidden == interface_text(reading_in, "Written in")


def assert_not_marked(link):
    assert not link.has_attr("hreflang")
    assert link.find_next_sibling("span", class_="language-marker") is None


# The network map's list and GeoJSON -------------------------------------------------------


def test_the_italian_map_lists_untranslated_cities_and_solutions_marked_with_their_language(
    client, small_network
):
    html = read(client, "/it/map/")

    (tartu,) = links_named(html, "Tartu linn")
    assert_marked_in(tartu, "et", "Eesti", "it")
    (buses,) = links_named(html, "Elektribussid")
    assert_marked_in(buses, "et", "Eesti", "it")
    (vitoria,) = links_named(html, "Ayuntamiento de Vitoria-Gasteiz")
    assert_marked_in(vitoria, "es", "Español", "it")
    # The link of an untranslated city leads to a page that exists.
    assert read(client, tartu["href"]).find("h1").get_text(strip=True) == "Tartu linn"
    assert read(client, buses["href"]).find("h1").get_text(strip=True) == "Elektribussid"


def test_the_english_map_lists_a_translated_city_once_in_english_and_marks_only_the_rest(
    client, small_network
):
    html = read(client, "/en/map/")

    (tartu,) = links_named(html, "City of Tartu")
    assert_not_marked(tartu)
    assert not links_named(html, "Tartu linn")
    (retrofit,) = links_named(html, "Retrofit of Soviet-era blocks")
    assert_not_marked(retrofit)
    assert not links_named(html, "Hruštšovkade renoveerimine")
    (buses,) = links_named(html, "Elektribussid")
    assert_marked_in(buses, "et", "Eesti", "en")
    assert read(client, retrofit["href"]).find("h1").get_text(strip=True) == (
        "Retrofit of Soviet-era blocks"
    )


def test_the_map_offers_the_script_every_language_name_for_its_markers(client, small_network):
    html = read(client, "/da/map/")

    container = html.find(id="network-map")
    assert container["data-language-et"] == "Eesti"
    assert container["data-language-en"] == "English"
    assert container["data-label-written-in"] == interface_text("da", "Written in")


def solutions_with_language(response, city_name):
    collection = json.loads(response.content)
    fields = collection["solutionFields"]
    (city,) = [
        item["properties"]
        for item in collection["features"]
        if item["properties"].get("name") == city_name
    ]
    return city["lang"], [
        (row[fields.index("title")], row[fields.index("lang")]) for row in city["solutions"]
    ]


def test_the_geojson_gives_each_city_and_solution_the_language_it_is_shown_in(
    client, small_network
):
    english = client.get(geojson_path("en"), HTTP_HOST="localhost")
    italian = client.get(geojson_path("it"), HTTP_HOST="localhost")

    assert solutions_with_language(english, "City of Tartu") == (
        "en",
        [
            ("Elektribussid", "et"),
            ("Retrofit of Soviet-era blocks", "en"),
            ("Urban data platform", "en"),
        ],
    )
    assert solutions_with_language(italian, "Tartu linn") == (
        "et",
        [
            ("Elektribussid", "et"),
            ("Hruštšovkade renoveerimine", "et"),
            ("Linnaandmete platvorm", "et"),
        ],
    )
    # Each city once: the translated one in English only.
    names = [item["properties"]["name"] for item in features(english)]
    assert names.count("City of Tartu") == 1 and "Tartu linn" not in names


def test_the_map_data_is_cached_per_language(client, small_network):
    """The Italian map, read after the English one, is not the English one from the cache."""
    client.get(geojson_path("en"), HTTP_HOST="localhost")
    italian = client.get(geojson_path("it"), HTTP_HOST="localhost")

    assert solutions_with_language(italian, "Tartu linn")[0] == "et"


# A news index ----------------------------------------------------------------------------


def test_the_english_news_index_lists_the_untranslated_danish_news_in_danish_marked(
    client, danish_news
):
    """/en/news/ on the Danish site: "Elbusser" has no English translation."""
    html = read(client, "/en/news/", "dk.localhost")

    (buses,) = links_named(html, "Elbusser")
    assert_marked_in(buses, "da", "Dansk", "en")
    assert buses["href"] == "/da/nyheder/elbusser/"
    assert read(client, buses["href"], "dk.localhost").find("h1").get_text() == "Elbusser"
    intro = html.find("p", string="Intro of Elbusser.")
    assert intro["lang"] == "da"


def test_the_english_news_index_lists_translated_news_once_in_english(client, danish_news):
    html = read(client, "/en/news/", "dk.localhost")

    titles = [link.get_text() for link in html.select(".news-card__title a")]
    assert titles == ["District heating", "Elbusser", "Solar panels"]
    (heating,) = links_named(html, "District heating")
    assert_not_marked(heating)
    assert read(client, heating["href"], "dk.localhost").find("h1").get_text() == (
        "District heating"
    )


def test_the_news_archive_counts_and_lists_the_news_shown_in_another_language(client, danish_news):
    html = read(client, "/en/news/2024/03/", "dk.localhost")

    titles = [link.get_text() for link in html.select(".news-card__title a")]
    assert titles == ["District heating", "Elbusser"]
    march = html.find("a", href="/en/news/2024/03/")
    assert march.find_next_sibling("span").get_text() == "(2)"


def test_the_danish_news_index_marks_nothing(client, danish_news):
    html = read(client, "/da/nyheder/", "dk.localhost")

    titles = [link.get_text() for link in html.select(".news-card__title a")]
    assert titles == ["Fjernvarme", "Elbusser", "Solceller"]
    assert not html.select(".news-card .language-marker")


def test_a_news_item_unpublished_in_danish_is_listed_in_english_from_its_translation(
    client, danish_news, locales
):
    """Of an item whose original is no longer live, the live translation is listed."""
    danish_news["solar"].unpublish()

    html = read(client, "/da/nyheder/", "dk.localhost")

    (solar,) = links_named(html, "Solar panels")
    assert_marked_in(solar, "en", "English", "da")
    assert not links_named(html, "Solceller")


# The Academy ------------------------------------------------------------------------------


@pytest.fixture
def academy_content(academy, locales):
    """On the English Academy (translated into Danish): a session translated into Danish
    ("Energiplanlægning"), one in English only ("Heat pumps"), a series in English only
    ("Data for cities", two webinars) and a series translated into Danish ("Mobilitet", its
    first webinar translated, "Dele", its second not, "Cargo bikes")."""
    planned = publish(
        AcademySessionPageFactory(
            parent=academy,
            title="Energy planning",
            slug="energy-planning",
            starts_at=at(FUTURE, "Europe/Copenhagen"),
        )
    )
    translate(planned, locales["da"], {"Energy planning": "Energiplanlægning"})
    publish(
        AcademySessionPageFactory(
            parent=academy,
            title="Heat pumps",
            slug="heat-pumps",
            starts_at=at(PAST, "Europe/Copenhagen"),
        )
    )
    data = publish(WebinarSeriesPageFactory(parent=academy, title="Data for cities", slug="data"))
    for number in (1, 2):
        publish(
            WebinarPageFactory(
                parent=data,
                title=f"Data part {number}",
                slug=f"data-{number}",
                starts_at=at(FUTURE, "Europe/Brussels") + datetime.timedelta(days=number),
            )
        )
    mobility = publish(WebinarSeriesPageFactory(parent=academy, title="Mobility", slug="mobility"))
    sharing = publish(
        WebinarPageFactory(
            parent=mobility, title="Sharing", slug="sharing", starts_at=at(PAST, "Europe/Brussels")
        )
    )
    publish(
        WebinarPageFactory(
            parent=mobility,
            title="Cargo bikes",
            slug="cargo-bikes",
            starts_at=at(FUTURE, "Europe/Brussels"),
        )
    )
    translate(mobility, locales["da"], {"Mobility": "Mobilitet"})
    translate(sharing, locales["da"], {"Sharing": "Dele"})


def test_the_danish_academy_lists_untranslated_sessions_and_series_in_english_marked(
    client, academy_content
):
    html = read(client, "/da/academy/")

    (heat_pumps,) = links_named(html, "Heat pumps")
    assert_marked_in(heat_pumps, "en", "English", "da")
    (data,) = links_named(html, "Data for cities")
    assert_marked_in(data, "en", "English", "da")
    # The English series' next webinar is in English too, and says so.
    (next_webinar,) = links_named(html, "Data part 1")
    assert_marked_in(next_webinar, "en", "English", "da")
    for link in (heat_pumps, data, next_webinar):
        read(client, link["href"])


def test_the_danish_academy_lists_translated_sessions_and_series_once_in_danish(
    client, academy_content
):
    html = read(client, "/da/academy/")

    (planned,) = links_named(html, "Energiplanlægning")
    assert_not_marked(planned)
    assert not links_named(html, "Energy planning")
    (mobility,) = links_named(html, "Mobilitet")
    assert_not_marked(mobility)
    assert not links_named(html, "Mobility")
    assert read(client, planned["href"]).find("h1").get_text(strip=True) == "Energiplanlægning"


def test_a_danish_series_lists_its_untranslated_webinars_in_english_in_their_place(
    client, academy_content
):
    html = read(client, "/da/academy/mobility/")

    (sharing,) = links_named(html, "Dele")
    assert_not_marked(sharing)
    (cargo,) = links_named(html, "Cargo bikes")
    assert_marked_in(cargo, "en", "English", "da")
    assert not links_named(html, "Sharing")
    numbers = [item.get_text(strip=True) for item in html.select(".event-item__number")]
    expected = [
        interface_text("da", "Webinar %(number)s:", number=2),
        interface_text("da", "Webinar %(number)s:", number=1),
    ]
    assert numbers == expected  # Cargo bikes (upcoming) is the second; Dele (past) the first.
    read(client, cargo["href"])


def test_the_english_academy_marks_nothing(client, academy_content):
    html = read(client, "/en/academy/")

    assert not html.select(".academy .language-marker")
    assert len(links_named(html, "Mobility")) == 1


# The language switcher ---------------------------------------------------------------------


def switcher_languages(html):
    nav = html.find("nav", class_="language-switcher")
    return [link["hreflang"] for link in nav.find_all("a")] if nav else []


def test_the_switcher_lists_only_live_translations(client, academy, locales):
    """English and Danish are live; Italian is a draft; Spanish was unpublished; there is no
    Estonian, Bulgarian... translation at all."""
    translate(academy, locales["it"], publish=False)
    spanish = translate(academy, locales["es"])
    spanish.unpublish()

    html = read(client, "/en/academy/")

    assert switcher_languages(html) == ["en", "da"]
    nav = html.find("nav", class_="language-switcher")
    for link in nav.find_all("a"):
        read(client, link["href"])


# Links written by editors ------------------------------------------------------------------


def render_link(page_being_read, link, host="localhost"):
    request = RequestFactory().get("/", HTTP_HOST=host)
    template = Template("{% load network_tags %}{% link_to link %}")
    with translation.override(language_of(page_being_read.locale_id)):
        html = template.render(
            Context({"request": request, "page": page_being_read, "link": link})
        )
    return BeautifulSoup(html, "html.parser")


def test_a_link_to_a_page_without_a_danish_translation_says_it_leads_to_english(
    client, network, locales
):
    english_home = network["eu"].root_page.specific
    danish_home = english_home.get_translation(locales["da"])
    about = publish(StandardPageFactory(parent=english_home, title="About", slug="about"))

    html = render_link(danish_home, {"page": about, "label": "Om netværket", "url": ""})

    link = html.find("a")
    assert link["href"] == "/en/about/"
    assert link["hreflang"] == "en"
    assert link.get_text() == "Om netværket"
    assert marker_after(link) == ("en", "English")
    read(client, link["href"])


def test_a_link_to_a_translated_page_leads_to_the_translation_unmarked(client, network, locales):
    english_home = network["eu"].root_page.specific
    danish_home = english_home.get_translation(locales["da"])
    about = publish(StandardPageFactory(parent=english_home, title="About", slug="about"))
    translate(about, locales["da"], {"About": "Om os", "about": "om-os"})

    link = render_link(danish_home, {"page": about, "label": "Om os", "url": ""}).find("a")

    assert link["href"] == "/da/om-os/"
    assert_not_marked(link)
    assert read(client, link["href"]).find("h1").get_text(strip=True) == "Om os"


def test_the_danish_menu_marks_a_section_that_exists_in_english_only(client, network, locales):
    """The main navigation and the footer's links say where a page is not in Danish."""
    english_home = network["eu"].root_page.specific
    about = publish(StandardPageFactory(parent=english_home, title="About", slug="about"))
    english_home.navigation = [("link", {"label": "About", "page": about, "url": ""})]
    english_home.footer_links = [("link", {"label": "About", "page": about, "url": ""})]
    publish(english_home)
    danish_home = english_home.get_translation(locales["da"])
    translate(english_home, locales["da"], {"About": "Om netværket"})

    html = read(client, danish_home.get_url())

    menu_link = html.select_one(".site-nav a[href='/en/about/']")
    footer_link = html.select_one(".site-footer a[href='/en/about/']")
    for link in (menu_link, footer_link):
        assert link.get_text(strip=True) == "Om netværket"
        assert link["hreflang"] == "en"
        assert marker_after(link) == ("en", "English")
    read(client, menu_link["href"])
