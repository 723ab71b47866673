"""Where cities, solutions and map pages may stand in the page tree."""

from django.test import RequestFactory

from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from national_sites.models import NationalHomePage
from solutions.models import CityPage, NetworkMapPage, SolutionPage
from tests.solutions.factories import CityPageFactory, NetworkMapPageFactory


class CityPageRulesTests(WagtailPageTestCase):
    def test_a_city_stands_under_the_european_or_a_national_home(self):
        self.assertAllowedParentPageTypes(CityPage, {HomePage, NationalHomePage})

    def test_a_city_holds_only_its_solutions(self):
        self.assertAllowedSubpageTypes(CityPage, {SolutionPage})


class SolutionPageRulesTests(WagtailPageTestCase):
    def test_a_solution_stands_under_a_city(self):
        self.assertAllowedParentPageTypes(SolutionPage, {CityPage})

    def test_a_solution_has_no_children(self):
        self.assertAllowedSubpageTypes(SolutionPage, set())

    def test_a_solution_cannot_be_created_under_a_home(self):
        self.assertCanNotCreateAt(HomePage, SolutionPage)
        self.assertCanNotCreateAt(NationalHomePage, SolutionPage)


class NetworkMapPageRulesTests(WagtailPageTestCase):
    def test_a_map_stands_under_the_european_or_a_national_home(self):
        self.assertAllowedParentPageTypes(NetworkMapPage, {HomePage, NationalHomePage})

    def test_a_map_has_no_children(self):
        self.assertAllowedSubpageTypes(NetworkMapPage, set())

    def test_a_map_cannot_stand_under_a_city(self):
        self.assertCanNotCreateAt(CityPage, NetworkMapPage)

    def test_each_home_holds_one_map_only(self):
        european_home = HomePage.objects.get(locale__language_code="en")
        danish_home = NationalHomePage.objects.get(country_code="dk", locale__language_code="da")
        estonian_home = NationalHomePage.objects.get(country_code="ee", locale__language_code="et")
        for home in (european_home, danish_home):
            self.assertTrue(NetworkMapPage.can_create_at(home))
            NetworkMapPageFactory(parent=home, slug="map")
            self.assertFalse(NetworkMapPage.can_create_at(home), home.title)

        # The limit is per home: a home without a map still accepts one.
        self.assertTrue(NetworkMapPage.can_create_at(estonian_home))


class PreviewTests(WagtailPageTestCase):
    def test_a_solution_not_saved_yet_shows_its_city_in_the_preview(self):
        """Wagtail previews a page being created before it has a row of its own."""
        danish_home = NationalHomePage.objects.get(country_code="dk", locale__language_code="da")
        city = CityPageFactory(parent=danish_home, title="Aarhus", slug="aarhus")
        city.save_revision().publish()
        unsaved = SolutionPage(
            title="Solar roofs",
            slug="solar-roofs",
            summary="Solar panels on school roofs.",
            locale=danish_home.locale,
            path=city.path + "0001",
            depth=city.depth + 1,
        )
        request = RequestFactory().get("/da/aarhus/solar-roofs/", HTTP_HOST="dk.localhost")

        context = unsaved.get_context(request)

        self.assertEqual(context["city"].title, "Aarhus")
        self.assertEqual(context["replications"], [])
