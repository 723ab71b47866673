"""Registering for an event and giving the place up: the form, the places and the waiting list.

An event's translations are one event with one set of places. Every change to its
registrations happens while the event's page rows (all its translations) are locked, so
two people racing for the last place are counted one after the other and never both get
it. In the same locked section the waiting list moves up into any free place, whether it
was freed by a cancellation or by an editor raising the number of places.
"""

from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.http import HttpResponseNotAllowed
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from django_countries import countries

from events import mail
from events.models import EventPage, Registration, RegistrationStatus
from events.tokens import InvalidCancelLink, read_cancel_token
from home.forms import HoneypotForm
from home.locales import language_of
from home.ratelimit import too_many_attempts

CLOSED, STARTED, ENDED = "closed", "started", "ended"


class RegistrationForm(HoneypotForm, forms.ModelForm):
    """A visitor's registration, on the event's `register/` page.

    The hidden `event` field holds the event's translation key: a form sent for one event
    to another event's address is refused rather than registered for the wrong one.
    """

    event = forms.UUIDField(widget=forms.HiddenInput)

    class Meta:
        model = Registration
        fields = ["name", "organisation", "city", "country", "email"]
        labels = {
            "name": _("Your name"),
            "organisation": _("Organisation"),
            "city": _("City"),
            "country": _("Country"),
            "email": _("E-mail address"),
        }
        # Most messages are those of the join form: one wording, already translated.
        error_messages = {
            "name": {
                "required": _("Enter your name."),
                "max_length": _("Enter a name of at most 120 characters."),
            },
            "organisation": {
                "required": _("Enter the name of your city or organisation."),
                "max_length": _("Enter a name of at most 200 characters."),
            },
            "city": {
                "required": _("Enter the city you work in."),
                "max_length": _("Enter a name of at most 120 characters."),
            },
            "country": {
                "required": _("Choose your country."),
                "invalid_choice": _("Choose your country from the list."),
            },
            "email": {
                "required": _("Enter your e-mail address."),
                "invalid": _("Enter a valid e-mail address, such as name@example.org."),
                "max_length": _("Enter an e-mail address of at most 254 characters."),
            },
        }

    def __init__(self, *args, page, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        self.fields["event"].initial = page.translation_key
        # Sorted by the country names of the visitor's language.
        self.fields["country"].choices = [("", _("Choose a country")), *countries]
        for name, autocomplete in (
            ("name", "name"),
            ("organisation", "organization"),
            ("city", "address-level2"),
            ("country", "country"),
            ("email", "email"),
        ):
            self.fields[name].widget.attrs["autocomplete"] = autocomplete

    @property
    def is_for_another_event(self):
        return "event" in self.errors

    def clean_event(self):
        if self.cleaned_data["event"] != self.page.translation_key:
            raise forms.ValidationError("another event", code="another_event")
        return self.cleaned_data["event"]

    def clean_email(self):
        # One address is one registration however it was typed.
        return self.cleaned_data["email"].strip().lower()

    def clean(self):
        cleaned_data = super().clean()
        if self.is_trapped:
            raise forms.ValidationError(
                _(
                    "You are not registered yet: the field “Leave this field empty” was "
                    "filled in, as spam robots do. Empty it and send the form again."
                ),
                code="trapped",
            )
        return cleaned_data


# The places and the waiting list.


@dataclass
class Outcome:
    """What a registration or cancellation did: the person's registration, where they stand
    on the waiting list, whether nothing changed, and who moved up into a free place."""

    registration: Registration
    position: int | None = None
    unchanged: bool = False
    promoted: list[Registration] = field(default_factory=list)


def lock_event(event_key):
    """Lock the rows of the event's pages, in one order, until the transaction ends.

    Each translation's row is locked, because a registration may come through any of them,
    and an editor publishing a new number of places waits for the count in progress.
    """
    list(
        Page.objects.select_for_update()
        .filter(translation_key=event_key)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def places_of(page):
    """The event's number of places, as last published in any of its languages.

    `capacity` is synchronised across translations, but a translation copies it only when it
    is synced; until then the latest publication is what the editor decided.
    """
    capacity = (
        EventPage.objects.filter(translation_key=page.translation_key, live=True)
        .order_by(F("last_published_at").desc(nulls_last=True), "pk")
        .values_list("capacity", flat=True)
        .first()
    )
    return page.capacity if capacity is None else capacity


def registrations_of(event_key):
    return Registration.objects.filter(event_key=event_key)


def waiting_position(registration):
    if registration.status != RegistrationStatus.WAITING:
        return None
    ahead = registrations_of(registration.event_key).filter(
        Q(registered_at__lt=registration.registered_at)
        | Q(registered_at=registration.registered_at, pk__lt=registration.pk),
        status=RegistrationStatus.WAITING,
    )
    return ahead.count() + 1


def promote_waiting(event_key, capacity, now):
    """Give the free places, if any, to the first on the waiting list; returns them."""
    registrations = registrations_of(event_key)
    free = capacity - registrations.filter(status=RegistrationStatus.CONFIRMED).count()
    if free <= 0:
        return []
    promoted = list(
        registrations.filter(status=RegistrationStatus.WAITING)
        .select_related("event")
        .order_by("registered_at", "pk")[:free]
    )
    for registration in promoted:
        registration.status = RegistrationStatus.CONFIRMED
        registration.confirmed_at = now
    Registration.objects.bulk_update(promoted, ["status", "confirmed_at"])
    return promoted


def register(page, data):
    """Register the person described by `data` (the form's cleaned data) for the event.

    They get a place if one is free and nobody is waiting for it, else the end of the
    waiting list. An address already registered, or waiting, keeps its registration and is
    sent its e-mail again; an address that had cancelled registers again, at the end.
    """
    event_key = page.translation_key
    with transaction.atomic():
        lock_event(event_key)
        now = timezone.now()
        capacity = places_of(page)
        promoted = promote_waiting(event_key, capacity, now)
        registration = registrations_of(event_key).filter(email__iexact=data["email"]).first()
        unchanged = (
            registration is not None and registration.status != RegistrationStatus.CANCELLED
        )
        if not unchanged:
            registration = registration or Registration(event_key=event_key)
            for name in ("name", "organisation", "city", "country", "email"):
                setattr(registration, name, data[name])
            registration.event = page
            registration.language = language_of(page.locale_id) or settings.LANGUAGE_CODE
            registration.registered_at = now
            registration.cancelled_at = None
            confirmed = registrations_of(event_key).filter(status=RegistrationStatus.CONFIRMED)
            if confirmed.count() < capacity:
                registration.status = RegistrationStatus.CONFIRMED
                registration.confirmed_at = now
            else:
                registration.status = RegistrationStatus.WAITING
                registration.confirmed_at = None
            registration.save()
        outcome = Outcome(
            registration=registration,
            position=waiting_position(registration),
            unchanged=unchanged,
            promoted=promoted,
        )
    if not unchanged or promoted:
        forget_counts(event_key)
    mail.send_registration_emails(
        [mail.status_email(registration, outcome.position), *map(mail.promotion_email, promoted)]
    )
    return outcome


def cancel(registration, page):
    """Give up the registration's place (or its place on the waiting list).

    The first on the waiting list move up into any place that is now free, and hear so.
    """
    event_key = registration.event_key
    with transaction.atomic():
        lock_event(event_key)
        now = timezone.now()
        registration = Registration.objects.select_related("event").get(pk=registration.pk)
        unchanged = registration.status == RegistrationStatus.CANCELLED
        if not unchanged:
            registration.status = RegistrationStatus.CANCELLED
            registration.cancelled_at = now
            registration.save(update_fields=["status", "cancelled_at"])
        promoted = promote_waiting(event_key, places_of(page), now)
    if not unchanged or promoted:
        forget_counts(event_key)
    mail.send_registration_emails([mail.promotion_email(r) for r in promoted])
    return Outcome(registration=registration, unchanged=unchanged, promoted=promoted)


def forget_counts(event_key):
    """The event's pages show its free places: drop what the page cache keeps of them."""
    from events.listing import forget_event_counts

    forget_event_counts(event_key)


# The views, reached through EventPage's routes.


def refusal(page, now=None):
    """Why the event takes no registrations (CLOSED, STARTED or ENDED), or None."""
    now = now or timezone.now()
    if not page.is_upcoming(now):
        return ENDED
    if page.has_started(now):
        return STARTED
    if not page.registration_open:
        return CLOSED
    return None


def render(page, request, template, context=None, status=200):
    response = page.render(request, template=template, context_overrides=context or {})
    response.status_code = status
    # The form carries the visitor's own CSRF token, and the answers speak of one person.
    add_never_cache_headers(response)
    return response


def register_view(page, request):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    reason = refusal(page)
    if reason:
        # A closed event may open again; one that has begun will not.
        status = 200 if reason == CLOSED else 410
        return render(page, request, "events/register_closed.html", {"reason": reason}, status)
    status = 200
    if request.method == "POST":
        limit = settings.EVENTS_REGISTRATION_RATE_LIMIT
        window = settings.EVENTS_REGISTRATION_RATE_WINDOW
        if too_many_attempts(request, "event-registration", limit, window):
            minutes = max(1, window // 60)
            return render(
                page, request, "bulletins/too_many_attempts.html", {"minutes": minutes}, 429
            )
        form = RegistrationForm(request.POST, page=page)
        if form.is_valid():
            outcome = register(page, form.cleaned_data)
            return render(
                page,
                request,
                "events/register_done.html",
                {"outcome": outcome, "email": form.cleaned_data["email"]},
            )
        if form.is_for_another_event:
            return render(page, request, "events/register_refused.html", status=400)
        status = 400
    else:
        form = RegistrationForm(page=page)
    return render(page, request, "events/register.html", {"form": form}, status)


def registration_for_token(page, token):
    """The registration the cancel link was sent for, if it is a link for this event."""
    registration_id, event_key, email = read_cancel_token(token)
    if event_key != page.translation_key.hex:
        raise InvalidCancelLink()
    registration = registrations_of(page.translation_key).filter(pk=registration_id).first()
    if registration is None or registration.email.lower() != email:
        raise InvalidCancelLink()
    return registration


def cancel_view(page, request, token):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    try:
        registration = registration_for_token(page, token)
    except InvalidCancelLink:
        return render(page, request, "events/cancel_invalid.html", status=400)
    if registration.status == RegistrationStatus.CANCELLED:
        return render(page, request, "events/cancel_done.html", {"already": True})
    if page.has_started():
        return render(page, request, "events/cancel_closed.html", status=410)
    # Mail systems open links to scan them: only the button's POST gives the place up.
    if request.method == "POST":
        outcome = cancel(registration, page)
        return render(page, request, "events/cancel_done.html", {"already": outcome.unchanged})
    context = {
        "registration": registration,
        "position": waiting_position(registration),
    }
    return render(page, request, "events/cancel.html", context)
