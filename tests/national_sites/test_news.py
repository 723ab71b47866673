"""News: the page tree rules, the list, its pages and archive, news pages, and the news of
the national networks on the European site."""

import datetime
import re

from django.contrib.auth import get_user_model

from wagtail.test.utils import WagtailPageTestCase

import pytest
from bs4 import BeautifulSoup

from home.models import HomePage
from national_sites.models import NationalHomePage, NewsIndexPage, NewsPage
from national_sites.translation import translate
from tests.national_sites.news_factories import (
    NewsIndexPageFactory,
    danish_home,
    make_news,
)
from tests.solutions.conftest import make_small_network, publish

pytestmark = pytest.mark.django_db


class NewsPageRulesTests(WagtailPageTestCase):
    def test_a_news_item_stands_under_a_news_index_only(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})

    def test_a_news_item_has_no_children(self):
        self.assertAllowedSubpageTypes(NewsPage, set())

    def test_a_news_index_holds_news_items_only(self):
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})

    def test_a_news_index_asks_for_a_home_page_as_its_parent(self):
        self.assertEqual(
            set(NewsIndexPage.clean_parent_page_models()), {HomePage, NationalHomePage}
        )
        self.assertCanNotCreateAt(NewsIndexPage, NewsIndexPage)
        self.assertCanNotCreateAt(NationalHomePage, NewsPage)

    def test_each_home_holds_one_news_index(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage, NationalHomePage})
        home = NationalHomePage.objects.get(country_code="dk", locale__language_code="da")
        self.assertTrue(NewsIndexPage.can_create_at(home))
        NewsIndexPageFactory(parent=home)
        self.assertFalse(NewsIndexPage.can_create_at(home))


def test_the_index_lists_the_news_newest_first_with_date_and_author(client, danish_news):
    response = client.get("/da/nyheder/", HTTP_HOST="dk.localhost")

    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("Fjernvarme") < html.index("Elbusser") < html.index("Solceller")
    assert '<time datetime="2024-03-14">' in html
    assert "Network office" in html
    assert 'href="/da/nyheder/fjernvarme/"' in html


def test_the_english_index_lists_translations_and_the_untranslated_item_in_danish(
    client, danish_news
):
    html = client.get("/en/news/", HTTP_HOST="dk.localhost").content.decode()

    assert "District heating" in html and "Solar panels" in html
    assert 'href="/en/news/district-heating/"' in html
    # A translated item is listed once, in English.
    assert "Fjernvarme" not in html
    # The item without an English translation is listed in Danish, and says so.
    elbusser = BeautifulSoup(html, "html.parser").find("a", string=re.compile("Elbusser"))
    assert elbusser["hreflang"] == "da"
    assert elbusser["href"].startswith("/da/nyheder/")


def test_a_news_page_shows_its_date_author_intro_and_body(client, danish_news):
    item = danish_news["heating"]
    item.body = [("paragraph", "<p>Overskudsvarme fra fabrikken varmer byen.</p>")]
    publish(item)

    response = client.get("/da/nyheder/fjernvarme/", HTTP_HOST="dk.localhost")

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Fjernvarme</h1>" in html
    assert '<time datetime="2024-03-14">' in html
    assert "Network office" in html
    assert "Intro of Fjernvarme." in html
    assert "Overskudsvarme fra fabrikken varmer byen." in html
    assert 'href="/da/nyheder/"' in html


@pytest.fixture
def many_news(network):
    """Twelve Danish items, "Nyhed 01" (2024-01-01) to "Nyhed 12" (2024-01-12): two pages."""
    index = publish(
        NewsIndexPageFactory(parent=danish_home(network), title="Nyheder", slug="nyheder")
    )
    for day in range(1, 13):
        make_news(index, f"Nyhed {day:02}", datetime.date(2024, 1, day))
    return index


def titles_on(client, path):
    html = client.get(path, HTTP_HOST="dk.localhost").content.decode()
    return [f"Nyhed {day:02}" for day in range(12, 0, -1) if f">Nyhed {day:02}<" in html]


def test_the_index_shows_ten_news_a_page(client, many_news):
    assert titles_on(client, "/da/nyheder/") == [f"Nyhed {day:02}" for day in range(12, 2, -1)]
    assert titles_on(client, "/da/nyheder/?page=2") == ["Nyhed 02", "Nyhed 01"]
    html = client.get("/da/nyheder/", HTTP_HOST="dk.localhost").content.decode()
    assert 'href="?page=2" rel="next"' in html


@pytest.mark.parametrize(
    ("query", "first_shown"),
    [
        ("?page=abc", "Nyhed 12"),
        ("?page=", "Nyhed 12"),
        ("?page=99", "Nyhed 02"),
        ("?page=0", "Nyhed 02"),
    ],
)
def test_a_bad_page_number_shows_the_first_or_the_last_page(client, many_news, query, first_shown):
    response = client.get(f"/da/nyheder/{query}", HTTP_HOST="dk.localhost")

    assert response.status_code == 200
    assert titles_on(client, f"/da/nyheder/{query}")[0] == first_shown


