"""The e-mails of the subscription: confirmation and issues, each in the reader's language.

Every e-mail is plain text with an HTML alternative, and carries a one-click unsubscribe
link in its body and in the List-Unsubscribe headers (RFC 8058).
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

from bulletins.links import absolute_page_url, absolute_reverse, european_root_url
from bulletins.tokens import confirmation_token, unsubscribe_token


def unsubscribe_url(email, language):
    return absolute_reverse("bulletins:unsubscribe", language, token=unsubscribe_token(email))


def build_message(email, language, subject, template, context):
    """A message to one address, rendered in `language`, with its unsubscribe headers."""
    with translation.override(language):
        link = unsubscribe_url(email, language)
        context = {
            **context,
            "language": language,
            "unsubscribe_url": link,
            "site_url": european_root_url() + f"/{language}/",
        }
        text = render_to_string(f"bulletins/emails/{template}.txt", context)
        html = render_to_string(f"bulletins/emails/{template}.html", context)
        message = EmailMultiAlternatives(
            subject=str(subject),
            body=text,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[email],
            headers={
                "List-Unsubscribe": f"<{link}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
        message.attach_alternative(html, "text/html")
    return message


def send_confirmation(email, language, lists):
    with translation.override(language):
        subject = gettext("Confirm your subscription to the SmartEnCity Network")
    confirm_url = absolute_reverse(
        "bulletins:confirm", language, token=confirmation_token(email, language, lists)
    )
    days = max(1, settings.BULLETINS_CONFIRM_MAX_AGE // 86400)
    message = build_message(
        email, language, subject, "confirm", {"confirm_url": confirm_url, "days": days}
    )
    message.send()


def issue_message(page, subscriber):
    """The e-mail that brings `page` (already in the subscriber's language if possible)."""
    from bulletins.models import BulletinPage

    with translation.override(subscriber.language):
        if isinstance(page, BulletinPage):
            subject = gettext("Bulletin %(number)s: %(title)s") % {
                "number": page.number,
                "title": page.title,
            }
        else:
            subject = page.title
    pdf_url = european_root_url() + page.pdf.url if page.pdf_id and page.pdf else ""
    return build_message(
        subscriber.email,
        subscriber.language,
        subject,
        "issue",
        {"page": page, "page_url": absolute_page_url(page), "pdf_url": pdf_url},
    )
