from django import forms
from django.conf import settings
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _

from bulletins.models import SubscriptionList
from home.forms import HoneypotForm


def language_choices():
    choices = []
    for code, _name in settings.LANGUAGES:
        name = get_language_info(code)["name_local"]
        choices.append((code, name[:1].upper() + name[1:]))
    return choices


class SubscribeForm(HoneypotForm):
    """The subscription form, in full on its own page and compact on the archives.

    A subscription whose robot trap (`website`) is filled in is not sent.
    """

    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        error_messages={
            "required": _("Enter your e-mail address."),
            "invalid": _("Enter a valid e-mail address, such as name@example.org."),
        },
    )
    language = forms.ChoiceField(
        label=_("Language of the e-mails"),
        choices=language_choices,
        error_messages={"invalid_choice": _("Choose one of the languages in the list.")},
    )
    lists = forms.ChoiceField(
        label=_("What would you like to receive?"),
        choices=SubscriptionList.choices,
        initial=SubscriptionList.BOTH,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose what you would like to receive."),
            "invalid_choice": _("Choose what you would like to receive."),
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = get_language()
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    def clean_email(self):
        # The domain part is case-insensitive and people rarely rely on case in the local
        # part, so one address is one subscriber however it was typed.
        return self.cleaned_data["email"].strip().lower()
