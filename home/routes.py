"""Which site a host is, and which page a path is, remembered between requests.

Wagtail finds both afresh for every request: a query for the site, one for the active
locale, and two or more while it walks the tree from the localized home page down to the
page, loading each page on the way with all its content. Most of that is the same answer
every time, so the answers are kept in the default cache (Redis in production):

- a host and port to the `Site` Wagtail would find for it;
- a site, language and path to the page Wagtail's routing ended at, as its content type,
  id and `url_path`. Serving such a path loads that one page and nothing else;
- the paths of the pages that have a view restriction (and of alias pages), so that a page
  nobody restricted is served without reading its ancestors' restrictions.

Wagtail reads both from the request when they are there (`request._wagtail_site` and
`request._wagtail_route_for_request`), so its own serve view, hooks and view restrictions
work unchanged. Only plain routes are kept: a routable page's sub-routes and any path that
ended in a 404 are routed by Wagtail every time.

Every entry lives under one generation. Saving or deleting any page, site, locale or view
restriction, and
moving a page, starts a new one (also once the change is committed), so no entry survives a
change to the tree; a remembered page is also checked to be live and still at the same
`url_path` before it is served. With Redis down, every lookup misses and Wagtail routes as
it always does.
"""

import hashlib

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http.request import split_domain_port
from django.utils.deprecation import MiddlewareMixin
from django.utils.translation import get_language

from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import post_page_move
from wagtail.url_routing import RouteResult

from home import generations

GENERATION_KEY = generations.PAGE_TREE
ROUTE_SECONDS = generations.PAGE_TREE_SECONDS


def generation():
    return generations.current(GENERATION_KEY)


def forget_routes(**kwargs):
    """Forget every route now, and again once the change is committed.

    A visitor served while the change is being saved routes through the tree as it was
    committed before; the second start keeps what that visitor stored from outliving it.
    """
    generations.start_new(GENERATION_KEY)
    transaction.on_commit(lambda: generations.start_new(GENERATION_KEY))


def site_for_request(request):
    """The site Wagtail would find for the request, from the cache where it can be.

    Only a host that is a site's own name is remembered: any other host falls back to the
    default site, and remembering each of them would let anyone fill the cache.
    """
    hostname = split_domain_port(request._get_raw_host())[0]
    key = f"routes:{generation()}:site:{hostname}:{request.get_port()}"
    site = cache.get(key)
    if site is None:
        site = Site.find_for_request(request)
        if site is not None and site.hostname == hostname:
            cache.set(key, site, ROUTE_SECONDS)
    return site


def route_key(site, path):
    # Paths can be as long as a visitor makes them; the key stays short.
    digest = hashlib.sha256(path.encode()).hexdigest()[:32]
    return f"routes:{generation()}:page:{site.pk}:{get_language()}:{digest}"


def remembered_route(key):
    """The route stored under `key`, if its page is still live at the same address."""
    entry = generations.read(key)
    if entry is None:
        return None
    content_type_id, page_id, url_path = entry
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None
    page = model.objects.filter(pk=page_id).first()
    if page is None or not page.live or page.url_path != url_path:
        return None
    return RouteResult(page)


def remember_route(key, route):
    page = route.page
    if route.args or route.kwargs or isinstance(page, RoutablePageMixin):
        return
    generations.store(key, (page.content_type_id, page.pk, page.url_path), ROUTE_SECONDS)


def restricted_and_alias_paths():
    """The tree paths of pages with a view restriction, and of alias pages.

    Both are few, and every page view asks which of its ancestors are among them.
    """

    def paths():
        restricted = PageViewRestriction.objects.values_list("page__path", flat=True)
        aliases = Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True)
        return frozenset(restricted), frozenset(aliases)

    return generations.kept_with_the_tree("restricted", paths)


def view_restrictions_of(page):
    """What `Page.get_view_restrictions()` returns, without a query for an open page.

    Wagtail loads the page's ancestors and then their restrictions for every view. Here the
    restricted paths say whether any ancestor has one; only then are they read, and a tree
    with an alias on the way is left to Wagtail, which resolves aliases to their source.
    """
    ancestors = [page.path[:end] for end in range(page.steplen, len(page.path) + 1, page.steplen)]
    restricted, aliases = restricted_and_alias_paths()
    if page.alias_of_id or aliases.intersection(ancestors):
        return None
    applying = restricted.intersection(ancestors)
    if not applying:
        return PageViewRestriction.objects.none()
    return PageViewRestriction.objects.filter(page__path__in=applying)


class RouteCacheMiddleware(MiddlewareMixin):
    """Hands Wagtail's serve view the site and the page route it would look up again.

    It acts only when a page is about to be rendered, after the page cache has missed.
    """

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or request.method not in ("GET", "HEAD"):
            return None
        if not hasattr(request, "_wagtail_site"):
            request._wagtail_site = site_for_request(request)
        site = request._wagtail_site
        if site is None:
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        key = route_key(site, path)
        route = remembered_route(key)
        if route is not None:
            request._wagtail_route_for_request = route
            return None
        route = Page.route_for_request(request, path)
        if route is not None:
            remember_route(key, route)
        return None


@receiver(post_page_move)
def forget_routes_after_a_move(**kwargs):
    forget_routes()


@receiver(post_save)
@receiver(post_delete)
def forget_routes_after_a_tree_change(sender, instance, **kwargs):
    if isinstance(instance, Page | Site | Locale | PageViewRestriction):
        forget_routes()
