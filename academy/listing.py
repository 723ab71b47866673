"""What the Academy's pages list: events split into upcoming and past, and cities presented.

Each helper reads its pages in one query whatever their number; topic names come from the
cached topics and URLs are built from the pages' paths, so listings cost no query per item.
"""

from collections import defaultdict

from django.db.models import OuterRef, Subquery
from django.db.models.functions import Substr
from django.utils import timezone
from django.utils.translation import get_language

from wagtail.models import Page

from django_countries import countries

from home.chrome import page_url
from home.locales import language_of, locale_for_language
from solutions.models import CityPage


def in_original_order(pages):
    """Pages in the order editors gave their originals, where translations mix with them."""
    original_path = (
        Page.objects.filter(translation_key=OuterRef("translation_key"))
        .order_by("pk")
        .values("path")[:1]
    )
    return pages.alias(original_path=Subquery(original_path)).order_by("original_path", "pk")


def event_entry(page, request, now, number=None):
    url = page_url(page, request)
    upcoming = page.is_upcoming(now)
    return {
        "page": page,
        "url": url,
        "language": language_of(page.locale_id),
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

    A series lists its own webinars and, in their original language, those of its
    translations that have no live translation in its language (the oldest version where
    there are several). A webinar's number is its place in the series (the order editors
    give the pages in the original series), counting only the webinars listed; both lists
    keep that order.
    """
    from academy.models import WebinarPage

    result = {each.pk: {"upcoming": [], "past": [], "count": 0, "next": None} for each in series}
    if not series:
        return result
    depth = series[0].depth
    series_key = Page.objects.filter(
        depth=depth, path=Substr(OuterRef("path"), 1, depth * series[0].steplen)
    ).values("translation_key")[:1]
    webinars = (
        WebinarPage.objects.live()
        .filter(depth=depth + 1)
        .annotate(series_key=Subquery(series_key))
        .filter(series_key__in={each.translation_key for each in series})
        .order_by("pk")
    )
    # {series translation_key: {webinar translation_key: [versions, oldest first]}}
    versions = defaultdict(lambda: defaultdict(list))
    for webinar in webinars:
        versions[webinar.series_key][webinar.translation_key].append(webinar)
    now = timezone.now()
    for each in series:
        chosen = []
        for group in versions[each.translation_key].values():
            own = [webinar for webinar in group if webinar.locale_id == each.locale_id]
            # The group is read oldest first: its first version is the original.
            chosen.append((group[0].path, (own or group)[0]))
        entries = result[each.pk]
        for number, (_order, webinar) in enumerate(sorted(chosen, key=lambda item: item[0]), 1):
            entry = event_entry(webinar, request, now, number=number)
            entries["upcoming" if entry["upcoming"] else "past"].append(entry)
        entries["count"] = len(chosen)
        upcoming = sorted(entries["upcoming"], key=lambda e: e["page"].starts_at)
        entries["next"] = upcoming[0] if upcoming else None
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
                "language": language_of(city.locale_id),
                "country": countries.name(city.country.code),
            }
            for city in best.values()
        ),
        key=lambda entry: entry["title"],
    )
