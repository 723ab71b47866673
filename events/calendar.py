"""Events as iCalendar: one event's .ics file, and an index's feed that calendar programs follow.

The texts and the UID follow the Academy's calendar (academy/calendar.py): an event keeps its
identity across languages and updates, and its times stay in the event's own time zone.
"""

from datetime import timedelta

from django.conf import settings
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import content_disposition_header

from icalendar import Calendar, Event, vDuration

from academy.calendar import plain_text, speakers_text

PRODUCT_ID = "-//SmartEnCity Network//Events//EN"
CONTENT_TYPE = "text/calendar; charset=utf-8"
# Calendar programs poll a feed; an hour keeps them close to the index without hammering it.
FEED_REFRESH = timedelta(hours=1)


def agenda_text(page):
    """The programme as lines of text: "09:30 Welcome" and its description below."""
    lines = []
    for block in page.agenda:
        item = block.value
        clock = item.get("starts_at")
        title = f"{clock.strftime('%H:%M')} {item['title']}" if clock else item["title"]
        lines.append(title)
        if item.get("description"):
            lines.append(item["description"])
    return "\n".join(lines)


def location_text(page):
    """Where to go: the venue and address, or the online meeting link."""
    if page.venue or page.address:
        return ", ".join(part for part in (page.venue, page.address) if part)
    return page.online_url


def event_component(page, url):
    """The VEVENT of one event, its times in the event's own time zone."""
    event = Event()
    event.add("uid", f"{page.translation_key}@{settings.NETWORK_DOMAIN}")
    event.add("dtstamp", page.last_published_at or timezone.now())
    event.add("dtstart", page.local_starts_at)
    event.add("dtend", page.local_ends_at)
    event.add("summary", page.title)
    location = location_text(page)
    if location:
        event.add("location", location)
    online = page.online_url if page.online_url and location != page.online_url else ""
    description = "\n\n".join(
        part
        for part in (
            plain_text(page.description),
            agenda_text(page),
            speakers_text(page),
            online,
            url,
        )
        if part
    )
    event.add("description", description)
    if url:
        event.add("url", url)
    return event


def new_calendar(name=None):
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    return calendar


def add_time_zones(calendar, pages):
    """The zones' rules around the events only: enough for calendar programs, and short."""
    if pages:
        calendar.add_missing_timezones(
            first_date=min(page.local_starts_at.date() for page in pages) - timedelta(days=366),
            last_date=max(page.local_ends_at.date() for page in pages) + timedelta(days=366),
        )


def event_ics(page, url):
    """The single event as an iCalendar file (bytes), with its zone's VTIMEZONE."""
    calendar = new_calendar()
    calendar.add_component(event_component(page, url))
    add_time_zones(calendar, [page])
    return calendar.to_ical()


def event_calendar_response(page, request):
    """The event's .ics file; a page saying the event is over once it is."""
    if not page.is_upcoming():
        # A calendar entry for a past event is of no use; the page says so and links back.
        context = page.get_context(request)
        return TemplateResponse(request, "events/event_over.html", context, status=404)
    response = HttpResponse(event_ics(page, page.get_full_url(request)), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = content_disposition_header(True, f"{page.slug}.ics")
    return response


def index_feed_ics(index, entries, network_name):
    """The index's events (listing entries with "page" and "full_url") as one calendar,
    named after the index and its network, as a calendar program lists it."""
    calendar = new_calendar(name=f"{index.title} – {network_name}")
    calendar.add("x-published-ttl", vDuration(FEED_REFRESH))
    calendar.add("refresh-interval", FEED_REFRESH, parameters={"VALUE": "DURATION"})
    for entry in entries:
        calendar.add_component(event_component(entry["page"], entry["full_url"]))
    add_time_zones(calendar, [entry["page"] for entry in entries])
    return calendar.to_ical()


def index_feed_response(index, request):
    """The feed a calendar program subscribes to: the upcoming events and the recent past."""
    from events.listing import feed_entries, network_name

    response = HttpResponse(
        index_feed_ics(index, feed_entries(index, request), network_name(index)),
        content_type=CONTENT_TYPE,
    )
    # Shown inline: calendar programs subscribe to the address rather than download a file.
    response["Content-Disposition"] = content_disposition_header(False, f"{index.slug}.ics")
    return response
