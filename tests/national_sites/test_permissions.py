"""The permission matrix of the network: who may do what, on which site.

Each national site belongs to its own editors and moderators. These tests act as those
users through the admin views and the admin API, and check both what the user is told and
that the database did not move when the answer is no.
"""

from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation

import pytest

from home.models import SiteSettings
from tests.national_sites.permission_helpers import (
    COUNTRY_NAMES,
    add_form_data,
    add_page,
    admin_refusal,
    api_action,
    api_refusal,
    client_for,
    database_state,
    describe,
    edit_form_data,
    european_home,
    fresh,
    national_home,
    page_state,
)

pytestmark = pytest.mark.django_db

STRANGER_TITLE = "Changed by someone from another site"
COPY_FORM_ERROR = "You do not have permission to copy to page"


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def editor_of(make_network_user, code):
    return make_network_user(f"editor-{code}", f"{COUNTRY_NAMES[code]} editors")


# 1. National editors on another national site --------------------------------------------


@dataclass
class Scene:
    """An editor of `own_home`'s site, facing `target` on another site under `home`."""

    client: Client
    target: object
    home: object
    own_home: object
    own_draft: object

    def watched(self):
        return (self.target, self.home, self.own_home, self.own_draft)


@dataclass(frozen=True)
class Action:
    name: str
    perform: object  # takes a Scene, returns the response
    channel: str = "admin"  # the admin views, or the admin "api"
    form_error: str | None = None  # for views that refuse inside their form

    def __str__(self):
        return self.name


def page_url(name, *args):
    return reverse(f"wagtailadmin_pages:{name}", args=args)


def open_editor(scene):
    return scene.client.get(edit_url(scene.target))


def save_title(scene, **button):
    data = edit_form_data(scene.target, title=STRANGER_TITLE)
    data.update(button)
    return scene.client.post(edit_url(scene.target), data)


def publish(scene):
    return save_title(scene, **{"action-publish": "action-publish"})


def submit_for_moderation(scene):
    return save_title(scene, **{"action-submit": "1"})


def preview(scene):
    data = edit_form_data(scene.target, title=STRANGER_TITLE)
    return scene.client.post(page_url("preview_on_edit", scene.target.pk), data)


def view_draft(scene):
    return scene.client.get(page_url("view_draft", scene.target.pk))


def view_history(scene):
    return scene.client.get(page_url("history", scene.target.pk))


def view_revision(scene):
    target = scene.target
    return scene.client.get(page_url("revisions_view", target.pk, target.latest_revision_id))


def compare_revisions(scene):
    return scene.client.get(page_url("revisions_compare", scene.target.pk, "earliest", "latest"))


def unpublish(scene):
    return scene.client.post(page_url("unpublish", scene.target.pk))


def delete(scene):
    return scene.client.post(page_url("delete", scene.target.pk))


def lock(scene):
    return scene.client.post(page_url("lock", scene.target.pk))


def choose_child_type(scene):
    return scene.client.get(page_url("add_subpage", scene.home.pk))


def add_child(scene):
    data = add_form_data(scene.home, "Planted by a stranger", "planted")
    return scene.client.post(page_url("add", "home", "standardpage", scene.home.pk), data)


def choose_move_destination(scene):
    return scene.client.get(page_url("move", scene.target.pk))


def move_out(scene):
    return scene.client.post(page_url("move_confirm", scene.target.pk, scene.own_home.pk))


def move_in(scene):
    return scene.client.post(page_url("move_confirm", scene.own_draft.pk, scene.home.pk))


def copy(client, page, destination):
    data = {
        "new_title": f"Copy of {page.title}",
        "new_slug": "copied-across-sites",
        "new_parent_page": destination.pk,
    }
    return client.post(page_url("copy", page.pk), data)


def copy_out(scene):
    return copy(scene.client, scene.target, scene.own_home)


def copy_in(scene):
    return copy(scene.client, scene.own_draft, scene.home)


def api_publish(scene):
    return api_action(scene.client, scene.target, "publish")


def api_unpublish(scene):
    return api_action(scene.client, scene.target, "unpublish")


def api_delete(scene):
    return api_action(scene.client, scene.target, "delete")


def api_revert(scene):
    revision_id = scene.target.latest_revision_id
    return api_action(
        scene.client, scene.target, "revert_to_page_revision", revision_id=revision_id
    )


