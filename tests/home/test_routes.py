"""A page's route is remembered between requests, and no change to the tree is missed.

The first visit of a path routes through the tree as Wagtail does; later visits load the one
remembered page. Each test below changes the tree the way an editor does and then checks that
the next visitor gets what Wagtail's own routing would give.
"""

from django.core.cache import cache, caches
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction, Site

import pytest

from home import routes
from smartencity import page_cache
from tests.factories import StandardPageFactory
from tests.national_sites.news_factories import NewsIndexPageFactory, NewsPageFactory
from tests.solutions.conftest import publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def about(network):
    """An English page under the European home, at /en/about/."""
    home = network["eu"].root_page
    return publish(StandardPageFactory(parent=home, title="About", slug="about"))


def get(client, path, host="localhost"):
    return client.get(path, HTTP_HOST=host)


def queries_of(client, path, host="localhost"):
    with CaptureQueriesContext(connection) as captured:
        response = get(client, path, host)
    assert response.status_code == 200
    return len(captured.captured_queries)


def test_a_second_visit_loads_the_page_without_walking_the_tree(client, about):
    first = queries_of(client, "/en/about/")
    second = queries_of(client, "/en/about/")

    # Site, locale, the localized home page and its specific row, the child by slug and its
    # specific row are looked up once; then the page alone is loaded.
    assert second <= first - 4
    assert "<h1>About</h1>" in get(client, "/en/about/").content.decode()


def test_a_second_visit_reads_from_the_cache_only_what_another_worker_may_change(
    client, about, monkeypatch
):
    get(client, "/en/about/")
    default = caches["default"]
    reads = []
    read = default.get
    monkeypatch.setattr(default, "get", lambda key, *args: reads.append(key) or read(key, *args))

    response = get(client, "/en/about/")

    # The generation of the page tree's entries, the site, the chrome and Wagtail's root
    # paths; the page's route, the locales, the site's languages and the restricted paths
    # live under the generation, and this worker keeps its own copy of them.
    assert "<h1>About</h1>" in response.content.decode()
    assert len(reads) <= 5, reads
    generation = routes.generation()
    assert not [key for key in reads if generation in key and ":site:" not in key]


def test_the_site_of_each_host_is_remembered_for_that_host_only(client, network, about):
    get(client, "/en/about/")
    get(client, "/da/", host="dk.localhost")

    assert cache.get(f"routes:{routes.generation()}:site:localhost:80") == network["eu"]
    assert cache.get(f"routes:{routes.generation()}:site:dk.localhost:80") == network["dk"]


def test_an_unknown_host_gets_the_default_site_without_being_remembered(client, network, about):
    with override_settings(ALLOWED_HOSTS=["*"]):
        response = get(client, "/en/about/", host="made-up.example")

    assert response.status_code == 200
    assert cache.get(f"routes:{routes.generation()}:site:made-up.example:80") is None


def test_a_renamed_page_moves_to_its_new_address_at_once(client, about):
    get(client, "/en/about/")

    about.slug = "who-we-are"
    publish(about)

    old = get(client, "/en/about/")
    assert old.status_code in (301, 404)
    assert old.status_code == 404 or old["Location"].endswith("/en/who-we-are/")
    assert get(client, "/en/who-we-are/").status_code == 200


def test_an_unpublished_page_is_gone_on_the_next_visit(client, about):
    get(client, "/en/about/")

    about.unpublish()

    assert get(client, "/en/about/").status_code == 404


def test_a_moved_page_answers_at_its_new_address_only(client, network, about):
    parent = publish(
        StandardPageFactory(parent=network["eu"].root_page, title="Network", slug="network")
    )
    get(client, "/en/about/")

    about.move(parent, pos="last-child")

    # Wagtail's redirects app sends the old address on; the page itself is not served there.
    old = get(client, "/en/about/")
    assert old.status_code == 301
    assert old["Location"].endswith("/en/network/about/")
    assert get(client, "/en/network/about/").status_code == 200


def test_a_deleted_page_is_gone_on_the_next_visit(client, about):
    get(client, "/en/about/")

    Page.objects.get(pk=about.pk).delete()

    assert get(client, "/en/about/").status_code == 404


