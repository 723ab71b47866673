"""Browser tests: Debian's Chromium, driven by Playwright, against a live server.

The demo network is loaded once for all browser tests, committed to the test database, and
served by one live server for the session. Loading it takes minutes, so the tests share it:
`transactional_db` is replaced here by a fixture that does nothing, because pytest-django's
would empty every table after each test. pytest-django runs tests that use a live server
after every other database test, and no other test is transactional, so no other test sees
the demo; the test database is dropped when the session ends. Tests that change content
(publishing a news item) only add to it, and never change what another test reads.

The order of start-up matters: while Playwright's sync API runs, an asyncio loop is
registered on the main thread, and Django refuses ORM calls from there. So everything a test
needs from the database is read when the demo is loaded, before any browser starts.
"""

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache

from wagtail.models import Collection, Locale, Page, Site

import pytest
from playwright.sync_api import sync_playwright
from pytest_django.live_server_helper import LiveServer

from national_sites.demo.loader import DEMO_PASSWORD, DemoLoader
from national_sites.models import NewsIndexPage

CHROMIUM_MISSING = "Chromium is not installed: apt-get install chromium to run the browser tests"

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    # Chromium answers `localhost` and `*.localhost` itself, without DNS, and may try the IPv6
    # loopback ::1 first. The live server listens on IPv4 only (127.0.0.1). Mapping the names
    # here sends every site's host to 127.0.0.1 while the Host header keeps the name, which
    # is what Wagtail uses to pick the site. It does not depend on /etc/hosts or on the
    # machine having IPv6.
    "--host-resolver-rules=MAP localhost 127.0.0.1, MAP *.localhost 127.0.0.1",
]

# A browser locale that matches none of the network's languages.
NEUTRAL_LOCALE = "fr-FR"

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"


def running_in_ci():
    return os.environ.get("CI", "").strip().lower() == "true"


@pytest.fixture(scope="session")
def chromium_executable():
    """Debian's Chromium. Missing, it skips the browser tests, or fails them in CI."""
    path = shutil.which("chromium")
    if path is None:
        if running_in_ci():
            pytest.fail(f"CI=true but {CHROMIUM_MISSING}", pytrace=False)
        pytest.skip(CHROMIUM_MISSING)
    return path


@dataclass(frozen=True)
class SiteInfo:
    key: str  # "eu" for the European site, else the country code
    host: str
    language: str  # the site's own language
    languages: tuple[str, ...]  # the languages its home page is published in, own first


@dataclass
class DemoNetwork:
    """What the tests need to know about the loaded network, read before the browser starts."""

    port: int
    sites: dict[str, SiteInfo]
    titles: dict[str, str] = field(default_factory=dict)  # absolute URL -> page title
    titles_by_id: dict[int, str] = field(default_factory=dict)  # page pk -> title
    home_ids: dict[tuple[str, str], int] = field(default_factory=dict)  # (site, lang) -> pk
    news_index_ids: dict[tuple[str, str], int] = field(default_factory=dict)  # same keys
    password: str = DEMO_PASSWORD

    def url(self, site_key, path="/"):
        return f"http://{self.sites[site_key].host}:{self.port}{path}"

    def admin_url(self, path="/admin/"):
        return self.url("eu", path)

    def title_of(self, url):
        """The title of the page at `url`, ignoring any query string or fragment."""
        parts = urlsplit(url)
        return self.titles[f"{parts.scheme}://{parts.netloc}{parts.path}"]

    def home_url(self, site_key, language):
        return self.url(site_key, f"/{language}/")


def restore_migration_data():
    """Put back the rows that migrations create and the network set-up needs.

    A transactional test ends by emptying every table, and post_migrate only brings back the
    content types and model permissions. The first browser test still finds the migrated data;
    every later one needs Wagtail's root page and root collection and wagtail-localize's
    "submit translations" permission (made by its migration 0006) put back.
    """
    if not Page.objects.filter(depth=1).exists():
        locale, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if not Collection.objects.filter(depth=1).exists():
        Collection.add_root(name="Root")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="wagtail_localize", model="translation"
    )
    Permission.objects.get_or_create(
        content_type=content_type,
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )


@pytest.fixture(scope="session")
def live_server(request, chromium_executable, django_db_setup):
    """One live server for every browser test.

    It replaces pytest-django's fixture of this name, which is session-wide too, so that
    pytest-django still sets the test database up and orders these tests after the others.
    """
    address = (
        request.config.getvalue("liveserver")
        or os.environ.get("DJANGO_LIVE_TEST_SERVER_ADDRESS")
        or "localhost"
    )
    server = LiveServer(address)
    yield server
    server.stop()


@pytest.fixture
def transactional_db():
    """Nothing: pytest-django would empty every table after each test (see the top)."""


@pytest.fixture(scope="session")
def demo_network(live_server, django_db_blocker):
    """The six sites with their demo content and users, served by the live server."""
    # The live server's thread queries the database for the whole session.
    with django_db_blocker.unblock():
        restore_migration_data()
        DemoLoader().run()
        yield read_demo_network(int(urlsplit(live_server.url).port))


def read_demo_network(port):
    Site.objects.update(port=port)
    cache.clear()

    network = settings.NETWORK
    sites = {
        "eu": SiteInfo(
            "eu", settings.NETWORK_DOMAIN, network.language, tuple(network.language_codes)
        )
    }
    for country in network.countries:
        sites[country.code] = SiteInfo(
            country.code,
            country.hostname(settings.NETWORK_DOMAIN),
            country.language,
            (country.language, network.language),
        )
    demo = DemoNetwork(port=port, sites=sites)

    for page in Page.objects.live().filter(depth__gt=1).specific():
        demo.titles_by_id[page.pk] = page.title
        url = page.get_full_url()
        if url:
            demo.titles[url] = page.title
    keys_by_host = {info.host: key for key, info in sites.items()}
    for site in Site.objects.select_related("root_page"):
        key = keys_by_host[site.hostname]
        for home in site.root_page.get_translations(inclusive=True).select_related("locale"):
            demo.home_ids[key, home.locale.language_code] = home.pk
    keys_by_home_path = {
        path: key
        for key, path in (
            (key, Page.objects.values_list("path", flat=True).get(pk=pk))
            for key, pk in demo.home_ids.items()
        )
    }
    for news_index in NewsIndexPage.objects.filter(depth=3):
        key = keys_by_home_path.get(news_index.path[: -Page.steplen])
        if key:
            demo.news_index_ids[key] = news_index.pk
    return demo


@pytest.fixture
def chromium(chromium_executable, demo_network):
    """A headless Chromium for one test, started once the demo is loaded."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_executable, args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def new_page(chromium):
    """Open a tab in a fresh browser context (no cookies), by default in a neutral locale."""
    contexts = []

    def open_page(locale=NEUTRAL_LOCALE, **options):
        context = chromium.new_context(locale=locale, **options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def artifacts_dir():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