# Without a position, the API moves a page next to the destination instead of into it.
def api_move_out(scene):
    destination = scene.own_home.pk
    return api_action(
        scene.client, scene.target, "move", destination_page_id=destination, position="last-child"
    )


def api_move_in(scene):
    destination = scene.home.pk
    return api_action(
        scene.client,
        scene.own_draft,
        "move",
        destination_page_id=destination,
        position="last-child",
    )


# keep_live=False: keeping a copy live needs publish rights, which would refuse it anyway.
def api_copy_out(scene):
    destination = scene.own_home.pk
    return api_action(
        scene.client, scene.target, "copy", destination_page_id=destination, keep_live=False
    )


def api_copy_in(scene):
    destination = scene.home.pk
    return api_action(
        scene.client, scene.own_draft, "copy", destination_page_id=destination, keep_live=False
    )


EDIT_OPEN = Action("open the editor", open_editor)
EDIT_SAVE = Action("save a changed title", save_title)
PUBLISH = Action("publish", publish)
SUBMIT = Action("submit for moderation", submit_for_moderation)
PREVIEW = Action("preview", preview)
VIEW_DRAFT = Action("view the draft", view_draft)
HISTORY = Action("view the history", view_history)
REVISION = Action("view a revision", view_revision)
COMPARE = Action("compare revisions", compare_revisions)
UNPUBLISH = Action("unpublish", unpublish)
DELETE = Action("delete", delete)
LOCK = Action("lock", lock)
ADD_SUBPAGE = Action("choose a child page type", choose_child_type)
ADD_CHILD = Action("add a child page", add_child)
MOVE_CHOOSE = Action("choose where to move", choose_move_destination)
MOVE_OUT = Action("move it into their own site", move_out)
MOVE_IN = Action("move their own page into it", move_in)
COPY_OUT = Action("copy it into their own site", copy_out, form_error=COPY_FORM_ERROR)
COPY_IN = Action("copy their own page into it", copy_in, form_error=COPY_FORM_ERROR)
API_PUBLISH = Action("API publish", api_publish, "api")
API_UNPUBLISH = Action("API unpublish", api_unpublish, "api")
API_DELETE = Action("API delete", api_delete, "api")
API_REVERT = Action("API revert to a revision", api_revert, "api")
API_MOVE_OUT = Action("API move it into their own site", api_move_out, "api")
API_MOVE_IN = Action("API move their own page into it", api_move_in, "api")
API_COPY_OUT = Action("API copy it into their own site", api_copy_out, "api")
API_COPY_IN = Action("API copy their own page into it", api_copy_in, "api")

# What each kind of target is tried with. Wagtail never moves a page into a tree of another
# language, whoever asks, so moves are tried between the English trees of the two sites,
# on unpublished pages: then only the permissions on the other site stand in the way.
ACTIONS_BY_TARGET = {
    "page": [
        EDIT_OPEN,
        EDIT_SAVE,
        PUBLISH,
        SUBMIT,
        PREVIEW,
        VIEW_DRAFT,
        HISTORY,
        REVISION,
        COMPARE,
        UNPUBLISH,
        DELETE,
        LOCK,
        COPY_OUT,
        COPY_IN,
        API_PUBLISH,
        API_UNPUBLISH,
        API_DELETE,
        API_REVERT,
        API_COPY_OUT,
        API_COPY_IN,
    ],
    "home": [
        EDIT_OPEN,
        EDIT_SAVE,
        PUBLISH,
        SUBMIT,
        PREVIEW,
        VIEW_DRAFT,
        HISTORY,
        REVISION,
        COMPARE,
        ADD_SUBPAGE,
        ADD_CHILD,
        UNPUBLISH,
        DELETE,
        LOCK,
        API_PUBLISH,
        API_UNPUBLISH,
        API_DELETE,
        API_REVERT,
    ],
    "english draft": [
        EDIT_SAVE,
        DELETE,
        MOVE_CHOOSE,
        MOVE_OUT,
        MOVE_IN,
        API_DELETE,
        API_MOVE_OUT,
        API_MOVE_IN,
    ],
}
# Every editor against one other site: the actions that change what visitors see.
CORE_ACTIONS = [
    ("page", EDIT_SAVE),
    ("page", PUBLISH),
    ("page", COPY_IN),
    ("page", API_PUBLISH),
    ("home", ADD_CHILD),
    ("english draft", DELETE),
    ("english draft", MOVE_IN),
]

