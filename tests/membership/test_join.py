"""A visitor applies to join the network on a join page, in the site's language."""

import re

from django.core import mail
from django.test import override_settings
from django.utils import translation
from django.utils.translation import ngettext

from wagtail.models import Page, Revision
from wagtail.test.utils import WagtailPageTestCase
from wagtail_localize.models import Translation

import pytest

from home.models import HomePage
from membership.demo.join import load_join_pages
from membership.models import ApplicationEvent, JoinPage, MembershipApplication
from national_sites.models import NationalHomePage
from tests.membership.conftest import DANISH_THANKS, application_form_data
from tests.query_budget import assert_query_budget, count_queries
from tests.solutions.factories import TopicFactory
from tests.translations import interface_text

pytestmark = pytest.mark.django_db

DANISH_PAGE = "/da/bliv-medlem/"


def apply(client, data, path=DANISH_PAGE, host="dk.localhost"):
    return client.post(path, data, HTTP_HOST=host)


def nothing_stored():
    return not MembershipApplication.objects.exists() and not ApplicationEvent.objects.exists()


# The page in the tree --------------------------------------------------------------------


class JoinPageRulesTests(WagtailPageTestCase):
    def test_a_join_page_stands_under_the_european_or_a_national_home(self):
        self.assertAllowedParentPageTypes(JoinPage, {HomePage, NationalHomePage})

    def test_a_join_page_has_no_children(self):
        self.assertAllowedSubpageTypes(JoinPage, set())

    def test_each_home_holds_one_join_page_only(self):
        danish_home = NationalHomePage.objects.get(country_code="dk", locale__language_code="da")
        spanish_home = NationalHomePage.objects.get(country_code="es", locale__language_code="es")
        self.assertTrue(JoinPage.can_create_at(danish_home))
        danish_home.add_child(instance=JoinPage(title="Bliv medlem", slug="bliv-medlem"))
        self.assertFalse(JoinPage.can_create_at(danish_home))
        self.assertTrue(JoinPage.can_create_at(spanish_home))


# Reading the form ------------------------------------------------------------------------


def test_the_danish_join_page_asks_in_danish_for_danish_topics(client, join_pages, topics):
    response = client.get(DANISH_PAGE, HTTP_HOST="dk.localhost")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="da">' in html
    assert "Bliv medlem af Energibyerne" in html
    assert "Kommuner, byplanlæggere og eksperter er velkomne." in html
    assert "Vi gemmer kun dine oplysninger" in html
    for message in (
        "Who is applying?",
        "Name of the city or organisation",
        "Why would you like to join the network?",
        "Send the application",
    ):
        assert interface_text("da", message) in html
    # Only the topics of the page's language are offered.
    for name in ("Energirenovering", "Fjernvarme", "Bæredygtig mobilitet", "Bydataplatforme"):
        assert name in html
    assert "District heating" not in html
    for topic in topics["en"].values():
        assert f'value="{topic.pk}"' not in html
    # Countries are named in Danish, Denmark chosen, and the robots' trap hidden from people.
    assert '<option value="DK" selected>Danmark</option>' in html
    assert '<option value="SE">Sverige</option>' in html
    assert 'class="join-form__trap" aria-hidden="true"' in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_the_form_with_its_csrf_token_is_kept_by_no_cache(client, join_pages):
    response = client.get(DANISH_PAGE, HTTP_HOST="dk.localhost")

    cache_control = response["Cache-Control"]
    for directive in ("private", "no-store", "no-cache", "max-age=0"):
        assert directive in cache_control


def test_the_english_translation_offers_english_topics(client, join_pages, topics):
    response = client.get("/en/join/", HTTP_HOST="localhost")

    html = response.content.decode()
    assert response.status_code == 200
    assert "District heating" in html and "Fjernvarme" not in html
    # The European site does not guess the country.
    assert '<option value="" selected>Choose a country</option>' in html


# Sending an application ------------------------------------------------------------------


