"""The page cache: what anonymous visitors are shown is kept whole in the `pages` cache.

Django's two cache middlewares do the work. They key each entry by scheme, host, path, query
string, the visitor's language and the headers the response varies on; they store only 200
answers to GET and HEAD, and never an answer marked private, no-cache or no-store (Wagtail
marks pages behind a view restriction so). The subclasses here add what a CMS needs:

- a request is neither served from nor stored in the cache when it comes from someone
  signed in or with a session (a password-protected page they unlocked, say), carries a
  flash message, or asks for the admin (where previews live), documents or the language
  switch;
- an answer that sets a cookie or used the CSRF token (every page with a form) is not
  stored, since the token belongs to one visitor;
- any change that pages show (a page published, unpublished, moved or deleted; a snippet,
  setting, site, image or view restriction saved or deleted) empties the whole cache once
  the change is committed, because listings on one site show pages of the others;
- a Redis outage reads as a miss (django-redis's IGNORE_EXCEPTIONS), so pages are rendered
  as if there were no cache;
- each answer says `X-Page-Cache: hit`, `miss` (rendered and stored) or `bypass`;
- each worker remembers which headers an address's answers vary on (`PageCache`), so a hit
  is one read from Redis rather than Django's two.

Browsers are told to revalidate (`max-age=0`), so a visitor sees a change on their next
request; a CDN purged by Wagtail's frontend cache may keep pages for PAGE_CACHE_SECONDS.
"""

import importlib.util
from contextlib import contextmanager
from functools import cache

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.utils.cache import patch_cache_control

from wagtail.signals import page_published, page_unpublished, post_page_move

PAGE_CACHE_ALIAS = "pages"
HEADER = "X-Page-Cache"
HIT, MISS, BYPASS = "hit", "miss", "bypass"

# First path segments that are never cached: the admin (and its previews), documents (which
# may sit in a restricted collection), the language switch, and files.
UNCACHED_SECTIONS = {"admin", "documents", "i18n", "static", "media"}

# Models that pages show but that change without a page being published.
ALSO_SHOWN_ON_PAGES = ["solutions.MembershipStageChange"]

# Django names the entry that lists the headers an address's answers vary on so.
VARY_LIST_KEY_START = "views.decorators.cache.cache_header."
# How many addresses' lists one worker remembers before it starts again.
VARY_LISTS_REMEMBERED = 20_000

REDIS_OPTIONS = {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1}


def redis_cache(location, key_prefix, timeout=None):
    """A django-redis cache that answers "nothing cached" rather than fail when Redis is down."""
    config = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": location,
        "KEY_PREFIX": key_prefix,
        "OPTIONS": dict(REDIS_OPTIONS),
    }
    if timeout is not None:
        config["TIMEOUT"] = timeout
    return config


def frontend_cache_setting(environ):
    """WAGTAILFRONTENDCACHE built from the environment; empty when no CDN is configured."""
    backends = {}
    if environ.get("FRONTEND_CACHE_CLOUDFLARE_ZONEID"):
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": environ.get("FRONTEND_CACHE_CLOUDFLARE_TOKEN", ""),
            "ZONEID": environ["FRONTEND_CACHE_CLOUDFLARE_ZONEID"],
        }
    if environ.get("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"):
        # Wagtail imports boto3 only when it purges, which would fail the editor's publish.
        if importlib.util.find_spec("boto3") is None:
            raise ImproperlyConfigured(
                "FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID is set, but boto3 is not installed: "
                "pip install boto3."
            )
        backends["cloudfront"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": environ["FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"],
        }
    if environ.get("FRONTEND_CACHE_HTTP_URL"):
        backends["http"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": environ["FRONTEND_CACHE_HTTP_URL"],
        }
    return backends


def request_may_use_cache(request):
    if not settings.PAGE_CACHE_ENABLED or request.method not in ("GET", "HEAD"):
        return False
    if request.path_info.lstrip("/").split("/", 1)[0] in UNCACHED_SECTIONS:
        return False
    cookies = request.COOKIES
    return (
        settings.SESSION_COOKIE_NAME not in cookies
        and CookieStorage.cookie_name not in cookies
        and "Authorization" not in request.headers
    )


