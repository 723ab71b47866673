"""A visitor registers in Italian for a workshop of the Italian network and receives the
confirmation, with the event for their calendar and a link to cancel."""

import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from django.core import mail

from wagtail.models import Locale

import icalendar
import pytest
from playwright.sync_api import expect

from events.demo.sites import it as italian_events
from events.models import EventIndexPage, EventPage
from national_sites.models import NationalHomePage
from tests.translations import interface_text

pytestmark = pytest.mark.browser


def italian(message, **values):
    return interface_text("it", message, **values)


@dataclass(frozen=True)
class Workshop:
    index_url: str
    index_title: str
    url: str
    title: str
    starts_at: datetime


@pytest.fixture(scope="module")
def italian_workshop(demo_network, django_db_blocker):
    """The Italian network's upcoming demo workshop, read before the browser starts."""
    with django_db_blocker.unblock():
        italian = Locale.objects.get(language_code="it")
        home = NationalHomePage.objects.get(country_code="it", locale=italian)
        index = EventIndexPage.objects.child_of(home).get()
        spec = next(event for event in italian_events.EVENTS if event["kind"] == "workshop")
        workshop = EventPage.objects.child_of(index).get(slug=spec["slug"]["it"])
        assert workshop.accepts_registrations()
        return Workshop(
            index_url=index.get_full_url(),
            index_title=index.title,
            url=workshop.get_full_url(),
            title=workshop.title,
            starts_at=workshop.local_starts_at,
        )


def test_a_visitor_registers_for_a_workshop_in_italian_and_gets_the_confirmation(
    italian_workshop, new_page
):
    workshop = italian_workshop
    page = new_page(locale="it-IT")
    page.goto(workshop.index_url)
    expect(page.locator("html")).to_have_attribute("lang", "it")
    expect(page.get_by_role("heading", level=1)).to_have_text(workshop.index_title)

    page.get_by_role("link", name=workshop.title, exact=True).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(workshop.title)
    assert page.url == workshop.url
    page.get_by_role("link", name=italian("Register"), exact=True).click()

    expect(page.get_by_role("heading", level=1)).to_contain_text(workshop.title)
    page.get_by_label(italian("Your name")).fill("Elisa Romano")
    page.get_by_label(italian("Organisation")).fill("Comune di Cagliari")
    page.get_by_label(italian("City"), exact=True).fill("Cagliari")
    page.get_by_label(italian("Country")).select_option("IT")
    page.get_by_label(italian("E-mail address")).fill("elisa.romano@example.org")
    page.get_by_role("button", name=italian("Register"), exact=True).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(italian("Your place is confirmed"))
    expect(page.locator("html")).to_have_attribute("lang", "it")
    assert urlsplit(page.url).path.startswith(urlsplit(workshop.url).path)
    expect(page.get_by_role("status")).to_contain_text("elisa.romano@example.org")

    (message,) = [m for m in mail.outbox if m.to == ["elisa.romano@example.org"]]
    assert workshop.title in message.subject
    (attachment,) = [a for a in message.attachments if a[0].endswith(".ics")]
    _filename, content, mimetype = attachment
    assert mimetype == "text/calendar"
    (event,) = icalendar.Calendar.from_ical(content).walk("VEVENT")
    starts_at = event["DTSTART"].dt
    assert starts_at == workshop.starts_at
    assert str(starts_at.tzinfo) == "Europe/Rome"
    assert str(event["SUMMARY"]) == workshop.title

    (cancel_url,) = set(re.findall(re.escape(workshop.url) + r"cancel/[\w:.-]+/", message.body))
    page.goto(cancel_url)
    expect(page.get_by_role("heading", level=1)).to_have_text(italian("Give up your place"))
    expect(page.get_by_role("button", name=italian("Yes, give up my place"))).to_be_visible()
