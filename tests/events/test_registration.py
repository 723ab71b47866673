"""Registering for an event, the waiting list, and giving a place up, through the mail outbox.

Every test starts from "Energy planning workshop" at /en/events/energy-planning/ on the
European site, on 15 January 2099 at 10:00 in Brussels, with two places unless a test says
otherwise; `italian_event` translates it into Italian (/it/events/energy-planning/,
"Laboratorio di pianificazione energetica").
"""

import re
from datetime import timedelta

from django.core import mail, signing
from django.utils import timezone
from django.utils.http import urlsafe_base64_encode

import icalendar
import pytest

from bulletins.tokens import unsubscribe_token
from events.models import Registration, RegistrationStatus
from events.tokens import CANCEL_SALT, cancel_token
from national_sites.translation import translate
from tests.events.conftest import FUTURE, at
from tests.events.factories import EventPageFactory
from tests.events.test_pages import page_cache_on  # noqa: F401 (a fixture)
from tests.solutions.conftest import publish

TITLE = "Energy planning workshop"
ITALIAN_TITLE = "Laboratorio di pianificazione energetica"
CANCEL_LINK = re.compile(r"https?://[^/\s\"]+(/[^\s\"<>]*/cancel/[^/\s\"<>]+/)")


@pytest.fixture
def event(event_indexes):
    return publish(
        EventPageFactory(
            parent=event_indexes["eu"],
            title=TITLE,
            slug="energy-planning",
            starts_at=at(FUTURE, "Europe/Brussels"),
            capacity=2,
        )
    )


@pytest.fixture
def italian_event(event, locales):
    return translate(event, locales["it"], {TITLE: ITALIAN_TITLE})


def person(number, **changes):
    return {
        "name": f"Person {number}",
        "organisation": "Comune di Lecce",
        "city": "Lecce",
        "country": "IT",
        "email": f"person{number}@example.org",
        **changes,
    }


def register(client, page, data, language="en"):
    """POST the registration form of `page` as a visitor would, with the form's event key."""
    return client.post(
        f"/{language}/events/{page.slug}/register/",
        {"event": str(page.translation_key), "website": "", **data},
    )


def text_of(response):
    return " ".join(response.content.decode().split())


def statuses(page):
    return {r.email: r.status for r in Registration.objects.filter(event_key=page.translation_key)}


def mail_to(address):
    return [message for message in mail.outbox if message.to == [address]]


def cancel_path(message):
    return CANCEL_LINK.search(message.body).group(1)


def calendar_of(message):
    (attachment,) = [a for a in message.attachments if a.mimetype.startswith("text/calendar")]
    content = attachment.content
    return icalendar.Calendar.from_ical(
        content if isinstance(content, bytes) else content.encode()
    )


def test_the_event_links_to_its_form_which_is_never_cached(client, event):
    event_page = client.get("/en/events/energy-planning/").content.decode()
    assert 'href="/en/events/energy-planning/register/"' in event_page

    response = client.get("/en/events/energy-planning/register/")

    assert response.status_code == 200
    assert 'name="csrfmiddlewaretoken"' in response.content.decode()
    for label in ("Your name", "Organisation", "City", "Country", "E-mail address"):
        assert label in text_of(response)
    assert "no-store" in response["Cache-Control"]
    assert response["X-Page-Cache"] == "bypass"


def test_a_visitor_registers_and_gets_the_calendar_and_a_cancel_link(client, event):
    response = register(client, event, person(1))

    assert response.status_code == 200
    assert "Your place is confirmed" in text_of(response)
    registration = Registration.objects.get()
    assert (registration.name, registration.organisation, registration.city) == (
        "Person 1",
        "Comune di Lecce",
        "Lecce",
    )
    assert registration.country.code == "IT"
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.confirmed_at is not None
    assert registration.language == "en"
    assert registration.event_key == event.translation_key

    (message,) = mail.outbox
    assert message.to == ["person1@example.org"]
    assert message.subject == f"Your place at {TITLE} is confirmed"
    assert "your place is confirmed" in message.body
    (entry,) = calendar_of(message).walk("VEVENT")
    assert str(entry["SUMMARY"]) == TITLE
    assert entry.decoded("DTSTART") == event.starts_at
    assert cancel_path(message).startswith("/en/events/energy-planning/cancel/")
    html, _mimetype = message.alternatives[0]
    assert cancel_path(message) in html


