"""A visitor's subscription, from the form to the last e-mail, through mail.outbox."""

import time
from unittest import mock

from django.core import mail, signing
from django.test import override_settings

import pytest

from bulletins.models import Delivery, Subscriber
from national_sites.translation import translate
from tests.bulletins.conftest import links_in
from tests.bulletins.factories import BulletinPageFactory, NewsletterPageFactory
from tests.solutions.conftest import publish
from tests.translations import interface_text

pytestmark = pytest.mark.django_db


def subscribe(client, email, language="en", lists="both", prefix="en", **extra):
    data = {"email": email, "language": language, "lists": lists, "website": "", **extra}
    return client.post(f"/{prefix}/subscribe/", data, HTTP_HOST="localhost")


def confirm_from(message, client):
    """Open the confirmation link of an e-mail, as the reader would."""
    confirm_path = next(path for path in links_in(message) if "/subscribe/confirm/" in path)
    return client.get(confirm_path, HTTP_HOST="localhost")


def unsubscribe_path(message):
    return next(path for path in links_in(message) if "/unsubscribe/" in path)


def signed_ago(days, minutes=0):
    """Sign links as if it were `days` ago: the clock the signatures' timestamps read."""
    then = time.time() - days * 86400 - minutes * 60
    return mock.patch("django.core.signing.time.time", return_value=then)


def send(client, coordinator, page):
    client.force_login(coordinator)
    response = client.post(f"/admin/bulletins/send/{page.pk}/", HTTP_HOST="localhost")
    client.logout()
    assert response.status_code == 302
    return response


def language_of_path(path):
    return path.split("/")[1]


def test_the_whole_lifecycle(client, archives, locales, coordinator):
    translated = publish(
        BulletinPageFactory(parent=archives["bulletins"], number=7, title="Heat from the sea")
    )
    translate(
        translated,
        locales["da"],
        {"Heat from the sea": "Varme fra havet", "What bulletin 7 is about.": "Om nummer 7."},
    )
    english_only = publish(
        BulletinPageFactory(parent=archives["bulletins"], number=8, title="Only in English")
    )

    # A Danish reader subscribes from the Danish form, an Estonian one from the English.
    response = subscribe(client, "Lise@Example.org", language="da", prefix="da")
    assert response.status_code == 302 and response["Location"] == "/da/subscribe/sent/"
    assert (
        "Check your inbox"
        in client.get("/en/subscribe/sent/", HTTP_HOST="localhost").content.decode()
    )
    subscribe(client, "kadri@example.ee", language="et", lists="bulletins")
    assert not Subscriber.objects.exists()  # nothing is kept before a confirmation

    danish_confirmation, estonian_confirmation = mail.outbox
    assert danish_confirmation.to == ["lise@example.org"]
    assert danish_confirmation.alternatives[0].mimetype == "text/html"
    assert "/da/subscribe/confirm/" in danish_confirmation.body
    for message in (danish_confirmation, estonian_confirmation):
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert message.extra_headers["List-Unsubscribe"].startswith("<http://localhost/")

    confirmed = confirm_from(danish_confirmation, client)
    assert confirmed.status_code == 200
    assert interface_text("da", "Your subscription is confirmed") in confirmed.content.decode()
    confirm_from(estonian_confirmation, client)
    lise = Subscriber.objects.get(email="lise@example.org")
    assert (lise.language, lise.lists, lise.is_active) == ("da", "both", True)

    mail.outbox.clear()
    send(client, coordinator, translated)
    send(client, coordinator, english_only)

    by_reader = {}
    for message in mail.outbox:
        by_reader.setdefault(message.to[0], []).append(message)
    danish_issue, danish_english_only = by_reader["lise@example.org"]
    estonian_issue, estonian_english_only = by_reader["kadri@example.ee"]
    assert danish_issue.subject == "Bulletin 7: Varme fra havet"
    assert "Om nummer 7." in danish_issue.body
    assert "http://localhost/da/bulletins/bulletin-7/" in danish_issue.body
    # The Estonian translation does not exist: the English issue, linked on the English site.
    assert "Only in English" in estonian_english_only.subject
    assert "http://localhost/en/bulletins/bulletin-8/" in estonian_english_only.body
    assert "Heat from the sea" in estonian_issue.subject
    assert "Only in English" in danish_english_only.subject
    for message in mail.outbox:
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        link = message.extra_headers["List-Unsubscribe"].strip("<>")
        assert link == "http://localhost" + unsubscribe_path(message)
        html = message.alternatives[0].content
        assert link in html
    assert Delivery.objects.filter(language="da").count() == 1

    # The Danish reader unsubscribes from the mail program in one click (RFC 8058).
    lise_link = unsubscribe_path(danish_issue)
    one_click = client.post(lise_link, {"List-Unsubscribe": "One-Click"}, HTTP_HOST="localhost")
    assert one_click.status_code == 200
    assert interface_text(language_of_path(lise_link), "You are unsubscribed") in (
        one_click.content.decode()
    )
    # The Estonian reader opens the link, sees a confirmation page, then presses the button.
    kadri_link = unsubscribe_path(estonian_issue)
    asked = client.get(kadri_link, HTTP_HOST="localhost")
    assert interface_text(language_of_path(kadri_link), "Yes, unsubscribe") in (
        asked.content.decode()
    )
    assert Subscriber.objects.get(email="kadri@example.ee").is_active
    client.post(kadri_link, HTTP_HOST="localhost")
    assert not Subscriber.objects.filter(unsubscribed_at__isnull=True).exists()

    mail.outbox.clear()
    newer = publish(BulletinPageFactory(parent=archives["bulletins"], number=9))
    send(client, coordinator, newer)
    assert mail.outbox == []


