"""Sending an issue never reaches the same person twice, whatever happened before."""

import datetime

from django.core import mail
from django.test import override_settings

import pytest

from bulletins.models import Delivery, Mailing, Subscriber
from bulletins.tasks import send_mailing
from tests.bulletins.factories import BulletinPageFactory
from tests.solutions.conftest import publish

pytestmark = pytest.mark.django_db

CONFIRMED = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)


def readers(count, domain="example.org"):
    return [
        Subscriber.objects.create(
            email=f"reader{n}@{domain}", language="en", lists="both", confirmed_at=CONFIRMED
        )
        for n in range(count)
    ]


@pytest.fixture
def bulletin(archives):
    return publish(BulletinPageFactory(parent=archives["bulletins"], number=1))


def new_mailing(page):
    return Mailing.objects.create(
        page=page,
        translation_key=page.translation_key,
        title=page.title,
        subscription_list="bulletins",
    )


@override_settings(BULLETINS_SEND_BATCH_SIZE=2)
def test_running_the_task_again_sends_nothing_twice(bulletin):
    readers(5)
    mailing = new_mailing(bulletin)

    send_mailing.call(mailing.pk)
    send_mailing.call(mailing.pk)

    assert sorted(m.to[0] for m in mail.outbox) == [f"reader{n}@example.org" for n in range(5)]
    mailing.refresh_from_db()
    assert (mailing.sent, mailing.skipped, mailing.failed) == (5, 5, 0)
    assert Delivery.objects.filter(sent_at__isnull=False).count() == 5


def test_a_second_mailing_of_the_same_issue_skips_who_has_it(bulletin, locales):
    readers(3)
    send_mailing.call(new_mailing(bulletin).pk)
    Subscriber.objects.create(
        email="late@example.org", language="en", lists="bulletins", confirmed_at=CONFIRMED
    )
    mail.outbox.clear()

    send_mailing.call(new_mailing(bulletin).pk)

    assert [m.to for m in mail.outbox] == [["late@example.org"]]


@override_settings(BULLETINS_SEND_BATCH_SIZE=2)
def test_a_run_that_stopped_half_way_is_finished_without_repeats(bulletin):
    people = readers(5)
    mailing = new_mailing(bulletin)
    # An earlier run claimed the first three, then stopped (a crash, a deploy).
    for person in people[:3]:
        Delivery.objects.create(
            translation_key=bulletin.translation_key,
            subscriber=person,
            mailing=mailing,
            page=bulletin,
            language="en",
        )

    result = send_mailing.enqueue(mailing.pk)

    assert result.return_value == {"sent": 2, "skipped": 3, "failed": 0}
    assert sorted(m.to[0] for m in mail.outbox) == ["reader3@example.org", "reader4@example.org"]


@override_settings(EMAIL_BACKEND="tests.bulletins.refusing_backend.RefusingEmailBackend")
def test_a_refused_e_mail_is_counted_and_tried_again_next_time(bulletin):
    readers(2)
    refused = readers(1, domain="refused.example")[0]
    mailing = new_mailing(bulletin)

    send_mailing.call(mailing.pk)

    mailing.refresh_from_db()
    assert (mailing.sent, mailing.failed) == (2, 1)
    assert not Delivery.objects.filter(subscriber=refused).exists()
    refused.email = "fixed@example.org"
    refused.save()
    send_mailing.call(mailing.pk)
    assert mail.outbox[-1].to == ["fixed@example.org"]
    assert len(mail.outbox) == 3


def test_unsubscribed_and_unconfirmed_people_get_nothing(bulletin):
    Subscriber.objects.create(email="new@example.org", language="en")
    Subscriber.objects.create(
        email="gone@example.org",
        language="en",
        confirmed_at=CONFIRMED,
        unsubscribed_at=CONFIRMED + datetime.timedelta(days=1),
    )

    send_mailing.call(new_mailing(bulletin).pk)

    assert mail.outbox == []


def test_an_issue_unpublished_before_the_task_ran_is_not_sent(bulletin):
    readers(1)
    mailing = new_mailing(bulletin)
    bulletin.unpublish()

    send_mailing.call(mailing.pk)

    assert mail.outbox == []
    mailing.refresh_from_db()
    assert mailing.finished_at and mailing.sent == 0
