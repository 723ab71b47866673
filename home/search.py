"""Search across the network's pages, in the visitor's language.

A visitor searches the live pages of every site in the language they are reading, leaving
out every page behind a view restriction they do not pass: a members' area is found by its
network's members only, and by nobody who is not signed in. Their own site's pages come
first, then the rest of the network. The query is reduced to plain words first, so search
operators and very long input never reach the database.
"""

import html
import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist
from django.core.paginator import InvalidPage, Paginator
from django.db.models import Q
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.html import escape, format_html, format_html_join, strip_tags
from django.utils.translation import get_language

from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.search.backends import get_search_backend

from home.chrome import page_url
from home.locales import locale_for_language
from home.models import SiteChromeMixin
from national_sites.languages import site_languages

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
RESULTS_PER_PAGE = 10
SNIPPET_LENGTH = 240
# The first of these a page has is its summary in the results.
SNIPPET_FIELDS = ("intro", "summary", "description", "search_description")


def clean_query(text):
    """The words of a visitor's query: no operators, quotes or symbols, at most MAX_TERMS."""
    words = re.findall(r"[^\W_]+", text[:MAX_QUERY_LENGTH])
    return " ".join(words[:MAX_TERMS])


def term_pattern(query):
    """Words that start with a query term, or with the first letters of a long one.

    Search matches stems, so "ciudades" finds "ciudad"; cutting long terms lets the
    highlight follow roughly the same forms.
    """
    stems = {term[: max(4, len(term) - 2)] for term in query.split()}
    if not stems:
        return None
    alternatives = "|".join(re.escape(stem) for stem in sorted(stems, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\w*", re.IGNORECASE)


def highlight(text, pattern):
    """The text, escaped, with each match wrapped in <mark>."""
    if pattern is None:
        return escape(text)
    pieces, position = [], 0
    for match in pattern.finditer(text):
        pieces.append((text[position : match.start()], match.group()))
        position = match.end()
    return format_html(
        "{}{}",
        format_html_join("", "{}<mark>{}</mark>", pieces),
        text[position:],
    )


def snippet_text(page, pattern):
    """A page's summary as plain text, cut around the first match when it is long."""
    text = next((value for name in SNIPPET_FIELDS if (value := getattr(page, name, ""))), "")
    text = " ".join(html.unescape(strip_tags(str(text))).split())
    if len(text) <= SNIPPET_LENGTH:
        return text
    match = pattern.search(text) if pattern else None
    start = 0
    if match and match.start() > SNIPPET_LENGTH // 2:
        start = text.rfind(" ", 0, match.start() - SNIPPET_LENGTH // 4) + 1
    end = text.rfind(" ", start, start + SNIPPET_LENGTH)
    end = end if end > start else start + SNIPPET_LENGTH
    return ("… " if start else "") + text[start:end] + " …"


@dataclass
class SearchResult:
    url: str
    title: str
    type_name: str
    date: object
    has_time: bool
    snippet: str
    site_name: str
    site_url: str
    parent_title: str
    parent_url: str


class OwnSiteFirst:
    """The results of two searches, the visitor's own site then the rest, as one list.

    The Paginator asks for the count and then for one slice, so at most the two counts and
    the two slices that one page of results spans reach the database.
    """

    def __init__(self, own, rest):
        self.own, self.rest = own, rest

    def count(self):
        return self.own_count + self.rest.count()

    @property
    def own_count(self):
        return self.own.count() if self.own is not None else 0

    def __getitem__(self, key):
        own_count = self.own_count
        own = list(self.own[key.start : min(key.stop, own_count)]) if key.start < own_count else []
        rest = []
        if key.stop > own_count:
            rest = list(self.rest[max(key.start - own_count, 0) : key.stop - own_count])
        return [(page, True) for page in own] + [(page, False) for page in rest]


def site_homes(locale):
    """Every site's home page in this locale, as (path, url_path, network name), in one query."""
    querysets = [
        model.objects.filter(locale_id=locale.pk)
        .order_by()
        .values_list("path", "url_path", "network_name")
        for model in apps.get_models()
        if issubclass(model, SiteChromeMixin)
    ]
    return list(querysets[0].union(*querysets[1:]))


def closed_to(user):
    """The pages under a view restriction that `user` does not pass, as a filter.

    It answers as `PageViewRestriction.accept_request` does, from one query for the user's
    groups: a shared password never counts, since search results would show the pages
    without asking for it.
    """
    if not user.is_authenticated:
        return Page.objects.private_q()
    group_ids = set(user.groups.values_list("pk", flat=True))
    closed = Q(pk__in=[])
    restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    for restriction in restrictions:
        passes = restriction.restriction_type == PageViewRestriction.LOGIN or (
            restriction.restriction_type == PageViewRestriction.GROUPS
            and (user.is_superuser or group_ids & {group.pk for group in restriction.groups.all()})
        )
        if not passes:
            closed |= Page.objects.descendant_of_q(restriction.page, inclusive=True)
    return closed


def find_results(request, query, language):
    """One page of results for the query, and its paginator."""
    locale = locale_for_language(language)
    site = Site.find_for_request(request)
    homes = site_homes(locale)
    own_root = next(
        (
            root.root_path
            for root in Site.get_site_root_paths()
            if site and root.site_id == site.pk and root.language_code == language
        ),
        None,
    )
    own_path = next((path for path, url_path, _name in homes if url_path == own_root), None)

    pages = (
        Page.objects.live()
        .exclude(closed_to(request.user))
        .filter(locale_id=locale.pk, depth__gt=1)
    )
    backend = get_search_backend(LANGUAGE=language)
    own = None
    if own_path:
        own = backend.search(query, pages.filter(path__startswith=own_path))
        pages = pages.exclude(path__startswith=own_path)
    paginator = Paginator(OwnSiteFirst(own, backend.search(query, pages)), RESULTS_PER_PAGE)
    try:
        results_page = paginator.page(request.GET.get("page") or 1)
    except InvalidPage:
        results_page = paginator.page(1)
    results_page.object_list = describe(request, results_page.object_list, homes, query)
    return results_page


@cache
def page_type_lookups():
    """Each page type with its select_related path from Page, such as "newspage"."""
    lookups = {}
    for model in apps.get_models():
        if issubclass(model, Page) and model is not Page:
            names, current = [], model
            while current is not Page:
                parent, link = next(iter(current._meta.parents.items()))
                names.insert(0, link.related_query_name())
                current = parent
            lookups[model] = "__".join(names)
    return lookups


def specific_pages(ids, paths, models):
    """The pages with these ids or paths in one query, each found page as its own type.

    Joining the tables of the page types in the results costs one query, where Wagtail's
    `specific()` costs one per page type; the stream fields, which results never show, are
    not loaded. Only the types present are joined: a join of every page type's table makes
    PostgreSQL's row estimate explode, and its JIT compiler then spends seconds on a query
    that returns ten rows. The parents, shown by title only, stay plain pages.
    """
    lookups = {model: lookup for model, lookup in page_type_lookups().items() if model in models}
    deferred = [
        f"{lookup}__{field.name}"
        for model, lookup in lookups.items()
        for field in model._meta.local_fields
        if isinstance(field, StreamField)
    ]
    pages = (
        Page.objects.filter(Q(pk__in=ids) | Q(path__in=paths))
        .select_related(*lookups.values())
        .defer(*deferred)
    )
    result = {}
    for page in pages:
        result[page.pk] = page
        lookup = lookups.get(page.specific_class)
        try:
            for name in lookup.split("__") if lookup else []:
                result[page.pk] = getattr(result[page.pk], name)
        except ObjectDoesNotExist:
            # A page type's row missing (a half-run migration): show what Page knows.
            result[page.pk] = page
    return result


def describe(request, found, homes, query):
    """What the template shows of each page: its page type, date, summary and origin."""
    parent_paths = {page.path[: -Page.steplen] for page, _own in found}
    loaded = specific_pages(
        [page.pk for page, _own in found],
        parent_paths,
        {page.specific_class for page, _own in found},
    )
    parents = {page.path: page for page in loaded.values() if page.depth > 2}
    pattern = term_pattern(query)
    results = []
    for base, own in found:
        page = loaded.get(base.pk, base)
        home = max(
            (home for home in homes if page.url_path.startswith(home[1])),
            key=lambda home: len(home[1]),
            default=None,
        )
        parent = parents.get(page.path[: -Page.steplen])
        date = getattr(page, "search_date", None) or page.first_published_at
        results.append(
            (
                own,
                SearchResult(
                    url=page_url(page, request) or "",
                    title=highlight(page.title, pattern),
                    type_name=page._meta.verbose_name,
                    date=date,
                    has_time=isinstance(date, datetime),
                    snippet=highlight(snippet_text(page, pattern), pattern),
                    site_name=home[2] if home else "",
                    site_url=page_url(Page(url_path=home[1], locale_id=page.locale_id), request)
                    if home
                    else "",
                    parent_title=parent.title if parent else "",
                    parent_url=page_url(parent, request) if parent else "",
                ),
            )
        )
    return results


def search(request):
    """The search page: the form, and the results when there is a query."""
    language = get_language()
    site = Site.find_for_request(request)
    if locale_for_language(language) is None or (site and language not in site_languages(site)[1]):
        raise Http404
    raw_query = request.GET.get("q", "")[:MAX_QUERY_LENGTH]
    query = clean_query(raw_query)
    context = {"query": raw_query.strip(), "searched": bool(query)}
    if query:
        results_page = find_results(request, query, language)
        context.update(
            results_page=results_page,
            own_results=[result for own, result in results_page.object_list if own],
            network_results=[result for own, result in results_page.object_list if not own],
            page_numbers=results_page.paginator.get_elided_page_range(results_page.number),
        )
    return TemplateResponse(request, "home/search_results.html", context)
