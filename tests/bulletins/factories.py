"""Factories for the archives and their issues: BulletinPageFactory(parent=archive, number=3)."""

import datetime

import factory
import wagtail_factories

from bulletins.models import BulletinIndexPage, BulletinPage, NewsletterIndexPage, NewsletterPage


class BulletinIndexPageFactory(wagtail_factories.PageFactory):
    title = "Bulletins"
    slug = "bulletins"
    intro = "The network's bulletins."

    class Meta:
        model = BulletinIndexPage


class NewsletterIndexPageFactory(wagtail_factories.PageFactory):
    title = "Newsletters"
    slug = "newsletters"
    intro = "The twice-yearly newsletter."

    class Meta:
        model = NewsletterIndexPage


class BulletinPageFactory(wagtail_factories.PageFactory):
    number = factory.Sequence(lambda number: number + 1)
    title = factory.LazyAttribute(lambda page: f"Bulletin {page.number}")
    slug = factory.LazyAttribute(lambda page: f"bulletin-{page.number}")
    issue_date = factory.LazyAttribute(
        lambda page: datetime.date(2025, 1, 1) + datetime.timedelta(days=30 * page.number)
    )
    summary = factory.LazyAttribute(lambda page: f"What bulletin {page.number} is about.")

    class Meta:
        model = BulletinPage


class NewsletterPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda number: f"Newsletter {number}")
    slug = factory.LazyAttribute(lambda page: page.title.lower().replace(" ", "-"))
    issue_date = factory.Sequence(
        lambda number: datetime.date(2024, 12, 15) + datetime.timedelta(days=182 * number)
    )
    summary = "Half a year of the network."

    class Meta:
        model = NewsletterPage
