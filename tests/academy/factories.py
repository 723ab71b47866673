"""Factories for the Academy: AcademySessionPageFactory(parent=index, starts_at=..., ...)."""

from datetime import timedelta

from django.utils import timezone

import factory
import wagtail_factories

from academy.models import AcademyIndexPage, AcademySessionPage, WebinarPage, WebinarSeriesPage


class AcademyIndexPageFactory(wagtail_factories.PageFactory):
    title = "SmartEnCity Academy"
    slug = "academy"
    intro = "Training for city staff."

    class Meta:
        model = AcademyIndexPage


class EventFactory(wagtail_factories.PageFactory):
    """`topics=[...]` and `cities=[...]` are set after the page is created."""

    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=30))
    time_zone = "Europe/Brussels"
    duration_minutes = 90
    description = "<p>What the session covers.</p>"

    class Meta:
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(page, create, topics, **kwargs):
        if topics:
            page.topics.set(topics)
            page.save()


class AcademySessionPageFactory(EventFactory):
    title = factory.Sequence(lambda number: f"Session {number}")
    slug = factory.Sequence(lambda number: f"session-{number}")

    class Meta:
        model = AcademySessionPage

    @factory.post_generation
    def cities(page, create, cities, **kwargs):
        if cities:
            page.cities.set(cities)
            page.save()


class WebinarSeriesPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda number: f"Series {number}")
    slug = factory.Sequence(lambda number: f"series-{number}")
    intro = "Online courses."

    class Meta:
        model = WebinarSeriesPage


class WebinarPageFactory(EventFactory):
    title = factory.Sequence(lambda number: f"Webinar {number}")
    slug = factory.Sequence(lambda number: f"webinar-{number}")
    duration_minutes = 60

    class Meta:
        model = WebinarPage