def test_a_newsletter_goes_to_newsletter_readers_only(client, archives, coordinator):
    newsletter = publish(NewsletterPageFactory(parent=archives["newsletters"], title="Winter"))
    subscribe(client, "both@example.org", lists="both")
    subscribe(client, "news@example.org", lists="newsletters")
    subscribe(client, "bulletins@example.org", lists="bulletins")
    for message in list(mail.outbox):
        confirm_from(message, client)
    mail.outbox.clear()

    send(client, coordinator, newsletter)

    assert sorted(m.to[0] for m in mail.outbox) == ["both@example.org", "news@example.org"]
    assert mail.outbox[0].subject == "Winter"


def test_subscribing_twice_keeps_one_subscriber_and_says_the_same(client, archives):
    first = subscribe(client, "twice@example.org", language="en", lists="bulletins")
    confirm_from(mail.outbox[0], client)
    second = subscribe(client, "TWICE@example.org", language="it", lists="newsletters")
    unknown = subscribe(client, "new@example.org")

    # The same answer whether the address is confirmed already or unknown.
    assert first["Location"] == second["Location"] == unknown["Location"]
    assert Subscriber.objects.filter(email="twice@example.org").count() == 1
    # The stored choices change only when the new link is opened.
    assert Subscriber.objects.get(email="twice@example.org").lists == "bulletins"
    confirm_from(mail.outbox[1], client)
    subscriber = Subscriber.objects.get(email="twice@example.org")
    assert (subscriber.language, subscriber.lists) == ("it", "newsletters")
    assert Subscriber.objects.filter(email__iexact="twice@example.org").count() == 1
    assert mail.outbox[1].body != mail.outbox[0].body  # each link carries its own choices


@pytest.mark.parametrize("address", ["not-an-address", "name@", "@example.org", "a b@example.org"])
def test_a_malformed_address_gets_a_clear_error_in_the_visitors_language(
    client, archives, address
):
    response = subscribe(client, address)

    assert response.status_code == 200
    assert "Enter a valid e-mail address, such as name@example.org." in response.content.decode()
    assert 'aria-invalid="true"' in response.content.decode()
    assert not mail.outbox


def test_an_empty_form_asks_for_the_address(client, archives):
    response = client.post("/en/subscribe/", {}, HTTP_HOST="localhost")

    assert "Enter your e-mail address." in response.content.decode()
    assert not mail.outbox


