"""Nothing an editor writes is lost: every edit keeps a revision, a page can be reverted, and
two editors who change the same page at once are told instead of overwriting each other.

Everything goes through the admin as the Danish network's editors and moderator use it, on
a Danish page.
"""

from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html

import pytest

from home.models import StandardPage
from tests.conftest import PASSWORD, make_user
from tests.solutions.conftest import national_home, publish

pytestmark = pytest.mark.django_db

CONFLICT_MESSAGE = "Someone else saved this page after you opened it"


@pytest.fixture
def danish_page(network):
    return publish(
        national_home(network, "dk").add_child(
            instance=StandardPage(title="Fjernvarme", slug="fjernvarme", intro="Original text.")
        )
    )


def signed_in(user):
    client = Client()
    assert client.login(username=user.username, password=PASSWORD)
    return client


def open_editor(user, page, view="edit", *args):
    """Sign `user` in, open `page`'s edit form (or `view`'s) and return (client, its data)."""
    client = signed_in(user)
    response = client.get(reverse(f"wagtailadmin_pages:{view}", args=[page.pk, *args]))
    assert response.status_code == 200
    return client, form_data(response)


def form_data(response):
    """What a browser would send from the page edit form in `response`."""
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    # Browsers drop the newline that opens a textarea's content.
    data["intro"] = data["intro"].removeprefix("\n")
    data["body-count"] = "0"  # the StreamField's form is drawn by JavaScript
    return data


def save(client, page, data, intro, action=None):
    data = data.copy()
    data["intro"] = intro
    if action:
        data[action] = "1"
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def public_text(client, page):
    response = client.get(page.get_url(), HTTP_HOST=page.get_site().hostname)
    assert response.status_code == 200
    return response.content.decode()


def messages_of(response):
    return [str(message).strip() for message in get_messages(response.wsgi_request)]


def test_every_edit_keeps_a_revision_and_reverting_publishes_the_first_text_again(
    client, danish_page, moderator_dk
):
    revisions_before = danish_page.revisions.count()

    moderator, form = open_editor(moderator_dk, danish_page)
    assert save(moderator, danish_page, form, "First text.", "action-publish").status_code == 302
    moderator, form = open_editor(moderator_dk, danish_page)
    assert save(moderator, danish_page, form, "Second text.", "action-publish").status_code == 302

    first, second = danish_page.revisions.order_by("created_at", "pk")[revisions_before:]
    assert [first.as_object().intro, second.as_object().intro] == ["First text.", "Second text."]
    assert "Second text." in public_text(client, danish_page)

    history = moderator.get(reverse("wagtailadmin_pages:history", args=[danish_page.pk]))
    assert history.status_code == 200
    listed = history.content.decode()
    for revision in (first, second):
        view_url = reverse("wagtailadmin_pages:revisions_view", args=[danish_page.pk, revision.pk])
        assert view_url in listed
    first_revert_url = reverse(
        "wagtailadmin_pages:revisions_revert", args=[danish_page.pk, first.pk]
    )
    assert first_revert_url in listed

    moderator, form = open_editor(moderator_dk, danish_page, "revisions_revert", first.pk)
    assert form["intro"] == "First text."
    form["action-publish"] = "1"
    assert moderator.post(first_revert_url, form).status_code == 302

    assert danish_page.revisions.count() == revisions_before + 3
    text = public_text(client, danish_page)
    assert "First text." in text
    assert "Second text." not in text


@pytest.fixture
def second_editor_dk(db):
    return make_user("editor-dk-2", "Denmark editors")


@pytest.mark.parametrize("autosave", [False, True], ids=["save", "autosave"])
def test_a_save_from_a_form_opened_before_anothers_save_is_refused_and_kept(
    danish_page, editor_dk, second_editor_dk, autosave
):
    first_client, first_form = open_editor(editor_dk, danish_page)
    second_client, second_form = open_editor(second_editor_dk, danish_page)

    assert (
        save(first_client, danish_page, first_form, "The first editor's text.").status_code == 302
    )
    first_revision = Page.objects.get(pk=danish_page.pk).latest_revision

    if autosave:
        second_form["intro"] = "The second editor's text."
        response = second_client.post(
            reverse("wagtailadmin_pages:edit", args=[danish_page.pk]),
            second_form,
            HTTP_ACCEPT="application/json",
        )
        assert response.json()["error_code"] == "invalid_revision"
    else:
        response = save(second_client, danish_page, second_form, "The second editor's text.")
        assert response.status_code == 200
        assert any(CONFLICT_MESSAGE in message for message in messages_of(response))
        shown = form_data(response)
        assert shown["intro"] == "The second editor's text."

    page = Page.objects.get(pk=danish_page.pk)
    assert page.latest_revision == first_revision
    assert page.latest_revision.as_object().intro == "The first editor's text."

    if not autosave:
        # Having seen the other's change, the second editor saves on purpose: both are kept.
        assert save(second_client, danish_page, shown, shown["intro"]).status_code == 302
        intros = [r.as_object().intro for r in danish_page.revisions.order_by("created_at", "pk")]
        assert intros[-2:] == ["The first editor's text.", "The second editor's text."]


def test_a_locked_page_refuses_anothers_save_and_keeps_their_text(
    danish_page, moderator_dk, editor_dk
):
    moderator_client, _form = open_editor(moderator_dk, danish_page)
    response = moderator_client.post(reverse("wagtailadmin_pages:lock", args=[danish_page.pk]))
    assert response.status_code == 302
    assert Page.objects.get(pk=danish_page.pk).locked

    editor_client, form = open_editor(editor_dk, danish_page)
    response = save(editor_client, danish_page, form, "The editor's text.")

    assert response.status_code == 200
    assert "The page could not be saved as it is locked." in messages_of(response)
    assert form_data(response)["intro"] == "The editor's text."
    assert Page.objects.get(pk=danish_page.pk).specific.intro == "Original text."
