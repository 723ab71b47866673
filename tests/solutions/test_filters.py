"""Every filter of the map on the small network: the list, the GeoJSON and the CSV agree.

The English European map (/en/map/ on localhost) shows these cities, alphabetically (no
city belongs to the European site, so none is put first):

    Ayuntamiento de Vitoria-Gasteiz   ES  lighthouse  replicate
        Autobús eléctrico                        mobility            planned
        Rehabilitación del barrio de Coronación  retrofit, heating   implemented
    City of Tartu                     EE  lighthouse  award
        Elektribussid                            mobility            planned
        Retrofit of Soviet-era blocks            retrofit            implemented
        Urban data platform                      data                in progress
    Comune di Lecce                   IT  follower    engagement
        (no solutions)
    Sonderborg Municipality           DK  lighthouse  replicate
        District heating from surplus heat       heating             implemented
        Electric buses and charging data         mobility, data      in progress
    Ærø Kommune (not pinned)          DK  member      awareness
        Elfærgen Ellen                           mobility            implemented
"""

import csv
import io
from urllib.parse import parse_qsl, urlsplit

import pytest
from bs4 import BeautifulSoup

from solutions.models import CityPage
from tests.solutions.conftest import national_home, publish
from tests.solutions.factories import CityPageFactory
from tests.solutions.reading import (
    csv_path,
    exported,
    geojson_path,
    link_to,
    listed,
    mapped,
    shows,
)

pytestmark = pytest.mark.django_db

VITORIA = "Ayuntamiento de Vitoria-Gasteiz"
TARTU = "City of Tartu"
LECCE = "Comune di Lecce"
SONDERBORG = "Sonderborg Municipality"
AERO = "Ærø Kommune"
ALL_CITIES = [VITORIA, TARTU, LECCE, SONDERBORG, AERO]
UNPINNED = {AERO}

BUS = "Autobús eléctrico"
CORONACION = "Rehabilitación del barrio de Coronación"
TARTU_BUSES = "Elektribussid"
RETROFIT = "Retrofit of Soviet-era blocks"
DATA_PLATFORM = "Urban data platform"
SURPLUS_HEAT = "District heating from surplus heat"
ELECTRIC_BUSES = "Electric buses and charging data"
FERRY = "Elfærgen Ellen"

EVERYTHING = [
    (VITORIA, [BUS, CORONACION]),
    (TARTU, [TARTU_BUSES, RETROFIT, DATA_PLATFORM]),
    (LECCE, []),
    (SONDERBORG, [SURPLUS_HEAT, ELECTRIC_BUSES]),
    (AERO, [FERRY]),
]

