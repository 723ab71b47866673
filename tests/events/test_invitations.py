"""Invitations: who gets one, in which language, in batches, never twice; and the admin flow.

The people in these tests:

    subscribers (bulletins unless said)     member cities (accepted city applications)
    ann@example.org       en                Aarhus   dk  mette@aarhus.example      da
    bo@example.org        da                Sønderborg dk  MAIL@sonderborg.example en
    carla@example.org     it                Tartu    ee  kadri@tartu.example       et
    news@example.org      en (newsletters)  Odense   dk  pending: no invitation
    new@example.org       en (unconfirmed)  a planner dk  accepted, but not a city
    mail@sonderborg.example  da (the Sønderborg contact again, another case)
"""

import datetime
import smtplib

from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.test import override_settings
from django.urls import reverse

from wagtail.users.models import UserProfile

import pytest

from bulletins.models import Subscriber
from events import invitations
from events.invitations import invitation_recipients, send_invitation
from events.models import Invitation, InvitationDelivery, InvitationKind
from membership.models import ApplicantKind, ApplicationStatus, MembershipApplication
from national_sites.translation import translate
from tests.conftest import make_user
from tests.events.conftest import FUTURE, at
from tests.events.factories import EventPageFactory
from tests.national_sites.permission_helpers import admin_refusal, client_for
from tests.solutions.conftest import publish

pytestmark = pytest.mark.django_db

CONFIRMED = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)


def subscribe(email, language, lists="bulletins", confirmed=True):
    return Subscriber.objects.create(
        email=email, language=language, lists=lists, confirmed_at=CONFIRMED if confirmed else None
    )


def member_city(organisation, network, email, language, status=ApplicationStatus.ACCEPTED,
                kind=ApplicantKind.CITY):  # fmt: skip
    return MembershipApplication.objects.create(
        kind=kind,
        organisation=organisation,
        country=network.upper(),
        network=network,
        contact_name="Contact",
        email=email,
        motivation="To learn from other cities.",
        language=language,
        status=status,
    )


@pytest.fixture
def people(db):
    subscribe("ann@example.org", "en")
    subscribe("bo@example.org", "da", lists="both")
    subscribe("carla@example.org", "it")
    subscribe("news@example.org", "en", lists="newsletters")
    subscribe("new@example.org", "en", confirmed=False)
    subscribe("mail@sonderborg.example", "da")
    member_city("Aarhus Kommune", "dk", "mette@aarhus.example", "da")
    member_city("Sønderborg Kommune", "dk", "MAIL@sonderborg.example", "en")
    member_city("Tartu linn", "ee", "kadri@tartu.example", "et")
    member_city("Odense Kommune", "dk", "odense@example.org", "da", ApplicationStatus.PENDING)
    member_city("Planner", "dk", "planner@example.org", "da", kind=ApplicantKind.PLANNER)


def event_at(index, **fields):
    return publish(
        EventPageFactory(
            parent=index,
            starts_at=at(FUTURE, "Europe/Copenhagen"),
            ends_at=at(FUTURE.replace(hour=16), "Europe/Copenhagen"),
            time_zone="Europe/Copenhagen",
            **fields,
        )
    )


@pytest.fixture
def danish_event(event_indexes, locales):
    """An event of the Danish network, in Danish, translated into English."""
    event = event_at(event_indexes["dk"], title="Varmeplanlægning", slug="varmeplanlaegning")
    translate(event, locales["en"], {"Varmeplanlægning": "Heat planning"})
    return event


@pytest.fixture
def european_event(event_indexes, locales):
    """An event of the European network, in English, translated into Danish."""
    event = event_at(event_indexes["eu"], title="Network meeting", slug="network-meeting")
    translate(event, locales["da"], {"Network meeting": "Netværksmøde"})
    return event


def addresses(recipients):
    return sorted((r.email, r.language) for r in recipients)


def test_a_national_event_invites_the_subscribers_and_that_networks_cities(people, danish_event):
    assert addresses(invitation_recipients(danish_event)) == [
        # A subscriber who is also a city contact is invited once, in the language they chose
        # as a subscriber.
        ("ann@example.org", "en"),
        ("bo@example.org", "da"),
        ("carla@example.org", "it"),
        ("mail@sonderborg.example", "da"),
        ("mette@aarhus.example", "da"),
    ]


def test_a_european_event_invites_every_networks_cities(people, european_event):
    assert addresses(invitation_recipients(european_event)) == [
        ("ann@example.org", "en"),
        ("bo@example.org", "da"),
        ("carla@example.org", "it"),
        ("kadri@tartu.example", "et"),
        ("mail@sonderborg.example", "da"),
        ("mette@aarhus.example", "da"),
    ]


def test_a_citys_contributor_accounts_are_invited_too(people, danish_event, make_network_user):
    aarhus = MembershipApplication.objects.get(organisation="Aarhus Kommune")
    aarhus.contributor = make_network_user("klima")
    aarhus.save()

    assert ("klima@example.org", "da") in addresses(invitation_recipients(danish_event))


