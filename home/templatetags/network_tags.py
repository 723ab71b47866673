from django import template
from django.conf import settings
from django.utils.translation import get_language, get_language_info

from wagtail.models import Page, Site

from home.locales import language_of, locale_for_language
from national_sites.languages import site_languages

register = template.Library()

LANGUAGE_ORDER = [code for code, _name in settings.LANGUAGES]


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


@register.simple_tag(takes_context=True)
def link_href(context, link):
    """The address of a LinkBlock value, pointing at the page's translation where one exists."""
    request = context.get("request")
    page = link.get("page")
    localized = localize_pages([page], request) if page else {}
    return link_url(link, localized, request)


@register.simple_tag(takes_context=True)
def localized_links(context, stream):
    """Each link of a navigation stream, translated with a single query.

    Each entry has the label, the URL and whether it leads to the page being read.
    """
    request = context.get("request")
    current = context.get("page")
    links = [block.value for block in stream or []]
    localized = localize_pages([link["page"] for link in links if link.get("page")], request)
    entries = []
    for link in links:
        target = localized.get(link["page"].pk) if link.get("page") else None
        entries.append(
            {
                "label": link["label"],
                "url": link_url(link, localized, request),
                "current": bool(current and target and target.pk == current.pk),
            }
        )
    return entries


@register.simple_tag(takes_context=True)
def site_home(context):
    """The current site's home page in the visitor's language, for the header and footer."""
    request = context.get("request")
    if request is None:
        return None
    cache_name = "_network_site_home"
    if not hasattr(request, cache_name):
        site = Site.find_for_request(request)
        home = None
        if site:
            home = localize_pages([site.root_page], request)[site.root_page.pk].specific
        setattr(request, cache_name, home)
    return getattr(request, cache_name)


def _language_entry(code, url, current):
    name = get_language_info(code)["name_local"]
    return {
        "code": code,
        # A menu entry starts with a capital, as in "Eesti" or "Dansk".
        "name": name[:1].upper() + name[1:],
        "url": url,
        "current": code == current,
    }


@register.simple_tag(takes_context=True)
def page_translations(context, page=None):
    """Every live translation of the page, in the order of settings.LANGUAGES.

    Each entry has the language code, its name in its own language, the absolute URL and
    whether it is the language being read. Outside a page (a 404, say) it lists the
    translations of the site's home page.
    """
    request = context.get("request")
    page = page or context.get("page")
    if page is None:
        page = site_home(context)
    if page is None or request is None:
        return []
    current = getattr(page, "locale", None)
    current_code = current.language_code if current else get_language()
    translations = page.get_translations(inclusive=True).live().select_related("locale")
    entries = []
    for translation in translations:
        url = translation.get_full_url(request)
        if url:
            entries.append(_language_entry(translation.locale.language_code, url, current_code))
    entries.sort(key=lambda entry: LANGUAGE_ORDER.index(entry["code"]))
    return entries


@register.simple_tag(takes_context=True)
def x_default_url(context, translations):
    """The translation a visitor with no language match should get: the site's own language."""
    request = context.get("request")
    if not translations:
        return ""
    site = Site.find_for_request(request) if request else None
    default_code = site_languages(site)[0] if site else settings.LANGUAGE_CODE
    for entry in translations:
        if entry["code"] == default_code:
            return entry["url"]
    return translations[0]["url"]


@register.filter
def page_language(page):
    """The language a page is written in, for <html lang>."""
    if isinstance(page, Page):
        return language_of(page.locale_id) or get_language()
    return get_language()
