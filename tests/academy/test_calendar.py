"""Upcoming events offer an .ics file; past ones do not."""

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from national_sites.translation import translate
from tests.academy.conftest import FUTURE, PAST, at
from tests.academy.factories import (
    AcademySessionPageFactory,
    WebinarPageFactory,
    WebinarSeriesPageFactory,
)
from tests.solutions.conftest import publish

pytestmark = pytest.mark.django_db


def read_calendar(client, path):
    response = client.get(path, HTTP_HOST="localhost")
    assert response.status_code == 200, f"{path} answered {response.status_code}"
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response, Calendar.from_ical(response.content)


def only_event(calendar):
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return events[0]


def test_an_upcoming_session_gives_its_calendar_entry_in_its_time_zone(client, academy):
    page = publish(
        AcademySessionPageFactory(
            parent=academy,
            title="Step 2: energy data",
            slug="step-2",
            starts_at=at(FUTURE, "Europe/Lisbon"),
            time_zone="Europe/Lisbon",
            duration_minutes=90,
            description="<p>Collecting <b>energy</b> data.</p>",
            speakers=[("speaker", {"name": "Rui Costa", "organisation": "Lisboa E-Nova"})],
        )
    )

    response, calendar = read_calendar(client, "/en/academy/step-2/calendar/")

    assert response["Content-Disposition"] == 'attachment; filename="step-2.ics"'
    event = only_event(calendar)
    start = event.decoded("DTSTART")
    assert event["DTSTART"].params["TZID"] == "Europe/Lisbon"
    assert start == at(FUTURE, "Europe/Lisbon")
    assert start.utcoffset() == timedelta(0)
    assert event.decoded("DTEND") - start == timedelta(minutes=90)
    assert str(event["SUMMARY"]) == "Step 2: energy data"
    assert "Collecting energy data." in str(event["DESCRIPTION"])
    assert "Rui Costa (Lisboa E-Nova)" in str(event["DESCRIPTION"])
    assert str(event["URL"]) == "http://localhost/en/academy/step-2/"
    assert str(event["UID"]) == f"{page.translation_key}@localhost"
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Lisbon"]


def test_the_uid_is_the_same_in_every_language_and_after_changes(client, academy, locales):
    page = publish(
        AcademySessionPageFactory(
            parent=academy, title="Step 3", slug="step-3", starts_at=at(FUTURE, "Europe/Sofia")
        )
    )
    translate(page, locales["da"], {"Step 3": "Trin 3"})
    _response, english = read_calendar(client, "/en/academy/step-3/calendar/")
    page.title = "Step 3, moved"
    page.starts_at += timedelta(days=7)
    publish(page)

    _response, moved = read_calendar(client, "/en/academy/step-3/calendar/")
    _response, danish = read_calendar(client, "/da/academy/step-3/calendar/")

    uid = str(only_event(english)["UID"])
    assert str(only_event(moved)["UID"]) == uid
    assert str(only_event(danish)["UID"]) == uid
    assert str(only_event(danish)["SUMMARY"]) == "Trin 3"
    assert only_event(moved).decoded("DTSTART").astimezone(ZoneInfo("UTC")) == (
        at(FUTURE, "Europe/Sofia") + timedelta(days=7)
    )


def test_an_upcoming_webinar_gives_its_calendar_entry(client, academy):
    series = publish(WebinarSeriesPageFactory(parent=academy, slug="planning"))
    publish(WebinarPageFactory(parent=series, title="Webinar one", slug="one"))

    _response, calendar = read_calendar(client, "/en/academy/planning/one/calendar/")

    assert str(only_event(calendar)["SUMMARY"]) == "Webinar one"


def test_a_past_session_offers_no_calendar_file(client, academy):
    publish(
        AcademySessionPageFactory(
            parent=academy, title="Long ago", slug="long-ago", starts_at=at(PAST, "Europe/Rome")
        )
    )

    page = client.get("/en/academy/long-ago/", HTTP_HOST="localhost")
    calendar = client.get("/en/academy/long-ago/calendar/", HTTP_HOST="localhost")

    assert page.status_code == 200
    assert "calendar/" not in page.content.decode()
    assert "This event has taken place." in page.content.decode()
    assert calendar.status_code == 404
    assert "This event is over" in calendar.content.decode()
    assert 'href="/en/academy/long-ago/"' in calendar.content.decode()
