"""The permission matrix of everything that is not a page action.

A cell is one role doing one action, through one way in, to one object: translating pages
and snippets (the "Translate" form, and the strings typed in wagtail-localize's editor),
syncing translations, reading the translation reports, editing a site's settings,
uploading and choosing images and documents, seeing and exporting check-up submissions and
join applications, deciding an application, sending a bulletin, and editing topics and
resources. The roles are anonymous, each national editor and moderator, the translator and
the network coordinator; the objects belong to every site and language. Each cell checks what
the user meets: the action is done (the answer, and the database holding the change), or
it is refused (403, the dashboard with the permission-denied message, the login page, a
404 for a row the user may not see, or a form that will not take the choice) and the
database has not moved.

What a cell expects comes from one rule per family (`may_translate`, `may_sync`,
`may_see_translation_work`, `may_edit_settings`, `may_use_media`, `may_see_submissions`,
`may_decide`, `may_send`, `may_edit_snippets`), so the matrix reads as the network's
policy. Those rules rest on two facts about the page trees that `national_sites.setup`
grants: who works on a tree (`works_on`) and who publishes on it (`publishes_on`).

Page actions are in test_page_permission_matrix.py; user management in
tests/national_sites/test_permissions.py. Cells that other test modules already hold are
left out here and listed in `COVERED_ELSEWHERE`. There is no public API to try: no
`wagtail.api.v2` router is in smartencity/urls.py, which `test_no_public_api_is_routed`
keeps true.

Everything the cells meet is built once for the module, inside a transaction rolled back
after its last test; each cell runs inside its own rollback. Where a way in is sampled
rather than crossed with every object, to keep the module fast, the comment at its cells
says so and why.
"""

from dataclasses import dataclass
from functools import partial
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

import pytest

from bulletins.models import Delivery, Mailing, Subscriber
from checkup.models import CheckupSubmission
from home.models import ExternalResource, ResourceKind, SiteSettings
from membership.models import ApplicationEvent, MembershipApplication
from national_sites.setup import COORDINATORS_GROUP, SHARED_COLLECTION, TRANSLATORS_GROUP
from national_sites.translation import translate
from solutions.models import Topic
from tests.bulletins.factories import (
    BulletinIndexPageFactory,
    BulletinPageFactory,
    NewsletterIndexPageFactory,
    NewsletterPageFactory,
)
from tests.checkup.admin_data import make_submission
from tests.checkup.test_admin import cities, csv_rows, xlsx_rows
from tests.conftest import make_user
from tests.membership.conftest import make_application
from tests.membership.test_applications import messages_of
from tests.national_sites.permission_helpers import (
    COUNTRY_LANGUAGES,
    COUNTRY_NAMES,
    add_page,
    admin_refusal,
    database_state,
    describe,
    european_home,
    national_home,
)
from tests.national_sites.test_permissions import DOCUMENTS, IMAGES, SETTINGS_DATA, settings_url
from tests.solutions.conftest import network_locales, network_sites, publish
from tests.solutions.factories import TopicFactory
from tests.translation_workflow.test_translation_permissions import offered_languages

pytestmark = pytest.mark.django_db

COUNTRIES = list(COUNTRY_NAMES)
SITES = ["eu", *COUNTRIES]
EUROPEAN_LANGUAGE = settings.NETWORK.language
LANGUAGES = settings.NETWORK.language_codes
SOURCE_LANGUAGE = {"eu": EUROPEAN_LANGUAGE, **COUNTRY_LANGUAGES}
SITE_LANGUAGES = {
    "eu": LANGUAGES,
    **{code: [language, EUROPEAN_LANGUAGE] for code, language in COUNTRY_LANGUAGES.items()},
}
# A language each national site is not published in, to try starting a new language tree.
FOREIGN_LANGUAGE = {code: "it" if code == "es" else "es" for code in COUNTRIES}
# France has no national network: its check-ups and applications are the coordinators'.
NO_NETWORK = ""
NETWORKS = [*COUNTRIES, NO_NETWORK]
NETWORK_COUNTRY = {**{code: code.upper() for code in COUNTRIES}, NO_NETWORK: "FR"}


# Who -------------------------------------------------------------------------------------

ANONYMOUS = "anonymous"
EDITOR = "editor"
MODERATOR = "moderator"
TRANSLATOR = "translator"
COORDINATOR = "coordinator"


@dataclass(frozen=True)
class Role:
    kind: str
    country: str | None = None

    @property
    def name(self):
        return f"{self.kind}-{self.country}" if self.country else self.kind

    def __str__(self):
        return self.name

    def belongs_to(self, network):
        return self.kind in (EDITOR, MODERATOR) and self.country == network

    def group(self):
        if self.kind == EDITOR:
            return f"{COUNTRY_NAMES[self.country]} editors"
        if self.kind == MODERATOR:
            return f"{COUNTRY_NAMES[self.country]} moderators"
        return {TRANSLATOR: TRANSLATORS_GROUP, COORDINATOR: COORDINATORS_GROUP}[self.kind]


ROLES = [
    Role(ANONYMOUS),
    *(Role(EDITOR, code) for code in COUNTRIES),
    *(Role(MODERATOR, code) for code in COUNTRIES),
    Role(TRANSLATOR),
    Role(COORDINATOR),
]


# The policy ------------------------------------------------------------------------------


def works_on(role, site, language):
    """Whether `role` adds and edits pages in `site`'s tree in `language`.

    A national network works on every language of its own site; translators on the
    translated trees (every tree but the site's source language); coordinators everywhere.
    """
    if role.kind == COORDINATOR:
        return True
    if role.kind == TRANSLATOR:
        return language != SOURCE_LANGUAGE[site]
    return role.belongs_to(site)


def publishes_on(role, site):
    return role.kind == COORDINATOR or (role.kind == MODERATOR and role.country == site)


