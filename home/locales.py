"""The network's locales, kept with the page tree's cache entries (home/routes.py): pages
look them up several times per request, and saving or deleting a locale starts a new
generation of those entries."""

from wagtail.models import Locale

from home import generations


def locales_by_code():
    return generations.kept_with_the_tree("locales", _locales)


def _locales():
    return {locale.language_code: locale for locale in Locale.objects.all()}


def locale_for_language(code):
    return locales_by_code().get(code)


def language_of(locale_id):
    for code, locale in locales_by_code().items():
        if locale.pk == locale_id:
            return code
    return None
