"""Factories for the map's content: CityPageFactory(parent=home, title=..., location=...)."""

import factory
import wagtail_factories

from solutions.models import (
    CityPage,
    MembershipStage,
    NetworkMapPage,
    Role,
    SolutionPage,
    SolutionStatus,
    Topic,
)


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda number: f"Topic {number}")
    slug = factory.Sequence(lambda number: f"topic-{number}")

    class Meta:
        model = Topic


class CityPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda number: f"City {number}")
    country = "DK"
    role = Role.MEMBER
    membership_stage = MembershipStage.AWARENESS
    location = ""

    class Meta:
        model = CityPage


class SolutionPageFactory(wagtail_factories.PageFactory):
    """`topics=[...]` sets the solution's topics after the page is created."""

    title = factory.Sequence(lambda number: f"Solution {number}")
    summary = "What the city did and what it achieved."
    status = SolutionStatus.IMPLEMENTED

    class Meta:
        model = SolutionPage
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(page, create, topics, **kwargs):
        if topics:
            page.topics.set(topics)


class NetworkMapPageFactory(wagtail_factories.PageFactory):
    title = "Network map"
    slug = "map"

    class Meta:
        model = NetworkMapPage
