"""Invitations to an event and reminders before it, sent in the background.

An invitation goes to two kinds of people, each once (their addresses compared without
case):

- the confirmed subscribers of the bulletins: the network has no list of its own for events,
  and its meetings and workshops are news of the same kind as the bulletins, so whoever
  chose the bulletins hears of them;
- the members: the contact of each accepted city's application, the city contributors'
  accounts and the accounts in the network's members group; for an event on a national
  site, that country's network only; for an event on the European site, every network.

A reminder goes to the confirmed registrations of an event a few days before it starts
(`EventPage.reminder_days`), with the link that gives the place up.

Everyone gets the event in their language where it has a live translation in it, otherwise
in its original language. As with the bulletins (bulletins.tasks), each copy is claimed (an
InvitationDelivery, under a unique constraint) before its e-mail goes out, so a retry or a
second sending reaches only those not yet claimed; a failed e-mail gives its claim back.
"""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext

from django_tasks import task

from bulletins.links import absolute_page_url, european_root_url
from bulletins.mail import unsubscribe_url
from bulletins.models import Subscriber, SubscriptionList
from events.listing import EUROPEAN, site_of
from events.models import (
    EventPage,
    Invitation,
    InvitationDelivery,
    InvitationKind,
    Registration,
    RegistrationStatus,
)
from events.tokens import cancel_token
from home.locales import language_of
from members.groups import country_for, members_group_name
from membership.contributors import group_name
from membership.models import ApplicantKind, ApplicationStatus, MembershipApplication

logger = logging.getLogger(__name__)

# EventPage.reminder_days allows at most this many days.
LONGEST_REMINDER = timedelta(days=60)


@dataclass(frozen=True)
class Recipient:
    """One person to write to, in the language they chose."""

    email: str
    language: str
    # Subscribers' e-mails carry the bulletins' unsubscribe link.
    subscriber: bool = False
    # A reminder's registration, for its cancel link.
    registration: Registration | None = None

    @property
    def address_key(self):
        return self.email.strip().lower()


def batch_size():
    return settings.EVENTS_INVITATION_BATCH_SIZE


# Who is invited -----------------------------------------------------------------------------


def event_network(event):
    """The country code of the national site the event is on, or "" for the European site."""
    code = site_of(event)
    return "" if code in (None, EUROPEAN) else code


def bulletin_subscribers():
    subscribers = Subscriber.objects.receiving(SubscriptionList.BULLETINS).order_by("pk")
    for email, language in subscribers.values_list("email", "language"):
        yield Recipient(email, language, subscriber=True)


def member_contacts(network):
    """The contacts of the accepted member cities and the members' accounts, of one national
    network or ("") of the whole network."""
    applications = MembershipApplication.objects.filter(
        status=ApplicationStatus.ACCEPTED, kind=ApplicantKind.CITY
    ).select_related("contributor", "city_page")
    if network:
        applications = applications.filter(network=network)
    # {group name: the language of its people who chose none}
    group_languages = {}
    for application in applications.order_by("pk"):
        yield Recipient(application.email, application.language)
        if application.contributor and application.contributor.is_active:
            yield Recipient(application.contributor.email, application.language)
        if application.city_page:
            group_languages[group_name(application.city_page)] = application.language
    countries = [country_for(network)] if network else [None, *settings.NETWORK.countries]
    for country in countries:
        language = country.language if country else settings.LANGUAGE_CODE
        group_languages[members_group_name(country)] = language
    accounts = (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=group_languages)
        .exclude(email="")
        .order_by("pk")
        .values_list("email", "groups__name", "wagtail_userprofile__preferred_language")
    )
    for email, group, chosen_language in accounts:
        if group in group_languages:
            yield Recipient(email, chosen_language or group_languages[group])


def usable(email):
    try:
        validate_email(email)
    except ValidationError:
        return False
    return True


def unique_recipients(recipients):
    """Each address once, as it first appears."""
    seen = {}
    for recipient in recipients:
        if recipient.address_key and recipient.address_key not in seen and usable(recipient.email):
            seen[recipient.address_key] = recipient
    return list(seen.values())


def invitation_recipients(event):
    """Everyone the event's invitation goes to; a subscriber's own language choice comes
    first where someone is a subscriber and a city contact too."""
    return unique_recipients([*bulletin_subscribers(), *member_contacts(event_network(event))])


# The e-mails --------------------------------------------------------------------------------


def live_versions(event_key):
    """The event's live pages by language, and its original: the oldest live version."""
    pages = list(EventPage.objects.live().filter(translation_key=event_key).order_by("pk"))
    by_language = {}
    for page in pages:
        by_language.setdefault(language_of(page.locale_id), page)
    return by_language, (pages[0] if pages else None)