def may_translate(role, source, target):
    """Submit `source` for translation into `target`, or type its strings there.

    A page's translation goes under its parent's translation, so it takes the right to add
    pages to that tree; a new language of a whole site (a home page's translation) is the
    coordinators'. Snippets have no drafts: whoever may change the model translates them.
    """
    if source.kind == "snippet":
        return role.kind in (TRANSLATOR, COORDINATOR)
    if target not in SITE_LANGUAGES[source.site]:
        return source.kind == "home" and role.kind == COORDINATOR
    return works_on(role, source.site, target)


def may_sync(role, pair, publish):
    """Bring a changed source into its translation, and with "Publish immediately" publish it."""
    if pair.kind == "snippet":
        return role.kind in (TRANSLATOR, COORDINATOR)
    if publish:
        return publishes_on(role, pair.site)
    return works_on(role, pair.site, pair.target)


def may_see_translation_work(role, site=None):
    """The translation reports. The European team sees every site's translations; a national
    team its own site's. `site` None is every site at once (wagtail-localize's report)."""
    if role.kind in (TRANSLATOR, COORDINATOR):
        return True
    return site is not None and role.belongs_to(site)


def may_edit_settings(role, site):
    return role.kind == COORDINATOR or role.belongs_to(site)


def may_use_media(role, collection, verb):
    """Upload into, or choose from, a collection ("root", "shared" or a country code)."""
    if role.kind == COORDINATOR:
        return True
    shared = verb == "choose" and collection == "shared"
    if role.kind == TRANSLATOR:
        return shared
    return role.belongs_to(collection) or (role.kind != ANONYMOUS and shared)


def may_see_submissions(role, form, network, verb="see"):
    """See (and export) or delete a check-up or a join application of a national network.

    Join applications are the moderators' and coordinators'; check-ups are seen by the
    national editors too, and deleted by moderators and coordinators.
    """
    if role.kind == COORDINATOR:
        return True
    if not role.belongs_to(network):
        return False
    if form == "application" or verb == "delete":
        return role.kind == MODERATOR
    return True


def may_decide(role, network):
    """Accept or reject a join application."""
    return role.kind == COORDINATOR or (role.kind == MODERATOR and role.country == network)


def may_send(role):
    """Send a published bulletin or newsletter to its subscribers."""
    return role.kind == COORDINATOR


def may_edit_snippets(role, verb):
    """Topics and external resources: the European team changes them, coordinators add and
    delete them, and every admin user may choose one or read them through the admin API."""
    if verb in ("choose", "read"):
        return role.kind != ANONYMOUS
    if verb in ("list", "edit"):
        return role.kind in (TRANSLATOR, COORDINATOR)
    return role.kind == COORDINATOR


# What other modules already test ---------------------------------------------------------
# (family, role, object, way in) -> the test that holds the cell. These cells are left out.

