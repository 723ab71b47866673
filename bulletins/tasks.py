"""Sending an issue to its subscribers, in batches, never twice to the same person."""

import logging

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from wagtail.models import Page

from django_tasks import task

from bulletins.mail import issue_message
from bulletins.models import Delivery, Mailing, Subscriber
from home.locales import language_of

logger = logging.getLogger(__name__)


def live_translations(mailing):
    """The issue's live pages by language, and the page sent where a language has none."""
    pages = Page.objects.live().filter(translation_key=mailing.translation_key).specific()
    by_language = {language_of(page.locale_id): page for page in pages}
    fallback = by_language.get(settings.LANGUAGE_CODE)
    if fallback is None and mailing.page_id:
        fallback = next((p for p in by_language.values() if p.pk == mailing.page_id), None)
    return by_language, fallback


def claim(mailing, subscriber, page, language):
    """Record the delivery before sending: if it exists, this person already has the issue."""
    with transaction.atomic():
        _delivery, created = Delivery.objects.get_or_create(
            translation_key=mailing.translation_key,
            subscriber=subscriber,
            defaults={"mailing": mailing, "page": page, "language": language},
        )
    return created


@task()
def send_mailing(mailing_id):
    """Send the mailing's issue to every confirmed subscriber of its list.

    Each delivery is claimed (a row under a unique constraint) before its e-mail goes out,
    so running this again, after a crash or by mistake, sends only to those not yet
    claimed. A failed e-mail gives its claim back, so a later run can try again.
    """
    mailing = Mailing.objects.get(pk=mailing_id)
    by_language, fallback = live_translations(mailing)
    if fallback is None:
        logger.warning("Mailing %s: the issue is no longer live; nothing sent.", mailing_id)
        Mailing.objects.filter(pk=mailing_id).update(finished_at=timezone.now())
        return {"sent": 0, "skipped": 0, "failed": 0}

    subscribers = Subscriber.objects.receiving(mailing.subscription_list).order_by("pk")
    batch_size = settings.BULLETINS_SEND_BATCH_SIZE
    totals = {"sent": 0, "skipped": 0, "failed": 0}
    last_pk = 0
    while True:
        batch = list(subscribers.filter(pk__gt=last_pk)[:batch_size])
        if not batch:
            break
        last_pk = batch[-1].pk
        counts = send_batch(mailing, batch, by_language, fallback)
        Mailing.objects.filter(pk=mailing_id).update(
            **{name: F(name) + count for name, count in counts.items()}
        )
        for name, count in counts.items():
            totals[name] += count
    Mailing.objects.filter(pk=mailing_id).update(finished_at=timezone.now())
    return totals


def send_batch(mailing, batch, by_language, fallback):
    counts = {"sent": 0, "skipped": 0, "failed": 0}
    connection = get_connection()
    with connection:
        for subscriber in batch:
            page = by_language.get(subscriber.language, fallback)
            language = language_of(page.locale_id)
            if not claim(mailing, subscriber, page, language):
                counts["skipped"] += 1
                continue
            message = issue_message(page, subscriber)
            message.connection = connection
            try:
                message.send()
            except Exception:
                logger.exception(
                    "Mailing %s: could not send to subscriber %s.", mailing.pk, subscriber.pk
                )
                Delivery.objects.filter(
                    translation_key=mailing.translation_key, subscriber=subscriber
                ).delete()
                counts["failed"] += 1
                continue
            Delivery.objects.filter(
                translation_key=mailing.translation_key, subscriber=subscriber
            ).update(sent_at=timezone.now())
            counts["sent"] += 1
    return counts
