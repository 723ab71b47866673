"""The network's cities and solutions for the map, its list, GeoJSON and CSV.

Everything is read in three queries whatever the size of the network: the live cities, the
live solutions, and which topics each solution has. Each city and solution appears once, in
the visitor's language where a live translation exists and in its original language
otherwise. Topic names and the national networks' pins come from the cache.
"""

from dataclasses import dataclass, field, replace
from functools import cached_property
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.db.models import CharField
from django.db.models.functions import Cast
from django.utils.translation import gettext

from wagtail.models import Site

from django_countries import countries

from home import generations
from home.locales import locales_by_code
from solutions.models import CityPage, MembershipStage, Role, SolutionPage, SolutionStatus, Topic

TOPICS_CACHE_KEY = "network-map:topics:{language}"


@dataclass
class Solution:
    key: str
    title: str
    url: str
    language: str
    status: str
    topics: tuple = ()

    @property
    def status_label(self):
        return SolutionStatus(self.status).label


@dataclass
class City:
    key: str
    title: str
    url: str
    language: str
    country: str
    role: str
    stage: str
    latitude: float | None
    longitude: float | None
    site_id: int | None
    solutions: list = field(default_factory=list)

    @property
    def role_label(self):
        return Role(self.role).label

    @property
    def stage_label(self):
        return MembershipStage(self.stage).label

    @property
    def country_name(self):
        return countries.name(self.country)

    @property
    def pinned(self):
        return self.latitude is not None and self.longitude is not None


class CityList(list):
    """The cities of one language and site, with what every map page reads of all of them.

    A list is shared by every request of its process until the content changes, so what is
    derived from the whole list is worked out once, not on every page.
    """

    @cached_property
    def country_choices(self):
        return sorted({(city.country, city.country_name) for city in self}, key=lambda c: c[1])

    @cached_property
    def solution_count(self):
        return sum(len(city.solutions) for city in self)


@dataclass(frozen=True)
class NetworkFilter:
    topics: frozenset = frozenset()
    countries: frozenset = frozenset()
    roles: frozenset = frozenset()
    stages: frozenset = frozenset()
    statuses: frozenset = frozenset()

    @property
    def filters_solutions(self):
        return bool(self.topics or self.statuses)

    @property
    def keeps_everything(self):
        return not (self.topics or self.countries or self.roles or self.stages or self.statuses)

    def keeps_city(self, city):
        return (
            (not self.countries or city.country in self.countries)
            and (not self.roles or city.role in self.roles)
            and (not self.stages or city.stage in self.stages)
        )

    def keeps_solution(self, solution):
        return (not self.statuses or solution.status in self.statuses) and (
            not self.topics or not self.topics.isdisjoint(solution.topics)
        )


def topics_in(language):
    """{slug: (name, colour)} in the visitor's language, falling back to the original."""
    key = TOPICS_CACHE_KEY.format(language=language)
    topics = cache.get(key)
    if topics is None:
        locale = locales_by_code().get(language)
        best = {}
        for topic in Topic.objects.order_by("sort_order", "pk"):
            current = best.get(topic.slug)
            if current is None or (locale and topic.locale_id == locale.pk):
                best[topic.slug] = topic
        topics = {
            slug: (topic.name, topic.colour)
            for slug, topic in sorted(best.items(), key=lambda item: item[1].sort_order)
        }
        cache.set(key, topics, None)
    return topics


def forget_topics():
    cache.delete_many([TOPICS_CACHE_KEY.format(language=code) for code, _n in settings.LANGUAGES])


class UrlBuilder:
    """Page URLs from url_path alone, as Wagtail builds them, without loading pages."""

    def __init__(self, request):
        self.request = request
        self.root_paths = Site.get_site_root_paths()
        self.site_id = self.site_for_host(request.get_host().split(":")[0] if request else "")

    def site_for_host(self, host):
        """The site serving `host`, read from the cached root paths rather than the database.

        An unknown host is served by the European site, as Wagtail's default site.
        """
        european = None
        for root in self.root_paths:
            hostname = urlsplit(root.root_url).hostname
            if hostname == host:
                return root.site_id
            if hostname == settings.NETWORK_DOMAIN:
                european = root.site_id
        return european

    def site_and_url(self, url_path, language):
        for root in self.root_paths:
            if root.language_code == language and url_path.startswith(root.root_path):
                local = f"/{language}/{url_path[len(root.root_path) :]}"
                if root.site_id == self.site_id:
                    return root.site_id, local
                return root.site_id, root.root_url + local
        return None, ""


