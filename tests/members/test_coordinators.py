"""Network coordinators create member accounts in Wagtail's user admin, but never reach or
make a superuser."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

import pytest

from tests.conftest import make_user
from tests.national_sites.permission_helpers import admin_refusal, client_for, describe

pytestmark = pytest.mark.django_db

User = get_user_model()


def new_member_form(**changes):
    data = {
        "username": "planner-aarhus",
        "email": "planner@aarhus.example",
        "first_name": "Mette",
        "last_name": "Jensen",
        "password1": "a-long-member-password-3",
        "password2": "a-long-member-password-3",
        "groups": [Group.objects.get(name="Denmark network members").pk],
    }
    return {**data, **changes}


def test_a_coordinator_creates_a_member_account_in_the_user_admin(coordinator):
    client = client_for(coordinator)

    response = client.post(reverse("wagtailusers_users:add"), new_member_form())

    assert response.status_code == 302
    member = User.objects.get(username="planner-aarhus")
    assert list(member.groups.values_list("name", flat=True)) == ["Denmark network members"]
    assert not member.is_superuser


def test_a_coordinator_cannot_make_an_administrator(coordinator):
    client = client_for(coordinator)

    response = client.post(reverse("wagtailusers_users:add"), new_member_form(is_superuser="on"))

    assert admin_refusal(response), describe(response)
    assert not User.objects.filter(username="planner-aarhus").exists()


def test_a_coordinator_cannot_change_a_superuser(coordinator):
    admin = make_user("admin", superuser=True)
    client = client_for(coordinator)
    url = reverse("wagtailusers_users:edit", args=[admin.pk])

    assert admin_refusal(client.get(url))
    response = client.post(url, new_member_form(username="admin", password1="x", password2="x"))

    assert admin_refusal(response), describe(response)
    admin.refresh_from_db()
    assert admin.email == "admin@example.org"


def test_a_coordinator_cannot_promote_a_member_to_administrator(coordinator):
    member = make_user("member-dk", "Denmark network members")
    client = client_for(coordinator)

    response = client.post(
        reverse("wagtailusers_users:edit", args=[member.pk]),
        new_member_form(username="member-dk", is_superuser="on", is_active="on"),
    )

    assert admin_refusal(response), describe(response)
    member.refresh_from_db()
    assert not member.is_superuser


def test_a_coordinator_cannot_deactivate_a_superuser_in_bulk(coordinator):
    admin = make_user("admin", superuser=True)
    client = client_for(coordinator)
    url = (
        reverse("wagtail_bulk_action", args=["auth", "user", "set_active_state"])
        + f"?id={admin.pk}"
    )

    response = client.post(url, {"mark_as_active": "False"})

    assert admin_refusal(response), describe(response)
    admin.refresh_from_db()
    assert admin.is_active


def test_a_superuser_still_manages_superusers(db):
    admin = make_user("admin", superuser=True)
    response = client_for(admin).post(
        reverse("wagtailusers_users:add"), new_member_form(is_superuser="on")
    )

    assert response.status_code == 302
    assert User.objects.get(username="planner-aarhus").is_superuser