# query, [(city, [its matching solutions])] in the order the map lists them
FILTERS = [
    pytest.param("", EVERYTHING, id="no-filter"),
    # Topics
    pytest.param(
        "topic=building-retrofit", [(VITORIA, [CORONACION]), (TARTU, [RETROFIT])], id="topic"
    ),
    pytest.param(
        "topic=district-heating",
        [(VITORIA, [CORONACION]), (SONDERBORG, [SURPLUS_HEAT])],
        id="topic-heating",
    ),
    pytest.param(
        "topic=sustainable-mobility",
        [
            (VITORIA, [BUS]),
            (TARTU, [TARTU_BUSES]),
            (SONDERBORG, [ELECTRIC_BUSES]),
            (AERO, [FERRY]),
        ],
        id="topic-mobility",
    ),
    pytest.param(
        "topic=urban-data",
        [(TARTU, [DATA_PLATFORM]), (SONDERBORG, [ELECTRIC_BUSES])],
        id="topic-data",
    ),
    pytest.param(
        "topic=building-retrofit&topic=urban-data",
        [
            (VITORIA, [CORONACION]),
            (TARTU, [RETROFIT, DATA_PLATFORM]),
            (SONDERBORG, [ELECTRIC_BUSES]),
        ],
        id="two-topics",
    ),
    pytest.param(
        "topic=district-heating&topic=sustainable-mobility",
        [
            (VITORIA, [BUS, CORONACION]),
            (TARTU, [TARTU_BUSES]),
            (SONDERBORG, [SURPLUS_HEAT, ELECTRIC_BUSES]),
            (AERO, [FERRY]),
        ],
        id="two-topics-b",
    ),
    pytest.param(
        "topic=building-retrofit&topic=district-heating&topic=sustainable-mobility"
        "&topic=urban-data",
        [
            (VITORIA, [BUS, CORONACION]),
            (TARTU, [TARTU_BUSES, RETROFIT, DATA_PLATFORM]),
            (SONDERBORG, [SURPLUS_HEAT, ELECTRIC_BUSES]),
            (AERO, [FERRY]),
        ],
        id="all-topics-drop-the-city-without-solutions",
    ),
    # Countries
    pytest.param(
        "country=DK", [(SONDERBORG, [SURPLUS_HEAT, ELECTRIC_BUSES]), (AERO, [FERRY])], id="country"
    ),
    pytest.param(
        "country=dk",
        [(SONDERBORG, [SURPLUS_HEAT, ELECTRIC_BUSES]), (AERO, [FERRY])],
        id="country-lower-case",
    ),
    pytest.param("country=IT", [(LECCE, [])], id="country-without-solutions"),
    pytest.param(
        "country=DK&country=IT",
        [(LECCE, []), (SONDERBORG, [SURPLUS_HEAT, ELECTRIC_BUSES]), (AERO, [FERRY])],
        id="two-countries",
    ),
    pytest.param("country=BG", [], id="country-without-cities"),
    # Roles
    pytest.param(
        "role=lighthouse",
        [
            (VITORIA, [BUS, CORONACION]),
            (TARTU, [TARTU_BUSES, RETROFIT, DATA_PLATFORM]),
            (SONDERBORG, [SURPLUS_HEAT, ELECTRIC_BUSES]),
        ],
        id="role",
    ),
    pytest.param("role=follower", [(LECCE, [])], id="role-follower"),
    pytest.param("role=follower&role=member", [(LECCE, []), (AERO, [FERRY])], id="two-roles"),
    # Stages
    pytest.param(
        "stage=replicate",
        [(VITORIA, [BUS, CORONACION]), (SONDERBORG, [SURPLUS_HEAT, ELECTRIC_BUSES])],
        id="stage",
    ),
    pytest.param(
        "stage=award", [(TARTU, [TARTU_BUSES, RETROFIT, DATA_PLATFORM])], id="stage-award"
    ),
    pytest.param(
        "stage=engagement&stage=awareness",
        [(LECCE, []), (AERO, [FERRY])],
        id="two-stages",
    ),
    pytest.param("stage=attitude", [], id="stage-without-cities"),
    # Statuses
    pytest.param("status=planned", [(VITORIA, [BUS]), (TARTU, [TARTU_BUSES])], id="status"),
    pytest.param(
        "status=in_progress",
        [(TARTU, [DATA_PLATFORM]), (SONDERBORG, [ELECTRIC_BUSES])],
        id="status-in-progress",
    ),
    pytest.param(
        "status=implemented&status=planned",
        [
            (VITORIA, [BUS, CORONACION]),
            (TARTU, [TARTU_BUSES, RETROFIT]),
            (SONDERBORG, [SURPLUS_HEAT]),
            (AERO, [FERRY]),
        ],
        id="two-statuses",
    ),
    # Combinations
    pytest.param(
        "topic=sustainable-mobility&country=DK",
        [(SONDERBORG, [ELECTRIC_BUSES]), (AERO, [FERRY])],
        id="topic+country",
    ),
    pytest.param(
        "topic=sustainable-mobility&status=planned",
        [(VITORIA, [BUS]), (TARTU, [TARTU_BUSES])],
        id="topic+status",
    ),
    pytest.param("topic=urban-data&status=implemented", [], id="topic+status-nothing"),
    pytest.param(
        "role=lighthouse&stage=replicate&country=ES",
        [(VITORIA, [BUS, CORONACION])],
        id="role+stage+country",
    ),
    pytest.param(
        "role=lighthouse&topic=building-retrofit&status=implemented",
        [(VITORIA, [CORONACION]), (TARTU, [RETROFIT])],
        id="role+topic+status",
    ),
    pytest.param(
        "stage=replicate&topic=urban-data",
        [(SONDERBORG, [ELECTRIC_BUSES])],
        id="stage+topic",
    ),
    pytest.param("country=IT&topic=district-heating", [], id="country+topic-nothing"),
    pytest.param("role=follower&status=planned", [], id="role+status-nothing"),
    pytest.param(
        "topic=sustainable-mobility&country=DK&role=member&stage=awareness&status=implemented",
        [(AERO, [FERRY])],
        id="all-five",
    ),
    pytest.param(
        "country=DK&country=EE&role=lighthouse&topic=urban-data&topic=district-heating"
        "&status=in_progress",
        [(TARTU, [DATA_PLATFORM]), (SONDERBORG, [ELECTRIC_BUSES])],
        id="several-of-each",
    ),
]


