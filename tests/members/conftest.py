"""A members' area on each of the six sites, with a members' page and a private document.

    site          language  area           page                      document
    localhost     en        /en/members/   /en/members/minutes/      "Procedure zqeutoken"
    dk.localhost  da        /da/members/   /da/members/minutes/      "Procedure zqdktoken"
    ... and likewise for ee (et), es, bg and it.

Each area's page, child page and document carry the word `zq<key>token`, found by nobody
else's search. `members` has a member of each network (`member-<key>`).
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale

import pytest

from members.groups import country_for, members_collection_name, members_group_name
from members.models import MembersAreaPage, MembersPage
from tests.conftest import make_user
from tests.solutions.conftest import publish

NETWORKS = ["eu", *(country.code for country in settings.NETWORK.countries)]


def language_of_network(key):
    country = country_for(key)
    return country.language if country else settings.NETWORK.language


def host_of(key):
    country = country_for(key)
    return country.hostname(settings.NETWORK_DOMAIN) if country else settings.NETWORK_DOMAIN


def token(key):
    return f"zq{key}token"


def members_collection(key):
    return Collection.objects.get(name=members_collection_name(country_for(key)))


@dataclass
class Area:
    key: str
    page: MembersAreaPage
    child: MembersPage
    document: object

    @property
    def host(self):
        return host_of(self.key)

    @property
    def language(self):
        return language_of_network(self.key)

    @property
    def url(self):
        return f"/{self.language}/members/"

    @property
    def child_url(self):
        return f"/{self.language}/members/minutes/"


def make_area(home, key):
    area = MembersAreaPage(title=f"Members {token(key)}", slug="members", intro=token(key))
    home.add_child(instance=area)
    publish(area)
    child = MembersPage(title=f"Minutes {token(key)}", slug="minutes", intro=token(key))
    area.add_child(instance=child)
    publish(child)
    Document = get_document_model()
    document = Document(title=f"Procedure {token(key)}", collection=members_collection(key))
    document.file = ContentFile(b"%PDF-1.4 minutes", name=f"procedure-{key}.pdf")
    document.save()
    return Area(key, area, child, document)


@pytest.fixture(autouse=True)
def media_on_disk(settings, tmp_path):
    """Files on disk, as in production: Wagtail's serve view sends a file from its path, which
    the test settings' in-memory storage has only in name."""
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }


@pytest.fixture
def areas(network):
    """{network key: Area}, each under its site's home page in the site's own language."""
    result = {}
    for key in NETWORKS:
        home = network[key].root_page.specific
        assert home.locale == Locale.objects.get(language_code=language_of_network(key))
        result[key] = make_area(home, key)
    return result


@pytest.fixture
def members(db):
    """{network key: a user in that network's members group}."""
    return {
        key: make_user(f"member-{key}", members_group_name(country_for(key))) for key in NETWORKS
    }
