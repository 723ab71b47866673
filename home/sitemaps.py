"""What search engines read: each site's sitemap.xml, with every translation, and robots.txt."""

from django.conf import settings
from django.db.models import Q
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_GET

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from home.locales import language_of
from national_sites.languages import site_languages

LANGUAGE_ORDER = [code for code, _name in settings.LANGUAGES]
PAGE_FIELDS = [
    "path",
    "url_path",
    "locale_id",
    "translation_key",
    "last_published_at",
    "latest_revision_created_at",
]


class NetworkSitemap(Sitemap):
    """Every live, public page of the requested site, in every language it is published in.

    Wagtail's own sitemap lists the descendants of the site's root page, which is only the
    tree of the site's own language; here every locale's tree of the site is listed, and each
    page names its translations as hreflang alternates, itself included, with the site's own
    language as x-default. Pages are read as plain `Page` rows and their URLs come from the
    cached site root paths, so the query count grows neither with the pages nor with the
    page types.
    """

    def site_pages(self):
        site_id = self.get_wagtail_site().pk
        roots = [root for root in Site.get_site_root_paths() if root.site_id == site_id]
        if not roots:
            return Page.objects.none()
        within_site = Q()
        for root in roots:
            within_site |= Q(url_path__startswith=root.root_path)
        return Page.objects.live().public().filter(within_site).only(*PAGE_FIELDS)

    def items(self):
        return self.site_pages().order_by("path")

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        # The translations come in one query rather than from this page of the paginator,
        # so a page and its translations list each other even when split across pages.
        versions = {}
        translations = self.site_pages().filter(
            translation_key__in={item.translation_key for item in pages}
        )
        for version in translations:
            url = version.get_full_url(self.request)
            if url:
                language = language_of(version.locale_id)
                versions.setdefault(version.translation_key, {})[language] = url
        default_language = site_languages(self.get_wagtail_site())[0]
        urls = []
        for item in pages:
            location = item.get_full_url(self.request)
            if not location:
                continue
            urls.append(
                {
                    "item": item,
                    "location": location,
                    "lastmod": self.lastmod(item),
                    "alternates": self.alternates(
                        versions.get(item.translation_key, {}), default_language
                    ),
                }
            )
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls

    @staticmethod
    def alternates(by_language, default_language):
        if len(by_language) < 2:
            return []
        codes = sorted(by_language, key=LANGUAGE_ORDER.index)
        alternates = [{"lang_code": code, "location": by_language[code]} for code in codes]
        default = by_language.get(default_language, alternates[0]["location"])
        return [*alternates, {"lang_code": "x-default", "location": default}]


@require_GET
def robots_txt(request):
    """Crawl the public site, not the admin or search results; the sitemap is on this host."""
    site = Site.find_for_request(request)
    sitemap_path = reverse("sitemap")
    sitemap_url = (
        site.root_url + sitemap_path if site else request.build_absolute_uri(sitemap_path)
    )
    lines = ["User-agent: *", "Allow: /", "Disallow: /admin/"]
    for code in LANGUAGE_ORDER:
        with translation.override(code):
            lines.append(f"Disallow: {reverse('search')}")
    lines += ["", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