def get(client, view, query):
    path = {
        "list": f"/en/map/?{query}" if query else "/en/map/",
        "geojson": geojson_path("en", query),
        "csv": csv_path("en", query),
    }[view]
    return client.get(path, HTTP_HOST="localhost")


@pytest.mark.parametrize(("query", "expected"), FILTERS)
def test_the_list_the_geojson_and_the_csv_show_exactly_the_matching_cities_and_solutions(
    client, small_network, query, expected
):
    page = get(client, "list", query)

    assert listed(page) == expected
    assert page.context["result_count"] == len(expected)
    assert page.context["solution_count"] == sum(len(solutions) for _c, solutions in expected)
    for city in ALL_CITIES:
        assert shows(page, city) == (city in dict(expected)), city
    for _city, solutions in expected:
        for solution in solutions:
            assert shows(page, solution), solution

    # The map pins the same cities, less the one without a location.
    assert mapped(get(client, "geojson", query)) == [
        (city, solutions) for city, solutions in expected if city not in UNPINNED
    ]

    # The spreadsheet has a row per solution, and a row with empty solution columns for a
    # city without any: the same cities and solutions, in the same order.
    assert exported(get(client, "csv", query)) == expected


def test_a_city_with_no_matching_solution_disappears_under_a_topic_or_status_filter(
    client, small_network
):
    assert [city for city, _s in listed(get(client, "list", ""))] == ALL_CITIES

    by_topic = [city for city, _s in listed(get(client, "list", "topic=urban-data"))]
    by_status = [city for city, _s in listed(get(client, "list", "status=in_progress"))]

    assert by_topic == by_status == [TARTU, SONDERBORG]
    # Lecce has no solution at all; Vitoria-Gasteiz and Ærø have none on urban data.
    for city in (VITORIA, LECCE, AERO):
        assert city not in by_topic


def test_the_csv_has_the_columns_a_spreadsheet_reader_expects(client, small_network):
    response = get(client, "csv", "topic=district-heating&country=DK")

    assert response["Content-Disposition"] == 'attachment; filename="smartencity-solutions.csv"'
    assert response.content.decode().splitlines() == [
        "City,Country,Role,Membership stage,Solution,Status,Topics,Address",
        "Sonderborg Municipality,Denmark,Lighthouse city,Replicate,"
        "District heating from surplus heat,Implemented,District heating,"
        "http://dk.localhost/en/sonderborg/fjernvarme/",
    ]


def test_the_csv_names_every_topic_of_a_solution_in_the_visitors_language(client, small_network):
    response = client.get(csv_path("da", "topic=urban-data&country=DK"), HTTP_HOST="localhost")

    [row] = response.content.decode().splitlines()[1:]
    assert row.startswith("Sønderborg Kommune,")
    assert "Bæredygtig mobilitet; Bydataplatforme" in row
    assert row.endswith(",http://dk.localhost/da/sonderborg/elbusser/")


def test_the_csv_lists_a_city_without_solutions(client, small_network):
    """The list and the map show Comune di Lecce (no solution yet); the export does too."""
    response = get(client, "csv", "country=IT")

    assert response.content.decode().splitlines()[1:] == [
        "Comune di Lecce,Italy,Follower city,Engagement,,,,http://it.localhost/it/lecce/"
    ]


def test_the_filter_form_shows_the_chosen_values_checked(client, small_network):
    page = get(client, "list", "topic=urban-data&country=DK&role=lighthouse")

    chosen = page.context["filter"]
    assert chosen.topics == {"urban-data"}
    assert chosen.countries == {"DK"}
    assert chosen.roles == {"lighthouse"}
    html = page.content.decode()
    assert 'name="topic" value="urban-data" checked' in html
    assert 'name="country" value="DK" checked' in html
    assert 'name="topic" value="building-retrofit" checked' not in html
    # The downloads follow the filter.
    for text, path in (
        ("spreadsheet (CSV)", csv_path("en")),
        ("map data (GeoJSON)", geojson_path("en")),
    ):
        address = urlsplit(link_to(page, text)["href"])
        assert address.path == path
        assert sorted(parse_qsl(address.query)) == [
            ("country", "DK"),
            ("role", "lighthouse"),
            ("topic", "urban-data"),
        ]
    csv_link = link_to(page, "spreadsheet (CSV)")["href"]
    assert exported(client.get(csv_link, HTTP_HOST="localhost")) == [
        (SONDERBORG, [ELECTRIC_BUSES])
    ]


