"""Signed links for confirming a subscription and for unsubscribing.

The confirmation link carries the choices made in the form, so nothing an unconfirmed
visitor typed changes a stored subscription. The unsubscribe link carries the address, so
every e-mail, even the first confirmation, can carry one.
"""

from django.conf import settings
from django.core import signing

CONFIRM_SALT = "bulletins.confirm"
UNSUBSCRIBE_SALT = "bulletins.unsubscribe"


class InvalidLink(Exception):
    """The link was changed, or it is older than it may be."""

    def __init__(self, expired=False):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


def _load(token, salt, max_age):
    try:
        return signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired:
        raise InvalidLink(expired=True) from None
    except signing.BadSignature:
        raise InvalidLink() from None


def confirmation_token(email, language, lists):
    return signing.dumps({"e": email, "l": language, "s": lists}, salt=CONFIRM_SALT)


def read_confirmation_token(token):
    data = _load(token, CONFIRM_SALT, settings.BULLETINS_CONFIRM_MAX_AGE)
    if not isinstance(data, dict) or not {"e", "l", "s"} <= data.keys():
        raise InvalidLink()
    return data["e"], data["l"], data["s"]


def unsubscribe_token(email):
    return signing.dumps({"e": email}, salt=UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token):
    data = _load(token, UNSUBSCRIBE_SALT, settings.BULLETINS_UNSUBSCRIBE_MAX_AGE)
    if not isinstance(data, dict) or "e" not in data:
        raise InvalidLink()
    return data["e"]