def test_a_page_saved_without_its_signals_is_checked_before_it_is_served(client, about):
    get(client, "/en/about/")

    # A bulk update sends no signal: the remembered page is seen to be no longer live.
    Page.objects.filter(pk=about.pk).update(live=False)

    assert get(client, "/en/about/").status_code == 404


def test_a_new_site_root_changes_what_the_host_serves(client, network, about):
    get(client, "/en/about/")
    other = publish(
        StandardPageFactory(parent=Page.get_first_root_node(), title="Elsewhere", slug="elsewhere")
    )
    publish(StandardPageFactory(parent=other, title="About elsewhere", slug="about"))

    site = Site.objects.get(pk=network["eu"].pk)
    site.root_page = other
    site.save()

    assert "<h1>About elsewhere</h1>" in get(client, "/en/about/").content.decode()


def test_each_language_has_its_own_route(client, network):
    get(client, "/en/", host="dk.localhost")
    get(client, "/da/", host="dk.localhost")

    english = get(client, "/en/", host="dk.localhost").content.decode()
    danish = get(client, "/da/", host="dk.localhost").content.decode()

    assert '<html lang="en">' in english
    assert '<html lang="da">' in danish


def test_a_routable_page_is_routed_every_time_so_its_archive_works(client, network):
    index = publish(NewsIndexPageFactory(parent=network["eu"].root_page, slug="news"))
    publish(NewsPageFactory(parent=index, title="Rooftop solar", date="2026-03-04"))

    for _visit in range(2):
        assert get(client, "/en/news/").status_code == 200
        assert "Rooftop solar" in get(client, "/en/news/2026/03/").content.decode()

    assert cache.get(routes.route_key(network["eu"], "news/")) is None


def test_a_missing_page_is_not_remembered(client, network):
    assert get(client, "/en/no-such-page/").status_code == 404
    assert cache.get(routes.route_key(network["eu"], "no-such-page/")) is None


def test_pages_are_served_when_redis_is_down(client, about):
    outage = page_cache.redis_cache("redis://127.0.0.1:1/0", "outage")
    with override_settings(CACHES={"default": outage, page_cache.PAGE_CACHE_ALIAS: outage}):
        first = get(client, "/en/about/")
        second = get(client, "/en/about/")

    assert first.status_code == second.status_code == 200
    assert "<h1>About</h1>" in second.content.decode()


# View restrictions


def restrict(page):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="members-only"
    )


def shows_the_password_form(response):
    return response.status_code == 200 and 'name="password"' in response.content.decode()


def test_an_open_page_is_served_without_reading_restrictions(client, about):
    get(client, "/en/about/")

    with CaptureQueriesContext(connection) as captured:
        assert get(client, "/en/about/").status_code == 200

    assert not [q for q in captured.captured_queries if "pageviewrestriction" in q["sql"]]


def test_a_restriction_added_after_a_visit_applies_on_the_next_one(client, about):
    get(client, "/en/about/")

    restrict(about)

    assert shows_the_password_form(get(client, "/en/about/"))


def test_a_restriction_on_an_ancestor_applies_to_the_pages_below(client, network, about):
    below = publish(StandardPageFactory(parent=about, title="Minutes", slug="minutes"))
    get(client, "/en/about/minutes/")

    restrict(about)

    response = get(client, "/en/about/minutes/")
    assert shows_the_password_form(response)
    assert "Minutes" not in response.content.decode().split('name="password"')[1]
    assert below.get_view_restrictions().get().page_id == about.pk


def test_a_lifted_restriction_opens_the_page_again(client, about):
    restriction = restrict(about)
    assert shows_the_password_form(get(client, "/en/about/"))

    restriction.delete()

    response = get(client, "/en/about/")
    assert not shows_the_password_form(response)
    assert "<h1>About</h1>" in response.content.decode()


def test_an_alias_of_a_restricted_page_is_restricted_as_wagtail_does_it(client, network, about):
    restrict(about)
    home = Page.objects.get(pk=network["eu"].root_page_id)
    section = publish(StandardPageFactory(parent=home, title="Section", slug="section"))
    alias = about.create_alias(parent=section, update_slug="about-alias")

    assert [r.page_id for r in alias.specific.get_view_restrictions()] == [about.pk]
    assert shows_the_password_form(get(client, "/en/section/about-alias/"))
