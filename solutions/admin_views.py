"""The admin view that moves a city to another membership stage, and shows its history.

Only those who may publish the city (its national moderators, the network coordinators and
superusers) change its stage. Each change is recorded with its date and a note, and applies
to every translation of the city.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.widgets import AdminDateInput

from solutions.models import CityPage, MembershipStage, MembershipStageChange
from solutions.stage_history import latest_change, record_stage_change


class StageChangeForm(forms.Form):
    stage = forms.ChoiceField(label=gettext_lazy("New stage"), choices=MembershipStage.choices)
    date = forms.DateField(
        label=gettext_lazy("Date"),
        widget=AdminDateInput,
        help_text=gettext_lazy("The day the city reached the stage: today or earlier."),
    )
    note = forms.CharField(
        label=gettext_lazy("Note"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("Why the city moves, for instance the decision or event."),
    )
    award = forms.CharField(
        label=gettext_lazy("Award name"),
        max_length=200,
        required=False,
        help_text=gettext_lazy(
            "For the Award stage only: the award's name, e.g. “SmartEnCity Award 2025”."
        ),
    )

    def __init__(self, *args, current_stage, latest=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.current_stage = current_stage
        self.latest = latest

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date > timezone.localdate():
            raise forms.ValidationError(_("The date cannot be in the future."))
        if self.latest and date < self.latest.date:
            raise forms.ValidationError(
                _("The date cannot be before the last recorded change, on %(date)s.")
                % {"date": date_format(self.latest.date)}
            )
        return date

    def clean(self):
        cleaned = super().clean()
        stage, award = cleaned.get("stage"), cleaned.get("award", "")
        if stage == MembershipStage.AWARD:
            if not award:
                self.add_error("award", _("Name the award the city received."))
        elif award:
            self.add_error(
                "award", _("Leave the award empty: only the Award stage names an award.")
            )
        if stage and stage == self.current_stage and stage != MembershipStage.AWARD:
            self.add_error(
                "stage",
                _("The city is already at the stage “%(stage)s”.")
                % {"stage": MembershipStage(stage).label},
            )
        return cleaned


def change_stage(request, page_id):
    city = get_object_or_404(CityPage, pk=page_id)
    if not city.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    latest = latest_change(city.translation_key)
    current_stage = latest.stage if latest else city.membership_stage
    form_options = {"current_stage": current_stage, "latest": latest}
    if request.method == "POST":
        form = StageChangeForm(request.POST, **form_options)
        if form.is_valid():
            data = form.cleaned_data
            record_stage_change(
                city,
                data["stage"],
                date=data["date"],
                note=data["note"],
                user=request.user,
                award=data["award"],
            )
            messages.success(
                request,
                _("“%(city)s” is now at the stage “%(stage)s”, in every language.")
                % {"city": city.title, "stage": MembershipStage(data["stage"]).label},
            )
            return redirect("solutions_change_stage", city.pk)
    else:
        stages = list(MembershipStage)
        following = stages[min(stages.index(MembershipStage(current_stage)) + 1, len(stages) - 1)]
        form = StageChangeForm(
            initial={"stage": following, "date": timezone.localdate()}, **form_options
        )

    changes = MembershipStageChange.objects.filter(city_key=city.translation_key).select_related(
        "changed_by"
    )
    return TemplateResponse(
        request,
        "solutions/admin/change_stage.html",
        {
            "city": city,
            "form": form,
            "media": form.media,
            "current_stage": MembershipStage(current_stage).label,
            "changes": changes,
            "page_title": _("Change membership stage"),
            "page_subtitle": city.get_admin_display_title(),
            "header_icon": "list-ol",
            "edit_url": reverse("wagtailadmin_pages:edit", args=[city.pk]),
        },
    )
