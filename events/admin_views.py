"""The organisers' side of events in the admin: the registrations, and sending invitations.

An event's organisers are the people who may edit its page in every language it has: the
national network's editors and moderators for their own site's events, and the network
coordinators (and superusers) for every event. A translator, who edits only the translated
trees, organises nothing. Nobody needs a permission of its own for this: it follows the page
permissions that the set-up command gives each group. For everyone else a registration does
not exist: its listing, filter, export and detail pages behave as if it were not there.
Organisers may cancel a registration for someone who asks them to; the waiting list then
moves up as when people cancel themselves.
"""

import datetime

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Min
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.widgets import Button
from wagtail.permission_policies import BasePermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

import django_filters
from django_tasks import TaskResultStatus

from events.invitations import event_network, invitation_recipients, send_invitation
from events.models import (
    EventPage,
    Invitation,
    InvitationDelivery,
    InvitationKind,
    Registration,
    RegistrationStatus,
)
from events.registration import cancel
from solutions.views import spreadsheet_safe

# Who organises what ---------------------------------------------------------------------


def organises_every_event(user):
    """Superusers, and whoever may edit the whole page tree: the network coordinators."""
    if user.is_superuser:
        return True
    # Wagtail keeps the user's page permissions on the user: the admin menu has read them.
    return any(
        grant.page.is_root() and grant.permission.codename == "change_page"
        for grant in PagePermissionPolicy().get_cached_permissions_for_user(user)
    )


def organised_events(user):
    """The event pages the user may edit in every language the event has."""
    if not (user.is_authenticated and user.is_active):
        return EventPage.objects.none()
    if organises_every_event(user):
        return EventPage.objects.all()
    editable = PagePermissionPolicy(EventPage).instances_user_has_permission_for(user, "change")
    not_editable = EventPage.objects.filter(
        translation_key__in=editable.values("translation_key")
    ).exclude(pk__in=editable.values("pk"))
    return editable.exclude(translation_key__in=not_editable.values("translation_key"))


def organised_event_keys(user):
    return organised_events(user).values("translation_key")


def organises_any_event(user):
    """Whether the user organises an event; the coordinators always do, even before the
    first event exists, so that the admin menu costs them no query."""
    if not (user.is_authenticated and user.is_active):
        return False
    if organises_every_event(user):
        return True
    # The admin menu asks on every page; the answer is kept on the request's user.
    if not hasattr(user, "_organises_any_event"):
        user._organises_any_event = organised_events(user).exists()
    return user._organises_any_event


def organises(user, event):
    return organised_events(user).filter(pk=event.pk).exists()


class OrganisersPolicy(BasePermissionPolicy):
    """Organisers see their events' records (registrations, invitations sent) by the
    event's key. Registrations are made by the participants and given up through the cancel
    action, invitations recorded by sending them: nobody adds, edits or deletes either here."""

    def user_has_permission(self, user, action):
        return action == "view" and organises_any_event(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return get_user_model().objects.none()
        return PagePermissionPolicy().users_with_permission("change")

    def user_has_permission_for_instance(self, user, action, instance):
        return (
            self.user_has_permission(user, action)
            and self.instances_user_has_permission_for(user, action)
            .filter(pk=instance.pk)
            .exists()
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if "view" not in actions:
            return self.model.objects.none()
        return self.model.objects.filter(event_key__in=organised_event_keys(user))


def visible_registrations(user):
    return OrganisersPolicy(Registration).instances_user_has_permission_for(user, "view")


class InvitationIndexView(IndexView):
    def get_base_queryset(self):
        return (
            OrganisersPolicy(Invitation)
            .instances_user_has_permission_for(self.request.user, "view")
            .select_related("started_by")
        )


# The registrations listing ----------------------------------------------------------------


def event_choices(request):
    """One entry per organised event (its oldest version, usually the original), newest first."""
    keys = organised_event_keys(request.user)
    originals = (
        EventPage.objects.filter(translation_key__in=keys)
        .values("translation_key")
        .annotate(first=Min("pk"))
        .values("first")
    )
    return EventPage.objects.filter(pk__in=originals).order_by("-starts_at", "pk")


def registrations_url(event):
    """The registrations listing, filtered to the event (whichever version it is)."""
    original = EventPage.objects.filter(translation_key=event.translation_key).aggregate(
        first=Min("pk")
    )["first"]
    return f"{reverse('events_registrations:index')}?event={original}"


class EventChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.title} ({obj.local_starts_at:%Y-%m-%d})"


class EventFilter(django_filters.ModelChoiceFilter):
    field_class = EventChoiceField


class RegistrationFilterSet(WagtailFilterSet):
    """The event filter offers the user's own events only: another site's event id in the
    query string is an invalid choice, and the listing stays as it was."""

    event = EventFilter(
        label=gettext_lazy("Event"),
        queryset=event_choices,
        method="filter_event",
        empty_label=gettext_lazy("All events"),
    )
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        choices=RegistrationStatus.choices,
        empty_label=gettext_lazy("Any status"),
    )

    class Meta:
        model = Registration
        fields = []

    def filter_event(self, queryset, name, value):
        # Registrations made on any of the event's translations count for the event.
        return queryset.filter(event_key=value.translation_key)


