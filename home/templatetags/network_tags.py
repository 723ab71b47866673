from django import template
from django.conf import settings
from django.utils.translation import get_language, get_language_info

from wagtail.models import Page, Site

from national_sites.languages import site_languages

register = template.Library()

LANGUAGE_ORDER = [code for code, _name in settings.LANGUAGES]


@register.simple_tag(takes_context=True)
def link_href(context, link):
    """The address of a LinkBlock value, pointing at the page's translation where one exists."""
    page = link.get("page")
    if page:
        return page.localized.get_url(context.get("request")) or ""
    return link.get("url") or ""


@register.simple_tag(takes_context=True)
def site_home(context):
    """The current site's home page in the visitor's language, for the header and footer."""
    request = context.get("request")
    if request is None:
        return None
    cache_name = "_network_site_home"
    if not hasattr(request, cache_name):
        site = Site.find_for_request(request)
        home = site.root_page.localized.specific if site else None
        setattr(request, cache_name, home)
    return getattr(request, cache_name)


def _language_entry(code, url, current):
    info = get_language_info(code)
    return {
        "code": code,
        "name": info["name_local"],
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
        return page.locale.language_code
    return get_language()
