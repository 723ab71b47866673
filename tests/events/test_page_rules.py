"""Where event pages may stand in the page tree, and what an event must say to be saved."""

from datetime import UTC, datetime, timedelta

from django.core.exceptions import ValidationError
from django.utils import timezone

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from events.models import EventIndexPage, EventPage
from home.models import HomePage
from national_sites.models import NationalHomePage
from tests.events.factories import EventIndexPageFactory, EventPageFactory


class EventTreeRulesTests(WagtailPageTestCase):
    def test_an_index_stands_under_the_european_or_a_national_home(self):
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage, NationalHomePage})

    def test_an_index_holds_events_only(self):
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})

    def test_an_event_stands_under_an_index_and_has_no_children(self):
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventPage, set())
        self.assertCanNotCreateAt(HomePage, EventPage)

    def test_each_home_holds_one_index(self):
        for home in (
            HomePage.objects.get(locale__language_code="en"),
            NationalHomePage.objects.filter(locale__language_code="da").first(),
        ):
            self.assertTrue(EventIndexPage.can_create_at(home))
            EventIndexPageFactory(parent=home)
            self.assertFalse(EventIndexPage.can_create_at(home))


@pytest.fixture
def index(network):
    return EventIndexPageFactory(parent=network["eu"].root_page.specific)


def event_fields(**changes):
    starts_at = timezone.now() + timedelta(days=10)
    fields = {
        "title": "Energy planning workshop",
        "slug": "energy-planning",
        "kind": "workshop",
        "starts_at": starts_at,
        "ends_at": starts_at + timedelta(hours=2),
        "address": "Raekoja plats 1, Tallinn",
    }
    fields.update(changes)
    return fields


def test_an_event_ends_after_it_starts(index):
    moment = timezone.now() + timedelta(days=10)
    for ends_at in (moment, moment - timedelta(minutes=1)):
        with pytest.raises(ValidationError) as error:
            index.add_child(instance=EventPage(**event_fields(starts_at=moment, ends_at=ends_at)))
        assert error.value.message_dict["ends_at"] == ["An event ends after it starts."]
    assert not EventPage.objects.exists()


def test_an_event_needs_an_address_or_an_online_link(index):
    with pytest.raises(ValidationError) as error:
        index.add_child(instance=EventPage(**event_fields(address="")))
    assert error.value.message_dict["address"] == [
        "Give the address of the venue, or an online meeting link."
    ]
    assert not EventPage.objects.exists()

    online = index.add_child(
        instance=EventPage(**event_fields(address="", online_url="https://meet.example.org/x"))
    )
    in_person = index.add_child(instance=EventPage(**event_fields(slug="in-person")))
    assert set(EventPage.objects.all()) == {online, in_person}


def test_registration_is_accepted_only_while_open_and_before_the_start(index):
    now = timezone.now()
    upcoming = EventPageFactory(parent=index, starts_at=now + timedelta(days=1))
    closed = EventPageFactory(
        parent=index, starts_at=now + timedelta(days=1), registration_open=False
    )
    started = EventPageFactory(
        parent=index, starts_at=now - timedelta(hours=1), ends_at=now + timedelta(hours=1)
    )
    past = EventPageFactory(
        parent=index, starts_at=now - timedelta(days=2), ends_at=now - timedelta(days=1)
    )

    assert upcoming.accepts_registrations()
    assert not closed.accepts_registrations()
    assert not started.accepts_registrations()
    assert not past.accepts_registrations()
    # An event under way is still upcoming (its calendar entry is of use), a past one is not.
    assert [event.is_upcoming() for event in (upcoming, closed, started, past)] == [
        True,
        True,
        True,
        False,
    ]
    # The same event, seen the day after it ended, refuses too.
    assert not upcoming.accepts_registrations(now=upcoming.ends_at + timedelta(days=1))


# The editor's form: start and end are typed as the event's local times.


def event_form(index, user, instance=None, **fields):
    form_class = EventPage.get_edit_handler().get_form_class()
    data = {
        "title": "Heat planning in Tallinn",
        "slug": "tallinn",
        "kind": "workshop",
        "starts_at": "2099-03-12 10:00",
        "ends_at": "2099-03-12 13:00",
        "time_zone": "Europe/Tallinn",
        "online_url": "",
        "venue": "Tallinn City Hall",
        "address": "Raekoja plats 1, Tallinn",
        "location": "",
        "description": rich_text("<p>Planning together.</p>"),
        "agenda": streamfield([]),
        "speakers": streamfield([]),
        "capacity": 30,
        "registration_open": "on",
        "reminder_days": 2,
        **fields,
    }
    return form_class(
        nested_form_data(data),
        instance=instance or EventPage(locale=index.locale),
        parent_page=index,
        for_user=user,
    )


@pytest.fixture
def admin_user(make_network_user):
    return make_network_user("events-admin", superuser=True)


def test_start_and_end_are_read_in_the_events_own_time_zone(index, admin_user):
    form = event_form(index, admin_user)

    assert form.is_valid(), form.errors
    # 10:00 in Tallinn in March (EET) is 08:00 UTC, though the server's zone is Brussels.
    assert form.cleaned_data["starts_at"] == datetime(2099, 3, 12, 8, tzinfo=UTC)
    assert form.cleaned_data["ends_at"] == datetime(2099, 3, 12, 11, tzinfo=UTC)


def test_the_form_shows_the_times_in_the_events_time_zone(index, admin_user):
    page = EventPage(
        locale=index.locale,
        starts_at=datetime(2099, 3, 12, 8, tzinfo=UTC),
        ends_at=datetime(2099, 3, 12, 11, tzinfo=UTC),
        time_zone="Europe/Tallinn",
    )

    form = event_form(index, admin_user, instance=page)

    assert form.initial["starts_at"] == datetime(2099, 3, 12, 10, 0)
    assert form.initial["ends_at"] == datetime(2099, 3, 12, 13, 0)


def test_the_form_refuses_an_end_before_the_start(index, admin_user):
    form = event_form(index, admin_user, ends_at="2099-03-12 09:00")

    assert not form.is_valid()
    assert form.errors["ends_at"] == ["An event ends after it starts."]
