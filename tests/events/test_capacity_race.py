"""People racing for the last places of an event, on PostgreSQL, with real threads.

Each thread sends the registration form (or the cancel button) through its own database
connection at the same moment, so the requests overlap as a busy server's would. The count
of places is slowed down inside the locked section: without the lock, several threads would
see the same free place, and the event would overfill.

The threads must see committed data, so these are transactional tests: pytest-django empties
every table after each one, and the network is put back once the module is done. SQLite
serialises every write anyway, so they run only on PostgreSQL (CI does).
"""

import re
import threading
import time

from django.core import mail
from django.core.management import call_command
from django.db import connection, connections
from django.test import Client

import pytest

from events import registration as registration_module
from events.models import Registration, RegistrationStatus
from events.registration import waiting_position
from tests.events.factories import EventIndexPageFactory, EventPageFactory
from tests.hardening.test_backups import put_back_the_network
from tests.solutions.conftest import network_sites, publish

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the race needs PostgreSQL's row locks; set DATABASE_URL to a PostgreSQL database",
)

PLACES = 3
PEOPLE = 8
POSITION = re.compile(r"you are number (\d+) on the waiting list")
CANCEL_LINK = re.compile(r"http://localhost(/\S*/cancel/[\w-]+/)")


@pytest.fixture(scope="module")
def network_put_back_afterwards(django_db_blocker):
    yield
    with django_db_blocker.unblock():
        put_back_the_network()


@pytest.fixture
def race_event(network_put_back_afterwards, transactional_db, settings):
    """A committed event with PLACES places, on a network emptied of what ran before."""
    settings.EVENTS_REGISTRATION_RATE_LIMIT = 100
    call_command("flush", interactive=False, verbosity=0)
    put_back_the_network()
    index = publish(EventIndexPageFactory(parent=network_sites()["eu"].root_page.specific))
    return publish(
        EventPageFactory(parent=index, title="Race workshop", slug="race", capacity=PLACES)
    )


@pytest.fixture
def slow_count(monkeypatch):
    """Read the number of places slowly, between taking the lock and counting the places."""
    read_places = registration_module.places_of

    def slowly(page):
        time.sleep(0.05)
        return read_places(page)

    monkeypatch.setattr(registration_module, "places_of", slowly)


def all_at_once(count, action):
    """Run action(number) in `count` threads released together; their results, in order."""
    start = threading.Barrier(count)
    results = [None] * count
    errors = []

    def run(number):
        try:
            start.wait()
            results[number] = action(number)
        except Exception as error:  # noqa: BLE001 (reported to the test below)
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(number,)) for number in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    return results


def post_registration(page, number, email=None):
    response = Client().post(
        "/en/events/race/register/",
        {
            "event": str(page.translation_key),
            "name": f"Racer {number}",
            "organisation": "Tartu linn",
            "city": "Tartu",
            "country": "EE",
            "email": email or f"racer{number}@example.org",
            "website": "",
        },
    )
    return response.status_code, " ".join(response.content.decode().split())


def by_status(page):
    registrations = Registration.objects.filter(event_key=page.translation_key)
    return {
        status: sorted(r.email for r in registrations if r.status == status)
        for status in RegistrationStatus.values
    }


def test_racing_for_the_last_places_never_overfills(race_event, slow_count):
    answers = all_at_once(PEOPLE, lambda number: post_registration(race_event, number))

    assert [status for status, _text in answers] == [200] * PEOPLE
    confirmed = [text for _status, text in answers if "Your place is confirmed" in text]
    positions = sorted(
        int(POSITION.search(text).group(1)) for _status, text in answers if POSITION.search(text)
    )
    assert len(confirmed) == PLACES
    assert positions == list(range(1, PEOPLE - PLACES + 1))

    registrations = Registration.objects.filter(event_key=race_event.translation_key)
    assert registrations.count() == PEOPLE
    assert registrations.filter(status=RegistrationStatus.CONFIRMED).count() == PLACES
    waiting = registrations.filter(status=RegistrationStatus.WAITING).order_by("registered_at")
    assert [waiting_position(r) for r in waiting] == list(range(1, PEOPLE - PLACES + 1))
    # Every confirmed place was given before anyone joined the waiting list.
    last_confirmed = max(
        r.registered_at for r in registrations if r.status == RegistrationStatus.CONFIRMED
    )
    assert all(r.registered_at > last_confirmed for r in waiting)
    assert len(mail.outbox) == PEOPLE


def test_one_address_sent_at_once_is_registered_once(race_event, slow_count):
    answers = all_at_once(
        4, lambda number: post_registration(race_event, number, email="Same@Example.org")
    )

    assert [status for status, _text in answers] == [200] * 4
    assert sum("Your place is confirmed" in text for _status, text in answers) == 1
    assert sum("You are already registered" in text for _status, text in answers) == 3
    assert Registration.objects.filter(event_key=race_event.translation_key).count() == 1


def test_cancelling_at_once_moves_up_each_waiting_person_once(race_event, slow_count):
    for number in range(PEOPLE):
        post_registration(race_event, number)
    links = {message.to[0]: CANCEL_LINK.search(message.body).group(1) for message in mail.outbox}
    confirmed = by_status(race_event)[RegistrationStatus.CONFIRMED]
    assert confirmed == ["racer0@example.org", "racer1@example.org", "racer2@example.org"]
    mail.outbox.clear()

    answers = all_at_once(PLACES, lambda number: Client().post(links[confirmed[number]]))

    assert [response.status_code for response in answers] == [200] * PLACES
    after = by_status(race_event)
    assert after[RegistrationStatus.CANCELLED] == confirmed
    # The first three on the waiting list, each moved up once.
    assert after[RegistrationStatus.CONFIRMED] == [
        "racer3@example.org",
        "racer4@example.org",
        "racer5@example.org",
    ]
    assert after[RegistrationStatus.WAITING] == ["racer6@example.org", "racer7@example.org"]
    assert sorted(message.to[0] for message in mail.outbox) == after[RegistrationStatus.CONFIRMED]
