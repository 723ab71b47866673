"""The admin of membership applications: the list, one application, and the decision.

National moderators see and decide their own country's applications only; the network
coordinators see every application, including those from countries without a national
network. Accepting a city creates its page as a draft under its national home page.
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.text import slugify
from django.utils.translation import get_language_info, gettext, gettext_lazy
from django.views.generic import FormView

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.coreutils import find_available_slug
from wagtail.log_actions import log

import django_filters
from django_countries.fields import Country

from home.locales import locale_for_language
from home.models import HomePage
from membership import contributors, notifications
from membership.forms import AcceptForm, RejectForm
from membership.models import ApplicationEvent, ApplicationStatus, MembershipApplication
from national_sites.access import restrict_to_networks
from national_sites.models import NationalHomePage
from solutions.models import CityPage, MembershipStage, Role
from solutions.stage_history import record_stage_change

CHANGE_PERMISSION = "membership.change_membershipapplication"


class AlreadyDecided(Exception):
    def __init__(self, application):
        super().__init__(application.status)
        self.application = application


def applications_for(user):
    return restrict_to_networks(MembershipApplication.objects.all(), user)


def last_decision(application):
    return (
        application.events.filter(
            action__in=[ApplicationEvent.Action.ACCEPTED, ApplicationEvent.Action.REJECTED]
        )
        .select_related("user")
        .last()
    )


def home_for(application):
    """The home page a new city stands under, in the language its national site is written in."""
    country = notifications.country_of(application.network)
    if country is None:
        return HomePage.objects.get(locale=locale_for_language(settings.NETWORK.language))
    return NationalHomePage.objects.get(
        country_code=country.code, locale=locale_for_language(country.language)
    )


def create_city_page(application, user):
    """A draft city page for the applicant, for its contributor to complete and publish."""
    parent = home_for(application)
    slug = slugify(application.organisation, allow_unicode=True)[:200] or "city"
    city = CityPage(
        title=application.organisation,
        slug=find_available_slug(parent, slug),
        country=application.country,
        role=Role.MEMBER,
        membership_stage=MembershipStage.AWARENESS,
        intro=application.motivation,
        live=False,
        owner=user,
    )
    parent.add_child(instance=city)
    log(instance=city, action="wagtail.create", user=user)
    city.save_revision(user=user, log_action=True)
    return city


@transaction.atomic
def accept_application(application_id, user, note="", contributor_email=""):
    """Accept a pending application; for a city, create its draft page and first stage.

    Returns (application, contributor or None, whether the contributor is a new user).
    Everything happens in one transaction: if a step fails, nothing is kept.
    """
    application = MembershipApplication.objects.select_for_update().get(pk=application_id)
    if not application.is_pending:
        raise AlreadyDecided(application)
    contributor, created = None, False
    if application.becomes_city_page:
        city = create_city_page(application, user)
        # The stage history is read on the city's page, in the city's language.
        with translation.override(city.locale.language_code):
            stage_note = gettext("Application accepted")
        record_stage_change(
            city,
            MembershipStage.AWARENESS,
            date=timezone.localdate(),
            note=f"{stage_note}: {note}" if note else stage_note,
            user=user,
        )
        application.city_page = city
    application.status = ApplicationStatus.ACCEPTED
    application.save(update_fields=["status", "city_page"])
    ApplicationEvent.objects.create(
        application=application, action=ApplicationEvent.Action.ACCEPTED, user=user, note=note
    )
    if application.city_page and contributor_email:
        contributor, created = contributors.add_contributor(
            application.city_page, contributor_email, application.network, application.language
        )
        application.contributor = contributor
        application.save(update_fields=["contributor"])
        ApplicationEvent.objects.create(
            application=application,
            action=ApplicationEvent.Action.CONTRIBUTOR_INVITED,
            user=user,
            note=contributor_email,
        )
    return application, contributor, created


@transaction.atomic
def reject_application(application_id, user, note):
    application = MembershipApplication.objects.select_for_update().get(pk=application_id)
    if not application.is_pending:
        raise AlreadyDecided(application)
    application.status = ApplicationStatus.REJECTED
    application.save(update_fields=["status"])
    ApplicationEvent.objects.create(
        application=application, action=ApplicationEvent.Action.REJECTED, user=user, note=note
    )
    return application


def already_decided_message(application):
    decision = last_decision(application)
    values = {"status": application.get_status_display().lower()}
    if decision is None:
        return gettext("This application was already decided: %(status)s.") % values
    values.update(
        when=timezone.localtime(decision.at).strftime("%Y-%m-%d %H:%M"),
        who=(decision.user.get_full_name() or decision.user.get_username())
        if decision.user
        else gettext("someone"),
    )
    return (
        gettext(
            "This application was already decided: %(status)s on %(when)s by %(who)s. "
            "A decision cannot be made twice."
        )
        % values
    )


class ApplicationFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"), choices=ApplicationStatus.choices
    )
    # Only the countries the user has applications from, rather than the world's 250.
    country = django_filters.ChoiceFilter(label=gettext_lazy("Country"), choices=[])

    class Meta:
        model = MembershipApplication
        fields = ["status", "country"]

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        codes = applications_for(request.user).values_list("country", flat=True).distinct()
        self.filters["country"].extra["choices"] = sorted(
            ((code, Country(code).name) for code in codes), key=lambda choice: choice[1]
        )


class ApplicationIndexView(IndexView):
    filterset_class = ApplicationFilterSet

    def get_base_queryset(self):
        return restrict_to_networks(super().get_base_queryset(), self.request.user)


class ApplicationInspectView(InspectView):
    page_title = gettext_lazy("Application")

    def get_object(self, queryset=None):
        return get_object_or_404(
            applications_for(self.request.user).select_related("city_page", "contributor"),
            pk=self.pk,
        )

    @cached_property
    def can_decide(self):
        return self.object.is_pending and self.user_has_permission("change")

    def get_phone_display_value(self):
        return self.object.phone or "–"

    def get_topics_display_value(self):
        return ", ".join(topic.name for topic in self.object.topics.all()) or "–"

    def get_language_display_value(self):
        return get_language_info(self.object.language)["name_translated"]

    def get_submitted_at_display_value(self):
        return date_format(timezone.localtime(self.object.submitted_at), "DATETIME_FORMAT")

    def get_city_page_display_value(self):
        city = self.object.city_page
        if city is None:
            return "–"
        return format_html(
            '<a href="{}">{}</a>', reverse("wagtailadmin_pages:edit", args=[city.pk]), city.title
        )

    def get_contributor_display_value(self):
        contributor = self.object.contributor
        if contributor is None:
            return "–"
        return f"{contributor.get_full_name() or contributor.get_username()} ({contributor.email})"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["events"] = self.object.events.select_related("user")
        context["can_decide"] = self.can_decide
        context["accept_url"] = reverse("membership_applications:accept", args=[self.object.pk])
        context["reject_url"] = reverse("membership_applications:reject", args=[self.object.pk])
        if self.object.city_page_id:
            context["city_edit_url"] = reverse(
                "wagtailadmin_pages:edit", args=[self.object.city_page_id]
            )
        return context


class DecisionView(WagtailAdminTemplateMixin, FormView):
    """Accept or reject one application: a confirmation form with a note."""

    template_name = "membership/admin/decide.html"
    header_icon = "group"

    def dispatch(self, request, pk):
        if not request.user.has_perm(CHANGE_PERMISSION):
            raise PermissionDenied
        self.application = get_object_or_404(applications_for(request.user), pk=pk)
        if not self.application.is_pending:
            messages.error(request, already_decided_message(self.application))
            return redirect(self.inspect_url)
        return super().dispatch(request, pk)

    @property
    def inspect_url(self):
        return reverse("membership_applications:inspect", args=[self.application.pk])

    def get_page_subtitle(self):
        return str(self.application)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": reverse("membership_applications:index"),
                "label": MembershipApplication._meta.verbose_name_plural.capitalize(),
            },
            {"url": self.inspect_url, "label": str(self.application)},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["application"] = self.application
        context["decision"] = self.decision
        context["inspect_url"] = self.inspect_url
        return context

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 400
        return response

    def refused(self, error):
        messages.error(self.request, already_decided_message(error.application))
        return redirect(self.inspect_url)


class AcceptView(DecisionView):
    decision = "accept"
    page_title = gettext_lazy("Accept the application")
    form_class = AcceptForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "application": self.application}

    def form_valid(self, form):
        data = form.cleaned_data
        email = data.get("contributor_email", "") if data.get("invite_contributor") else ""
        try:
            application, contributor, _created = accept_application(
                self.application.pk, self.request.user, data["note"], email
            )
        except AlreadyDecided as error:
            return self.refused(error)
        except ValidationError as error:
            form.add_error(
                None,
                gettext("The city page could not be created, so nothing was changed: %(error)s")
                % {"error": " ".join(error.messages)},
            )
            return self.form_invalid(form)
        notifications.application_decided(application, data["message"])
        if contributor is not None:
            notifications.contributor_invited(application, contributor)
        if application.city_page is None:
            messages.success(
                self.request,
                gettext(
                    "“%(organisation)s” is accepted. Urban planners and experts join "
                    "without a city page."
                )
                % {"organisation": application.organisation},
            )
            return redirect(self.inspect_url)
        success = gettext(
            "“%(organisation)s” is accepted. Its city page is a draft: complete it and publish it."
        ) % {"organisation": application.organisation}
        if contributor is not None:
            success += " " + gettext("%(email)s is invited to edit it.") % {
                "email": contributor.email
            }
        messages.success(self.request, success)
        return redirect("wagtailadmin_pages:edit", application.city_page.pk)


class RejectView(DecisionView):
    decision = "reject"
    page_title = gettext_lazy("Reject the application")
    form_class = RejectForm

    def form_valid(self, form):
        try:
            application = reject_application(
                self.application.pk, self.request.user, form.cleaned_data["note"]
            )
        except AlreadyDecided as error:
            return self.refused(error)
        notifications.application_decided(application, form.cleaned_data["message"])
        messages.success(
            self.request,
            gettext("“%(organisation)s” is rejected.")
            % {"organisation": application.organisation},
        )
        return redirect(self.inspect_url)
