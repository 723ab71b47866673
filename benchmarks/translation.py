"""The translation timing of the benchmark, measured in the process of benchmarks/pages.py."""

import time

from django.db import connection
from django.test import Client


def measure_translation(blocks=40):
    """Queries and milliseconds of submitting a long page into the five other languages
    through the admin's form, and of syncing and publishing it after a change.

    Runs in a transaction that is rolled back, so the benchmark's database is left as it was.
    """
    from django.contrib.auth import get_user_model
    from django.db import transaction
    from django.test import TestCase
    from django.urls import reverse

    from wagtail.models import Locale, Site
    from wagtail.rich_text import RichText
    from wagtail_localize.models import TranslationSource

    from home.models import StandardPage
    from tests.translation_workflow.content import long_body

    client = Client()

    def post(url, data):
        executed = []

        def count(execute, sql, params, many, context):
            executed.append(sql)
            return execute(sql, params, many, context)

        start = time.perf_counter()
        # wagtail-localize publishes translations when the transaction commits.
        with connection.execute_wrapper(count), TestCase.captureOnCommitCallbacks(execute=True):
            response = client.post(url, data, HTTP_HOST="localhost")
        assert response.status_code == 302, f"{url}: {response.status_code}"
        return (time.perf_counter() - start) * 1000, len(executed)

    with transaction.atomic():
        client.force_login(get_user_model().objects.create_superuser("bench-translator"))
        page = Site.objects.get(is_default_site=True).root_page.add_child(
            instance=StandardPage(title="Benchmark page", slug="benchmark-translation")
        )
        page.body = long_body(blocks)
        page.save_revision().publish()
        others = Locale.objects.exclude(pk=page.locale_id)
        label = f"translate {blocks}x{others.count()}"
        submit_ms, submit_queries = post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [locale.pk for locale in others]},
        )
        page.body.append(("paragraph", RichText("<p>A result measured later.</p>")))
        page.save_revision().publish()
        source = TranslationSource.objects.get(object_id=page.translation_key)
        sync_ms, sync_queries = post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
        )
        transaction.set_rollback(True)
    return {
        f"{label} submit queries": submit_queries,
        f"{label} submit ms": submit_ms,
        f"{label} sync queries": sync_queries,
        f"{label} sync ms": sync_ms,
    }
