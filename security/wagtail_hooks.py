"""Admin hooks of the login protection: the lockouts view, for those who may clear them."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from security.views import LockoutsView, may_clear_lockouts


@hooks.register("register_admin_urls")
def register_lockout_urls():
    return [path("sign-in-lockouts/", LockoutsView.as_view(), name="security_lockouts")]


class LockoutsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_clear_lockouts(request.user)


@hooks.register("register_settings_menu_item")
def register_lockouts_menu_item():
    return LockoutsMenuItem(
        _("Sign-in lockouts"),
        reverse("security_lockouts"),
        name="sign-in-lockouts",
        icon_name="lock",
        order=900,
    )
