"""The national map puts its own cities first and leads to the European map, which has all."""

import pytest

from tests.solutions.conftest import publish
from tests.solutions.factories import CityPageFactory
from tests.solutions.reading import features, geojson_path, hrefs, link_to, listed

pytestmark = pytest.mark.django_db


def test_the_danish_map_lists_the_danish_cities_first_then_every_other_city(client, small_network):
    response = client.get("/da/kort/", HTTP_HOST="dk.localhost")

    assert response.status_code == 200
    assert listed(response) == [
        ("Sønderborg Kommune", ["Elbusser og ladedata", "Fjernvarme fra overskudsvarme"]),
        ("Ærø Kommune", ["Elfærgen Ellen"]),
        (
            "Ayuntamiento de Vitoria-Gasteiz",
            ["Autobús eléctrico", "Rehabilitación del barrio de Coronación"],
        ),
        ("Comune di Lecce", []),
        ("Tartu linn", ["Elektribussid", "Hruštšovkade renoveerimine", "Linnaandmete platvorm"]),
    ]
    # Its own cities are linked on its own host, the others on theirs.
    assert link_to(response, "Sønderborg Kommune")["href"] == "/da/sonderborg/"
    assert link_to(response, "Elfærgen Ellen")["href"] == "/da/aero/elfaergen/"
    assert link_to(response, "Tartu linn")["href"] == "http://ee.localhost/et/tartu/"
    assert link_to(response, "Comune di Lecce")["href"] == "http://it.localhost/it/lecce/"


def test_the_danish_map_links_to_the_european_map_in_danish(client, small_network):
    response = client.get("/da/kort/", HTTP_HOST="dk.localhost")

    assert response.context["european_map_url"] == "http://localhost/da/map/"
    assert "http://localhost/da/map/" in hrefs(response)
    # ...which answers, with the same cities.
    european = client.get("/da/map/", HTTP_HOST="localhost")
    assert sorted(listed(european)) == sorted(listed(response))


def test_the_danish_map_data_uses_its_own_host_for_its_own_cities(client, small_network):
    response = client.get(geojson_path("da", "country=DK&country=EE"), HTTP_HOST="dk.localhost")

    assert [
        (item["properties"]["name"], item["properties"]["url"]) for item in features(response)
    ] == [
        ("Sønderborg Kommune", "/da/sonderborg/"),
        ("Tartu linn", "http://ee.localhost/et/tartu/"),
    ]


def test_the_danish_map_filters_like_the_european_one(client, small_network):
    response = client.get("/da/kort/?topic=sustainable-mobility", HTTP_HOST="dk.localhost")

    assert listed(response) == [
        ("Sønderborg Kommune", ["Elbusser og ladedata"]),
        ("Ærø Kommune", ["Elfærgen Ellen"]),
        ("Ayuntamiento de Vitoria-Gasteiz", ["Autobús eléctrico"]),
        ("Tartu linn", ["Elektribussid"]),
    ]


def test_the_european_map_lists_every_city_of_every_site_and_no_european_link(
    client, small_network
):
    response = client.get("/en/map/", HTTP_HOST="localhost")

    assert [title for title, _solutions in listed(response)] == [
        "Ayuntamiento de Vitoria-Gasteiz",
        "City of Tartu",
        "Comune di Lecce",
        "Sonderborg Municipality",
        "Ærø Kommune",
    ]
    assert response.context["european_map_url"] is None
    assert response.context["result_count"] == 5
    assert response.context["solution_count"] == 8


def test_the_european_map_puts_a_city_of_the_european_site_first(client, small_network, network):
    publish(
        CityPageFactory(
            parent=network["eu"].root_page.specific,
            title="Zurich",
            slug="zurich",
            country="CH",
            location="SRID=4326;POINT(8.5417 47.3769)",
        )
    )

    response = client.get("/en/map/", HTTP_HOST="localhost")

    assert [title for title, _solutions in listed(response)] == [
        "Zurich",
        "Ayuntamiento de Vitoria-Gasteiz",
        "City of Tartu",
        "Comune di Lecce",
        "Sonderborg Municipality",
        "Ærø Kommune",
    ]
    assert link_to(response, "Zurich")["href"] == "/en/zurich/"
    # On the Danish map it is one city among the others.
    danish = [title for title, _s in listed(client.get("/da/kort/", HTTP_HOST="dk.localhost"))]
    assert danish[:2] == ["Sønderborg Kommune", "Ærø Kommune"]
    assert "Zurich" in danish[2:]


def test_the_country_filter_offers_the_countries_that_have_cities(client, small_network):
    response = client.get("/en/map/", HTTP_HOST="localhost")

    assert response.context["country_choices"] == [
        ("DK", "Denmark"),
        ("EE", "Estonia"),
        ("IT", "Italy"),
        ("ES", "Spain"),
    ]
