"""Video recordings shown through Wagtail's embeds, with a plain link when that fails.

Wagtail keeps each fetched embed in the database (`wagtailembeds_embed`), so a recording is
fetched from its provider once; its HTML is also kept in the cache, so a page view reads no
embed row. Without a network, or when the provider is down or refuses the address, the page
shows a link to the video instead of failing.
"""

import logging

from django.core.cache import cache

from wagtail.embeds.embeds import get_embed, get_embed_hash
from wagtail.embeds.exceptions import EmbedException

logger = logging.getLogger(__name__)

CACHE_KEY = "academy:embed:{hash}"
KEEP_SECONDS = 60 * 60
# A failed fetch is remembered for a while: pages render at once meanwhile, and a provider
# that comes back is asked again after this.
RETRY_AFTER_SECONDS = 15 * 60


def embed_html(url):
    """The player's HTML for a video address, or "" when it cannot be had now."""
    if not url:
        return ""
    key = CACHE_KEY.format(hash=get_embed_hash(url))
    html = cache.get(key)
    if html is not None:
        return html
    try:
        html = get_embed(url).html or ""
    # OSError covers URLError and requests' errors, which some finders let through.
    except (EmbedException, OSError) as error:
        logger.warning("No embed for %s: %s", url, error)
        cache.set(key, "", RETRY_AFTER_SECONDS)
        return ""
    cache.set(key, html, KEEP_SECONDS)
    return html