def test_registering_twice_with_one_address_does_not_duplicate(client, event):
    register(client, event, person(1, email="Ada@Example.org", name="Ada Lovelace"))

    response = register(client, event, person(2, email="ada@example.ORG", name="Someone Else"))

    assert response.status_code == 200
    page = text_of(response)
    assert "You are already registered" in page
    # The page does not tell a stranger who registered with the address.
    assert "Ada Lovelace" not in page
    registration = Registration.objects.get()
    assert registration.name == "Ada Lovelace"
    # The e-mail goes again to the address, not to whoever typed it.
    assert [m.to for m in mail.outbox] == [["ada@example.org"], ["ada@example.org"]]
    assert "Dear Ada Lovelace" in mail.outbox[1].body
    assert calendar_of(mail.outbox[1])


def test_when_every_place_is_taken_people_join_the_waiting_list_in_order(client, event):
    for number in (1, 2):
        assert "Your place is confirmed" in text_of(register(client, event, person(number)))

    third = register(client, event, person(3))
    fourth = register(client, event, person(4))

    assert "you are number 1 on the waiting list" in text_of(third)
    assert "you are number 2 on the waiting list" in text_of(fourth)
    assert statuses(event) == {
        "person1@example.org": RegistrationStatus.CONFIRMED,
        "person2@example.org": RegistrationStatus.CONFIRMED,
        "person3@example.org": RegistrationStatus.WAITING,
        "person4@example.org": RegistrationStatus.WAITING,
    }
    (message,) = mail_to("person4@example.org")
    assert message.subject == f"Waiting list for {TITLE}: you are number 2"
    assert "at number 2" in message.body
    assert cancel_path(message).startswith("/en/events/energy-planning/cancel/")
    assert message.attachments == []
    # The event's page says so too, once the change empties the page cache.
    assert "Join the waiting list" in text_of(client.get("/en/events/energy-planning/"))


@pytest.mark.usefixtures("page_cache_on")
def test_the_cached_event_page_shows_each_change_of_places(
    client, event, django_capture_on_commit_callbacks
):
    assert "2 places left" in text_of(client.get("/en/events/energy-planning/"))
    assert client.get("/en/events/energy-planning/")["X-Page-Cache"] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        register(client, event, person(1))
    assert "1 place left" in text_of(client.get("/en/events/energy-planning/"))

    with django_capture_on_commit_callbacks(execute=True):
        client.post(cancel_path(mail.outbox[0]))
    assert "2 places left" in text_of(client.get("/en/events/energy-planning/"))


def test_the_cancel_link_asks_first_and_the_waiting_list_moves_up(client, event):
    for number in (1, 2, 3, 4):
        register(client, event, person(number))
    link = cancel_path(mail_to("person1@example.org")[0])
    mail.outbox.clear()

    # Mail systems fetch links to scan them: opening it cancels nothing.
    asked = client.get(link)
    assert asked.status_code == 200
    assert "Give up your place" in text_of(asked)
    assert "no-store" in asked["Cache-Control"]
    assert statuses(event)["person1@example.org"] == RegistrationStatus.CONFIRMED

    response = client.post(link)

    assert response.status_code == 200
    assert "Your registration for" in text_of(response)
    assert statuses(event) == {
        "person1@example.org": RegistrationStatus.CANCELLED,
        "person2@example.org": RegistrationStatus.CONFIRMED,
        "person3@example.org": RegistrationStatus.CONFIRMED,
        "person4@example.org": RegistrationStatus.WAITING,
    }
    promoted = Registration.objects.get(email="person3@example.org")
    assert promoted.confirmed_at is not None
    (message,) = mail.outbox
    assert message.to == ["person3@example.org"]
    assert message.subject == f"A place became free: you are registered for {TITLE}"
    assert str(calendar_of(message).walk("VEVENT")[0]["SUMMARY"]) == TITLE
    assert cancel_path(message).startswith("/en/events/energy-planning/cancel/")

    again = client.post(link)
    assert "had already been cancelled" in text_of(again)
    assert statuses(event)["person4@example.org"] == RegistrationStatus.WAITING


def test_leaving_the_waiting_list_gives_nobody_a_place(client, event):
    for number in (1, 2, 3, 4):
        register(client, event, person(number))
    link = cancel_path(mail_to("person3@example.org")[0])
    mail.outbox.clear()

    assert "Leave the waiting list" in text_of(client.get(link))
    client.post(link)

    assert statuses(event)["person3@example.org"] == RegistrationStatus.CANCELLED
    assert statuses(event)["person4@example.org"] == RegistrationStatus.WAITING
    assert mail.outbox == []
    # Person 4 moved up to number 1, so the next one is number 2.
    assert "you are number 2 on the waiting list" in text_of(register(client, event, person(5)))


