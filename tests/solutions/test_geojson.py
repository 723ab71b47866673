"""The map's GeoJSON: pinned cities with their solutions, the national networks, fallbacks."""

import json

import pytest

from tests.solutions.reading import features, geojson_path, link_to, listed, mapped

pytestmark = pytest.mark.django_db


def geojson(client, language, query=""):
    return client.get(geojson_path(language, query), HTTP_HOST="localhost")


def city_feature(response, name):
    matches = [item for item in features(response) if item["properties"]["name"] == name]
    assert len(matches) == 1, f"{name!r} is on the map {len(matches)} times"
    return matches[0]


def test_the_geojson_is_a_feature_collection_served_as_geo_json(client, small_network):
    response = geojson(client, "en")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    collection = json.loads(response.content)
    assert collection["type"] == "FeatureCollection"
    assert all(item["type"] == "Feature" for item in collection["features"])
    assert all(item["geometry"]["type"] == "Point" for item in collection["features"])


def test_each_pinned_city_is_one_feature_with_its_facts_and_solutions_in_english(
    client, small_network
):
    response = geojson(client, "en")

    assert city_feature(response, "City of Tartu") == {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [26.729, 58.378]},
        "properties": {
            "kind": "city",
            "name": "City of Tartu",
            "url": "http://ee.localhost/en/tartu/",
            "lang": "en",
            "country": "EE",
            "role": "lighthouse",
            "stage": "award",
            "solutions": [
                {
                    # Not translated into English: shown in Estonian, at its Estonian address.
                    "title": "Elektribussid",
                    "url": "http://ee.localhost/et/tartu/elektribussid/",
                    "status": "planned",
                    "topics": ["Sustainable mobility"],
                },
                {
                    "title": "Retrofit of Soviet-era blocks",
                    "url": "http://ee.localhost/en/tartu/renoveerimine/",
                    "status": "implemented",
                    "topics": ["Building retrofit"],
                },
                {
                    "title": "Urban data platform",
                    "url": "http://ee.localhost/en/tartu/andmeplatvorm/",
                    "status": "in_progress",
                    "topics": ["Urban data platforms"],
                },
            ],
        },
    }
    sonderborg = city_feature(response, "Sonderborg Municipality")
    assert sonderborg["geometry"]["coordinates"] == [9.7925, 54.9094]
    assert sonderborg["properties"]["solutions"] == [
        {
            "title": "District heating from surplus heat",
            "url": "http://dk.localhost/en/sonderborg/fjernvarme/",
            "status": "implemented",
            "topics": ["District heating"],
        },
        {
            "title": "Electric buses and charging data",
            "url": "http://dk.localhost/en/sonderborg/elbusser/",
            "status": "in_progress",
            "topics": ["Sustainable mobility", "Urban data platforms"],
        },
    ]


def test_a_city_not_translated_into_english_is_shown_in_its_own_language(client, small_network):
    vitoria = city_feature(geojson(client, "en"), "Ayuntamiento de Vitoria-Gasteiz")

    assert vitoria["geometry"]["coordinates"] == [-2.6727, 42.8467]
    assert vitoria["properties"] | {"solutions": None} == {
        "kind": "city",
        "name": "Ayuntamiento de Vitoria-Gasteiz",
        "url": "http://es.localhost/es/vitoria-gasteiz/",
        "lang": "es",
        "country": "ES",
        "role": "lighthouse",
        "stage": "replicate",
        "solutions": None,
    }
    assert [
        (solution["title"], solution["topics"]) for solution in vitoria["properties"]["solutions"]
    ] == [
        ("Autobús eléctrico", ["Sustainable mobility"]),
        ("Rehabilitación del barrio de Coronación", ["Building retrofit", "District heating"]),
    ]


def test_the_city_without_a_location_is_listed_but_not_on_the_map(client, small_network):
    on_the_map = [name for name, _solutions in mapped(geojson(client, "en"))]
    in_the_list = [
        title for title, _solutions in listed(client.get("/en/map/", HTTP_HOST="localhost"))
    ]

    assert on_the_map == [
        "Ayuntamiento de Vitoria-Gasteiz",
        "City of Tartu",
        "Comune di Lecce",
        "Sonderborg Municipality",
    ]
    assert in_the_list == [*on_the_map, "Ærø Kommune"]


def test_a_city_without_solutions_is_on_the_map_with_an_empty_list(client, small_network):
    lecce = city_feature(geojson(client, "en"), "Comune di Lecce")

    assert lecce["properties"]["solutions"] == []
    assert lecce["properties"]["lang"] == "it"
    assert lecce["properties"]["url"] == "http://it.localhost/it/lecce/"


