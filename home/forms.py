from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm


class SameLocaleChoicesForm(WagtailAdminPageForm):
    """Offers, in the fields named in `same_locale_fields`, only the page's own language.

    Topics, cities and solutions exist once per language; a page links to those of its own
    language, and wagtail-localize maps them when it translates the page.
    """

    same_locale_fields = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.instance.locale_id:
            return
        for name in self.same_locale_fields:
            if name in self.fields:
                field = self.fields[name]
                field.queryset = field.queryset.filter(locale_id=self.instance.locale_id)


class HoneypotForm(forms.Form):
    """A public form with a trap for robots in its `website` field.

    People never see the field (CSS hides it, and it is hidden from screen readers and the
    keyboard), so a form that fills it in was filled in by a robot. Forms inherit it and decide
    what a trapped submission gets; the field always comes last, after the form's own fields.
    """

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["website"] = self.fields.pop("website")

    @property
    def is_trapped(self):
        return bool(self.cleaned_data.get("website"))
