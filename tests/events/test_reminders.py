"""Reminders: the confirmed participants of an event starting soon get one, once.

`soon` is a Danish event of the Danish network starting in 30 hours (its reminder is due two
days before), translated into English. Its registrations:

    Mette  da  confirmed
    John   en  confirmed    (registered on the English translation)
    Ole    da  waiting list
    Eva    da  cancelled
"""

import io
from datetime import timedelta

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

import pytest

from events.invitations import send_event_reminders
from events.models import Invitation, InvitationDelivery, InvitationKind, Registration
from events.models import RegistrationStatus as Status
from events.tokens import read_cancel_token
from national_sites.translation import translate
from tests.events.factories import EventPageFactory
from tests.solutions.conftest import publish

pytestmark = pytest.mark.django_db


def register(event, name, language, status, page=None):
    return Registration.objects.create(
        event_key=event.translation_key,
        event=page or event,
        name=name,
        organisation="Kommune",
        city="Aarhus",
        country="DK",
        email=f"{name.lower()}@example.org",
        language=language,
        status=status,
    )


def event_starting_in(index, delay, **fields):
    starts_at = timezone.now() + delay
    return publish(
        EventPageFactory(
            parent=index, starts_at=starts_at, ends_at=starts_at + timedelta(hours=3), **fields
        )
    )


@pytest.fixture
def soon(event_indexes, locales):
    event = event_starting_in(
        event_indexes["dk"], timedelta(hours=30), title="Varmeplanlægning", slug="varme"
    )
    english = translate(event, locales["en"], {"Varmeplanlægning": "Heat planning"})
    register(event, "Mette", "da", Status.CONFIRMED)
    register(event, "John", "en", Status.CONFIRMED, page=english)
    register(event, "Ole", "da", Status.WAITING)
    register(event, "Eva", "da", Status.CANCELLED)
    return event


def run_command():
    out = io.StringIO()
    call_command("send_event_reminders", stdout=out)
    return out.getvalue()


def test_the_confirmed_participants_are_reminded_in_their_language(soon):
    output = run_command()

    assert output == "Reminders: 2 sent for 1 events, 0 already sent, 0 failed.\n"
    messages = {message.to[0]: message for message in mail.outbox}
    assert sorted(messages) == ["john@example.org", "mette@example.org"]
    john, mette = messages["john@example.org"], messages["mette@example.org"]
    assert john.subject == "Reminder: Heat planning"
    assert "http://dk.localhost/en/arrangementer/varme/\n" in john.body
    assert mette.subject.endswith(": Varmeplanlægning")
    assert "http://dk.localhost/da/arrangementer/varme/\n" in mette.body
    # Each carries the link that gives the place up, signed for that person's registration.
    for message in (john, mette):
        registration = Registration.objects.get(email=message.to[0])
        token = message.body.split("/cancel/", 1)[1].split("/", 1)[0]
        assert read_cancel_token(token) == (
            registration.pk,
            soon.translation_key.hex,
            registration.email,
        )
        assert "/unsubscribe/" not in message.body
    reminder = Invitation.objects.get()
    assert reminder.kind == InvitationKind.REMINDER and reminder.event_key == soon.translation_key
    assert (reminder.recipients, reminder.sent, reminder.skipped) == (2, 2, 0)


def test_each_participant_is_reminded_once_however_often_it_runs(soon):
    run_command()
    second = run_command()
    send_event_reminders.enqueue()

    assert second == "Reminders: 0 sent for 0 events, 0 already sent, 0 failed.\n"
    assert len(mail.outbox) == 2
    assert Invitation.objects.count() == 1
    assert InvitationDelivery.objects.filter(kind=InvitationKind.REMINDER).count() == 2


def test_someone_confirmed_later_is_reminded_at_the_next_run(soon):
    run_command()
    mail.outbox.clear()
    Registration.objects.filter(name="Ole").update(status=Status.CONFIRMED)

    output = run_command()

    assert output == "Reminders: 1 sent for 1 events, 0 already sent, 0 failed.\n"
    assert [message.to for message in mail.outbox] == [["ole@example.org"]]


def test_an_invitation_does_not_stand_for_a_reminder(soon):
    """An invitation and a reminder are two different e-mails to the same person."""
    InvitationDelivery.objects.create(
        event_key=soon.translation_key,
        kind=InvitationKind.INVITATION,
        email="mette@example.org",
        invitation=Invitation.objects.create(
            event=soon, event_key=soon.translation_key, kind=InvitationKind.INVITATION
        ),
        language="da",
    )

    run_command()

    assert sorted(message.to[0] for message in mail.outbox) == [
        "john@example.org",
        "mette@example.org",
    ]


def test_only_events_within_their_reminder_window_are_reminded(event_indexes):
    dk = event_indexes["dk"]
    cases = {
        "later": event_starting_in(dk, timedelta(days=3)),  # reminder due in a day
        "no-reminder": event_starting_in(dk, timedelta(hours=1), reminder_days=0),
        "started": event_starting_in(dk, timedelta(hours=-1)),
        "week-ahead": event_starting_in(dk, timedelta(days=6), reminder_days=7),
        "draft": EventPageFactory(
            parent=dk, starts_at=timezone.now() + timedelta(hours=5), live=False
        ),
    }
    for name, event in cases.items():
        register(event, name.replace("-", ""), "da", Status.CONFIRMED)

    run_command()

    assert [message.to for message in mail.outbox] == [["weekahead@example.org"]]
