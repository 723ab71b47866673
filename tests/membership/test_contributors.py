"""An accepted city's contributor: invited by e-mail, edits that city only, publishes nothing."""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.urls import reverse

from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Page
from wagtail.permissions import policy_registry
from wagtail.users.models import UserProfile

import pytest

from membership.contributors import GROUP_PREFIX
from membership.models import MembershipApplication
from solutions.models import SolutionPage
from tests.membership.conftest import make_application
from tests.national_sites.permission_helpers import (
    admin_form_data,
    admin_refusal,
    client_for,
    describe,
    edit_form_data,
    fresh,
    national_home,
)
from tests.solutions.conftest import publish
from tests.solutions.factories import CityPageFactory
from tests.translations import interface_text

pytestmark = pytest.mark.django_db

CONTRIBUTOR_EMAIL = "klima@aarhus.example"


def accept_with_contributor(moderator, application, email=CONTRIBUTOR_EMAIL):
    response = client_for(moderator).post(
        reverse("membership_applications:accept", args=[application.pk]),
        {"note": "", "invite_contributor": "on", "contributor_email": email},
    )
    assert response.status_code == 302, describe(response)
    return MembershipApplication.objects.get(pk=application.pk)


def image_policy():
    return policy_registry.get_by_type(get_image_model())


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def add_solution_url(city):
    return reverse("wagtailadmin_pages:add", args=["solutions", "solutionpage", city.pk])


def invitation(address=CONTRIBUTOR_EMAIL):
    """The invitation to `address`; the applicant may also get the decision at it."""
    (message,) = [
        message
        for message in mail.outbox
        if message.to == [address] and "/admin/pages/" in message.body
    ]
    return message


@pytest.fixture
def accepted(moderator_dk):
    """Aarhus, applied for in Danish and accepted by the Danish moderator, with a
    contributor invited at klima@aarhus.example. Returns the application."""
    return accept_with_contributor(moderator_dk, make_application("Aarhus Kommune", "DK"))


@pytest.fixture
def contributor(accepted):
    return accepted.contributor


@pytest.fixture
def other_city():
    return publish(
        CityPageFactory(parent=national_home("dk"), title="Odense Kommune", slug="odense")
    )


# The invitation ---------------------------------------------------------------------------


def test_accepting_with_a_contributor_creates_their_account_and_group(accepted):
    city, contributor = accepted.city_page, accepted.contributor

    assert contributor.username == CONTRIBUTOR_EMAIL
    assert contributor.email == CONTRIBUTOR_EMAIL
    assert not contributor.has_usable_password()
    group = Group.objects.get(name=f"{GROUP_PREFIX}Aarhus Kommune ({city.pk})")
    # The contributor is also a member of the Danish network, for its members' area.
    assert set(contributor.groups.values_list("name", flat=True)) == {
        group.name,
        "Denmark network members",
    }
    assert group.permissions.filter(codename="access_admin").exists()
    assert sorted(group.page_permissions.values_list("page_id", "permission__codename")) == [
        (city.pk, "add_page"),
        (city.pk, "change_page"),
    ]
    events = list(accepted.events.values_list("action", "note"))
    assert events == [
        ("submitted", ""),
        ("accepted", ""),
        ("contributor_invited", CONTRIBUTOR_EMAIL),
    ]


def test_the_invitation_in_danish_leads_to_setting_a_password(accepted, client):
    message = invitation()
    assert message.subject == interface_text(
        "da", "You are invited to complete the page of %(city)s", city="Aarhus Kommune"
    )
    assert f"http://localhost{edit_url(accepted.city_page)}" in message.body
    (link,) = re.findall(r"http://localhost(/admin/password_reset/confirm/\S+/)", message.body)

    form = client.get(link, follow=True)
    assert form.status_code == 200
    set_password_url = form.redirect_chain[-1][0]
    done = client.post(
        set_password_url,
        {"new_password1": "Fjernvarme-2030!", "new_password2": "Fjernvarme-2030!"},
    )

    assert done.status_code == 302
    contributor = get_user_model().objects.get(pk=accepted.contributor.pk)
    assert contributor.check_password("Fjernvarme-2030!")
    assert Client().login(username=CONTRIBUTOR_EMAIL, password="Fjernvarme-2030!")
    # The link works once.
    assert client.get(link).context["validlink"] is False


