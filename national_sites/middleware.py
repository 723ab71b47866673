from django.conf import settings
from django.http import Http404
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.translation.trans_real import parse_accept_lang_header

from wagtail.models import Site

from national_sites.languages import site_languages

# The first path segments that smartencity/urls.py serves outside i18n_patterns.
UNPREFIXED_SECTIONS = {"admin", "documents", "i18n", "static", "media"}


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's locale middleware, made aware that each site has its own languages.

    A URL with a language prefix is served in that language. Without one, a visitor lands in
    a language the site is published in: their cookie choice, then their browser's
    Accept-Language, then the site's own language. Django alone would fall back to English,
    which would send visitors of a national site away from its national language.
    """

    def process_request(self, request):
        if translation.get_language_from_path(request.path_info):
            return super().process_request(request)
        language = self.landing_language(request)
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
        return None

    def landing_language(self, request):
        site = Site.find_for_request(request)
        if site is None:
            return settings.LANGUAGE_CODE
        default, available = site_languages(site)
        cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        if cookie in available:
            return cookie
        for accepted, _quality in parse_accept_lang_header(
            request.headers.get("Accept-Language", "")
        ):
            code = accepted.lower().split("-")[0]
            if code in available:
                return code
        return default

    def process_response(self, request, response):
        # Django would redirect any unprefixed 404 to the same path under a language
        # prefix, and Wagtail's catch-all pattern makes every path look valid. Redirect only
        # a visitor's GET of the site root or of an address where a page really is; anything
        # else, such as /xx/ (a language we do not serve), the admin or a form post, stays
        # a plain 404.
        if (
            response.status_code == 404
            and not translation.get_language_from_path(request.path_info)
            and not (request.method in ("GET", "HEAD") and self.is_page_address(request))
        ):
            return response
        return super().process_response(request, response)

    def is_page_address(self, request):
        components = [part for part in request.path_info.split("/") if part]
        if not components:
            return True
        if components[0] in UNPREFIXED_SECTIONS:
            return False
        site = Site.find_for_request(request)
        if site is None:
            return False
        try:
            route = site.root_page.localized.specific.route(request, components)
        except Http404:
            return False
        return route.page.live
