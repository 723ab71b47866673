"""The e-mails of a registration, each in the language of the page the person registered on.

A confirmed place comes with the event as an .ics file; a place on the waiting list with
its position. Every one carries the person's signed link to give the place up.
Each is plain text with an HTML alternative, and goes to one address only.
"""

import logging
import smtplib
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

from bulletins.links import absolute_page_url, european_root_url
from events.models import EventPage, Registration
from events.tokens import cancel_token

logger = logging.getLogger(__name__)

CONFIRMED, WAITING, PROMOTED = "confirmed", "waiting", "promoted"


@dataclass(frozen=True)
class RegistrationEmail:
    registration: Registration
    kind: str
    position: int | None = None


def status_email(registration, position=None):
    """The e-mail that tells a person where they stand: a place, or the waiting list."""
    kind = WAITING if position is not None else CONFIRMED
    return RegistrationEmail(registration, kind, position)


def promotion_email(registration):
    return RegistrationEmail(registration, PROMOTED)


def subject_for(email, page):
    if email.kind == WAITING:
        return gettext("Waiting list for %(title)s: you are number %(position)s") % {
            "title": page.title,
            "position": email.position,
        }
    if email.kind == PROMOTED:
        return gettext("A place became free: you are registered for %(title)s") % {
            "title": page.title
        }
    return gettext("Your place at %(title)s is confirmed") % {"title": page.title}


def event_page_of(registration):
    """The page the person registered on and its address, or, if it has since been
    unpublished, a published translation: the links in the e-mail must lead somewhere."""
    page = registration.event
    url = absolute_page_url(page) if page.live else None
    if url is None:
        for translation_page in EventPage.objects.live().filter(
            translation_key=registration.event_key
        ):
            url = absolute_page_url(translation_page)
            if url is not None:
                return translation_page, url
    return page, url


def build_message(email):
    """The message for one registration, rendered in its language."""
    from events.calendar import event_ics

    registration = email.registration
    page, page_url = event_page_of(registration)
    cancel_url = page_url + page.reverse_subpage(
        "cancel", kwargs={"token": cancel_token(registration)}
    )
    with translation.override(registration.language):
        context = {
            "registration": registration,
            "page": page,
            "page_url": page_url,
            "cancel_url": cancel_url,
            "position": email.position,
            "language": registration.language,
            "site_url": european_root_url() + f"/{registration.language}/",
        }
        template = f"events/email/registration_{email.kind}"
        message = EmailMultiAlternatives(
            subject=subject_for(email, page),
            body=render_to_string(f"{template}.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[registration.email],
        )
        message.attach_alternative(render_to_string(f"{template}.html", context), "text/html")
    if email.kind != WAITING:
        message.attach(f"{page.slug}.ics", event_ics(page, page_url), "text/calendar")
    return message


def send_registration_emails(emails):
    """Send, and log rather than fail: the registrations are stored whatever the mail does."""
    messages = [build_message(email) for email in emails]
    if not messages:
        return
    try:
        get_connection().send_messages(messages)
    except (smtplib.SMTPException, OSError):
        logger.exception("Could not send %d event registration e-mails.", len(messages))