def test_a_danish_application_is_stored_and_told_to_the_danish_moderators(
    client, join_pages, topics, moderator_dk, make_network_user
):
    make_network_user("moderator-es", "Spain moderators")
    make_network_user("coordinator-1", "Network coordinators")
    heating, data_platforms = topics["da"]["district-heating"], topics["da"]["urban-data"]

    response = apply(client, application_form_data(topics=[heating.pk, data_platforms.pk]))

    assert response.status_code == 302
    assert response["Location"] == "/da/bliv-medlem/sent/"
    application = MembershipApplication.objects.get()
    assert (application.organisation, application.country.code) == ("Aarhus Kommune", "DK")
    assert (application.network, application.language, application.status) == (
        "dk",
        "da",
        "pending",
    )
    assert set(application.topics.all()) == {heating, data_platforms}
    assert [event.action for event in application.events.all()] == ["submitted"]

    to_moderators, to_applicant = mail.outbox
    assert to_moderators.to == ["moderator-dk@example.org"]
    assert to_moderators.subject == interface_text(
        "da",
        "New application to join the network: %(organisation)s",
        organisation="Aarhus Kommune",
    )
    assert "Mette Holm" in to_moderators.body
    assert f"http://localhost/admin/membership/applications/inspect/{application.pk}/" in (
        to_moderators.body
    )
    assert to_applicant.to == ["mette.holm@aarhus.example"]
    assert to_applicant.subject == interface_text(
        "da", "We have received your application to join the SmartEnCity Network"
    )
    assert "Energibyerne" in to_applicant.body

    thanks = client.get(response["Location"], HTTP_HOST="dk.localhost")
    html = thanks.content.decode()
    assert thanks.status_code == 200
    assert DANISH_THANKS in html
    assert interface_text("da", "Thank you: your application has been sent") in html
    assert "<form" not in html.split('id="main"')[1].split("</main>")[0]
    assert "mette.holm@aarhus.example" not in html


def test_an_application_from_a_country_without_a_national_network_goes_to_the_coordinators(
    client, join_pages, moderator_dk, make_network_user
):
    make_network_user("coordinator-1", "Network coordinators")
    make_network_user("coordinator-2", "Network coordinators")

    response = apply(
        client,
        application_form_data(organisation="Ville de Lyon", country="FR"),
        path="/en/join/",
        host="localhost",
    )

    assert response.status_code == 302 and response["Location"] == "/en/join/sent/"
    application = MembershipApplication.objects.get()
    assert (application.network, application.language) == ("", "en")
    to_coordinators = [message for message in mail.outbox if "Ville de Lyon" in message.subject]
    assert sorted(message.to[0] for message in to_coordinators) == [
        "coordinator-1@example.org",
        "coordinator-2@example.org",
    ]
    assert to_coordinators[0].subject == ("New application to join the network: Ville de Lyon")
    assert "France" in to_coordinators[0].body
    assert all("moderator-dk@example.org" not in message.to for message in mail.outbox)


def test_without_a_danish_moderator_with_an_address_the_coordinators_are_told(
    client, join_pages, make_network_user
):
    moderator = make_network_user("moderator-dk", "Denmark moderators")
    moderator.email = ""
    moderator.save()
    make_network_user("coordinator-1", "Network coordinators")

    apply(client, application_form_data())

    to_team, to_applicant = mail.outbox
    assert to_team.to == ["coordinator-1@example.org"]
    # The European team reads English.
    assert to_team.subject == "New application to join the network: Aarhus Kommune"
    assert to_applicant.to == ["mette.holm@aarhus.example"]


def test_an_application_in_english_on_the_danish_site_is_acknowledged_in_english(
    client, join_pages, moderator_dk, network, locales
):
    from national_sites.translation import translate

    translate(join_pages["dk"], locales["en"], {"bliv-medlem": "join"})

    apply(client, application_form_data(), path="/en/join/")

    application = MembershipApplication.objects.get()
    assert (application.network, application.language) == ("dk", "en")
    to_moderators, to_applicant = mail.outbox
    assert to_moderators.subject == interface_text(
        "da",
        "New application to join the network: %(organisation)s",
        organisation="Aarhus Kommune",
    )
    assert to_applicant.subject == (
        "We have received your application to join the SmartEnCity Network"
    )


