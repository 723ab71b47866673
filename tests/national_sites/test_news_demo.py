"""The demo news: every site's news index and items, translated with wagtail-localize."""

import datetime
import sys
import types
from importlib import import_module

from django.core.cache import cache
from django.db import transaction

from wagtail.models import Locale
from wagtail_localize.models import Translation

import pytest

from national_sites.demo.loader import DemoLoader
from national_sites.demo.news_loader import load_news
from national_sites.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db

SITES = ["eu", "ee", "dk", "es", "bg", "it"]


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo with its news, loaded once for this module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        cache.clear()
        loader = DemoLoader()
        loader.load_network()
        load_news(loader)
        yield loader
        transaction.set_rollback(True)


def data(code):
    return import_module(f"national_sites.demo.news.{code}")


def test_every_site_has_its_news_in_its_own_language_and_its_translations(demo):
    for code in SITES:
        module = data(code)
        home = demo.homes[code]
        index = NewsIndexPage.objects.child_of(home).get()
        assert index.title == module.INDEX["title"][module.SOURCE_LANGUAGE]
        source_items = NewsPage.objects.child_of(index)
        assert source_items.count() == len(module.NEWS)
        for language in module.INDEX["title"]:
            translated = index.get_translation(Locale.objects.get(language_code=language))
            assert translated.title == module.INDEX["title"][language]
            assert NewsPage.objects.child_of(translated).live().count() == len(module.NEWS)


def test_a_danish_item_is_translated_paragraph_by_paragraph(client, demo):
    spec = min(data("dk").NEWS, key=lambda item: item["date"])
    danish = NewsPage.objects.get(slug=spec["slug"]["da"], locale__language_code="da")
    english = danish.get_translation(Locale.objects.get(language_code="en"))

    assert Translation.objects.filter(
        source__object_id=danish.translation_key, target_locale__language_code="en"
    ).exists()
    assert english.title == spec["title"]["en"]
    assert english.slug == spec["slug"]["en"]
    assert english.intro == spec["intro"]["en"]
    body = str(english.body[0].value)
    for paragraph in spec["body"]:
        assert paragraph["en"] in body
        assert paragraph["da"] not in body
    assert english.date == danish.date == datetime.date.fromisoformat(spec["date"])
    assert english.first_published_at.date() == english.date
    assert english.author == spec["author"]

    response = client.get(english.url, HTTP_HOST="dk.localhost")
    assert response.status_code == 200


def test_the_topics_cities_and_solutions_are_set_in_the_items_language(demo):
    for code in SITES:
        module = data(code)
        for spec in module.NEWS:
            item = NewsPage.objects.get(
                slug=spec["slug"][module.SOURCE_LANGUAGE],
                locale__language_code=module.SOURCE_LANGUAGE,
                path__startswith=demo.homes[code].path,
            )
            assert sorted(topic.slug for topic in item.topics.all()) == sorted(spec["topics"])
            assert {topic.locale_id for topic in item.topics.all()} <= {item.locale_id}
            assert item.cities.count() == len(spec["cities"]), spec["slug"]
            assert item.solutions.count() == len(spec["solutions"]), spec["slug"]
            related = [*item.cities.all(), *item.solutions.all()]
            assert {page.locale_id for page in related} <= {item.locale_id}


def test_the_european_home_shows_the_demo_news_of_the_national_networks(client, demo):
    html = client.get("/en/", HTTP_HOST="localhost").content.decode()

    latest_danish = max(data("dk").NEWS, key=lambda item: item["date"])
    assert "News from the national networks" in html
    assert latest_danish["title"]["en"] in html
    assert "Energibyerne" in html


def test_loading_the_news_again_creates_no_duplicates(demo):
    before = NewsPage.objects.count()

    load_news(demo)

    assert NewsPage.objects.count() == before


def test_a_larger_scale_adds_numbered_copies(demo, monkeypatch):
    tiny = types.ModuleType("national_sites.demo.news.dk")
    tiny.SOURCE_LANGUAGE = "da"
    tiny.INDEX = data("dk").INDEX
    tiny.NEWS = [
        {
            "date": "2025-02-03",
            "author": "Mette Hansen",
            "topics": ["district-heating"],
            "cities": [],
            "solutions": [],
            "title": {"da": "Lille nyhed", "en": "Small news"},
            "slug": {"da": "lille-nyhed", "en": "small-news"},
            "intro": {"da": "Kort.", "en": "Short."},
            "body": [{"da": "Første <b>afsnit</b>.", "en": "First <b>paragraph</b>."}],
        }
    ]
    monkeypatch.setitem(sys.modules, "national_sites.demo.news.dk", tiny)
    monkeypatch.setattr(demo, "homes", {"dk": demo.homes["dk"]})
    monkeypatch.setattr(demo, "scale", 3)

    load_news(demo)

    slugs = set(
        NewsPage.objects.filter(slug__startswith="lille-nyhed").values_list("slug", flat=True)
    )
    assert slugs == {"lille-nyhed", "lille-nyhed-2", "lille-nyhed-3"}
    english = NewsPage.objects.get(slug="small-news")
    assert "First <b>paragraph</b>." in str(english.body[0].value)
