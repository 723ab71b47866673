"""The e-mail that brings a city the link to its check-up report, in the visitor's language."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

from bulletins.links import absolute_page_url, european_root_url
from checkup.tokens import sign_report


def report_path(page, submission):
    """The report's address below the check-up page, with its signed token."""
    return page.reverse_subpage("report", kwargs={"signed": sign_report(submission.token)})


def absolute_report_url(page, submission):
    page_address = absolute_page_url(page)
    return page_address + report_path(page, submission) if page_address else None


def send_report_link(page, submission):
    """Send the contact the report's lasting link; `page` is the check-up it was taken on."""
    with translation.override(submission.language):
        context = {
            "language": submission.language,
            "city_name": submission.city_name,
            "report_url": absolute_report_url(page, submission),
            "checkup_title": page.title,
            "site_url": f"{european_root_url()}/{submission.language}/",
        }
        subject = gettext("The check-up report of %(city)s") % {"city": submission.city_name}
        message = EmailMultiAlternatives(
            subject=subject,
            body=render_to_string("checkup/emails/report_link.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[submission.email],
        )
        message.attach_alternative(
            render_to_string("checkup/emails/report_link.html", context), "text/html"
        )
    message.send()