FULL_MATRIX_PAIRS = [("dk", "ee"), ("dk", "es")]
ONE_FOREIGN_SITE_EACH = [("ee", "it"), ("dk", "bg"), ("es", "ee"), ("bg", "dk"), ("it", "es")]


def matrix():
    cases = [
        (editor, site, kind, action)
        for editor, site in FULL_MATRIX_PAIRS
        for kind, actions in ACTIONS_BY_TARGET.items()
        for action in actions
    ] + [
        (editor, site, kind, action)
        for editor, site in ONE_FOREIGN_SITE_EACH
        for kind, action in CORE_ACTIONS
    ]
    return [
        pytest.param(*case, id=f"{case[0]}-on-{case[1]}-{case[2]}-{case[3]}".replace(" ", "_"))
        for case in cases
    ]


def make_scene(make_network_user, editor_code, site_code, kind):
    editor = editor_of(make_network_user, editor_code)
    language = "en" if kind == "english draft" else None
    home = national_home(site_code, language)
    own_home = national_home(editor_code, language)
    if kind == "home":
        target = home
    else:
        target = add_page(home, "A page of another site", "foreign", publish=kind == "page")
    # Saved twice, so that there are revisions to view and compare.
    target.save_revision()
    own_draft = add_page(own_home, "An unpublished page of my own", "own-draft", publish=False)
    return Scene(client_for(editor), fresh(target), home, own_home, own_draft)


@pytest.mark.parametrize(("editor_code", "site_code", "kind", "action"), matrix())
def test_a_national_editor_is_refused_on_another_national_site(
    make_network_user, django_capture_on_commit_callbacks, editor_code, site_code, kind, action
):
    scene = make_scene(make_network_user, editor_code, site_code, kind)
    before = database_state(*scene.watched())

    with django_capture_on_commit_callbacks(execute=True):
        response = action.perform(scene)

    if action.channel == "api":
        refusal = api_refusal(response)
    else:
        refusal = admin_refusal(response, form_error=action.form_error)
    assert refusal, f"{action} was not refused: {describe(response)}"
    assert database_state(*scene.watched()) == before, f"{action} changed the database"


# 1b. The same editors on their own site ---------------------------------------------------

ALL_COUNTRIES = ["ee", "dk", "es", "bg", "it"]


@pytest.fixture
def own_page():
    """A published page of the Danish site, with a second revision to compare."""
    page = add_page(national_home("dk"), "Energy in Danish towns", "energy")
    page.save_revision()
    return fresh(page)


@pytest.fixture
def editor_client(make_network_user):
    return client_for(editor_of(make_network_user, "dk"))


@pytest.mark.parametrize("kind", ["home", "page"])
@pytest.mark.parametrize("code", ALL_COUNTRIES)
def test_a_national_editor_saves_a_draft_on_their_own_site(make_network_user, code, kind):
    home = national_home(code)
    page = home if kind == "home" else add_page(home, "Our work", "our-work")
    published_title = page.title
    data = edit_form_data(page, title="A better title")

    response = client_for(editor_of(make_network_user, code)).post(edit_url(page), data)

    page = fresh(page)
    assert (page.draft_title, page.title) == ("A better title", published_title), describe(
        response
    )


def test_a_national_editor_opens_their_own_page_in_the_editor(editor_client, own_page):
    response = editor_client.get(edit_url(own_page))

    assert response.status_code == 200


def test_a_national_editor_submits_their_own_page_for_moderation(editor_client, own_page):
    data = edit_form_data(own_page, title="Ready for review")
    data["action-submit"] = "1"

    editor_client.post(edit_url(own_page), data)

    assert fresh(own_page).workflow_in_progress


def test_a_national_editor_previews_their_own_page(editor_client, own_page):
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[own_page.pk])
    editor_client.post(url, edit_form_data(own_page, title="How it would look"))

    response = editor_client.get(url)

    assert "How it would look" in response.content.decode()


