"""Failed sign-ins are limited per account and address, and per address; the lockout is a
page that says what to do, and a coordinator (or `manage.py axes_reset`) clears it."""

from django.contrib.auth import authenticate
from django.core.management import call_command
from django.test import Client, RequestFactory, override_settings
from django.urls import reverse

import pytest
from axes.exceptions import AxesBackendRequestParameterRequired
from axes.models import AccessAttempt

from security.logins import client_ip_address
from smartencity.settings import base
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

LOGIN_URL = "/admin/login/"
LOCKOUTS_URL = "/admin/sign-in-lockouts/"
OFFICE = "192.0.2.10"
ELSEWHERE = "198.51.100.7"


def sign_in(username, password, address=OFFICE):
    client = Client(REMOTE_ADDR=address)
    response = client.post(
        LOGIN_URL, {"username": username, "password": password, "next": "/admin/"}
    )
    return client, response


def signed_in(client):
    return "_auth_user_id" in client.session


def fail(username, times, address=OFFICE):
    for _attempt in range(times):
        sign_in(username, "not-the-password", address)


def test_wrong_passwords_below_the_limit_only_show_the_form_again(editor_dk, settings):
    fail(editor_dk.username, settings.AXES_FAILURE_LIMIT - 2)

    _client, response = sign_in(editor_dk.username, "still-wrong")

    assert response.status_code == 200
    assert b'name="password"' in response.content


def test_the_last_allowed_failure_locks_the_account_on_that_address(editor_dk, settings):
    fail(editor_dk.username, settings.AXES_FAILURE_LIMIT - 1)

    _client, response = sign_in(editor_dk.username, "not-the-password")

    assert response.status_code == 429
    assert response["Content-Type"].startswith("text/html")
    text = response.content.decode()
    assert "Too many failed sign-ins" in text
    assert f"Try again in {settings.AXES_COOLOFF_TIME * 60:.0f} minutes" in text
    assert "ask a network coordinator to clear the lockout" in text
    assert "Traceback" not in text


def test_a_locked_account_cannot_sign_in_even_with_its_password(editor_dk, settings):
    fail(editor_dk.username, settings.AXES_FAILURE_LIMIT)

    client, response = sign_in(editor_dk.username, PASSWORD)

    assert response.status_code == 429
    assert not signed_in(client)


def test_a_stranger_guessing_does_not_lock_the_editor_out_of_their_own_address(
    editor_dk, settings
):
    fail(editor_dk.username, settings.AXES_FAILURE_LIMIT, address=ELSEWHERE)

    client, response = sign_in(editor_dk.username, PASSWORD, address=OFFICE)

    assert response.status_code == 302
    assert signed_in(client)