# Bad input ---------------------------------------------------------------------------------

UNKNOWN = [
    pytest.param("topic=recycling", "topic", "recycling", id="topic"),
    pytest.param("country=XX", "country", "XX", id="country"),
    pytest.param("role=mayor", "role", "mayor", id="role"),
    pytest.param("stage=done", "stage", "done", id="stage"),
    pytest.param("status=cancelled", "status", "cancelled", id="status"),
]


@pytest.mark.parametrize(("query", "name", "value"), UNKNOWN)
def test_the_page_ignores_an_unknown_value_and_says_so(client, small_network, query, name, value):
    page = get(client, "list", f"{query}&country=DK")

    assert page.status_code == 200
    # The unknown value is left out; the known country=DK still applies.
    assert listed(page) == [(SONDERBORG, [SURPLUS_HEAT, ELECTRIC_BUSES]), (AERO, [FERRY])]
    notice = f"Unknown filter values were ignored: {name}={value}."
    assert page.context["unknown_values"] == notice
    assert shows(page, notice)


def test_the_page_names_every_unknown_value_and_keeps_the_known_ones(client, small_network):
    page = get(client, "list", "topic=recycling&topic=urban-data&role=mayor&status=done")

    assert listed(page) == [(TARTU, [DATA_PLATFORM]), (SONDERBORG, [ELECTRIC_BUSES])]
    assert page.context["unknown_values"] == (
        "Unknown filter values were ignored: topic=recycling, role=mayor, status=done."
    )


def test_the_notice_shows_an_unknown_value_as_text_not_markup(client, small_network):
    page = get(client, "list", "topic=%3Cscript%3Ealert(1)%3C/script%3E")

    html = page.content.decode()
    assert page.status_code == 200
    assert "<script>alert(1)</script>" not in html
    assert "topic=&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.parametrize("view", ["geojson", "csv"])
@pytest.mark.parametrize(("query", "name", "value"), UNKNOWN)
def test_the_geojson_and_csv_refuse_an_unknown_value_by_name(
    client, small_network, view, query, name, value
):
    response = get(client, view, f"{query}&country=DK")

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "error": f"Unknown filter values: {name}={value}.",
        "unknown": [[name, value]],
    }


def test_a_ten_thousand_character_value_is_handled(client, small_network):
    long_value = "x" * 10_000
    query = f"topic={long_value}"

    page = get(client, "list", query)
    assert page.status_code == 200
    assert listed(page) == EVERYTHING
    assert page.context["unknown_values"] == (
        f"Unknown filter values were ignored: topic={'x' * 40}…."
    )
    assert long_value not in page.context["unknown_values"]

    for view in ("geojson", "csv"):
        response = get(client, view, query)
        assert response.status_code == 400
        assert response.json()["unknown"] == [["topic", "x" * 40 + "…"]]


@pytest.mark.parametrize("name", ["country", "role", "stage", "status", "page", "q"])
def test_a_ten_thousand_character_value_of_any_parameter_is_no_server_error(
    client, small_network, name
):
    query = f"{name}={'9' * 10_000}"

    assert get(client, "list", query).status_code == 200
    for view in ("geojson", "csv"):
        assert get(client, view, query).status_code in (200, 400)


def test_blank_values_are_ignored_without_a_notice(client, small_network):
    page = get(client, "list", "topic=&country=%20&role=")

    assert listed(page) == EVERYTHING
    assert page.context["unknown_values"] == ""
    assert get(client, "geojson", "topic=&country=%20&role=").status_code == 200