# Bad input ------------------------------------------------------------------------------


def other_locale_topic(topics):
    return topics["en"]["district-heating"].pk


CHOOSE_KIND = "Choose whether you apply as a city, an urban planner or an expert."
TOPICS_FROM_THE_LIST = "Choose topics from the list only."
BAD_APPLICATIONS = {
    "no kind": ({"kind": None}, CHOOSE_KIND),
    "unknown kind": ({"kind": "mayor"}, CHOOSE_KIND),
    "no organisation": ({"organisation": "  "}, "Enter the name of your city or organisation."),
    "no country": ({"country": ""}, "Choose your country."),
    "unknown country": ({"country": "XX"}, "Choose your country from the list."),
    "no contact": ({"contact_name": None}, "Enter the name of the person we may contact."),
    "no e-mail": ({"email": ""}, "Enter your e-mail address."),
    "bad e-mail": (
        {"email": "mette.holm@"},
        "Enter a valid e-mail address, such as name@example.org.",
    ),
    "bad telephone": (
        {"phone": "call me"},
        "Enter a telephone number in digits, such as +45 12 34 56 78.",
    ),
    "no motivation": (
        {"motivation": ""},
        "Tell us in a few sentences why you would like to join.",
    ),
    "long motivation": (
        {"motivation": "x" * 3001},
        "Shorten your motivation to at most 3 000 characters.",
    ),
    "no consent": (
        {"consent": None},
        "Tick the box to agree that we keep your details, or we cannot handle your application.",
    ),
    "unknown topic": ({"topics": ["999999"]}, TOPICS_FROM_THE_LIST),
    "topic of another language": ({"topics": "English district heating"}, TOPICS_FROM_THE_LIST),
    "topic that is no number": ({"topics": ["heating"]}, TOPICS_FROM_THE_LIST),
    "robots' trap filled in": (
        {"website": "http://spam.example"},
        "Your application was not sent: the field “Leave this field empty” was filled in, "
        "as spam robots do. Empty it and send the form again.",
    ),
}


@pytest.mark.parametrize("case", BAD_APPLICATIONS)
def test_a_bad_application_stores_nothing_and_says_what_to_fix(
    client, join_pages, topics, moderator_dk, case
):
    changes, message = BAD_APPLICATIONS[case]
    if changes.get("topics") == "English district heating":
        # A forged id: a real topic, but not one the Danish page offers.
        changes = {"topics": [topics["en"]["district-heating"].pk]}

    response = apply(client, application_form_data(**changes))

    assert response.status_code == 400
    html = response.content.decode()
    assert interface_text("da", message) in html
    assert (
        interface_text(
            "da", "Your application was not sent yet. Please correct the fields marked below."
        )
        in html
    )
    assert nothing_stored()
    assert mail.outbox == []
    # What the visitor typed is still there, so only the mistake needs fixing.
    assert 'value="Aarhus Kommune"' in html or case == "no organisation"
    assert "Vi vil lære af andre byer om fjernvarme og energirenovering." in html or (
        "motivation" in changes
    )


def test_a_bad_application_keeps_the_chosen_topics_ticked(client, join_pages, topics):
    heating = topics["da"]["district-heating"]

    response = apply(client, application_form_data(email="", topics=[heating.pk]))

    html = response.content.decode()
    ticked = re.search(rf'<input[^>]*value="{heating.pk}"[^>]*>', html).group(0)
    assert "checked" in ticked


