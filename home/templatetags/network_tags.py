from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info, gettext

from wagtail.models import Page, Site

from home import chrome, generations
from home.chrome import localize_pages
from home.locales import language_of
from national_sites.languages import site_languages

register = template.Library()

LANGUAGE_ORDER = [code for code, _name in settings.LANGUAGES]


@register.inclusion_tag("includes/page_link.html", takes_context=True)
def link_to(context, link, css_class=""):
    """A LinkBlock value as a link: to the page's translation in the visitor's language, or,
    where there is none, to the page in its own language, marked with `hreflang` and the
    language's name so that nobody follows it expecting their own language."""
    request = context.get("request")
    page = link.get("page")
    localized = localize_pages([page], request) if page else {}
    current = page_language(context.get("page"))
    return {
        **chrome.link_entry(link, localized, request, current),
        "css_class": css_class,
        "page": context.get("page"),
    }


@register.simple_tag(takes_context=True)
def site_chrome(context):
    """The current site's name, navigation, footer and settings in the visitor's language."""
    request = context.get("request")
    if request is None:
        return None
    if not hasattr(request, "_network_chrome"):
        request._network_chrome = chrome.site_chrome(request)
    return request._network_chrome


def site_home_page(context):
    """The site's home page in the visitor's language, for pages outside the page tree."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    return localize_pages([site.root_page], request)[site.root_page.pk]


def language_name(code):
    """A language's name in that language, as a menu or a marker shows it: "Eesti", "Dansk"."""
    name = get_language_info(code)["name_local"]
    return name[:1].upper() + name[1:]


@register.simple_tag(takes_context=True)
def language_marker(context, code):
    """The badge that says a linked page or a listed item is written in another language.

    It is empty when `code` is the language being read, so listings call it for every item;
    being a plain tag rather than an included template, that costs next to nothing.
    """
    if not code or code == page_language(context.get("page")):
        return ""
    return format_html(
        ' <span class="language-marker"><span class="visually-hidden">{} </span>'
        '<span lang="{}">{}</span></span>',
        gettext("Written in"),
        code,
        language_name(code),
    )


@register.simple_tag
def network_language_names():
    """Every network language's own name, by code, for scripts that mark other languages."""
    return [(code, language_name(code)) for code in LANGUAGE_ORDER]


def _language_entry(code, url, current):
    return {
        "code": code,
        "name": language_name(code),
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
        page = site_home_page(context)
    if page is None or request is None:
        return []
    current_code = language_of(page.locale_id) or get_language()
    site = Site.find_for_request(request)

    def addresses():
        # Plain pages, not the specific type: the switcher needs addresses, not the bodies.
        translations = (
            Page.objects.filter(translation_key=page.translation_key)
            .live()
            .select_related("locale")
        )
        found = [(t.locale.language_code, t.get_full_url(request)) for t in translations]
        return sorted(
            [(code, url) for code, url in found if url],
            key=lambda address: LANGUAGE_ORDER.index(address[0]),
        )

    key = f"translations:{site.pk if site else 0}:{page.translation_key}"
    return [
        _language_entry(code, url, current_code)
        for code, url in generations.kept_with_the_tree(key, addresses)
    ]


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
