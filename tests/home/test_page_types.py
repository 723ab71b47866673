"""Tree rules, creation through the admin, and rendering of every page type."""

from django.conf import settings

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from academy.models import AcademyIndexPage
from bulletins.models import BulletinIndexPage, NewsletterIndexPage
from checkup.models import CheckupPage
from events.models import EventIndexPage
from home.models import HomePage, ResourcesPage, StandardPage
from members.models import MembersAreaPage
from membership.models import JoinPage, NetworkDashboardPage
from national_sites.models import NationalHomePage, NewsIndexPage
from solutions.models import CityPage, NetworkMapPage
from tests.factories import StandardPageFactory


class TreeRulesTests(WagtailPageTestCase):
    def test_home_pages_sit_at_the_root_of_the_tree(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedParentPageTypes(NationalHomePage, {Page})

    def test_home_pages_hold_the_sections_of_their_site(self):
        shared = {
            StandardPage,
            ResourcesPage,
            CityPage,
            NetworkMapPage,
            NewsIndexPage,
            EventIndexPage,
            MembersAreaPage,
            CheckupPage,
            JoinPage,
        }
        # Bulletins, newsletters, the Academy and the network dashboard are the European
        # team's.
        european = {
            BulletinIndexPage,
            NewsletterIndexPage,
            AcademyIndexPage,
            NetworkDashboardPage,
        }
        self.assertAllowedSubpageTypes(HomePage, shared | european)
        self.assertAllowedSubpageTypes(NationalHomePage, shared)

    def test_standard_pages_go_under_any_home_page_or_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, NationalHomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_a_second_european_home_page_cannot_be_added(self):
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))

    def test_a_standard_page_cannot_be_created_at_the_root(self):
        self.assertCanNotCreateAt(Page, StandardPage)


class AdminCreationTests(WagtailPageTestCase):
    def setUp(self):
        self.login()

    def test_an_editor_can_create_a_standard_page_with_a_body_on_a_national_site(self):
        danish_home = NationalHomePage.objects.get(country_code="dk", locale__language_code="da")

        self.assertCanCreate(
            danish_home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Om netværket",
                    "slug": "om-netvaerket",
                    "intro": "Energibyerne samler danske kommuner.",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Vores mål", "level": "h2"}),
                            ("paragraph", rich_text("<p>Klimaneutrale byer.</p>")),
                        ]
                    ),
                }
            ),
        )


@pytest.mark.django_db
@pytest.mark.parametrize("country", settings.NETWORK.countries, ids=lambda c: c.code)
def test_every_national_home_page_renders_on_its_own_host(client, network, country):
    response = client.get(f"/{country.language}/", HTTP_HOST=country.hostname("localhost"))

    assert response.status_code == 200
    assert response.templates[0].name == "national_sites/national_home_page.html"
    assert response.context["page"].specific.country_code == country.code


@pytest.mark.django_db
def test_the_european_home_page_renders(client, network):
    response = client.get("/en/", HTTP_HOST="localhost")

    assert response.status_code == 200
    assert response.templates[0].name == "home/home_page.html"


@pytest.mark.django_db
def test_a_standard_page_renders_its_heading_intro_and_body(client, network):
    danish_home = network["dk"].root_page
    page = StandardPageFactory(
        parent=danish_home,
        title="Om netværket",
        slug="om-netvaerket",
        intro="Energibyerne samler danske kommuner.",
        body=[("heading", {"text": "Vores mål", "level": "h2"})],
    )
    page.save_revision().publish()

    html = client.get("/da/om-netvaerket/", HTTP_HOST="dk.localhost").content.decode()

    assert "<h1>Om netværket</h1>" in html
    assert "Energibyerne samler danske kommuner." in html
    assert '<h2 class="block-heading">Vores mål</h2>' in html