@override_settings(JOIN_RATE_LIMIT=2, JOIN_RATE_WINDOW=600)
def test_too_many_applications_from_one_address_are_refused(client, join_pages, moderator_dk):
    apply(client, application_form_data(organisation="Første"))
    apply(client, application_form_data(organisation="Anden"))

    response = apply(client, application_form_data(organisation="Tredje"))

    assert response.status_code == 429
    html = response.content.decode()
    assert interface_text("da", "Too many attempts") in html
    with translation.override("da"):
        wait = ngettext(
            "This form was sent too often from your connection. Please try again in a minute.",
            "This form was sent too often from your connection. Please try again in "
            "%(minutes)s minutes.",
            10,
        ) % {"minutes": 10}
    assert wait in html
    assert sorted(MembershipApplication.objects.values_list("organisation", flat=True)) == [
        "Anden",
        "Første",
    ]
    # Reading the page is still possible.
    assert client.get(DANISH_PAGE, HTTP_HOST="dk.localhost").status_code == 200


# Speed ----------------------------------------------------------------------------------


def test_the_join_page_keeps_its_query_budget_however_many_topics(
    client, join_pages, topics, locales
):
    few = assert_query_budget(client, "dk.localhost", DANISH_PAGE)
    for number in range(20):
        TopicFactory(locale=locales["da"], name=f"Emne {number}", slug=f"emne-{number}")

    many, _queries = count_queries(client, "dk.localhost", DANISH_PAGE)

    assert many == few, f"{few} queries with 4 topics, {many} with 24"
    assert "Emne 19" in client.get(DANISH_PAGE, HTTP_HOST="dk.localhost").content.decode()


# The demo --------------------------------------------------------------------------------


class DemoLoader:
    """What load_join_pages needs of the demo loader: the home pages and the locales."""

    def __init__(self, network, locales):
        self.homes = {code: site.root_page.specific for code, site in network.items()}
        self.locales = locales
        self.messages = []

    def log(self, message):
        self.messages.append(message)


def demo_state():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "translations": Translation.objects.count(),
        "applications": MembershipApplication.objects.count(),
        "events": ApplicationEvent.objects.count(),
    }


def test_the_demo_writes_a_join_page_on_every_site_in_its_languages(
    client, network, locales, topics
):
    loader = DemoLoader(network, locales)

    load_join_pages(loader)
    loaded = demo_state()
    load_join_pages(loader)

    assert demo_state() == loaded
    # The European page in English and its five translations, five national pages and
    # their English translations.
    assert JoinPage.objects.count() == 6 + 5 * 2
    for host, path, text in (
        ("localhost", "/en/apply/", "The SmartEnCity Network welcomes small and medium-sized"),
        ("localhost", "/bg/kandidatstvane/", "Мрежа SmartEnCity посреща малки и средни"),
        ("localhost", "/it/richiesta-di-adesione/", "La Rete SmartEnCity accoglie le città"),
        ("dk.localhost", "/da/ansoeg-om-medlemskab/", "Energibyerne byder små og mellemstore"),
        ("dk.localhost", "/en/apply/", "Energibyerne welcomes small and medium-sized Danish"),
        ("ee.localhost", "/et/liitumistaotlus/", "SmartEnCity Eesti võrgustik ootab liituma"),
        ("es.localhost", "/es/solicitud-de-adhesion/", "La Red SmartEnCity España da la"),
    ):
        response = client.get(path, HTTP_HOST=host)
        assert response.status_code == 200, f"{host}{path}"
        assert text in response.content.decode(), f"{host}{path}"

    pending = MembershipApplication.objects.order_by("organisation")
    assert [(a.organisation, a.network, a.language, a.status) for a in pending] == [
        ("Ayuntamiento de Huesca", "es", "es", "pending"),
        ("Studio Associato Energia e Territorio", "it", "it", "pending"),
        ("Vejle Kommune", "dk", "da", "pending"),
    ]
    vejle = pending.get(organisation="Vejle Kommune")
    assert list(vejle.topics.all()) == [topics["da"]["district-heating"]]
    assert [event.action for event in vejle.events.all()] == ["submitted"]
