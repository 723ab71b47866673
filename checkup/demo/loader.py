"""Load the demo City Check-up (see `checkup/demo/content.py`) and sample submissions.

The check-up page is written in English under the European home page and translated with
wagtail-localize into the other languages of the content, so translators can sync it later.
Then a dozen demo cities answer it, so the peer comparison and the dashboard have data to
show. Running it again changes nothing: the blocks' ids come from the content's keys, an
unchanged page gets no new revision, and a city's sample submissions are made only once.
"""

import json
import random
import uuid
from collections import Counter
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from wagtail.models import Page
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    TranslationSource,
)

from academy.models import AcademySessionPage, WebinarPage, WebinarSeriesPage
from checkup import scoring
from checkup.demo.content import CHECKUP_PAGE, STAGES
from checkup.models import CheckupPage, CheckupSubmission, PopulationBand
from checkup.submissions import save_submission
from home.models import ExternalResource
from national_sites.access import network_for_country
from national_sites.translation import translate
from solutions.models import CityPage, SolutionPage, Topic

# The namespace of the blocks' ids: a block's id is derived from its keys in the content.
BLOCK_IDS = uuid.UUID("6609fb92-f480-4846-b9b4-fb015277be76")

# Enough Danish and Spanish cities answer for a national comparison; one city of every other
# national network answers too.
COMPARED_NETWORKS = ("dk", "es")
CITIES_PER_OTHER_NETWORK = 1

# How far along a city is likely to be, by its membership stage: cities further along the
# network's membership steps answer better, with some chance either way.
MATURITY = {"awareness": 0.2, "engagement": 0.35, "attitude": 0.5, "replicate": 0.65, "award": 0.8}

# The sample submissions are spread over the last 18 months.
OLDEST_SUBMISSION_DAYS = 540

POPULATION_BANDS = [
    (10_000, PopulationBand.UNDER_10K),
    (50_000, PopulationBand.FROM_10K),
    (100_000, PopulationBand.FROM_50K),
    (250_000, PopulationBand.FROM_100K),
]


def block_id(*keys):
    return str(uuid.uuid5(BLOCK_IDS, "/".join(keys)))


def paragraph(text):
    return f"<p>{text}</p>"


def strings_for(source, language):
    """Every text of the check-up in `source`, with its text in `language`.

    wagtail-localize translates a text once for the whole page, so a text written twice in
    the source must be translated the same way both times.
    """
    strings = {}

    def add(texts):
        translation = strings.setdefault(texts[source], texts[language])
        if translation != texts[language]:
            raise ValueError(
                f"The check-up translates {texts[source]!r} into {language} in two ways: "
                f"{translation!r} and {texts[language]!r}."
            )

    for name in ("title", "slug", "intro", "privacy_notice"):
        add(CHECKUP_PAGE[name])
    for stage in STAGES:
        add(stage["title"])
        add(stage["intro"])
        for question in stage["questions"]:
            add(question["text"])
            add(question["help_text"])
            for option in question["options"]:
                add(option["label"])
        for band in stage["feedback"]:
            add(band["text"])
    return strings


def population_band(population):
    return next(
        (band for limit, band in POPULATION_BANDS if population < limit),
        PopulationBand.OVER_250K,
    )