@pytest.mark.parametrize(
    "view",
    [
        "wagtailadmin_pages:view_draft",
        "wagtailadmin_pages:history",
        "wagtailadmin_pages:revisions_view",
        "wagtailadmin_pages:revisions_compare",
    ],
)
def test_a_national_editor_reads_the_drafts_and_history_of_their_own_page(
    editor_client, own_page, view
):
    args = {
        "wagtailadmin_pages:revisions_view": [own_page.pk, own_page.latest_revision_id],
        "wagtailadmin_pages:revisions_compare": [own_page.pk, "earliest", "latest"],
    }.get(view, [own_page.pk])

    response = editor_client.get(reverse(view, args=args))

    assert response.status_code == 200


def test_a_national_editor_adds_a_page_to_their_own_site(editor_client):
    home = national_home("dk")
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", home.pk])

    editor_client.post(url, add_form_data(home, "Join the network", "join"))

    assert fresh(home).get_children().filter(slug="join", live=False).exists()


def test_a_national_editor_moves_a_draft_within_their_own_site(editor_client, own_page):
    draft = add_page(national_home("dk"), "Not ready yet", "not-ready", publish=False)
    url = reverse("wagtailadmin_pages:move_confirm", args=[draft.pk, own_page.pk])

    editor_client.post(url)

    assert page_state(draft).parent_id == own_page.pk


def test_a_national_editor_moves_a_draft_within_their_own_site_through_the_api(
    editor_client, own_page
):
    draft = add_page(national_home("dk"), "Not ready yet", "not-ready", publish=False)

    api_action(
        editor_client, draft, "move", destination_page_id=own_page.pk, position="last-child"
    )

    assert page_state(draft).parent_id == own_page.pk


def test_a_national_editor_copies_a_page_within_their_own_site(editor_client, own_page):
    home = national_home("dk")
    data = {"new_title": "Energy, again", "new_slug": "energy-again", "new_parent_page": home.pk}

    editor_client.post(reverse("wagtailadmin_pages:copy", args=[own_page.pk]), data)

    assert fresh(home).get_children().filter(slug="energy-again").exists()


def test_a_national_editor_copies_a_page_within_their_own_site_through_the_api(
    editor_client, own_page
):
    home = national_home("dk")

    api_action(
        editor_client,
        own_page,
        "copy",
        destination_page_id=home.pk,
        slug="energy-api-copy",
        keep_live=False,
    )

    assert fresh(home).get_children().filter(slug="energy-api-copy").exists()


def test_a_national_editor_cannot_publish_their_own_page(editor_client, own_page):
    before = page_state(own_page)
    data = edit_form_data(own_page, title="Published by an editor")
    data["action-publish"] = "action-publish"

    editor_client.post(edit_url(own_page), data)

    # The change is kept as a draft; what visitors see stays as it was.
    after = page_state(own_page)
    assert (after.draft_title, after.title, after.live_revision_id) == (
        "Published by an editor",
        before.title,
        before.live_revision_id,
    )


def test_a_national_editor_cannot_publish_their_own_page_through_the_api(editor_client, own_page):
    before = database_state(own_page)

    response = api_action(editor_client, own_page, "publish")

    assert api_refusal(response), describe(response)
    assert database_state(own_page) == before


# 1c. The Danish moderator publishes on the Danish site only ------------------------------


def publish_as(client, page, channel, title):
    """Publish `title` on `page` with the editor's Publish button, or with the admin API.

    The API publishes the latest revision, so for it the title is saved as a draft first.
    """
    if channel == "admin":
        data = edit_form_data(page, title=title)
        data["action-publish"] = "action-publish"
        return client.post(edit_url(page), data)
    return api_action(client, page, "publish")


def save_draft_for_the_api(page, channel, title):
    if channel == "api":
        page.title = title
        page.save_revision()


@pytest.mark.parametrize("channel", ["admin", "api"])
def test_the_danish_moderator_publishes_on_the_danish_site(moderator_dk, own_page, channel):
    save_draft_for_the_api(own_page, channel, "Published by the moderator")

    publish_as(client_for(moderator_dk), own_page, channel, "Published by the moderator")

    assert fresh(own_page).title == "Published by the moderator"


