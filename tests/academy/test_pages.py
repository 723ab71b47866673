"""What visitors see on the Academy's pages: upcoming and past events apart, times in each
event's own time zone, speakers, topics and the cities presented."""

import re

from django.core.files.base import ContentFile

from wagtail.documents.models import Document
from wagtail_localize.models import StringSegment, TranslationSource

import pytest

from national_sites.translation import translate
from tests.academy.conftest import FUTURE, PAST, at
from tests.academy.factories import (
    AcademySessionPageFactory,
    WebinarPageFactory,
    WebinarSeriesPageFactory,
)
from tests.solutions.conftest import national_home, publish
from tests.solutions.factories import CityPageFactory

pytestmark = pytest.mark.django_db


def section(html, heading_id):
    """The HTML of the <section> labelled by `heading_id`."""
    match = re.search(
        rf'<section[^>]*aria-labelledby="{heading_id}".*?</section>', html, re.DOTALL
    )
    assert match, f"no section {heading_id}"
    return match.group(0)


def get(client, path, host="localhost"):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200, f"{path} answered {response.status_code}"
    return response.content.decode()


def session(academy, title, slug, moment, zone="Europe/Brussels", **kwargs):
    return publish(
        AcademySessionPageFactory(
            parent=academy,
            title=title,
            slug=slug,
            starts_at=at(moment, zone),
            time_zone=zone,
            **kwargs,
        )
    )


def test_the_academy_lists_upcoming_and_past_sessions_apart(client, academy):
    session(academy, "Energy planning ahead", "ahead", FUTURE)
    session(academy, "Energy planning done", "done", PAST)

    html = get(client, "/en/academy/")

    upcoming = section(html, "upcoming-sessions-heading")
    past = section(html, "past-sessions-heading")
    assert "Energy planning ahead" in upcoming and "Energy planning done" not in upcoming
    assert "Energy planning done" in past and "Energy planning ahead" not in past
    assert 'href="/en/academy/ahead/calendar/"' in upcoming
    assert "calendar/" not in past


def test_a_session_shows_its_time_in_its_own_time_zone(client, academy):
    session(academy, "In Lisbon", "lisbon", FUTURE, "Europe/Lisbon")
    session(academy, "In Brussels", "brussels", FUTURE, "Europe/Brussels")

    lisbon = get(client, "/en/academy/lisbon/")
    brussels = get(client, "/en/academy/brussels/")

    assert '<time datetime="2099-01-15T10:00:00+00:00">' in lisbon
    assert '<abbr title="Europe/Lisbon">WET</abbr>' in lisbon
    assert "10:00</time>–<time" in lisbon and ">11:30</time>" in lisbon
    assert '<time datetime="2099-01-15T10:00:00+01:00">' in brussels
    assert '<abbr title="Europe/Brussels">CET</abbr>' in brussels
    assert "10:00</time>" in brussels


def test_the_date_is_written_in_the_visitors_language(client, academy, locales):
    page = session(academy, "In Lisbon", "lisbon", FUTURE, "Europe/Lisbon")
    translate(page, locales["da"], {"In Lisbon": "I Lissabon"})

    english = get(client, "/en/academy/lisbon/")
    danish = get(client, "/da/academy/lisbon/")

    assert "Jan. 15, 2099, 10:00" in english
    assert "15. januar 2099, 10:00" in danish
    assert "<h1>I Lissabon</h1>" in danish


def test_a_session_page_shows_speakers_topics_cities_and_slides(
    client, academy, network, locales, topics
):
    city = publish(
        CityPageFactory(
            parent=national_home(network, "dk"), title="Sønderborg Kommune", slug="sonderborg"
        )
    )
    english_city = translate(city, locales["en"], {"Sønderborg Kommune": "Sonderborg"})
    slides = Document.objects.create(
        title="Step 1 slides", file=ContentFile(b"%PDF-1.4 slides", name="step-1.pdf")
    )
    page = session(
        academy,
        "Step 1",
        "step-1",
        FUTURE,
        speakers=[
            (
                "speaker",
                {"name": "Ainhoa Etxeberria", "organisation": "Tecnalia", "role": "Planner"},
            )
        ],
        topics=[topics["en"]["district-heating"]],
        cities=[english_city],
        slides=slides,
    )
    translate(page, locales["da"])

    english = get(client, "/en/academy/step-1/")
    danish = get(client, "/da/academy/step-1/")

    assert "Ainhoa Etxeberria" in english and "Tecnalia" in english and "Planner" in english
    assert "District heating" in english
    assert '<a href="http://dk.localhost/en/sonderborg/">Sonderborg</a> (Denmark)' in english
    assert "Step 1 slides (PDF)" in english
    # The Danish page shows the topic and the city in Danish.
    assert "Fjernvarme" in danish
    assert '<a href="http://dk.localhost/da/sonderborg/">Sønderborg Kommune</a>' in danish