class CheckupLoader:
    def __init__(self, loader):
        self.loader = loader
        self.home = loader.homes["eu"]
        self.source_locale = self.home.locale
        self.source = self.source_locale.language_code
        self.languages = [
            language
            for language in CHECKUP_PAGE["title"]
            if language != self.source and language in loader.locales
        ]
        self.target_locales = [loader.locales[language] for language in self.languages]
        self.missing = []
        # The pages the next steps recommend, by the id of their block.
        self.chosen_pages = {}

    @transaction.atomic
    def run(self):
        page, changed = self.write_page()
        pages = {self.source: page}
        source, _created = TranslationSource.update_or_create_from_instance(page)
        for language in self.languages:
            pages[language] = self.translate(page, source, language, changed)
        questions = sum(len(stage["questions"]) for stage in STAGES)
        self.loader.log(
            f"Loaded the check-up {page.title!r} with {len(STAGES)} stages and {questions} "
            f"questions in {len(pages)} languages."
        )
        if self.missing:
            self.loader.log(
                "The check-up's recommendations leave out what the demo does not have: "
                + ", ".join(self.missing)
                + "."
            )
        self.load_submissions(pages)
        return page

    # The questionnaire

    def write_page(self):
        """Create or update the English check-up page, and publish it when it changed.

        Returns the page and whether it changed.
        """
        spec = CHECKUP_PAGE
        slug = spec["slug"][self.source]
        values = {
            "title": spec["title"][self.source],
            "intro": spec["intro"][self.source],
            "privacy_notice": paragraph(spec["privacy_notice"][self.source]),
        }
        stages = self.stages_data()
        page = CheckupPage.objects.child_of(self.home).filter(slug=slug).first()
        if page is None:
            page = CheckupPage(slug=slug, stages=stages, **values)
            self.home.add_child(instance=page)
            page.save_revision().publish()
            return page, True
        changed = (
            list(page.stages.raw_data) != stages
            or any(getattr(page, name) != value for name, value in values.items())
            or not page.live
            or page.has_unpublished_changes
        )
        if changed:
            for name, value in values.items():
                setattr(page, name, value)
            page.stages = stages
            page.save_revision().publish()
        return page, changed

    def stages_data(self):
        """The stages as StreamField data, with ids derived from the content's keys."""
        references = References(self.home, self.source_locale, self.target_locales)
        data = []
        for stage in STAGES:
            key = stage["key"]
            topics = []
            for slug in stage["topics"]:
                topic = references.snippet("topic", slug)
                if topic is None:
                    self.leave_out("topic", slug)
                    continue
                topics.append(
                    {"type": "item", "id": block_id(key, "topic", slug), "value": topic.pk}
                )
            value = {
                "title": stage["title"][self.source],
                "intro": stage["intro"][self.source],
                "topics": topics,
                "questions": [
                    self.question_data(key, question) for question in stage["questions"]
                ],
                "feedback": [self.band_data(key, band, references) for band in stage["feedback"]],
            }
            data.append({"type": "stage", "id": block_id(key), "value": value})
        return data

    def leave_out(self, kind, reference):
        missing = f"{kind} {reference}"
        if missing not in self.missing:
            self.missing.append(missing)

    def question_data(self, stage_key, question):
        key = question["key"]
        options = [
            {
                "type": "item",
                "id": block_id(stage_key, key, "option", str(number)),
                "value": {"label": option["label"][self.source], "score": option["score"]},
            }
            for number, option in enumerate(question["options"], start=1)
        ]
        return {
            "type": "item",
            "id": block_id(stage_key, key),
            "value": {
                "text": question["text"][self.source],
                "help_text": question["help_text"][self.source],
                "options": options,
            },
        }

    def band_data(self, stage_key, band, references):
        band_key = f"from-{band['from_percent']}"
        next_steps = []
        for kind, reference in band["next_steps"]:
            if kind in ("topic", "resource"):
                target = references.snippet(kind, reference)
            else:
                target = references.page(kind, reference)
            if target is None:
                self.leave_out(kind, reference)
                continue
            step_id = block_id(stage_key, band_key, kind, reference)
            if isinstance(target, Page):
                self.chosen_pages[step_id] = target
            next_steps.append({"type": kind, "id": step_id, "value": target.pk})
        return {
            "type": "item",
            "id": block_id(stage_key, band_key),
            "value": {
                "from_percent": band["from_percent"],
                "text": paragraph(band["text"][self.source]),
                "next_steps": next_steps,
            },
        }

    def translate(self, page, source, language, source_changed):
        """Translate the page, recommending the pages' translations where they exist.

        A translation that already says all this is left as it is, without a new revision.
        """
        locale = self.loader.locales[language]
        strings = strings_for(self.source, language)
        overridden = self.override_chosen_pages(source, locale)
        target = page.get_translation_or_none(locale)
        if (
            source_changed
            or overridden
            or target is None
            or not target.live
            or target.has_unpublished_changes
            or not self.strings_translated(source, locale, strings)
        ):
            target = translate(page, locale, strings)
        return target.specific

    def override_chosen_pages(self, source, locale):
        """Point the translation's page choosers at the chosen pages in its language, and
        return whether any of them changed.

        wagtail-localize keeps a translation's page choosers on the source's pages until a
        translator overrides them; the demo overrides them the same way. A page not
        translated into the language stays recommended in English.
        """
        existing = {
            override.context_id: override
            for override in SegmentOverride.objects.filter(
                locale=locale, context__object_id=source.object_id
            )
        }
        changed = False
        segments = OverridableSegment.objects.filter(source=source).select_related("context")
        for segment in segments:
            chosen = self.chosen_pages.get(segment.context.path.rsplit(".", 1)[-1])
            translated = chosen and chosen.get_translation_or_none(locale)
            if translated is None:
                continue
            data_json = json.dumps(translated.pk)
            override = existing.get(segment.context_id)
            if override is None:
                SegmentOverride.objects.create(
                    locale=locale, context=segment.context, data_json=data_json
                )
            elif override.data_json != data_json or override.has_error:
                override.data_json = data_json
                override.has_error = False
                override.save(update_fields=["data_json", "has_error"])
            else:
                continue
            changed = True
        return changed

    @staticmethod
    def strings_translated(source, locale, strings):
        """Whether every text of `source` already has its translation from `strings`."""
        segments = (
            StringSegment.objects.filter(source=source)
            .annotate_translation(locale)
            .select_related("string")
        )
        return all(
            segment.translation == strings.get(segment.string.data, segment.translation)
            for segment in segments
        )

    # The sample submissions

    def load_submissions(self, pages):
        questionnaires = {
            language: scoring.read_questionnaire(page) for language, page in pages.items()
        }
        cities = self.sample_cities()
        retaking = next((city for city in cities if city.role == "lighthouse"), None)
        retaking = retaking or (cities[0] if cities else None)
        now = timezone.now()
        created = kept = 0
        for city in cities:
            language = city.locale.language_code
            if language not in pages:
                language = self.source
            page, stages = pages[language], questionnaires[language]
            rng = random.Random(city.slug)  # noqa: S311 (made-up answers, not a secret)
            maturity = MATURITY.get(city.membership_stage, 0.4) + rng.uniform(-0.1, 0.1)
            if city is retaking:
                maturity = max(maturity, 0.5)
            answers = sample_answers(stages, rng, maturity)
            first = weaker_answers(stages, answers, rng) if city is retaking else None
            if first is None:
                days = rng.randint(10, OLDEST_SUBMISSION_DAYS)
                planned = [(answers, now - timedelta(days=days))]
            else:
                days, first_days = rng.randint(10, 200), rng.randint(300, OLDEST_SUBMISSION_DAYS)
                planned = [
                    (first, now - timedelta(days=first_days)),
                    (answers, now - timedelta(days=days)),
                ]

            country = city.country.code
            email = f"energy@{city.slug}.example"
            existing = CheckupSubmission.objects.filter(
                checkup_key=page.translation_key,
                city_key=CheckupSubmission.key_for(city.title, country),
                email=email,
            )
            if existing.count() == len(planned):
                kept += len(planned)
                continue
            existing.delete()
            for city_answers, submitted_at in planned:
                submit(page, stages, city, city_answers, submitted_at, email)
                created += 1
        self.loader.log(
            f"Sample check-up submissions of {len(cities)} cities: {created} created, "
            f"{kept} already there."
        )

    def sample_cities(self):
        """The cities that answer, each in the language it was written in (its source).

        They are taken in the order they were created: the peer minimum of cities from each
        compared network and one from every other network. Cities without a known population
        are left out, since a submission gives its city's size.
        """
        sources = {}
        cities = CityPage.objects.live().select_related("locale").order_by("pk")
        for city in cities:
            sources.setdefault(city.translation_key, city)
        quota = dict.fromkeys(COMPARED_NETWORKS, settings.CHECKUP_PEER_MINIMUM)
        taken = Counter()
        chosen = []
        for city in sources.values():
            if city.population is None:
                continue
            network = network_for_country(city.country.code)
            if taken[network] < quota.get(network, CITIES_PER_OTHER_NETWORK):
                taken[network] += 1
                chosen.append(city)
        return chosen


