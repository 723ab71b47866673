"""The signed part of a report's address.

A report is found by its submission's random token; the signature over it means a link can
only come from us, so a guessed or altered address finds nothing. The link has no expiry:
a city's report stays readable for as long as the submission is kept, and the signature
keeps working through a key rotation while the old key is in SECRET_KEY_FALLBACKS.

Wagtail serves page addresses made of letters, digits, "_" and "-" only, and the signer
joins token and signature with ":", so the signed value travels base64-encoded.
"""

from django.core import signing
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode

REPORT_SALT = "checkup.report"


def sign_report(token):
    return urlsafe_base64_encode(signing.Signer(salt=REPORT_SALT).sign(token).encode())


def read_report_signature(signed):
    """The submission token of a signed report link, or None when the link is not ours."""
    try:
        return signing.Signer(salt=REPORT_SALT).unsign(urlsafe_base64_decode(signed).decode())
    except (ValueError, signing.BadSignature):
        return None