def test_a_new_contributor_sees_the_admin_in_their_language_where_wagtail_speaks_it(
    coordinator,
):
    spanish = make_application("Ayuntamiento de Huesca", "ES", language="es", email="l@h.example")
    danish = make_application("Vejle Kommune", "DK", language="da", email="a@v.example")

    for application, email in ((spanish, "l@h.example"), (danish, "a@v.example")):
        accept_with_contributor(coordinator, application, email=email)

    profiles = {
        user.email: UserProfile.get_for_user(user).preferred_language
        for user in get_user_model().objects.filter(email__in=["l@h.example", "a@v.example"])
    }
    # Wagtail's admin has no Danish: the Danish contributor gets the default.
    assert profiles == {"l@h.example": "es", "a@v.example": ""}


def test_an_existing_user_is_added_to_the_group_instead_of_a_new_account(
    moderator_dk, make_network_user
):
    known = make_network_user("mette", "Denmark editors")
    known.email = "Mette@Aarhus.example"
    known.save()
    users_before = get_user_model().objects.count()

    accepted = accept_with_contributor(
        moderator_dk, make_application("Aarhus Kommune", "DK"), email="mette@aarhus.example"
    )

    assert accepted.contributor == known
    assert get_user_model().objects.count() == users_before
    assert known.groups.filter(name__startswith=GROUP_PREFIX).count() == 1
    message = invitation("Mette@Aarhus.example")
    # They already have a password: no link to set one.
    assert "password_reset" not in message.body
    assert edit_url(accepted.city_page) in message.body


def test_accepting_without_a_contributor_invites_nobody(client, moderator_dk):
    application = make_application("Aarhus Kommune", "DK")
    users_before = get_user_model().objects.count()

    client.force_login(moderator_dk)
    client.post(
        reverse("membership_applications:accept", args=[application.pk]),
        {"note": "", "contributor_email": application.email},
    )

    application.refresh_from_db()
    assert application.city_page is not None and application.contributor is None
    assert get_user_model().objects.count() == users_before
    assert not Group.objects.filter(name__startswith=GROUP_PREFIX).exists()
    # Only the decision goes out, to the applicant; no invitation.
    assert [message.to for message in mail.outbox] == [[application.email]]


def test_a_contributor_needs_an_address(client, moderator_dk):
    application = make_application("Aarhus Kommune", "DK")
    client.force_login(moderator_dk)

    response = client.post(
        reverse("membership_applications:accept", args=[application.pk]),
        {"note": "", "invite_contributor": "on", "contributor_email": ""},
    )

    assert response.status_code == 400
    assert "Enter the e-mail address of the contributor to invite." in response.content.decode()
    application.refresh_from_db()
    assert application.is_pending and application.city_page is None


def test_the_accept_form_offers_the_applicants_address(client, moderator_dk):
    application = make_application("Aarhus Kommune", "DK")
    client.force_login(moderator_dk)

    html = client.get(reverse("membership_applications:accept", args=[application.pk])).content

    assert b'value="mette.holm@aarhus.example"' in html


# What a contributor may do ---------------------------------------------------------------


def test_a_contributor_edits_their_city_and_adds_under_it_but_publishes_nothing(
    accepted, contributor, other_city
):
    city = accepted.city_page
    danish_home = national_home("dk")
    english_home = national_home("dk", "en")

    own = city.permissions_for_user(contributor)
    assert own.can_edit()
    assert own.can_add_subpage()
    assert not own.can_publish()
    assert not own.can_publish_subpage()
    assert not own.can_unpublish()
    for page in (other_city, danish_home, english_home):
        permissions = page.permissions_for_user(contributor)
        assert not permissions.can_edit(), page.title
        assert not permissions.can_add_subpage(), page.title

    browser = client_for(contributor)
    assert browser.get(edit_url(city)).status_code == 200
    assert browser.get(add_solution_url(city)).status_code == 200
    for page in (other_city, danish_home):
        assert admin_refusal(browser.get(edit_url(page))), page.title
        assert admin_refusal(browser.post(edit_url(page), edit_form_data(page))), page.title


