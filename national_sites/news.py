"""Reading the news for lists, pages, feeds and the European site, in few queries.

What every page or many pages show is kept in the cache: the latest news of each national
network and the address of the site's news feeds (per site and language), each news index's
archive, and the topics, cities and solutions each news page names. Publishing,
unpublishing, moving or deleting any page forgets them all at once, by starting a new
cache generation.
"""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, F, Prefetch, Q, Window
from django.db.models.functions import ExtractMonth, ExtractYear, RowNumber, Substr
from django.utils.translation import get_language

from wagtail.images import get_image_model
from wagtail.models import Site

from home import generations
from home.chrome import page_url
from home.images import NEWS_CARD
from home.listings import listed_children
from home.locales import language_of, locale_for_language
from solutions.network_data import topics_in

GENERATION_KEY = "news:generation"
CACHE_SECONDS = 60 * 60
NEWS_PER_NETWORK = 3
NEWS_ABOUT_A_PAGE = 3
# What a news summary needs; the body stays in the database.
SUMMARY_FIELDS = ("title", "url_path", "locale_id", "translation_key", "date", "intro", "path")


def is_european_site(site):
    return site is not None and site.hostname == settings.NETWORK_DOMAIN


def local_url(page, request):
    return page_url(page, request) or ""


def listed_news(index):
    """The live news a news index lists, newest first, each once (see `listed_children`)."""
    from national_sites.models import NewsPage

    return listed_children(NewsPage, index).order_by("-date", "-pk")


def with_listing_relations(news):
    """The news with their main images, and then their topics and images' renditions in two
    more queries."""
    renditions = (
        get_image_model()
        .get_rendition_model()
        .objects.filter(filter_spec__in=NEWS_CARD.all_filter_specs())
    )
    return news.select_related("main_image").prefetch_related(
        "topics",
        # Wagtail's get_rendition() looks in `prefetched_renditions` before querying.
        Prefetch("main_image__renditions", queryset=renditions, to_attr="prefetched_renditions"),
    )


def topic_names(topics, language):
    names = topics_in(language)
    return [names.get(topic.slug, (topic.slug,))[0] for topic in topics]


def news_entries(pages, request):
    """Each news page of a list with its address, its language, and its topics in it."""
    entries = []
    for page in pages:
        language = language_of(page.locale_id)
        entries.append(
            {
                "page": page,
                "url": local_url(page, request),
                "language": language,
                "topics": topic_names(page.topics.all(), language),
            }
        )
    return entries


def archive(index, request):
    """The years and months that have news, newest first, with how many each has."""
    return cached(f"archive:{index.pk}", lambda: build_archive(index, request))


def build_archive(index, request):
    news = listed_news(index)
    index_url = local_url(index, request)
    rows = (
        news.order_by()
        .annotate(year=ExtractYear("date"), month=ExtractMonth("date"))
        .values("year", "month")
        .annotate(count=Count("pk"))
        .order_by("-year", "-month")
    )
    years = []
    for row in rows:
        if not years or years[-1]["year"] != row["year"]:
            years.append(
                {
                    "year": row["year"],
                    "count": 0,
                    "url": f"{index_url}{row['year']}/",
                    "months": [],
                }
            )
        year = years[-1]
        year["count"] += row["count"]
        year["months"].append(
            {
                "month": row["month"],
                "count": row["count"],
                "date": datetime.date(row["year"], row["month"], 1),
                "url": f"{year['url']}{row['month']:02}/",
            }
        )
    return years


class ArchivePaginator(Paginator):
    """A paginator told the number of news by the archive, which has already counted them."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self.known_count = count

    @property
    def count(self):
        return self.known_count


def news_count(archive_years, year=None, month=None):
    return sum(
        item["count"]
        for entry in archive_years
        if year is None or entry["year"] == year
        for item in entry["months"]
        if month is None or item["month"] == month
    )


def has_news_in(archive_years, year, month=None):
    return any(
        entry["year"] == year
        and (month is None or any(item["month"] == month for item in entry["months"]))
        for entry in archive_years
    )


def best_translations(pages, locale_id):
    """One page per translation key: the one in `locale_id` where it is live, else any."""
    best = {}
    for page in pages:
        current = best.get(page.translation_key)
        if current is None or (page.locale_id == locale_id and current.locale_id != locale_id):
            best[page.translation_key] = page
    return list(best.values())


def related_pages(news_page, relation, request):
    """The cities or solutions a news page is about, in its language where translated."""
    model = news_page._meta.get_field(relation).related_model
    if not news_page.pk:
        return []
    keys = model.objects.filter(news=news_page).values("translation_key")
    pages = (
        model.objects.live()
        .filter(translation_key__in=keys)
        .only("title", "url_path", "locale_id", "translation_key")
        .order_by("title", "pk")
    )
    return [
        {
            "title": page.title,
            "url": local_url(page, request),
            "language": language_of(page.locale_id),
        }
        for page in best_translations(pages, news_page.locale_id)
    ]


def news_page_context(news_page, request):
    """What a news page shows besides its own fields, from the cache (but not in previews,
    which show unsaved changes)."""
    if getattr(request, "is_preview", False):
        return build_news_page_context(news_page, request)
    return cached(f"page:{news_page.pk}", lambda: build_news_page_context(news_page, request))


def build_news_page_context(news_page, request):
    language = language_of(news_page.locale_id)
    url = local_url(news_page, request)
    return {
        "topics": topic_names(news_page.topics.all(), language),
        "about_cities": related_pages(news_page, "cities", request),
        "about_solutions": related_pages(news_page, "solutions", request),
        # The index is the parent: its address is this page's without the last segment.
        "index_url": url.rstrip("/").rsplit("/", 1)[0] + "/" if url else "",
    }


def news_about(page, relation, request):
    """The latest live news about a city or solution page, in the page's language, cached."""
    if getattr(request, "is_preview", False):
        return build_news_about(page, relation, request)
    return cached(f"about:{page.pk}", lambda: build_news_about(page, relation, request))


