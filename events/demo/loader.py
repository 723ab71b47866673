"""Load the demo events (see `events/demo/__init__.py`) on every site that has some.

Each site gets its event index under its home page, with events in the site's language,
translated with wagtail-localize into the languages their texts are given in. The dates are
counted from the day the demo is loaded, so some events are always to come and some over.
Running it again updates the same pages and adds no registration twice.
"""

import datetime
from importlib import import_module
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone

from events.models import EventIndexPage, EventPage, Registration, RegistrationStatus
from national_sites.translation import translate
from solutions.demo.loader import texts
from solutions.geo import format_point
from solutions.models import CityPage, Topic

# Demo registrations are spread over the days before loading, an hour apart, in list order:
# the waiting list moves up in that order.
REGISTRATIONS_START_DAYS_AGO = 10


def site_content(code):
    try:
        return import_module(f"events.demo.sites.{code}")
    except ModuleNotFoundError:
        return None


def event_day(today, weeks, weekday):
    """The first `weekday` (0 = Monday) on or after `weeks` weeks from `today`."""
    day = today + datetime.timedelta(weeks=weeks)
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


def at(day, clock, zone):
    return datetime.datetime.combine(day, datetime.time.fromisoformat(clock), tzinfo=zone)


def paragraphs(spec, language):
    return "".join(f"<p>{paragraph[language]}</p>" for paragraph in spec)


class EventsLoader:
    def __init__(self, loader, code, module):
        self.loader = loader
        self.code = code
        self.module = module
        self.source = module.SOURCE_LANGUAGE
        self.home = loader.homes[code]
        self.locale = self.home.locale
        self.english = loader.locales["en"]
        self.today = timezone.localdate()

    def languages(self, spec):
        return [
            language
            for language in spec["title"]
            if language != self.source and language in self.loader.locales
        ]

    def run(self):
        index = self.load_index()
        for spec in self.module.EVENTS:
            self.load_event(index, spec)
        self.loader.log(f"Loaded {len(self.module.EVENTS)} events of {self.code}.")
        return index

    def load_index(self):
        spec = self.module.INDEX
        index = EventIndexPage.objects.child_of(self.home).first()
        if index is None:
            index = EventIndexPage(
                title=spec["title"][self.source], slug=spec["slug"][self.source]
            )
            self.home.add_child(instance=index)
        index.title = spec["title"][self.source]
        index.slug = spec["slug"][self.source]
        index.intro = spec["intro"][self.source]
        index.save_revision().publish()
        for language in self.languages(spec):
            translate(index, self.loader.locales[language], texts(spec, self.source, language, {}))
        return index

    def values(self, spec):
        zone = ZoneInfo(spec["time_zone"])
        day = event_day(self.today, spec["weeks"], spec["weekday"])
        in_person = "online_url" not in spec
        return {
            "title": spec["title"][self.source],
            "kind": spec["kind"],
            "starts_at": at(day, spec["starts"], zone),
            "ends_at": at(day, spec["ends"], zone),
            "time_zone": spec["time_zone"],
            "online_url": spec.get("online_url", ""),
            "venue": spec["venue"][self.source] if in_person else "",
            "address": spec["address"][self.source] if in_person else "",
            "location": (format_point(spec["latitude"], spec["longitude"]) if in_person else ""),
            "description": paragraphs(spec["description"], self.source),
            "agenda": [
                (
                    "item",
                    {
                        "starts_at": datetime.time.fromisoformat(item["time"]),
                        "title": item["title"][self.source],
                        "description": item["description"][self.source]
                        if "description" in item
                        else "",
                    },
                )
                for item in spec.get("agenda", [])
            ],
            "speakers": [
                (
                    "speaker",
                    {
                        "name": speaker["name"],
                        "organisation": speaker["organisation"],
                        "role": speaker["role"][self.source] if "role" in speaker else "",
                    },
                )
                for speaker in spec["speakers"]
            ],
            "capacity": spec["capacity"],
            "registration_open": spec.get("registration_open", True),
        }

    def load_event(self, index, spec):
        slug = spec["slug"][self.source]
        page = EventPage.objects.child_of(index).filter(slug=slug).first() or EventPage(slug=slug)
        for name, value in self.values(spec).items():
            setattr(page, name, value)
        page.topics.set(self.topics(spec["topics"], self.locale))
        page.cities.set(self.cities(spec["cities"], self.locale))
        if page.pk is None:
            index.add_child(instance=page)
        page.save_revision().publish()

        for language in self.languages(spec):
            locale = self.loader.locales[language]
            target = translate(page, locale, texts(spec, self.source, language, {}))
            self.localize_relations(target, spec)
        self.load_registrations(page, spec.get("registrations", []))
        return page

    def topics(self, slugs, locale):
        return list(Topic.objects.filter(locale=locale, slug__in=slugs).order_by("sort_order"))

    def cities(self, english_slugs, locale):
        """The demo cities with these English slugs, in `locale` where translated."""
        cities = []
        for slug in english_slugs:
            english = CityPage.objects.filter(locale=self.english, slug=slug).order_by("pk")
            city = english.first()
            if city is None:
                self.loader.log(f"Events of {self.code}: no city {slug!r}; left out.")
                continue
            cities.append(city.get_translation_or_none(locale) or city)
        return cities

    def localize_relations(self, target, spec):
        """Point a translated event at the topics and cities in its own language.

        wagtail-localize copies the source's related pages and snippets as they are.
        """
        topics = self.topics(spec["topics"], target.locale)
        cities = self.cities(spec["cities"], target.locale)
        same_topics = {topic.pk for topic in target.topics.all()} == {t.pk for t in topics}
        same_cities = {city.pk for city in target.cities.all()} == {c.pk for c in cities}
        if not (same_topics and same_cities):
            target.topics.set(topics)
            target.cities.set(cities)
            target.save_revision().publish()

    def load_registrations(self, page, people):
        """Add the spec's registrations to the event; anyone already registered is left."""
        now = timezone.now()
        start = now - datetime.timedelta(days=REGISTRATIONS_START_DAYS_AGO)
        registered = {
            email.lower()
            for email in Registration.objects.filter(event_key=page.translation_key).values_list(
                "email", flat=True
            )
        }
        for number, person in enumerate(people):
            if person["email"].lower() in registered:
                continue
            registered_at = start + datetime.timedelta(hours=number)
            confirmed = person["status"] == RegistrationStatus.CONFIRMED
            Registration.objects.create(
                event_key=page.translation_key,
                event=page,
                name=person["name"],
                organisation=person["organisation"],
                city=person["city"],
                country=person["country"],
                email=person["email"],
                language=self.source,
                status=person["status"],
                registered_at=registered_at,
                confirmed_at=registered_at if confirmed else None,
            )


@transaction.atomic
def load_events(loader):
    """Write and translate the demo events of every site that has some; return the indexes
    by site code."""
    indexes = {}
    for code in loader.homes:
        module = site_content(code)
        if module is not None:
            indexes[code] = EventsLoader(loader, code, module).run()
    return indexes
