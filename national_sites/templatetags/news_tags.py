from django import template

from wagtail.models import Site

from national_sites import news

register = template.Library()


@register.simple_tag(takes_context=True)
def news_feed_links(context):
    """The current site's news feeds in the current language, from the cache."""
    request = context.get("request")
    return news.feed_links(request) if request else {}


@register.simple_tag(takes_context=True)
def national_news(context):
    """The latest news of each national network, in the visitor's language where translated.

    Only the European site shows them: a national home page shares the European home's
    template.
    """
    request = context.get("request")
    if request is None or not news.is_european_site(Site.find_for_request(request)):
        return []
    return news.national_news(request)
