"""The Academy's pages stay within their query budget, the same with 3 events as with 30."""

from datetime import timedelta

from django.core.files.base import ContentFile

from wagtail.documents.models import Document
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

import pytest

from national_sites.translation import translate
from tests.academy.conftest import FUTURE, PAST, at
from tests.academy.factories import (
    AcademySessionPageFactory,
    WebinarPageFactory,
    WebinarSeriesPageFactory,
)
from tests.query_budget import MAX_QUERIES, count_queries
from tests.solutions.conftest import national_home, publish
from tests.solutions.factories import CityPageFactory

pytestmark = pytest.mark.django_db

SMALL, LARGE = 3, 30
VIDEO = "https://video.example.org/watch/1"


class GrowingAcademy:
    """Sessions alternate past and upcoming, each with two topics, two cities, slides and a
    cached recording; two series get webinars the same way. The first session
    (/en/academy/session-00/) and the first webinar (/en/academy/series-0/webinar-00/) are
    measured, as are the index and the first series."""

    def __init__(self, academy, network, locales, topics):
        self.academy = academy
        self.topics = [topics["en"]["district-heating"], topics["en"]["urban-data"]]
        self.cities = []
        for slug, title in (("aarhus", "Aarhus Kommune"), ("odense", "Odense Kommune")):
            city = publish(
                CityPageFactory(parent=national_home(network, "dk"), title=title, slug=slug)
            )
            self.cities.append(translate(city, locales["en"]))
        self.slides = Document.objects.create(
            title="Slides", file=ContentFile(b"%PDF-1.4", name="slides.pdf")
        )
        Embed.objects.create(
            url=VIDEO, hash=get_embed_hash(VIDEO), type="video", html="<iframe></iframe>"
        )
        self.series = [
            publish(WebinarSeriesPageFactory(parent=academy, slug=f"series-{n}")) for n in (0, 1)
        ]
        self.sessions = 0
        self.webinars = 0

    def event(self, number):
        moment = (PAST if number % 2 else FUTURE) + timedelta(days=number)
        return {
            "starts_at": at(moment, "Europe/Lisbon" if number % 3 else "Europe/Brussels"),
            "time_zone": "Europe/Lisbon" if number % 3 else "Europe/Brussels",
            "speakers": [("speaker", {"name": f"Speaker {number}", "organisation": "City"})],
            "topics": self.topics,
            "slides": self.slides,
            "video_url": VIDEO,
        }

    def grow(self, size):
        for number in range(self.sessions, size):
            publish(
                AcademySessionPageFactory(
                    parent=self.academy,
                    slug=f"session-{number:02}",
                    cities=self.cities,
                    **self.event(number),
                )
            )
        self.sessions = size
        for number in range(self.webinars, size):
            publish(
                WebinarPageFactory(
                    parent=self.series[number % 2],
                    slug=f"webinar-{number:02}",
                    **self.event(number),
                )
            )
        self.webinars = size


@pytest.fixture
def growing(academy, network, locales, topics):
    return GrowingAcademy(academy, network, locales, topics)


def test_the_academy_pages_stay_in_budget_at_both_sizes(client, growing):
    pages = [
        "/en/academy/",
        "/en/academy/series-0/",
        "/en/academy/session-00/",
        "/en/academy/series-0/webinar-00/",
        "/en/academy/session-00/calendar/",
    ]
    counts, listings = {}, {}
    for size in (SMALL, LARGE):
        growing.grow(size)
        for path in pages:
            count, queries = count_queries(client, "localhost", path)
            counts.setdefault(path, []).append(count)
            listings.setdefault(path, []).append(queries)
    for path, (small, large) in counts.items():
        summary = "\n".join(query[:160] for query in listings[path][1])
        assert small == large, f"{path}: {small} queries with {SMALL} events, {large} with {LARGE}"
        assert large <= MAX_QUERIES, f"{path} made {large} queries:\n{summary}"
