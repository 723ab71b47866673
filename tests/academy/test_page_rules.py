"""Where the Academy's pages may stand in the page tree."""

from wagtail.test.utils import WagtailPageTestCase

from academy.models import AcademyIndexPage, AcademySessionPage, WebinarPage, WebinarSeriesPage
from home.models import HomePage
from national_sites.models import NationalHomePage
from tests.academy.factories import AcademyIndexPageFactory


class AcademyTreeRulesTests(WagtailPageTestCase):
    def test_the_academy_stands_under_the_european_home(self):
        self.assertAllowedParentPageTypes(AcademyIndexPage, {HomePage})
        self.assertCanNotCreateAt(NationalHomePage, AcademyIndexPage)

    def test_the_academy_holds_sessions_and_webinar_series(self):
        self.assertAllowedSubpageTypes(AcademyIndexPage, {AcademySessionPage, WebinarSeriesPage})

    def test_a_session_stands_under_the_academy_and_has_no_children(self):
        self.assertAllowedParentPageTypes(AcademySessionPage, {AcademyIndexPage})
        self.assertAllowedSubpageTypes(AcademySessionPage, set())

    def test_a_series_holds_only_webinars(self):
        self.assertAllowedParentPageTypes(WebinarSeriesPage, {AcademyIndexPage})
        self.assertAllowedSubpageTypes(WebinarSeriesPage, {WebinarPage})

    def test_a_webinar_stands_under_a_series_only(self):
        self.assertAllowedParentPageTypes(WebinarPage, {WebinarSeriesPage})
        self.assertAllowedSubpageTypes(WebinarPage, set())
        self.assertCanNotCreateAt(AcademyIndexPage, WebinarPage)

    def test_the_european_home_holds_one_academy(self):
        home = HomePage.objects.get(locale__language_code="en")
        self.assertTrue(AcademyIndexPage.can_create_at(home))
        AcademyIndexPageFactory(parent=home)
        self.assertFalse(AcademyIndexPage.can_create_at(home))
