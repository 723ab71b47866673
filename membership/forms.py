from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from django_countries import countries

from home.forms import HoneypotForm
from membership.models import ApplicantKind, MembershipApplication


class JoinForm(HoneypotForm, forms.ModelForm):
    """The application to join the network, as a visitor fills it in on a join page.

    `topics` offers the topics of the page's own language only: a topic id from another
    language, or one that does not exist, is refused like any other wrong choice.
    An application whose robot trap (`website`) is filled in is refused with a message.
    """

    kind = forms.ChoiceField(
        label=_("Who is applying?"),
        choices=ApplicantKind.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose whether you apply as a city, an urban planner or an expert."),
            "invalid_choice": _(
                "Choose whether you apply as a city, an urban planner or an expert."
            ),
        },
    )
    phone = forms.CharField(
        label=_("Telephone (optional)"),
        required=False,
        max_length=40,
        validators=[
            RegexValidator(
                r"^\+?[0-9][0-9 ()./-]{4,38}$",
                _("Enter a telephone number in digits, such as +45 12 34 56 78."),
            )
        ],
        error_messages={"max_length": _("Enter a telephone number of at most 40 characters.")},
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the SmartEnCity Network keeps these details to handle my "
            "application and to contact me about it."
        ),
        error_messages={
            "required": _(
                "Tick the box to agree that we keep your details, or we cannot "
                "handle your application."
            )
        },
    )

    class Meta:
        model = MembershipApplication
        fields = [
            "kind",
            "organisation",
            "country",
            "contact_name",
            "email",
            "phone",
            "motivation",
            "topics",
        ]
        labels = {
            "organisation": _("Name of the city or organisation"),
            "country": _("Country"),
            "contact_name": _("Contact person"),
            "email": _("E-mail address"),
            "motivation": _("Why would you like to join the network?"),
            "topics": _("Topics of interest"),
        }
        help_texts = {
            "motivation": _(
                "A few sentences: what you are working on and what you hope to share or "
                "learn. At most 3 000 characters."
            ),
            "topics": _("Choose any that interest you."),
        }
        widgets = {
            "motivation": forms.Textarea(attrs={"rows": 6}),
            "topics": forms.CheckboxSelectMultiple,
        }
        error_messages = {
            "organisation": {
                "required": _("Enter the name of your city or organisation."),
                "max_length": _("Enter a name of at most 200 characters."),
            },
            "country": {
                "required": _("Choose your country."),
                "invalid_choice": _("Choose your country from the list."),
            },
            "contact_name": {
                "required": _("Enter the name of the person we may contact."),
                "max_length": _("Enter a name of at most 120 characters."),
            },
            "email": {
                "required": _("Enter your e-mail address."),
                "invalid": _("Enter a valid e-mail address, such as name@example.org."),
            },
            "motivation": {
                "required": _("Tell us in a few sentences why you would like to join."),
                "max_length": _("Shorten your motivation to at most 3 000 characters."),
            },
            "topics": {
                "invalid_choice": _("Choose topics from the list only."),
                "invalid_pk_value": _("Choose topics from the list only."),
                "invalid_list": _("Choose topics from the list only."),
            },
        }

    def __init__(self, *args, topics, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topics"].queryset = topics
        # Sorted by the country names of the visitor's language.
        self.fields["country"].choices = [("", _("Choose a country")), *countries]
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["contact_name"].widget.attrs["autocomplete"] = "name"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"
        self.fields["phone"].widget.input_type = "tel"

    def clean(self):
        cleaned_data = super().clean()
        if self.is_trapped:
            raise forms.ValidationError(
                _(
                    "Your application was not sent: the field “Leave this field empty” was "
                    "filled in, as spam robots do. Empty it and send the form again."
                ),
                code="trapped",
            )
        return cleaned_data


def applicant_message_field():
    return forms.CharField(
        label=_("Message to the applicant"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Added to the e-mail that tells the applicant the decision, in their language. "
            "Write it in their language."
        ),
    )


class AcceptForm(forms.Form):
    """What a moderator adds when accepting: a note, and whom to invite to edit the city."""

    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the application's history and in the city's stage history."),
    )
    message = applicant_message_field()
    invite_contributor = forms.BooleanField(
        label=_("Invite a city contributor"),
        required=False,
        initial=True,
        help_text=_(
            "The contributor may edit this city's page and add its solutions, and submit "
            "them to the national moderators; they cannot publish."
        ),
    )
    contributor_email = forms.EmailField(
        label=_("The contributor's e-mail address"),
        required=False,
        error_messages={
            "invalid": _("Enter a valid e-mail address, such as name@example.org."),
        },
    )

    def __init__(self, *args, application, **kwargs):
        super().__init__(*args, **kwargs)
        self.application = application
        self.fields["contributor_email"].initial = application.email
        if not application.becomes_city_page:
            del self.fields["invite_contributor"]
            del self.fields["contributor_email"]

    def clean(self):
        cleaned_data = super().clean()
        missing_address = cleaned_data.get("invite_contributor") and not cleaned_data.get(
            "contributor_email"
        )
        # An address that is there but invalid already has its own message.
        if missing_address and "contributor_email" not in self.errors:
            self.add_error(
                "contributor_email", _("Enter the e-mail address of the contributor to invite.")
            )
        return cleaned_data


class RejectForm(forms.Form):
    note = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the application's history; the applicant does not see it."),
        error_messages={
            "required": _("Say why the application is rejected: the note is kept in its history."),
        },
    )
    message = applicant_message_field()
