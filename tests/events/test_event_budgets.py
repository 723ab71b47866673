"""The event pages stay within their query budget, the same with 3 events as with 30."""

from datetime import timedelta

import pytest

from events.models import Registration, RegistrationStatus
from national_sites.translation import translate
from tests.events.conftest import DK_HOST, FUTURE, PAST, at
from tests.events.factories import EventPageFactory
from tests.query_budget import MAX_QUERIES, count_queries
from tests.solutions.conftest import national_home, publish
from tests.solutions.factories import CityPageFactory

pytestmark = pytest.mark.django_db

SMALL, LARGE = 3, 30

PAGES = [
    ("localhost", "/en/events/"),
    ("localhost", "/it/events/"),
    ("localhost", "/en/events/?kind=workshop&topic=urban-data&site=dk"),
    ("localhost", "/en/events/?page=2"),
    ("localhost", "/en/events/calendar/"),
    ("localhost", "/en/events/event-00/"),
    ("localhost", "/en/events/event-00/calendar/"),
    (DK_HOST, "/da/arrangementer/"),
    (DK_HOST, "/da/arrangementer/dansk-00/"),
]


class GrowingEvents:
    """Events alternate upcoming and past, on the European index (translated into Danish)
    and on the Danish index (translated into English), each with two topics, two cities,
    an agenda, a speaker and two registrations. The first of each is measured."""

    def __init__(self, network, event_indexes, locales, topics):
        self.indexes = event_indexes
        self.locales = locales
        self.topics = [topics["en"]["district-heating"], topics["en"]["urban-data"]]
        self.cities = []
        for slug, title in (("aarhus", "Aarhus Kommune"), ("odense", "Odense Kommune")):
            city = publish(
                CityPageFactory(parent=national_home(network, "dk"), title=title, slug=slug)
            )
            self.cities.append(translate(city, locales["en"]))
        self.size = 0

    def event(self, index, slug, number):
        moment = (PAST if number % 2 else FUTURE) + timedelta(days=number)
        zone = "Europe/Tallinn" if number % 3 else "Europe/Copenhagen"
        page = publish(
            EventPageFactory(
                parent=index,
                slug=slug,
                starts_at=at(moment, zone),
                ends_at=at(moment, zone) + timedelta(hours=3),
                time_zone=zone,
                topics=self.topics,
                cities=self.cities,
                agenda=[("item", {"starts_at": "09:30", "title": "Welcome", "description": ""})],
                speakers=[
                    (
                        "speaker",
                        {"name": f"Speaker {number}", "role": "Planner", "organisation": "City"},
                    )
                ],
            )
        )
        for person in range(2):
            Registration.objects.create(
                event_key=page.translation_key,
                event=page,
                name=f"Person {person}",
                organisation="City",
                city="Aarhus",
                country="DK",
                email=f"{slug}-{person}@example.org",
                language="en",
                status=RegistrationStatus.CONFIRMED,
            )
        return page

    def grow(self, size):
        for number in range(self.size, size):
            european = self.event(self.indexes["eu"], f"event-{number:02}", number)
            translate(european, self.locales["da"])
            danish = self.event(self.indexes["dk"], f"dansk-{number:02}", number)
            translate(danish, self.locales["en"])
        self.size = size


@pytest.fixture
def growing(network, event_indexes, locales, topics):
    return GrowingEvents(network, event_indexes, locales, topics)


def test_the_event_pages_stay_in_budget_at_both_sizes(client, growing):
    counts, listings = {}, {}
    for size in (SMALL, LARGE):
        growing.grow(size)
        for host, path in PAGES:
            count, queries = count_queries(client, host, path)
            counts.setdefault((host, path), []).append(count)
            listings.setdefault((host, path), []).append(queries)
    for (host, path), (small, large) in counts.items():
        summary = "\n".join(query[:160] for query in listings[(host, path)][1])
        assert small == large, (
            f"{host}{path}: {small} queries with {SMALL} events, {large} with {LARGE}"
        )
        assert large <= MAX_QUERIES, f"{host}{path} made {large} queries:\n{summary}"