@pytest.mark.parametrize("channel", ["admin", "api"])
@pytest.mark.parametrize("site", ["ee", "es", "bg", "it", "eu"])
def test_the_danish_moderator_cannot_publish_on_another_site(moderator_dk, site, channel):
    home = european_home() if site == "eu" else national_home(site)
    page = add_page(home, "Not a Danish page", "not-danish")
    save_draft_for_the_api(page, channel, "Published from Denmark")
    before = database_state(page, home)

    response = publish_as(client_for(moderator_dk), page, channel, "Published from Denmark")

    refusal = api_refusal(response) if channel == "api" else admin_refusal(response)
    assert refusal, describe(response)
    assert database_state(page, home) == before


# 2. Media belong to their country's collection -------------------------------------------


@dataclass(frozen=True)
class MediaKind:
    name: str
    namespace: str
    chooser: str
    model: object

    def create(self, collection_name, title):
        collection = Collection.objects.get(name=collection_name)
        if self.name == "image":
            file = get_test_image_file(filename=f"{collection_name}.png")
        else:
            file = ContentFile(b"Minutes of the meeting.", name=f"{collection_name}.txt")
        return self.model.objects.create(title=title, file=file, collection=collection)

    def url(self, view, item=None):
        if view in ("choose", "chosen"):
            name = f"{self.chooser}:{view}"
        else:
            name = f"{self.namespace}:{view}"
        return reverse(name, args=[item.pk] if item else [])


IMAGES = MediaKind("image", "wagtailimages", "wagtailimages_chooser", get_image_model())
DOCUMENTS = MediaKind("document", "wagtaildocs", "wagtaildocs_chooser", get_document_model())
MEDIA_KINDS = [pytest.param(IMAGES, id="images"), pytest.param(DOCUMENTS, id="documents")]


def estonian_item(kind):
    return kind.create("Estonia", "Tallinn solar roofs")


def danish_item(kind):
    return kind.create("Denmark", "Sonderborg heat pumps")


def media_edit_data(item, title):
    return {"title": title, "collection": item.collection_id, "tags": ""}


@pytest.mark.parametrize("kind", MEDIA_KINDS)
def test_the_danish_editor_is_not_offered_estonian_media_in_the_chooser(editor_client, kind):
    item = estonian_item(kind)

    response = editor_client.get(kind.url("choose"))

    assert response.status_code == 200
    assert item.title not in response.content.decode()


@pytest.mark.parametrize("kind", MEDIA_KINDS)
def test_the_danish_editor_cannot_choose_estonian_media(editor_client, kind):
    item = estonian_item(kind)

    response = editor_client.get(kind.url("chosen", item))

    assert admin_refusal(response), describe(response)


@pytest.mark.parametrize("kind", MEDIA_KINDS)
def test_the_danish_editor_cannot_open_estonian_media_for_editing(editor_client, kind):
    item = estonian_item(kind)

    response = editor_client.get(kind.url("edit", item))

    assert admin_refusal(response), describe(response)


@pytest.mark.parametrize("kind", MEDIA_KINDS)
def test_the_danish_editor_cannot_save_estonian_media(editor_client, kind):
    item = estonian_item(kind)

    response = editor_client.post(kind.url("edit", item), media_edit_data(item, "Renamed"))

    assert admin_refusal(response), describe(response)
    assert kind.model.objects.get(pk=item.pk).title == "Tallinn solar roofs"


@pytest.mark.parametrize("kind", MEDIA_KINDS)
def test_the_danish_editor_does_not_see_estonian_media_in_the_listing(editor_client, kind):
    item = estonian_item(kind)

    response = editor_client.get(kind.url("index"))

    assert response.status_code == 200
    assert item.title not in response.content.decode()


@pytest.mark.parametrize("kind", MEDIA_KINDS)
def test_the_danish_editor_is_offered_danish_media_in_the_chooser(editor_client, kind):
    item = danish_item(kind)

    response = editor_client.get(kind.url("choose"))

    assert item.title in response.content.decode()


@pytest.mark.parametrize("kind", MEDIA_KINDS)
def test_the_danish_editor_sees_danish_media_in_the_listing(editor_client, kind):
    item = danish_item(kind)

    response = editor_client.get(kind.url("index"))

    assert item.title in response.content.decode()


