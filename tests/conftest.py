"""Shared fixtures. The network (six sites, six locales, groups) is built once per test run."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.utils import translation

from wagtail.models import Site

import pytest

from national_sites.setup import COORDINATORS_GROUP, TRANSLATORS_GROUP, NetworkSetup

PASSWORD = "correct-horse-battery"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Set the network up once in the test database; each test then runs in a rollback."""
    with django_db_blocker.unblock():
        NetworkSetup(settings.NETWORK).run()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the default language.

    A request activates its visitor's language in the test's thread and leaves it active,
    so without this, messages built outside a request (a model's validation) would speak
    whatever language the previous test's last request was in.
    """
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def network(db):
    """The configured network, with each site by country code ('eu' for the European site)."""
    sites = {"eu": Site.objects.get(is_default_site=True)}
    for country in settings.NETWORK.countries:
        sites[country.code] = Site.objects.get(hostname=country.hostname(settings.NETWORK_DOMAIN))
    return sites


def make_user(username, *group_names, superuser=False):
    user = get_user_model().objects.create_user(
        username=username,
        email=f"{username}@example.org",
        password=PASSWORD,
        is_superuser=superuser,
        is_staff=superuser,
    )
    for name in group_names:
        user.groups.add(Group.objects.get(name=name))
    return user


@pytest.fixture
def make_network_user(db):
    return make_user


@pytest.fixture
def editor_dk(db):
    return make_user("editor-dk", "Denmark editors")


@pytest.fixture
def moderator_dk(db):
    return make_user("moderator-dk", "Denmark moderators")


@pytest.fixture
def translator(db):
    return make_user("translator", TRANSLATORS_GROUP)


@pytest.fixture
def coordinator(db):
    return make_user("coordinator", COORDINATORS_GROUP)
