"""The network dashboard: member and replicating cities against the goals, members per
country and per stage, and check-up participation per quarter, on the public page and on the
admin home page.

The network of these tests (`numbers`):

    Dashboard  /en/numbers/ on localhost (goals 60 and 15), translated into Danish as
               /da/tal/ (same goals)
    Cities     Aarhus Kommune  DK  awareness  live, translated into English (counted once)
               Tartu linn      EE  replicate  live
               Vitoria-Gasteiz ES  award      live
               Comune di Lecce IT  attitude   a draft: not a member yet
    Check-ups  2 this quarter, 1 three quarters ago, 1 nine quarters ago (too old to show)
"""

import datetime
import uuid
from html.parser import HTMLParser

from django.db import transaction
from django.utils import timezone

import pytest

from checkup.models import CheckupSubmission, PopulationBand
from membership.demo.dashboard import (
    DASHBOARD,
    load_dashboard,
    load_stage_histories,
    source_cities,
)
from membership.models import NetworkDashboardPage
from national_sites.demo.loader import DemoLoader
from national_sites.translation import translate
from solutions.models import CityPage, MembershipStage, MembershipStageChange
from tests.query_budget import count_queries
from tests.solutions.conftest import national_home, network_locales, publish
from tests.solutions.factories import CityPageFactory
from tests.translations import interface_text

pytestmark = pytest.mark.django_db

STAGE_ROWS = [
    ["Awareness", "1"],
    ["Engagement", "0"],
    ["Attitude", "0"],
    ["Replicate", "1"],
    ["Award", "1"],
]


class PageText(HTMLParser):
    """What a visitor reads: the whole text, and each table's rows of cell texts, by the
    table's caption."""

    def __init__(self):
        super().__init__()
        self.parts = []
        self.tables = {}
        self.caption = None
        self.rows = None
        self.cell = None
        self.hidden_depth = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.hidden_depth or attrs.get("aria-hidden") == "true":
            self.hidden_depth += 1
            return
        if tag == "table":
            self.caption, self.rows = "", []
        elif tag == "caption":
            self.cell = []
        elif tag == "tr" and self.rows is not None:
            self.rows.append([])
        elif tag in {"th", "td"} and self.rows is not None:
            self.cell = []

    def handle_endtag(self, tag):
        if self.hidden_depth:
            self.hidden_depth -= 1
            return
        if tag == "caption":
            self.caption = " ".join("".join(self.cell).split())
            self.cell = None
        elif tag in {"th", "td"} and self.cell is not None and self.rows is not None:
            self.rows[-1].append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "table":
            self.tables[self.caption] = [row for row in self.rows if row]
            self.rows = None

    def handle_data(self, data):
        if self.hidden_depth:
            return
        self.parts.append(data)
        if self.cell is not None:
            self.cell.append(data)

    @property
    def text(self):
        return " ".join(" ".join(self.parts).split())


def read(client, path, host="localhost"):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200, f"{host}{path} answered {response.status_code}"
    reader = PageText()
    reader.feed(response.content.decode())
    return reader


def quarter_ago(quarters, today=None):
    """Noon on the 15th of the middle month of the quarter `quarters` before this one, and
    the quarter's label."""
    today = today or timezone.localdate()
    number = today.year * 4 + (today.month - 1) // 3 - quarters
    year, quarter = divmod(number, 4)
    moment = datetime.datetime(year, quarter * 3 + 2, 15, 12)
    return timezone.make_aware(moment), f"Q{quarter + 1} {year}"


def submit_checkup(when, country="DK"):
    return CheckupSubmission.objects.create(
        checkup_key=uuid.uuid4(),
        language="en",
        city_name="Some city",
        city_key=f"some city|{country}",
        country=country,
        network=country.lower(),
        population_band=PopulationBand.FROM_50K,
        email="planner@example.org",
        submitted_at=when,
        points=10,
        max_points=20,
        percent=50,
    )


