"""An event as an iCalendar (.ics) file that visitors add to their own calendar."""

from datetime import timedelta
from html import unescape

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.http import content_disposition_header

from wagtail.rich_text import expand_db_html

from icalendar import Calendar, Event

PRODUCT_ID = "-//SmartEnCity Network//Academy//EN"


def plain_text(rich_text):
    """Rich text as plain paragraphs: calendar programs show DESCRIPTION as text."""
    html = expand_db_html(rich_text or "")
    for closing in ("</p>", "</li>", "</h3>"):
        html = html.replace(closing, closing + "\n\n")
    return "\n\n".join(
        line.strip() for line in unescape(strip_tags(html)).split("\n\n") if line.strip()
    )


def speakers_text(page):
    lines = []
    for block in page.speakers:
        speaker = block.value
        details = ", ".join(
            part for part in (speaker.get("role"), speaker.get("organisation")) if part
        )
        lines.append(f"{speaker['name']} ({details})" if details else speaker["name"])
    return "\n".join(lines)


def build_calendar(page, url):
    """A calendar holding the one event, its times in the event's own time zone.

    The UID comes from the page's translation key, so the event keeps its identity across
    languages and updates: importing the Danish file after the English one updates the same
    entry instead of adding a second.
    """
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"{page.translation_key}@{settings.NETWORK_DOMAIN}")
    event.add("dtstamp", page.last_published_at or timezone.now())
    event.add("dtstart", page.local_starts_at)
    event.add("dtend", page.local_ends_at)
    event.add("summary", page.title)
    description = "\n\n".join(
        part for part in (plain_text(page.description), speakers_text(page), url) if part
    )
    event.add("description", description)
    event.add("url", url)
    calendar.add_component(event)
    # The zone's rules around the event only: enough for calendar programs, and a short file.
    calendar.add_missing_timezones(
        first_date=page.local_starts_at.date() - timedelta(days=366),
        last_date=page.local_ends_at.date() + timedelta(days=366),
    )
    return calendar


def calendar_response(page, request):
    url = page.get_full_url(request)
    response = HttpResponse(
        build_calendar(page, url).to_ical(), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = content_disposition_header(True, f"{page.slug}.ics")
    return response
