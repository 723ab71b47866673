"""Each site's news as RSS 2.0 and Atom feeds in each language, advertised in <head>."""

import datetime

from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

import feedparser
import pytest

from national_sites.news import feed_links
from national_sites.translation import translate
from tests.national_sites.news_factories import (
    NewsIndexPageFactory,
    make_news,
)
from tests.solutions.conftest import make_topics, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def topical_news(danish_news, locales):
    """The Danish news, "Fjernvarme" with the topic district-heating and an author."""
    topics = make_topics(locales)
    item = danish_news["heating"]
    item.topics.set([topics["da"]["district-heating"]])
    item.author = "Mette Hansen"
    publish(item)
    translate(item, locales["en"])  # synchronises the English translation
    return danish_news


def read_feed(client, path):
    response = client.get(path, HTTP_HOST="dk.localhost")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


def test_the_rss_feed_lists_the_danish_news(client, topical_news):
    response, feed = read_feed(client, "/da/nyheder/feed/rss/")

    assert response["Content-Type"].startswith("application/rss+xml")
    assert feed.version == "rss20"
    assert feed.feed.title == "Nyheder"
    assert feed.feed.language == "da"
    assert feed.feed.link == "http://dk.localhost/da/nyheder/"
    assert [entry.title for entry in feed.entries] == ["Fjernvarme", "Elbusser", "Solceller"]
    first = feed.entries[0]
    assert first.link == "http://dk.localhost/da/nyheder/fjernvarme/"
    assert first.id == "http://dk.localhost/da/nyheder/fjernvarme/"
    assert first.summary == "Intro of Fjernvarme."
    assert first.published_parsed[:3] == (2024, 3, 14)
    assert first.author == "Mette Hansen"
    assert [tag.term for tag in first.tags] == ["Fjernvarme"]
    assert len({entry.id for entry in feed.entries}) == 3


def test_the_atom_feed_lists_the_english_news(client, topical_news):
    response, feed = read_feed(client, "/en/news/feed/atom/")

    assert response["Content-Type"].startswith("application/atom+xml")
    assert feed.version == "atom10"
    assert feed.feed.title == "News"
    assert feed.feed.language == "en"
    assert [entry.title for entry in feed.entries] == ["District heating", "Solar panels"]
    first = feed.entries[0]
    assert first.link == "http://dk.localhost/en/news/district-heating/"
    assert first.author == "Mette Hansen"
    # Topics are named in the feed's language.
    assert [tag.term for tag in first.tags] == ["District heating"]
    assert first.published_parsed[:3] == (2024, 3, 14)


def test_an_unpublished_item_leaves_the_feed(client, danish_news):
    danish_news["buses"].unpublish()

    _response, feed = read_feed(client, "/da/nyheder/feed/rss/")

    assert "Elbusser" not in [entry.title for entry in feed.entries]


def test_every_page_of_the_site_advertises_its_feeds_in_its_language(client, danish_news):
    danish = client.get("/da/", HTTP_HOST="dk.localhost").content.decode()
    english = client.get("/en/news/solar-panels/", HTTP_HOST="dk.localhost").content.decode()
    european = client.get("/en/", HTTP_HOST="localhost").content.decode()

    assert (
        '<link rel="alternate" type="application/rss+xml" title="Nyheder (RSS)" '
        'href="/da/nyheder/feed/rss/">' in danish
    )
    assert (
        '<link rel="alternate" type="application/atom+xml" title="Nyheder (Atom)" '
        'href="/da/nyheder/feed/atom/">' in danish
    )
    assert 'href="/en/news/feed/rss/"' in english
    assert "/da/nyheder/feed" not in english
    # The European site has no news index here: no feed to advertise.
    assert "application/rss+xml" not in european


def test_the_feed_links_cost_no_query_once_cached(network, danish_news):
    request = RequestFactory().get("/da/", HTTP_HOST="dk.localhost")
    request._wagtail_site = network["dk"]
    with translation.override("da"):
        feed_links(request)
        with CaptureQueriesContext(connection) as captured:
            links = feed_links(request)

    assert links["rss"] == "/da/nyheder/feed/rss/"
    assert len(captured.captured_queries) == 0


def test_a_new_news_index_is_advertised_once_published(client, network, danish_news):
    assert "application/rss+xml" not in client.get("/en/", HTTP_HOST="localhost").content.decode()

    index = publish(NewsIndexPageFactory(parent=network["eu"].root_page.specific))
    make_news(index, "Network news", datetime.date(2024, 1, 1))

    assert (
        'href="/en/news/feed/rss/"' in client.get("/en/", HTTP_HOST="localhost").content.decode()
    )