NATIONAL = "tests/national_sites/test_permissions.py::"
TRANSLATION = "tests/translation_workflow/test_translation_permissions.py::"
CHECKUP = "tests/checkup/test_admin.py::"
MEMBERSHIP = "tests/membership/test_applications.py::"
BULLETINS = "tests/bulletins/test_admin.py::"
COVERED_ELSEWHERE = {
    ("settings", "editor-dk", "dk", "open"): NATIONAL
    + "test_the_danish_editor_opens_the_danish_site_settings",
    ("settings", "editor-dk", "dk", "save"): NATIONAL
    + "test_the_danish_editor_saves_the_danish_site_settings",
    **{
        ("settings", "editor-dk", site, way): NATIONAL
        + "test_the_danish_editor_is_refused_the_settings_of_another_site"
        for site in ("ee", "eu")
        for way in ("open", "save")
    },
    **{
        ("media", "editor-dk", f"{kind}s-ee", "chosen"): NATIONAL
        + "test_the_danish_editor_cannot_choose_estonian_media"
        for kind in ("image", "document")
    },
    **{
        ("media", "editor-dk", kind, "offered in the chooser"): NATIONAL
        + "test_the_danish_editor_is_not_offered_estonian_media_in_the_chooser, "
        + "test_the_danish_editor_is_offered_danish_media_in_the_chooser"
        for kind in ("image", "document")
    },
    ("translate", "translator", "eu-page-en", "offered languages"): TRANSLATION
    + "test_the_translator_is_offered_the_five_national_languages_for_a_european_page",
    ("translate", "translator", "eu-page-en", "submit"): TRANSLATION
    + "test_the_translator_submits_a_european_page_for_translation_into_danish_and_italian",
    ("translate", "editor-dk", "eu-page-en", "submit"): TRANSLATION
    + "test_the_danish_editor_is_refused_the_translation_of_a_european_page",
    **{
        ("translate", "editor-dk", "ee-page-et", way): TRANSLATION
        + "test_the_danish_editor_is_refused_the_translation_of_an_estonian_page"
        for way in ("offered languages", "submit")
    },
    **{
        ("translate", role, "dk-page-da", way): TRANSLATION
        + "test_the_danish_network_is_offered_english_only, "
        + "test_the_danish_network_translates_a_danish_news_page_into_english"
        for role in ("editor-dk", "moderator-dk")
        for way in ("offered languages", "submit")
    },
    **{
        ("translate", "coordinator", source, way): TRANSLATION
        + "test_a_coordinator_translates_every_site"
        for source in ("eu-page-en", "dk-page-da", "ee-page-et")
        for way in ("offered languages", "submit")
    },
    ("translate", "translator", "dk-page-da", "submit"): TRANSLATION
    + "test_the_translator_translates_a_danish_page_into_english",
    ("translate", "translator", "dk-home-da", "submit"): NATIONAL
    + "test_a_translator_cannot_publish_a_new_language_version_of_a_national_site",
    **{
        ("translate", role, snippet, "submit"): TRANSLATION
        + "test_the_european_team_translates_a_snippet_into_danish"
        for role in ("translator", "coordinator")
        for snippet in ("topic", "resource")
    },
    ("translate", "editor-dk", "topic", "submit"): TRANSLATION
    + "test_the_danish_editor_is_refused_the_translation_of_a_topic",
    ("sync", "editor-dk", "topic-en-to-da", "sync and publish"): TRANSLATION
    + "test_the_danish_editor_is_refused_the_sync_of_a_topics_translations",
    ("sync", "editor-dk", "eu-en-to-da", "sync"): TRANSLATION
    + "test_the_danish_editor_is_refused_the_sync_of_a_european_pages_translations",
    ("sync", "translator", "eu-en-to-da", "sync"): TRANSLATION
    + "test_the_translator_syncs_a_changed_source_into_the_translations",
    ("checkup", "editor-dk", "report", "list"): CHECKUP
    + "test_a_danish_editor_sees_and_exports_danish_submissions_only",
    ("checkup", "editor-dk", "report", "csv"): CHECKUP
    + "test_a_danish_editor_sees_and_exports_danish_submissions_only",
    ("checkup", "editor-dk", "report", "xlsx"): CHECKUP
    + "test_a_danish_editor_sees_and_exports_danish_submissions_only",
    ("checkup", "editor-ee", "report", "list"): CHECKUP
    + "test_an_estonian_editor_sees_estonian_submissions_only",
    ("checkup", "coordinator", "report", "list"): CHECKUP
    + "test_a_coordinator_sees_every_country",
    ("checkup", "translator", "report", "list"): CHECKUP
    + "test_people_without_the_permission_are_turned_away",
    ("checkup", "translator", "report", "csv"): CHECKUP
    + "test_people_without_the_permission_are_turned_away",
    ("checkup", "translator", "report", "statistics"): CHECKUP
    + "test_people_without_the_permission_are_turned_away",
    ("checkup", "editor-dk", "ee", "open"): CHECKUP
    + "test_a_danish_editor_cannot_open_an_estonian_submission",
    ("checkup", "editor-dk", "ee", "delete"): CHECKUP
    + "test_a_danish_editor_cannot_open_an_estonian_submission",
    ("checkup", "editor-dk", "dk", "open"): CHECKUP
    + "test_the_detail_shows_the_frozen_answers_and_the_contact_address",
    ("checkup", "editor-dk", "dk", "delete"): CHECKUP
    + "test_an_editor_without_the_delete_permission_cannot_delete",
    ("checkup", "moderator-dk", "dk", "delete"): CHECKUP
    + "test_a_danish_moderator_deletes_a_danish_submission_on_request",
    ("checkup", "moderator-dk", "ee", "delete"): CHECKUP
    + "test_a_danish_moderator_cannot_delete_an_estonian_submission",
    ("checkup", "editor-ee", "dk", "open"): CHECKUP
    + "test_an_estonian_editor_sees_estonian_submissions_only",
    ("checkup", "coordinator", "fr", "open"): CHECKUP + "test_a_coordinator_sees_every_country",
    ("checkup", "translator", "dk", "open"): CHECKUP
    + "test_people_without_the_permission_are_turned_away",
    ("checkup", "translator", "dk", "delete"): CHECKUP
    + "test_people_without_the_permission_are_turned_away",
    ("application", "moderator-dk", "applications", "list"): MEMBERSHIP
    + "test_a_danish_moderator_lists_and_reads_danish_applications_only",
    ("application", "coordinator", "applications", "list"): MEMBERSHIP
    + "test_a_coordinator_lists_every_application_and_filters_them",
    ("application", "editor-dk", "applications", "list"): MEMBERSHIP
    + "test_an_editor_without_the_permission_is_refused",
    **{
        ("application", "moderator-dk", network, way): MEMBERSHIP
        + "test_a_danish_moderator_lists_and_reads_danish_applications_only"
        for network in ("dk", "es", "it", "fr")
        for way in ("open", "open the accept form", "reject")
        if (network, way) != ("dk", "open the accept form") and (network, way) != ("dk", "reject")
    },
    **{
        ("application", "editor-dk", "dk", way): MEMBERSHIP
        + "test_an_editor_without_the_permission_is_refused"
        for way in ("open", "open the accept form", "accept", "reject")
    },
    ("application", "moderator-dk", "dk", "accept"): MEMBERSHIP
    + "test_accepting_a_danish_city_creates_its_draft_page_in_danish_at_awareness",
    ("application", "coordinator", "fr", "accept"): MEMBERSHIP
    + "test_a_city_without_a_national_network_is_created_under_the_european_home_in_english",
    **{
        ("send", role, "bulletin", way): BULLETINS + "test_a_national_editor_may_not_send"
        for role in ("editor-dk", "moderator-dk")
        for way in ("open", "send")
    },
    **{
        ("send", "coordinator", "bulletin", way): BULLETINS
        + "test_a_coordinator_confirms_the_count_then_sends"
        for way in ("open", "send")
    },
    ("send", "coordinator", "bulletins", "offered in the listing"): BULLETINS
    + "test_the_archive_listing_offers_sending_for_published_issues_only",
}


def cells(family, roles, objects, ways):
    """pytest params for every (role, object, way) that no other module holds."""
    params = []
    for role in roles:
        for obj in objects:
            for way in ways:
                if (family, role.name, str(obj), way) in COVERED_ELSEWHERE:
                    continue
                params.append(pytest.param(role, obj, way, id=f"{role}-{obj}-{way}"))
    return params


# What the user meets, and what the database holds ----------------------------------------

LOGIN_URL = reverse("wagtailadmin_login")


def refusal(response, form_error=None, hidden=False):
    """How the user met a refusal, in words, or None if they were not refused.

    `form_error` is for views that refuse a choice inside their form; `hidden` for views
    that look the object up among those the user may see, and so answer 404.
    """
    if response.status_code == 302 and response.url.startswith(f"{LOGIN_URL}?"):
        return "sent to the login page"
    if hidden and response.status_code == 404:
        return "404: not among what the user may see"
    return admin_refusal(response, form_error=form_error)


def rows(queryset, *fields):
    return tuple(queryset.order_by("pk").values_list(*fields))


