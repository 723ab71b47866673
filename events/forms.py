from zoneinfo import ZoneInfo

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.forms import SameLocaleChoicesForm


class EventPageForm(SameLocaleChoicesForm):
    """An event's form: its start and end are typed as local times of the event's time zone.

    Django reads a typed date and time in the editor's own zone; an organiser planning a
    workshop in Tallinn types Tallinn's time, so both are shown and read in the zone chosen
    on the page. Topics and cities are offered in the page's own language only.
    """

    same_locale_fields = ("topics", "cities")
    local_time_fields = ("starts_at", "ends_at")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "cities" in self.fields:
            self.fields["cities"].queryset = self.fields["cities"].queryset.order_by("title")
        zone = self.instance.zone
        for name in self.local_time_fields:
            value = getattr(self.instance, name, None)
            if value:
                self.initial[name] = value.astimezone(zone).replace(tzinfo=None)

    def clean(self):
        cleaned_data = super().clean()
        zone_name = cleaned_data.get("time_zone")
        if zone_name:
            for name in self.local_time_fields:
                value = cleaned_data.get(name)
                if value:
                    wall_clock = timezone.make_naive(value)
                    cleaned_data[name] = wall_clock.replace(tzinfo=ZoneInfo(zone_name))
        return cleaned_data


class EventFilterForm(forms.Form):
    """The index's filters, as a GET form that works without JavaScript.

    Every field is optional; a value that is not one of the choices is an error shown above
    the list, which then shows every event.
    """

    kind = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        error_messages={
            "invalid_choice": _("There is no such kind of event; choose one from the list.")
        },
    )
    topic = forms.ChoiceField(
        label=_("Topic"),
        required=False,
        error_messages={"invalid_choice": _("There is no such topic; choose one from the list.")},
    )
    site = forms.ChoiceField(
        label=_("Network"),
        required=False,
        error_messages={
            "invalid_choice": _("There is no such network; choose one from the list.")
        },
    )

    def __init__(self, data, choices):
        # An empty query is no filter, not a form to validate.
        super().__init__(data if any(data.get(name) for name in self.base_fields) else None)
        for name in self.base_fields:
            if name in choices:
                self.fields[name].choices = [("", _("All"))] + choices[name]
            else:
                del self.fields[name]

    def is_valid(self):
        return self.is_bound and super().is_valid()
