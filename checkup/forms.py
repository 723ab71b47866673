from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from django_countries import countries

from checkup.models import PopulationBand
from home.forms import HoneypotForm

UNANSWERED = _("Choose one of the answers to this question.")


class StageForm(forms.Form):
    """The questions of one stage, each a group of radio buttons named by the question's id.

    Only the option ids of the server's questionnaire are valid: anything else a browser
    posts, such as a made-up option or a score, counts as no answer.
    """

    def __init__(self, stage, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.stage = stage
        for question in stage.questions:
            self.fields[question.id] = forms.ChoiceField(
                label=question.text,
                help_text=question.help_text,
                choices=[(option.id, option.label) for option in question.options],
                widget=forms.RadioSelect,
                error_messages={"required": UNANSWERED, "invalid_choice": UNANSWERED},
            )

    def answered(self):
        """{question id: option id} of the questions answered with one of their options."""
        return {
            question.id: self.cleaned_data[question.id]
            for question in self.stage.questions
            if self.cleaned_data.get(question.id)
        }

    def unanswered(self):
        return [question for question in self.stage.questions if question.id in self.errors]


class AboutForm(HoneypotForm):
    """Who took the check-up: the city, its size and a contact for the report's link.

    Results whose robot trap (`website`) is filled in are not kept.
    """

    city_name = forms.CharField(
        label=_("Name of your city or municipality"),
        max_length=120,
        error_messages={
            "required": _("Enter the name of your city or municipality."),
            "max_length": _("Shorten the name to at most %(limit_value)d characters."),
        },
    )
    country = forms.ChoiceField(
        label=_("Country"),
        error_messages={
            "required": _("Choose your country."),
            "invalid_choice": _("Choose your country from the list."),
        },
    )
    population_band = forms.ChoiceField(
        label=_("Population"),
        choices=PopulationBand.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose how many people live in your city."),
            "invalid_choice": _("Choose how many people live in your city."),
        },
    )
    email = forms.EmailField(
        label=_("Contact e-mail address"),
        max_length=254,
        help_text=_("We send the link to your report here. The report never shows it."),
        error_messages={
            "required": _("Enter an e-mail address, so we can send you the report's link."),
            "invalid": _("Enter a valid e-mail address, such as name@example.org."),
        },
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the network keeps our answers and this contact address, as the "
            "privacy notice describes."
        ),
        error_messages={"required": _("Tick the box to agree, so we can keep your results.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Country names in the visitor's language, sorted in it.
        self.fields["country"].choices = [("", gettext("Choose a country")), *countries]
        self.fields["city_name"].widget.attrs["autocomplete"] = "address-level2"
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    def clean_city_name(self):
        return " ".join(self.cleaned_data["city_name"].split())

    def clean_email(self):
        return self.cleaned_data["email"].strip()
