"""Editors in the admin: the number's form error, sending an issue, and who may send."""

import datetime

from django.core import mail

from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest

from bulletins.models import BulletinPage, Mailing, Subscriber
from tests.bulletins.factories import BulletinPageFactory
from tests.solutions.conftest import publish

pytestmark = pytest.mark.django_db


def bulletin_form(number, title="Bulletin in the admin", slug="bulletin-in-the-admin"):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "number": number,
            "issue_date": "2026-05-20",
            "summary": "What this issue is about.",
            "pdf": "",
            "body": streamfield([]),
            "action-publish": "action-publish",
        }
    )


def test_a_coordinator_sees_a_clear_error_when_a_number_is_taken(client, archives, coordinator):
    publish(BulletinPageFactory(parent=archives["bulletins"], number=5, title="Number five"))
    edited = publish(BulletinPageFactory(parent=archives["bulletins"], number=6))
    client.force_login(coordinator)

    response = client.post(
        f"/admin/pages/{edited.pk}/edit/",
        bulletin_form(5, title=edited.title, slug=edited.slug),
        HTTP_HOST="localhost",
    )

    assert response.status_code == 200  # the form again
    errors = response.context["form"].errors
    assert errors["number"] == [
        "Bulletin number 5 is already used by “Number five”. Choose another number."
    ]
    assert "Bulletin number 5 is already used" in response.content.decode()
    edited.refresh_from_db()
    assert edited.number == 6


def test_a_coordinator_creates_a_bulletin_with_a_free_number(client, archives, coordinator):
    publish(BulletinPageFactory(parent=archives["bulletins"], number=5))
    client.force_login(coordinator)

    response = client.post(
        f"/admin/pages/add/bulletins/bulletinpage/{archives['bulletins'].pk}/",
        bulletin_form(6),
        HTTP_HOST="localhost",
    )

    assert response.status_code == 302
    assert BulletinPage.objects.get(slug="bulletin-in-the-admin").live


def subscribe(email, language, lists="both"):
    return Subscriber.objects.create(
        email=email,
        language=language,
        lists=lists,
        confirmed_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC),
    )


def test_a_coordinator_confirms_the_count_then_sends(client, archives, coordinator):
    bulletin = publish(BulletinPageFactory(parent=archives["bulletins"], number=1))
    subscribe("a@example.org", "en")
    subscribe("b@example.org", "da", lists="bulletins")
    subscribe("c@example.org", "en", lists="newsletters")  # not this list
    Subscriber.objects.create(email="d@example.org", language="en")  # not confirmed
    client.force_login(coordinator)

    page = client.get(f"/admin/pages/{bulletin.pk}/edit/", HTTP_HOST="localhost")
    assert f'href="/admin/bulletins/send/{bulletin.pk}/"' in page.content.decode()
    confirm = client.get(f"/admin/bulletins/send/{bulletin.pk}/", HTTP_HOST="localhost")
    assert "to 2 confirmed subscribers?" in confirm.content.decode()
    assert not mail.outbox

    sent = client.post(f"/admin/bulletins/send/{bulletin.pk}/", HTTP_HOST="localhost")

    assert sent.status_code == 302
    assert sorted(message.to[0] for message in mail.outbox) == ["a@example.org", "b@example.org"]
    mailing = Mailing.objects.get()
    assert (mailing.recipients, mailing.sent, mailing.skipped, mailing.failed) == (2, 2, 0, 0)
    assert mailing.started_by == coordinator and mailing.finished_at
    listing = client.get("/admin/bulletins_mailing/", HTTP_HOST="localhost").content.decode()
    assert "Bulletin 1" in listing
    assert "/admin/bulletins_mailing/edit/" not in listing
    assert "/admin/bulletins_mailing/new/" not in listing
    refused = client.get(f"/admin/bulletins_mailing/edit/{mailing.pk}/", HTTP_HOST="localhost")
    assert refused.status_code in (302, 403)


def test_an_unpublished_issue_is_refused(client, archives, coordinator):
    draft = BulletinPageFactory(parent=archives["bulletins"], number=1, live=False)
    subscribe("a@example.org", "en")
    client.force_login(coordinator)

    response = client.post(f"/admin/bulletins/send/{draft.pk}/", HTTP_HOST="localhost")

    assert response.status_code == 400
    assert "This page is not published" in response.content.decode()
    assert not mail.outbox and not Mailing.objects.exists()


def test_a_national_editor_may_not_send(client, archives, editor_dk, moderator_dk):
    bulletin = publish(BulletinPageFactory(parent=archives["bulletins"], number=1))
    subscribe("a@example.org", "en")
    for user in (editor_dk, moderator_dk):
        client.force_login(user)
        for method in (client.get, client.post):
            response = method(f"/admin/bulletins/send/{bulletin.pk}/", HTTP_HOST="localhost")
            # Wagtail's answer to PermissionDenied: back to the dashboard with a message.
            assert (response.status_code, response["Location"]) == (302, "/admin/"), user
        dashboard = client.get("/admin/", HTTP_HOST="localhost")
        assert "you do not have permission" in dashboard.content.decode()
    assert not mail.outbox and not Mailing.objects.exists()


def test_a_page_that_is_not_an_issue_cannot_be_sent(client, archives, coordinator):
    client.force_login(coordinator)

    response = client.get(
        f"/admin/bulletins/send/{archives['bulletins'].pk}/", HTTP_HOST="localhost"
    )

    assert response.status_code == 404


def test_the_archive_listing_offers_sending_for_published_issues_only(
    client, archives, coordinator
):
    published = publish(BulletinPageFactory(parent=archives["bulletins"], number=1))
    draft = BulletinPageFactory(parent=archives["bulletins"], number=2, live=False)
    client.force_login(coordinator)

    listing = client.get(f"/admin/pages/{archives['bulletins'].pk}/", HTTP_HOST="localhost")

    html = listing.content.decode()
    assert listing.status_code == 200
    assert f'href="/admin/bulletins/send/{published.pk}/"' in html
    assert f'href="/admin/bulletins/send/{draft.pk}/"' not in html
