"""Search across the network, in the visitor's language, on both SQLite and PostgreSQL.

Pages are StandardPages created under the homes of the `network` fixture, in the locale of
the home they are created under, and published as an editor would.
"""

import datetime
import re
import time

from wagtail.models import Locale

import pytest

from tests.factories import StandardPageFactory
from tests.national_sites.news_factories import NewsIndexPageFactory, make_news
from tests.query_budget import assert_query_budget

pytestmark = pytest.mark.django_db


def home(network, site, language):
    """A site's home page in one language, such as the European home in Danish."""
    root = network[site].root_page
    return root.get_translation(Locale.objects.get(language_code=language)).specific


def publish(parent, title, slug=None, intro="A page of the network."):
    page = StandardPageFactory(
        parent=parent, title=title, slug=slug or re.sub(r"\W+", "-", title.lower()), intro=intro
    )
    page.save_revision().publish()
    return page


def search(client, host, language, query, **params):
    response = client.get(f"/{language}/search/", {"q": query, **params}, HTTP_HOST=host)
    assert response.status_code == 200
    return response.content.decode()


def result_titles(html):
    return [
        re.sub(r"<[^>]+>", "", title)
        for title in re.findall(r'class="search-result__title"><a [^>]*>(.*?)</a>', html)
    ]


def test_a_visitor_finds_pages_in_their_own_language_only(client, network):
    publish(home(network, "eu", "en"), "Geothermal heat in Tartu")
    publish(home(network, "eu", "da"), "Geothermal varme i Tartu")

    assert result_titles(search(client, "localhost", "en", "geothermal")) == [
        "Geothermal heat in Tartu"
    ]
    assert result_titles(search(client, "localhost", "da", "geothermal")) == [
        "Geothermal varme i Tartu"
    ]


def test_a_national_site_lists_its_own_pages_before_the_rest_of_the_network(client, network):
    publish(home(network, "eu", "da"), "Fjernvarme i Europa")
    publish(network["dk"].root_page.specific, "Fjernvarme i Sønderborg")

    national = search(client, "dk.localhost", "da", "fjernvarme")
    assert result_titles(national) == ["Fjernvarme i Sønderborg", "Fjernvarme i Europa"]
    own, rest = national.index('id="search-own-heading"'), national.index("search-network-heading")
    assert own < national.index("i Sønderborg<") < rest < national.index("i Europa<")

    european = search(client, "localhost", "da", "fjernvarme")
    assert result_titles(european) == ["Fjernvarme i Europa", "Fjernvarme i Sønderborg"]


def test_each_result_shows_its_type_date_summary_and_origin(client, network):
    energy = publish(network["dk"].root_page.specific, "Energi")
    publish(energy, "Solceller på taget", intro="Solceller på 40 skoler.")

    html = search(client, "dk.localhost", "en", "zzz")  # an English visitor: no Danish pages
    assert result_titles(html) == []
    html = search(client, "dk.localhost", "da", "solceller")
    assert result_titles(html) == ["Solceller på taget"]
    result = html[html.index('class="search-result"') :]
    assert "Standardside" in result  # the page type, in Danish
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\dT', result)
    assert "<mark>Solceller</mark> på 40 skoler." in result
    assert 'href="/da/energi/">Energi</a>' in result
    assert f'href="/da/">{network["dk"].root_page.specific.network_name}</a>' in result


def test_results_are_paginated_and_a_bad_page_number_shows_the_first_page(client, network):
    dk_home = network["dk"].root_page.specific
    for number in range(23):
        publish(dk_home, f"Vindmølle {number}")

    first = result_titles(search(client, "dk.localhost", "da", "vindmølle"))
    third = result_titles(search(client, "dk.localhost", "da", "vindmølle", page=3))
    assert len(first) == 10
    assert len(third) == 3
    assert not set(first) & set(third)
    for bad in ("abc", "0", "-1", "999", "1e9999", "99999999999999999999999"):
        assert result_titles(search(client, "dk.localhost", "da", "vindmølle", page=bad)) == first


