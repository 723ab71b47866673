"""The news pages stay within the query budget, and make as many queries with 30 news items
as with 3."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
import wagtail_factories

from national_sites.news import forget_news
from national_sites.translation import translate
from tests.national_sites.news_factories import NewsIndexPageFactory, make_news
from tests.query_budget import MAX_QUERIES, count_queries
from tests.solutions.conftest import make_topics, national_home, network_locales, publish
from tests.solutions.factories import CityPageFactory

pytestmark = pytest.mark.django_db

SMALL, LARGE = 3, 30
# What refilling the news caches costs the first request after a publish, at most: the
# archive, the feed links, and the national news (latest items, translations, networks).
REFILL_QUERIES = 5
TOPIC_SLUGS = ["building-retrofit", "district-heating", "sustainable-mobility", "urban-data"]


class GrowingNews:
    """News on the Danish and Estonian sites and the European one, growing to `size` each.

    Danish item n ("Nyhed 00", /da/nyheder/nyhed-00/ is the one measured) is dated in March
    2024, every third one in another month of 2023 too; each has two topics and a city, every
    other one an image, and every third one an English translation.
    """

    def __init__(self, network, locales):
        self.network = network
        self.locales = locales
        self.topics = make_topics(locales)
        self.city = publish(
            CityPageFactory(parent=national_home(network, "dk"), title="Aarhus", slug="aarhus")
        )
        self.images = [wagtail_factories.ImageFactory(title=f"Image {n}") for n in range(2)]
        self.indexes = {}
        for code, title, slug in (("dk", "Nyheder", "nyheder"), ("ee", "Uudised", "uudised")):
            self.indexes[code] = publish(
                NewsIndexPageFactory(parent=national_home(network, code), title=title, slug=slug)
            )
            translate(self.indexes[code], locales["en"], {title: "News", slug: "news"})
        self.indexes["eu"] = publish(NewsIndexPageFactory(parent=network["eu"].root_page.specific))
        self.count = 0

    def grow(self, size):
        for number in range(self.count, size):
            for code in ("dk", "ee", "eu"):
                self.add(code, number)
        self.count = size

    def add(self, code, number):
        date = datetime.date(2024, 3, number % 28 + 1)
        if number % 3 == 2:
            date = datetime.date(2023, number % 12 + 1, 1)
        language = {"dk": "da", "ee": "et", "eu": "en"}[code]
        topics = self.topics.get(language, self.topics["en"])
        item = make_news(
            self.indexes[code],
            f"Nyhed {number:02}",
            date,
            topics=[topics[TOPIC_SLUGS[number % 4]], topics[TOPIC_SLUGS[(number + 1) % 4]]],
            cities=[self.city] if code == "dk" else [],
            main_image=self.images[number % 2] if number % 2 == 0 else None,
        )
        if number % 3 == 0 and code != "eu":
            translate(item, self.locales["en"], {item.title: f"News {number:02}"})


@pytest.fixture
def growing(network):
    return GrowingNews(network, network_locales())


def count_cold_queries(client, host, path):
    """Queries of a request right after a page was published: the news caches are gone."""
    client.get(path, HTTP_HOST=host)
    forget_news()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200, f"{host}{path} answered {response.status_code}"
    return len(captured.captured_queries), [query["sql"] for query in captured.captured_queries]


PAGES = [
    ("dk.localhost", "/da/nyheder/"),
    ("dk.localhost", "/da/nyheder/?page=2"),
    ("dk.localhost", "/en/news/"),
    ("dk.localhost", "/da/nyheder/2024/"),
    ("dk.localhost", "/da/nyheder/2024/03/"),
    ("dk.localhost", "/da/nyheder/nyhed-00/"),
    ("dk.localhost", "/da/nyheder/feed/rss/"),
    ("dk.localhost", "/en/news/feed/atom/"),
    ("dk.localhost", "/da/aarhus/"),
    ("localhost", "/en/"),
    ("localhost", "/da/"),
    ("localhost", "/en/news/"),
    ("localhost", "/en/news/2024/03/"),
]


def test_the_news_pages_stay_in_budget_at_both_sizes(client, growing):
    """Warm: at most MAX_QUERIES. Just after a publish: at most REFILL_QUERIES more. Both the
    same with 3 and with 30 news items per site."""
    counts = {}
    for size in (SMALL, LARGE):
        growing.grow(size)
        for host, path in PAGES:
            for state, counter in (("warm", count_queries), ("cold", count_cold_queries)):
                count, queries = counter(client, host, path)
                counts.setdefault((f"{host}{path}", state), []).append((count, queries))
    problems = []
    for (page, state), ((small, queries), (large, _queries)) in counts.items():
        warm = counts[page, "warm"][0][0]
        budget = MAX_QUERIES if state == "warm" else warm + REFILL_QUERIES
        if small != large or small > budget:
            summary = "\n".join(query[:160] for query in queries)
            problems.append(f"{page} ({state}): {small} at {SMALL}, {large} at {LARGE}\n{summary}")
    assert not problems, "\n\n".join(problems)