@pytest.mark.parametrize("kind", MEDIA_KINDS)
def test_the_danish_editor_saves_danish_media(editor_client, kind):
    item = danish_item(kind)

    editor_client.post(kind.url("edit", item), media_edit_data(item, "Sonderborg district heat"))

    assert kind.model.objects.get(pk=item.pk).title == "Sonderborg district heat"


# 3. Site settings ------------------------------------------------------------------------


def settings_url(site):
    return reverse("wagtailsettings:edit", args=["home", "sitesettings", site.pk])


SETTINGS_DATA = {
    "logo": "",
    "contact_email": "hello@example.org",
    "contact_phone": "",
    "linkedin_url": "",
    "x_url": "",
    "facebook_url": "",
    "youtube_url": "",
    "mastodon_url": "",
    "bluesky_url": "",
}


def test_the_danish_editor_opens_the_danish_site_settings(editor_client, network):
    response = editor_client.get(settings_url(network["dk"]))

    assert response.status_code == 200


def test_the_danish_editor_saves_the_danish_site_settings(editor_client, network):
    editor_client.post(settings_url(network["dk"]), SETTINGS_DATA)

    assert SiteSettings.for_site(network["dk"]).contact_email == "hello@example.org"


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("site", ["ee", "eu"])
def test_the_danish_editor_is_refused_the_settings_of_another_site(
    editor_client, network, site, method
):
    before = SiteSettings.for_site(network[site]).contact_email

    response = getattr(editor_client, method)(settings_url(network[site]), SETTINGS_DATA)

    assert admin_refusal(response), describe(response)
    assert SiteSettings.for_site(network[site]).contact_email == before


# 4. Translators translate; they publish nothing ------------------------------------------


def source_page(name):
    return european_home() if name == "European home (en)" else national_home("dk")


@pytest.mark.parametrize("channel", ["admin", "api"])
@pytest.mark.parametrize("name", ["European home (en)", "Danish home (da)"])
def test_a_translator_cannot_publish_a_source_page(translator, name, channel):
    page = source_page(name)
    save_draft_for_the_api(page, channel, "Published by a translator")
    before = database_state(page)

    response = publish_as(client_for(translator), page, channel, "Published by a translator")

    refusal = api_refusal(response) if channel == "api" else admin_refusal(response)
    assert refusal, describe(response)
    assert database_state(page) == before


def estonian_translation():
    """The Estonian translation of the European home, and its wagtail-localize record."""
    page = european_home("et")
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=page.locale
    )
    return page, translation


def test_a_translator_opens_a_translated_page_in_the_editor(translator):
    page, _translation = estonian_translation()

    response = client_for(translator).get(edit_url(page))

    assert response.status_code == 200


def test_a_translator_translates_the_text_of_a_translated_page(translator):
    _page, translation = estonian_translation()
    segment = StringSegment.objects.filter(source=translation.source).first()
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])

    client_for(translator).put(
        url, data="value=V%C3%B5rgustik", content_type="application/x-www-form-urlencoded"
    )

    saved = StringTranslation.objects.filter(
        translation_of_id=segment.string_id, locale=translation.target_locale
    ).values_list("data", flat=True)
    assert list(saved) == ["Võrgustik"]


def test_a_translator_cannot_publish_a_translated_page(
    translator, django_capture_on_commit_callbacks
):
    page, _translation = estonian_translation()
    before = database_state(page)

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(translator).post(edit_url(page), {"action": "publish"})

    assert admin_refusal(response), describe(response)
    assert database_state(page) == before


@pytest.fixture
def newer_european_tagline():
    """A tagline published on the English European home, not yet in its translations."""
    source = european_home()
    source.tagline = "Cities sharing energy"
    source.save_revision().publish()
    return source.tagline


def estonian_visitors_see(client, text):
    return text in client.get("/et/", HTTP_HOST="localhost").content.decode()


def test_a_translator_cannot_publish_translations_by_updating_them(
    translator, client, newer_european_tagline, django_capture_on_commit_callbacks
):
    """'Update existing translations' with 'Publish immediately' publishes every translation."""
    _page, translation = estonian_translation()
    url = reverse("wagtail_localize:update_translations", args=[translation.source_id])

    with django_capture_on_commit_callbacks(execute=True):
        client_for(translator).post(url, {"publish_translations": "on"})

    assert not estonian_visitors_see(client, newer_european_tagline)