def test_one_address_guessing_many_accounts_is_locked_for_every_account(
    editor_dk, make_network_user, settings
):
    per_account = settings.AXES_FAILURE_LIMIT - 1
    accounts = -(-settings.AXES_IP_FAILURE_LIMIT // per_account)
    for number in range(accounts):
        fail(f"guess-{number}", per_account)

    locked_client, locked = sign_in(editor_dk.username, PASSWORD)
    free_client, free = sign_in(editor_dk.username, PASSWORD, address=ELSEWHERE)

    assert locked.status_code == 429
    assert not signed_in(locked_client)
    assert free.status_code == 302
    assert signed_in(free_client)


def test_a_successful_sign_in_starts_the_count_again(editor_dk, settings):
    fail(editor_dk.username, settings.AXES_FAILURE_LIMIT - 1)
    sign_in(editor_dk.username, PASSWORD)
    fail(editor_dk.username, settings.AXES_FAILURE_LIMIT - 1)

    client, response = sign_in(editor_dk.username, PASSWORD)

    assert response.status_code == 302
    assert signed_in(client)


@pytest.mark.parametrize("login_url", [LOGIN_URL, "/en/account/login/"])
def test_a_name_longer_than_any_account_is_an_ordinary_failure(network, login_url):
    # Django's sign-in form leaves the name's length unchecked, and axes keeps 255 characters.
    name = "x" * 300
    client = Client(REMOTE_ADDR=OFFICE)

    response = client.post(login_url, {"username": name, "password": "guess"})

    assert response.status_code == 200
    assert b'name="password"' in response.content
    assert not signed_in(client)
    # The admin's form refuses the name before trying it; the members' form tries it, and
    # axes records the failure under the name cut to its column.
    assert all(attempt.username == name[:255] for attempt in AccessAttempt.objects.all())
    if login_url != LOGIN_URL:
        assert AccessAttempt.objects.get(ip_address=OFFICE).failures_since_start == 1


def test_a_coordinator_sees_the_lockout_and_clears_it(editor_dk, coordinator, settings):
    fail(editor_dk.username, settings.AXES_FAILURE_LIMIT)
    admin = Client()
    admin.force_login(coordinator)

    listing = admin.get(LOCKOUTS_URL)
    cleared = admin.post(LOCKOUTS_URL, {"ip_address": OFFICE}, follow=True)
    client, response = sign_in(editor_dk.username, PASSWORD)

    assert listing.status_code == 200
    assert OFFICE in listing.content.decode()
    assert f"Locked: {editor_dk.username}" in listing.content.decode()
    assert f"Failed sign-ins from {OFFICE} cleared." in cleared.content.decode()
    assert not AccessAttempt.objects.exists()
    assert response.status_code == 302
    assert signed_in(client)


def test_the_lockouts_are_under_settings_for_coordinators_only(editor_dk, coordinator):
    menu_item = LOCKOUTS_URL.encode()
    coordinator_client, editor_client = Client(), Client()
    coordinator_client.force_login(coordinator)
    editor_client.force_login(editor_dk)

    assert menu_item in coordinator_client.get(reverse("wagtailadmin_home")).content
    assert menu_item not in editor_client.get(reverse("wagtailadmin_home")).content


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_national_editor_can_neither_see_nor_clear_lockouts(
    editor_dk, make_network_user, settings, method
):
    fail(editor_dk.username, settings.AXES_FAILURE_LIMIT)
    colleague = make_network_user("editor-dk-2", "Denmark editors")
    client = Client()
    client.force_login(colleague)

    response = getattr(client, method)(LOCKOUTS_URL, {"ip_address": OFFICE})

    assert response.status_code in {302, 403}
    assert OFFICE not in response.content.decode()
    assert AccessAttempt.objects.filter(ip_address=OFFICE).exists()


def test_manage_py_axes_reset_clears_every_lockout(editor_dk, settings):
    fail(editor_dk.username, settings.AXES_FAILURE_LIMIT)

    call_command("axes_reset", stdout=None)
    client, response = sign_in(editor_dk.username, PASSWORD)

    assert response.status_code == 302
    assert signed_in(client)


def test_outside_the_tests_a_sign_in_without_a_request_is_refused(editor_dk):
    """The test settings let Django's test client sign in without a request; the real
    settings never do, so no code path can sign in around the limit."""
    with (
        override_settings(AUTHENTICATION_BACKENDS=base.AUTHENTICATION_BACKENDS),
        pytest.raises(AxesBackendRequestParameterRequired),
    ):
        authenticate(username=editor_dk.username, password=PASSWORD)


@pytest.mark.parametrize(
    ("proxies", "forwarded_for", "expected"),
    [
        (0, "", OFFICE),
        # Without proxies of our own, the header is the visitor's to forge.
        (0, ELSEWHERE, OFFICE),
        (1, ELSEWHERE, ELSEWHERE),
        # A forged address before the one our proxy appended is ignored.
        (1, f"203.0.113.66, {ELSEWHERE}", ELSEWHERE),
        (2, f"203.0.113.66, {ELSEWHERE}, 10.0.0.5", ELSEWHERE),
        # A header shorter than our chain of proxies did not come through them.
        (2, ELSEWHERE, OFFICE),
    ],
)
def test_the_address_counted_is_the_one_our_proxies_saw(
    settings, proxies, forwarded_for, expected
):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().get("/", REMOTE_ADDR=OFFICE, HTTP_X_FORWARDED_FOR=forwarded_for)

    assert client_ip_address(request) == expected