def make_dashboard(network, locales, **goals):
    page = NetworkDashboardPage(
        title="The network in numbers", slug="numbers", intro="The network today.", **goals
    )
    network["eu"].root_page.add_child(instance=page)
    publish(page)
    danish = translate(
        page, locales["da"], {"The network in numbers": "Netværket i tal", "numbers": "tal"}
    )
    return {"en": page, "da": danish}


def make_city(network, site, title, country, stage, live=True):
    city = CityPageFactory(
        parent=national_home(network, site),
        title=title,
        country=country,
        membership_stage=stage,
        live=live,
    )
    return publish(city) if live else city


@pytest.fixture
def numbers(network):
    """The dashboard, the four cities and the four check-ups described above."""
    locales = network_locales()
    dashboards = make_dashboard(network, locales)
    aarhus = make_city(network, "dk", "Aarhus Kommune", "DK", MembershipStage.AWARENESS)
    translate(aarhus, locales["en"], {"Aarhus Kommune": "Aarhus"})
    make_city(network, "ee", "Tartu linn", "EE", MembershipStage.REPLICATE)
    make_city(network, "es", "Vitoria-Gasteiz", "ES", MembershipStage.AWARD)
    make_city(network, "it", "Comune di Lecce", "IT", MembershipStage.ATTITUDE, live=False)
    this_quarter, _label = quarter_ago(0)
    for when in (this_quarter, this_quarter, quarter_ago(3)[0], quarter_ago(9)[0]):
        submit_checkup(when)
    return {"dashboards": dashboards, "locales": locales}


# The public page -------------------------------------------------------------------------


def test_the_dashboard_counts_each_live_city_once_against_the_goals(client, numbers):
    page = read(client, "/en/numbers/")

    assert "3 of 60" in page.text
    assert "3 cities have joined the network, 5% of the goal of 60 member cities." in page.text
    assert "2 of 15" in page.text
    assert (
        "2 cities replicate the method or have received an award for it, 13% of the goal of 15."
        in page.text
    )


def test_the_dashboard_lists_members_per_stage_and_per_country(client, numbers):
    page = read(client, "/en/numbers/")

    assert page.tables["Member cities per membership stage"][1:] == STAGE_ROWS
    assert page.tables["Member cities per country"] == [
        ["Country", "Member cities"],
        ["Denmark", "1"],
        ["Estonia", "1"],
        ["Spain", "1"],
    ]


def test_the_country_names_are_in_the_visitors_language(client, numbers):
    page = read(client, "/da/tal/")

    caption = interface_text("da", "Member cities per country")
    assert page.tables[caption][1:] == [["Danmark", "1"], ["Estland", "1"], ["Spanien", "1"]]


def test_the_dashboard_counts_checkups_per_quarter_for_two_years(client, numbers):
    page = read(client, "/en/numbers/")

    rows = page.tables["Check-ups submitted per quarter, oldest first"][1:]
    expected = [[quarter_ago(quarters)[1], "0"] for quarters in range(7, -1, -1)]
    expected[-1][1] = "2"  # this quarter
    expected[-4][1] = "1"  # three quarters ago
    assert rows == expected
    assert "3 check-ups were submitted in the last two years." in page.text


def test_the_dashboard_reads_no_personal_data(client, numbers):
    html = client.get("/en/numbers/", HTTP_HOST="localhost").content.decode()

    assert "planner@example.org" not in html
    assert "Some city" not in html


def test_an_empty_network_shows_zeros(client, network):
    make_dashboard(network, network_locales())

    page = read(client, "/en/numbers/")

    assert "0 of 60" in page.text
    assert "No city has joined yet." in page.text
    assert "0 check-ups were submitted in the last two years." in page.text


def test_the_dashboard_is_created_only_under_the_european_home(network):
    assert NetworkDashboardPage.can_create_at(network["eu"].root_page.specific)
    assert not NetworkDashboardPage.can_create_at(national_home(network, "dk"))


# Speed --------------------------------------------------------------------------------------