def test_a_cancelled_address_registers_again_at_the_back(client, event):
    event.capacity = 1
    publish(event)
    register(client, event, person(1))
    register(client, event, person(2))
    client.post(cancel_path(mail_to("person1@example.org")[0]))
    register(client, event, person(3))

    response = register(client, event, person(1, name="Person One Again"))

    assert "you are number 2 on the waiting list" in text_of(response)
    registration = Registration.objects.get(email="person1@example.org")
    assert registration.status == RegistrationStatus.WAITING
    assert registration.name == "Person One Again"
    assert registration.cancelled_at is None
    assert Registration.objects.count() == 3


def test_more_places_go_to_the_waiting_list_at_the_next_registration(client, event):
    for number in (1, 2, 3, 4):
        register(client, event, person(number))
    mail.outbox.clear()
    event.capacity = 4
    publish(event)

    response = register(client, event, person(5))

    assert "you are number 1 on the waiting list" in text_of(response)
    assert statuses(event)["person3@example.org"] == RegistrationStatus.CONFIRMED
    assert statuses(event)["person4@example.org"] == RegistrationStatus.CONFIRMED
    assert sorted(m.to[0] for m in mail.outbox) == [
        "person3@example.org",
        "person4@example.org",
        "person5@example.org",
    ]
    assert mail_to("person3@example.org")[0].subject.startswith("A place became free")


def test_places_are_shared_by_the_translations(client, event, italian_event):
    register(client, event, person(1))
    register(client, italian_event, person(2), language="it")

    response = register(client, italian_event, person(3), language="it")

    assert response.status_code == 200
    assert statuses(event)["person3@example.org"] == RegistrationStatus.WAITING
    italian = Registration.objects.get(email="person2@example.org")
    assert italian.language == "it"
    assert italian.event_id == italian_event.pk
    (message,) = mail_to("person2@example.org")
    assert ITALIAN_TITLE in message.subject
    assert cancel_path(message).startswith("/it/events/energy-planning/cancel/")
    assert str(calendar_of(message).walk("VEVENT")[0]["SUMMARY"]) == ITALIAN_TITLE


@pytest.mark.parametrize(
    ("change", "status", "message"),
    [
        ({"registration_open": False}, 200, "The organisers have closed registration"),
        (
            {"starts_at": timezone.now() - timedelta(hours=1)},
            410,
            "has already begun, so it takes no more registrations",
        ),
        (
            {
                "starts_at": timezone.now() - timedelta(days=3),
                "ends_at": timezone.now() - timedelta(days=2),
            },
            410,
            "has taken place, so it takes no more registrations",
        ),
    ],
    ids=["closed", "started", "past"],
)
def test_closed_started_and_past_events_refuse_registration(
    client, event, change, status, message
):
    for name, value in change.items():
        setattr(event, name, value)
    if "ends_at" not in change and "starts_at" in change:
        event.ends_at = event.starts_at + timedelta(hours=5)
    publish(event)

    shown = client.get("/en/events/energy-planning/register/")
    sent = register(client, event, person(1))

    for response in (shown, sent):
        assert response.status_code == status
        assert message in text_of(response)
        assert "You have not been registered" in text_of(response)
        assert 'name="email"' not in response.content.decode()
    assert Registration.objects.count() == 0
    assert mail.outbox == []


def test_an_unpublished_event_has_no_form(client, event):
    event.unpublish()

    assert client.get("/en/events/energy-planning/register/").status_code == 404
    assert register(client, event, person(1)).status_code == 404
    assert Registration.objects.count() == 0


def test_a_form_sent_for_another_event_is_refused(client, event, event_indexes):
    other = publish(EventPageFactory(parent=event_indexes["eu"], slug="study-visit"))

    for key in (str(other.translation_key), "not-a-key", ""):
        response = client.post("/en/events/energy-planning/register/", {**person(1), "event": key})
        assert response.status_code == 400
        assert "This form belongs to another event" in text_of(response)
    assert Registration.objects.count() == 0
    assert mail.outbox == []


def test_an_event_that_does_not_exist_has_no_form(client, event):
    response = client.post(
        "/en/events/no-such-event/register/", {**person(1), "event": str(event.translation_key)}
    )

    assert response.status_code == 404
    assert Registration.objects.count() == 0


def test_the_robot_trap_registers_nobody(client, event):
    response = register(client, event, {**person(1), "website": "http://spam.example"})

    assert response.status_code == 400
    assert "filled in, as spam robots do" in text_of(response)
    assert Registration.objects.count() == 0
    assert mail.outbox == []