# The exported columns, as they read in a spreadsheet.
EXPORT_VALUES = {
    "name": lambda r: spreadsheet_safe(r.name),
    "organisation": lambda r: spreadsheet_safe(r.organisation),
    "city": lambda r: spreadsheet_safe(r.city),
    "country": lambda r: r.country.name,
    "email": lambda r: spreadsheet_safe(r.email),
    "event": lambda r: spreadsheet_safe(r.event.title),
    "language": lambda r: r.get_language_display(),
    "status": lambda r: r.get_status_display(),
    "registered_at": lambda r: r.registered_at,
    "confirmed_at": lambda r: r.confirmed_at,
    "cancelled_at": lambda r: r.cancelled_at,
}


class RegistrationIndexView(IndexView):
    def get_base_queryset(self):
        return visible_registrations(self.request.user).select_related("event")

    def to_row_dict(self, item):
        return {field: EXPORT_VALUES[field](item) for field in self.list_export}

    def get_filename(self):
        return f"event-registrations-{datetime.date.today():%Y-%m-%d}"


class RegistrationInspectView(InspectView):
    def get_object(self, queryset=None):
        # Wagtail looks the object up before it checks the permission: check it first, so
        # that someone who organises nothing is told so.
        if not self.user_has_permission("view"):
            raise PermissionDenied
        # Another site's registration does not exist for this user.
        return get_object_or_404(
            visible_registrations(self.request.user).select_related("event"),
            pk=self.pk,
        )

    def get_country_display_value(self):
        return self.object.country.name

    def get_event_display_value(self):
        return self.object.event.title

    @cached_property
    def header_more_buttons(self):
        buttons = super().header_more_buttons
        if self.object.status != RegistrationStatus.CANCELLED:
            buttons.append(
                Button(
                    _("Cancel the registration"),
                    url=reverse("events_registrations:cancel", args=[self.object.pk]),
                    icon_name="cross",
                    priority=30,
                )
            )
        return buttons


def cancel_registration_view(request, pk):
    """Give up a registration's place for its holder (who asked the organisers to); the
    first on the waiting list move up and hear so, as when people cancel themselves."""
    if not organises_any_event(request.user):
        raise PermissionDenied
    registration = get_object_or_404(
        visible_registrations(request.user).select_related("event"), pk=pk
    )
    inspect_url = reverse("events_registrations:inspect", args=[registration.pk])
    if registration.status == RegistrationStatus.CANCELLED:
        messages.info(
            request,
            _("The registration of %(name)s was already cancelled.") % {"name": registration.name},
        )
        return redirect(inspect_url)
    if request.method != "POST":
        context = {
            "registration": registration,
            "page_title": _("Cancel the registration"),
            "page_subtitle": str(registration),
            "header_icon": "group",
            "inspect_url": inspect_url,
        }
        return TemplateResponse(request, "events/admin/cancel_registration.html", context)

    outcome = cancel(registration, registration.event)
    message = _("The registration of %(name)s is cancelled.") % {"name": registration.name}
    if outcome.promoted:
        message += " " + ngettext(
            "%(count)s person moved up from the waiting list and was told by e-mail.",
            "%(count)s people moved up from the waiting list and were told by e-mail.",
            len(outcome.promoted),
        ) % {"count": len(outcome.promoted)}
    messages.success(request, message)
    return redirect(inspect_url)


# Sending an invitation ----------------------------------------------------------------------


def may_invite(user, page):
    return page.live and organises(user, page)


def send_invitation_view(request, page_id):
    """Confirm, then start sending the event's invitation in the background."""
    page = get_object_or_404(EventPage, pk=page_id)
    if not organises(request.user, page):
        raise PermissionDenied
    recipients = invitation_recipients(page)
    subscribers = sum(1 for recipient in recipients if recipient.subscriber)
    already = InvitationDelivery.objects.filter(
        event_key=page.translation_key,
        kind=InvitationKind.INVITATION,
        email__in=[recipient.address_key for recipient in recipients],
    ).count()
    context = {
        "page": page,
        "recipients": len(recipients),
        "subscribers": subscribers,
        "contacts": len(recipients) - subscribers,
        "national": bool(event_network(page)),
        "already": already,
        "page_title": _("Send the invitation"),
        "page_subtitle": page.get_admin_display_title(),
        "header_icon": "mail",
        "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
    }
    if not page.live:
        context["refusal"] = _(
            "This event is not published. Publish it first: an invitation can only bring "
            "people to a page they can read on the site."
        )
        return TemplateResponse(request, "events/admin/send_invitation.html", context, status=400)
    if request.method != "POST":
        return TemplateResponse(request, "events/admin/send_invitation.html", context)

    invitation = Invitation.objects.create(
        event=page,
        event_key=page.translation_key,
        kind=InvitationKind.INVITATION,
        title=page.title,
        started_by=request.user,
        recipients=len(recipients),
    )
    result = send_invitation.enqueue(invitation.pk)
    if result.status == TaskResultStatus.FAILED:
        messages.error(
            request,
            _(
                "Sending the invitation to “%(title)s” stopped with an error. Sending it again "
                "skips those who already received it."
            )
            % {"title": page.title},
        )
    else:
        messages.success(
            request,
            ngettext(
                "The invitation to “%(title)s” is being sent to %(count)s person.",
                "The invitation to “%(title)s” is being sent to %(count)s people.",
                len(recipients),
            )
            % {"title": page.title, "count": len(recipients)},
        )
    return redirect("events_invitations:index")