# What each family could write, to compare before and after a refused write. Every snapshot
# also holds the page, revision and workflow counts.
SNAPSHOTS = {
    "translate": lambda: (
        rows(Translation.objects, "pk", "target_locale_id", "enabled"),
        rows(TranslationSource.objects, "pk", "last_updated_at"),
    ),
    "strings": lambda: rows(StringTranslation.objects, "pk", "data"),
    "sync": lambda: (
        rows(TranslationSource.objects, "pk", "last_updated_at"),
        rows(Page.objects, "pk", "live_revision_id", "latest_revision_id"),
        rows(Topic.objects, "pk", "name"),
        rows(ExternalResource.objects, "pk", "title"),
    ),
    "settings": lambda: rows(SiteSettings.objects, *SETTINGS_DATA, "site_id"),
    "media": lambda: (
        rows(get_image_model().objects, "pk", "title", "collection_id"),
        rows(get_document_model().objects, "pk", "title", "collection_id"),
    ),
    "checkup": lambda: rows(CheckupSubmission.objects, "pk"),
    "application": lambda: (
        rows(MembershipApplication.objects, "pk", "status", "city_page_id", "contributor_id"),
        ApplicationEvent.objects.count(),
        get_user_model().objects.count(),
    ),
    "send": lambda: (rows(Mailing.objects, "pk", "title"), Delivery.objects.count()),
    "snippets": lambda: (
        rows(Topic.objects, "pk", "name", "slug"),
        rows(ExternalResource.objects, "pk", "title", "url"),
    ),
}


def snapshot(family):
    return database_state(), SNAPSHOTS[family]()


# The objects -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """Something to translate: a page of `site` written in `language`, a national site's
    home page, or a snippet (`site` then names its model)."""

    kind: str
    site: str
    language: str

    def __str__(self):
        if self.kind == "snippet":
            return self.site
        return f"{self.site}-{self.kind}-{self.language}"


@dataclass(frozen=True)
class Pair:
    """A translation to sync: a page of `site` (or a snippet) from `source` into `target`."""

    kind: str
    site: str
    source: str
    target: str

    def __str__(self):
        return f"{self.site}-{self.source}-to-{self.target}"


# The European site's pages are written in English; one written in Danish stands for the
# others. A national site's pages are written in its language or in English.
TRANSLATE_SOURCES = [
    Source("page", "eu", EUROPEAN_LANGUAGE),
    Source("page", "eu", "da"),
    *(Source("page", code, language) for code in COUNTRIES for language in SITE_LANGUAGES[code]),
    *(Source("home", code, COUNTRY_LANGUAGES[code]) for code in COUNTRIES),
    Source("snippet", "topic", EUROPEAN_LANGUAGE),
    Source("snippet", "resource", EUROPEAN_LANGUAGE),
]


def submitted_language(source):
    """The language a "submit" cell asks for: the site's other language, or for a home page
    a language its site does not have."""
    if source.kind == "home":
        return FOREIGN_LANGUAGE[source.site]
    if source.language != EUROPEAN_LANGUAGE:
        return EUROPEAN_LANGUAGE
    return "da" if source.site in ("eu", "topic", "resource") else COUNTRY_LANGUAGES[source.site]


# The European pairs start from English; each national site's go both ways.
SYNC_PAIRS = [
    *(Pair("page", "eu", EUROPEAN_LANGUAGE, code) for code in COUNTRY_LANGUAGES.values()),
    *(
        Pair("page", code, source, target)
        for code in COUNTRIES
        for source, target in (
            (COUNTRY_LANGUAGES[code], EUROPEAN_LANGUAGE),
            (EUROPEAN_LANGUAGE, COUNTRY_LANGUAGES[code]),
        )
    ),
    Pair("snippet", "topic", EUROPEAN_LANGUAGE, "da"),
    Pair("snippet", "resource", EUROPEAN_LANGUAGE, "da"),
]

COLLECTIONS = ["root", "shared", *COUNTRIES]
MEDIA_KINDS = {"image": IMAGES, "document": DOCUMENTS}


@dataclass(frozen=True)
class Collected:
    """An image or a document kept in a collection ("root", "shared" or a country)."""

    kind: str
    collection: str

    def __str__(self):
        return f"{self.kind}s-{self.collection}"


MEDIA = [Collected(kind, collection) for kind in MEDIA_KINDS for collection in COLLECTIONS]


# The world the cells meet ----------------------------------------------------------------


def collection_named(key):
    if key == "root":
        return Collection.get_first_root_node()
    name = SHARED_COLLECTION if key == "shared" else COUNTRY_NAMES[key]
    return Collection.objects.get(name=name)


def home_of(site, language):
    return european_home(language) if site == "eu" else national_home(site, language)


def media_title(item):
    return f"The {item.kind} kept in {item.collection}"


def make_snippet(name, label):
    if name == "topic":
        return TopicFactory(name=f"District heating {label}", slug=slugify(f"heat {label}"))
    return ExternalResource.objects.create(
        title=f"Energy communities handbook {label}",
        url=f"https://example.org/{slugify(label)}",
        kind=ResourceKind.GUIDE,
    )


class World:
    """A signed-in client for each role, and the objects of every family."""

    def __init__(self):
        self.locales = network_locales()
        self.clients = {ROLES[0].name: Client()}
        for role in ROLES[1:]:
            client = Client()
            client.force_login(make_user(f"matrix-{role}", role.group()))
            self.clients[role.name] = client
        self.sites = network_sites()
        self.collections = {key: collection_named(key) for key in COLLECTIONS}
        self.sources = {source: self.make_source(source) for source in TRANSLATE_SOURCES}
        self.pairs = {pair: self.make_pair(pair) for pair in SYNC_PAIRS}
        self.media = {
            item: MEDIA_KINDS[item.kind].create(
                self.collections[item.collection].name, media_title(item)
            )
            for item in MEDIA
        }
        self.checkups = {
            network: make_submission(f"Check-up of {network or 'fr'}", NETWORK_COUNTRY[network])
            for network in NETWORKS
        }
        self.applications = {
            network: make_application(
                f"Application of {network or 'fr'}",
                NETWORK_COUNTRY[network],
                email=f"{network or 'fr'}@example.org",
            )
            for network in NETWORKS
        }
        self.issues = self.make_issues()

    def client(self, role):
        client = self.clients[role.name]
        # A message left by an earlier cell's answer must not be read as this cell's.
        client.cookies.pop("messages", None)
        return client

    def make_source(self, source):
        if source.kind == "snippet":
            return make_snippet(source.site, "to translate")
        if source.kind == "home":
            return national_home(source.site)
        parent = home_of(source.site, source.language)
        return add_page(parent, f"To translate from {source.language}", "to-translate")

    def make_pair(self, pair):
        if pair.kind == "snippet":
            snippet = make_snippet(pair.site, "to sync")
            translate(snippet, self.locales[pair.target])
            return snippet
        parent = home_of(pair.site, pair.source)
        page = add_page(parent, "Translated", f"to-sync-{pair.target}")
        translate(page, self.locales[pair.target])
        return page

    def make_issues(self):
        home = european_home()
        bulletins = publish(BulletinIndexPageFactory(parent=home))
        newsletters = publish(NewsletterIndexPageFactory(parent=home))
        Subscriber.objects.create(
            email="reader@example.org", language="en", confirmed_at=timezone.now()
        )
        bulletin = publish(BulletinPageFactory(parent=bulletins, number=1))
        mailing = Mailing.objects.create(
            page=bulletin,
            translation_key=bulletin.translation_key,
            title=bulletin.title,
            subscription_list="bulletins",
            recipients=1,
        )
        return {
            "bulletins": bulletins,
            "bulletin": bulletin,
            "newsletter": publish(NewsletterPageFactory(parent=newsletters)),
            "mailing": mailing,
        }


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        cache.clear()
        yield World()
        transaction.set_rollback(True)


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed():` runs what a request leaves for the commit, as a real commit would
    (wagtail-localize publishes then)."""
    return partial(django_capture_on_commit_callbacks, execute=True)


