"""Stemmed search on PostgreSQL: each language is indexed and searched with its own stemmer.

These need PostgreSQL's text search configurations; CI runs them against PostgreSQL.
"""

from django.core.management import call_command
from django.db import connection

from wagtail.search.backends import get_search_backend

import pytest

from home.models import StandardPage
from tests.home.test_search import home, publish, result_titles, search

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="stemming uses PostgreSQL text search configurations; set DATABASE_URL to run",
    ),
]


def indexed_title(page):
    """The title's tsvector as stored in Wagtail's search index, such as "'løsning':1"."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT title::text FROM wagtailsearch_indexentry WHERE object_id = %s",
            [str(page.pk)],
        )
        return cursor.fetchone()[0]


def test_danish_is_stemmed_and_short_words_match_as_prefixes(client, network):
    publish(network["dk"].root_page.specific, "Løsninger for byer")

    for query in ("løsning", "løsninger", "by", "byer", "LØSNING BY"):
        assert result_titles(search(client, "dk.localhost", "da", query)) == [
            "Løsninger for byer"
        ], query
    assert result_titles(search(client, "dk.localhost", "da", "bygning")) == []
    assert "'løsning'" in indexed_title(StandardPage.objects.get(title="Løsninger for byer"))


def test_spanish_plural_is_found_by_its_singular(client, network):
    publish(network["es"].root_page.specific, "Ciudades inteligentes")

    for query in ("ciudad", "ciudades", "inteligente"):
        assert result_titles(search(client, "es.localhost", "es", query)) == [
            "Ciudades inteligentes"
        ], query


def test_english_cities_and_city_find_each_other(client, network):
    publish(home(network, "eu", "en"), "Smart cities")
    publish(home(network, "eu", "en"), "A city that learns")

    assert set(result_titles(search(client, "localhost", "en", "city"))) == {
        "Smart cities",
        "A city that learns",
    }
    assert set(result_titles(search(client, "localhost", "en", "cities"))) == {
        "Smart cities",
        "A city that learns",
    }


def test_bulgarian_uses_the_simple_configuration(client, network):
    page = publish(network["bg"].root_page.specific, "Умни градове")

    assert indexed_title(page) == "'градове':2B 'умни':1B"
    assert result_titles(search(client, "bg.localhost", "bg", "градове")) == ["Умни градове"]
    assert result_titles(search(client, "bg.localhost", "bg", "град")) == ["Умни градове"]


def test_update_index_keeps_each_language_in_its_own_configuration(network):
    danish = publish(network["dk"].root_page.specific, "Løsninger for byer")
    bulgarian = publish(network["bg"].root_page.specific, "Умни градове")

    call_command("update_index", verbosity=0)

    assert indexed_title(danish) == "'byer':3B 'løsning':1B"
    assert indexed_title(bulgarian) == "'градове':2B 'умни':1B"


def test_a_configuration_this_server_lacks_falls_back_to_simple(network):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = 'estonian'")
        has_estonian = cursor.fetchone() is not None
    backend = get_search_backend()

    assert backend.config_for_language("et") == ("estonian" if has_estonian else "simple")
    assert backend.config_for_language("bg") == "simple"
    assert backend.config_for_language("da") == "danish"
    assert get_search_backend(LANGUAGE="es").language == "es"
