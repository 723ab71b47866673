"""A city's page and a solution's page, on their own site, and their links back to the map."""

import pytest

from tests.solutions.reading import hrefs, link_to, links, listed, shows

pytestmark = pytest.mark.django_db


def links_reading(response, text):
    return [link["attrs"] for link in links(response) if link["text"] == text]


def groups(response):
    return [
        (group["slug"], group["name"], [solution.title for solution in group["solutions"]])
        for group in response.context["solutions_by_topic"]
    ]


# The city page -----------------------------------------------------------------------------


def test_a_city_page_renders_on_its_own_host_with_its_solutions_grouped_by_topic(
    client, small_network
):
    response = client.get("/da/sonderborg/", HTTP_HOST="dk.localhost")

    assert response.status_code == 200
    assert response.templates[0].name == "solutions/city_page.html"
    assert groups(response) == [
        ("district-heating", "Fjernvarme", ["Fjernvarme fra overskudsvarme"]),
        ("sustainable-mobility", "Bæredygtig mobilitet", ["Elbusser og ladedata"]),
        ("urban-data", "Bydataplatforme", ["Elbusser og ladedata"]),
    ]
    for topic in ("Fjernvarme", "Bæredygtig mobilitet", "Bydataplatforme"):
        assert shows(response, topic)
    assert shows(response, "Sønderborg Kommune")
    assert "/da/sonderborg/fjernvarme/" in hrefs(response)
    assert "/da/sonderborg/elbusser/" in hrefs(response)


def test_a_city_page_links_to_its_countrys_cities_on_the_map(client, small_network):
    response = client.get("/da/sonderborg/", HTTP_HOST="dk.localhost")

    assert response.context["map_url"] == "/da/kort/?country=DK"
    assert "/da/kort/?country=DK" in hrefs(response)


def test_a_city_page_in_english_groups_its_english_solutions_under_english_topics(
    client, small_network
):
    response = client.get("/en/sonderborg/", HTTP_HOST="dk.localhost")

    assert response.status_code == 200
    assert shows(response, "Sonderborg Municipality")
    assert groups(response) == [
        ("district-heating", "District heating", ["District heating from surplus heat"]),
        ("sustainable-mobility", "Sustainable mobility", ["Electric buses and charging data"]),
        ("urban-data", "Urban data platforms", ["Electric buses and charging data"]),
    ]
    assert "/en/sonderborg/fjernvarme/" in hrefs(response)


def test_a_city_page_puts_a_solution_with_two_topics_in_both_groups_in_topic_order(
    client, small_network
):
    response = client.get("/es/vitoria-gasteiz/", HTTP_HOST="es.localhost")

    assert response.status_code == 200
    assert groups(response) == [
        ("building-retrofit", "Rehabilitación", ["Rehabilitación del barrio de Coronación"]),
        ("district-heating", "Redes de calor", ["Rehabilitación del barrio de Coronación"]),
        ("sustainable-mobility", "Movilidad sostenible", ["Autobús eléctrico"]),
    ]


def test_a_city_without_solutions_or_location_renders(client, small_network):
    lecce = client.get("/it/lecce/", HTTP_HOST="it.localhost")
    aero = client.get("/da/aero/", HTTP_HOST="dk.localhost")

    assert lecce.status_code == 200
    assert groups(lecce) == []
    assert aero.status_code == 200
    assert groups(aero) == [("sustainable-mobility", "Bæredygtig mobilitet", ["Elfærgen Ellen"])]
    assert aero.context["page"].point is None


def test_a_city_page_is_not_served_on_another_sites_host(client, small_network):
    assert client.get("/da/sonderborg/", HTTP_HOST="ee.localhost").status_code == 404


# The solution page -------------------------------------------------------------------------


def test_a_solution_page_renders_its_key_figures_topics_and_city(client, small_network):
    response = client.get("/da/sonderborg/fjernvarme/", HTTP_HOST="dk.localhost")

    assert response.status_code == 200
    assert response.templates[0].name == "solutions/solution_page.html"
    assert shows(response, "Fjernvarme fra overskudsvarme")
    assert shows(response, "Summary of Fjernvarme fra overskudsvarme.")
    assert shows(response, "Measured by Fjernvarme fra overskudsvarme")
    assert shows(response, "1 200")
    assert shows(response, "t/year")
    assert response.context["topics"] == [
        {"slug": "district-heating", "name": "Fjernvarme", "colour": "#1f7a3d"}
    ]
    assert response.context["city"].title == "Sønderborg Kommune"
    assert {link["href"] for link in links_reading(response, "Sønderborg Kommune")} == {
        "/da/sonderborg/"
    }


def test_a_solution_page_lists_the_cities_that_replicated_it(client, small_network):
    response = client.get("/da/sonderborg/fjernvarme/", HTTP_HOST="dk.localhost")

    assert link_to(response, "Tartu linn")["href"] == "http://ee.localhost/et/tartu/"
    assert (
        link_to(response, "Ayuntamiento de Vitoria-Gasteiz")["href"]
        == "http://es.localhost/es/vitoria-gasteiz/"
    )


def test_an_english_solution_page_links_to_the_english_translation_of_a_replication(
    client, small_network
):
    response = client.get("/en/sonderborg/fjernvarme/", HTTP_HOST="dk.localhost")

    assert response.status_code == 200
    assert shows(response, "District heating from surplus heat")
    assert response.context["topics"] == [
        {"slug": "district-heating", "name": "District heating", "colour": "#1f7a3d"}
    ]
    assert link_to(response, "City of Tartu")["href"] == "http://ee.localhost/en/tartu/"
    # Not translated into English: the Spanish original.
    assert (
        link_to(response, "Ayuntamiento de Vitoria-Gasteiz")["href"]
        == "http://es.localhost/es/vitoria-gasteiz/"
    )


@pytest.mark.parametrize(
    ("path", "map_url"),
    [
        ("/da/sonderborg/fjernvarme/", "/da/kort/?topic=district-heating"),
        ("/da/sonderborg/elbusser/", "/da/kort/?topic=sustainable-mobility&topic=urban-data"),
        ("/da/aero/elfaergen/", "/da/kort/?topic=sustainable-mobility"),
    ],
)
def test_a_solution_page_links_to_the_map_filtered_by_its_topics(
    client, small_network, path, map_url
):
    response = client.get(path, HTTP_HOST="dk.localhost")

    assert response.context["map_url"] == map_url
    assert map_url in hrefs(response)
    # The link answers with this solution among the results.
    on_the_map = client.get(map_url, HTTP_HOST="dk.localhost")
    solutions = [title for _city, titles in listed(on_the_map) for title in titles]
    assert response.context["page"].title in solutions


def test_a_solution_page_renders_on_a_site_without_a_map(client, small_network):
    response = client.get("/et/tartu/renoveerimine/", HTTP_HOST="ee.localhost")

    assert response.status_code == 200
    assert shows(response, "Hruštšovkade renoveerimine")
    assert response.context["topics"] == [
        {"slug": "building-retrofit", "name": "Hoonete renoveerimine", "colour": "#1f7a3d"}
    ]
    assert response.context["replications"] == []
