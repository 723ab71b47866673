"""External resources and the resources page: translation, grouping, reports, permissions.

The content each test reads, built by `resources_page`:

    Resources (English, translated into Estonian; "-" where not):
        tool        "Energy planning toolkit"   https://www.example.org/toolkit
                        -> "Energiaplaneerimise tööriistad"
        guide       "Retrofit handbook"         https://handbook.example.eu/retrofit
                        -> "Renoveerimise käsiraamat"
        data        "Building stock data"       https://data.example.com/stock   -

    The resources page /en/resources/ on localhost, translated into /et/ressursid/, lists the
    collection "Activity reports" (inside "Shared across the network"), which starts empty;
    the leaflet "Unrelated leaflet" lies in the shared collection itself and is never listed.
"""

import datetime
from html.parser import HTMLParser

from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtail.test.utils import WagtailPageTestCase

import pytest

from home.demo import resources as demo
from home.demo.loader import REPORTS_COLLECTION, load_external_resources, load_resources
from home.models import ExternalResource, HomePage, ResourceKind, ResourcesPage
from national_sites.demo.loader import DemoLoader
from national_sites.models import NationalHomePage
from national_sites.setup import SHARED_COLLECTION
from national_sites.translation import translate
from tests.query_budget import MAX_QUERIES, count_queries
from tests.solutions.conftest import network_locales
from tests.translations import interface_text

pytestmark = pytest.mark.django_db

Document = get_document_model()

RESOURCES = [
    # kind, English title, English description, URL, Estonian title and description or None
    (
        ResourceKind.TOOL,
        "Energy planning toolkit",
        "Spreadsheets for a city's energy plan.",
        "https://www.example.org/toolkit",
        ("Energiaplaneerimise tööriistad", "Arvutustabelid linna energiakava jaoks."),
    ),
    (
        ResourceKind.GUIDE,
        "Retrofit handbook",
        "How to renovate apartment blocks.",
        "https://handbook.example.eu/retrofit",
        ("Renoveerimise käsiraamat", "Kuidas korterelamuid renoveerida."),
    ),
    (
        ResourceKind.DATA,
        "Building stock data",
        "Open data on Europe's buildings.",
        "https://data.example.com/stock",
        None,
    ),
]


class Outline(HTMLParser):
    """The headings (level, text), links (href, text) and other texts of a page's <main>."""

    def __init__(self):
        super().__init__()
        self.headings, self.links, self.texts = [], [], []
        self._in_main = False
        self._heading = self._link = None

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self._in_main = True
        elif self._in_main and tag in ("h1", "h2", "h3"):
            self._heading = (tag, [])
        elif self._in_main and tag == "a":
            self._link = (dict(attrs).get("href"), [])

    def handle_endtag(self, tag):
        if tag == "main":
            self._in_main = False
        elif self._heading and tag == self._heading[0]:
            self.headings.append((tag, " ".join("".join(self._heading[1]).split())))
            self._heading = None
        elif self._link and tag == "a":
            self.links.append((self._link[0], " ".join("".join(self._link[1]).split())))
            self._link = None

    def handle_data(self, data):
        for part in (self._heading, self._link):
            if part:
                part[1].append(data)
        if self._in_main and not (self._heading or self._link) and data.strip():
            self.texts.append(" ".join(data.split()))


def outline(response):
    assert response.status_code == 200, response.status_code
    parser = Outline()
    parser.feed(response.content.decode())
    return parser


def path_of(page):
    return page.get_url_parts()[2]


def make_resource(kind, title, description, url, order=0):
    return ExternalResource.objects.create(
        kind=kind,
        title=title,
        description=description,
        url=url,
        sort_order=order,
        locale=network_locales()["en"],
    )


