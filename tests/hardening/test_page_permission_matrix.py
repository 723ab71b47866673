"""The permission matrix of page actions: each role, each action, each site and language.

A cell is one role doing one action, through one way in (a Wagtail admin view or the admin
API), to a page of one site in one of that site's languages. It checks what the user meets:
either the action is done (the answer, and the database holding the change), or it is
refused (403, the dashboard with the permission-denied message, the login page, or the
admin API's 403/404) and the database has not moved. What each cell expects comes from one
rule, `may`, so the matrix reads as the network's policy for pages.

The pages are built once for the module inside a transaction rolled back at its end; each
cell runs inside its test's own rollback. Which cells are tried, and why not every way in
every language, is said at `build_cells`. User-management rights, and adding pages, are
tested in tests/national_sites/test_permissions.py.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.test import Client
from django.urls import reverse

from wagtail.models import Page

import pytest

from national_sites.setup import COORDINATORS_GROUP, TRANSLATORS_GROUP
from tests.conftest import make_user
from tests.national_sites.permission_helpers import (
    COUNTRY_LANGUAGES,
    COUNTRY_NAMES,
    add_page,
    admin_refusal,
    api_action,
    api_refusal,
    database_state,
    describe,
    edit_form_data,
    european_home,
    fresh,
    national_home,
)

pytestmark = pytest.mark.django_db

COUNTRIES = list(COUNTRY_NAMES)
SITES = ["eu", *COUNTRIES]
EUROPEAN_LANGUAGE = settings.NETWORK.language

PUBLISHED_TITLE = "Energy communities"
DRAFT_TITLE = "Energy communities, revised"
NEW_TITLE = "Changed in the matrix"
# Wagtail's copy form refuses a destination inside the form, not with a redirect.
COPY_REFUSED = "You do not have permission to copy to page"


# Who and where ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Role:
    name: str
    kind: str  # anonymous, editor, moderator, translator or coordinator
    country: str | None = None

    def __str__(self):
        return self.name

    @property
    def group(self):
        if self.kind in ("editor", "moderator"):
            return f"{COUNTRY_NAMES[self.country]} {self.kind}s"
        return {"translator": TRANSLATORS_GROUP, "coordinator": COORDINATORS_GROUP}[self.kind]


ROLES = [
    Role("anonymous", "anonymous"),
    *[Role(f"editor-{code}", "editor", code) for code in COUNTRIES],
    *[Role(f"moderator-{code}", "moderator", code) for code in COUNTRIES],
    Role("translator", "translator"),
    Role("coordinator", "coordinator"),
]


def source_language(site):
    return EUROPEAN_LANGUAGE if site == "eu" else COUNTRY_LANGUAGES[site]


def languages_of(site):
    """The European site has every language; a national site its own and English."""
    if site == "eu":
        return list(settings.NETWORK.language_codes)
    return [COUNTRY_LANGUAGES[site], EUROPEAN_LANGUAGE]


@dataclass(frozen=True)
class Tree:
    """One language tree of one site: its home page in that language and what is under it."""

    site: str
    language: str

    def __str__(self):
        return f"{self.site}-{self.language}"

    @property
    def is_source(self):
        """The tree others are translated from: English for Europe, else the national one."""
        return self.language == source_language(self.site)

    def home(self):
        if self.site == "eu":
            return european_home(self.language)
        return national_home(self.site, self.language)


TREES = [Tree(site, language) for site in SITES for language in languages_of(site)]


# The policy ------------------------------------------------------------------------------


def works_on(role, tree):
    """Whether `role` writes drafts in `tree`: edits, previews, reads drafts and history.

    A national network works on every language of its own site, the translator on every
    translated tree (never a source tree), a network coordinator everywhere.
    """
    if role.kind == "coordinator":
        return True
    if role.kind in ("editor", "moderator"):
        return tree.site == role.country
    if role.kind == "translator":
        return not tree.is_source
    return False


def finds(role, tree):
    """Whether the explorer, and the admin API behind it, lists pages of `tree` to `role`.

    Those who work on a tree find it, and the translator finds every tree: the source
    trees to choose pages to translate, the translated ones to work on.
    """
    return works_on(role, tree) or role.kind == "translator"


def publishes_on(role, tree):
    """Whether `role` changes what visitors of `tree` see: publishes, unpublishes, locks."""
    return role.kind == "coordinator" or (role.kind == "moderator" and tree.site == role.country)


def may(role, verb, tree, *, live=True, destination=None):
    """The page policy: whether `role` may `verb` a page of `tree` (live or a draft).

    Moving takes a page out of one tree and puts it into another, so it needs the right to
    delete it where it is and to add it (publishing it, if it is live) where it goes. A copy
    is a new draft: it needs the right to work on both trees.
    """
    if verb == "move":
        arrive = publishes_on if live else works_on
        return may(role, "delete", tree, live=live) and arrive(role, destination)
    if verb == "copy":
        return works_on(role, tree) and works_on(role, destination)
    if verb in ("publish", "unpublish", "lock") or (verb == "delete" and live):
        return publishes_on(role, tree)
    if verb == "find":
        return finds(role, tree)
    # view the draft, preview, edit, history and revisions, compare, delete a draft
    return works_on(role, tree)


# The pages -------------------------------------------------------------------------------


@dataclass
class World:
    """In each tree: a published page with a newer draft, and a page never published."""

    homes: dict
    pages: dict
    drafts: dict
    sessions: dict
    forms: dict = field(default_factory=dict)

    def form(self, page, **changes):
        """The page's edit form data, read once per module (reading it renders the editor)."""
        if page.pk not in self.forms:
            self.forms[page.pk] = edit_form_data(page)
        data = self.forms[page.pk].copy()
        for name, value in changes.items():
            data[name] = value
        return data

    def client(self, role):
        client = Client()
        if role.name in self.sessions:
            client.cookies[settings.SESSION_COOKIE_NAME] = self.sessions[role.name]
        return client