def assert_refused(response, family, before, **how):
    assert refusal(response, **how), describe(response)
    assert snapshot(family) == before, "a refused write changed the database"


# 1. Translate ----------------------------------------------------------------------------


def submit_url(instance):
    if isinstance(instance, Page):
        return reverse("wagtail_localize:submit_page_translation", args=[instance.pk])
    meta = type(instance)._meta
    return reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[meta.app_label, meta.model_name, instance.pk],
    )


def missing_languages(instance):
    existing = instance.get_translations(inclusive=True).values_list("locale__language_code")
    return set(LANGUAGES) - {code for (code,) in existing}


# A national site's English pages are submitted through the same form that their "offered
# languages" cells read; to keep the module fast only that form is tried for them.
TRANSLATE_CELLS = cells("translate", ROLES, TRANSLATE_SOURCES, ["offered languages"]) + cells(
    "translate",
    ROLES,
    [source for source in TRANSLATE_SOURCES if source.site == "eu" or source.language != "en"],
    ["submit"],
)


@pytest.mark.parametrize(("role", "source", "way"), TRANSLATE_CELLS)
def test_translate(world, committed, role, source, way):
    """The "Translate" form offers exactly the languages the rule allows (every language
    pair of the object at once), and a submission creates the translation as a draft."""
    instance = world.sources[source]
    client = world.client(role)
    if way == "offered languages":
        allowed = {
            code for code in missing_languages(instance) if may_translate(role, source, code)
        }

        response = client.get(submit_url(instance))

        if allowed:
            assert response.status_code == 200, describe(response)
            assert offered_languages(response) == allowed
        else:
            assert refusal(response), describe(response)
        return

    target = submitted_language(source)
    locale = world.locales[target]
    before = snapshot("translate")

    with committed():
        response = client.post(submit_url(instance), {"locales": [locale.pk]})

    if may_translate(role, source, target):
        translated = type(instance).objects.get(
            translation_key=instance.translation_key, locale=locale
        )
        assert not getattr(translated, "live", False), "a submission published a page"
    else:
        assert_refused(response, "translate", before, form_error="Select a valid choice")


# 2. Sync ---------------------------------------------------------------------------------


def translation_source(world, pair):
    instance = world.pairs[pair]
    return TranslationSource.objects.get(
        object_id=instance.translation_key, locale=world.locales[pair.source]
    )


def translated_instance(world, pair):
    instance = world.pairs[pair]
    return type(instance).objects.get(
        translation_key=instance.translation_key, locale=world.locales[pair.target]
    )


NOT_PUBLISHED = "You may update these translations but not publish them."
SYNC_CELLS = cells("sync", ROLES, SYNC_PAIRS, ["sync", "sync and publish"])


@pytest.mark.parametrize(("role", "pair", "way"), SYNC_CELLS)
def test_sync(world, committed, role, pair, way):
    """ "Sync translated pages" and its "Publish immediately", for each language pair."""
    source = translation_source(world, pair)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    client = world.client(role)
    publish = way == "sync and publish"
    published_before = getattr(translated_instance(world, pair), "live_revision_id", None)
    before = snapshot("sync")

    with committed():
        response = client.post(url, {"publish_translations": "on"} if publish else {})

    if may_sync(role, pair, publish):
        synced = TranslationSource.objects.get(pk=source.pk)
        assert synced.last_updated_at > source.last_updated_at, describe(response)
        if publish and pair.kind == "page":
            published = translated_instance(world, pair).live_revision_id
            assert published != published_before, "the translation was not published"
    elif may_sync(role, pair, publish=False):
        # May sync but not publish: told so, and nothing is changed.
        assert response.status_code == 302, describe(response)
        assert any(NOT_PUBLISHED in message for message in messages_of(response))
        assert snapshot("sync") == before
    else:
        assert_refused(response, "sync", before)


TYPED = "Typed in the matrix"


# Typing a translation is translating: the strings of the translations the sync cells use.
STRING_CELLS = cells("translate", ROLES, SYNC_PAIRS, ["type a string in the editor"])


