"""The header and footer of each site in each language, kept in the cache.

Every public page shows its site's name, navigation, footer and settings. Building them
takes several queries (the home page, the linked pages, the settings, the logo), so they are
built once per site and language and kept until a page is published, moved or deleted, or
the settings change.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import get_language

from wagtail.models import Page, Site
from wagtail.rich_text import expand_db_html
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.locales import language_of, locale_for_language
from home.models import SiteSettings
from home.request_memo import forget, remembered

CACHE_KEY = "site-chrome:{site_id}:{language}"


def localize_pages(pages, request):
    """Map each page's id to its live translation in the visitor's locale, in one query.

    A page already in that locale maps to itself; a page with no live translation maps to
    itself, so the link still leads somewhere.
    """
    locale = locale_for_language(get_language())
    result = {page.pk: page for page in pages}
    foreign = [page for page in pages if locale and page.locale_id != locale.pk]
    if foreign:
        translations = Page.objects.live().filter(
            translation_key__in={page.translation_key for page in foreign}, locale=locale
        )
        by_key = {translation.translation_key: translation for translation in translations}
        for page in foreign:
            result[page.pk] = by_key.get(page.translation_key, page)
    return result


def link_url(link, localized, request):
    page = link.get("page")
    if page:
        return localized.get(page.pk, page).get_url(request) or ""
    return link.get("url") or ""


def link_language(link, localized, language):
    """The language of the page a link leads to, when it is not `language`, else None.

    A link whose page has no translation in the visitor's language leads to the page in its
    own language, and says so with `hreflang` and a marker.
    """
    page = link.get("page")
    if not page:
        return None
    target_language = language_of(localized.get(page.pk, page).locale_id)
    return target_language if target_language != language else None


def link_entry(link, localized, request, language):
    return {
        "label": link["label"],
        "url": link_url(link, localized, request),
        "language": link_language(link, localized, language),
    }


def page_url(page, request):
    """A page's URL without loading its locale: Wagtail's own get_url reads page.locale."""
    language = language_of(page.locale_id)
    site = Site.find_for_request(request)
    for root in Site.get_site_root_paths():
        if root.language_code == language and page.url_path.startswith(root.root_path):
            local = f"/{language}/{page.url_path[len(root.root_path) :]}"
            return local if site and site.pk == root.site_id else root.root_url + local
    return None


def network_map_urls(home, request, language):
    """The site's own map, and the European map, in the visitor's language where they exist."""
    from solutions.models import NetworkMapPage  # the map belongs to a later app

    maps = list(
        NetworkMapPage.objects.live().filter(depth=3).only("pk", "path", "url_path", "locale_id")
    )
    own = next((page for page in maps if page.path.startswith(home.path)), None)
    locale = locale_for_language(language)
    european_roots = [
        root.root_path
        for root in Site.get_site_root_paths()
        if root.language_code == language
        and urlsplit(root.root_url).hostname == settings.NETWORK_DOMAIN
    ]
    european = next(
        (
            page
            for page in maps
            if locale
            and page.locale_id == locale.pk
            and any(page.url_path.startswith(root) for root in european_roots)
        ),
        None,
    )
    return (
        page_url(own, request) if own else None,
        page_url(european, request) if european else None,
    )


def build_chrome(site, request, language):
    home = localize_pages([site.root_page], request)[site.root_page.pk].specific
    map_url, european_map_url = network_map_urls(home, request, language)
    links = {
        name: [block.value for block in getattr(home, name, None) or []]
        for name in ("navigation", "footer_links")
    }
    linked_pages = [link["page"] for items in links.values() for link in items if link.get("page")]
    localized = localize_pages(linked_pages, request)
    site_settings = SiteSettings.for_site(site)
    logo = site_settings.logo
    return {
        "home_id": home.pk,
        "home_url": home.get_url(request),
        "language": language,
        "network_name": getattr(home, "network_name", "") or site.site_name,
        "tagline": getattr(home, "tagline", ""),
        "footer_text": expand_db_html(getattr(home, "footer_text", "") or ""),
        "navigation": [
            link_entry(link, localized, request, language) for link in links["navigation"]
        ],
        "footer_links": [
            link_entry(link, localized, request, language) for link in links["footer_links"]
        ],
        "contact_email": site_settings.contact_email,
        "contact_phone": site_settings.contact_phone,
        "social_links": site_settings.social_links,
        "logo": logo.get_rendition("height-48").attrs_dict if logo else None,
        "map_url": map_url,
        "european_map_url": european_map_url,
        "share_image": request.build_absolute_uri(logo.get_rendition("fill-1200x630").url)
        if logo
        else "",
    }


def site_chrome(request):
    site = Site.find_for_request(request)
    if site is None:
        return None
    language = get_language()
    key = CACHE_KEY.format(site_id=site.pk, language=language)

    def cached_chrome():
        chrome = cache.get(key)
        if chrome is None:
            chrome = build_chrome(site, request, language)
            cache.set(key, chrome, 60 * 60)
        return chrome

    return remembered(key, cached_chrome)


def forget_all_chrome(**kwargs):
    keys = [
        CACHE_KEY.format(site_id=site_id, language=code)
        for site_id in Site.objects.values_list("pk", flat=True)
        for code, _name in settings.LANGUAGES
    ]
    cache.delete_many(keys)
    for key in keys:
        forget(key)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def forget_chrome_when_pages_change(**kwargs):
    forget_all_chrome()


@receiver(post_delete)
def forget_chrome_when_a_page_is_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        forget_all_chrome()


@receiver(post_save, sender=SiteSettings)
@receiver(post_save, sender=Site)
def forget_chrome_when_settings_change(**kwargs):
    forget_all_chrome()