def test_the_members_groups_accounts_are_invited_in_their_chosen_language(
    danish_event, european_event, make_network_user
):
    danish_member = make_network_user("dansk", "Denmark network members")
    make_network_user("eesti", "Estonia network members")
    make_network_user("euro", "European network members")
    profile = UserProfile.get_for_user(danish_member)
    profile.preferred_language = "en"
    profile.save()

    assert addresses(invitation_recipients(danish_event)) == [("dansk@example.org", "en")]
    assert addresses(invitation_recipients(european_event)) == [
        ("dansk@example.org", "en"),
        ("eesti@example.org", "et"),
        ("euro@example.org", "en"),
    ]


def by_recipient():
    return {message.to[0]: message for message in mail.outbox}


def test_each_person_reads_the_event_in_their_language_or_its_original(people, danish_event):
    invitation = Invitation.objects.create(
        event=danish_event,
        event_key=danish_event.translation_key,
        kind=InvitationKind.INVITATION,
        title=danish_event.title,
    )

    send_invitation.call(invitation.pk)

    messages = by_recipient()
    assert sorted(messages) == [
        "ann@example.org",
        "bo@example.org",
        "carla@example.org",
        "mail@sonderborg.example",
        "mette@aarhus.example",
    ]
    english, danish, italian = (
        messages["ann@example.org"],
        messages["bo@example.org"],
        messages["carla@example.org"],
    )
    assert english.subject == "Invitation: Heat planning"
    assert english.body.startswith("Heat planning\nCapacity-building workshop\n")
    # The clock of the event's zone, whatever the server's.
    assert "Jan. 15, 2099, 10 a.m. – 4 p.m. (Europe/Copenhagen)" in english.body
    assert "City Hall, room 2, Grand-Place 1, 1000 Brussels" in english.body
    assert "http://dk.localhost/en/arrangementer/varmeplanlaegning/\n" in english.body
    # There is no Italian version: the Italian reader gets the Danish original.
    assert italian.subject == danish.subject == "Invitation: Varmeplanlægning"
    assert "http://dk.localhost/da/arrangementer/varmeplanlaegning/\n" in italian.body
    assert "15. januar 2099" in danish.body
    # Subscribers can leave the list from every e-mail; the city contact is no subscriber.
    assert "/unsubscribe/" in english.body and english.extra_headers["List-Unsubscribe"]
    city = messages["mette@aarhus.example"]
    assert "/unsubscribe/" not in city.body and "List-Unsubscribe" not in city.extra_headers
    invitation.refresh_from_db()
    assert (invitation.sent, invitation.skipped, invitation.failed) == (5, 0, 0)
    assert invitation.finished_at


def new_invitation(event):
    return Invitation.objects.create(
        event=event,
        event_key=event.translation_key,
        kind=InvitationKind.INVITATION,
        title=event.title,
    )


@pytest.fixture
def five_subscribers(db):
    return [subscribe(f"reader{n}@example.org", "en") for n in range(5)]


@override_settings(EVENTS_INVITATION_BATCH_SIZE=2)
def test_invitations_go_out_in_batches(five_subscribers, european_event, monkeypatch):
    batches = []
    send_batch = invitations.send_batch

    def recording_batch(invitation, batch, *args):
        batches.append([recipient.email for recipient in batch])
        return send_batch(invitation, batch, *args)

    monkeypatch.setattr(invitations, "send_batch", recording_batch)

    send_invitation.call(new_invitation(european_event).pk)

    assert [len(batch) for batch in batches] == [2, 2, 1]
    assert len(mail.outbox) == 5


@override_settings(EVENTS_INVITATION_BATCH_SIZE=2)
def test_running_the_task_again_sends_nobody_a_second_copy(five_subscribers, european_event):
    invitation = new_invitation(european_event)

    send_invitation.call(invitation.pk)
    send_invitation.call(invitation.pk)
    send_invitation.call(new_invitation(european_event).pk)

    assert sorted(m.to[0] for m in mail.outbox) == [f"reader{n}@example.org" for n in range(5)]
    invitation.refresh_from_db()
    assert (invitation.sent, invitation.skipped, invitation.failed) == (5, 5, 0)
    assert InvitationDelivery.objects.filter(sent_at__isnull=False).count() == 5


class FailOnceBackend(EmailBackend):
    """Refuses the first e-mail to reader2@example.org, as a busy server might."""

    refused = set()

    def send_messages(self, messages):
        for message in messages:
            address = message.to[0]
            if address == "reader2@example.org" and address not in self.refused:
                type(self).refused.add(address)
                raise smtplib.SMTPRecipientsRefused({address: (451, b"Try again later")})
        return super().send_messages(messages)


