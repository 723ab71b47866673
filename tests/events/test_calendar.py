"""Upcoming events offer an .ics file, and each index an iCalendar feed to subscribe to."""

from datetime import timedelta

from django.utils import timezone

import pytest
from icalendar import Calendar

from events.calendar import event_ics
from national_sites.translation import translate
from tests.events.conftest import DK_HOST, FUTURE, PAST, at
from tests.events.factories import EventPageFactory
from tests.solutions.conftest import publish

pytestmark = pytest.mark.django_db


def read_calendar(client, path, host="localhost"):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200, f"{path} answered {response.status_code}"
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response, Calendar.from_ical(response.content)


def only_event(calendar):
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return events[0]


def event(index, slug, moment=FUTURE, zone="Europe/Tallinn", days=0, **kwargs):
    starts_at = at(moment, zone) + timedelta(days=days)
    return publish(
        EventPageFactory(
            parent=index,
            slug=slug,
            starts_at=starts_at,
            ends_at=starts_at + timedelta(hours=kwargs.pop("hours", 3)),
            time_zone=zone,
            **kwargs,
        )
    )


def test_an_upcoming_event_gives_its_calendar_entry_in_its_time_zone(client, event_indexes):
    event(
        event_indexes["eu"],
        "tallinn",
        title="Heat planning in Tallinn",
        venue="Tallinn City Hall",
        address="Raekoja plats 1, Tallinn",
        description="<p>Planning <b>district heating</b> together.</p>",
        agenda=[("item", {"starts_at": "09:30", "title": "Welcome", "description": "Coffee"})],
        speakers=[("speaker", {"name": "Mari Tamm", "organisation": "Tartu"})],
    )

    response, calendar = read_calendar(client, "/en/events/tallinn/calendar/")

    assert response["Content-Disposition"] == 'attachment; filename="tallinn.ics"'
    entry = only_event(calendar)
    start = entry.decoded("DTSTART")
    assert entry["DTSTART"].params["TZID"] == "Europe/Tallinn"
    assert start == at(FUTURE, "Europe/Tallinn")
    assert (start.hour, start.utcoffset()) == (10, timedelta(hours=2))
    assert entry.decoded("DTEND") - start == timedelta(hours=3)
    assert [zone["TZID"] for zone in calendar.walk("VTIMEZONE")] == ["Europe/Tallinn"]
    assert str(entry["SUMMARY"]) == "Heat planning in Tallinn"
    assert str(entry["LOCATION"]) == "Tallinn City Hall, Raekoja plats 1, Tallinn"
    description = str(entry["DESCRIPTION"])
    assert "Planning district heating together." in description
    assert "09:30 Welcome\nCoffee" in description
    assert "Mari Tamm (Tartu)" in description
    assert str(entry["URL"]) == "http://localhost/en/events/tallinn/"


def test_an_online_event_is_located_at_its_link(client, event_indexes):
    event(
        event_indexes["eu"],
        "online",
        venue="",
        address="",
        location="",
        online_url="https://meet.example.org/energy",
    )

    _response, calendar = read_calendar(client, "/en/events/online/calendar/")

    assert str(only_event(calendar)["LOCATION"]) == "https://meet.example.org/energy"


def test_an_event_keeps_one_uid_in_every_language(client, event_indexes, locales):
    page = event(event_indexes["eu"], "tallinn", title="Heat planning")
    translate(page, locales["it"], {"Heat planning": "Pianificazione del calore"})

    _r, english = read_calendar(client, "/en/events/tallinn/calendar/")
    _r, italian = read_calendar(client, "/it/events/tallinn/calendar/")

    english_entry, italian_entry = only_event(english), only_event(italian)
    assert (
        str(english_entry["UID"])
        == str(italian_entry["UID"])
        == f"{page.translation_key}@localhost"
    )
    assert str(italian_entry["SUMMARY"]) == "Pianificazione del calore"
    assert italian_entry.decoded("DTSTART") == english_entry.decoded("DTSTART")


def test_event_ics_builds_the_file_for_any_address(event_indexes):
    page = event(event_indexes["eu"], "tallinn")

    entry = only_event(Calendar.from_ical(event_ics(page, "https://example.org/x/")))

    assert str(entry["URL"]) == "https://example.org/x/"
    assert entry.decoded("DTSTART") == at(FUTURE, "Europe/Tallinn")


def test_a_past_event_has_no_calendar_file(client, event_indexes):
    event(event_indexes["eu"], "done", title="Done and dusted", moment=PAST)

    response = client.get("/en/events/done/calendar/", HTTP_HOST="localhost")

    assert response.status_code == 404
    html = response.content.decode()
    assert "This event is over" in html
    assert "“Done and dusted” has taken place" in html
    assert 'href="/en/events/done/"' in html


def test_the_index_feed_holds_upcoming_and_recent_events(client, event_indexes, locales):
    index = event_indexes["eu"]
    event(index, "later", title="Later", days=10)
    event(index, "sooner", title="Sooner", days=1, zone="Europe/Rome")
    now = timezone.now()
    recent = publish(
        EventPageFactory(
            parent=index,
            slug="recent",
            title="Recent",
            starts_at=now - timedelta(days=7),
            ends_at=now - timedelta(days=7) + timedelta(hours=2),
        )
    )
    event(index, "old", title="Old", moment=PAST)
    danish = event(event_indexes["dk"], "dansk", title="Dansk workshop", days=5)

    response, calendar = read_calendar(client, "/en/events/calendar/")

    # Shown in the browser, subscribed to by calendar programs.
    assert response["Content-Disposition"] == 'inline; filename="events.ics"'
    assert str(calendar["X-WR-CALNAME"]) == "Meetings and workshops – SmartEnCity Network"
    entries = calendar.walk("VEVENT")
    assert [str(entry["SUMMARY"]) for entry in entries] == [
        "Recent",
        "Sooner",
        "Dansk workshop",
        "Later",
    ]
    urls = {str(entry["SUMMARY"]): str(entry["URL"]) for entry in entries}
    assert urls["Dansk workshop"] == "http://dk.localhost/da/arrangementer/dansk/"
    assert urls["Recent"] == "http://localhost/en/events/recent/"
    uids = {str(entry["UID"]) for entry in entries}
    assert f"{danish.translation_key}@localhost" in uids
    assert f"{recent.translation_key}@localhost" in uids
    zones = {str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")}
    assert zones == {"Europe/Tallinn", "Europe/Rome", "Europe/Brussels"}


def test_a_national_feed_holds_its_own_events(client, event_indexes):
    event(event_indexes["eu"], "european", title="European")
    event(event_indexes["dk"], "dansk", title="Dansk workshop")

    _r, calendar = read_calendar(client, "/da/arrangementer/calendar/", DK_HOST)

    assert str(calendar["X-WR-CALNAME"]) == "Møder og workshops – Energibyerne"
    assert [str(entry["SUMMARY"]) for entry in calendar.walk("VEVENT")] == ["Dansk workshop"]


def test_an_empty_feed_is_still_a_calendar(client, event_indexes):
    _r, calendar = read_calendar(client, "/en/events/calendar/")

    assert calendar.walk("VEVENT") == []
    assert str(calendar["PRODID"]) == "-//SmartEnCity Network//Events//EN"
