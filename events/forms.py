from django import forms
from django.utils.translation import gettext_lazy as _

from academy.models import TrainingEventPageForm


class EventPageForm(TrainingEventPageForm):
    """An event's form: its start and end are typed as local times of the event's time zone,
    as an Academy session's start is."""

    local_time_fields = ("starts_at", "ends_at")


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