@pytest.mark.parametrize(("role", "pair", "way"), STRING_CELLS)
def test_translate_a_string(world, role, pair, way):
    """The PUT that wagtail-localize's editor sends for each string typed."""
    translation = Translation.objects.get(
        source=translation_source(world, pair), target_locale=world.locales[pair.target]
    )
    segment = StringSegment.objects.filter(source=translation.source).order_by("order").first()
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    before = snapshot("strings")

    response = world.client(role).put(
        url, data=urlencode({"value": TYPED}), content_type="application/x-www-form-urlencoded"
    )

    source = Source(pair.kind, pair.site, pair.source)
    if may_translate(role, source, pair.target):
        typed = StringTranslation.objects.filter(
            translation_of_id=segment.string_id, locale=translation.target_locale, data=TYPED
        )
        assert typed.exists(), describe(response)
    else:
        assert_refused(response, "strings", before)


# 3. Translation reports ------------------------------------------------------------------

REPORT_CELLS = cells(
    "reports", ROLES, ["translations"], ["wagtail-localize report", "translation status"]
)
WORK_LIST_CELLS = cells("reports", ROLES, SITES, ["pages missing a translation"])


@pytest.mark.parametrize(("role", "translations", "way"), REPORT_CELLS)
def test_translation_reports(world, role, translations, way):
    """wagtail-localize's report lists every translation of every site; the network's own
    "Translation status" lists the sites the user works on."""
    client = world.client(role)
    if way == "wagtail-localize report":
        response = client.get(reverse("wagtail_localize:translations_report"))
        if may_see_translation_work(role):
            assert response.status_code == 200, describe(response)
        else:
            assert refusal(response), describe(response)
        return

    allowed = {world.sites[site].pk for site in SITES if may_see_translation_work(role, site)}

    response = client.get(reverse("translation_status:index"))

    if role.kind == ANONYMOUS:
        assert refusal(response), describe(response)
        return
    shown = {row.site.pk for row in response.context["object_list"] if row.site}
    assert shown == allowed, describe(response)
    # The admin menu, drawn on this page too, offers wagtail-localize's report accordingly.
    report_url = reverse("wagtail_localize:translations_report")
    assert (report_url in response.content.decode()) is may_see_translation_work(role)


@pytest.mark.parametrize(("role", "site", "way"), WORK_LIST_CELLS)
def test_translation_work_list(world, role, site, way):
    language = "da" if site == "eu" else EUROPEAN_LANGUAGE
    url = reverse("translation_status:pages", args=[world.sites[site].pk, language, "missing"])

    response = world.client(role).get(url)

    if may_see_translation_work(role, site):
        assert response.status_code == 200, describe(response)
    else:
        assert refusal(response, hidden=True), describe(response)


# 4. Site settings ------------------------------------------------------------------------

SETTINGS_CELLS = cells("settings", ROLES, SITES, ["open", "save"])


@pytest.mark.parametrize(("role", "site", "way"), SETTINGS_CELLS)
def test_site_settings(world, role, site, way):
    url = settings_url(world.sites[site])
    client = world.client(role)
    before = snapshot("settings")

    response = client.get(url) if way == "open" else client.post(url, SETTINGS_DATA)

    if not may_edit_settings(role, site):
        assert_refused(response, "settings", before)
    elif way == "open":
        assert response.status_code == 200, describe(response)
    else:
        saved = SiteSettings.for_site(world.sites[site]).contact_email
        assert saved == SETTINGS_DATA["contact_email"], describe(response)


# 5. Images and documents in collections --------------------------------------------------

UPLOADED_TITLE = "Uploaded in the matrix"
PNG = get_test_image_file(size=(1, 1)).file.getvalue()


def upload(kind):
    if kind == "image":
        return SimpleUploadedFile("uploaded.png", PNG, content_type="image/png")
    return SimpleUploadedFile("uploaded.txt", b"Minutes of the meeting.", "text/plain")


def upload_request(client, item, collection, way):
    """An upload of `item.kind` into `collection` through the admin's add view, the
    chooser's upload tab, or the multiple-upload page."""
    media = MEDIA_KINDS[item.kind]
    if way == "upload":
        data = {"title": UPLOADED_TITLE, "collection": collection.pk, "file": upload(item.kind)}
        return client.post(media.url("add"), data)
    if way == "upload in the chooser":
        prefix = f"{item.kind}-chooser-upload"
        data = {
            f"{prefix}-title": UPLOADED_TITLE,
            f"{prefix}-collection": collection.pk,
            f"{prefix}-file": upload(item.kind),
        }
        return client.post(reverse(f"{media.chooser}:create"), data)
    data = {"title": UPLOADED_TITLE, "collection": collection.pk, "files[]": upload(item.kind)}
    return client.post(media.url("add_multiple"), data)


def uploaded_to(item):
    model = MEDIA_KINDS[item.kind].model
    return set(
        model.objects.filter(
            title__in=[UPLOADED_TITLE, "uploaded.png", "uploaded.txt"]
        ).values_list("collection__name", flat=True)
    )


# The chooser's upload tab and the multiple upload use the add view's form class. To keep
# the module fast they are tried on two collections: the root (the coordinators' alone) and
# Denmark's (its own network's, and out of reach for everyone else).
SAMPLED_COLLECTIONS = ["root", "dk"]
MEDIA_CELLS = cells("media", ROLES, MEDIA, ["chosen", "upload"]) + cells(
    "media",
    ROLES,
    [item for item in MEDIA if item.collection in SAMPLED_COLLECTIONS],
    ["upload in the chooser", "upload several"],
)
MEDIA_LISTING_CELLS = cells("media", ROLES, list(MEDIA_KINDS), ["offered in the chooser"])


@pytest.mark.parametrize(("role", "kind", "way"), MEDIA_LISTING_CELLS)
def test_media_chooser_offers(world, role, kind, way):
    """The chooser lists the images (documents) of exactly the collections the rule allows."""
    allowed = {
        media_title(item)
        for item in MEDIA
        if item.kind == kind and may_use_media(role, item.collection, "choose")
    }

    response = world.client(role).get(MEDIA_KINDS[kind].url("choose"))

    if not allowed:
        assert refusal(response), describe(response)
        return
    assert response.status_code == 200, describe(response)
    content = response.content.decode()
    shown = {media_title(item) for item in MEDIA if media_title(item) in content}
    assert shown == allowed


