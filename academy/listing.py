"""What the Academy's pages list: events split into upcoming and past, and cities presented.

Each helper reads its pages in one query whatever their number; topic names come from the
cached topics and URLs are built from the pages' paths, so listings cost no query per item.
"""

from functools import reduce
from operator import or_

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language

from django_countries import countries

from home.chrome import page_url
from home.locales import locale_for_language
from solutions.models import CityPage


def event_entry(page, request, now, number=None):
    url = page_url(page, request)
    upcoming = page.is_upcoming(now)
    return {
        "page": page,
        "url": url,
        "number": number,
        "topics": page.topic_entries(),
        "upcoming": upcoming,
        "calendar_url": url + page.reverse_subpage("calendar") if url and upcoming else None,
    }


def split_events(pages, request):
    """(upcoming, past): the next event first, then the most recent past event first."""
    now = timezone.now()
    entries = [event_entry(page, request, now) for page in pages]
    upcoming = sorted(
        (entry for entry in entries if entry["upcoming"]), key=lambda e: e["page"].starts_at
    )
    past = sorted(
        (entry for entry in entries if not entry["upcoming"]),
        key=lambda e: e["page"].starts_at,
        reverse=True,
    )
    return upcoming, past


def webinars_by_series(series, request):
    """{series id: {"upcoming", "past", "count", "next"}} with every live webinar, in one query.

    A webinar's number is its place in the series (the order editors give the pages), counting
    only live webinars; both lists keep that order.
    """
    from academy.models import WebinarPage

    result = {each.pk: {"upcoming": [], "past": [], "count": 0, "next": None} for each in series}
    if not series:
        return result
    by_path = {each.path: each.pk for each in series}
    steplen = series[0].steplen
    within = reduce(or_, (Q(path__startswith=path) for path in by_path))
    webinars = (
        WebinarPage.objects.live().filter(within, depth=series[0].depth + 1).order_by("path")
    )
    now = timezone.now()
    for webinar in webinars:
        group = result[by_path[webinar.path[:-steplen]]]
        group["count"] += 1
        entry = event_entry(webinar, request, now, number=group["count"])
        group["upcoming" if entry["upcoming"] else "past"].append(entry)
    for group in result.values():
        upcoming = sorted(group["upcoming"], key=lambda e: e["page"].starts_at)
        group["next"] = upcoming[0] if upcoming else None
    return result


def localized_cities(page, request):
    """The cities a session presents, each in the visitor's language where it is translated."""
    cities = getattr(page, "cities", None)
    if cities is None:
        return []
    if "cities" in getattr(page, "_cluster_related_objects", {}):
        # A preview: the editor's choice, not saved yet, is held on the page.
        keys = [city.translation_key for city in cities.all()]
    else:
        keys = CityPage.objects.filter(academy_sessions=page).values("translation_key")
    visitor_locale = locale_for_language(get_language())
    best = {}
    for city in CityPage.objects.live().filter(translation_key__in=keys).order_by("pk"):
        current = best.get(city.translation_key)
        if current is None or (
            visitor_locale
            and city.locale_id == visitor_locale.pk
            and current.locale_id != visitor_locale.pk
        ):
            best[city.translation_key] = city
    return sorted(
        (
            {
                "title": city.title,
                "url": page_url(city, request),
                "country": countries.name(city.country.code),
            }
            for city in best.values()
        ),
        key=lambda entry: entry["title"],
    )