class References:
    """The source-language pages and snippets that the content names by slug or address.

    A topic or resource is used only where it exists in every language of the check-up,
    because a translation of the check-up needs it in its own language.
    """

    ACADEMY_MODELS = (AcademySessionPage, WebinarSeriesPage, WebinarPage)

    def __init__(self, home, source_locale, target_locales):
        self.home = home
        self.locale = source_locale
        self.snippets = {
            "topic": self.translated(Topic, "slug", target_locales),
            "resource": self.translated(ExternalResource, "url", target_locales),
        }
        self.academy = {}
        academy = (
            Page.objects.descendant_of(home)
            .type(*self.ACADEMY_MODELS)
            .filter(locale=source_locale)
            .order_by("pk")
        )
        for page in academy.specific():
            self.academy.setdefault(page.slug, page)

    def translated(self, model, key, target_locales):
        everywhere = {locale.pk for locale in target_locales}
        languages = {}
        for translation_key, locale_id in model.objects.values_list("translation_key", "locale"):
            languages.setdefault(translation_key, set()).add(locale_id)
        found = {}
        for instance in model.objects.filter(locale=self.locale).order_by("pk"):
            if everywhere <= languages[instance.translation_key]:
                found.setdefault(getattr(instance, key), instance)
        return found

    def snippet(self, kind, reference):
        return self.snippets[kind].get(reference)

    def page(self, kind, reference):
        if kind == "academy":
            return self.academy.get(reference)
        city_slug, solution_slug = reference.split("/")
        city = CityPage.objects.filter(locale=self.locale, slug=city_slug).first()
        if city is None:
            return None
        return SolutionPage.objects.child_of(city).filter(slug=solution_slug).first()


