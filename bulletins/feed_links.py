"""The addresses of the European bulletin feeds, announced in the <head> of every page.

Looked up once per language and kept in the cache until a page is published, unpublished,
moved or deleted, or a site changes, so that warm requests make no query for them.
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from bulletins.links import absolute_page_url, european_root_url
from home.locales import locale_for_language

CACHE_KEY = "bulletins:feed-links:{language}"


def find_feed_links(language):
    from bulletins.models import BulletinIndexPage

    locale = locale_for_language(language)
    if locale is None:
        return {}
    european_root = european_root_url()
    for index in BulletinIndexPage.objects.live().filter(locale=locale).order_by("path"):
        url = absolute_page_url(index)
        if url and url.startswith(european_root + "/"):
            return {"title": index.title, "rss": f"{url}feed/rss/", "atom": f"{url}feed/atom/"}
    return {}


def bulletin_feed_links(language):
    key = CACHE_KEY.format(language=language)
    links = cache.get(key)
    if links is None:
        links = find_feed_links(language)
        cache.set(key, links, 60 * 60)
    return links


def forget_feed_links(**kwargs):
    cache.delete_many([CACHE_KEY.format(language=code) for code, _name in settings.LANGUAGES])


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
@receiver(post_save, sender=Site)
def forget_feed_links_when_pages_change(**kwargs):
    forget_feed_links()


@receiver(post_delete)
def forget_feed_links_when_a_page_is_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        forget_feed_links()
