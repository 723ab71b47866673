from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from bulletins import admin_views
from bulletins.models import BulletinPage, Mailing, NewsletterPage


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Mailings are a record of what was sent: nobody adds, edits or deletes them."""

    def user_has_permission(self, user, action):
        if action in {"add", "change", "delete"}:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(Mailing, ReadOnlyPolicy(Mailing), exact_class=True)


class MailingViewSet(ModelViewSet):
    model = Mailing
    icon = "mail"
    menu_label = _("Mailings")
    menu_order = 220
    add_to_admin_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "title",
        "subscription_list",
        "started_by",
        "started_at",
        "finished_at",
        "recipients",
        "sent",
        "skipped",
        "failed",
    ]
    # Wagtail builds the edit views even though the policy refuses them to everybody.
    form_fields = ["title"]
    list_filter = ["subscription_list"]
    ordering = ["-started_at"]
    name = "bulletins_mailing"


mailing_viewset = MailingViewSet()


@hooks.register("register_admin_viewset")
def register_mailing_viewset():
    return mailing_viewset


@hooks.register("register_admin_urls")
def register_send_issue_url():
    return [
        path(
            "bulletins/send/<int:page_id>/",
            admin_views.send_issue,
            name="bulletins_send_issue",
        )
    ]


def send_button(page, user, priority):
    if not (page.live and admin_views.can_send(user)):
        return None
    if page.specific_class not in (BulletinPage, NewsletterPage):
        return None
    return Button(
        _("Send to subscribers"),
        reverse("bulletins_send_issue", args=[page.pk]),
        icon_name="mail",
        priority=priority,
    )


@hooks.register("register_page_header_buttons")
def send_issue_header_button(page, user, view_name, next_url=None):
    button = send_button(page, user, priority=75)
    if button:
        yield button


@hooks.register("register_page_listing_more_buttons")
def send_issue_listing_button(page, user, next_url=None):
    button = send_button(page, user, priority=70)
    if button:
        yield button
