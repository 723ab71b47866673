"""The members' areas: their groups, collections and view restrictions, and their members."""

from django.conf import settings
from django.contrib.auth.models import Group

from wagtail.models import CollectionViewRestriction, GroupCollectionPermission, Locale

import pytest

from home.models import HomePage, StandardPage
from members.groups import members_collection_name
from members.models import MembersAreaPage, MembersPage
from membership.contributors import add_contributor
from national_sites.models import NationalHomePage
from national_sites.setup import NetworkSetup
from national_sites.translation import translate
from tests.members.conftest import make_area
from tests.solutions.conftest import publish
from tests.solutions.factories import CityPageFactory

pytestmark = pytest.mark.django_db

DANISH_READERS = {
    "Denmark network members",
    "Denmark editors",
    "Denmark moderators",
    "Network coordinators",
}
EUROPEAN_READERS = {"European network members", "Network coordinators"}


def restriction_groups(page):
    return [
        (restriction.restriction_type, set(restriction.groups.values_list("name", flat=True)))
        for restriction in page.view_restrictions.all()
    ]


def test_the_setup_gives_each_network_a_members_group_and_a_private_collection():
    names = [f"{country.name} network members" for country in settings.NETWORK.countries]
    for name in [*names, "European network members"]:
        assert Group.objects.filter(name=name).exists()
        restriction = CollectionViewRestriction.objects.get(collection__name=f"{name}' documents")
        assert restriction.restriction_type == CollectionViewRestriction.GROUPS
        assert name in restriction.groups.values_list("name", flat=True)
    danish = CollectionViewRestriction.objects.get(
        collection__name="Denmark network members' documents"
    )
    assert set(danish.groups.values_list("name", flat=True)) == DANISH_READERS


def test_danish_editors_and_moderators_upload_to_their_members_collection_only():
    granted = set(
        GroupCollectionPermission.objects.filter(
            collection__name__endswith="members' documents"
        ).values_list("group__name", "collection__name", "permission__codename")
    )
    danish = {(group, collection) for group, collection, _codename in granted if "Den" in group}
    assert danish == {
        ("Denmark editors", "Denmark network members' documents"),
        ("Denmark moderators", "Denmark network members' documents"),
    }
    assert ("Denmark editors", "Denmark network members' documents", "add_document") in granted
    assert (
        "Denmark moderators",
        "Denmark network members' documents",
        "delete_document",
    ) in granted
    assert ("Denmark editors", "Denmark network members' documents", "delete_document") not in (
        granted
    )


def test_the_setup_changes_nothing_when_run_again():
    assert NetworkSetup(settings.NETWORK).run() == 0
    assert NetworkSetup(settings.NETWORK).run() == 0
    assert Group.objects.filter(name="Denmark network members").count() == 1
    assert (
        CollectionViewRestriction.objects.filter(
            collection__name="Denmark network members' documents"
        ).count()
        == 1
    )


def test_a_new_members_area_is_private_to_its_network_and_its_organisers(network):
    danish = make_area(network["dk"].root_page.specific, "dk")
    european = make_area(network["eu"].root_page.specific, "eu")

    assert restriction_groups(danish.page) == [("groups", DANISH_READERS)]
    assert restriction_groups(european.page) == [("groups", EUROPEAN_READERS)]
    # The pages below inherit it.
    assert [r.page_id for r in danish.child.get_view_restrictions()] == [danish.page.pk]


def test_a_translation_of_a_members_area_is_private_too(network):
    danish = make_area(network["dk"].root_page.specific, "dk")
    english = Locale.objects.get(language_code="en")

    translated_area = translate(danish.page, english)
    translated_child = translate(danish.child, english)

    assert translated_area.locale == english
    assert restriction_groups(translated_area) == [("groups", DANISH_READERS)]
    assert translated_child.get_view_restrictions().get().page_id == translated_area.pk


def test_members_areas_stand_on_home_pages_once_and_hold_members_pages(network):
    assert MembersAreaPage.allowed_parent_page_models() == [HomePage, NationalHomePage]
    assert MembersAreaPage.allowed_subpage_models() == [MembersPage]
    assert MembersPage.allowed_parent_page_models() == [MembersAreaPage, MembersPage]
    assert MembersPage.allowed_subpage_models() == [MembersPage]
    danish_home = network["dk"].root_page.specific
    assert MembersAreaPage.can_create_at(danish_home)
    make_area(danish_home, "dk")
    assert not MembersAreaPage.can_create_at(danish_home)
    assert not MembersPage.can_create_at(danish_home)
    assert not StandardPage.can_create_at(MembersAreaPage.objects.get())


def test_the_area_lists_its_pages_and_its_networks_documents(client, network, members):
    danish = make_area(network["dk"].root_page.specific, "dk")
    make_area(network["ee"].root_page.specific, "ee")
    client.force_login(members["dk"])

    html = client.get("/da/members/", HTTP_HOST="dk.localhost").content.decode()

    assert f'href="{danish.child_url}"' in html
    assert f'href="{danish.document.url}"' in html
    assert "zqeetoken" not in html


@pytest.mark.parametrize(
    ("network_code", "members_group"),
    [("dk", "Denmark network members"), ("", "European network members")],
)
def test_a_city_contributor_becomes_a_member_of_the_citys_network(
    network, network_code, members_group
):
    home = network[network_code or "eu"].root_page.specific
    city = publish(CityPageFactory(parent=home, title="Aarhus Kommune", slug="aarhus"))

    user, created = add_contributor(city, "klima@aarhus.example", network_code, "da")

    assert created
    assert user.groups.filter(name=members_group).exists()
    assert Group.objects.filter(name=members_group).count() == 1


def test_members_collections_are_named_after_their_groups():
    country = next(c for c in settings.NETWORK.countries if c.code == "dk")
    assert members_collection_name(country) == "Denmark network members' documents"
    assert members_collection_name(None) == "European network members' documents"