@override_settings(EMAIL_BACKEND="tests.events.test_invitations.FailOnceBackend")
def test_a_failed_e_mail_is_sent_by_the_retry_and_nobody_else_is(five_subscribers, european_event):
    FailOnceBackend.refused = set()
    invitation = new_invitation(european_event)

    send_invitation.call(invitation.pk)

    invitation.refresh_from_db()
    assert (invitation.sent, invitation.failed) == (4, 1)
    assert not InvitationDelivery.objects.filter(email="reader2@example.org").exists()
    mail.outbox.clear()

    send_invitation.call(invitation.pk)

    assert [m.to for m in mail.outbox] == [["reader2@example.org"]]
    invitation.refresh_from_db()
    assert (invitation.sent, invitation.skipped, invitation.failed) == (5, 4, 1)


def test_an_event_unpublished_before_the_task_ran_is_not_sent(five_subscribers, european_event):
    invitation = new_invitation(european_event)
    for version in european_event.get_translations(inclusive=True):
        version.unpublish()

    send_invitation.call(invitation.pk)

    assert mail.outbox == []
    invitation.refresh_from_db()
    assert invitation.finished_at and invitation.sent == 0


# The admin ----------------------------------------------------------------------------------


def invite_url(page):
    return reverse("events_send_invitation", args=[page.pk])


def test_a_danish_editor_confirms_the_count_then_sends(people, danish_event, editor_dk):
    client = client_for(editor_dk)

    edit_page = client.get(reverse("wagtailadmin_pages:edit", args=[danish_event.pk]))
    assert f'href="{invite_url(danish_event)}"' in edit_page.content.decode()
    confirm = client.get(invite_url(danish_event))
    text = confirm.content.decode()
    assert confirm.status_code == 200
    assert "Send the invitation to “Varmeplanlægning” to 5 people?" in text
    assert "4 confirmed subscribers of the bulletins" in text
    assert "1 member of this national network (city contacts and member accounts)" in text
    assert not mail.outbox and not Invitation.objects.exists()

    sent = client.post(invite_url(danish_event))

    assert sent.status_code == 302
    assert len(mail.outbox) == 5
    invitation = Invitation.objects.get()
    assert (invitation.recipients, invitation.sent, invitation.skipped) == (5, 5, 0)
    assert invitation.started_by == editor_dk and invitation.kind == InvitationKind.INVITATION
    assert invitation.event_key == danish_event.translation_key
    assert sent.url == "/admin/events_invitations/"
    listing = client.get(sent.url).content.decode()
    assert "Varmeplanlægning" in listing
    # The Estonian editor organises no event here: no listing of invitations either.
    assert admin_refusal(client_for(make_user("editor-ee", "Estonia editors")).get(sent.url))


def test_pressing_send_twice_reaches_nobody_twice(people, danish_event, editor_dk):
    client = client_for(editor_dk)

    client.post(invite_url(danish_event))
    second = client.post(invite_url(danish_event))
    confirm_again = client.get(invite_url(danish_event)).content.decode()

    assert second.status_code == 302
    assert len(mail.outbox) == 5
    assert [(i.sent, i.skipped) for i in Invitation.objects.order_by("pk")] == [(5, 0), (0, 5)]
    assert "5 of them already received this invitation and will be skipped." in confirm_again


def test_the_english_version_sends_the_same_invitation(people, danish_event, editor_dk):
    english = danish_event.get_translations().get()

    client_for(editor_dk).post(invite_url(english))

    assert len(mail.outbox) == 5
    assert Invitation.objects.get().event_key == danish_event.translation_key


def test_an_unpublished_event_is_refused(people, event_indexes, editor_dk):
    draft = EventPageFactory(parent=event_indexes["dk"], live=False)
    client = client_for(editor_dk)

    response = client.post(invite_url(draft))

    assert response.status_code == 400
    assert "This event is not published" in response.content.decode()
    assert not mail.outbox and not Invitation.objects.exists()
    edit_page = client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk]))
    assert invite_url(draft) not in edit_page.content.decode()


def test_people_who_may_not_edit_the_event_cannot_send(people, danish_event, translator):
    editor_ee = make_user("editor-ee", "Estonia editors")
    english = danish_event.get_translations().get()
    for user, page in ((editor_ee, danish_event), (translator, english)):
        client = client_for(user)
        for method in (client.get, client.post):
            response = method(invite_url(page))
            assert admin_refusal(response), (user, response.status_code)
        edit_page = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert invite_url(page) not in edit_page.content.decode()
    assert not mail.outbox and not Invitation.objects.exists()


def test_anonymous_visitors_are_sent_to_the_login(people, danish_event, client):
    response = client.post(invite_url(danish_event))

    assert response.status_code == 302 and "/admin/login/" in response.url
    assert not Invitation.objects.exists()


def test_a_page_that_is_not_an_event_cannot_be_sent(event_indexes, coordinator):
    response = client_for(coordinator).get(invite_url(event_indexes["eu"]))

    assert response.status_code == 404
