from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.permissions import register_permission_policy

from events import admin_views
from events.models import EventPage, Invitation, Registration

for model in (Registration, Invitation):
    register_permission_policy(model, admin_views.OrganisersPolicy(model), exact_class=True)


class RegistrationViewSet(ModelViewSet):
    """Each organiser's registrations, by event and status, to read and export."""

    model = Registration
    icon = "group"
    menu_label = _("Registrations")
    index_view_class = admin_views.RegistrationIndexView
    inspect_view_class = admin_views.RegistrationInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "name",
        "organisation",
        "email",
        "event",
        "status",
        "language",
        "registered_at",
    ]
    filterset_class = admin_views.RegistrationFilterSet
    search_fields = ["name", "organisation", "email"]
    # Plain database lookups: registrations are personal data, kept out of the search index.
    search_backend_name = None
    list_export = list(admin_views.EXPORT_VALUES)
    inspect_view_fields = [
        "name",
        "organisation",
        "city",
        "country",
        "email",
        "event",
        "language",
        "status",
        "registered_at",
        "confirmed_at",
        "cancelled_at",
    ]
    # Wagtail builds the edit views even though the policy refuses them to everybody.
    form_fields = ["name"]
    name = "events_registrations"

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("cancel/<int:pk>/", admin_views.cancel_registration_view, name="cancel")
        ]


class InvitationViewSet(ModelViewSet):
    """The invitations and reminders sent for the organiser's events, with their counts."""

    model = Invitation
    icon = "mail"
    menu_label = _("Invitations sent")
    index_view_class = admin_views.InvitationIndexView
    copy_view_enabled = False
    list_display = [
        "title",
        "kind",
        "started_by",
        "started_at",
        "finished_at",
        "recipients",
        "sent",
        "skipped",
        "failed",
    ]
    list_filter = ["kind"]
    ordering = ["-started_at"]
    form_fields = ["title"]
    name = "events_invitations"


class EventsAdminGroup(ViewSetGroup):
    menu_label = _("Events")
    menu_icon = "date"
    menu_order = 225
    items = (RegistrationViewSet, InvitationViewSet)


@hooks.register("register_admin_viewset")
def register_events_admin():
    return EventsAdminGroup()


@hooks.register("register_admin_urls")
def register_send_invitation_url():
    return [
        path(
            "events/invite/<int:page_id>/",
            admin_views.send_invitation_view,
            name="events_send_invitation",
        )
    ]


def invitation_button(page, user, priority):
    if page.specific_class is not EventPage or not page.live:
        return None
    if not admin_views.organises(user, page):
        return None
    return Button(
        _("Send invitation"),
        reverse("events_send_invitation", args=[page.pk]),
        icon_name="mail",
        priority=priority,
    )


def registrations_button(page, user, priority):
    if page.specific_class is not EventPage or not admin_views.organises(user, page):
        return None
    return Button(
        _("Registrations"),
        admin_views.registrations_url(page),
        icon_name="group",
        priority=priority,
    )


@hooks.register("register_page_header_buttons")
def event_header_buttons(page, user, view_name, next_url=None):
    for button in (
        invitation_button(page, user, priority=76),
        registrations_button(page, user, priority=77),
    ):
        if button:
            yield button


@hooks.register("register_page_listing_more_buttons")
def invitation_listing_button(page, user, next_url=None):
    button = invitation_button(page, user, priority=71)
    if button:
        yield button
