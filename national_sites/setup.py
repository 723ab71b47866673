"""Build the network from its configuration: locales, sites, home pages, groups, permissions.

Every step looks for what exists before it creates anything, so running it again changes
nothing, and a country added to the configuration gets everything the others have.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import (
    BaseViewRestriction,
    Collection,
    CollectionViewRestriction,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from home.models import HomePage, SiteSettings
from members.groups import members_collection_name, members_group_name
from national_sites.models import NationalHomePage
from national_sites.translation import translate

TRANSLATORS_GROUP = "Translators"
COORDINATORS_GROUP = "Network coordinators"
SHARED_COLLECTION = "Shared across the network"
# Wagtail's first migrations create these with rights on every site; the network's own
# groups replace them.
WAGTAIL_DEFAULT_GROUPS = ["Editors", "Moderators"]

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
MODERATOR_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
]
COORDINATOR_PAGE_PERMISSIONS = MODERATOR_PAGE_PERMISSIONS + ["bulk_delete_page"]
TRANSLATOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
# Wagtail 8 has no page permission that only shows a tree: the explorer lists the pages a
# group may add, change, publish, lock, unlock or bulk delete. "lock" is the least of them,
# so with it translators find source pages and choose "Translate" on them, and can neither
# edit nor publish them (nor lock them: translation_guards.GuardedLockView wants edit rights).
TRANSLATOR_SOURCE_PAGE_PERMISSIONS = ["lock_page"]
# Snippet permissions hold for every language of a model: wagtail-localize's editor saves a
# translated topic or resource only for someone who may change that model.
TRANSLATOR_SNIPPET_PERMISSIONS = ["solutions.change_topic", "home.change_externalresource"]
# wagtail-localize checks only this; national_sites.translation_guards limits each submission
# to the languages whose tree the user may add pages to.
SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"

EDITOR_MEDIA_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]
MODERATOR_MEDIA_PERMISSIONS = EDITOR_MEDIA_PERMISSIONS + [
    "wagtailimages.delete_image",
    "wagtaildocs.delete_document",
]
CHOOSER_MEDIA_PERMISSIONS = ["wagtailimages.choose_image", "wagtaildocs.choose_document"]

# What a national network does with its country's data; the views show each group its own
# country's rows only (national_sites.access).
EDITOR_NETWORK_PERMISSIONS = ["checkup.view_checkupsubmission"]
MODERATOR_NETWORK_PERMISSIONS = EDITOR_NETWORK_PERMISSIONS + [
    "checkup.delete_checkupsubmission",
    "membership.view_membershipapplication",
    "membership.change_membershipapplication",
    "solutions.add_membershipstagechange",
    "solutions.view_membershipstagechange",
]


def document_permissions(dotted_names):
    """Only the documents of these media permissions.

    A collection's view restriction protects its documents, which Wagtail serves through its
    own view; images are files anyone with their address can fetch, so no members' collection
    offers to hold them.
    """
    return [name for name in dotted_names if name.startswith("wagtaildocs.")]


def members_area_readers(country):
    """The names of the groups that may read a network's members' area and documents.

    Its members, and the people who run it: the national editors and moderators (none for
    the European network) and the network coordinators. `country` is None for the European
    network.
    """
    organisers = [country.editors_group, country.moderators_group] if country else []
    return [members_group_name(country), *organisers, COORDINATORS_GROUP]


def permission(dotted_name):
    app_label, codename = dotted_name.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


class NetworkSetup:
    """Applies a `smartencity.network.Network` to the database."""

    def __init__(self, network, domain=None, port=None, log=None):
        self.network = network
        self.domain = domain or settings.NETWORK_DOMAIN
        self.port = port or settings.NETWORK_PORT
        self.log = log or (lambda message: None)
        self.changes = 0

    def created(self, message):
        self.changes += 1
        self.log(message)

    @transaction.atomic
    def run(self):
        self.locales = {code: self.ensure_locale(code) for code in self.network.language_codes}
        self.root_page = Page.get_first_root_node()
        self.remove_wagtail_welcome_page()
        self.remove_wagtail_default_groups()
        self.shared_collection = self.ensure_collection(SHARED_COLLECTION)
        coordinators = self.ensure_group(COORDINATORS_GROUP)
        european_home = self.ensure_european_site()
        self.ensure_workflow(
            f"{self.network.name} moderation",
            coordinators,
            list(european_home.get_translations(inclusive=True)),
        )
        national_homes = [self.ensure_country(country) for country in self.network.countries]
        # The coordinators run the European network: their rights on the root collection
        # reach its members' collection.
        self.ensure_members(None, [])
        self.ensure_translators(european_home, national_homes)
        self.ensure_coordinators()
        return self.changes

    def ensure_locale(self, code):
        locale, created = Locale.objects.get_or_create(language_code=code)
        if created:
            self.created(f"Created the locale {code}.")
        return locale

    def ensure_home_page(self, page_class, locale, lookup, defaults):
        home = page_class.objects.filter(locale=locale, **lookup).first()
        if home is None:
            home = page_class(locale=locale, **lookup, **defaults)
            self.root_page.add_child(instance=home)
            home.save_revision().publish()
            self.created(f"Created the home page {home.title!r} ({locale.language_code}).")
        return home

    def ensure_translations(self, page, language_codes):
        for code in language_codes:
            if code == page.locale.language_code:
                continue
            if not page.get_translations().filter(locale=self.locales[code]).exists():
                translate(page, self.locales[code])
                self.created(f"Translated {page.title!r} into {code}.")

    def ensure_site(self, hostname, root_page, site_name, is_default):
        site = Site.objects.filter(hostname=hostname, port=self.port).first()
        if site is None and is_default:
            site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site(hostname=hostname, port=self.port)
        wanted = {
            "hostname": hostname,
            "port": self.port,
            "root_page_id": root_page.pk,
            "site_name": site_name,
            "is_default_site": is_default,
        }
        changed = [name for name, value in wanted.items() if getattr(site, name) != value]
        if changed or site.pk is None:
            for name, value in wanted.items():
                setattr(site, name, value)
            site.save()
            self.created(f"Saved the site {hostname}:{self.port}.")
        SiteSettings.for_site(site)
        return site

    def ensure_european_site(self):
        english = self.locales[self.network.language]
        home = self.ensure_home_page(
            HomePage,
            english,
            lookup={},
            defaults={
                "title": self.network.name,
                "slug": "home",
                "network_name": self.network.name,
            },
        )
        self.ensure_translations(home, self.network.language_codes)
        self.ensure_site(self.domain, home, self.network.name, is_default=True)
        return home

    def ensure_country(self, country):
        locale = self.locales[country.language]
        home = self.ensure_home_page(
            NationalHomePage,
            locale,
            lookup={"country_code": country.code},
            defaults={
                "title": country.network_name,
                "slug": country.code,
                "network_name": country.network_name,
            },
        )
        self.ensure_translations(home, [self.network.language])
        site = self.ensure_site(
            country.hostname(self.domain), home, country.network_name, is_default=False
        )
        collection = self.ensure_collection(country.collection_name)
        tree_roots = list(home.get_translations(inclusive=True))

        editors = self.ensure_group(country.editors_group)
        moderators = self.ensure_group(country.moderators_group)
        for group, page_permissions, media_permissions, network_permissions in (
            (
                editors,
                EDITOR_PAGE_PERMISSIONS,
                EDITOR_MEDIA_PERMISSIONS,
                EDITOR_NETWORK_PERMISSIONS,
            ),
            (
                moderators,
                MODERATOR_PAGE_PERMISSIONS,
                MODERATOR_MEDIA_PERMISSIONS,
                MODERATOR_NETWORK_PERMISSIONS,
            ),
        ):
            self.grant(
                group, ["wagtailadmin.access_admin", SUBMIT_TRANSLATION, *network_permissions]
            )
            for tree_root in tree_roots:
                self.grant_pages(group, tree_root, page_permissions)
            self.grant_collection(group, collection, media_permissions)
            # Never the root collection: its rights would reach every country's collection.
            self.grant_collection(group, self.shared_collection, CHOOSER_MEDIA_PERMISSIONS)
            self.grant_site_settings(group, site)
        self.ensure_workflow(f"{country.name} moderation", moderators, tree_roots)
        self.ensure_members(
            country,
            [
                (editors, document_permissions(EDITOR_MEDIA_PERMISSIONS)),
                (moderators, document_permissions(MODERATOR_MEDIA_PERMISSIONS)),
            ],
        )
        return home

    def ensure_members(self, country, organisers):
        """A network's members group, and the private collection of its members' documents.

        Only the network's members and the people who run it may open the collection's
        documents; `organisers` (group, document permissions) upload minutes to it.
        """
        self.ensure_group(members_group_name(country))
        collection = self.ensure_collection(members_collection_name(country))
        readers = [self.ensure_group(name) for name in members_area_readers(country)]
        self.ensure_collection_restriction(collection, readers)
        for group, media_permissions in organisers:
            self.grant_collection(group, collection, media_permissions)

    def ensure_collection_restriction(self, collection, groups):
        restriction = CollectionViewRestriction.objects.filter(
            collection=collection, restriction_type=BaseViewRestriction.GROUPS
        ).first()
        if restriction is None:
            restriction = CollectionViewRestriction.objects.create(
                collection=collection, restriction_type=BaseViewRestriction.GROUPS
            )
            self.created(f"Made the collection {collection.name!r} private.")
        allowed = set(restriction.groups.values_list("pk", flat=True))
        for group in groups:
            if group.pk not in allowed:
                restriction.groups.add(group)
                self.created(f"{group.name!r} may open the documents of {collection.name!r}.")

    def ensure_collection(self, name):
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=name).first()
        if collection is None:
            collection = root.add_child(name=name)
            self.created(f"Created the collection {name!r}.")
        return collection

    def ensure_group(self, name):
        group, created = Group.objects.get_or_create(name=name)
        if created:
            self.created(f"Created the group {name!r}.")
        return group

    def grant(self, group, dotted_names):
        for dotted_name in dotted_names:
            perm = permission(dotted_name)
            if not group.permissions.filter(pk=perm.pk).exists():
                group.permissions.add(perm)
                self.created(f"Gave {group.name!r} the permission {dotted_name}.")

    def grant_pages(self, group, page, codenames):
        for codename in codenames:
            _record, created = GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=permission(f"wagtailcore.{codename}")
            )
            if created:
                self.created(f"Gave {group.name!r} {codename} on {page.title!r}.")

    def grant_collection(self, group, collection, dotted_names):
        for dotted_name in dotted_names:
            _record, created = GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission(dotted_name)
            )
            if created:
                self.created(f"Gave {group.name!r} {dotted_name} in {collection.name!r}.")

    def grant_site_settings(self, group, site):
        change_settings = Permission.objects.get(
            content_type=ContentType.objects.get_for_model(SiteSettings),
            codename="change_sitesettings",
        )
        _record, created = GroupSitePermission.objects.get_or_create(
            group=group, site=site, permission=change_settings
        )
        if created:
            self.created(f"Gave {group.name!r} the settings of {site.hostname}.")

    def ensure_workflow(self, name, approvers, tree_roots):
        """Submissions for moderation on these trees go to `approvers`, and to nobody else."""
        task = GroupApprovalTask.objects.filter(name=f"{name}: approval").first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=f"{name}: approval")
            self.created(f"Created the task {task.name!r}.")
        if not task.groups.filter(pk=approvers.pk).exists():
            task.groups.add(approvers)
            self.created(f"{approvers.name!r} approve {task.name!r}.")
        workflow, created = Workflow.objects.get_or_create(name=name)
        if created:
            self.created(f"Created the workflow {name!r}.")
        _link, created = WorkflowTask.objects.get_or_create(
            workflow=workflow, task=task, defaults={"sort_order": 0}
        )
        if created:
            self.created(f"Added {task.name!r} to {name!r}.")
        for page in tree_roots:
            link = WorkflowPage.objects.filter(page=page).first()
            if link is None or link.workflow_id != workflow.pk:
                WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
                self.created(f"{page.title!r} ({page.locale.language_code}) uses {name!r}.")

    def remove_wagtail_default_groups(self):
        """Remove Wagtail's 'Editors' and 'Moderators' while nobody belongs to them."""
        for group in Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS):
            if group.user_set.exists():
                self.log(
                    f"Kept Wagtail's group {group.name!r}: it has members, and it has rights "
                    "on every site. Move them to their country's groups."
                )
                continue
            group.delete()
            self.created(f"Removed Wagtail's default group {group.name!r}.")

    def ensure_translators(self, european_home, national_homes):
        """Translators browse the source trees and edit the translated trees; they publish nothing.

        The source trees are the European site's English tree and each national site's tree
        in its national language.
        """
        translators = self.ensure_group(TRANSLATORS_GROUP)
        self.grant(
            translators,
            ["wagtailadmin.access_admin", SUBMIT_TRANSLATION, *TRANSLATOR_SNIPPET_PERMISSIONS],
        )
        self.grant_collection(translators, self.shared_collection, CHOOSER_MEDIA_PERMISSIONS)
        for home in [european_home, *national_homes]:
            self.grant_pages(translators, home, TRANSLATOR_SOURCE_PAGE_PERMISSIONS)
            for translated_root in home.get_translations(inclusive=False):
                self.grant_pages(translators, translated_root, TRANSLATOR_PAGE_PERMISSIONS)

    def ensure_coordinators(self):
        coordinators = self.ensure_group(COORDINATORS_GROUP)
        self.grant(
            coordinators,
            [
                "wagtailadmin.access_admin",
                SUBMIT_TRANSLATION,
                "home.change_sitesettings",
                "solutions.add_topic",
                "solutions.change_topic",
                "solutions.delete_topic",
                "home.add_externalresource",
                "home.change_externalresource",
                "home.delete_externalresource",
                "bulletins.send_issue",
                "bulletins.view_mailing",
                # Settings → Sign-in lockouts (security.views).
                "axes.delete_accessattempt",
                # Settings → Users: member accounts; members/wagtail_hooks.py keeps
                # superusers out of their reach.
                "auth.add_user",
                "auth.change_user",
                *MODERATOR_NETWORK_PERMISSIONS,
            ],
        )
        self.grant_pages(coordinators, self.root_page, COORDINATOR_PAGE_PERMISSIONS)
        self.grant_collection(
            coordinators,
            Collection.get_first_root_node(),
            MODERATOR_MEDIA_PERMISSIONS
            + ["wagtailcore.add_collection", "wagtailcore.change_collection"],
        )

    def remove_wagtail_welcome_page(self):
        """Wagtail's first migration leaves a plain 'Welcome' page as the default site's root.

        It holds the slug the European home page needs. Deleting it also deletes the default
        site that points to it; `ensure_european_site` makes the real one.
        """
        welcome = Page.objects.filter(
            depth=2, numchild=0, content_type=ContentType.objects.get_for_model(Page)
        )
        for page in welcome:
            page.delete()
            self.created("Removed Wagtail's welcome page.")
