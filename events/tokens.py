"""The signed cancel link that every registration e-mail carries.

The token names the registration, the event and the address it was made with, so a link
works only on its own event's pages and only for the person it was sent to; its own salt
keeps tokens signed for other purposes (a bulletin's unsubscribe link, say) out.
It has no expiry: a place can be given up until the event begins. The signed value is
base64-encoded, because Wagtail routes only letters, digits, "_" and "-" in a page's path.
"""

from django.core import signing
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode

CANCEL_SALT = "events.cancel"


class InvalidCancelLink(Exception):
    """The link was changed, cut short, or signed for something else."""


def cancel_token(registration):
    signed = signing.dumps(
        {"r": registration.pk, "k": registration.event_key.hex, "e": registration.email.lower()},
        salt=CANCEL_SALT,
    )
    return urlsafe_base64_encode(signed.encode())


def read_cancel_token(token):
    """The registration id, event key (hex) and address the token was signed for."""
    try:
        data = signing.loads(urlsafe_base64_decode(token).decode(), salt=CANCEL_SALT)
    except (ValueError, signing.BadSignature):
        raise InvalidCancelLink() from None
    if not isinstance(data, dict) or not {"r", "k", "e"} <= data.keys():
        raise InvalidCancelLink()
    if not isinstance(data["r"], int) or not isinstance(data["k"], str):
        raise InvalidCancelLink()
    return data["r"], data["k"], data["e"]
