from datetime import UTC

from django import template
from django.utils.formats import date_format

register = template.Library()


def utc_stamp(moment):
    """The instant as the `datetime` attribute gives it: UTC, with the Z."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@register.inclusion_tag("events/includes/event_when.html")
def event_when(page, detailed=False):
    """When an event happens, as the organisers announced it: in its own time zone.

    The date is written in the language being read ("15 January 2099", "15 gennaio 2099"),
    the clock and the zone's abbreviation (EET, CET) are the event's own. The `datetime`
    attributes carry the instants in UTC, from which events/js/event-time.js adds the time
    in the reader's own zone when `detailed`.
    """
    start, end = page.local_starts_at, page.local_ends_at
    # Template filters would move the times into the server's zone: format them here.
    return {
        "start": utc_stamp(start),
        "end": utc_stamp(end),
        "date": date_format(start, "DATE_FORMAT"),
        "start_clock": start.strftime("%H:%M"),
        "end_date": date_format(end, "DATE_FORMAT") if end.date() != start.date() else "",
        "end_clock": end.strftime("%H:%M"),
        "zone": start.tzname(),
        "zone_name": page.time_zone,
        "detailed": detailed,
    }