def build_world():
    homes, pages, drafts, sessions = {}, {}, {}, {}
    for tree in TREES:
        homes[tree] = tree.home()
        # Slugs unique to the tree, so that a page can move into any other tree.
        page = add_page(homes[tree], PUBLISHED_TITLE, f"energy-communities-{tree}")
        page.title = DRAFT_TITLE
        page.save_revision()
        pages[tree] = fresh(page)
        drafts[tree] = add_page(
            homes[tree], "Not announced yet", f"not-announced-{tree}", publish=False
        )
    for role in ROLES[1:]:
        client = Client()
        client.force_login(make_user(role.name, role.group))
        sessions[role.name] = client.cookies[settings.SESSION_COOKIE_NAME].value
    return World(homes, pages, drafts, sessions)


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_world()
        transaction.set_rollback(True)


# The actions -----------------------------------------------------------------------------


@dataclass
class Run:
    """A cell being played: the client, and the pages it acts on."""

    client: Client
    page: Page  # the page acted on
    destination: Page | None  # where a move or copy sends it
    watched: tuple  # what must not change when a write is refused


def page_url(name, *args):
    return reverse(f"wagtailadmin_pages:{name}", args=args)


def answered(response, status, redirect=None):
    if response.status_code != status:
        return False
    return redirect is None or response.url == redirect


# Reads: allowed means the page's own screen, showing the page.


def open_editor(run, world):
    return run.client.get(page_url("edit", run.page.pk))


def view_draft(run, world):
    return run.client.get(page_url("view_draft", run.page.pk))


def preview(run, world):
    data = world.form(run.page, title=NEW_TITLE)
    return run.client.post(page_url("preview_on_edit", run.page.pk), data)


def view_history(run, world):
    return run.client.get(page_url("history", run.page.pk))


def view_workflow_history(run, world):
    return run.client.get(page_url("workflow_history", run.page.pk))


def api_find(run, world):
    return run.client.get(reverse("wagtailadmin_api:pages:detail", args=[run.page.pk]))


def found(run, response):
    """The admin API's page, which shows the draft's title as the explorer does."""
    return response.status_code == 200 and response.json()["admin_display_title"] == DRAFT_TITLE


def view_revision(run, world):
    return run.client.get(page_url("revisions_view", run.page.pk, run.page.live_revision_id))


def compare_revisions(run, world):
    return run.client.get(page_url("revisions_compare", run.page.pk, "earliest", "latest"))


def shows(title):
    def check(run, response):
        return response.status_code == 200 and title in response.content.decode()

    return check


def preview_accepted(run, response):
    return response.status_code == 200 and response.json() == {
        "is_valid": True,
        "is_available": True,
    }


