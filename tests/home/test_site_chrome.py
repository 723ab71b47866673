"""Each site shows its own name, navigation, footer and settings, in the visitor's language."""

from wagtail.models import Locale

import pytest

from home.models import SiteSettings
from national_sites.translation import translate
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def danish_site(network):
    """The Danish home with one page in its navigation and footer, translated into English."""
    home = network["dk"].root_page.specific
    about = StandardPageFactory(parent=home, title="Om Energibyerne", slug="om")
    about.save_revision().publish()
    home.network_name = "Energibyerne"
    home.tagline = "Danske kommuner på vej mod klimaneutralitet"
    home.navigation = [("link", {"label": "Om os", "page": about, "url": ""})]
    home.footer_text = "<p>Energibyerne er en del af SmartEnCity-netværket.</p>"
    home.save_revision().publish()
    english = Locale.objects.get(language_code="en")
    strings = {
        "Om Energibyerne": "About Energibyerne",
        "om": "about",
        "Danske kommuner på vej mod klimaneutralitet": "Danish municipalities on the way to "
        "climate neutrality",
        "Om os": "About us",
        "Energibyerne er en del af SmartEnCity-netværket.": "Energibyerne is part of the "
        "SmartEnCity Network.",
    }
    translate(about, english, strings)
    translate(home, english, strings)
    return home


def test_the_header_shows_the_sites_name_tagline_and_navigation(client, danish_site):
    html = client.get("/da/", HTTP_HOST="dk.localhost").content.decode()

    assert '<span class="site-brand__name">Energibyerne</span>' in html
    assert "Danske kommuner på vej mod klimaneutralitet" in html
    assert '<a href="/da/om/">Om os</a>' in html
    assert "Energibyerne er en del af SmartEnCity-netværket." in html


def test_the_english_translation_shows_the_navigation_and_footer_in_english(client, danish_site):
    html = client.get("/en/", HTTP_HOST="dk.localhost").content.decode()

    assert "Danish municipalities on the way to climate neutrality" in html
    assert '<a href="/en/about/">About us</a>' in html
    assert "Energibyerne is part of the SmartEnCity Network." in html
    assert "Om os" not in html


def test_other_pages_of_the_site_share_its_header(client, danish_site):
    html = client.get("/da/om/", HTTP_HOST="dk.localhost").content.decode()

    assert '<span class="site-brand__name">Energibyerne</span>' in html
    assert "<title>Om Energibyerne · Energibyerne</title>" in html


def test_the_site_settings_of_one_site_are_not_shown_on_another(client, network):
    danish_settings = SiteSettings.for_site(network["dk"])
    danish_settings.contact_email = "kontakt@energibyerne.example"
    danish_settings.linkedin_url = "https://www.linkedin.com/company/energibyerne-example/"
    danish_settings.save()

    danish = client.get("/da/", HTTP_HOST="dk.localhost").content.decode()
    estonian = client.get("/et/", HTTP_HOST="ee.localhost").content.decode()

    assert "mailto:kontakt@energibyerne.example" in danish
    assert "energibyerne-example" in danish
    assert "energibyerne.example" not in estonian


def test_the_footer_headings_are_in_the_visitors_language(client, network):
    SiteSettings.for_site(network["eu"]).__class__.objects.filter(site=network["eu"]).update(
        contact_email="network@smartencity.example"
    )

    html = client.get("/it/", HTTP_HOST="localhost").content.decode()

    assert '<html lang="it">' in html
    assert ">Contatti<" in html