def response_may_be_stored(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    # Looking at request.user would open the session; only a user the view loaded counts.
    user = getattr(request, "_cached_user", None)
    if user is not None and user.is_authenticated:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    return not any(word in cache_control for word in ("private", "no-cache", "no-store"))


@contextmanager
def cookies_left_out_of_the_key(request):
    """Key anonymous visitors' pages without their cookies.

    Every page varies on Cookie, because the Wagtail user bar looks at the session. For a
    request the cache may serve, the cookies left are the CSRF token (unused, or the answer
    is not stored), the language choice (the key has the language) and ones the site never
    reads, so keying on them would only give each such visitor a copy of their own.
    """
    cookie = request.META.pop("HTTP_COOKIE", None)
    try:
        yield
    finally:
        if cookie is not None:
            request.META["HTTP_COOKIE"] = cookie


def tell_browsers_to_revalidate(response):
    """Browsers ask again each time, so nobody keeps a page that has since changed."""
    if response.has_header("Expires"):
        del response["Expires"]
    response.headers.pop("Cache-Control", None)
    if settings.WAGTAILFRONTENDCACHE:
        patch_cache_control(response, max_age=0, s_maxage=settings.PAGE_CACHE_SECONDS)
    else:
        patch_cache_control(response, max_age=0)


class PageCache:
    """The pages cache as the cache middleware uses it, remembering the lists of headers.

    Django finds a stored page in two reads: first the list of headers that the address's
    answers vary on, which it wrote when it stored one, then the page under a key made from
    those headers' values. The list is the same for every answer at an address, so this
    worker keeps each list it reads or writes, and a hit costs one round trip to Redis.

    A list kept after the cache was emptied leads only to the page's key, which then misses
    as the list would have. The worker that stores an answer with other headers writes the
    new list here too; another worker keeps the old one and misses until the list is
    written again, which is slower, never wrong. Pages are never kept here.
    """

    vary_lists = {}

    @property
    def pages(self):
        # Each thread has its own connection, through Django's cache handler.
        return caches[PAGE_CACHE_ALIAS]

    def remember(self, key, headers):
        if len(self.vary_lists) >= VARY_LISTS_REMEMBERED:
            self.vary_lists.clear()
        self.vary_lists[key] = headers

    def get(self, key, default=None):
        headers = self.vary_lists.get(key)
        if headers is not None:
            return headers
        value = self.pages.get(key, default)
        if value is not None and key.startswith(VARY_LIST_KEY_START):
            self.remember(key, value)
        return value

    def set(self, key, value, timeout=DEFAULT_TIMEOUT):
        if key.startswith(VARY_LIST_KEY_START):
            self.remember(key, value)
        self.pages.set(key, value, timeout)

    @classmethod
    def forget(cls):
        cls.vary_lists.clear()


PAGE_CACHE = PageCache()


class UpdatePageCacheMiddleware(UpdateCacheMiddleware):
    """Stores anonymous visitors' pages; first in MIDDLEWARE, so it sees the final answer."""

    def __init__(self, get_response):
        super().__init__(get_response)
        self.cache_alias = PAGE_CACHE_ALIAS
        self.key_prefix = ""
        self.cache_timeout = settings.PAGE_CACHE_SECONDS

    @property
    def cache(self):
        return PAGE_CACHE

    def _should_update_cache(self, request, response):
        return super()._should_update_cache(request, response) and response_may_be_stored(
            request, response
        )

    def process_response(self, request, response):
        status = getattr(request, "_page_cache", BYPASS)
        if status == MISS and self._should_update_cache(request, response):
            with cookies_left_out_of_the_key(request):
                response = super().process_response(request, response)
            tell_browsers_to_revalidate(response)
        elif status == HIT:
            tell_browsers_to_revalidate(response)
        else:
            status = BYPASS
        response[HEADER] = status
        return response


class FetchPageCacheMiddleware(FetchFromCacheMiddleware):
    """Serves anonymous visitors' pages from the cache.

    It comes right after the locale middleware, which it needs (the key has the language),
    rather than last as Django suggests: nothing between decides whether a request may use
    the cache (that is `request_may_use_cache`, from the cookies alone), and a hit then skips
    the CSRF, authentication, message, redirect and sign-in middleware. A stored answer
    already carries the headers they add on the way out.
    """

    def __init__(self, get_response):
        super().__init__(get_response)
        self.cache_alias = PAGE_CACHE_ALIAS
        self.key_prefix = ""

    @property
    def cache(self):
        return PAGE_CACHE

    def process_request(self, request):
        if not request_may_use_cache(request):
            request._cache_update_cache = False
            request._page_cache = BYPASS
            return None
        with cookies_left_out_of_the_key(request):
            response = super().process_request(request)
        request._page_cache = MISS if response is None else HIT
        return response


def clear_page_cache():
    """Empty the pages cache; its key prefix confines django-redis's pattern to page entries."""
    PageCache.forget()
    pages = caches[PAGE_CACHE_ALIAS]
    if hasattr(pages, "delete_pattern"):
        pages.delete_pattern("*")
    else:
        pages.clear()


def clear_page_cache_after_commit():
    # Clearing before the commit would let a visitor's request store the old page again.
    if settings.PAGE_CACHE_ENABLED:
        transaction.on_commit(clear_page_cache)


@cache
def models_shown_on_pages():
    from django.apps import apps

    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Locale, Page, PageViewRestriction, Site
    from wagtail.snippets.models import get_snippet_models

    return (
        Page,
        PageViewRestriction,
        Site,
        Locale,
        BaseSiteSetting,
        BaseGenericSetting,
        get_image_model(),
        get_document_model(),
        *get_snippet_models(),
        *(apps.get_model(label) for label in ALSO_SHOWN_ON_PAGES),
    )


def is_shown_on_pages(instance, *, saved):
    from wagtail.models import Page

    if not settings.PAGE_CACHE_ENABLED:
        return False
    # A page's save() stores drafts too; what visitors see changes when it is published.
    if saved and isinstance(instance, Page):
        return False
    return isinstance(instance, models_shown_on_pages())


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def clear_pages_when_a_page_changes(**kwargs):
    clear_page_cache_after_commit()


@receiver(post_save)
def clear_pages_when_content_is_saved(sender, instance, **kwargs):
    if is_shown_on_pages(instance, saved=True):
        clear_page_cache_after_commit()


@receiver(post_delete)
def clear_pages_when_content_is_deleted(sender, instance, **kwargs):
    if is_shown_on_pages(instance, saved=False):
        clear_page_cache_after_commit()
