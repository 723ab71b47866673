"""The archives and issue pages: tree rules, rendering, pagination, years, numbers, PDFs."""

import datetime
import re

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from wagtail.documents.models import Document
from wagtail.test.utils import WagtailPageTestCase

import pytest

from bulletins.models import BulletinIndexPage, BulletinPage, NewsletterIndexPage, NewsletterPage
from home.models import HomePage
from national_sites.models import NationalHomePage
from national_sites.translation import translate
from tests.bulletins.factories import BulletinPageFactory, NewsletterPageFactory
from tests.solutions.conftest import publish


class TreeRulesTests(WagtailPageTestCase):
    def test_the_archives_stand_under_the_european_home_only(self):
        self.assertAllowedParentPageTypes(BulletinIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(NewsletterIndexPage, {HomePage})
        self.assertCanNotCreateAt(NationalHomePage, BulletinIndexPage)

    def test_each_archive_holds_its_own_issues_only(self):
        self.assertAllowedSubpageTypes(BulletinIndexPage, {BulletinPage})
        self.assertAllowedSubpageTypes(NewsletterIndexPage, {NewsletterPage})

    def test_issues_have_no_children(self):
        self.assertAllowedSubpageTypes(BulletinPage, set())
        self.assertAllowedSubpageTypes(NewsletterPage, set())

    def test_an_issue_stands_in_its_own_archive(self):
        self.assertAllowedParentPageTypes(BulletinPage, {BulletinIndexPage})
        self.assertAllowedParentPageTypes(NewsletterPage, {NewsletterIndexPage})


def make_pdf(name):
    document = Document(title=name)
    document.file.save(name, ContentFile(b"%PDF-1.4 demo"), save=False)
    document.save()
    return document


@pytest.mark.django_db
def test_an_issue_page_shows_its_number_date_summary_body_and_pdf(client, archives):
    bulletin = BulletinPageFactory(
        parent=archives["bulletins"],
        number=7,
        title="Heat from the sea",
        slug="heat-from-the-sea",
        issue_date=datetime.date(2026, 1, 20),
        summary="Sonderborg heats homes with seawater.",
        body=[("paragraph", "<p>The heat pump is running.</p>")],
        pdf=make_pdf("bulletin-7.pdf"),
    )
    publish(bulletin)

    response = client.get("/en/bulletins/heat-from-the-sea/", HTTP_HOST="localhost")

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Heat from the sea</h1>" in html
    assert "Bulletin no. 7" in html
    assert '<time datetime="2026-01-20">' in html
    assert "Sonderborg heats homes with seawater." in html
    assert "The heat pump is running." in html
    assert 'href="/documents/' in html and "bulletin-7.pdf" in html
    assert 'href="/en/bulletins/"' in html


@pytest.mark.django_db
def test_a_newsletter_page_renders(client, archives):
    publish(NewsletterPageFactory(parent=archives["newsletters"], title="Winter 2025"))

    response = client.get("/en/newsletters/winter-2025/", HTTP_HOST="localhost")

    assert response.status_code == 200
    assert "<h1>Winter 2025</h1>" in response.content.decode()


@pytest.mark.django_db
def test_the_archive_lists_newest_first_and_pages_by_ten(client, archives):
    for number in range(1, 13):
        publish(BulletinPageFactory(parent=archives["bulletins"], number=number))
    unpublished = BulletinPageFactory(parent=archives["bulletins"], number=13, live=False)

    first = client.get("/en/bulletins/", HTTP_HOST="localhost").content.decode()
    second = client.get("/en/bulletins/?page=2", HTTP_HOST="localhost").content.decode()

    assert first.index("No. 12: Bulletin 12") < first.index("No. 11: Bulletin 11")
    assert "No. 3: Bulletin 3" in first and "No. 2: Bulletin 2" not in first
    assert "No. 2: Bulletin 2" in second and "No. 1: Bulletin 1" in second
    assert 'rel="next"' in first and 'rel="prev"' in second
    assert unpublished.title not in first + second
    # The compact subscription form is there, set to this archive's list.
    assert 'action="/en/subscribe/"' in first
    assert re.search(r'value="bulletins" id="compact_lists_0"[^>]* checked', first)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query, shown, hidden",
    [
        ("?page=abc", "No. 12:", "No. 1:"),
        ("?page=0", "No. 12:", "No. 1:"),
        ("?page=2.5", "No. 12:", "No. 1:"),
        ("?page=999", "No. 1:", "No. 12:"),
        ("?page=-1", "No. 12:", "No. 1:"),
    ],
)
def test_bad_page_numbers_show_the_nearest_page(client, archives, query, shown, hidden):
    for number in range(1, 13):
        publish(BulletinPageFactory(parent=archives["bulletins"], number=number))

    response = client.get(f"/en/bulletins/{query}", HTTP_HOST="localhost")

    html = response.content.decode()
    assert response.status_code == 200
    assert shown in html and hidden not in html


@pytest.mark.django_db
def test_the_archive_filters_by_year_and_explains_an_unknown_year(client, archives):
    publish(
        BulletinPageFactory(
            parent=archives["bulletins"], number=1, issue_date=datetime.date(2025, 3, 1)
        )
    )
    publish(
        BulletinPageFactory(
            parent=archives["bulletins"], number=2, issue_date=datetime.date(2026, 3, 1)
        )
    )

    all_years = client.get("/en/bulletins/", HTTP_HOST="localhost").content.decode()
    in_2025 = client.get("/en/bulletins/?year=2025", HTTP_HOST="localhost").content.decode()
    unknown = client.get("/en/bulletins/?year=1999", HTTP_HOST="localhost").content.decode()

    assert 'href="?year=2026"' in all_years and 'href="?year=2025"' in all_years
    assert "No. 1:" in in_2025 and "No. 2:" not in in_2025
    assert 'href="?year=2025" aria-current="page"' in in_2025
    assert "There are no issues from that year" in unknown
    assert "No. 1:" in unknown and "No. 2:" in unknown


@pytest.mark.django_db
def test_the_danish_archive_lists_the_danish_translations(client, archives, locales):
    bulletin = publish(BulletinPageFactory(parent=archives["bulletins"], number=1))
    translate(bulletin, locales["da"], {"Bulletin 1": "Nyhedsbrev 1"})

    html = client.get("/da/bulletins/", HTTP_HOST="localhost").content.decode()

    assert "Nyhedsbrev 1" in html
    assert 'href="/da/bulletins/bulletin-1/"' in html


@pytest.mark.django_db
def test_a_bulletin_number_is_used_once_per_language(archives, locales):
    bulletin = publish(BulletinPageFactory(parent=archives["bulletins"], number=4))
    danish = translate(bulletin, locales["da"])
    danish.full_clean()  # its translation shares the number in another locale

    clash = BulletinPage(
        title="Another",
        slug="another",
        number=4,
        issue_date=datetime.date(2026, 1, 1),
        summary="Again.",
        locale=archives["bulletins"].locale,
    )
    with pytest.raises(ValidationError) as error:
        clash.clean()
    assert "Bulletin number 4 is already used by “Bulletin 4”" in str(error.value)


@pytest.mark.django_db
def test_an_issue_accepts_only_a_pdf(archives):
    bulletin = BulletinPageFactory(parent=archives["bulletins"], number=1)
    bulletin.pdf = make_pdf("bulletin.docx")
    with pytest.raises(ValidationError) as error:
        bulletin.clean()
    assert "Choose a PDF document" in str(error.value.message_dict["pdf"])

    bulletin.pdf = make_pdf("Bulletin.PDF")
    bulletin.clean()
