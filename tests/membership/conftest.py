"""Join pages, topics and applications for the membership tests.

Join pages (published):
    European site  localhost     /en/join/         English, with its Danish translation
    Danish site    dk.localhost  /da/bliv-medlem/  Danish

Topics: the four topics of tests/solutions/conftest.py (English, translated into et, da, es).
"""

import pytest

from membership.models import ApplicantKind, ApplicationEvent, JoinPage, MembershipApplication
from national_sites.access import network_for_country
from national_sites.translation import translate
from tests.solutions.conftest import make_topics, national_home, network_locales, publish

DANISH_THANKS = "Tak for din ansøgning. Vi vender tilbage inden for to uger."
ENGLISH_THANKS = "Thank you for applying. We will answer within two weeks."


@pytest.fixture
def locales(db):
    return network_locales()


@pytest.fixture
def topics(locales):
    """{language: {slug: Topic}} for en, et, da and es."""
    return make_topics(locales)


@pytest.fixture
def join_pages(network, locales):
    """The European join page (English, /en/join/, translated into Danish as /da/bliv-medlem/
    on localhost) and the Danish site's own join page (/da/bliv-medlem/ on dk.localhost)."""
    european = JoinPage(
        title="Join the network",
        slug="join",
        intro="<p>Cities, urban planners and experts are welcome.</p>",
        thank_you_text=f"<p>{ENGLISH_THANKS}</p>",
        privacy_notice="<p>We keep your details only to handle your application.</p>",
    )
    network["eu"].root_page.specific.add_child(instance=european)
    publish(european)
    european_danish = translate(
        european,
        locales["da"],
        {"Join the network": "Bliv medlem af netværket", "join": "bliv-medlem"},
    )
    danish = JoinPage(
        title="Bliv medlem af Energibyerne",
        slug="bliv-medlem",
        intro="<p>Kommuner, byplanlæggere og eksperter er velkomne.</p>",
        thank_you_text=f"<p>{DANISH_THANKS}</p>",
        privacy_notice="<p>Vi gemmer kun dine oplysninger for at behandle ansøgningen.</p>",
    )
    national_home(network, "dk").add_child(instance=danish)
    publish(danish)
    return {"eu": european, "eu-da": european_danish, "dk": danish}


def application_form_data(**changes):
    """A complete, valid application from a Danish municipality, changed by `changes`."""
    data = {
        "kind": ApplicantKind.CITY,
        "organisation": "Aarhus Kommune",
        "country": "DK",
        "contact_name": "Mette Holm",
        "email": "mette.holm@aarhus.example",
        "phone": "+45 89 40 20 00",
        "motivation": "Vi vil lære af andre byer om fjernvarme og energirenovering.",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


def make_application(
    organisation="Aarhus Kommune",
    country="DK",
    kind=ApplicantKind.CITY,
    language="da",
    email="mette.holm@aarhus.example",
    topics=(),
):
    """A pending application as the join page stores it, with its SUBMITTED event."""
    application = MembershipApplication.objects.create(
        kind=kind,
        organisation=organisation,
        country=country,
        network=network_for_country(country),
        contact_name="Mette Holm",
        email=email,
        motivation=f"{organisation} wants to learn from other cities.",
        language=language,
    )
    application.topics.set(topics)
    ApplicationEvent.objects.create(
        application=application, action=ApplicationEvent.Action.SUBMITTED
    )
    return application
