"""What the event pages show: an index's events, upcoming and past, filtered; an event's facts.

An index reads its events in one query whatever their number, and their confirmed places in
one more; topic names come from the cached topics, sites and URLs from Wagtail's cached site
root paths, so a listing costs no query per event.
"""

from collections import defaultdict
from datetime import timedelta
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import get_language

from wagtail.models import Site

from django_countries import countries

from home.chrome import page_url
from home.listings import listed_children
from home.locales import language_of, locale_for_language
from smartencity.page_cache import clear_page_cache_after_commit
from solutions.network_data import topics_in

PAST_PER_PAGE = 10
# How long a past event stays in an index's calendar feed: recent entries stay in the
# subscribers' calendars, older ones are not sent over and over.
FEED_PAST_DAYS = 90
EUROPEAN = "eu"


def forget_event_counts(event_key):
    """Call after a registration for the event `event_key` is made, cancelled or moved up.

    The places left show on the event's pages (every language) and on the indexes listing
    it, which anonymous visitors get from the page cache: the cache is emptied once the
    change is committed, as publishing a page does. `event_key` says which event changed,
    for a narrower invalidation later; today every page goes.
    """
    clear_page_cache_after_commit()


def confirmed_counts(event_keys):
    """{event translation_key: confirmed registrations}, in one query."""
    from events.models import Registration, RegistrationStatus

    if not event_keys:
        return {}
    rows = (
        Registration.objects.filter(event_key__in=event_keys, status=RegistrationStatus.CONFIRMED)
        .values("event_key")
        .annotate(count=Count("pk"))
        .order_by()
    )
    return {row["event_key"]: row["count"] for row in rows}


def registration_state(page, confirmed, now):
    """What a visitor can do about the event: "over", "closed", "full" or "open", and places."""
    places_left = max(page.capacity - confirmed, 0)
    if not page.is_upcoming(now):
        state = "over"
    elif not page.accepts_registrations(now):
        state = "closed"
    elif places_left == 0:
        state = "full"
    else:
        state = "open"
    return {"state": state, "places_left": places_left}


# Sites --------------------------------------------------------------------------------------


def site_code(hostname):
    """The network code ("eu", "dk", ...) of the site at `hostname`, or None."""
    if hostname == settings.NETWORK_DOMAIN:
        return EUROPEAN
    country = settings.NETWORK.country_for_hostname(hostname, settings.NETWORK_DOMAIN)
    return country.code if country else None


def site_root_paths():
    """[(network code, root url_path)] for every site and language, from Wagtail's cache."""
    return [
        (site_code(urlsplit(root.root_url).hostname), root.root_path)
        for root in Site.get_site_root_paths()
    ]


def site_of(page, roots=None):
    """The network code of the site whose tree holds `page`."""
    for code, root_path in roots if roots is not None else site_root_paths():
        if page.url_path.startswith(root_path):
            return code
    return None


def site_names():
    """{network code: the network's name}: the European network first, then each country's."""
    names = {EUROPEAN: settings.NETWORK.name}
    for country in settings.NETWORK.countries:
        names[country.code] = f"{country.network_name} ({countries.name(country.code.upper())})"
    return names


def network_name(page):
    """The name of the network whose site holds `page`: "Energibyerne" for the Danish one."""
    code = site_of(page)
    if code == EUROPEAN or code is None:
        return settings.NETWORK.name
    return next(
        country.network_name for country in settings.NETWORK.countries if country.code == code
    )


def is_european_index(index):
    return site_of(index) == EUROPEAN


# Which events an index lists ----------------------------------------------------------------


def network_events(index):
    """Every live event of every site, each once: in the index's language where translated,
    else in its original language (the oldest version)."""
    from events.models import EventPage

    # Public first: a version behind a view restriction must not hide a public one.
    in_listing = EventPage.objects.live().public()
    preferred_version = in_listing.filter(translation_key=OuterRef("translation_key")).filter(
        Q(locale_id=index.locale_id) | Q(pk__lt=OuterRef("pk"))
    )
    return in_listing.filter(Q(locale_id=index.locale_id) | ~Exists(preferred_version))


def listed_events(index):
    """The events an index lists: the European index lists the whole network's, a national
    index its own. Events behind a view restriction are left out: indexes are public."""
    from events.models import EventPage

    if is_european_index(index):
        return network_events(index)
    return listed_children(EventPage, index).public()


def filtered(events, filters):
    """The events that match the visitor's valid filters."""
    if filters.get("kind"):
        events = events.filter(kind=filters["kind"])
    if filters.get("topic"):
        slug = filters["topic"]
        # topic_slugs is the sorted slugs separated by spaces: match whole words only.
        events = events.filter(
            Q(topic_slugs=slug)
            | Q(topic_slugs__startswith=f"{slug} ")
            | Q(topic_slugs__endswith=f" {slug}")
            | Q(topic_slugs__contains=f" {slug} ")
        )
    if filters.get("site"):
        prefixes = [path for code, path in site_root_paths() if code == filters["site"]]
        matches = Q(pk__in=[])
        for prefix in prefixes:
            matches |= Q(url_path__startswith=prefix)
        events = events.filter(matches)
    return events


# Entries ------------------------------------------------------------------------------------


def topic_entries(page, language):
    topics = topics_in(language)
    return [
        {
            "slug": slug,
            "name": topics.get(slug, (slug, ""))[0],
            "colour": topics.get(slug, ("", ""))[1],
        }
        for slug in page.topic_slugs.split()
    ]