def test_the_subscribe_page_offers_the_visitors_language(client, archives):
    html = client.get("/it/subscribe/", HTTP_HOST="localhost").content.decode()

    assert '<option value="it" selected>Italiano</option>' in html
    assert 'class="subscribe-form__trap" aria-hidden="true"' in html
    assert 'name="website" tabindex="-1"' in html


def test_a_filled_honeypot_sends_nothing_but_answers_the_same(client, archives):
    trapped = subscribe(client, "robot@example.org", website="https://spam.example")
    human = subscribe(client, "person@example.org")

    assert trapped["Location"] == human["Location"]
    assert [message.to for message in mail.outbox] == [["person@example.org"]]


@override_settings(BULLETINS_SUBSCRIBE_RATE_LIMIT=5, BULLETINS_SUBSCRIBE_RATE_WINDOW=600)
def test_the_sixth_attempt_in_ten_minutes_is_refused(client, archives):
    answers = [subscribe(client, f"p{n}@example.org").status_code for n in range(6)]
    other = client.post(
        "/en/subscribe/",
        {"email": "other@example.org", "language": "en", "lists": "both"},
        HTTP_HOST="localhost",
        REMOTE_ADDR="10.0.0.2",
    )

    assert answers == [302] * 5 + [429]
    assert other.status_code == 302  # another address is not held back
    assert len(mail.outbox) == 6
    refused = subscribe(client, "p7@example.org")
    assert refused.status_code == 429
    assert "Too many attempts" in refused.content.decode()
    assert "try again in 10 minutes" in refused.content.decode()


UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2},
    }
}


def test_subscribing_still_works_while_the_cache_is_down(client, archives):
    with override_settings(CACHES=UNREACHABLE_REDIS):
        answers = [subscribe(client, f"down{n}@example.org").status_code for n in range(2)]

    assert answers == [302, 302]
    assert [message.to for message in mail.outbox] == [
        ["down0@example.org"],
        ["down1@example.org"],
    ]


@override_settings(BULLETINS_CONFIRM_MAX_AGE=3 * 24 * 3600)
def test_an_expired_confirmation_link_gets_a_clear_page(client, archives):
    with signed_ago(days=3, minutes=1):
        subscribe(client, "late@example.org")
    response = confirm_from(mail.outbox[0], client)

    assert response.status_code == 400
    assert "The link has expired." in response.content.decode()
    assert not Subscriber.objects.exists()


def test_forged_links_get_a_clear_page(client, archives):
    subscribe(client, "real@example.org")
    confirm_link = next(p for p in links_in(mail.outbox[0]) if "/confirm/" in p)
    forged_token = signing.dumps(
        {"e": "victim@example.org", "l": "en", "s": "both"}, salt="another-salt"
    )

    for path in (
        confirm_link[:-3] + "xx/",
        f"/en/subscribe/confirm/{forged_token}/",
        "/en/subscribe/confirm/nonsense/",
        f"/en/unsubscribe/{forged_token}/",
        "/en/unsubscribe/nonsense/",
    ):
        response = client.get(path, HTTP_HOST="localhost")
        assert response.status_code == 400, path
        assert "The link is incomplete or has been changed." in response.content.decode()
    response = client.post("/en/unsubscribe/nonsense/", HTTP_HOST="localhost")
    assert response.status_code == 400
    assert not Subscriber.objects.exists()


@override_settings(BULLETINS_UNSUBSCRIBE_MAX_AGE=30 * 24 * 3600)
def test_an_expired_unsubscribe_link_gets_a_clear_page(client, archives):
    with signed_ago(days=31):
        subscribe(client, "old@example.org")
    subscribe(client, "old@example.org")
    confirm_from(mail.outbox[1], client)  # a fresh confirmation link

    response = client.post(unsubscribe_path(mail.outbox[0]), HTTP_HOST="localhost")

    assert response.status_code == 400
    assert "The link has expired." in response.content.decode()
    assert Subscriber.objects.get().is_active
