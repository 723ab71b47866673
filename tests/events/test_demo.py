"""The demo events: an event index on every site, in the site's language and its translations,
with events to come and events over, a few registrations, and only loaded once."""

from importlib import import_module
from urllib.parse import urlsplit

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape

from wagtail.models import Locale

import pytest

from events.demo.loader import load_events
from events.models import EventIndexPage, EventPage, Registration, RegistrationStatus
from national_sites.demo.loader import DemoLoader
from solutions.models import CityPage

pytestmark = pytest.mark.django_db

SITES = {"eu": "en", "ee": "et", "dk": "da", "es": "es", "bg": "bg", "it": "it"}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo network with its events loaded twice, rolled back after this module."""
    with django_db_blocker.unblock(), transaction.atomic():
        cache.clear()
        loader = DemoLoader()
        loader.load_network()
        load_events(loader)
        counts = {
            "pages": EventPage.objects.count(),
            "indexes": EventIndexPage.objects.count(),
            "registrations": Registration.objects.count(),
        }
        indexes = load_events(loader)
        yield {"loader": loader, "indexes": indexes, "first_counts": counts}
        transaction.set_rollback(True)


def content(code):
    return import_module(f"events.demo.sites.{code}")


def source_event(demo, code, spec):
    module = content(code)
    return EventPage.objects.child_of(demo["indexes"][code]).get(
        slug=spec["slug"][module.SOURCE_LANGUAGE]
    )


def locale(language):
    return Locale.objects.get(language_code=language)


def test_every_site_has_its_event_index_in_its_own_language_and_translations(demo):
    for code, language in SITES.items():
        module = content(code)
        index = demo["indexes"][code]
        assert language == module.SOURCE_LANGUAGE
        assert index.get_parent().specific == demo["loader"].homes[code]
        assert index.locale.language_code == language
        assert index.title == module.INDEX["title"][language]
        assert index.live
        for other in module.INDEX["title"]:
            translated = index.get_translation(locale(other))
            assert translated.title == module.INDEX["title"][other], (code, other)
            assert translated.slug == module.INDEX["slug"][other], (code, other)
            assert EventPage.objects.child_of(translated).live().count() == len(module.EVENTS)


def test_the_european_events_are_translated_into_the_five_national_languages(demo):
    for spec in content("eu").EVENTS:
        assert set(spec["title"]) == set(SITES.values())
        english = source_event(demo, "eu", spec)
        for language in SITES.values():
            translated = english.get_translation(locale(language))
            assert translated.title == spec["title"][language]
            assert translated.slug == spec["slug"][language]
            description = str(translated.description)
            for paragraph in spec["description"]:
                assert paragraph[language] in description


def test_national_events_are_written_in_the_national_language_with_an_english_translation(demo):
    for code, language in SITES.items():
        if code == "eu":
            continue
        for spec in content(code).EVENTS:
            assert set(spec["title"]) == {language, "en"}
            page = source_event(demo, code, spec)
            assert page.locale.language_code == language
            assert page.title == spec["title"][language]
            english = page.get_translation(locale("en"))
            assert english.title == spec["title"]["en"]
            assert [block.value["title"] for block in english.agenda] == [
                item["title"]["en"] for item in spec["agenda"]
            ]
            assert [block.value["role"] for block in english.speakers] == [
                speaker["role"]["en"] for speaker in spec["speakers"]
            ]
            if "venue" in spec:
                assert english.venue == spec["venue"]["en"]
                assert english.location == page.location


def test_every_site_has_events_to_come_and_events_over(demo):
    now = timezone.now()
    for code in SITES:
        events = EventPage.objects.child_of(demo["indexes"][code])
        assert any(event.starts_at > now for event in events), code
        assert any(event.ends_at < now for event in events), code
    kinds = {event.kind for event in EventPage.objects.filter(locale__language_code="en")}
    assert kinds == {"meeting", "workshop", "study-visit"}


def test_an_event_is_online_or_in_a_place_on_the_map(demo):
    online = in_person = 0
    for event in EventPage.objects.all():
        event.full_clean()
        assert 3 <= len(event.agenda) <= 5, event.title
        assert event.speakers, event.title
        if event.online_url:
            online += 1
            assert not event.address and not event.location
        else:
            in_person += 1
            assert event.venue and event.address
            assert event.location.startswith("SRID=4326;POINT(")
    assert online and in_person


def test_an_event_starts_on_the_local_time_of_its_programme(demo):
    spec = content("it").EVENTS[0]
    workshop = source_event(demo, "it", spec)
    assert workshop.time_zone == "Europe/Rome"
    assert workshop.local_starts_at.strftime("%H:%M") == spec["starts"]
    assert workshop.local_ends_at.strftime("%H:%M") == spec["ends"]
    assert workshop.local_starts_at.weekday() == spec["weekday"]
    assert workshop.agenda[0].value["starts_at"].strftime("%H:%M") == spec["agenda"][0]["time"]


def test_topics_and_cities_are_in_each_page_language(demo):
    for event in EventPage.objects.select_related("locale"):
        assert event.topics.exists(), event.title
        assert {topic.locale_id for topic in event.topics.all()} == {event.locale_id}
        assert event.topic_slugs
        for city in event.cities.all():
            own = CityPage.objects.filter(
                translation_key=city.translation_key, locale=event.locale
            ).exists()
            assert city.locale_id == event.locale_id or not own, (event.title, city.title)
    lecce = source_event(demo, "eu", content("eu").EVENTS[0])
    assert sorted(city.slug for city in lecce.cities.all()) == ["asenovgrad", "lecce"]
    danish = source_event(demo, "dk", content("dk").EVENTS[0])
    assert sorted(city.title for city in danish.cities.all()) == ["Silkeborg", "Sønderborg"]


def confirmed_and_waiting(page):
    registrations = Registration.objects.filter(event_key=page.translation_key)
    return (
        list(registrations.filter(status=RegistrationStatus.CONFIRMED)),
        list(registrations.filter(status=RegistrationStatus.WAITING)),
    )


def test_a_small_workshop_is_almost_full_and_a_study_visit_has_a_waiting_list(demo):
    workshop = source_event(demo, "dk", content("dk").EVENTS[0])
    confirmed, waiting = confirmed_and_waiting(workshop)
    assert len(confirmed) == workshop.capacity - 1
    assert waiting == []
    assert workshop.accepts_registrations()

    spec = content("es").EVENTS[0]
    visit = source_event(demo, "es", spec)
    confirmed, waiting = confirmed_and_waiting(visit)
    assert len(confirmed) == visit.capacity
    assert [person.email for person in waiting] == [
        person["email"] for person in spec["registrations"] if person["status"] == "waiting"
    ]
    assert all(person.confirmed_at for person in confirmed)
    assert {person.language for person in confirmed + waiting} == {"es"}
    assert {person.email.rsplit("@")[1] for person in Registration.objects.all()} == {
        "example.org"
    }


def test_one_upcoming_meeting_has_registration_closed(demo):
    meeting = source_event(demo, "ee", content("ee").EVENTS[0])
    assert meeting.is_upcoming()
    assert not meeting.registration_open
    assert not meeting.accepts_registrations()
    closed = [event for event in EventPage.objects.all() if not event.registration_open]
    assert {event.translation_key for event in closed} == {meeting.translation_key}


def test_loading_the_events_again_creates_nothing_new(demo):
    first = demo["first_counts"]
    assert EventPage.objects.count() == first["pages"]
    assert EventIndexPage.objects.count() == first["indexes"] == 6 + 5 * 2
    assert Registration.objects.count() == first["registrations"]


def get(client, page):
    url = urlsplit(page.get_full_url())
    return client.get(url.path, HTTP_HOST=url.hostname)


def test_every_demo_index_and_event_renders(client, demo):
    for index in EventIndexPage.objects.live():
        response = get(client, index)
        assert response.status_code == 200, index.url_path
        assert escape(index.title) in response.content.decode()
    for event in EventPage.objects.live():
        response = get(client, event)
        assert response.status_code == 200, event.url_path
        html = response.content.decode()
        assert escape(event.title) in html
        for speaker in event.speakers:
            assert escape(speaker.value["name"]) in html
