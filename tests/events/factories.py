"""Factories for events: EventPageFactory(parent=index, starts_at=..., topics=[...], ...).

An event is in person by default (a venue, an address and a point on the map), a month ahead,
for three hours; pass `online_url=...` and `address=""` for an online one.
"""

from datetime import timedelta

from django.utils import timezone

import factory
import wagtail_factories

from events.models import EventIndexPage, EventKind, EventPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Meetings and workshops"
    slug = "events"
    intro = "The network's meetings, workshops and study visits."

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    """`topics=[...]` and `cities=[...]` are set after the page is created."""

    title = factory.Sequence(lambda number: f"Workshop {number}")
    slug = factory.Sequence(lambda number: f"workshop-{number}")
    kind = EventKind.WORKSHOP
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=30))
    ends_at = factory.LazyAttribute(lambda page: page.starts_at + timedelta(hours=3))
    time_zone = "Europe/Brussels"
    venue = "City Hall, room 2"
    address = "Grand-Place 1, 1000 Brussels"
    location = "SRID=4326;POINT(4.3522 50.8467)"
    description = "<p>What the workshop covers.</p>"
    capacity = 30

    class Meta:
        model = EventPage
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(page, create, topics, **kwargs):
        if topics:
            page.topics.set(topics)
            page.save()

    @factory.post_generation
    def cities(page, create, cities, **kwargs):
        if cities:
            page.cities.set(cities)
            page.save()
