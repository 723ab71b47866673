"""Fixtures of the news tests: the locales, and news on the Danish and European sites."""

import pytest

from tests.national_sites.news_factories import make_danish_news, make_european_news
from tests.solutions.conftest import network_locales


@pytest.fixture
def locales(db):
    return network_locales()


@pytest.fixture
def danish_news(network, locales):
    return make_danish_news(network, locales)


@pytest.fixture
def european_news(network, locales):
    return make_european_news(network, locales)
