"""Template tags of the network map: the tile server, the filter's query and page numbers."""

from urllib.parse import urlencode

from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def map_tile_url():
    """The tile URL template Leaflet loads the background map from, e.g. .../{z}/{x}/{y}.png."""
    return getattr(settings, "MAP_TILE_URL", "")


@register.simple_tag
def map_tile_attribution():
    """The tile server's attribution (HTML); escaped here, read back by the script."""
    return getattr(settings, "MAP_TILE_ATTRIBUTION", "")


@register.simple_tag
def elided_pages(results, on_each_side=2, on_ends=1):
    """The page numbers to link to, with the paginator's ellipsis where some are left out."""
    return list(
        results.paginator.get_elided_page_range(
            results.number, on_each_side=on_each_side, on_ends=on_ends
        )
    )


@register.simple_tag
def filter_query(network_filter):
    """The filter's known values as a query string, in a stable order.

    The page ignores unknown values (and says so) while the GeoJSON and CSV refuse them, so
    the links to those are built from what the filter kept, not from the address.
    """
    if network_filter is None:
        return ""
    pairs = [
        (name, value)
        for name, values in (
            ("topic", network_filter.topics),
            ("country", network_filter.countries),
            ("role", network_filter.roles),
            ("stage", network_filter.stages),
            ("status", network_filter.statuses),
        )
        for value in sorted(values)
    ]
    return urlencode(pairs)