# Writes: allowed means the answer of success, and the database holding the change.


def save_draft(run, world):
    return run.client.post(page_url("edit", run.page.pk), world.form(run.page, title=NEW_TITLE))


def draft_saved(run, response):
    page = fresh(run.page)
    return answered(response, 302, page_url("edit", page.pk)) and (
        page.draft_title,
        page.title,
    ) == (NEW_TITLE, PUBLISHED_TITLE)


def revert(run, world):
    """Wagtail's "Review this version" editor, saved: a draft made from an old revision."""
    url = page_url("revisions_revert", run.page.pk, run.page.live_revision_id)
    return run.client.post(url, world.form(run.page, title=NEW_TITLE))


def api_revert(run, world):
    return api_action(
        run.client, run.page, "revert_to_page_revision", revision_id=run.page.live_revision_id
    )


def reverted(run, response):
    page = fresh(run.page)
    return (
        answered(response, 200)
        and page.latest_revision_id != run.page.latest_revision_id
        and page.draft_title == PUBLISHED_TITLE
    )


def publish(run, world):
    data = world.form(run.page, title=NEW_TITLE)
    data["action-publish"] = "action-publish"
    return run.client.post(page_url("edit", run.page.pk), data)


def published_from_editor(run, response):
    return answered(response, 302) and fresh(run.page).title == NEW_TITLE


def api_publish(run, world):
    return api_action(run.client, run.page, "publish")


def published_by_api(run, response):
    return answered(response, 200) and fresh(run.page).title == DRAFT_TITLE


def unpublish(run, world):
    return run.client.post(page_url("unpublish", run.page.pk))


def api_unpublish(run, world):
    return api_action(run.client, run.page, "unpublish")


def unpublished(status):
    def check(run, response):
        return answered(response, status) and not fresh(run.page).live

    return check


def delete(run, world):
    return run.client.post(page_url("delete", run.page.pk))


def api_delete(run, world):
    return api_action(run.client, run.page, "delete")


def deleted(status):
    def check(run, response):
        return answered(response, status) and not Page.objects.filter(pk=run.page.pk).exists()

    return check


def lock(run, world):
    return run.client.post(page_url("lock", run.page.pk))


def locked(run, response):
    return answered(response, 302) and fresh(run.page).locked


def move(run, world):
    return run.client.post(page_url("move_confirm", run.page.pk, run.destination.pk))


# Without a position, the API moves a page next to the destination instead of into it.
def api_move(run, world):
    return api_action(
        run.client,
        run.page,
        "move",
        destination_page_id=run.destination.pk,
        position="last-child",
    )


def moved(status):
    def check(run, response):
        return answered(response, status) and fresh(run.page).get_parent().pk == run.destination.pk

    return check


def copy(run, world):
    data = {
        "new_title": "A copy",
        "new_slug": "a-copy",
        "new_parent_page": run.destination.pk,
    }
    return run.client.post(page_url("copy", run.page.pk), data)


# keep_live=False: the copy is a draft, so only the right to add pages is in question.
def api_copy(run, world):
    return api_action(
        run.client,
        run.page,
        "copy",
        destination_page_id=run.destination.pk,
        slug="a-copy",
        keep_live=False,
    )


def copied(status):
    def check(run, response):
        copies = run.destination.get_children().filter(slug="a-copy", live=False)
        return answered(response, status) and copies.exists()

    return check


@dataclass(frozen=True)
class Action:
    name: str
    verb: str  # the policy's word for it
    perform: object  # (run, world) -> response
    done: object  # (run, response) -> whether the user sees it done, and it is
    channel: str = "admin"  # an admin view, or the admin "api"
    target: str = "page"  # the published page of the tree, or its "draft"
    writes: bool = True

    def __str__(self):
        return self.name


def read(name, verb, perform, done):
    return Action(name, verb, perform, done, writes=False)


OPEN_EDITOR = read("open the editor", "view draft", open_editor, shows(DRAFT_TITLE))
VIEW_DRAFT = read("view the draft", "view draft", view_draft, shows(DRAFT_TITLE))
PREVIEW = read("preview", "preview", preview, preview_accepted)
HISTORY = read("view the history", "history", view_history, shows(DRAFT_TITLE))
REVISION = read("view a revision", "history", view_revision, shows(PUBLISHED_TITLE))
WORKFLOW_HISTORY = read(
    "view the workflow history", "history", view_workflow_history, shows(DRAFT_TITLE)
)
API_FIND = Action("API find", "find", api_find, found, "api", writes=False)
COMPARE = read("compare revisions", "compare", compare_revisions, shows(DRAFT_TITLE))

