from django import template
from django.utils.translation import get_language

from bulletins.feed_links import bulletin_feed_links

register = template.Library()


@register.simple_tag
def bulletin_feeds():
    """The European bulletin feeds in the current language: {"rss": url, "atom": url, ...}."""
    return bulletin_feed_links(get_language())
