"""Factories that let tests read as sentences: StandardPageFactory(parent=home, title=...)."""

import factory
import wagtail_factories

from home.models import StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda number: f"Page {number}")
    slug = factory.LazyAttribute(lambda page: page.title.lower().replace(" ", "-"))
    intro = "A page of the network."

    class Meta:
        model = StandardPage
