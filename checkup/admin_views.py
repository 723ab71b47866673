"""The coordinators' side of the City Check-up: the submissions report, one submission's
answers, deleting a submission on request, and the statistics of all answers.

Coordinators see every country; a national network's editors and moderators see their own
country's submissions only, in every one of these views and in the exports.
"""

import datetime
from decimal import Decimal
from functools import partial

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.formats import number_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import DeleteView, InspectView, PermissionCheckedMixin
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView

from checkup.filters import SubmissionFilterSet
from checkup.models import CheckupPage, CheckupSubmission, StageResult
from checkup.statistics import checkup_statistics, checkups, latest_per_city, stage_titles
from national_sites.access import restrict_to_networks


def visible_submissions(user):
    return restrict_to_networks(CheckupSubmission.objects.all(), user)


def network_name(code):
    return next((c.network_name for c in settings.NETWORK.countries if c.code == code), "")


def percent_text(value):
    return "" if value is None else f"{number_format(value, 1)} %"


def stage_percent(submission, stage_id):
    """The submission's score (%) in a stage, None if its check-up had no such stage."""
    return next(
        (r.percent for r in submission.stage_results.all() if r.stage_id == stage_id), None
    )


class VisibleSubmissionMixin:
    """Finds the submission in the URL among those the user may see; for others it does not
    exist (404). The permission is checked first, so that somebody without it is told so."""

    def find_submission(self, pk):
        if not self.user_has_permission(self.permission_required):
            raise PermissionDenied
        return get_object_or_404(visible_submissions(self.request.user), pk=pk)


class SubmissionReportView(ReportView):
    model = CheckupSubmission
    permission_required = "view"
    page_title = gettext_lazy("Check-up submissions")
    header_icon = "tasks"
    verbose_name_plural = gettext_lazy("check-up submissions")
    results_template_name = "checkup/admin/submissions_results.html"
    index_url_name = "checkup_admin:submissions"
    index_results_url_name = "checkup_admin:submissions_results"
    filterset_class = SubmissionFilterSet
    # Finding a city's submissions by its contact address answers a request for deletion.
    is_searchable = True
    search_fields = ["city_name", "email"]
    default_ordering = "-submitted_at"

    @cached_property
    def submissions(self):
        return visible_submissions(self.request.user)

    @cached_property
    def stage_titles(self):
        return stage_titles(self.submissions, translation.get_language())

    def get_filterset_kwargs(self):
        shown = self.submissions.order_by().values_list("country", flat=True).distinct()
        return {
            **super().get_filterset_kwargs(),
            "countries_shown": list(shown),
            "stage_titles": self.stage_titles,
        }

    def get_base_queryset(self):
        return self.submissions.prefetch_related(
            Prefetch("stage_results", queryset=StageResult.objects.order_by("position"))
        )

    def get_filtered_queryset(self):
        # get_queryset() has filtered already; ReportView would filter a second time.
        return self.get_queryset()

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "city_name",
                label=_("City"),
                url_name="checkup_admin:submission",
                sort_key="city_name",
            ),
            Column("country", label=_("Country"), accessor="country.name", sort_key="country"),
            Column(
                "network",
                label=_("National network"),
                accessor=lambda s: network_name(s.network),
            ),
            Column(
                "population_band", label=_("Population"), accessor="get_population_band_display"
            ),
            DateColumn("submitted_at", label=_("Submitted"), sort_key="submitted_at"),
            Column(
                "percent",
                label=_("Overall score"),
                accessor=lambda s: percent_text(s.percent),
                sort_key="percent",
            ),
            *(
                Column(
                    f"stage-{stage_id}",
                    label=title,
                    accessor=lambda s, stage_id=stage_id: percent_text(stage_percent(s, stage_id)),
                )
                for stage_id, title in self.stage_titles.items()
            ),
        ]

    @cached_property
    def export_columns(self):
        """{column key: (heading, value of a submission)}, in the exported order."""
        columns = {
            "city": (_("City"), lambda s: s.city_name),
            "country": (_("Country"), lambda s: s.country.name),
            "network": (_("National network"), lambda s: network_name(s.network)),
            "population": (_("Population"), lambda s: s.get_population_band_display()),
            "submitted": (_("Submitted"), lambda s: s.submitted_at),
            "overall": (_("Overall score (%)"), lambda s: s.percent),
        }
        for stage_id, title in self.stage_titles.items():
            columns[f"stage-{stage_id}"] = (
                _("%(stage)s (%%)") % {"stage": title},
                partial(stage_percent, stage_id=stage_id),
            )
        return columns

    @property
    def list_export(self):
        return list(self.export_columns)

    @property
    def export_headings(self):
        return {key: heading for key, (heading, _value) in self.export_columns.items()}

    def to_row_dict(self, item):
        return {key: value(item) for key, (_heading, value) in self.export_columns.items()}

    def get_filename(self):
        return f"checkup-submissions-{datetime.date.today():%Y-%m-%d}"


