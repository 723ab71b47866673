"""Addresses of pages and views, relative on the visitor's own site and absolute elsewhere.

E-mails and feeds need absolute addresses on the European site, whichever host the request
(or the background task, which has none) came from. Everything here reads Wagtail's cached
site root paths, so it costs no query on a warm request.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from wagtail.models import Site

from home.locales import language_of


def _root_for(url_path, language):
    for root in Site.get_site_root_paths():
        if root.language_code == language and url_path.startswith(root.root_path):
            return root
    return None


def path_url(url_path, locale_id, request=None):
    """The address of the page at `url_path` in the locale; relative on the request's site."""
    language = language_of(locale_id)
    root = _root_for(url_path, language)
    if root is None:
        return None
    local = f"/{language}/{url_path[len(root.root_path) :]}"
    site = Site.find_for_request(request) if request else None
    return local if site and site.pk == root.site_id else root.root_url + local


def page_urls(pages, request=None):
    """Each page's address by its id, for listings: no query per page."""
    return {page.pk: path_url(page.url_path, page.locale_id, request) for page in pages}


def absolute_page_url(page):
    return path_url(page.url_path, page.locale_id)


def european_root_url():
    """The scheme and host of the European site, such as https://smartencity.eu."""
    for root in Site.get_site_root_paths():
        if urlsplit(root.root_url).hostname == settings.NETWORK_DOMAIN:
            return root.root_url
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_reverse(view_name, language, **kwargs):
    """A view's absolute address on the European site, with the language's prefix."""
    with translation.override(language):
        return european_root_url() + reverse(view_name, kwargs=kwargs)
