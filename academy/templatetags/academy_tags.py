from django import template
from django.utils.formats import date_format

from academy.embeds import embed_html

register = template.Library()


@register.inclusion_tag("academy/includes/event_time.html")
def event_time(page):
    """When an event happens, as the organisers announced it: in its own time zone.

    The date is written the visitor's way ("12 March 2026", "12. marts 2026"); the clock and
    the zone's abbreviation (CET, WEST) are the event's own.
    """
    start, end = page.local_starts_at, page.local_ends_at
    # Template filters would move the times into the server's zone: format them here.
    return {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "date": date_format(start, "DATE_FORMAT"),
        "start_clock": start.strftime("%H:%M"),
        "end_date": date_format(end, "DATE_FORMAT") if end.date() != start.date() else "",
        "end_clock": end.strftime("%H:%M"),
        "zone": start.tzname(),
        "zone_name": page.time_zone,
    }


@register.inclusion_tag("academy/includes/video.html")
def video(url, title=""):
    return {"url": url, "title": title, "embed_html": embed_html(url)}
