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
