"""The bulletins as RSS 2.0 and Atom feeds, one per language, served by the archive page."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext

from bulletins.links import absolute_page_url, european_root_url, page_urls

FEED_ITEMS = 20


class BulletinRssFeed(Feed):
    def get_object(self, request, page):
        self.request = request
        return page

    def title(self, page):
        return page.title

    def link(self, page):
        return absolute_page_url(page) or "/"

    def description(self, page):
        return page.intro or gettext("The bulletins of the SmartEnCity Network.")

    def items(self, page):
        # A feed is read by anyone: issues behind a view restriction stay out of it.
        items = list(page.issues().public()[:FEED_ITEMS])
        self.urls = page_urls(items)
        return items

    def item_title(self, item):
        return gettext("No. %(number)s: %(title)s") % {"number": item.number, "title": item.title}

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return self.urls.get(item.pk) or ""

    def item_guid(self, item):
        return f"{european_root_url()}/bulletins/{item.translation_key}/{item.locale_id}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.issue_date, datetime.time(9)))

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_enclosure_url(self, item):
        return european_root_url() + item.pdf.url if item.pdf else None

    def item_enclosure_length(self, item):
        return item.pdf.file_size or 0 if item.pdf else None

    item_enclosure_mime_type = "application/pdf"


class BulletinAtomFeed(BulletinRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, page):
        return self.description(page)
