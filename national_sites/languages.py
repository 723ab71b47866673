"""Which languages each site is published in, for choosing a visitor's landing language.

Kept with the page tree's cache entries (home/routes.py), which any saved, moved or deleted
page or site forgets.
"""

from wagtail.models import Page

from home import generations


def site_languages(site):
    """Return the site's own language and the languages its home page is live in.

    The own language is the language of the site's root page: English for the European
    site, the national language for a national site.
    """

    def languages():
        root = site.root_page
        default = root.locale.language_code
        live = list(
            Page.objects.filter(translation_key=root.translation_key, live=True)
            .order_by("locale__language_code")
            .values_list("locale__language_code", flat=True)
        )
        return (default, live or [default])

    return generations.kept_with_the_tree(f"site-languages:{site.pk}", languages)