def test_values_beyond_the_fiftieth_of_a_parameter_are_ignored(client, small_network):
    query = "&".join(["topic=building-retrofit"] * 50 + ["topic=urban-data", "topic=bogus"])

    page = get(client, "list", query)
    assert page.status_code == 200
    assert listed(page) == [(VITORIA, [CORONACION]), (TARTU, [RETROFIT])]
    assert page.context["unknown_values"] == ""
    assert mapped(get(client, "geojson", query)) == [(VITORIA, [CORONACION]), (TARTU, [RETROFIT])]
    assert get(client, "csv", query).status_code == 200


def test_hundreds_of_repeated_values_are_no_server_error(client, small_network):
    query = "&".join(f"country=X{number}" for number in range(900))

    page = get(client, "list", query)
    assert page.status_code == 200
    assert listed(page) == EVERYTHING
    assert get(client, "geojson", query).status_code == 400


# Pages of results --------------------------------------------------------------------------


@pytest.fixture
def many_cities(small_network, network):
    """25 more Danish cities, "By 01" to "By 25": 30 cities, two pages of twenty."""
    home = national_home(network, "dk")
    return [
        publish(CityPageFactory(parent=home, title=f"By {number:02}", slug=f"by-{number:02}"))
        for number in range(1, 26)
    ]


# In alphabetical order, page 1 holds Ayuntamiento de Vitoria-Gasteiz and By 01 to By 19;
# page 2 holds By 20 to By 25, City of Tartu, Comune di Lecce, Sonderborg and Ærø.
FIRST_PAGE = [VITORIA] + [f"By {number:02}" for number in range(1, 20)]
LAST_PAGE = [f"By {number:02}" for number in range(20, 26)] + [TARTU, LECCE, SONDERBORG, AERO]


@pytest.mark.parametrize(
    ("page", "number", "cities"),
    [
        ("", 1, FIRST_PAGE),
        ("1", 1, FIRST_PAGE),
        ("2", 2, LAST_PAGE),
        ("3", 2, LAST_PAGE),
        ("999999", 2, LAST_PAGE),
        ("abc", 1, FIRST_PAGE),
        ("9" * 10_000, 1, FIRST_PAGE),
    ],
)
def test_a_page_number_past_the_end_gives_the_last_page_and_a_bad_one_the_first(
    client, many_cities, page, number, cities
):
    response = get(client, "list", f"page={page}" if page else "")

    assert response.context["results"].number == number
    assert [city for city, _solutions in listed(response)] == cities
    assert response.context["result_count"] == 30


def test_a_title_that_looks_like_a_formula_stays_text_in_the_csv(client, small_network):
    city = CityPage.objects.filter(live=True, locale__language_code="en").first()
    city.title = "=HYPERLINK(1)"
    city.save_revision().publish()

    rows = list(csv.reader(io.StringIO(get(client, "csv", "").content.decode())))

    assert [row[0] for row in rows if "HYPERLINK" in row[0]][:1] == ["'=HYPERLINK(1)"]


def test_a_repeated_unknown_value_is_named_once(client, small_network):
    response = get(client, "geojson", "&".join(["topic=bogus"] * 20))

    assert response.status_code == 400
    assert response.json()["unknown"] == [["topic", "bogus"]]


def drawn_list(response):
    """The cities of the list as the page draws them, each with the solutions it links."""
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        (
            item.select_one(".city-result__title a").get_text(),
            [link.get_text() for link in item.select(".city-result__solutions a")],
        )
        for item in soup.select("li.city-result")
    ]


def test_each_page_draws_its_own_filter_although_the_entries_are_drawn_once(client, small_network):
    # The unfiltered entries are drawn once and reused; a filtered page must not reuse them.
    first = drawn_list(get(client, "list", ""))
    by_topic = drawn_list(get(client, "list", "topic=urban-data"))
    again = drawn_list(get(client, "list", ""))

    assert first == again == EVERYTHING
    assert by_topic == [(TARTU, [DATA_PLATFORM]), (SONDERBORG, [ELECTRIC_BUSES])]


def test_the_entries_are_drawn_in_the_language_of_the_list(client, small_network):
    english = client.get("/en/map/", HTTP_HOST="localhost").content.decode()
    danish = client.get("/da/kort/", HTTP_HOST="dk.localhost")
    assert danish.status_code == 200

    danish_facts = BeautifulSoup(danish.content, "html.parser").select_one(
        ".city-result__facts dt"
    )
    assert "<dt>Country</dt>" in english
    assert danish_facts.get_text() == "Land"
