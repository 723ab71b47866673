"""The Content-Security-Policy directives, built from the settings they depend on.

The public sites get a strict policy: scripts and stylesheets only from our own origin, no
inline scripts and no nonces (anonymous pages are cached whole, so a nonce would be shared
by every visitor). Inline `style` attributes are allowed, and only attributes
(`style-src-attr`): templates set data-driven custom properties with them (a topic's colour,
a bar's share), which cannot run code. The admin gets its own policy (ADMIN_DIRECTIVES).
"""

from urllib.parse import urlsplit

SELF = "'self'"
NONE = "'none'"
UNSAFE_INLINE = "'unsafe-inline'"

# wagtailgeowidget loads Leaflet from unpkg in the admin, its map tiles from OpenStreetMap's
# tile servers, and looks addresses up with Nominatim.
GEO_WIDGET_SCRIPTS = "https://unpkg.com"
GEO_WIDGET_TILES = "https://*.tile.openstreetmap.org"
GEO_WIDGET_GEOCODER = "https://nominatim.openstreetmap.org"


def origin(url):
    """The scheme and host of an absolute URL, with a `{s}` subdomain placeholder as a
    wildcard; "" for a relative URL, which the policy's 'self' already covers."""
    parts = urlsplit(url)
    if not (parts.scheme and parts.netloc):
        return ""
    host = parts.netloc.replace("{s}", "*")
    return f"{parts.scheme}://{host}"


def hosts(*sources):
    return [source for source in dict.fromkeys(sources) if source]


def public_directives(tile_url, frame_hosts, media_url="", report_uri=""):
    media = origin(media_url)
    directives = {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "style-src-attr": [UNSAFE_INLINE],
        "img-src": hosts(SELF, "data:", origin(tile_url), media),
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": hosts(SELF, media),
        "frame-src": hosts(*frame_hosts) or [NONE],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
    if report_uri:
        directives["report-uri"] = [report_uri]
    return directives


def admin_directives(tile_url, frame_hosts, media_url="", report_uri=""):
    """What Wagtail 8's admin and wagtail-localize's editor need: their inline scripts and
    styles (date pickers, inline panels, the translation editor's bootstrap), `data:` and
    `blob:` images (image previews, focal points), the geo widget's hosts, and framing by
    our own origin for the preview panel. No 'unsafe-eval'."""
    media = origin(media_url)
    directives = {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE, GEO_WIDGET_SCRIPTS],
        "style-src": [SELF, UNSAFE_INLINE, GEO_WIDGET_SCRIPTS],
        "img-src": hosts(
            SELF, "data:", "blob:", origin(tile_url), GEO_WIDGET_TILES, GEO_WIDGET_SCRIPTS, media
        ),
        "font-src": [SELF, "data:"],
        "connect-src": [SELF, GEO_WIDGET_GEOCODER],
        "media-src": hosts(SELF, media),
        "frame-src": hosts(SELF, *frame_hosts),
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
    if report_uri:
        directives["report-uri"] = [report_uri]
    return directives