SAVE_DRAFT = Action("save a draft", "edit", save_draft, draft_saved)
REVERT = Action("revert to a revision", "edit", revert, draft_saved)
API_REVERT = Action("API revert", "edit", api_revert, reverted, "api")
PUBLISH = Action("publish", "publish", publish, published_from_editor)
API_PUBLISH = Action("API publish", "publish", api_publish, published_by_api, "api")
UNPUBLISH = Action("unpublish", "unpublish", unpublish, unpublished(302))
API_UNPUBLISH = Action("API unpublish", "unpublish", api_unpublish, unpublished(200), "api")
DELETE = Action("delete", "delete", delete, deleted(302))
API_DELETE = Action("API delete", "delete", api_delete, deleted(204), "api")
DELETE_DRAFT = Action("delete a draft", "delete", delete, deleted(302), target="draft")
API_DELETE_DRAFT = Action(
    "API delete a draft", "delete", api_delete, deleted(204), "api", target="draft"
)
LOCK = Action("lock", "lock", lock, locked)
# Moves of the live page stay in its tree: under the tree's draft.
MOVE = Action("move", "move", move, moved(302))
API_MOVE = Action("API move", "move", api_move, moved(200), "api")
MOVE_DRAFT = Action("move a draft", "move", move, moved(302), target="draft")
API_MOVE_DRAFT = Action("API move a draft", "move", api_move, moved(200), "api", target="draft")
COPY = Action("copy", "copy", copy, copied(302))
API_COPY = Action("API copy", "copy", api_copy, copied(201), "api")


# The cells -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    role: Role
    action: Action
    tree: Tree
    destination: Tree | None = None

    def __str__(self):
        where = f"{self.tree}->{self.destination}" if self.destination else str(self.tree)
        return f"{self.role}-{self.action}-{where}".replace(" ", "_")

    @property
    def saves_a_draft_instead(self):
        """Wagtail's editor saves a draft when someone who may edit, but not publish, presses
        Publish: the visitors' page must stay as it was."""
        return self.action is PUBLISH and works_on(self.role, self.tree)

    @property
    def allowed(self):
        live = self.action.target == "page"
        return may(self.role, self.action.verb, self.tree, live=live, destination=self.destination)

    def start(self, world):
        page = (world.drafts if self.action.target == "draft" else world.pages)[self.tree]
        destination = None
        if self.action.verb == "move" and self.destination == self.tree:
            # within its own tree: the live page under the draft, the draft under the page
            other = world.pages if self.action.target == "draft" else world.drafts
            destination = other[self.tree]
        elif self.destination is not None:
            destination = world.homes[self.destination]
        watched = tuple(p for p in (page, destination, world.homes[self.tree]) if p is not None)
        return Run(world.client(self.role), page, destination, watched)


def shared_language(site, other):
    """The language a page moved or copied between two sites travels in.

    Wagtail never moves a page into a tree of another language, whoever asks. Between
    two national sites that is English; between Europe and a national site, the national
    language; within one site, its source language.
    """
    if site == other:
        return source_language(site)
    if "eu" in (site, other):
        return source_language(other if site == "eu" else site)
    return EUROPEAN_LANGUAGE


# Each verb of the policy, with its ways in. A cell takes one of them, in turn (`build_cells`).
IN_EVERY_TREE = {
    "view draft": [VIEW_DRAFT],
    "history": [HISTORY, REVISION, WORKFLOW_HISTORY],
}
ON_EVERY_SITE = {
    "view draft in the editor": [OPEN_EDITOR],
    "find": [API_FIND],
    "preview": [PREVIEW],
    "compare": [COMPARE],
    "edit": [SAVE_DRAFT, REVERT, API_REVERT],
    "publish": [PUBLISH, API_PUBLISH],
    "unpublish": [UNPUBLISH, API_UNPUBLISH],
    "delete": [DELETE, API_DELETE, DELETE_DRAFT, API_DELETE_DRAFT],
    "lock": [LOCK],
    "move": [MOVE, API_MOVE],  # the live page, within its tree
}
BETWEEN_SITES = {
    "move": [MOVE_DRAFT, API_MOVE_DRAFT],
    "copy": [COPY, API_COPY],
}