@pytest.mark.parametrize(("role", "item", "way"), MEDIA_CELLS)
def test_media(world, role, item, way):
    collection = world.collections[item.collection]
    client = world.client(role)
    if way == "chosen":
        response = client.get(MEDIA_KINDS[item.kind].url("chosen", world.media[item]))
        if may_use_media(role, item.collection, "choose"):
            assert response.status_code == 200, describe(response)
            assert media_title(item) in response.content.decode()
        else:
            assert refusal(response), describe(response)
        return

    before = snapshot("media")

    response = upload_request(client, item, collection, way)

    if may_use_media(role, item.collection, "upload"):
        assert uploaded_to(item) == {collection.name}, describe(response)
    elif item.kind == "document" and role.kind in (EDITOR, MODERATOR):
        # A national team may also upload documents into its network's members' collection:
        # Wagtail offers the choice of the two, and refuses a collection out of reach.
        assert uploaded_to(item) == set(), describe(response)
    elif any(may_use_media(role, key, "upload") for key in COLLECTIONS):
        # The collection asked for is out of reach, so Wagtail offers no choice: the file
        # lands in the one collection the user may upload to, and nowhere else.
        own = {
            world.collections[key].name
            for key in COLLECTIONS
            if may_use_media(role, key, "upload")
        }
        assert uploaded_to(item) == own, describe(response)
    else:
        assert_refused(response, "media", before)


# 6. Check-up submissions and join applications -------------------------------------------

REPORT_WAYS = ["list", "csv", "xlsx", "statistics"]
CHECKUP_REPORT_CELLS = cells("checkup", ROLES, ["report"], REPORT_WAYS)
CHECKUP_CELLS = cells(
    "checkup", ROLES, [network or "fr" for network in NETWORKS], ["open", "delete"]
)


def network_of(key):
    return NO_NETWORK if key == "fr" else key


def checkup_city(network):
    return f"Check-up of {network or 'fr'}"


@pytest.mark.parametrize(("role", "report", "way"), CHECKUP_REPORT_CELLS)
def test_checkup_report(world, role, report, way):
    """The report, its exports and the statistics show exactly the countries allowed."""
    allowed = sorted(
        checkup_city(network)
        for network in NETWORKS
        if may_see_submissions(role, "checkup", network)
    )
    url = reverse(
        "checkup_admin:statistics" if way == "statistics" else "checkup_admin:submissions"
    )

    response = world.client(role).get(url, {"export": way} if way in ("csv", "xlsx") else {})

    if not allowed:
        assert refusal(response), describe(response)
    elif way == "list":
        assert cities(response) == allowed
    elif way == "csv":
        assert sorted(row[0] for row in csv_rows(response)[1:]) == allowed
    elif way == "xlsx":
        assert sorted(row[0] for row in xlsx_rows(response)[1:]) == allowed
    else:
        assert response.status_code == 200, describe(response)
        statistics = response.context["statistics"]
        countries = {
            NETWORK_COUNTRY[n] for n in NETWORKS if may_see_submissions(role, "checkup", n)
        }
        assert {code for code, _name in statistics.countries} == countries
        assert statistics.cities[0] == len(allowed)


@pytest.mark.parametrize(("role", "key", "way"), CHECKUP_CELLS)
def test_checkup_submission(world, role, key, way):
    network = network_of(key)
    submission = world.checkups[network]
    client = world.client(role)
    if way == "open":
        response = client.get(reverse("checkup_admin:submission", args=[submission.pk]))
        if may_see_submissions(role, "checkup", network):
            assert response.status_code == 200, describe(response)
            assert checkup_city(network) in response.content.decode()
        else:
            assert refusal(response, hidden=True), describe(response)
        return

    before = snapshot("checkup")

    response = client.post(reverse("checkup_admin:delete", args=[submission.pk]))

    if may_see_submissions(role, "checkup", network, "delete"):
        assert not CheckupSubmission.objects.filter(pk=submission.pk).exists(), describe(response)
    else:
        assert_refused(response, "checkup", before, hidden=True)


def application_name(network):
    return f"Application of {network or 'fr'}"


APPLICATION_LIST_CELLS = cells("application", ROLES, ["applications"], ["list"])
APPLICATION_CELLS = cells(
    "application",
    ROLES,
    [network or "fr" for network in NETWORKS],
    ["open", "open the accept form", "accept", "reject"],
)


@pytest.mark.parametrize(("role", "applications", "way"), APPLICATION_LIST_CELLS)
def test_application_list(world, role, applications, way):
    allowed = {
        application_name(network)
        for network in NETWORKS
        if may_see_submissions(role, "application", network)
    }

    response = world.client(role).get(reverse("membership_applications:index"))

    if not allowed:
        assert refusal(response), describe(response)
        return
    content = response.content.decode()
    assert {application_name(n) for n in NETWORKS if application_name(n) in content} == allowed


@pytest.mark.parametrize(("role", "key", "way"), APPLICATION_CELLS)
def test_application(world, role, key, way):
    """Reading an application is "see form submissions"; accepting and rejecting it is
    deciding, which only its national moderators and the coordinators do."""
    network = network_of(key)
    application = world.applications[network]
    client = world.client(role)
    if way in ("open", "open the accept form"):
        name = "inspect" if way == "open" else "accept"
        response = client.get(reverse(f"membership_applications:{name}", args=[application.pk]))
        allowed = (
            may_see_submissions(role, "application", network)
            if way == "open"
            else may_decide(role, network)
        )
        if allowed:
            assert response.status_code == 200, describe(response)
            assert application_name(network) in response.content.decode()
        else:
            assert refusal(response, hidden=True), describe(response)
        return

    before = snapshot("application")
    data = {"note": "Decided in the matrix", "message": ""}

    response = client.post(reverse(f"membership_applications:{way}", args=[application.pk]), data)

    if may_decide(role, network):
        status = MembershipApplication.objects.get(pk=application.pk).status
        assert status == ("accepted" if way == "accept" else "rejected"), describe(response)
    else:
        assert_refused(response, "application", before, hidden=True)


