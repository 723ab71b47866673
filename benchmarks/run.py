"""The benchmark: query counts, server time and size of the network map, and search, at scale.

Run with `make bench`. It builds its own database (BENCH_DATABASE_URL, default a SQLite
file next to this script) with `load_demo_content --scale N` once, then measures warm
requests through Django's test client, which is the server's own time without the network.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "smartencity.settings.dev")
os.environ.setdefault(
    "DATABASE_URL",
    os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{ROOT / 'benchmarks' / 'bench.sqlite3'}"),
)

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

# Measure as production runs: without DEBUG's query log (the counts below do not need it).
settings.DEBUG = False

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from solutions.models import CityPage, SolutionPage  # noqa: E402
from solutions.network_data import forget_network  # noqa: E402

BUDGETS = {
    "GeoJSON cold queries": 3,
    "GeoJSON cold ms": 100,
    "GeoJSON KB": 250,
    "map page cold queries": 12,
    "filtered map page cold queries": 12,
    "search queries": 12,
    "search slowest ms": 200,
}

# One search per site in its own language, with words the demo content uses.
SEARCHES = [
    ("localhost", "/en/search/?q=district+heating"),
    ("localhost", "/en/search/?q=cities+energy+planning"),
    ("ee.localhost", "/et/search/?q=energia"),
    ("dk.localhost", "/da/search/?q=fjernvarme+byer"),
    ("es.localhost", "/es/search/?q=ciudades+energ%C3%ADa"),
    ("bg.localhost", "/bg/search/?q=%D0%B5%D0%BD%D0%B5%D1%80%D0%B3%D0%B8%D1%8F"),
    ("it.localhost", "/it/search/?q=citt%C3%A0+energia"),
]


def measure(client, host, path, repeat, cold=False):
    """Queries, median milliseconds and bytes of a request.

    Warm: the cached city list is used. Cold: the content version is bumped first, as a
    publication would, so the request reads the database and rebuilds the list.
    """
    prepare = forget_network if cold else (lambda: None)
    prepare()
    client.get(path, HTTP_HOST=host)
    prepare()
    executed = []

    def count(execute, sql, params, many, context):
        executed.append(sql)
        return execute(sql, params, many, context)

    # Counting executions directly: DEBUG's query log is bounded and fills up while loading.
    with connection.execute_wrapper(count):
        response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200, f"{host}{path}: {response.status_code}"
    timings = []
    for _ in range(repeat):
        prepare()
        start = time.perf_counter()
        client.get(path, HTTP_HOST=host)
        timings.append((time.perf_counter() - start) * 1000)
    return len(executed), statistics.median(timings), len(response.content)


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


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    call_command("migrate", verbosity=0, interactive=False)
    if CityPage.objects.count() < 60 * args.scale:
        print(f"Loading the demo content at scale {args.scale}; this takes a while…")
        started = time.perf_counter()
        call_command("load_demo_content", scale=args.scale, verbosity=0)
        print(f"Loaded in {time.perf_counter() - started:.0f} s.")
    cities, solutions = CityPage.objects.count(), SolutionPage.objects.count()
    print(f"{cities} city pages and {solutions} solution pages across sites and locales.")

    client = Client()
    results = {}
    pages = {
        "GeoJSON": "/en/network/cities.geojson",
        "map page": "/en/map/",
        "filtered map page": "/en/map/?topic=sustainable-mobility&role=member&page=2",
    }
    for name, path in pages.items():
        for temperature in ("cold", "warm"):
            queries, ms, size = measure(
                client, "localhost", path, args.repeat, cold=temperature == "cold"
            )
            results[f"{name} {temperature} queries"] = queries
            results[f"{name} {temperature} ms"] = ms
        if name == "GeoJSON":
            results["GeoJSON KB"] = size / 1024

    # Search is never cached: every request reads the index.
    searches = [measure(client, host, path, args.repeat) for host, path in SEARCHES]
    results["search queries"] = max(queries for queries, _ms, _size in searches)
    results["search slowest ms"] = max(ms for _queries, ms, _size in searches)
    results.update(measure_translation())

    failed = False
    for name, value in results.items():
        budget = BUDGETS.get(name)
        verdict = "" if budget is None else ("ok" if value <= budget else "OVER BUDGET")
        failed |= verdict == "OVER BUDGET"
        limit = f"(budget {budget})" if budget is not None else ""
        print(f"  {name:28} {value:10.1f} {limit:14} {verdict}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