def test_the_query_is_escaped_and_highlighted_safely(client, network):
    publish(
        home(network, "eu", "en"),
        "<script>alert('x')</script> solar roofs",
        slug="script-solar-roofs",
        intro="Solar & <b>wind</b>",
    )

    html = search(client, "localhost", "en", "<b>solar</b>")
    assert 'value="&lt;b&gt;solar&lt;/b&gt;"' in html

    html = search(client, "localhost", "en", "solar")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; <mark>solar</mark> roofs" in html
    assert "<mark>Solar</mark> &amp; wind" in html  # summaries are shown as plain text


@pytest.mark.parametrize(
    "query",
    [
        "solar " * 2000,
        "x" * 10_000,
        "& | ! ( ) : * \" ' <-> \\ % solar",
        "solar:* & !(roofs | 'x') <-> \"a",
        "NEAR(solar roofs) OR solar* AND -roofs ^2",
        "%' OR 1=1; --",
    ],
)
def test_long_queries_and_search_operators_answer_quickly(client, network, query):
    publish(home(network, "eu", "en"), "Solar roofs")

    search(client, "localhost", "en", "solar")  # fill the per-process caches first
    started = time.perf_counter()
    html = search(client, "localhost", "en", query)
    assert time.perf_counter() - started < 1
    assert 'role="status"' in html


def test_a_query_without_words_searches_nothing_and_says_why(client, network):
    html = search(client, "localhost", "en", "& | ! ( ) : * \" ' <-> \\ %")
    assert "Your search has no words we can look for." in html
    assert "search-result" not in html


def test_an_empty_query_shows_the_form_and_a_hint(client, network):
    response = client.get("/en/search/", HTTP_HOST="localhost")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="search"' in html
    assert "Type one or more words." in html
    assert 'role="status"' not in html


def test_the_header_has_a_labelled_search_form(client, network):
    html = client.get("/da/", HTTP_HOST="dk.localhost").content.decode()
    header = html[html.index('class="site-header"') : html.index("</header>")]
    assert 'role="search"' in header
    assert 'action="/da/search/"' in header
    assert '<label for="site-search-query"' in header


def test_a_published_change_is_found_and_an_unpublished_page_is_not(client, network):
    page = publish(home(network, "eu", "en"), "Harbour heat pumps")
    assert result_titles(search(client, "localhost", "en", "lighthouse")) == []

    page.title = "Lighthouse heat pumps"
    page.save_revision().publish()
    assert result_titles(search(client, "localhost", "en", "lighthouse")) == [
        "Lighthouse heat pumps"
    ]
    assert result_titles(search(client, "localhost", "en", "harbour")) == []

    page.unpublish()
    assert result_titles(search(client, "localhost", "en", "lighthouse")) == []


def test_a_language_the_site_is_not_published_in_is_not_found(client, network):
    response = client.get("/es/search/", {"q": "sol"}, HTTP_HOST="dk.localhost")
    assert response.status_code == 404


def test_the_query_count_stays_in_budget_and_does_not_grow_with_results(client, network):
    dk_home = network["dk"].root_page.specific
    eu_home = home(network, "eu", "da")
    energy = publish(dk_home, "Energi")

    def grow(first, last):
        for number in range(first, last):
            publish(energy, f"Solcelle {number}")
            publish(eu_home, f"Solcelle i Europa {number}")

    grow(0, 3)
    path = "/da/search/?q=solcelle"
    # The first page of 3 + 3 results and the third of 25 + 25 both span the two sections.
    small = assert_query_budget(client, "dk.localhost", path)
    grow(3, 25)
    large = assert_query_budget(client, "dk.localhost", path + "&page=3")
    own_site_only = assert_query_budget(client, "dk.localhost", path)
    assert large == small
    assert own_site_only < small


def test_a_news_result_shows_the_date_of_the_news_not_of_its_publication(client, network):
    news_index = NewsIndexPageFactory(parent=home(network, "eu", "en"))
    news_index.save_revision().publish()
    make_news(news_index, "Heat pumps for schools", datetime.date(2023, 5, 9))

    html = search(client, "localhost", "en", "heat pumps")

    assert result_titles(html) == ["Heat pumps for schools"]
    assert '<time datetime="2023-05-09">' in html
