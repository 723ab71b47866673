"""The bulletin feeds parse, hold the issues in their language, and are announced in <head>."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

import feedparser
import pytest

from national_sites.translation import translate
from tests.bulletins.factories import BulletinPageFactory
from tests.solutions.conftest import publish
from tests.translations import interface_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def bulletins(archives, locales):
    pages = [
        publish(BulletinPageFactory(parent=archives["bulletins"], number=number))
        for number in (1, 2)
    ]
    translate(pages[1], locales["da"], {"Bulletin 2": "Nyhedsbrev 2"})
    return pages


@pytest.mark.parametrize("kind, version", [("rss", "rss20"), ("atom", "atom10")])
def test_the_english_feed_parses_and_lists_newest_first(client, bulletins, kind, version):
    response = client.get(f"/en/bulletins/feed/{kind}/", HTTP_HOST="localhost")

    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == version
    assert feed.feed.title == "Bulletins"
    assert [entry.title for entry in feed.entries] == ["No. 2: Bulletin 2", "No. 1: Bulletin 1"]
    assert feed.entries[0].link == "http://localhost/en/bulletins/bulletin-2/"
    assert feed.entries[0].summary == "What bulletin 2 is about."


def test_the_danish_feed_holds_the_danish_issues(client, bulletins):
    response = client.get("/da/bulletins/feed/rss/", HTTP_HOST="localhost")

    feed = feedparser.parse(response.content)
    assert not feed.bozo
    assert [entry.title for entry in feed.entries] == [
        interface_text("da", "No. %(number)s: %(title)s", number=2, title="Nyhedsbrev 2")
    ]
    assert feed.entries[0].link == "http://localhost/da/bulletins/bulletin-2/"


def feed_links(html):
    """The bulletin feeds announced in <head> (the archive is titled "Bulletins" here)."""
    pattern = (
        r'<link rel="alternate" type="application/(rss|atom)\+xml" '
        r'title="Bulletins [^>]*href="([^"]+)"'
    )
    return re.findall(pattern, html)


@pytest.mark.parametrize("host", ["localhost", "dk.localhost"])
def test_every_page_announces_the_european_feeds_in_its_language(client, bulletins, host):
    html = client.get("/da/", HTTP_HOST=host).content.decode()

    assert feed_links(html) == [
        ("rss", "http://localhost/da/bulletins/feed/rss/"),
        ("atom", "http://localhost/da/bulletins/feed/atom/"),
    ]


def test_the_feed_links_cost_no_query_when_warm(client, bulletins):
    from bulletins.feed_links import bulletin_feed_links

    bulletin_feed_links("it")
    with CaptureQueriesContext(connection) as captured:
        links = bulletin_feed_links("it")
    assert len(captured) == 0
    assert links["rss"] == "http://localhost/it/bulletins/feed/rss/"


def test_the_feed_links_follow_a_new_slug(client, bulletins, archives):
    client.get("/en/", HTTP_HOST="localhost")
    archive = archives["bulletins"]
    archive.slug = "news-bulletins"
    publish(archive)

    html = client.get("/en/", HTTP_HOST="localhost").content.decode()

    assert ("rss", "http://localhost/en/news-bulletins/feed/rss/") in feed_links(html)


def test_without_an_archive_no_feed_is_announced(client, network):
    html = client.get("/en/", HTTP_HOST="localhost").content.decode()

    assert feed_links(html) == []