def test_too_many_registrations_from_one_connection_are_refused(client, event, settings):
    settings.EVENTS_REGISTRATION_RATE_LIMIT = 2
    settings.EVENTS_REGISTRATION_RATE_WINDOW = 600
    register(client, event, person(1))
    register(client, event, person(2))

    response = register(client, event, person(3))

    assert response.status_code == 429
    assert "Please try again in 10 minutes" in text_of(response)
    assert Registration.objects.count() == 2


def test_the_fields_are_checked_with_italian_messages(client, italian_event):
    cases = [
        ({"email": ""}, "Inserisca il suo indirizzo e-mail."),
        ({"email": "not-an-address"}, "Inserisca un indirizzo e-mail valido"),
        ({"country": "XX"}, "Scelga il suo paese dall&#x27;elenco."),
        ({"country": ""}, "Scelga il suo paese."),
        ({"name": "N" * 121}, "Inserisca un nome di non più di 120 caratteri."),
        ({"organisation": "O" * 201}, "Inserisca un nome di non più di 200 caratteri."),
        ({"city": "C" * 121}, "Inserisca un nome di non più di 120 caratteri."),
        ({"organisation": ""}, "Inserisca il nome della sua città o organizzazione."),
    ]

    for change, message in cases:
        response = register(client, italian_event, person(1, **change), language="it")
        assert response.status_code == 400, change
        assert message in response.content.decode(), change
        assert '<html lang="it">' in response.content.decode()
    assert Registration.objects.count() == 0
    assert mail.outbox == []


def test_the_italian_form_registers_in_italian(client, italian_event):
    shown = client.get("/it/events/energy-planning/register/")
    assert "Paese" in text_of(shown)
    assert "Scelga un paese" in text_of(shown)

    register(client, italian_event, person(1), language="it")

    (message,) = mail.outbox
    assert ITALIAN_TITLE in message.subject
    assert Registration.objects.get().language == "it"


# Cancel links that are not this person's, for this event.


def encoded(signed):
    """A signed value in the form cancel links carry it."""
    return urlsafe_base64_encode(signed.encode())


def registration_of(client, page, number):
    register(client, page, person(number))
    return Registration.objects.get(email=f"person{number}@example.org")


def test_garbage_and_changed_cancel_links_are_refused(client, event):
    registration = registration_of(client, event, 1)
    token = cancel_token(registration)
    forged = [
        "garbage",
        token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB"),
        encoded(unsubscribe_token("person1@example.org")),
        encoded(signing.dumps({"r": registration.pk}, salt=CANCEL_SALT)),
    ]

    for bad in forged:
        for method in (client.get, client.post):
            response = method(f"/en/events/energy-planning/cancel/{bad}/")
            assert response.status_code == 400, bad
            assert "This cancellation link does not work" in text_of(response)
    assert statuses(event)["person1@example.org"] == RegistrationStatus.CONFIRMED


def test_a_cancel_link_for_another_person_is_refused(client, event):
    first = registration_of(client, event, 1)
    registration_of(client, event, 2)
    # A token naming person 1's registration, but signed for person 2's address.
    token = encoded(
        signing.dumps(
            {"r": first.pk, "k": event.translation_key.hex, "e": "person2@example.org"},
            salt=CANCEL_SALT,
        )
    )

    response = client.post(f"/en/events/energy-planning/cancel/{token}/")

    assert response.status_code == 400
    assert statuses(event) == {
        "person1@example.org": RegistrationStatus.CONFIRMED,
        "person2@example.org": RegistrationStatus.CONFIRMED,
    }


def test_a_cancel_link_for_another_event_is_refused(client, event, event_indexes):
    other = publish(
        EventPageFactory(parent=event_indexes["eu"], title="Study visit", slug="study-visit")
    )
    registration_of(client, event, 1)
    link = cancel_path(mail.outbox[0])

    response = client.post(link.replace("/energy-planning/", "/study-visit/"))

    assert response.status_code == 400
    assert "This cancellation link does not work" in text_of(response)
    assert "Study visit" in text_of(response)
    assert statuses(event)["person1@example.org"] == RegistrationStatus.CONFIRMED
    assert Registration.objects.filter(event_key=other.translation_key).count() == 0


def test_a_place_cannot_be_given_up_once_the_event_has_begun(client, event):
    registration_of(client, event, 1)
    link = cancel_path(mail.outbox[0])
    event.starts_at = timezone.now() - timedelta(minutes=5)
    publish(event)

    response = client.post(link)

    assert response.status_code == 410
    assert "can no longer be cancelled" in text_of(response)
    assert statuses(event)["person1@example.org"] == RegistrationStatus.CONFIRMED