def test_the_national_networks_are_features_linking_to_their_sites(client, small_network):
    networks = [
        (item["properties"], item["geometry"]["coordinates"])
        for item in features(geojson(client, "en"), kind="network")
    ]

    assert networks == [
        (
            {
                "kind": "network",
                "name": "SmartEnCity Network Estonia",
                "url": "http://ee.localhost/",
                "country": "EE",
            },
            [24.7536, 59.437],
        ),
        (
            {
                "kind": "network",
                "name": "Energibyerne",
                "url": "http://dk.localhost/",
                "country": "DK",
            },
            [12.5683, 55.6761],
        ),
        (
            {
                "kind": "network",
                "name": "Red SmartEnCity España",
                "url": "http://es.localhost/",
                "country": "ES",
            },
            [-3.7038, 40.4168],
        ),
        (
            {
                "kind": "network",
                "name": "SmartEnCity Network Bulgaria",
                "url": "http://bg.localhost/",
                "country": "BG",
            },
            [23.3219, 42.6977],
        ),
        (
            {
                "kind": "network",
                "name": "Rete SmartEnCity Italia",
                "url": "http://it.localhost/",
                "country": "IT",
            },
            [12.4964, 41.9028],
        ),
    ]


# Locale fallback ---------------------------------------------------------------------------


def test_on_italian_a_city_with_only_an_english_translation_is_in_its_original_language(
    client, small_network
):
    response = geojson(client, "it")

    tartu = city_feature(response, "Tartu linn")
    assert tartu["properties"]["lang"] == "et"
    assert tartu["properties"]["url"] == "http://ee.localhost/et/tartu/"
    assert [solution["title"] for solution in tartu["properties"]["solutions"]] == [
        "Elektribussid",
        "Hruštšovkade renoveerimine",
        "Linnaandmete platvorm",
    ]
    sonderborg = city_feature(response, "Sønderborg Kommune")
    assert sonderborg["properties"]["lang"] == "da"
    assert sonderborg["properties"]["url"] == "http://dk.localhost/da/sonderborg/"
    # No English title leaks into the Italian map.
    names = [name for name, _solutions in mapped(response)]
    assert "City of Tartu" not in names
    assert "Sonderborg Municipality" not in names


def test_on_italian_topic_names_fall_back_to_their_original_english(client, small_network):
    sonderborg = city_feature(geojson(client, "it"), "Sønderborg Kommune")

    assert [
        (solution["title"], solution["topics"])
        for solution in sonderborg["properties"]["solutions"]
    ] == [
        ("Elbusser og ladedata", ["Sustainable mobility", "Urban data platforms"]),
        ("Fjernvarme fra overskudsvarme", ["District heating"]),
    ]


@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("en", ["Sustainable mobility", "Urban data platforms"]),
        ("da", ["Bæredygtig mobilitet", "Bydataplatforme"]),
        ("et", ["Säästev liikuvus", "Linnaandmete platvormid"]),
        ("es", ["Movilidad sostenible", "Datos urbanos"]),
        ("it", ["Sustainable mobility", "Urban data platforms"]),
        ("bg", ["Sustainable mobility", "Urban data platforms"]),
    ],
)
def test_topic_names_are_in_the_visitors_language_where_translated(
    client, small_network, language, names
):
    response = geojson(client, language, "topic=urban-data&country=DK")

    [(city_name, solutions)] = [
        (item["properties"]["name"], item["properties"]["solutions"])
        for item in features(response)
    ]
    assert [solution["topics"] for solution in solutions] == [names]
    expected_city = "Sonderborg Municipality" if language == "en" else "Sønderborg Kommune"
    assert city_name == expected_city


def test_the_danish_european_map_shows_danish_originals_and_falls_back_for_the_rest(
    client, small_network
):
    assert mapped(geojson(client, "da")) == [
        (
            "Ayuntamiento de Vitoria-Gasteiz",
            ["Autobús eléctrico", "Rehabilitación del barrio de Coronación"],
        ),
        ("Comune di Lecce", []),
        ("Sønderborg Kommune", ["Elbusser og ladedata", "Fjernvarme fra overskudsvarme"]),
        (
            "Tartu linn",
            ["Elektribussid", "Hruštšovkade renoveerimine", "Linnaandmete platvorm"],
        ),
    ]


def test_the_html_list_falls_back_the_same_way(client, small_network):
    english = listed(client.get("/en/map/", HTTP_HOST="localhost"))
    italian = client.get("/it/map/", HTTP_HOST="localhost")

    assert (
        "City of Tartu",
        ["Elektribussid", "Retrofit of Soviet-era blocks", "Urban data platform"],
    ) in english
    assert [title for title, _solutions in listed(italian)] == [
        "Ayuntamiento de Vitoria-Gasteiz",
        "Comune di Lecce",
        "Sønderborg Kommune",
        "Tartu linn",
        "Ærø Kommune",
    ]
    tartu = link_to(italian, "Tartu linn")
    assert tartu["href"] == "http://ee.localhost/et/tartu/"
    assert tartu["lang"] == "et"
