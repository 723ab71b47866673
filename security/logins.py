"""Limits on failed sign-ins, through django-axes.

An account is locked on one address after `AXES_FAILURE_LIMIT` failures, so a stranger who
guesses at an editor's password does not lock the editor out everywhere else. An address is
locked for every account after `AXES_IP_FAILURE_LIMIT` failures, so one machine cannot try a
few passwords on each of many accounts. Both locks last `AXES_COOLOFF_TIME`, or until a
network coordinator clears them (security.views) or `manage.py axes_reset` runs.
"""

from django.conf import settings
from django.db.models import Sum
from django.shortcuts import render

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_cool_off, get_failure_limit
from axes.models import AccessAttempt

# AccountAndAddressHandler reads the two counts in this order.
LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]


def client_ip_address(request):
    """The visitor's address. Behind `TRUSTED_PROXY_COUNT` proxies of our own, it is the one
    the outermost of them saw, which each proxy appends to X-Forwarded-For; without them, or
    when the header is shorter than that, it is the address the connection came from."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        forwarded = [address.strip() for address in forwarded if address.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")


def client_username(request, credentials=None):
    """The name a sign-in was tried with, as axes records it: cut to the length its table holds.

    Django's sign-in form does not limit the length of the name server-side, so without this
    a name longer than the column turned a failed sign-in into a database error. Cut, it is
    an ordinary failure, counted like any other.
    """
    field = settings.AXES_USERNAME_FORM_FIELD
    source = credentials if credentials else getattr(request, "data", request.POST)
    username = source.get(field)
    if not isinstance(username, str):
        return username
    return username[: AccessAttempt._meta.get_field("username").max_length]


class AccountAndAddressHandler(AxesDatabaseHandler):
    """Axes' database handler with a higher limit for an address than for an account on it.

    Axes compares every lockout parameter with one limit; reaching the address's own limit
    here counts as reaching the account limit.
    """

    def get_failures(self, request, credentials=None):
        per_account, per_address = (
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        if per_address >= settings.AXES_IP_FAILURE_LIMIT:
            return max(per_account, get_failure_limit(request, credentials))
        return per_account


def lockout_response(request, original_response=None, credentials=None):
    """A page in the visitor's language that says what happened and what to do."""
    cool_off = get_cool_off(request)
    # Rendered here: axes returns this from its middleware, where a TemplateResponse would
    # never be rendered.
    return render(
        request,
        "security/locked_out.html",
        {"cool_off_minutes": int(cool_off.total_seconds() // 60) if cool_off else None},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