def sample_answers(stages, rng, maturity):
    """Answers of a city about as far along as `maturity` (0 to 1), a little better or worse
    from stage to stage and question to question."""
    answers = {}
    for stage in stages:
        level = min(max(maturity + rng.uniform(-0.2, 0.2), 0.0), 1.0)
        for question in stage.questions:
            ranked = sorted(question.options, key=lambda option: option.score)
            position = round(level * (len(ranked) - 1) + rng.gauss(0, 0.7))
            answers[question.id] = ranked[min(max(position, 0), len(ranked) - 1)].id
    return answers


def weaker_answers(stages, answers, rng):
    """The answers of an earlier check-up by the same city: about half of them one step
    lower. None when no answer can be lower."""
    weaker = dict(answers)
    lowered = []
    for stage in stages:
        for question in stage.questions:
            ranked = sorted(question.options, key=lambda option: option.score)
            position = [option.id for option in ranked].index(answers[question.id])
            lower = ranked[position - 1] if position else None
            if lower is not None and lower.score < ranked[position].score:
                lowered.append((question, lower))
    if not lowered:
        return None
    chosen = [pair for pair in lowered if rng.random() < 0.5] or lowered[:1]
    for question, option in chosen:
        weaker[question.id] = option.id
    return weaker


def submit(page, stages, city, answers, submitted_at, email):
    """Store a city's answers as the public check-up does: scored, frozen, with stage results."""
    details = {
        "city_name": city.title,
        "country": city.country.code,
        "population_band": population_band(city.population),
        "email": email,
    }
    result = scoring.score(stages, answers)
    return save_submission(page, result, details, page.locale.language_code, submitted_at)


def load_checkup(loader):
    """Write the demo check-up under `loader.homes["eu"]` with sample submissions; return the
    English page."""
    return CheckupLoader(loader).run()