def test_a_translator_cannot_publish_by_turning_a_translation_into_an_alias(
    translator, client, newer_european_tagline, django_capture_on_commit_callbacks
):
    """'Convert to alias' makes the translated page show the source's live content at once."""
    page, _translation = estonian_translation()
    url = reverse("wagtail_localize:convert_to_alias", args=[page.pk])

    with django_capture_on_commit_callbacks(execute=True):
        client_for(translator).post(url)

    assert not estonian_visitors_see(client, newer_european_tagline)


def test_a_translator_cannot_publish_a_new_language_version_of_a_national_site(
    translator, client, django_capture_on_commit_callbacks
):
    """'Translate this page' on the live Danish home creates and publishes a Spanish copy."""
    danish_home = national_home("dk")
    spanish = Locale.objects.get(language_code="es")
    url = reverse("wagtail_localize:submit_page_translation", args=[danish_home.pk])

    with django_capture_on_commit_callbacks(execute=True):
        client_for(translator).post(url, {"locales": [spanish.pk]})

    response = client.get("/es/", HTTP_HOST="dk.localhost")
    assert response.status_code != 200, "dk.localhost/es/ serves a page a translator published"


# 5. No national group manages users -------------------------------------------------------

NATIONAL_GROUPS = [
    f"{name} {role}" for name in COUNTRY_NAMES.values() for role in ("editors", "moderators")
]
USER_MANAGEMENT_PERMISSIONS = [
    f"auth.{verb}_{model}"
    for model in ("user", "group", "permission")
    for verb in ("add", "change", "delete", "view")
] + [
    f"wagtailcore.{verb}_{model}"
    for model in ("grouppagepermission", "groupcollectionpermission", "groupsitepermission")
    for verb in ("add", "change", "delete")
]


@pytest.mark.parametrize("group", NATIONAL_GROUPS)
def test_a_national_group_has_no_user_management_permission(make_network_user, group):
    user = make_network_user("member", group)

    granted = [name for name in USER_MANAGEMENT_PERMISSIONS if user.has_perm(name)]

    assert granted == []


@pytest.mark.parametrize("view", ["wagtailusers_users:index", "wagtailusers_groups:index"])
@pytest.mark.parametrize("group", NATIONAL_GROUPS)
def test_a_national_group_member_is_refused_the_user_administration(
    make_network_user, group, view
):
    user = make_network_user("member", group)

    response = client_for(user).get(reverse(view))

    assert admin_refusal(response), describe(response)


# 6. Anonymous visitors see only what is published ----------------------------------------


def public_get(client, page):
    _site_id, root_url, path = page.get_url_parts()
    return client.get(path, HTTP_HOST=root_url.split("://", 1)[1])


def test_an_anonymous_visitor_gets_404_for_a_draft(client):
    draft = add_page(national_home("dk"), "Not announced yet", "not-announced", publish=False)

    response = public_get(client, draft)

    assert response.status_code == 404


def test_an_anonymous_visitor_sees_the_published_title_not_a_newer_draft(client):
    page = add_page(national_home("dk"), "The published title", "announced")
    page.title = "The draft title"
    page.save_revision()

    content = public_get(client, page).content.decode()

    assert ("The published title" in content, "The draft title" in content) == (True, False)


def test_an_anonymous_request_to_the_admin_editor_is_sent_to_the_login_page(client):
    page = national_home("dk")

    response = client.get(edit_url(page))

    assert (response.status_code, response.url) == (
        302,
        f"{reverse('wagtailadmin_login')}?next={edit_url(page)}",
    )


# 7. Network coordinators work on every site ----------------------------------------------


@pytest.mark.parametrize("site", ["ee", "it"])
def test_a_network_coordinator_saves_a_draft_on_a_national_site(coordinator, site):
    home = national_home(site)
    data = edit_form_data(home, title="Drafted by the coordinator")

    client_for(coordinator).post(edit_url(home), data)

    assert fresh(home).draft_title == "Drafted by the coordinator"


@pytest.mark.parametrize("site", ["ee", "it"])
def test_a_network_coordinator_publishes_on_a_national_site(coordinator, site):
    home = national_home(site)

    publish_as(client_for(coordinator), home, "admin", "Published by the coordinator")

    assert fresh(home).title == "Published by the coordinator"