# 7. Sending a bulletin -------------------------------------------------------------------

SEND_CELLS = cells("send", ROLES, ["bulletin", "newsletter"], ["open", "send"])
SEND_LISTING_CELLS = cells("send", ROLES, ["bulletins"], ["offered in the listing"])
MAILING_CELLS = cells("send", ROLES, ["mailing"], ["list", "edit", "delete"])


@pytest.mark.parametrize(("role", "issue", "way"), SEND_CELLS)
def test_send(world, role, issue, way):
    url = reverse("bulletins_send_issue", args=[world.issues[issue].pk])
    client = world.client(role)
    before = snapshot("send")

    response = client.get(url) if way == "open" else client.post(url)

    if not may_send(role):
        assert_refused(response, "send", before)
    elif way == "open":
        assert response.status_code == 200, describe(response)
    else:
        mailing = Mailing.objects.exclude(pk=world.issues["mailing"].pk).get()
        assert (mailing.page_id, mailing.sent) == (world.issues[issue].pk, 1)


@pytest.mark.parametrize(("role", "archive", "way"), SEND_LISTING_CELLS)
def test_send_offered_in_the_listing(world, role, archive, way):
    """The explorer offers "Send to subscribers" to those who may send, and to nobody else."""
    send_url = reverse("bulletins_send_issue", args=[world.issues["bulletin"].pk])

    response = world.client(role).get(
        reverse("wagtailadmin_explore", args=[world.issues[archive].pk])
    )

    offered = response.status_code == 200 and f'href="{send_url}"' in response.content.decode()
    assert offered is may_send(role), describe(response)


@pytest.mark.parametrize(("role", "mailing", "way"), MAILING_CELLS)
def test_mailings(world, role, mailing, way):
    """Past mailings are for those who send; they are a record nobody edits or deletes."""
    client = world.client(role)
    pk = world.issues["mailing"].pk
    before = snapshot("send")
    if way == "list":
        response = client.get(reverse("bulletins_mailing:index"))
    else:
        response = client.post(reverse(f"bulletins_mailing:{way}", args=[pk]), {"title": "Edited"})

    if way == "list" and may_send(role):
        assert response.status_code == 200, describe(response)
        assert world.issues["mailing"].title in response.content.decode()
    else:
        assert_refused(response, "send", before)


# 8. Topics and external resources --------------------------------------------------------

SNIPPET_WAYS = [
    "list",
    "add",
    "open",
    "save",
    "delete",
    "choose",
    "read through the admin API",
]
SNIPPET_CELLS = cells("snippets", ROLES, ["topic", "resource"], SNIPPET_WAYS)
SNIPPET_VERB = {
    "list": "list",
    "add": "add",
    "open": "edit",
    "save": "edit",
    "delete": "delete",
    "choose": "choose",
    "read through the admin API": "read",
}
NEW_SNIPPET = {
    "topic": {
        "name": "Added in the matrix",
        "slug": "added-in-the-matrix",
        "colour": "#1f7a3d",
        "sort_order": "0",
        "description": "",
    },
    "resource": {
        "title": "Added in the matrix",
        "url": "https://example.org/added",
        "kind": ResourceKind.GUIDE,
        "sort_order": "0",
        "description": "",
    },
}


def snippet_url(instance, view):
    meta = type(instance)._meta
    name = f"{meta.app_label}_{meta.model_name}"
    if view == "choose":
        return reverse(f"wagtailsnippetchoosers_{name}:choose")
    if view == "read through the admin API":
        return reverse(
            "wagtail_localize:snippets_api_listing", args=[meta.app_label, meta.model_name]
        )
    if view in ("list", "add"):
        return reverse(f"wagtailsnippets_{name}:{view}") + "?locale=en"
    view = "edit" if view in ("open", "save") else view
    return reverse(f"wagtailsnippets_{name}:{view}", args=[instance.pk])


def snippet_label(instance):
    return str(instance)


def kept_fields(instance):
    """A topic's slug is the same in every language, so a save keeps it."""
    return {"slug": instance.slug} if isinstance(instance, Topic) else {}


@pytest.mark.parametrize(("role", "model", "way"), SNIPPET_CELLS)
def test_snippets(world, role, model, way):
    instance = world.sources[Source("snippet", model, EUROPEAN_LANGUAGE)]
    url = snippet_url(instance, way)
    client = world.client(role)
    allowed = may_edit_snippets(role, SNIPPET_VERB[way])
    before = snapshot("snippets")
    existing = set(type(instance).objects.values_list("pk", flat=True))

    if way in ("list", "open", "choose", "read through the admin API"):
        response = client.get(url)
    elif way == "delete":
        response = client.post(url)
    elif way == "save":
        response = client.post(url, {**NEW_SNIPPET[model], **kept_fields(instance)})
    else:
        data = NEW_SNIPPET[model]
        response = client.post(url, data)

    if not allowed:
        assert_refused(response, "snippets", before)
    elif way in ("list", "open", "choose", "read through the admin API"):
        assert response.status_code == 200, describe(response)
        assert snippet_label(instance) in response.content.decode()
    elif way == "delete":
        assert not type(instance).objects.filter(pk=instance.pk).exists(), describe(response)
    elif way == "save":
        assert str(type(instance).objects.get(pk=instance.pk)) == "Added in the matrix"
    else:
        added = type(instance).objects.exclude(pk__in=existing)
        assert [str(item) for item in added] == ["Added in the matrix"], describe(response)


# 9. No public API ------------------------------------------------------------------------


@pytest.mark.parametrize("site", SITES)
def test_no_public_api_is_routed(world, site):
    """Wagtail's public API (wagtail.api.v2) is not routed, so it is no way in."""
    response = world.client(ROLES[0]).get(
        "/api/v2/pages/", HTTP_HOST=world.sites[site].hostname, follow=True
    )

    assert response.status_code == 404
