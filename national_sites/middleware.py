import re

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.translation.trans_real import parse_accept_lang_header

from wagtail.models import Site

from national_sites.languages import site_languages

LANGUAGE_SHAPED = re.compile(r"[a-z]{2,3}(-[a-z0-9]{2,8})?", re.IGNORECASE)


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
        # prefix. A path that already starts with something shaped like a language code
        # that we do not serve (/xx/, /pt-br/) is an unknown language: it stays a 404.
        if response.status_code == 404 and not translation.get_language_from_path(
            request.path_info
        ):
            first_segment = request.path_info.strip("/").split("/")[0]
            if LANGUAGE_SHAPED.fullmatch(first_segment):
                return response
        return super().process_response(request, response)