def test_a_series_lists_its_webinars_in_order_upcoming_and_past_apart(client, academy):
    series = publish(WebinarSeriesPageFactory(parent=academy, title="Planning", slug="planning"))
    for number, moment in enumerate([PAST, PAST, FUTURE], start=1):
        publish(
            WebinarPageFactory(
                parent=series,
                title=f"Part {number}",
                slug=f"part-{number}",
                starts_at=at(moment.replace(day=number), "Europe/Tallinn"),
                time_zone="Europe/Tallinn",
            )
        )

    html = get(client, "/en/academy/planning/")

    upcoming = section(html, "upcoming-heading")
    past = section(html, "past-heading")
    assert "Webinar 3:" in upcoming and "Part 3" in upcoming and "Part 1" not in upcoming
    assert past.index("Part 1") < past.index("Part 2") and "Part 3" not in past
    assert 'href="/en/academy/planning/part-3/calendar/"' in upcoming
    assert "calendar/" not in past
    assert '<abbr title="Europe/Tallinn">EET</abbr>' in upcoming
    assert "3 webinars in this series." in html


def test_the_academy_summarises_each_series(client, academy):
    series = publish(WebinarSeriesPageFactory(parent=academy, title="Planning", slug="planning"))
    publish(
        WebinarPageFactory(parent=series, title="Done", slug="done", starts_at=at(PAST, "UTC"))
    )
    publish(
        WebinarPageFactory(
            parent=series, title="Next one", slug="next", starts_at=at(FUTURE, "UTC")
        )
    )

    series_html = section(get(client, "/en/academy/"), "series-heading")

    assert '<a href="/en/academy/planning/">Planning</a>' in series_html
    assert "2 webinars · 1 upcoming · 1 past" in series_html
    assert '<a href="/en/academy/planning/next/">Next one</a>' in series_html


def test_a_webinar_names_its_place_in_its_series(client, academy):
    series = publish(WebinarSeriesPageFactory(parent=academy, title="Planning", slug="planning"))
    publish(WebinarPageFactory(parent=series, title="First", slug="first"))
    publish(WebinarPageFactory(parent=series, title="Second", slug="second"))

    html = get(client, "/en/academy/planning/second/")

    assert "Webinar 2 of 2 in the series" in html
    assert '<a href="/en/academy/planning/">Planning</a>' in html


def test_a_deleted_topic_leaves_the_sessions_pages(client, academy, topics):
    session(
        academy,
        "Step 5",
        "step-5",
        FUTURE,
        topics=[topics["en"]["urban-data"], topics["en"]["district-heating"]],
    )
    assert "Urban data platforms" in get(client, "/en/academy/step-5/")

    topics["en"]["urban-data"].delete()

    html = get(client, "/en/academy/step-5/")
    assert "Urban data platforms" not in html and "urban-data" not in html
    assert "District heating" in html


def test_speakers_names_are_not_given_to_translators(client, academy, locales):
    page = session(
        academy,
        "Step 6",
        "step-6",
        FUTURE,
        speakers=[
            ("speaker", {"name": "Jens Hansen", "organisation": "ProjectZero", "role": "Advisor"})
        ],
    )
    translate(page, locales["da"], {"Advisor": "Rådgiver", "Step 6": "Trin 6"})

    source = TranslationSource.objects.get(object_id=page.translation_key)
    strings = set(
        StringSegment.objects.filter(source=source).values_list("string__data", flat=True)
    )
    danish = get(client, "/da/academy/step-6/")

    assert "Advisor" in strings
    assert "Jens Hansen" not in strings and "ProjectZero" not in strings
    assert "Jens Hansen" in danish and "ProjectZero" in danish and "Rådgiver" in danish