def in_turn(options, *counters):
    return options[sum(counters) % len(options)]


def partner_sites(role, site):
    """The sites `role` moves and copies pages between, from and to `site`.

    A national network pairs each site with its own, so that every move is tried with its
    own site at one end and each other site at the other. The others go round the sites,
    each to the next and back.
    """
    own = role.country or SITES[(SITES.index(site) + 1) % len(SITES)]
    return {(site, own), (own, site)}


def build_cells():
    """Every role, every verb, every site: ways in and languages take turns.

    - Viewing a draft and the history: in every tree of every site (16).
    - Every other verb: once on each site, in one of its languages.
    - Moving a draft and copying: between each site and a partner (`partner_sites`), both
      ways, in a language the two share.

    Where a verb has several ways in (the admin view or the admin API; a live page or a
    draft), and a site several languages, the cells take them in turn, counted over the
    roles, the sites and the verbs, so that each role meets every way in and each site
    every way and language. Trying every way in every language, and every pair of sites,
    for every role would be five times as many cells, each a request and two snapshots
    of the database, for rules that do not depend on all of them at once: the translator's
    differ by language (source or translated tree), everyone's by site.
    """
    cells = []
    for r, role in enumerate(ROLES):
        for ways in IN_EVERY_TREE.values():
            cells += [Cell(role, in_turn(ways, r, t), tree) for t, tree in enumerate(TREES)]
        for v, (verb, ways) in enumerate(ON_EVERY_SITE.items()):
            for s, site in enumerate(SITES):
                tree = Tree(site, in_turn(languages_of(site), r, s, v))
                within = tree if verb == "move" else None
                cells.append(Cell(role, in_turn(ways, r, s), tree, within))
        pairs = sorted({pair for site in SITES for pair in partner_sites(role, site)})
        for v, ways in enumerate(BETWEEN_SITES.values()):
            for p, (site, other) in enumerate(pairs):
                language = shared_language(site, other)
                way = in_turn(ways, r, p, v)
                cells.append(Cell(role, way, Tree(site, language), Tree(other, language)))
    return cells


CELLS = build_cells()


# Judging ---------------------------------------------------------------------------------


def sent_to_login(response):
    login = reverse("wagtailadmin_login")
    if response.status_code == 302 and response.url.startswith(f"{login}?next="):
        return "sent to the login page"
    return None


def live_state(*pages):
    """What visitors see of each page, and how many pages there are."""
    rows = Page.objects.filter(pk__in=[page.pk for page in pages])
    return Page.objects.count(), set(rows.values_list("pk", "title", "live", "live_revision_id"))


def refusal(cell, run, response):
    """How the user was refused, in words, or None if they were not."""
    if cell.saves_a_draft_instead:
        saved = answered(response, 302, page_url("edit", run.page.pk))
        return "saved as a draft" if saved and fresh(run.page).draft_title == NEW_TITLE else None
    if cell.role.kind == "anonymous":
        return sent_to_login(response)
    if cell.action.channel == "api":
        return api_refusal(response)
    form_error = COPY_REFUSED if cell.action.verb == "copy" else None
    return admin_refusal(response, form_error=form_error)


@pytest.mark.parametrize("cell", CELLS, ids=str)
def test_page_permission_matrix(world, cell, django_capture_on_commit_callbacks):
    run = cell.start(world)
    state = live_state if cell.saves_a_draft_instead else database_state
    before = state(*run.watched)

    with django_capture_on_commit_callbacks(execute=True):
        response = cell.action.perform(run, world)

    if cell.allowed:
        assert cell.action.done(run, response), f"refused or not done: {describe(response)}"
    else:
        assert refusal(cell, run, response), f"not refused: {describe(response)}"
        if cell.action.writes:
            assert state(*run.watched) == before, "refused, but the database changed"


def test_the_public_api_is_not_served():
    """wagtail.api.v2 is not routed: serving page data publicly must be a conscious change."""
    response = Client().get("/api/v2/pages/", HTTP_HOST="localhost", follow=True)

    assert response.status_code == 404
