"""Load the demo Academy (see `academy/demo/content.py`) under the European home page.

The index, sessions, webinar series and webinars are written in English and translated with
wagtail-localize into every language their texts are given in. Running it again updates the
same pages. With a scale above 1, numbered copies of the sessions are added, a week apart.
"""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from academy.demo.content import ACADEMY_INDEX, SESSIONS, WEBINAR_SERIES
from academy.models import AcademyIndexPage, AcademySessionPage, WebinarPage, WebinarSeriesPage
from national_sites.translation import translate
from solutions.demo.loader import copy_suffix, texts
from solutions.models import CityPage, Topic


class AcademyLoader:
    def __init__(self, loader):
        self.loader = loader
        self.home = loader.homes["eu"]
        self.source = self.home.locale.language_code
        self.locales = loader.locales
        self.topics = {
            topic.slug: topic for topic in Topic.objects.filter(locale=self.home.locale)
        }

    def languages(self, spec):
        return [
            language
            for language in spec["title"]
            if language != self.source and language in self.locales
        ]

    def write(self, parent, model, slug, values, relations=None):
        """Create or update the child of `parent` with this slug, and publish it."""
        page = model.objects.child_of(parent).filter(slug=slug).first() or model(slug=slug)
        for name, value in values.items():
            setattr(page, name, value)
        for name, items in (relations or {}).items():
            getattr(page, name).set(items)
        if page.pk is None:
            parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    def run(self):
        index = self.load_index()
        count = 0
        for copy in range(self.loader.scale):
            for spec in SESSIONS:
                self.load_event(index, AcademySessionPage, spec, copy)
                count += 1
        self.loader.log(f"Loaded {count} Academy sessions.")
        for spec in WEBINAR_SERIES:
            series = self.write(
                index,
                WebinarSeriesPage,
                spec["slug"][self.source],
                {"title": spec["title"][self.source], "intro": spec["intro"][self.source]},
            )
            for language in self.languages(spec):
                translate(series, self.locales[language], texts(spec, self.source, language, {}))
            for webinar in spec["webinars"]:
                self.load_event(series, WebinarPage, webinar, 0)
            self.loader.log(
                f"Loaded the webinar series {series.title!r} with {len(spec['webinars'])} "
                "webinars."
            )
        return index

    def load_index(self):
        spec = ACADEMY_INDEX
        index = self.write(
            self.home,
            AcademyIndexPage,
            spec["slug"][self.source],
            {"title": spec["title"][self.source], "intro": spec["intro"][self.source]},
        )
        for language in self.languages(spec):
            translate(index, self.locales[language], texts(spec, self.source, language, {}))
        return index

    def load_event(self, parent, model, spec, copy):
        title_suffix, slug_suffix = copy_suffix(copy)
        zone = ZoneInfo(spec["time_zone"])
        starts_at = datetime.fromisoformat(spec["starts_at"]).replace(tzinfo=zone)
        values = {
            "title": spec["title"][self.source] + title_suffix,
            "starts_at": starts_at + timedelta(weeks=copy),
            "time_zone": spec["time_zone"],
            "duration_minutes": spec["duration_minutes"],
            "speakers": [
                (
                    "speaker",
                    {
                        "name": speaker["name"],
                        "organisation": speaker["organisation"],
                        "role": speaker.get("role", ""),
                    },
                )
                for speaker in spec["speakers"]
            ],
            "description": "".join(
                f"<p>{paragraph[self.source]}</p>" for paragraph in spec["description"]
            ),
        }
        relations = {
            "topics": [self.topics[slug] for slug in spec["topics"] if slug in self.topics]
        }
        cities = self.english_cities(spec.get("cities", []))
        if model is AcademySessionPage:
            relations["cities"] = cities
        page = self.write(
            parent, model, spec["slug"][self.source] + slug_suffix, values, relations
        )

        for language in self.languages(spec):
            strings = texts(spec, self.source, language, {})
            if title_suffix:
                strings[page.title] = spec["title"][language] + title_suffix
                strings[page.slug] = spec["slug"][language] + slug_suffix
            target = translate(page, self.locales[language], strings)
            if model is AcademySessionPage:
                self.localize_cities(target, cities)
        return page

    def english_cities(self, slugs):
        """The cities by English slug: each city's English translation."""
        english = self.locales.get("en")
        found = {
            city.slug: city
            for city in CityPage.objects.filter(locale=english, slug__in=slugs).order_by("pk")
        }
        missing = [slug for slug in slugs if slug not in found]
        if missing:
            self.loader.log(f"No English city page for {', '.join(missing)}; left out.")
        return [found[slug] for slug in slugs if slug in found]

    def localize_cities(self, target, cities):
        """Point a translated session at the cities in its own language, where they exist."""
        localized = [city.get_translation_or_none(target.locale) or city for city in cities]
        if {city.pk for city in target.cities.all()} != {city.pk for city in localized}:
            target.cities.set(localized)
            target.save_revision().publish()


def load_academy(loader):
    """Write the demo Academy under `loader.homes["eu"]`; return its index page."""
    return AcademyLoader(loader).run()