def test_the_archive_lists_a_year_and_a_month_in_danish(client, danish_news):
    year = client.get("/da/nyheder/2024/", HTTP_HOST="dk.localhost").content.decode()
    month = client.get("/da/nyheder/2023/11/", HTTP_HOST="dk.localhost").content.decode()

    assert "Fjernvarme" in year and "Elbusser" in year and "Solceller" not in year
    assert "Solceller" in month and "Fjernvarme" not in month
    assert "Nyheder fra november 2023" in month or "november 2023" in month
    assert '<a href="/da/nyheder/2023/11/" aria-current="page">' in month


def test_the_archive_lists_a_month_in_english(client, danish_news):
    response = client.get("/en/news/2024/03/", HTTP_HOST="dk.localhost")

    html = response.content.decode()
    assert response.status_code == 200
    assert "News from March 2024" in html
    assert "District heating" in html
    assert "Solar panels" not in html


def test_the_archive_navigation_counts_the_news_of_each_year_and_month(client, danish_news):
    html = client.get("/en/news/", HTTP_HOST="dk.localhost").content.decode()

    # In English, two of the three items are translated and the third is listed in Danish,
    # so the counts are those of all three.
    assert '<a href="/en/news/2024/">2024</a>' in html
    assert "(2 items)" in html
    assert (
        '<a href="/en/news/2024/03/">March</a> <span class="news-archive__count">(2)</span>'
        in html
    )
    assert '<a href="/en/news/2023/11/">November</a>' in html


@pytest.mark.parametrize(
    "path",
    [
        "/da/nyheder/2024/13/",
        "/da/nyheder/2024/00/",
        "/da/nyheder/0000/",
        "/da/nyheder/0000/01/",
        "/da/nyheder/99999/",
        "/da/nyheder/2024/3/",
        "/da/nyheder/2022/",
        "/da/nyheder/2024/05/",
        "/da/nyheder/2024/03/99/",
    ],
)
def test_an_impossible_or_empty_period_is_not_found(client, danish_news, path):
    assert client.get(path, HTTP_HOST="dk.localhost").status_code == 404


def test_a_news_page_names_its_topics_cities_and_solutions_in_its_language(
    client, network, locales
):
    content = make_small_network(network, locales)
    index = publish(
        NewsIndexPageFactory(parent=danish_home(network), title="Nyheder", slug="nyheder")
    )
    translate(index, locales["en"], {"Nyheder": "News", "nyheder": "news"})
    item = make_news(
        index,
        "Varme i Sønderborg",
        datetime.date(2024, 5, 1),
        slug="varme",
        topics=[content["topics"]["da"]["district-heating"]],
        cities=[content["cities"]["sonderborg"]],
        solutions=[content["solutions"]["surplus-heat"]],
    )
    translate(item, locales["en"], {"Varme i Sønderborg": "Heat in Sonderborg"})

    danish = client.get("/da/nyheder/varme/", HTTP_HOST="dk.localhost")
    english = client.get("/en/news/varme/", HTTP_HOST="dk.localhost")

    danish_html = danish.content.decode()
    assert "Fjernvarme" in danish_html  # the topic's Danish name
    assert '<a href="/da/sonderborg/">Sønderborg Kommune</a>' in danish_html
    assert '<a href="/da/sonderborg/fjernvarme/">Fjernvarme fra overskudsvarme</a>' in danish_html
    english_html = english.content.decode()
    assert english.status_code == 200
    assert "District heating" in english_html
    assert '<a href="/en/sonderborg/">Sonderborg Municipality</a>' in english_html
    assert (
        '<a href="/en/sonderborg/fjernvarme/">District heating from surplus heat</a>'
        in english_html
    )


def test_news_are_found_by_their_intro_and_body_and_filtered_by_date(danish_news):
    item = danish_news["heating"]
    item.body = [("paragraph", "<p>Overskudsvarme fra fabrikken varmer byen.</p>")]
    publish(item)

    found = NewsPage.objects.live().filter(date__year=2024).search("overskudsvarme")
    by_intro = NewsPage.objects.live().search("Solceller")

    assert [page.title for page in found] == ["Fjernvarme"]
    assert "Solceller" in [page.title for page in by_intro]


def test_the_editor_is_offered_the_topics_and_cities_of_the_news_language_only(
    client, network, locales, danish_news
):
    content = make_small_network(network, locales)
    admin = get_user_model().objects.create_superuser("news-admin", "news@example.org", "pw")
    client.force_login(admin)

    response = client.get(f"/admin/pages/add/national_sites/newspage/{danish_news['index'].pk}/")

    assert response.status_code == 200
    form = response.context["form"]
    topic_locales = {topic.locale_id for topic in form.fields["topics"].queryset}
    assert topic_locales == {locales["da"].pk}
    cities = {city.title for city in form.fields["cities"].queryset}
    assert "Sønderborg Kommune" in cities
    assert "Sonderborg Municipality" not in cities
    assert content["english"]["sonderborg"].title not in cities
