"""The e-mails of an application: to those who decide, to the applicant, to a contributor.

Those who decide read theirs in their network's national language (English for the
European team), applicants and contributors in the language they applied in. Every e-mail
goes to one address, so nobody learns another person's address.
"""

import logging
import smtplib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext

from membership.models import ApplicationStatus
from national_sites.setup import COORDINATORS_GROUP

logger = logging.getLogger(__name__)


def admin_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def application_admin_url(application):
    return admin_url(reverse("membership_applications:inspect", args=[application.pk]))


def country_of(network):
    return next((c for c in settings.NETWORK.countries if c.code == network), None)


def addresses_of(group_name):
    User = get_user_model()
    return list(
        User.objects.filter(groups__name=group_name, is_active=True)
        .exclude(email="")
        .order_by("email")
        .values_list("email", flat=True)
        .distinct()
    )


def deciders(network):
    """Who decides on an application to `network`: (addresses, their language, team name).

    The national moderators; the coordinators where the country has no national network or
    its moderators have no e-mail address.
    """
    country = country_of(network)
    if country is not None:
        addresses = addresses_of(country.moderators_group)
        if addresses:
            return addresses, country.language, country.network_name
    return addresses_of(COORDINATORS_GROUP), settings.NETWORK.language, settings.NETWORK.name


def message(to, language, subject, template, context):
    with translation.override(language):
        body = render_to_string(f"membership/emails/{template}.txt", context)
        return EmailMessage(
            subject=str(subject), body=body, from_email=settings.DEFAULT_FROM_EMAIL, to=[to]
        )


def send(messages):
    """Send, and log rather than fail: what was stored stays stored, and the admin lists it."""
    try:
        get_connection().send_messages(messages)
    except (smtplib.SMTPException, OSError):
        logger.exception("Could not send %d membership e-mails.", len(messages))


def application_received(application):
    """Tell those who decide about a new application, and thank the applicant."""
    addresses, language, team = deciders(application.network)
    if not addresses:
        logger.warning("Nobody to tell about membership application %s.", application.pk)
    context = {
        "application": application,
        "team": team,
        "url": application_admin_url(application),
    }
    with translation.override(language):
        subject = gettext("New application to join the network: %(organisation)s") % {
            "organisation": application.organisation
        }
        context["country"] = application.country.name
        context["kind"] = application.get_kind_display()
    messages = [
        message(to, language, subject, "application_received", context) for to in addresses
    ]

    with translation.override(application.language):
        subject = gettext("We have received your application to join the SmartEnCity Network")
    messages.append(
        message(
            application.email,
            application.language,
            subject,
            "application_acknowledged",
            {"application": application, "team": team},
        )
    )
    send(messages)


def application_decided(application, applicant_message=""):
    """Tell the applicant the decision, in the language they applied in.

    The acknowledgement promised them an answer by e-mail. The moderator's note stays in
    the history; only `applicant_message` is meant for the applicant.
    """
    _addresses, _language, team = deciders(application.network)
    accepted = application.status == ApplicationStatus.ACCEPTED
    with translation.override(application.language):
        if accepted:
            subject = gettext("Welcome to the SmartEnCity Network")
        else:
            subject = gettext("Your application to join the SmartEnCity Network")
    context = {
        "application": application,
        "team": team,
        "applicant_message": applicant_message.strip(),
    }
    template = "application_accepted" if accepted else "application_rejected"
    send([message(application.email, application.language, subject, template, context)])


def contributor_invited(application, user):
    """Invite the city's contributor, with a link to set a password if they have none."""
    city = application.city_page
    context = {
        "application": application,
        "city": city,
        "user": user,
        "edit_url": admin_url(reverse("wagtailadmin_pages:edit", args=[city.pk])),
        "days": max(1, settings.PASSWORD_RESET_TIMEOUT // 86400),
    }
    if not user.has_usable_password():
        context["password_url"] = admin_url(
            reverse(
                "wagtailadmin_password_reset_confirm",
                kwargs={
                    "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                    "token": default_token_generator.make_token(user),
                },
            )
        )
    with translation.override(application.language):
        subject = gettext("You are invited to complete the page of %(city)s") % {
            "city": city.title
        }
    send([message(user.email, application.language, subject, "contributor_invited", context)])
