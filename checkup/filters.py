"""The filters of the check-up submissions report in the admin."""

from decimal import Decimal

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

import django_filters
from django_countries import countries

from checkup.models import CheckupSubmission, StageResult


class ScoreBand(models.TextChoices):
    LOW = "low", _("Below 40 %")
    MIDDLE = "middle", _("40 % to below 75 %")
    HIGH = "high", _("75 % and above")


# A band includes its lower limit: 40.0 is in the middle band, 75.0 in the high one.
BAND_LIMITS = {
    ScoreBand.LOW: (None, Decimal(40)),
    ScoreBand.MIDDLE: (Decimal(40), Decimal(75)),
    ScoreBand.HIGH: (Decimal(75), None),
}


def in_band(field, band):
    """A Q object matching rows whose `field` (a percentage) lies in the score band."""
    lower, upper = BAND_LIMITS[band]
    condition = Q()
    if lower is not None:
        condition &= Q(**{f"{field}__gte": lower})
    if upper is not None:
        condition &= Q(**{f"{field}__lt": upper})
    return condition


class SubmissionFilterSet(WagtailFilterSet):
    country = django_filters.ChoiceFilter(label=_("Country"), empty_label=_("All countries"))
    stage = django_filters.ChoiceFilter(
        label=pgettext_lazy("check-up", "Stage"), empty_label=_("Any stage"), method="filter_stage"
    )
    band = django_filters.ChoiceFilter(
        label=_("Score band"),
        choices=ScoreBand.choices,
        empty_label=_("Any score"),
        method="filter_band",
        help_text=_("With a stage chosen, the score in that stage; otherwise the overall score."),
    )
    submitted_at = django_filters.DateFromToRangeFilter(
        label=_("Submitted"), widget=DateRangePickerWidget
    )

    class Meta:
        model = CheckupSubmission
        fields = []

    def __init__(self, *args, countries_shown=(), stage_titles=None, **kwargs):
        """`countries_shown` are the ISO codes of the submissions the user may see, and
        `stage_titles` maps their stages' ids to titles."""
        super().__init__(*args, **kwargs)
        self.filters["country"].extra["choices"] = sorted(
            ((code, countries.name(code)) for code in countries_shown), key=lambda c: c[1]
        )
        self.filters["stage"].extra["choices"] = list((stage_titles or {}).items())

    def filter_stage(self, queryset, name, value):
        results = StageResult.objects.filter(stage_id=value)
        band = self.form.cleaned_data.get("band")
        if band:
            results = results.filter(in_band("percent", band))
        return queryset.filter(pk__in=results.values("submission_id"))

    def filter_band(self, queryset, name, value):
        if self.form.cleaned_data.get("stage"):
            # filter_stage applies the band to the chosen stage's score.
            return queryset
        return queryset.filter(in_band("percent", value))