def test_the_dashboard_stays_in_budget_at_both_sizes(client, network):
    locales = network_locales()
    make_dashboard(network, locales)
    stages = list(MembershipStage)
    counts = {}
    made = 0
    for size in (3, 30):
        for number in range(made, size):
            site = ("dk", "ee", "es")[number % 3]
            city = make_city(
                network, site, f"City {number}", site.upper(), stages[number % len(stages)]
            )
            if number % 2 == 0:
                translate(city, locales["en"], {f"City {number}": f"Town {number}"})
            submit_checkup(quarter_ago(number % 8)[0])
        made = size
        for path in ("/en/numbers/", "/da/tal/"):
            count, queries = count_queries(client, "localhost", path)
            counts.setdefault(path, []).append((count, queries))
    for path, ((small, queries), (large, _queries)) in counts.items():
        listing = "\n".join(query[:160] for query in queries)
        assert small == large, f"{path}: {small} queries with 3 cities, {large} with 30"
        assert small <= 12, f"{path} made {small} queries:\n{listing}"
    page = read(client, "/en/numbers/")
    assert "30 of 60" in page.text


# The admin home page --------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["coordinator", "editor_dk"])
def test_the_admin_home_shows_the_key_numbers(client, numbers, request, who):
    client.force_login(request.getfixturevalue(who))

    page = read(client, "/admin/")

    assert "The network in numbers" in page.text
    assert "Member cities 3 of the goal of 60 (5%)" in page.text
    assert (
        "Cities replicating the Integrated Energy Planning method 2 of the goal of 15 (13%)"
        in page.text
    )
    assert page.tables["Member cities per membership stage"][1:] == STAGE_ROWS


def test_the_admin_home_uses_the_goals_of_the_dashboard_page(client, numbers, coordinator):
    dashboard = numbers["dashboards"]["en"]
    dashboard.member_goal = 40
    publish(dashboard)
    client.force_login(coordinator)

    page = read(client, "/admin/")

    assert "Member cities 3 of the goal of 40 (8%)" in page.text


# The demo -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo sites with the dashboard and the stage histories loaded twice, inside a
    transaction rolled back after the module's last test."""
    with django_db_blocker.unblock(), transaction.atomic():
        loader = DemoLoader()
        loader.load_network()
        load_dashboard(loader)
        first = load_stage_histories(loader)
        page = load_dashboard(loader)
        second = load_stage_histories(loader)
        yield {"loader": loader, "page": page, "counts": (first, second)}
        transaction.set_rollback(True)


def test_the_demo_dashboard_is_loaded_once_in_every_language(client, demo):
    assert demo["page"].get_parent().specific == demo["loader"].homes["eu"]
    for language, slug in DASHBOARD["slug"].items():
        assert NetworkDashboardPage.objects.filter(locale__language_code=language).count() == 1
        page = read(client, f"/{language}/{slug}/")
        assert DASHBOARD["title"][language] in page.text, language
        assert DASHBOARD["intro"][language] in page.text, language


def test_every_demo_city_has_a_history_leading_to_its_stage(demo):
    first, second = demo["counts"]
    sources = source_cities(demo["loader"])
    assert first == len(sources) > 0
    assert second == 0  # loading again adds nothing
    today = timezone.localdate()
    stages = list(MembershipStage)
    for city in sources:
        changes = list(
            MembershipStageChange.objects.filter(city_key=city.translation_key).order_by(
                "date", "recorded_at", "pk"
            )
        )
        assert [change.stage for change in changes] == stages[
            : stages.index(city.membership_stage) + 1
        ], city.title
        assert changes[0].previous_stage == ""
        assert all(change.previous_stage for change in changes[1:])
        assert all(
            datetime.date(2023, 1, 1) <= change.date <= min(today, datetime.date(2026, 12, 31))
            for change in changes
        ), city.title
        assert all(change.note for change in changes)
        if city.membership_stage == MembershipStage.AWARD:
            assert changes[-1].award == f"SmartEnCity Award {changes[-1].date.year}"
        assert set(
            CityPage.objects.filter(translation_key=city.translation_key).values_list(
                "membership_stage", flat=True
            )
        ) == {city.membership_stage}, city.title