def test_a_contributor_saves_a_solution_under_their_city_as_a_draft(accepted, contributor, topics):
    city = accepted.city_page
    data = admin_form_data(
        add_solution_url(city),
        SolutionPage(),
        title="Overskudsvarme fra datacentret",
        slug="overskudsvarme",
        summary="Varme fra datacentret opvarmer 6 000 boliger.",
        topics=str(topics["da"]["district-heating"].pk),
    )

    response = client_for(contributor).post(add_solution_url(city), data)

    assert response.status_code == 302, describe(response)
    solution = SolutionPage.objects.get(slug="overskudsvarme")
    assert solution.get_parent().pk == city.pk
    assert not solution.live
    assert solution.locale.language_code == "da"
    assert solution.owner == contributor


def test_a_contributor_cannot_publish_through_the_editor(accepted, contributor):
    city = accepted.city_page
    data = edit_form_data(city, title="Aarhus Kommune – klimabyen")
    data["action-publish"] = "action-publish"

    client_for(contributor).post(edit_url(city), data)

    # Wagtail keeps the work as a draft, and nothing reaches visitors.
    city = fresh(city)
    assert city.draft_title == "Aarhus Kommune – klimabyen"
    assert not city.live and city.live_revision_id is None
    assert (
        Client()
        .get(city.url_path.replace("/dk/", "/da/", 1), HTTP_HOST="dk.localhost")
        .status_code
        == 404
    )


def test_a_contributors_submission_goes_to_the_danish_moderators(
    accepted, contributor, moderator_dk, make_network_user
):
    city = accepted.city_page
    data = edit_form_data(city, intro="Aarhus vil være CO2-neutral i 2030.")
    data["action-submit"] = "1"

    response = client_for(contributor).post(edit_url(city), data)

    assert response.status_code == 302, describe(response)
    city = fresh(city)
    assert city.workflow_in_progress
    state = city.current_workflow_state
    assert state.workflow.name == "Denmark moderation"
    task = state.current_task_state.task.specific
    assert list(task.groups.values_list("name", flat=True)) == ["Denmark moderators"]
    assert task.user_can_access_editor(city, moderator_dk)
    assert "approve" in [action[0] for action in task.get_actions(city, moderator_dk)]
    assert task.get_actions(city, contributor) == []
    spanish_moderator = make_network_user("moderator-es", "Spain moderators")
    assert task.get_actions(city, spanish_moderator) == []

    # The Danish moderator approves, which publishes the page.
    client_for(moderator_dk).post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[city.pk, "approve", state.current_task_state.pk],
        ),
        {"comment": ""},
    )
    assert fresh(city).live


def test_a_contributor_uploads_and_chooses_images_in_their_countrys_collection(
    accepted, contributor, moderator_dk
):
    denmark = Collection.objects.get(name="Denmark")
    moderators_photo = get_image_model().objects.create(
        title="Havnen",
        file=get_test_image_file(),
        collection=denmark,
        uploaded_by_user=moderator_dk,
    )

    for action in ("add", "choose"):
        collections = image_policy().collections_user_has_permission_for(contributor, action)
        assert list(collections) == [denmark], action
    assert image_policy().user_has_permission_for_instance(contributor, "choose", moderators_photo)
    for action in ("change", "delete"):
        assert not image_policy().user_has_permission_for_instance(
            contributor, action, moderators_photo
        ), action


def test_a_contributor_for_a_city_without_a_national_network_uses_the_shared_collection(
    coordinator,
):
    application = make_application("Ville de Lyon", "FR", language="en", email="lyon@example.fr")

    accepted = accept_with_contributor(coordinator, application, email="lyon@example.fr")

    collections = image_policy().collections_user_has_permission_for(accepted.contributor, "add")
    assert [collection.name for collection in collections] == ["Shared across the network"]
    state_page = Page.objects.get(pk=accepted.city_page.pk)
    assert state_page.get_workflow().name == "SmartEnCity Network moderation"
    assert invitation("lyon@example.fr").subject == (
        "You are invited to complete the page of Ville de Lyon"
    )
