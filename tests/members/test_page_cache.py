"""The page cache never keeps a members' page or document, and never shows one to others."""

from django.core.cache import caches
from django.test import Client, RequestFactory
from django.utils.cache import get_cache_key

import pytest

from smartencity import page_cache
from tests.members.conftest import make_area

pytestmark = pytest.mark.django_db

HOST = "dk.localhost"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True
    caches[page_cache.PAGE_CACHE_ALIAS].clear()
    yield
    caches[page_cache.PAGE_CACHE_ALIAS].clear()


@pytest.fixture
def danish_area(network):
    return make_area(network["dk"].root_page.specific, "dk")


def test_an_open_page_is_cached_and_a_members_page_never(client, danish_area, members):
    """The cache works here (the home page is a hit the second time); the members' pages are
    not stored for the member, and a stranger after them is sent to sign in."""
    client.get("/da/", HTTP_HOST=HOST)
    assert client.get("/da/", HTTP_HOST=HOST)[page_cache.HEADER] == page_cache.HIT

    member = Client()
    member.force_login(members["dk"])
    for url in (danish_area.url, danish_area.child_url, danish_area.document.url):
        for _visit in range(2):
            response = member.get(url, HTTP_HOST=HOST)
            assert response.status_code == 200
            assert response[page_cache.HEADER] == page_cache.BYPASS
            if url != danish_area.document.url:  # documents are never cached at all
                assert "private" in response["Cache-Control"]

        for stranger in (client, Client(HTTP_COOKIE="")):
            refused = stranger.get(url, HTTP_HOST=HOST)
            assert refused.status_code == 302
            assert refused[page_cache.HEADER] != page_cache.HIT
            assert "zqdktoken" not in refused.content.decode()

    estonian = Client()
    estonian.force_login(members["ee"])
    assert estonian.get(danish_area.url, HTTP_HOST=HOST).status_code == 302


def stored_key(path):
    """The page cache's key for an anonymous GET of `path`, or None if nothing was stored."""
    request = RequestFactory().get(path, HTTP_HOST=HOST)
    request.LANGUAGE_CODE = "da"
    pages = caches[page_cache.PAGE_CACHE_ALIAS]
    return get_cache_key(request, key_prefix="", method="GET", cache=pages)


def test_an_anonymous_visit_to_a_members_page_is_never_stored(client, danish_area):
    client.get("/da/", HTTP_HOST=HOST)
    client.get("/da/", HTTP_HOST=HOST)
    for _visit in range(3):
        response = client.get(danish_area.url, HTTP_HOST=HOST)
        assert response.status_code == 302
        assert response[page_cache.HEADER] == page_cache.BYPASS

    assert stored_key("/da/") is not None
    assert stored_key(danish_area.url) is None
