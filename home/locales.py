"""The network's locales, kept in the cache: pages look them up several times per request."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Locale

from home.request_memo import forget, remembered

CACHE_KEY = "network:locales"


def locales_by_code():
    return remembered(CACHE_KEY, _cached_locales)


def _cached_locales():
    locales = cache.get(CACHE_KEY)
    if locales is None:
        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        cache.set(CACHE_KEY, locales, None)
    return locales


def locale_for_language(code):
    return locales_by_code().get(code)


def language_of(locale_id):
    for code, locale in locales_by_code().items():
        if locale.pk == locale_id:
            return code
    return None


@receiver(post_save, sender=Locale)
@receiver(post_delete, sender=Locale)
def forget_locales(**kwargs):
    cache.delete(CACHE_KEY)
    forget(CACHE_KEY)
