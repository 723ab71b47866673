"""The addresses of the European bulletin feeds, announced in the <head> of every page.

Looked up once per language and kept with the page tree's cache entries (home/routes.py)
until a page or site is saved, moved or deleted, so that warm requests make no query for them.
"""

from bulletins.links import absolute_page_url, european_root_url
from home import generations
from home.locales import locale_for_language


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
    return generations.kept_with_the_tree(
        f"bulletin-feed-links:{language}", lambda: find_feed_links(language)
    )