def build_news_about(page, relation, request):
    from national_sites.models import NewsPage

    about = NewsPage.objects.filter(**{f"{relation}__translation_key": page.translation_key})
    news = (
        NewsPage.objects.live()
        .filter(locale_id=page.locale_id, pk__in=about.values("pk"))
        .only(*SUMMARY_FIELDS)
        .order_by("-date", "-pk")[:NEWS_ABOUT_A_PAGE]
    )
    return [
        {
            "title": item.title,
            "url": local_url(item, request),
            "date": item.date,
            "intro": item.intro,
        }
        for item in news
    ]


def generation():
    """The cache generation of the news: forgetting them all is starting a new one."""
    return generations.current(GENERATION_KEY)


def cached(name, build):
    return generations.kept(GENERATION_KEY, name, build, CACHE_SECONDS)


def forget_news():
    generations.start_new(GENERATION_KEY)


def national_news(request):
    """The latest news of each national network, for the European site (see build)."""
    site = Site.find_for_request(request)
    language = get_language()
    site_id = site.pk if site else 0
    return cached(f"national:{site_id}:{language}", lambda: build_national_news(language))


def national_roots():
    """Each national site's country and its root paths, by language."""
    roots = Site.get_site_root_paths()
    result = []
    for country in settings.NETWORK.countries:
        hostname = country.hostname(settings.NETWORK_DOMAIN)
        by_language = {
            root.language_code: root
            for root in roots
            if urlsplit(root.root_url).hostname == hostname
        }
        if country.language in by_language:
            result.append((country, by_language))
    return result


def root_url(roots, page, language):
    root = roots.get(language)
    if root is None or not page.url_path.startswith(root.root_path):
        return ""
    return f"{root.root_url}/{language}/{page.url_path[len(root.root_path) :]}"


def build_national_news(language):
    """Each national network's latest news, in three queries whatever the number of news.

    The latest are chosen among the news written in the network's own language. Each is
    shown in `language` where a live translation exists, and otherwise as it was written,
    with its language so that the template can mark it.
    """
    from national_sites.models import NationalHomePage, NewsPage

    networks = national_roots()
    if not networks:
        return []
    in_own_trees = Q()
    for country, roots in networks:
        in_own_trees |= Q(url_path__startswith=roots[country.language].root_path)
    site_of_path = NewsPage.steplen * 2
    latest = list(
        NewsPage.objects.live()
        .filter(in_own_trees)
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=Substr("path", 1, site_of_path),
                order_by=[F("date").desc(), F("pk").desc()],
            )
        )
        .filter(rank__lte=NEWS_PER_NETWORK)
        .only(*SUMMARY_FIELDS)
        .order_by("-date", "-pk")
    )
    locale = locale_for_language(language)
    translated = {}
    if locale and any(item.locale_id != locale.pk for item in latest):
        translated = {
            item.translation_key: item
            for item in NewsPage.objects.live()
            .filter(translation_key__in=[item.translation_key for item in latest], locale=locale)
            .only(*SUMMARY_FIELDS)
        }
    home_paths = [
        roots[code].root_path
        for country, roots in networks
        for code in {country.language, language}
        if code in roots
    ]
    network_names = dict(
        NationalHomePage.objects.live()
        .filter(url_path__in=home_paths)
        .values_list("url_path", "network_name")
    )

    result = []
    for country, roots in networks:
        own = roots[country.language]
        items = []
        for source in latest:
            if not source.url_path.startswith(own.root_path):
                continue
            item = translated.get(source.translation_key, source)
            item_language = language_of(item.locale_id)
            items.append(
                {
                    "title": item.title,
                    "intro": item.intro,
                    "date": item.date,
                    "url": root_url(roots, item, item_language),
                    "language": item_language,
                }
            )
        if not items:
            continue
        visitor_root = roots.get(language)
        name_in_language = visitor_root and network_names.get(visitor_root.root_path)
        name_language = language if name_in_language else country.language
        result.append(
            {
                "code": country.code,
                "name": name_in_language
                or network_names.get(own.root_path)
                or country.network_name,
                "name_language": name_language,
                "url": (visitor_root if name_in_language else own).root_url + f"/{name_language}/",
                "items": items,
            }
        )
    return result


def feed_links(request):
    """The current site's news feeds in the current language, or {} where it has no news."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    language = get_language()
    return cached(f"feeds:{site.pk}:{language}", lambda: build_feed_links(site, language))


def build_feed_links(site, language):
    from national_sites.models import NewsIndexPage

    root = next(
        (
            root
            for root in Site.get_site_root_paths()
            if root.site_id == site.pk and root.language_code == language
        ),
        None,
    )
    locale = locale_for_language(language)
    if root is None or locale is None:
        return {}
    index = (
        NewsIndexPage.objects.live()
        .filter(locale=locale, depth=3, url_path__startswith=root.root_path)
        .only("title", "url_path")
        .first()
    )
    if index is None:
        return {}
    url = f"/{language}/{index.url_path[len(root.root_path) :]}"
    return {
        "title": index.title,
        "rss": url + index.reverse_subpage("news_rss"),
        "atom": url + index.reverse_subpage("news_atom"),
    }