class SubmissionInspectView(VisibleSubmissionMixin, InspectView):
    model = CheckupSubmission
    any_permission_required = None
    permission_required = "view"
    page_title = gettext_lazy("Check-up submission")
    header_icon = "tasks"
    template_name = "checkup/admin/submission.html"
    index_url_name = "checkup_admin:submissions"
    delete_url_name = "checkup_admin:delete"
    fields = [
        "city_name",
        "country",
        "network",
        "population_band",
        "language",
        "submitted_at",
        "points",
        "percent",
        "email",
    ]

    def get_object(self, queryset=None):
        return self.find_submission(self.pk)

    def get_field_label(self, field_name, field):
        if field_name == "percent":
            # The value carries its own % sign.
            return _("Overall score")
        return super().get_field_label(field_name, field)

    def get_country_display_value(self):
        return self.object.country.name

    def get_network_display_value(self):
        return network_name(self.object.network) or _("None: the country has no national network")

    def get_language_display_value(self):
        return translation.get_language_info(self.object.language)["name_translated"]

    def get_points_display_value(self):
        return _("%(points)s of %(max_points)s") % {
            "points": self.object.points,
            "max_points": self.object.max_points,
        }

    def get_percent_display_value(self):
        return percent_text(self.object.percent)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["stages"] = [
            {**stage, "percent": percent_text(Decimal(stage["percent"]))}
            for stage in self.object.answers
        ]
        context["delete_url"] = self.get_delete_url()
        return context


class SubmissionDeleteView(VisibleSubmissionMixin, DeleteView):
    model = CheckupSubmission
    permission_required = "delete"
    header_icon = "tasks"
    index_url_name = "checkup_admin:submissions"
    delete_url_name = "checkup_admin:delete"

    def get_object(self, queryset=None):
        if getattr(self, "object", None):
            return self.object
        return self.find_submission(self.kwargs[self.pk_url_kwarg])

    @property
    def confirmation_message(self):
        return _(
            "Delete the check-up of %(city)s, submitted on %(date)s, with all its answers, "
            "scores and the contact e-mail? This cannot be undone."
        ) % {
            "city": self.object.city_name,
            "date": self.object.submitted_at.date().isoformat(),
        }


class CheckupChoiceForm(forms.Form):
    checkup = forms.ChoiceField(
        label=gettext_lazy("Check-up"),
        error_messages={
            "invalid_choice": gettext_lazy("Choose one of the check-ups in the list."),
        },
    )

    def __init__(self, *args, choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["checkup"].choices = choices


def checkup_labels(counts, language):
    """A label for each check-up key: its page's title, with how many submissions it has."""
    pages = CheckupPage.objects.filter(
        translation_key__in=[key for key, _count in counts]
    ).select_related("locale")
    titles = {}
    for page in sorted(pages, key=lambda p: p.locale.language_code != language):
        titles.setdefault(page.translation_key, page.title)
    labels = []
    for key, count in counts:
        title = titles.get(key) or _("Deleted check-up %(key)s") % {"key": str(key)[:8]}
        labels.append(
            (
                str(key),
                translation.ngettext(
                    "%(title)s (%(count)s submission)",
                    "%(title)s (%(count)s submissions)",
                    count,
                )
                % {"title": title, "count": count},
            )
        )
    return labels


class StatisticsView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    model = CheckupSubmission
    permission_required = "view"
    page_title = gettext_lazy("Check-up statistics")
    header_icon = "table"
    template_name = "checkup/admin/statistics.html"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = translation.get_language()
        submissions = visible_submissions(self.request.user)
        counts = checkups(submissions)
        if not counts:
            return context
        choices = checkup_labels(counts, language)
        default = choices[0][0]
        if "checkup" in self.request.GET:
            form = CheckupChoiceForm(self.request.GET, choices=choices)
            chosen = form.cleaned_data["checkup"] if form.is_valid() else default
        else:
            form = CheckupChoiceForm(initial={"checkup": default}, choices=choices)
            chosen = default
        context["form"] = form
        context["show_choice"] = len(choices) > 1 or form.errors
        context["statistics"] = checkup_statistics(latest_per_city(submissions, chosen), language)
        return context