def event_entry(page, request, now, counts, roots, names):
    url = page_url(page, request) or ""
    upcoming = page.is_upcoming(now)
    language = language_of(page.locale_id)
    return {
        "page": page,
        "url": url,
        "language": language,
        "kind": page.get_kind_display(),
        "topics": topic_entries(page, language),
        "site": names.get(site_of(page, roots)),
        "upcoming": upcoming,
        "calendar_url": url + page.reverse_subpage("calendar") if url and upcoming else None,
        **registration_state(page, counts.get(page.translation_key, 0), now),
    }


def event_entries(pages, request, now=None):
    """Listing entries for `pages`, with their places left read in one query."""
    now = now or timezone.now()
    pages = list(pages)
    counts = confirmed_counts({page.translation_key for page in pages if page.is_upcoming(now)})
    roots = site_root_paths()
    names = site_names()
    return [event_entry(page, request, now, counts, roots, names) for page in pages]


def filter_choices(index, language):
    """The choices of the index's filter form, in the visitor's language."""
    from events.models import EventKind

    choices = {
        "kind": list(EventKind.choices),
        "topic": [(slug, name) for slug, (name, _colour) in topics_in(language).items()],
    }
    if is_european_index(index):
        choices["site"] = list(site_names().items())
    return choices


def index_context(index, request):
    """The index's upcoming events (soonest first) and its past ones (newest first, by page)."""
    from events.forms import EventFilterForm

    now = timezone.now()
    language = language_of(index.locale_id)
    form = EventFilterForm(request.GET, choices=filter_choices(index, language))
    events = listed_events(index)
    filters = form.cleaned_data if form.is_valid() else {}
    events = filtered(events, filters)
    upcoming = events.filter(ends_at__gt=now).order_by("starts_at", "pk")
    past_pages = Paginator(
        events.filter(ends_at__lte=now).order_by("-starts_at", "-pk"), PAST_PER_PAGE
    )
    past = past_pages.get_page(request.GET.get("page"))
    query = {name: value for name, value in filters.items() if value}
    url = page_url(index, request) or ""
    return {
        "filter_form": form,
        "filtered": bool(query),
        "upcoming_events": event_entries(upcoming, request, now),
        "past_events": event_entries(past.object_list, request, now),
        "past_page": past,
        "page_numbers": past_pages.get_elided_page_range(past.number),
        "page_query": urlencode(query),
        "index_url": url,
        "feed_url": url + index.reverse_subpage("calendar") if url else None,
        "is_european": "site" in form.fields,
    }


def feed_entries(index, request):
    """The events of an index's calendar feed: the upcoming ones and those of the last weeks."""
    now = timezone.now()
    since = now - timedelta(days=FEED_PAST_DAYS)
    pages = listed_events(index).filter(ends_at__gt=since).order_by("starts_at", "pk")
    return [{"page": page, "full_url": full_url(page)} for page in pages]


def full_url(page):
    """A page's address with its site's host, as Wagtail gives it, without a query."""
    language = language_of(page.locale_id)
    for root in Site.get_site_root_paths():
        if root.language_code == language and page.url_path.startswith(root.root_path):
            return f"{root.root_url}/{language}/{page.url_path[len(root.root_path) :]}"
    return ""


# One event ----------------------------------------------------------------------------------


def localized_cities(page, request):
    """The event's cities, each in the visitor's language where it is translated."""
    from solutions.models import CityPage

    if page.pk is None or "cities" in getattr(page, "_cluster_related_objects", {}):
        # A preview: the editor's choice, not saved yet, is held on the page.
        keys = [city.translation_key for city in page.cities.all()]
    else:
        keys = CityPage.objects.filter(events=page).values("translation_key")
    visitor_locale = locale_for_language(get_language())
    versions = defaultdict(list)
    for city in CityPage.objects.live().filter(translation_key__in=keys).order_by("pk"):
        versions[city.translation_key].append(city)
    best = [
        next(
            (city for city in group if visitor_locale and city.locale_id == visitor_locale.pk),
            group[0],
        )
        for group in versions.values()
    ]
    return sorted(
        (
            {
                "title": city.title,
                "url": page_url(city, request),
                "language": language_of(city.locale_id),
                "country": countries.name(city.country.code),
            }
            for city in best
        ),
        key=lambda entry: entry["title"],
    )


def map_point(page):
    """(latitude, longitude) from the stored "SRID=4326;POINT(lng lat)", or None."""
    text = page.location or ""
    if "POINT(" not in text:
        return None
    try:
        longitude, latitude = (
            float(part) for part in text.split("POINT(", 1)[1].rstrip(")").split()
        )
    except ValueError:
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    return latitude, longitude


def event_context(page, request):
    """What an event's page shows beside its fields: state, places, links, map and cities."""
    now = timezone.now()
    confirmed = confirmed_counts({page.translation_key}).get(page.translation_key, 0)
    url = page_url(page, request) or ""
    state = registration_state(page, confirmed, now)
    upcoming = page.is_upcoming(now)
    return {
        **state,
        "upcoming": upcoming,
        "kind": page.get_kind_display(),
        "topics": topic_entries(page, language_of(page.locale_id)),
        "cities": localized_cities(page, request),
        "calendar_url": url + page.reverse_subpage("calendar") if url and upcoming else None,
        "register_url": (
            url + page.reverse_subpage("register")
            if url and page.accepts_registrations(now)
            else None
        ),
        "point": map_point(page) if page.address else None,
    }
