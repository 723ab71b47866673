"""RSS and Atom feeds of a site's news in one language, served by its news index page."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from home.locales import language_of
from national_sites import news

FEED_LENGTH = 20


class NewsFeed(Feed):
    """The latest news of one news index page, newest first, in RSS 2.0."""

    feed_type = Rss201rev2Feed

    def __init__(self, index):
        super().__init__()
        self.index = index
        self.language = language_of(index.locale_id)

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index

    def title(self, index):
        return index.seo_title or index.title

    def link(self, index):
        return news.local_url(index, self.request)

    def description(self, index):
        return index.search_description or index.intro or _("The latest news of the network.")

    def items(self, index):
        # A feed is read by anyone: news behind a view restriction stays out of it.
        return index.published_news().public().prefetch_related("topics")[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return news.local_url(item, self.request)

    def item_guid(self, item):
        return self.request.build_absolute_uri(self.item_link(item))

    def item_pubdate(self, item):
        # Noon, so that readers converting to UTC still show the news item's own date.
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(12)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.author or None

    def item_categories(self, item):
        return news.topic_names(item.topics.all(), self.language)


class NewsAtomFeed(NewsFeed):
    """The same news in Atom 1.0."""

    feed_type = Atom1Feed

    def subtitle(self, index):
        return self.description(index)