def make_report(collection, title, published, file_name):
    document = Document(
        title=title,
        collection=collection,
        file=ContentFile(b"%PDF-1.4\n% a report\n%%EOF\n", name=file_name),
    )
    document._set_document_file_metadata()
    document.save()
    # Documents record their upload time; the list is ordered by it, so tests date them.
    Document.objects.filter(pk=document.pk).update(
        created_at=datetime.datetime.combine(published, datetime.time(12), datetime.UTC)
    )
    return document


@pytest.fixture
def resources(db):
    """The three resources above; returns {"en": [...], "et": [...]} in creation order."""
    locales = network_locales()
    made = {"en": [], "et": []}
    for kind, title, description, url, estonian in RESOURCES:
        resource = make_resource(kind, title, description, url)
        made["en"].append(resource)
        if estonian:
            strings = {title: estonian[0], description: estonian[1]}
            made["et"].append(translate(resource, locales["et"], strings))
    return made


@pytest.fixture
def reports_collection(db):
    shared = Collection.objects.get(name=SHARED_COLLECTION)
    collection = shared.add_child(name="Activity reports")
    make_report(shared, "Unrelated leaflet", datetime.date(2025, 9, 1), "leaflet.pdf")
    return collection


@pytest.fixture
def resources_page(network, resources, reports_collection):
    """The English resources page and its Estonian translation: {"en": page, "et": page}."""
    home = network["eu"].root_page.specific
    page = ResourcesPage(
        title="Resources",
        slug="resources",
        intro="Tools and guides from elsewhere.",
        report_collection=reports_collection,
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    estonian = translate(
        page,
        network_locales()["et"],
        {
            "Resources": "Ressursid",
            "resources": "ressursid",
            "Tools and guides from elsewhere.": "Tööriistad ja juhendid mujalt.",
        },
    )
    return {"en": page, "et": estonian}


class TreeRulesTests(WagtailPageTestCase):
    def test_resources_pages_go_under_the_home_pages_and_hold_nothing(self):
        self.assertAllowedParentPageTypes(ResourcesPage, {HomePage, NationalHomePage})
        self.assertAllowedSubpageTypes(ResourcesPage, set())


def test_a_translated_resource_keeps_its_address_kind_and_order(resources):
    english, estonian = resources["en"][0], resources["et"][0]
    assert (estonian.title, estonian.description) == (
        "Energiaplaneerimise tööriistad",
        "Arvutustabelid linna energiakava jaoks.",
    )
    assert (estonian.url, estonian.kind, estonian.sort_order) == (
        english.url,
        english.kind,
        english.sort_order,
    )
    assert estonian.translation_key == english.translation_key

    english.url = "https://www.example.org/toolkit-2"
    english.sort_order = 7
    english.save()
    estonian = translate(english, network_locales()["et"])
    assert (estonian.url, estonian.sort_order) == ("https://www.example.org/toolkit-2", 7)
    assert estonian.title == "Energiaplaneerimise tööriistad"


def test_the_page_groups_the_resources_by_kind_in_a_fixed_order(client, resources_page):
    page = outline(client.get(path_of(resources_page["en"]), HTTP_HOST="localhost"))

    assert page.headings[:7] == [
        ("h1", "Resources"),
        ("h2", str(ResourceKind.GUIDE.label)),
        ("h3", "Retrofit handbook"),
        ("h2", str(ResourceKind.TOOL.label)),
        ("h3", "Energy planning toolkit"),
        ("h2", str(ResourceKind.DATA.label)),
        ("h3", "Building stock data"),
    ]
    assert ("https://www.example.org/toolkit", "Energy planning toolkit") in page.links
    assert "example.org" in page.texts
    assert "handbook.example.eu" in page.texts
    assert "Spreadsheets for a city's energy plan." in page.texts


def test_the_estonian_page_shows_the_estonian_resources(client, resources_page):
    page = outline(client.get(path_of(resources_page["et"]), HTTP_HOST="localhost"))

    titles = [text for level, text in page.headings if level == "h3"]
    assert titles == ["Renoveerimise käsiraamat", "Energiaplaneerimise tööriistad"]
    assert ("https://handbook.example.eu/retrofit", "Renoveerimise käsiraamat") in page.links
    assert "Kuidas korterelamuid renoveerida." in page.texts
    assert "Building stock data" not in " ".join(page.texts + titles)


def test_a_language_without_resources_says_so(client, resources_page):
    danish = translate(resources_page["en"], network_locales()["da"], {"resources": "ressourcer"})
    response = client.get(path_of(danish), HTTP_HOST="localhost")

    assert [level for level, _text in outline(response).headings] == ["h1"]
    assert (
        interface_text("da", "No resources have been listed in this language yet.")
        in response.content.decode()
    )


def test_the_reports_of_the_collection_are_listed_newest_first(
    client, resources_page, reports_collection
):
    older = make_report(
        reports_collection, "Activity report v1", datetime.date(2024, 6, 30), "report-v1.pdf"
    )
    newer = make_report(
        reports_collection, "Activity report v2", datetime.date(2025, 6, 30), "report-v2.pdf"
    )
    response = client.get(path_of(resources_page["en"]), HTTP_HOST="localhost")
    page = outline(response)

    reports = [(href, text) for href, text in page.links if href.startswith("/documents/")]
    assert reports == [
        (reverse("wagtaildocs_serve", args=[newer.pk, newer.filename]), "Activity report v2"),
        (reverse("wagtaildocs_serve", args=[older.pk, older.filename]), "Activity report v1"),
    ]
    assert ("h2", "Activity reports and documents") in page.headings
    html = response.content.decode()
    assert '<time datetime="2025-06-30">' in html
    assert f"PDF, {filesizeformat(newer.file_size)}" in html
    assert "Unrelated leaflet" not in html


def test_without_a_collection_the_page_lists_no_documents(client, resources_page):
    page = resources_page["en"]
    page.report_collection = None
    page.save_revision().publish()

    response = client.get(path_of(page), HTTP_HOST="localhost")

    assert "Activity reports and documents" not in response.content.decode()


def add_url():
    return reverse("wagtailsnippets_home_externalresource:add") + "?locale=en"


RESOURCE_FORM = {
    "title": "Covenant of Mayors",
    "description": "Cities committed to climate action.",
    "url": "https://eu-mayors.ec.europa.eu/",
    "kind": "initiative",
    "sort_order": "3",
}


def test_a_coordinator_adds_a_resource_in_the_admin(client, coordinator):
    client.force_login(coordinator)

    response = client.post(add_url(), RESOURCE_FORM)

    assert response.status_code == 302
    resource = ExternalResource.objects.get(title="Covenant of Mayors")
    assert (resource.kind, resource.locale.language_code) == ("initiative", "en")
    listing = client.get(reverse("wagtailsnippets_home_externalresource:list"))
    assert "Covenant of Mayors" in listing.content.decode()


def test_a_bad_address_is_refused_with_a_message_and_nothing_is_saved(client, coordinator):
    client.force_login(coordinator)

    response = client.post(add_url(), {**RESOURCE_FORM, "url": "not an address"})

    assert response.status_code == 200
    assert "Enter a valid URL." in response.content.decode()
    assert not ExternalResource.objects.exists()


def test_a_national_editor_cannot_add_or_list_resources(client, editor_dk):
    client.force_login(editor_dk)

    refused_form = client.get(add_url())
    refused_post = client.post(add_url(), RESOURCE_FORM)
    refused_list = client.get(reverse("wagtailsnippets_home_externalresource:list"))

    for response in (refused_form, refused_post, refused_list):
        assert response.status_code == 302
        assert response.url == reverse("wagtailadmin_home")
    assert not ExternalResource.objects.exists()


def test_the_admin_list_filters_the_resources_by_kind(client, coordinator, resources):
    client.force_login(coordinator)
    listing = reverse("wagtailsnippets_home_externalresource:list")

    tools = client.get(listing, {"kind": "tool", "locale": "en"}).content.decode()

    assert "Energy planning toolkit" in tools
    assert "Retrofit handbook" not in tools
    estonian = client.get(listing, {"locale": "et"}).content.decode()
    assert "Renoveerimise käsiraamat" in estonian
    assert "Retrofit handbook" not in estonian


def grow_resources(size):
    kinds = list(ResourceKind)
    for number in range(ExternalResource.objects.filter(locale__language_code="en").count(), size):
        make_resource(
            kinds[number % len(kinds)],
            f"Resource {number:02}",
            f"Description {number}.",
            f"https://site-{number}.example.org/",
            order=number,
        )


def test_the_resources_page_stays_within_its_budget_at_two_sizes(
    client, resources_page, reports_collection
):
    counts = []
    for size in (3, 30):
        grow_resources(size)
        for number in range(Document.objects.filter(collection=reports_collection).count(), size):
            make_report(
                reports_collection, f"Report {number}", datetime.date(2025, 1, 1), f"r{number}.pdf"
            )
        count, queries = count_queries(client, "localhost", path_of(resources_page["en"]))
        counts.append(count)
        assert count <= MAX_QUERIES, "\n".join(queries)
    assert counts[0] == counts[1], counts


def test_the_demo_loads_the_resources_the_reports_and_the_page_once(client, network):
    loader = DemoLoader()
    loader.load_network()
    load_resources(loader)
    load_resources(loader)

    english = ExternalResource.objects.filter(locale__language_code="en")
    assert sorted(english.values_list("url", flat=True)) == sorted(
        r["url"] for r in demo.RESOURCES
    )
    for language in ("et", "da", "es", "bg", "it"):
        translated = ExternalResource.objects.filter(locale__language_code=language)
        assert sorted(translated.values_list("title", flat=True)) == sorted(
            r["title"][language] for r in demo.RESOURCES if language in r["title"]
        )
    reports = Document.objects.filter(collection__name=REPORTS_COLLECTION).order_by("-created_at")
    assert [report.title for report in reports] == [
        report["title"]
        for report in sorted(demo.ACTIVITY_REPORTS, key=lambda r: r["published"], reverse=True)
    ]
    for report in reports:
        with report.open_file() as pdf:
            content = pdf.read()
        assert content.startswith(b"%PDF-1.4") and content.rstrip().endswith(b"%%EOF")
    assert reports[0].collection.get_parent().name == SHARED_COLLECTION
    assert ResourcesPage.objects.count() == len(demo.RESOURCES_PAGE["title"])

    estonian = ResourcesPage.objects.get(locale__language_code="et")
    page = outline(client.get(path_of(estonian), HTTP_HOST="localhost"))
    assert ("h1", demo.RESOURCES_PAGE["title"]["et"]) in page.headings
    assert ("h3", demo.RESOURCES[0]["title"]["et"]) in page.headings
    assert [
        text for _href, text in page.links if text in {r["title"] for r in demo.ACTIVITY_REPORTS}
    ] == [report.title for report in reports]


def test_a_scaled_demo_numbers_its_copies_and_loads_them_once(network):
    locales = network_locales()
    load_external_resources(locales, scale=2)
    load_external_resources(locales, scale=2)

    first = demo.RESOURCES[0]
    english = ExternalResource.objects.filter(locale__language_code="en", url=first["url"])
    assert sorted(english.values_list("title", flat=True)) == [
        first["title"]["en"],
        f"{first['title']['en']} 2",
    ]
    estonian = ExternalResource.objects.filter(locale__language_code="et", url=first["url"])
    assert sorted(estonian.values_list("title", flat=True)) == [
        first["title"]["et"],
        f"{first['title']['et']} 2",
    ]
    assert ExternalResource.objects.filter(locale__language_code="en").count() == 2 * len(
        demo.RESOURCES
    )
