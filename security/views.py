"""Settings → "Sign-in lockouts": the addresses with failed sign-ins, and a way to clear them."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Max, Sum
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_cool_off
from axes.models import AccessAttempt

CLEAR_LOCKOUTS_PERMISSION = "axes.delete_accessattempt"


def may_clear_lockouts(user):
    return user.has_perm(CLEAR_LOCKOUTS_PERMISSION)


def current_attempts():
    attempts = AccessAttempt.objects.all()
    cool_off = get_cool_off()
    if cool_off:
        attempts = attempts.filter(attempt_time__gte=timezone.now() - cool_off)
    return attempts


def lockouts_by_address():
    """One row per address: the accounts tried from it, its failures, and whether it or one
    of its accounts is locked."""
    rows = {}
    per_account = (
        current_attempts()
        .values("ip_address", "username")
        .annotate(failures=Sum("failures_since_start"), last_attempt=Max("attempt_time"))
        .order_by("ip_address", "username")
    )
    for attempt in per_account:
        row = rows.setdefault(
            attempt["ip_address"],
            {
                "ip_address": attempt["ip_address"],
                "usernames": [],
                "locked_usernames": [],
                "failures": 0,
                "last_attempt": attempt["last_attempt"],
            },
        )
        row["usernames"].append(attempt["username"] or "")
        if attempt["failures"] >= settings.AXES_FAILURE_LIMIT:
            row["locked_usernames"].append(attempt["username"] or "")
        row["failures"] += attempt["failures"]
        row["last_attempt"] = max(row["last_attempt"], attempt["last_attempt"])
    for row in rows.values():
        row["address_locked"] = row["failures"] >= settings.AXES_IP_FAILURE_LIMIT
        row["locked"] = row["address_locked"] or bool(row["locked_usernames"])
    return sorted(rows.values(), key=lambda row: row["last_attempt"], reverse=True)


class LockoutsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "security/lockouts.html"
    page_title = gettext_lazy("Sign-in lockouts")
    header_icon = "lock"

    def dispatch(self, request, *args, **kwargs):
        if not may_clear_lockouts(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            rows=lockouts_by_address(),
            account_limit=settings.AXES_FAILURE_LIMIT,
            address_limit=settings.AXES_IP_FAILURE_LIMIT,
            **kwargs,
        )

    def post(self, request):
        address = request.POST.get("ip_address", "")
        cleared = AxesProxyHandler.reset_attempts(ip_address=address) if address else 0
        if cleared:
            messages.success(
                request, _("Failed sign-ins from %(address)s cleared.") % {"address": address}
            )
        else:
            messages.error(
                request,
                _("There were no failed sign-ins from %(address)s to clear.")
                % {"address": address or "?"},
            )
        return redirect("security_lockouts")
