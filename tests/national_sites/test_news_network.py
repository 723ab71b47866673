"""The European site shows the national networks' latest news; cities and solutions list
the news about them."""

import datetime

import pytest

from national_sites.translation import translate
from tests.national_sites.news_factories import (
    NewsIndexPageFactory,
    danish_home,
    make_news,
)
from tests.solutions.conftest import (
    make_small_network,
    national_home,
    publish,
)
from tests.translations import interface_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_network_name(danish_news, network, locales):
    """The Danish network's English home calls it "Energy Towns" ("Energibyerne" in Danish)."""
    translate(danish_home(network), locales["en"], {"Energibyerne": "Energy Towns"})


def national_section(html):
    """The page from the national news section on; the section must be there."""
    return html[html.index('<section class="national-news"') :]


def test_the_european_home_shows_the_national_news_in_the_visitors_language(
    client, danish_news, english_network_name
):
    html = client.get("/en/", HTTP_HOST="localhost").content.decode()

    section = national_section(html)
    assert "News from the national networks" in section
    assert "Energy Towns" in section
    assert (
        '<a href="http://dk.localhost/en/news/district-heating/">District heating</a>' in section
    )
    assert ">Solar panels</a>" in section
    assert "Fjernvarme" not in section


def test_an_untranslated_item_is_shown_as_written_and_marked_with_its_language(
    client, danish_news, english_network_name
):
    english = national_section(client.get("/en/", HTTP_HOST="localhost").content.decode())
    italian = national_section(client.get("/it/", HTTP_HOST="localhost").content.decode())

    assert (
        '<a href="http://dk.localhost/da/nyheder/elbusser/" lang="da" hreflang="da">Elbusser</a>'
        in english
    )
    assert "In Danish" in english
    # No Italian translation of anything: the Danish items and the Danish network name.
    assert 'lang="da" hreflang="da">Fjernvarme</a>' in italian
    assert 'lang="da" hreflang="da">Energibyerne</a>' in italian


def test_each_network_shows_its_latest_three_items(client, network, danish_news):
    index = danish_news["index"]
    make_news(index, "Nyeste", datetime.date(2025, 1, 1))
    estonian_index = publish(
        NewsIndexPageFactory(parent=national_home(network, "ee"), title="Uudised", slug="uudised")
    )
    make_news(estonian_index, "Tartu uudis", datetime.date(2020, 1, 1))

    section = national_section(client.get("/da/", HTTP_HOST="localhost").content.decode())

    assert ">Nyeste<" in section and ">Fjernvarme<" in section and ">Elbusser<" in section
    assert "Solceller" not in section  # the fourth Danish item
    assert ">Tartu uudis<" in section
    assert "SmartEnCity Network Estonia" in section


def test_a_danish_item_appears_when_published_and_goes_when_unpublished(
    client, danish_news, european_news
):
    assert "Nyt fra Aarhus" not in client.get("/en/news/", HTTP_HOST="localhost").content.decode()

    item = make_news(danish_news["index"], "Nyt fra Aarhus", datetime.date(2026, 1, 5))
    published = client.get("/en/news/", HTTP_HOST="localhost").content.decode()
    item.unpublish()
    unpublished = client.get("/en/news/", HTTP_HOST="localhost").content.decode()

    assert ">Nyt fra Aarhus</a>" in national_section(published)
    assert "Nyt fra Aarhus" not in unpublished


def test_a_deleted_item_disappears_from_the_european_site(client, danish_news):
    assert ">Elbusser</a>" in client.get("/en/", HTTP_HOST="localhost").content.decode()

    danish_news["buses"].delete()

    assert "Elbusser" not in client.get("/en/", HTTP_HOST="localhost").content.decode()


def test_the_national_homes_do_not_show_the_national_news(client, danish_news):
    html = client.get("/da/", HTTP_HOST="dk.localhost").content.decode()

    assert "national-news" not in html


@pytest.fixture
def content(network, locales):
    return make_small_network(network, locales)


def test_a_city_and_a_solution_list_the_latest_news_about_them(client, network, locales, content):
    index = publish(
        NewsIndexPageFactory(parent=danish_home(network), title="Nyheder", slug="nyheder")
    )
    translate(index, locales["en"], {"Nyheder": "News", "nyheder": "news"})
    city, solution = content["cities"]["sonderborg"], content["solutions"]["surplus-heat"]
    for day in range(1, 6):
        make_news(index, f"By nyt {day}", datetime.date(2024, 6, day), cities=[city])
    about_both = make_news(
        index, "Varme nyt", datetime.date(2024, 7, 1), cities=[city], solutions=[solution]
    )
    translate(about_both, locales["en"], {"Varme nyt": "Heat news", "varme-nyt": "heat-news"})
    make_news(index, "Andet nyt", datetime.date(2024, 8, 1))

    city_html = client.get("/da/sonderborg/", HTTP_HOST="dk.localhost").content.decode()
    solution_html = client.get(
        "/da/sonderborg/fjernvarme/", HTTP_HOST="dk.localhost"
    ).content.decode()
    english_city = client.get("/en/sonderborg/", HTTP_HOST="dk.localhost").content.decode()

    assert interface_text("da", "News about %(title)s", title="Sønderborg Kommune") in city_html
    assert '<a href="/da/nyheder/varme-nyt/">Varme nyt</a>' in city_html
    assert ">By nyt 5<" in city_html and ">By nyt 4<" in city_html
    assert "By nyt 3" not in city_html  # three at most
    assert "Andet nyt" not in city_html
    assert '<a href="/da/nyheder/varme-nyt/">Varme nyt</a>' in solution_html
    assert "By nyt" not in solution_html
    assert '<a href="/en/news/heat-news/">Heat news</a>' in english_city
    assert "By nyt" not in english_city
