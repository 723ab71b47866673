"""The map keeps its cities in the cache: every change an editor makes shows at once."""

import pytest

from national_sites.translation import translate
from tests.solutions.conftest import national_home, publish
from tests.solutions.factories import CityPageFactory
from tests.solutions.reading import csv_path, exported, features, geojson_path, listed, mapped

pytestmark = pytest.mark.django_db


def geojson(client, language="en"):
    return client.get(geojson_path(language), HTTP_HOST="localhost")


def names_on_the_map(client, language="en"):
    return [name for name, _solutions in mapped(geojson(client, language))]


def test_a_city_published_after_the_map_was_read_appears(client, changing_network, network):
    assert "Община Асеновград" not in names_on_the_map(client)

    publish(
        CityPageFactory(
            parent=national_home(network, "bg"),
            title="Община Асеновград",
            slug="asenovgrad",
            country="BG",
            location="SRID=4326;POINT(24.8728 42.0167)",
        )
    )

    assert "Община Асеновград" in names_on_the_map(client)
    in_the_list = [title for title, _s in listed(client.get("/en/map/", HTTP_HOST="localhost"))]
    assert "Община Асеновград" in in_the_list


def test_an_unpublished_solution_disappears(client, changing_network):
    assert ("Ærø Kommune", ["Elfærgen Ellen"]) in exported(
        client.get(csv_path("en"), HTTP_HOST="localhost")
    )

    changing_network["solutions"]["ferry"].unpublish()

    assert ("Ærø Kommune", []) in listed(client.get("/en/map/", HTTP_HOST="localhost"))
    assert ("Ærø Kommune", []) in exported(client.get(csv_path("en"), HTTP_HOST="localhost"))


def test_an_unpublished_city_disappears_with_its_solutions(client, changing_network):
    assert "Comune di Lecce" in names_on_the_map(client)

    changing_network["cities"]["lecce"].unpublish()

    assert "Comune di Lecce" not in names_on_the_map(client)


def test_a_deleted_city_disappears(client, changing_network):
    assert "Ayuntamiento de Vitoria-Gasteiz" in names_on_the_map(client)

    changing_network["cities"]["vitoria"].delete()

    assert "Ayuntamiento de Vitoria-Gasteiz" not in names_on_the_map(client)


def test_a_new_translation_replaces_the_original_on_that_language_only(
    client, changing_network, locales
):
    assert "Comune di Lecce" in names_on_the_map(client, "en")

    translate(
        changing_network["cities"]["lecce"], locales["en"], {"Comune di Lecce": "City of Lecce"}
    )

    assert "City of Lecce" in names_on_the_map(client, "en")
    assert "Comune di Lecce" not in names_on_the_map(client, "en")
    assert "Comune di Lecce" in names_on_the_map(client, "da")


def test_a_moved_pin_moves_on_the_map(client, changing_network):
    [before] = [
        item["geometry"]["coordinates"]
        for item in features(geojson(client))
        if item["properties"]["name"] == "Comune di Lecce"
    ]
    assert before == [18.171, 40.3515]

    lecce = changing_network["cities"]["lecce"]
    lecce.location = "SRID=4326;POINT(18.2 40.4)"
    publish(lecce)

    [after] = [
        item["geometry"]["coordinates"]
        for item in features(geojson(client))
        if item["properties"]["name"] == "Comune di Lecce"
    ]
    assert after == [18.2, 40.4]


def test_a_renamed_topic_is_renamed_on_the_map(client, changing_network):
    def topic_names():
        return {
            topic
            for item in features(geojson(client))
            for solution in item["properties"]["solutions"]
            for topic in solution["topics"]
        }

    assert "District heating" in topic_names()

    topic = changing_network["topics"]["en"]["district-heating"]
    topic.name = "District heating and cooling"
    topic.save()

    assert "District heating and cooling" in topic_names()
    assert "District heating" not in topic_names()