def event_message(kind, page, recipient):
    """The invitation or reminder for `page`, written in the page's language (the event's
    details are those of the registration e-mails: its times on the event's own clock)."""
    language = language_of(page.locale_id)
    unsubscribe = unsubscribe_url(recipient.email, language) if recipient.subscriber else ""
    cancel_url = ""
    if recipient.registration is not None:
        cancel_url = absolute_page_url(page) + page.reverse_subpage(
            "cancel", kwargs={"token": cancel_token(recipient.registration)}
        )
    context = {
        "page": page,
        "page_url": absolute_page_url(page),
        "registration": recipient.registration,
        "unsubscribe_url": unsubscribe,
        "cancel_url": cancel_url,
        "language": language,
        "site_url": european_root_url() + f"/{language}/",
    }
    with translation.override(language):
        if kind == InvitationKind.REMINDER:
            subject = gettext("Reminder: %(title)s") % {"title": page.title}
        else:
            subject = gettext("Invitation: %(title)s") % {"title": page.title}
        text = render_to_string(f"events/email/{kind}.txt", context)
        html = render_to_string(f"events/email/{kind}.html", context)
    headers = {}
    if unsubscribe:
        headers = {
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[recipient.email],
        headers=headers,
    )
    message.attach_alternative(html, "text/html")
    return message


# Sending ------------------------------------------------------------------------------------


def claim(invitation, recipient, language):
    """Record the copy before sending: if it exists, this person already has it."""
    with transaction.atomic():
        _delivery, created = InvitationDelivery.objects.get_or_create(
            event_key=invitation.event_key,
            kind=invitation.kind,
            email=recipient.address_key,
            defaults={"invitation": invitation, "language": language},
        )
    return created


def send_batch(invitation, batch, by_language, original):
    counts = {"sent": 0, "skipped": 0, "failed": 0}
    deliveries = InvitationDelivery.objects.filter(
        event_key=invitation.event_key, kind=invitation.kind
    )
    connection = get_connection()
    with connection:
        for recipient in batch:
            page = by_language.get(recipient.language, original)
            if not claim(invitation, recipient, language_of(page.locale_id)):
                counts["skipped"] += 1
                continue
            message = event_message(invitation.kind, page, recipient)
            message.connection = connection
            try:
                message.send()
            except Exception:
                logger.exception(
                    "Invitation %s: could not send to %s.", invitation.pk, recipient.email
                )
                deliveries.filter(email=recipient.address_key).delete()
                counts["failed"] += 1
                continue
            deliveries.filter(email=recipient.address_key).update(sent_at=timezone.now())
            counts["sent"] += 1
    return counts


def send_to(invitation, recipients):
    """Send the invitation's e-mail to `recipients`, batch by batch, counting as it goes."""
    by_language, original = live_versions(invitation.event_key)
    totals = {"sent": 0, "skipped": 0, "failed": 0}
    sending = Invitation.objects.filter(pk=invitation.pk)
    if original is None:
        logger.warning("Invitation %s: the event is no longer live; nothing sent.", invitation.pk)
    else:
        size = batch_size()
        for start in range(0, len(recipients), size):
            counts = send_batch(
                invitation, recipients[start : start + size], by_language, original
            )
            sending.update(**{name: F(name) + count for name, count in counts.items()})
            for name, count in counts.items():
                totals[name] += count
    sending.update(finished_at=timezone.now())
    return totals


@task()
def send_invitation(invitation_id):
    """Send an event's invitation to the subscribers and member cities' contacts.

    Running it again sends only to those without a copy yet.
    """
    invitation = Invitation.objects.get(pk=invitation_id)
    event = invitation.event
    if event is None:
        Invitation.objects.filter(pk=invitation_id).update(finished_at=timezone.now())
        return {"sent": 0, "skipped": 0, "failed": 0}
    return send_to(invitation, invitation_recipients(event))


# Reminders ----------------------------------------------------------------------------------


def events_due_for_reminders(now):
    """One live version of each event whose reminder is due: it starts within its
    reminder_days from now and has not started yet."""
    candidates = (
        EventPage.objects.live()
        .filter(reminder_days__gt=0, starts_at__gt=now, starts_at__lte=now + LONGEST_REMINDER)
        .order_by("pk")
    )
    due = {}
    for page in candidates:
        if page.starts_at <= now + timedelta(days=page.reminder_days):
            due.setdefault(page.translation_key, page)
    return list(due.values())


def reminder_recipients(event_key):
    """The confirmed registrations that have no reminder yet."""
    reminded = InvitationDelivery.objects.filter(
        event_key=event_key, kind=InvitationKind.REMINDER
    ).values_list("email", flat=True)
    registrations = Registration.objects.filter(
        event_key=event_key, status=RegistrationStatus.CONFIRMED
    ).order_by("pk")
    already = set(reminded)
    return unique_recipients(
        Recipient(r.email, r.language, registration=r)
        for r in registrations
        if r.email.strip().lower() not in already
    )


@task()
def send_event_reminders():
    """Remind every confirmed participant of the events starting soon, each once.

    Meant to run every hour or so: an event enters its reminder window once, and everyone
    registered by then gets one reminder; someone confirmed later (from the waiting list)
    gets theirs at the next run.
    """
    totals = {"events": 0, "sent": 0, "skipped": 0, "failed": 0}
    for event in events_due_for_reminders(timezone.now()):
        recipients = reminder_recipients(event.translation_key)
        if not recipients:
            continue
        reminder = Invitation.objects.create(
            event=event,
            event_key=event.translation_key,
            kind=InvitationKind.REMINDER,
            title=event.title,
            recipients=len(recipients),
        )
        counts = send_to(reminder, recipients)
        totals["events"] += 1
        for name, count in counts.items():
            totals[name] += count
    return totals
