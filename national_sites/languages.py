"""Which languages each site is published in, for choosing a visitor's landing language."""

from django.core.cache import cache

from wagtail.models import Page, Site

CACHE_KEY = "site-languages:{site_id}"
CACHE_SECONDS = 60 * 60


def site_languages(site):
    """Return the site's own language and the languages its home page is live in.

    The own language is the language of the site's root page: English for the European
    site, the national language for a national site.
    """
    key = CACHE_KEY.format(site_id=site.pk)
    cached = cache.get(key)
    if cached is not None:
        return cached
    root = site.root_page
    default = root.locale.language_code
    live = list(
        Page.objects.filter(translation_key=root.translation_key, live=True)
        .order_by("locale__language_code")
        .values_list("locale__language_code", flat=True)
    )
    result = (default, live or [default])
    cache.set(key, result, CACHE_SECONDS)
    return result


def forget_site_languages():
    cache.delete_many(
        [CACHE_KEY.format(site_id=pk) for pk in Site.objects.values_list("pk", flat=True)]
    )
