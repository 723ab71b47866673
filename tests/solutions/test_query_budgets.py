"""The map, its data, and the city and solution pages stay within their query budgets, and
make exactly as many queries with 30 cities as with 3."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from national_sites.translation import translate
from solutions import network_data
from solutions.geo import format_point
from solutions.models import MembershipStage, Role, SolutionStatus
from solutions.network_data import forget_network
from tests.query_budget import MAX_QUERIES, count_queries
from tests.solutions.conftest import national_home, publish
from tests.solutions.factories import CityPageFactory, SolutionPageFactory
from tests.solutions.reading import csv_path, geojson_path

pytestmark = pytest.mark.django_db

SMALL, LARGE = 3, 30
# What the data of the GeoJSON and CSV may cost: live cities, live solutions, their topics.
DATA_QUERIES = 3

TOPIC_SLUGS = ["building-retrofit", "district-heating", "sustainable-mobility", "urban-data"]
ROLES = list(Role)
STAGES = list(MembershipStage)
STATUSES = list(SolutionStatus)


class GrowingNetwork:
    """Cities that alternate between Denmark and Estonia, each with two solutions.

    Every third city and its first solution are translated into English. The first city,
    "By 00" (/da/by-00/ on dk.localhost), is the one whose pages are measured: at size n it
    has n solutions, and its first solution (/da/by-00/losning-0/) has n key figures and is
    replicated by every other city.
    """

    def __init__(self, network, locales, topics):
        self.network = network
        self.locales = locales
        self.topics = topics
        self.cities = []
        self.featured_solutions = []

    def grow(self, size):
        for number in range(len(self.cities), size):
            self.add_city(number)
        featured = self.cities[0]
        for number in range(len(self.featured_solutions), size):
            self.featured_solutions.append(self.add_solution(featured, number))
        solution = self.featured_solutions[0]
        solution.key_figures = [
            ("figure", {"label": f"Figure {number}", "value": str(number), "unit": "t"})
            for number in range(size)
        ]
        solution.replicated_by.set(self.cities[1:])
        publish(solution)
        translate(solution, self.locales["en"])

    def add_city(self, number):
        code = ("dk", "ee")[number % 2]
        home = national_home(self.network, code)
        city = publish(
            CityPageFactory(
                parent=home,
                title=f"{'By' if code == 'dk' else 'Linn'} {number:02}",
                slug=f"by-{number:02}",
                country=code.upper(),
                role=ROLES[number % len(ROLES)],
                membership_stage=STAGES[number % len(STAGES)],
                location=format_point(55 + number / 100, 10 + number / 100),
            )
        )
        self.cities.append(city)
        translated = number % 3 == 0
        if translated:
            translate(city, self.locales["en"], {city.title: f"Town {number:02}"})
        if number == 0:
            return  # the featured city's solutions are added by grow()
        for index in range(2):
            solution = self.add_solution(city, index)
            if translated and index == 0:
                translate(solution, self.locales["en"])

    def add_solution(self, city, index):
        language = city.locale.language_code
        solution = publish(
            SolutionPageFactory(
                parent=city,
                title=f"Solution {city.slug} {index}",
                slug=f"losning-{index}",
                status=STATUSES[index % len(STATUSES)],
                topics=[
                    self.topics[language][TOPIC_SLUGS[index % 4]],
                    self.topics[language][TOPIC_SLUGS[(index + 1) % 4]],
                ],
            )
        )
        if city.slug == "by-00" and index == 0:
            translate(solution, self.locales["en"])
        return solution


@pytest.fixture
def growing(network, locales, topics, map_pages):
    """The two map pages, the four topics, and no city yet: call .grow(size)."""
    return GrowingNetwork(network, locales, topics)


def count_cold_queries(client, host, path):
    """Queries of a request right after the content changed: the map's cached cities are gone
    (forget_network() is what publishing a page calls), every other cache is warm."""
    client.get(path, HTTP_HOST=host)
    forget_network()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200, f"{host}{path} answered {response.status_code}"
    return len(captured.captured_queries), [query["sql"] for query in captured.captured_queries]


def budgets_at_both_sizes(client, growing, pages, budget=MAX_QUERIES):
    """Count each page's queries with SMALL then LARGE cities, warm and just after a change:
    within budget, and the same at both sizes."""
    counts, listings = {}, {}
    for size in (SMALL, LARGE):
        growing.grow(size)
        for host, path in pages:
            for state, counter in (("warm", count_queries), ("cold", count_cold_queries)):
                count, queries = counter(client, host, path)
                counts.setdefault((f"{host}{path}", state), []).append(count)
                listings.setdefault((f"{host}{path}", state), []).append(queries)
    for (page, state), (small, large) in counts.items():
        summary = "\n".join(query[:160] for query in listings[page, state][0])
        assert small == large, (
            f"{page} ({state}): {small} queries with {SMALL} cities, {large} with {LARGE}"
        )
        assert small <= budget, (
            f"{page} ({state}) made {small} queries (budget {budget}):\n{summary}"
        )
    return counts


def test_the_map_pages_stay_in_budget_at_both_sizes(client, growing):
    budgets_at_both_sizes(
        client,
        growing,
        [
            ("localhost", "/en/map/"),
            ("localhost", "/da/map/"),
            ("dk.localhost", "/da/kort/"),
        ],
    )


def test_the_filtered_map_pages_stay_in_budget_at_both_sizes(client, growing):
    query = "?topic=district-heating&topic=urban-data&country=DK&country=EE&status=implemented"
    budgets_at_both_sizes(
        client,
        growing,
        [
            ("localhost", f"/en/map/{query}"),
            ("dk.localhost", f"/da/kort/{query}&role=lighthouse&role=member&page=2"),
        ],
    )


def test_the_city_page_stays_in_budget_at_both_sizes(client, growing):
    budgets_at_both_sizes(
        client, growing, [("dk.localhost", "/da/by-00/"), ("dk.localhost", "/en/by-00/")]
    )


def test_the_solution_page_stays_in_budget_at_both_sizes(client, growing):
    budgets_at_both_sizes(
        client,
        growing,
        [("dk.localhost", "/da/by-00/losning-0/"), ("dk.localhost", "/en/by-00/losning-0/")],
    )


@pytest.mark.parametrize("export", ["geojson", "csv"])
@pytest.mark.parametrize("query", ["", "topic=urban-data&topic=district-heating&country=DK"])
def test_the_data_exports_read_the_network_in_three_queries(
    client, growing, monkeypatch, export, query
):
    """The arithmetic, at each size, for /<lang>/network/cities.geojson and .../solutions.csv
    (plain views outside the page tree since the map page stopped being a RoutablePage):

    fixed = queries of the same request with the data reader (network_data.read_cities)
            replaced by one that reads nothing: what serving the address costs without
            its data (middleware, site and locale look-ups, the cache).
    cold  = queries of the request right after the content changed (cities not cached).
    warm  = queries of the request when nothing changed since the last one.

    cold <= fixed + 3  (live cities, live solutions, their topics)
    warm <= fixed + 3  (the cached cities: warm == fixed expected)
    and each count is the same with 3 cities as with 30.
    """
    path = {"geojson": geojson_path, "csv": csv_path}[export]("en", query)
    measured = []
    for size in (SMALL, LARGE):
        growing.grow(size)
        cold, queries = count_cold_queries(client, "localhost", path)
        warm, _queries = count_queries(client, "localhost", path)
        with monkeypatch.context() as patch:
            patch.setattr(
                network_data, "read_cities", lambda urls, language: network_data.CityList()
            )
            fixed, _queries = count_cold_queries(client, "localhost", path)
        summary = "\n".join(sql[:160] for sql in queries)
        assert cold <= fixed + DATA_QUERIES, (
            f"{path}: {cold} queries in all, {fixed} without reading the data, "
            f"so {cold - fixed} for the data:\n{summary}"
        )
        assert warm <= fixed + DATA_QUERIES
        measured.append({"fixed": fixed, "cold": cold, "warm": warm})
    small, large = measured
    assert small == large, f"{path}: {small} with {SMALL} cities, {large} with {LARGE}"
    print(f"\n{path}: fixed {small['fixed']}, cold {small['cold']}, warm {small['warm']}")
