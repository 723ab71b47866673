"""The demo Academy: loaded under the European home in every language, and only once."""

from django.db import transaction
from django.utils.html import escape

from wagtail.models import Locale

import pytest

from academy.demo import content
from academy.demo.loader import load_academy
from academy.models import AcademyIndexPage, AcademySessionPage, WebinarPage, WebinarSeriesPage
from national_sites.demo.loader import DemoLoader
from solutions.models import CityPage

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "et", "da", "es", "bg", "it"]


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo sites with the Academy loaded twice, inside a transaction rolled back after."""
    with django_db_blocker.unblock(), transaction.atomic():
        loader = DemoLoader()
        loader.load_network()
        load_academy(loader)
        index = load_academy(loader)
        yield {"loader": loader, "index": index}
        transaction.set_rollback(True)


def count(model, language):
    return model.objects.filter(locale__language_code=language).count()


def test_the_academy_is_loaded_once_in_every_language(demo):
    index = demo["index"]
    assert index.get_parent().specific == demo["loader"].homes["eu"]
    webinars = sum(len(series["webinars"]) for series in content.WEBINAR_SERIES)
    for language in LANGUAGES:
        assert count(AcademyIndexPage, language) == 1, language
        assert count(AcademySessionPage, language) == len(content.SESSIONS), language
        assert count(WebinarSeriesPage, language) == len(content.WEBINAR_SERIES), language
        assert count(WebinarPage, language) == webinars, language


def test_the_sessions_read_in_each_language(client, demo):
    for spec in content.SESSIONS:
        for language in LANGUAGES:
            html = client.get(
                f"/{language}/{content.ACADEMY_INDEX['slug'][language]}/{spec['slug'][language]}/",
                HTTP_HOST="localhost",
            ).content.decode()
            assert escape(spec["title"][language]) in html, (language, spec["slug"][language])
            for speaker in spec["speakers"]:
                assert escape(speaker["name"]) in html
            assert escape(spec["description"][0][language][:60]) in html, language


def test_a_translated_session_presents_the_cities_in_its_own_language(demo):
    for spec in content.SESSIONS:
        if not spec["cities"]:
            continue
        english = AcademySessionPage.objects.get(
            locale__language_code="en", slug=spec["slug"]["en"]
        )
        assert sorted(city.slug for city in english.cities.all()) == sorted(spec["cities"])
        for language in LANGUAGES[1:]:
            translation = english.get_translation(Locale.objects.get(language_code=language))
            for city in translation.cities.all():
                own = CityPage.objects.filter(
                    translation_key=city.translation_key, locale=translation.locale
                ).exists()
                assert city.locale == translation.locale or not own


def test_a_larger_scale_adds_numbered_sessions(demo):
    loader = demo["loader"]
    loader.scale = 2
    load_academy(loader)

    assert count(AcademySessionPage, "en") == 2 * len(content.SESSIONS)
    assert count(AcademySessionPage, "da") == 2 * len(content.SESSIONS)
    first = content.SESSIONS[0]
    copy = AcademySessionPage.objects.get(
        locale__language_code="da", slug=first["slug"]["da"] + "-2"
    )
    assert copy.title == first["title"]["da"] + " 2"
