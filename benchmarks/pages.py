"""In-process measurements of one benchmark database: query counts and render times.

Run by benchmarks/run.py in its own process, one per database, because Django binds to one
database at start-up:

    DATABASE_URL=... python benchmarks/pages.py --scale 10 --repeat 20 --out result.json

It migrates the database, loads the demo content at the given scale when the database is
empty, finds one page of every public page type, and writes a JSON object with the address,
warm query count and median render time of each, plus the home page's HTML (the static file
the load test serves as its limit). With --budgets it also measures the map, GeoJSON and
search budgets and, with --translation, the translation timing.
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "smartencity.settings.dev")
# Render as visitors are served when the page cache misses: every page is built.
os.environ["PAGE_CACHE_ENABLED"] = "false"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

# Measure as production runs: without DEBUG's query log (the counts below do not need it).
settings.DEBUG = False

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from wagtail.models import Locale, Site  # noqa: E402

from academy.models import AcademyIndexPage  # noqa: E402
from benchmarks.databases import demo_fingerprint  # noqa: E402
from bulletins.models import BulletinPage  # noqa: E402
from checkup.models import CheckupPage  # noqa: E402
from events.models import EventIndexPage, EventPage  # noqa: E402
from home.models import HomePage  # noqa: E402
from national_sites.models import NationalHomePage, NewsIndexPage, NewsPage  # noqa: E402
from solutions.models import CityPage, NetworkMapPage, SolutionPage  # noqa: E402
from solutions.network_data import forget_network  # noqa: E402

EUROPEAN = ("localhost", "en")
NATIONAL = ("dk.localhost", "da")

# Page type: (model, site and language) for pages found in the tree.
TREE_PAGES = {
    "home (European)": (HomePage, EUROPEAN),
    "home (national)": (NationalHomePage, NATIONAL),
    "map": (NetworkMapPage, EUROPEAN),
    "city": (CityPage, NATIONAL),
    "solution": (SolutionPage, NATIONAL),
    "news index": (NewsIndexPage, NATIONAL),
    "news item": (NewsPage, NATIONAL),
    "bulletin": (BulletinPage, EUROPEAN),
    "Academy": (AcademyIndexPage, EUROPEAN),
    "check-up": (CheckupPage, EUROPEAN),
    "events (European)": (EventIndexPage, EUROPEAN),
    "event": (EventPage, NATIONAL),
}
# Pages served by views rather than by the tree.
VIEW_PAGES = {
    "GeoJSON": ("localhost", "/en/network/cities.geojson"),
    "search": ("localhost", "/en/search/?q=district+heating"),
    "sitemap": ("localhost", "/sitemap.xml"),
}
# Every public page type, in the order of the summary table. The news archive is the news
# index's year of its latest item.
PAGE_TYPES = [
    "home (European)",
    "home (national)",
    "map",
    "GeoJSON",
    "city",
    "solution",
    "news index",
    "news archive",
    "news item",
    "bulletin",
    "Academy",
    "check-up",
    "events (European)",
    "event",
    "search",
    "sitemap",
]
# The page types the quick run measures.
QUICK_PAGES = ["home (European)", "home (national)", "map", "GeoJSON", "city", "news index"]

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


def prepare_database(scale):
    """Migrate, and load the demo content at `scale` unless this database already holds it."""
    call_command("migrate", verbosity=0, interactive=False)
    # bench_content records what was loaded, so that the next run reuses it (databases.py).
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE IF NOT EXISTS bench_content (scale integer, demo text)")
        cursor.execute("SELECT scale FROM bench_content")
        if cursor.fetchone():
            return
    print(f"Loading the demo content at scale {scale}; this takes a while…", flush=True)
    started = time.perf_counter()
    call_command("load_demo_content", scale=scale, verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO bench_content (scale, demo) VALUES (%s, %s)", [scale, demo_fingerprint()]
        )
    print(f"Loaded in {time.perf_counter() - started:.0f} s.", flush=True)


def tree_page_address(model, hostname, language):
    """Host and path of the first live page of `model` in a site's tree in `language`."""
    root = Site.objects.get(hostname=hostname).root_page
    localized_root = root.get_translation(Locale.objects.get(language_code=language))
    page = (
        model.objects.live().descendant_of(localized_root, inclusive=True).order_by("path").first()
    )
    if page is None:
        raise LookupError(f"No live {model.__name__} on {hostname} in {language}.")
    return hostname, page.get_url_parts()[2]


def page_addresses(names):
    """Host and path of one page of each page type in `names`."""
    addresses = {}
    for name in names:
        if name in VIEW_PAGES:
            addresses[name] = VIEW_PAGES[name]
        elif name == "news archive":
            host, index_path = addresses.get("news index") or tree_page_address(
                NewsIndexPage, *NATIONAL
            )
            latest = NewsPage.objects.live().filter(locale__language_code=NATIONAL[1])
            year = latest.order_by("-date").values_list("date__year", flat=True).first()
            addresses[name] = (host, f"{index_path}{year}/")
        else:
            model, (hostname, language) = TREE_PAGES[name]
            addresses[name] = tree_page_address(model, hostname, language)
    return addresses


def measure(client, host, path, repeat, cold=False):
    """Queries, median milliseconds and body of a request.

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
    return len(executed), statistics.median(timings), response.content


def measure_budgets(client, repeat):
    """The map, GeoJSON and search figures that BUDGETS limits, by name."""
    results = {}
    map_pages = {
        "GeoJSON": "/en/network/cities.geojson",
        "map page": "/en/map/",
        "filtered map page": "/en/map/?topic=sustainable-mobility&role=member&page=2",
    }
    for name, path in map_pages.items():
        for temperature in ("cold", "warm"):
            queries, ms, body = measure(
                client, "localhost", path, repeat, cold=temperature == "cold"
            )
            results[f"{name} {temperature} queries"] = queries
            results[f"{name} {temperature} ms"] = ms
        if name == "GeoJSON":
            results["GeoJSON KB"] = len(body) / 1024

    # Search is never cached: every request reads the index.
    searches = [measure(client, host, path, repeat) for host, path in SEARCHES]
    results["search queries"] = max(queries for queries, _ms, _body in searches)
    results["search slowest ms"] = max(ms for _queries, ms, _body in searches)
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, required=True)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--quick", action="store_true", help="only the quick run's page types")
    parser.add_argument("--budgets", action="store_true", help="the map and search budgets")
    parser.add_argument("--translation", action="store_true", help="the translation timing")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    prepare_database(args.scale)
    client = Client()
    names = QUICK_PAGES if args.quick else PAGE_TYPES
    pages = {}
    home_html = ""
    for name, (host, path) in page_addresses(names).items():
        queries, ms, body = measure(client, host, path, args.repeat)
        pages[name] = {"host": host, "path": path, "queries": queries, "render_ms_median": ms}
        if name == "home (European)":
            home_html = body.decode()
        print(f"  {name:18} {host}{path}: {queries} queries, {ms:.1f} ms", flush=True)

    result = {
        "scale": args.scale,
        "cities": CityPage.objects.count(),
        "solutions": SolutionPage.objects.count(),
        "pages": pages,
        "home_html": home_html,
    }
    if args.budgets:
        result["budgets"] = {
            name: {"value": value, "budget": BUDGETS.get(name)}
            for name, value in measure_budgets(client, args.repeat).items()
        }
    if args.translation:
        from benchmarks.translation import measure_translation

        result["translation"] = measure_translation()
    args.out.write_text(json.dumps(result))


if __name__ == "__main__":
    main()
