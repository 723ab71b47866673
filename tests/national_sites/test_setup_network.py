"""setup_network builds the network from configuration; running it again changes nothing."""

from io import StringIO

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from django.test import override_settings

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Locale,
    Page,
    Site,
)

import pytest

from national_sites.models import NationalHomePage
from smartencity.network import load_network

pytestmark = pytest.mark.django_db

LATVIA = """
[[countries]]
code = "lv"
name = "Latvia"
language = "lv"
subdomain = "lv"
network_name = "SmartEnCity tīkls Latvija"
"""


def snapshot():
    """Everything setup_network manages, counted."""
    return {
        "locales": Locale.objects.count(),
        "pages": Page.objects.count(),
        "sites": sorted(Site.objects.values_list("hostname", "port", "root_page_id")),
        "groups": sorted(Group.objects.values_list("name", flat=True)),
        "collections": Collection.objects.count(),
        "page permissions": GroupPagePermission.objects.count(),
        "collection permissions": GroupCollectionPermission.objects.count(),
        "site permissions": GroupSitePermission.objects.count(),
        "group permissions": Permission.objects.filter(group__isnull=False).count(),
    }


def test_running_setup_network_again_changes_nothing(network):
    before = snapshot()
    output = StringIO()

    call_command("setup_network", stdout=output)

    assert snapshot() == before
    assert "nothing changed" in output.getvalue()


def test_setup_network_creates_six_sites_with_their_groups_and_collections(network):
    assert sorted(Site.objects.values_list("hostname", flat=True)) == [
        "bg.localhost",
        "dk.localhost",
        "ee.localhost",
        "es.localhost",
        "it.localhost",
        "localhost",
    ]
    for country in settings.NETWORK.countries:
        assert Group.objects.filter(name=f"{country.name} editors").exists()
        assert Group.objects.filter(name=f"{country.name} moderators").exists()
        assert Collection.objects.filter(name=country.name, depth=2).exists()
    assert Group.objects.filter(name="Translators").exists()
    assert Group.objects.filter(name="Network coordinators").exists()


def test_editor_page_permissions_cover_every_language_tree_of_their_site(network):
    danish_home = network["dk"].root_page
    trees = set(danish_home.get_translations(inclusive=True).values_list("pk", flat=True))

    granted = set(
        GroupPagePermission.objects.filter(group__name="Denmark editors").values_list(
            "page_id", flat=True
        )
    )

    assert granted == trees
    assert len(trees) == 2


def test_a_country_added_to_the_configuration_gets_everything(network, tmp_path):
    config = tmp_path / "network.toml"
    config.write_text(settings.NETWORK_CONFIG_FILE.read_text() + LATVIA, encoding="utf-8")
    languages = [*settings.LANGUAGES, ("lv", "Latvian")]

    with override_settings(LANGUAGES=languages, WAGTAIL_CONTENT_LANGUAGES=languages):
        call_command("setup_network", config=str(config), stdout=StringIO())

        home = NationalHomePage.objects.get(country_code="lv", locale__language_code="lv")
        assert home.live
        assert home.title == "SmartEnCity tīkls Latvija"
        assert home.get_translations().filter(locale__language_code="en", live=True).exists()
        site = Site.objects.get(hostname="lv.localhost")
        assert site.root_page_id == home.pk
        editors = Group.objects.get(name="Latvia editors")
        assert GroupPagePermission.objects.filter(group=editors, page=home).exists()
        assert GroupSitePermission.objects.filter(group=editors, site=site).exists()
        collection = Collection.objects.get(name="Latvia")
        assert GroupCollectionPermission.objects.filter(
            group=Group.objects.get(name="Latvia moderators"), collection=collection
        ).exists()

        before = snapshot()
        call_command("setup_network", config=str(config), stdout=StringIO())
        assert snapshot() == before


def test_a_language_missing_from_the_settings_is_refused_with_a_clear_message(network, tmp_path):
    config = tmp_path / "network.toml"
    config.write_text(settings.NETWORK_CONFIG_FILE.read_text() + LATVIA, encoding="utf-8")
    before = snapshot()

    with pytest.raises(CommandError, match="lv"):
        call_command("setup_network", config=str(config), stdout=StringIO())

    assert snapshot() == before


def test_a_broken_configuration_is_refused_with_a_clear_message(network, tmp_path):
    config = tmp_path / "network.toml"
    config.write_text('[european]\nname = "SmartEnCity Network"\n', encoding="utf-8")
    before = snapshot()

    with pytest.raises(CommandError, match="language"):
        call_command("setup_network", config=str(config), stdout=StringIO())

    assert snapshot() == before


def test_the_shipped_configuration_lists_the_five_national_networks():
    network = load_network()

    assert [country.code for country in network.countries] == ["ee", "dk", "es", "bg", "it"]
    assert network.language_codes == ["en", "et", "da", "es", "bg", "it"]


def test_each_sites_submissions_go_to_its_own_moderators(network):
    for code, approvers in [("dk", "Denmark moderators"), ("ee", "Estonia moderators")]:
        for tree_root in network[code].root_page.get_translations(inclusive=True):
            workflow = tree_root.get_workflow()
            task = workflow.tasks.get().specific
            assert list(task.groups.values_list("name", flat=True)) == [approvers]
    european = network["eu"].root_page.get_workflow().tasks.get().specific
    assert list(european.groups.values_list("name", flat=True)) == ["Network coordinators"]


def test_wagtails_default_groups_with_rights_on_every_site_are_gone(network):
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()


def test_no_national_group_has_rights_on_the_root_collection(network):
    root = Collection.get_first_root_node()

    holders = set(
        GroupCollectionPermission.objects.filter(collection=root).values_list(
            "group__name", flat=True
        )
    )

    assert holders == {"Network coordinators"}


def test_network_coordinators_and_nobody_else_manage_the_topics(network, make_network_user):
    coordinator = make_network_user("coordinator-topics", "Network coordinators")
    editor = make_network_user("editor-topics", "Denmark editors")

    assert coordinator.has_perms(
        ["solutions.add_topic", "solutions.change_topic", "solutions.delete_topic"]
    )
    assert not editor.has_perm("solutions.change_topic")
