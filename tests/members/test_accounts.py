"""Members sign in, out and choose a password on the public sites, in their language."""

import re

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

import pytest

from tests.conftest import PASSWORD
from tests.members.conftest import make_area
from tests.translations import interface_text

pytestmark = pytest.mark.django_db

LOGIN = "/da/account/login/"
HOST = "dk.localhost"


@pytest.fixture
def danish_area(network):
    return make_area(network["dk"].root_page.specific, "dk")


def sign_in(client, username, password=PASSWORD, next_url="/da/members/"):
    return client.post(
        LOGIN, {"username": username, "password": password, "next": next_url}, HTTP_HOST=HOST
    )


@pytest.mark.parametrize(
    ("host", "language"),
    [
        ("localhost", "en"),
        ("localhost", "bg"),
        ("ee.localhost", "et"),
        ("dk.localhost", "da"),
        ("dk.localhost", "en"),
        ("es.localhost", "es"),
        ("bg.localhost", "bg"),
        ("it.localhost", "it"),
    ],
)
def test_every_site_has_a_sign_in_page_in_each_of_its_languages(client, network, host, language):
    response = client.get(f"/{language}/account/login/", HTTP_HOST=host)

    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()
    assert 'name="password"' in response.content.decode()


def test_the_sign_in_page_is_not_served_in_a_language_the_site_lacks(client, network):
    assert client.get("/et/account/login/", HTTP_HOST=HOST).status_code == 404


def test_a_member_signs_in_and_goes_back_to_the_private_page(client, danish_area, members):
    refused = client.get("/da/members/minutes/", HTTP_HOST=HOST)
    assert refused["Location"] == f"{LOGIN}?next=/da/members/minutes/"
    form = client.get(refused["Location"], HTTP_HOST=HOST).content.decode()
    assert 'name="next" value="/da/members/minutes/"' in form

    response = sign_in(client, "member-dk", next_url="/da/members/minutes/")

    assert response.status_code == 302
    assert response["Location"] == "/da/members/minutes/"
    page = client.get("/da/members/minutes/", HTTP_HOST=HOST)
    assert page.status_code == 200
    assert "Minutes zqdktoken" in page.content.decode()


@pytest.mark.parametrize(
    "next_url",
    ["http://evil.example/", "//evil.example/da/members/", "https://ee.localhost/et/members/"],
)
def test_signing_in_never_leads_to_another_host(client, danish_area, members, next_url):
    response = sign_in(client, "member-dk", next_url=next_url)

    assert response.status_code == 302
    assert response["Location"] == "/da/members/"


def test_a_wrong_password_is_refused_with_a_message(client, danish_area, members):
    response = sign_in(client, "member-dk", password="wrong-password")

    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_too_many_wrong_passwords_lock_the_members_sign_in(client, danish_area, members, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "member-dk", password="wrong-password").status_code == 200
    assert sign_in(client, "member-dk", password="wrong-password").status_code == 429

    locked = sign_in(client, "member-dk")

    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session
    assert client.get("/da/members/", HTTP_HOST=HOST).status_code == 302


def test_a_member_signs_out(client, danish_area, members):
    sign_in(client, "member-dk")
    page = client.get("/da/members/", HTTP_HOST=HOST).content.decode()
    assert 'action="/da/account/logout/"' in page

    response = client.post("/da/account/logout/", HTTP_HOST=HOST)

    assert response.status_code == 302
    assert response["Location"] == "/da/"
    assert client.get("/da/members/", HTTP_HOST=HOST).status_code == 302


def reset_link():
    (message,) = mail.outbox
    match = re.search(r"http://dk\.localhost(/da/account/password/[^/\s]+/[^/\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


def choose_password(client, link, password):
    form = client.get(link, HTTP_HOST=HOST, follow=True)
    assert form.status_code == 200
    set_password_url = form.redirect_chain[-1][0]
    response = client.post(
        set_password_url,
        {"new_password1": password, "new_password2": password},
        HTTP_HOST=HOST,
    )
    assert response.status_code == 302
    assert response["Location"] == "/da/account/password/done/"


@pytest.mark.parametrize("usable_password", [True, False])
def test_a_member_chooses_a_new_password_by_email(client, danish_area, members, usable_password):
    member = members["dk"]
    if not usable_password:  # as city contributors are created
        member.set_unusable_password()
        member.save()

    response = client.post(
        "/da/account/password/", {"email": "MEMBER-dk@example.org"}, HTTP_HOST=HOST
    )

    assert response.status_code == 302
    assert response["Location"] == "/da/account/password/sent/"
    assert mail.outbox[0].to == ["member-dk@example.org"]
    choose_password(Client(), reset_link(), "a-new-long-password-7")
    assert sign_in(client, "member-dk", password="a-new-long-password-7").status_code == 302
    assert client.get("/da/members/", HTTP_HOST=HOST).status_code == 200


def test_a_used_reset_link_is_refused(client, danish_area, members):
    client.post("/da/account/password/", {"email": "member-dk@example.org"}, HTTP_HOST=HOST)
    link = reset_link()
    choose_password(Client(), link, "a-new-long-password-7")

    again = Client().get(link, HTTP_HOST=HOST, follow=True)

    expired = interface_text("da", "This link has expired or has already been used.")
    assert expired in again.content.decode()


def test_an_unknown_or_inactive_address_gets_no_email(client, danish_area, members):
    get_user_model().objects.filter(username="member-dk").update(is_active=False)

    for email in ("nobody@example.org", "member-dk@example.org"):
        response = client.post("/da/account/password/", {"email": email}, HTTP_HOST=HOST)
        assert response.status_code == 302

    assert mail.outbox == []


def test_asking_for_reset_links_too_often_is_refused(client, danish_area, members):
    for _attempt in range(5):
        client.post("/da/account/password/", {"email": "member-dk@example.org"}, HTTP_HOST=HOST)

    refused = client.post(
        "/da/account/password/", {"email": "member-dk@example.org"}, HTTP_HOST=HOST
    )

    assert refused.status_code == 429
    assert len(mail.outbox) == 5


def test_an_invalid_address_is_refused_with_a_message(client, network):
    response = client.post("/da/account/password/", {"email": "not an address"}, HTTP_HOST=HOST)

    assert response.status_code == 200
    assert 'class="errorlist"' in response.content.decode()
    assert mail.outbox == []