def _best(rows, locale_id):
    """One row per translation_key: the visitor's locale if live, else the original (first)."""
    chosen = {}
    for row in rows:
        current = chosen.get(row["key"])
        if current is None or (
            row["locale_id"] == locale_id and current["locale_id"] != locale_id
        ):
            chosen[row["key"]] = row
    return chosen


VERSION_KEY = "network-map:version"
CITIES_CACHE_KEY = "network-map:cities:{version}:{language}:{site_id}"


def content_version():
    return generations.current(VERSION_KEY)


def forget_network():
    """Any page published, unpublished, moved or deleted, or a topic changed, starts afresh."""
    generations.start_new(VERSION_KEY)


def load_cities(request, language):
    """Every city of every site, each with all its solutions, own site's cities first.

    The result is cached per language and site until the content changes, and each server
    process keeps the lists it read: at 600 cities, unpickling one costs more than the page.
    The lists are shared between requests, so nothing may change them.
    """
    urls = UrlBuilder(request)
    key = CITIES_CACHE_KEY.format(
        version=content_version(), language=language, site_id=urls.site_id
    )
    return generations.kept_in_process(key, lambda: read_cities(urls, language), 60 * 60 * 24)


def read_cities(urls, language):
    locales = locales_by_code()
    locale_id = locales[language].pk if language in locales else None
    language_of = {locale.pk: code for code, locale in locales.items()}.get

    # Translation keys are only compared here: reading them as text skips the conversion of
    # thousands of UUIDs.
    key = Cast("translation_key", output_field=CharField())
    city_rows = list(
        CityPage.objects.live()
        .order_by("pk")
        .annotate(key=key)
        .values(
            "pk",
            "key",
            "locale_id",
            "title",
            "url_path",
            "path",
            "country",
            "role",
            "membership_stage",
            "latitude",
            "longitude",
        )
    )
    solution_rows = list(
        SolutionPage.objects.live()
        .order_by("pk")
        .annotate(key=key)
        .values("pk", "key", "locale_id", "title", "url_path", "path", "status")
    )
    # PostgreSQL writes a UUID as text with dashes, SQLite without: compare them without.
    for row in (*city_rows, *solution_rows):
        row["key"] = row["key"].replace("-", "")
    topics_by_solution = {}
    for solution_id, slug in SolutionPage.topics.through.objects.values_list(
        "solutionpage_id", "topic__slug"
    ):
        topics_by_solution.setdefault(solution_id, set()).add(slug)

    city_key_by_path = {row["path"]: row["key"] for row in city_rows}
    cities = {}
    for key, row in _best(city_rows, locale_id).items():
        row_language = language_of(row["locale_id"])
        site_id, url = urls.site_and_url(row["url_path"], row_language)
        cities[key] = City(
            key=key,
            title=row["title"],
            url=url,
            language=row_language,
            country=row["country"],
            role=row["role"],
            stage=row["membership_stage"],
            latitude=row["latitude"],
            longitude=row["longitude"],
            site_id=site_id,
        )

    for row in _best(solution_rows, locale_id).values():
        city = cities.get(city_key_by_path.get(row["path"][:-4]))
        if city is None:
            continue
        row_language = language_of(row["locale_id"])
        city.solutions.append(
            Solution(
                key=row["key"],
                title=row["title"],
                url=urls.site_and_url(row["url_path"], row_language)[1],
                language=row_language,
                status=row["status"],
                topics=tuple(sorted(topics_by_solution.get(row["pk"], ()))),
            )
        )

    for city in cities.values():
        city.solutions.sort(key=lambda solution: solution.title.casefold())
    # A national site lists its own cities first.
    return CityList(
        sorted(
            cities.values(),
            key=lambda city: (city.site_id != urls.site_id, city.title.casefold()),
        )
    )


def apply_filter(cities, network_filter):
    """The cities the filter keeps, each with only its matching solutions."""
    if network_filter.keeps_everything:
        return cities
    kept = []
    for city in cities:
        if not network_filter.keeps_city(city):
            continue
        if network_filter.filters_solutions:
            solutions = [s for s in city.solutions if network_filter.keeps_solution(s)]
            if not solutions:
                continue
            city = replace(city, solutions=solutions)
        kept.append(city)
    return kept


FILTER_PARAMETERS = ("topic", "country", "role", "stage", "status")
MAX_VALUES_PER_PARAMETER = 50


def parse_filter(query, topic_slugs):
    """Read the filter from a query string.

    Returns the filter made of the values we know, and the (parameter, value) pairs we do
    not know, so a page can say what it ignored and an API can refuse them by name.
    """
    allowed = {
        "topic": set(topic_slugs),
        "country": set(countries.countries),
        "role": set(Role.values),
        "stage": set(MembershipStage.values),
        "status": set(SolutionStatus.values),
    }
    chosen = {name: set() for name in FILTER_PARAMETERS}
    unknown = []
    for name in FILTER_PARAMETERS:
        for raw in query.getlist(name)[:MAX_VALUES_PER_PARAMETER]:
            value = raw.strip()
            if name == "country":
                value = value.upper()
            shown = value if len(value) <= 40 else value[:40] + "…"
            if value in allowed[name]:
                chosen[name].add(value)
            elif value and (name, shown) not in unknown:
                unknown.append((name, shown))
    return (
        NetworkFilter(
            topics=frozenset(chosen["topic"]),
            countries=frozenset(chosen["country"]),
            roles=frozenset(chosen["role"]),
            stages=frozenset(chosen["stage"]),
            statuses=frozenset(chosen["status"]),
        ),
        unknown,
    )


def national_networks(request):
    """The national networks' yellow pins, from the network configuration."""
    root_urls = {}
    for root in Site.get_site_root_paths():
        root_urls.setdefault(root.root_url, root.site_id)
    pins = []
    for country in settings.NETWORK.countries:
        if country.latitude is None or country.longitude is None:
            continue
        hostname = country.hostname(settings.NETWORK_DOMAIN)
        url = next((root for root in root_urls if f"//{hostname}" in root), "")
        pins.append(
            {
                "name": country.network_name,
                "country": country.code.upper(),
                "latitude": country.latitude,
                "longitude": country.longitude,
                "url": f"{url}/" if url else "",
            }
        )
    return pins


def relative_to(url, base):
    """`url` as a reference relative to `base` when it lies below it, else unchanged."""
    return url[len(base) :] if base and url.startswith(base) else url


def geojson(cities, networks, language):
    """A FeatureCollection: pinned cities with their solutions, then the national networks.

    To keep the whole network small enough to load at once (3 000 solutions in well under
    250 KB), each solution is an array whose columns the top-level "solutionFields" member
    names: title, URL relative to its city's URL (resolve it as a browser resolves a relative
    link), status, the positions of its topics in the top-level "topics" member, and the
    language it is shown in (its original one where it is not translated into `language`).
    """
    topics = topics_in(language)
    topic_index = {slug: position for position, slug in enumerate(topics)}
    features = []
    for city in cities:
        if not city.pinned:
            continue
        features.append(
            {
                "type": "Feature",
                "geometry": {
                    "type": "Point",
                    "coordinates": [round(city.longitude, 4), round(city.latitude, 4)],
                },
                "properties": {
                    "kind": "city",
                    "name": city.title,
                    "url": city.url,
                    "lang": city.language,
                    "country": city.country,
                    "role": city.role,
                    "stage": city.stage,
                    "solutions": [
                        [
                            solution.title,
                            relative_to(solution.url, city.url),
                            solution.status,
                            [topic_index[slug] for slug in solution.topics if slug in topic_index],
                            solution.language,
                        ]
                        for solution in city.solutions
                    ],
                },
            }
        )
    for network in networks:
        features.append(
            {
                "type": "Feature",
                "geometry": {
                    "type": "Point",
                    "coordinates": [network["longitude"], network["latitude"]],
                },
                "properties": {
                    "kind": "network",
                    "name": network["name"],
                    "url": network["url"],
                    "country": network["country"],
                },
            }
        )
    return {
        "type": "FeatureCollection",
        "name": gettext("SmartEnCity Network cities"),
        "solutionFields": ["title", "url", "status", "topics", "lang"],
        "topics": [
            {"slug": slug, "name": name, "colour": colour}
            for slug, (name, colour) in topics.items()
        ],
        "features": features,
    }
