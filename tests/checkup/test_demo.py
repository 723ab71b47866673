"""The demo City Check-up: its questionnaire in six languages and its sample submissions.

The loader runs once for this module against a small network, rolled back afterwards:

- the demo topics (solutions.demo), in all six languages;
- an Academy session "step-1-strategic-planning" on the European site, translated into
  Spanish only;
- the resource Cities4ZERO in all six languages, and the Covenant of Mayors in English only
  (so a check-up translated into every language cannot recommend it);
- Spanish cities under the Spanish site: Vitoria-Gasteiz (lighthouse, with its solution
  "Plataforma de datos urbanos", translated into English as "urban-data-platform"),
  Pontevedra, Soria, Pamplona, Castellón de la Plana and Granada; Sønderborg under the Danish
  site (with an English translation); Võru under the Estonian site, with no population; and
  Lecce under the Italian site.
"""

from datetime import timedelta
from types import SimpleNamespace

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape

from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import StringSegment, TranslationSource

import pytest

from academy.demo.content import SESSIONS, WEBINAR_SERIES
from checkup import scoring
from checkup.demo.content import CHECKUP_PAGE, CITIES4ZERO, COVENANT_OF_MAYORS, STAGES
from checkup.demo.loader import load_checkup
from checkup.models import CheckupPage, CheckupSubmission, StageResult
from home.demo.resources import RESOURCES
from home.models import ExternalResource, ResourceKind
from national_sites.translation import translate
from solutions.demo.cities import bg, dk, ee, es, it
from solutions.demo.loader import load_topics
from solutions.demo.topics import TOPICS
from solutions.models import MembershipStage, Role, Topic
from tests.academy.factories import AcademyIndexPageFactory, AcademySessionPageFactory
from tests.solutions.conftest import network_sites
from tests.solutions.factories import CityPageFactory, SolutionPageFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "et", "da", "es", "bg", "it"]
SPANISH_CITIES = [
    # title, slug, population
    ("Vitoria-Gasteiz", "vitoria-gasteiz", 255_000),
    ("Pontevedra", "pontevedra", 83_000),
    ("Soria", "soria", 40_000),
    ("Pamplona", "pamplona", 205_000),
    ("Castellón de la Plana", "castellon-de-la-plana", 175_000),
    ("Granada", "granada", 230_000),
]


def make_cities(homes, locales):
    """The cities of the module docstring; returns Vitoria-Gasteiz's data platform (Spanish)."""
    spanish = [
        CityPageFactory(
            parent=homes["es"],
            title=title,
            slug=slug,
            country="ES",
            population=population,
            role=Role.LIGHTHOUSE if order == 0 else Role.MEMBER,
            membership_stage=MembershipStage.AWARD if order == 0 else MembershipStage.ATTITUDE,
        )
        for order, (title, slug, population) in enumerate(SPANISH_CITIES)
    ]
    vitoria = spanish[0]
    platform = SolutionPageFactory(
        parent=vitoria, title="Plataforma de datos urbanos", slug="plataforma-datos-urbanos"
    )
    translate(vitoria, locales["en"], {"Vitoria-Gasteiz": "Vitoria-Gasteiz"})
    translate(
        platform,
        locales["en"],
        {
            "Plataforma de datos urbanos": "Urban data platform",
            "plataforma-datos-urbanos": "urban-data-platform",
        },
    )
    sonderborg = CityPageFactory(
        parent=homes["dk"], title="Sønderborg", slug="soenderborg", country="DK", population=27_000
    )
    translate(sonderborg, locales["en"], {"Sønderborg": "Sonderborg", "soenderborg": "sonderborg"})
    CityPageFactory(parent=homes["ee"], title="Võru", slug="voru", country="EE", population=None)
    CityPageFactory(
        parent=homes["it"], title="Lecce", slug="lecce", country="IT", population=94_000
    )
    return platform


def make_academy(home, locales):
    """The session step-1-strategic-planning, translated into Spanish only; returns both."""
    index = AcademyIndexPageFactory(parent=home)
    translate(index, locales["es"], {"SmartEnCity Academy": "Academia SmartEnCity"})
    session = AcademySessionPageFactory(
        parent=index,
        title="Step 1 – Strategic planning",
        slug="step-1-strategic-planning",
    )
    spanish = translate(
        session,
        locales["es"],
        {
            "Step 1 – Strategic planning": "Paso 1 – Planificación estratégica",
            "step-1-strategic-planning": "paso-1-planificacion-estrategica",
        },
    )
    return session, spanish


def make_resources(locales):
    """Cities4ZERO in the six languages (returned) and the Covenant of Mayors in English."""
    spec = next(spec for spec in RESOURCES if spec["url"] == CITIES4ZERO)
    cities4zero = ExternalResource.objects.create(
        locale=locales["en"], url=CITIES4ZERO, kind=ResourceKind.GUIDE, title=spec["title"]["en"]
    )
    for language in LANGUAGES[1:]:
        translate(cities4zero, locales[language], {spec["title"]["en"]: spec["title"][language]})
    ExternalResource.objects.create(
        locale=locales["en"],
        url=COVENANT_OF_MAYORS,
        kind=ResourceKind.INITIATIVE,
        title="Covenant of Mayors – Europe",
    )
    return cities4zero


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The check-up loaded once into the small network above, rolled back after the module."""
    with django_db_blocker.unblock(), transaction.atomic():
        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        homes = {code: site.root_page.specific for code, site in network_sites().items()}
        load_topics(locales)
        platform = make_cities(homes, locales)
        session, spanish_session = make_academy(homes["eu"], locales)
        cities4zero = make_resources(locales)
        messages = []
        loader = SimpleNamespace(homes=homes, locales=locales, log=messages.append)
        page = load_checkup(loader)
        yield SimpleNamespace(
            loader=loader,
            page=page,
            messages=messages,
            platform=platform,
            session=session,
            spanish_session=spanish_session,
            cities4zero=cities4zero,
        )
        transaction.set_rollback(True)


def translation_of(page, language):
    return page.get_translation(Locale.objects.get(language_code=language)).specific


def topics_of(stage):
    """The stage's topics as (slug, language) pairs."""
    topics = Topic.objects.select_related("locale").in_bulk(stage.topic_ids)
    return [(topics[pk].slug, topics[pk].locale.language_code) for pk in stage.topic_ids]


def next_steps(page, stage_index, from_percent):
    stage = scoring.read_questionnaire(page)[stage_index]
    band = next(band for band in stage.bands if band.from_percent == from_percent)
    return [(step.block_type, step.value) for step in band.next_steps]


def test_the_questionnaire_has_five_stages_of_scored_questions_with_three_bands(demo):
    stages = scoring.read_questionnaire(demo.page)

    assert [stage.title for stage in stages] == [spec["title"]["en"] for spec in STAGES]
    assert 23 <= sum(len(stage.questions) for stage in stages) <= 27
    for stage, spec in zip(stages, STAGES, strict=True):
        assert stage.intro == spec["intro"]["en"]
        assert 4 <= len(stage.questions) <= 6, stage.title
        assert topics_of(stage) == [(slug, "en") for slug in spec["topics"]]
        assert [band.from_percent for band in stage.bands] == [0, 40, 75]
        for band, band_spec in zip(stage.bands, spec["feedback"], strict=True):
            assert str(band.text) == f"<p>{band_spec['text']['en']}</p>"
        for question in stage.questions:
            assert question.help_text
            assert 3 <= len(question.options) <= 4, question.text
            assert question.max_score == 3
            assert min(option.score for option in question.options) == 0


def test_the_coordination_group_question_is_asked_as_written(demo):
    stage = scoring.read_questionnaire(demo.page)[0]
    question = next(q for q in stage.questions if q.text.startswith("Does the city have a cross"))

    assert question.text == (
        "Does the city have a cross-departmental coordination group for energy planning?"
    )
    assert [(option.label, option.score) for option in question.options] == [
        ("Yes, it meets regularly", 3),
        ("Yes, but it rarely meets", 1),
        ("Not yet", 0),
    ]


def test_the_check_up_is_live_in_the_six_languages(client, demo):
    for language in LANGUAGES:
        page = CheckupPage.objects.get(locale__language_code=language)
        assert page.live, language
        assert page.translation_key == demo.page.translation_key
        assert page.title == CHECKUP_PAGE["title"][language]
        assert page.slug == CHECKUP_PAGE["slug"][language]
        assert page.privacy_notice == f"<p>{CHECKUP_PAGE['privacy_notice'][language]}</p>"

        response = client.get(f"/{language}/{page.slug}/", HTTP_HOST="localhost")
        assert response.status_code == 200, language
        html = response.content.decode()
        assert escape(CHECKUP_PAGE["intro"][language]) in html, language
        for spec in STAGES:
            assert escape(spec["title"][language]) in html, (language, spec["key"])


def test_every_text_of_the_check_up_is_translated_with_wagtail_localize(demo):
    source = TranslationSource.objects.get_for_instance(demo.page)
    segments = StringSegment.objects.filter(source=source)
    assert segments.count() > 150
    for language in LANGUAGES[1:]:
        locale = Locale.objects.get(language_code=language)
        untranslated = segments.annotate_translation(locale).filter(translation__isnull=True)
        assert not untranslated.exists(), (language, list(untranslated.values("string__data")))


def test_the_spanish_check_up_asks_in_spanish_with_the_english_scores_and_ids(client, demo):
    english = scoring.read_questionnaire(demo.page)
    spanish_page = translation_of(demo.page, "es")
    spanish = scoring.read_questionnaire(spanish_page)

    for english_stage, spanish_stage, spec in zip(english, spanish, STAGES, strict=True):
        assert spanish_stage.id == english_stage.id
        assert spanish_stage.title == spec["title"]["es"]
        assert spanish_stage.intro == spec["intro"]["es"]
        assert [band.from_percent for band in spanish_stage.bands] == [0, 40, 75]
        assert [str(band.text) for band in spanish_stage.bands] == [
            f"<p>{band['text']['es']}</p>" for band in spec["feedback"]
        ]
        assert topics_of(spanish_stage) == [(slug, "es") for slug in spec["topics"]]
        for ours, theirs, question_spec in zip(
            english_stage.questions, spanish_stage.questions, spec["questions"], strict=True
        ):
            assert theirs.id == ours.id
            assert theirs.text == question_spec["text"]["es"]
            assert theirs.help_text == question_spec["help_text"]["es"]
            assert [(option.id, option.score) for option in theirs.options] == [
                (option.id, option.score) for option in ours.options
            ]
            assert [option.label for option in theirs.options] == [
                option["label"]["es"] for option in question_spec["options"]
            ]

    html = client.get(f"/es/{spanish_page.slug}/stage/1/", HTTP_HOST="localhost").content.decode()
    assert (
        escape(
            "¿Cuenta el ayuntamiento con un grupo de coordinación interdepartamental para la "
            "planificación energética?"
        )
        in html
    )
    assert escape("Sí, pero rara vez se reúne") in html


def test_recommendations_point_at_what_exists_in_the_page_language(demo):
    spanish_page = translation_of(demo.page, "es")
    spanish_resource = demo.cities4zero.get_translation(spanish_page.locale)

    # Commitment, from 0 %: the Academy session and the Cities4ZERO methodology; the
    # Covenant of Mayors exists in English only, so no translation could recommend it.
    assert [(kind, value.pk) for kind, value in next_steps(demo.page, 0, 0)] == [
        ("academy", demo.session.pk),
        ("resource", demo.cities4zero.pk),
    ]
    assert [(kind, value.pk) for kind, value in next_steps(spanish_page, 0, 0)] == [
        ("academy", demo.spanish_session.pk),
        ("resource", spanish_resource.pk),
    ]
    # The session has no Danish translation, so the Danish check-up recommends it in English.
    danish_page = translation_of(demo.page, "da")
    assert next_steps(danish_page, 0, 0)[0][1].pk == demo.session.pk

    # Baseline, from 75 %: Vitoria-Gasteiz's data platform, written in Spanish and translated
    # into English, and the topic ICT and urban data platforms.
    english_platform = demo.platform.get_translation(demo.page.locale)
    urban_data = Topic.objects.get(slug="urban-data", locale=demo.page.locale)
    assert [(kind, value.pk) for kind, value in next_steps(demo.page, 1, 75)] == [
        ("solution", english_platform.pk),
        ("topic", urban_data.pk),
    ]
    assert [(kind, value.pk) for kind, value in next_steps(spanish_page, 1, 75)] == [
        ("solution", demo.platform.pk),
        ("topic", urban_data.get_translation(spanish_page.locale).pk),
    ]

    left_out = next(message for message in demo.messages if "leave out" in message)
    assert f"resource {COVENANT_OF_MAYORS}" in left_out
    assert "solution sonderborg/projectzero-roadmap" in left_out


def test_sample_submissions_store_the_scores_of_their_answers(demo):
    submissions = CheckupSubmission.objects.prefetch_related("stage_results")
    assert submissions.count() == 8
    for submission in submissions:
        answers = {
            question["id"]: question["option_id"]
            for stage in submission.answers
            for question in stage["questions"]
        }
        stages = scoring.read_questionnaire(submission.page.specific)
        result = scoring.score(stages, answers)

        assert result.complete, submission
        assert submission.checkup_key == demo.page.translation_key
        assert submission.language == submission.page.locale.language_code
        assert (submission.points, submission.max_points) == (result.points, result.max_points)
        assert submission.percent == scoring.rounded(result.percent)
        assert submission.answers == scoring.frozen_answers(result)
        assert [
            (row.stage_id, row.title, row.points, row.max_points, row.percent)
            for row in submission.stage_results.all()
        ] == [
            (s.stage.id, s.stage.title, s.points, s.max_points, scoring.rounded(s.percent))
            for s in result.stages
        ]
    assert StageResult.objects.count() == 8 * len(STAGES)


def test_sample_cities_allow_a_national_comparison_and_one_retakes(demo):
    spanish = CheckupSubmission.objects.filter(network="es")
    # The peer minimum of Spanish cities (five), in the order they were created.
    assert sorted(set(spanish.values_list("city_name", flat=True))) == sorted(
        title for title, _slug, _population in SPANISH_CITIES[:5]
    )
    assert set(spanish.values_list("language", flat=True)) == {"es"}

    danish = CheckupSubmission.objects.get(network="dk")
    assert (danish.city_name, danish.language, danish.country.code) == ("Sønderborg", "da", "DK")
    assert danish.city_key == CheckupSubmission.key_for("Sønderborg", "DK")
    assert danish.email == "energy@soenderborg.example"
    assert danish.population_band == "10k-50k"
    assert danish.page_id == translation_of(demo.page, "da").pk

    italian = CheckupSubmission.objects.get(network="it")
    assert (italian.city_name, italian.population_band) == ("Lecce", "50k-100k")
    # Võru's population is unknown, so it cannot say which cities are its peers.
    assert not CheckupSubmission.objects.filter(network="ee").exists()

    oldest = timezone.now() - timedelta(days=548)
    assert not CheckupSubmission.objects.filter(submitted_at__lt=oldest).exists()

    # The lighthouse city Vitoria-Gasteiz took the check-up twice and did better the second
    # time.
    first, second = CheckupSubmission.objects.filter(city_name="Vitoria-Gasteiz").order_by(
        "submitted_at"
    )
    assert first.email == second.email == "energy@vitoria-gasteiz.example"
    assert first.city_key == second.city_key
    assert first.population_band == "over-250k"
    assert second.percent > first.percent
    assert second.submitted_at - first.submitted_at > timedelta(days=90)


def test_running_the_loader_again_changes_nothing(demo):
    def snapshot():
        pages = CheckupPage.objects.order_by("pk")
        return {
            "pages": [
                (page.pk, page.locale_id, page.live, page.latest_revision_id, page.title)
                for page in pages
            ],
            "stages": [list(page.stages.raw_data) for page in pages],
            "revisions": Revision.page_revisions.filter(
                object_id__in=[str(page.pk) for page in pages]
            ).count(),
            "submissions": list(
                CheckupSubmission.objects.order_by("pk").values_list(
                    "pk", "token", "percent", "submitted_at", "page_id"
                )
            ),
            "stage_results": StageResult.objects.count(),
            "page_count": Page.objects.count(),
        }

    before = snapshot()
    load_checkup(demo.loader)

    assert snapshot() == before
    assert "0 created, 8 already there" in demo.messages[-1]


def test_the_content_names_only_what_the_demo_has():
    topics = {topic["slug"] for topic in TOPICS}
    academy = {spec["slug"]["en"] for spec in SESSIONS}
    for series in WEBINAR_SERIES:
        academy.add(series["slug"]["en"])
        academy.update(webinar["slug"]["en"] for webinar in series["webinars"])
    resources = {spec["url"] for spec in RESOURCES}
    solutions = {
        f"{city['slug']['en']}/{solution['slug']['en']}"
        for module in (bg, dk, ee, es, it)
        for city in module.CITIES
        for solution in city["solutions"]
    }
    known = {"topic": topics, "academy": academy, "resource": resources, "solution": solutions}

    for stage in STAGES:
        assert set(stage["topics"]) <= topics
        for band in stage["feedback"]:
            assert band["next_steps"], (stage["key"], band["from_percent"])
            for kind, reference in band["next_steps"]:
                assert reference in known[kind], (kind, reference)


def test_every_text_is_written_in_the_six_languages():
    def texts(spec):
        if isinstance(spec, dict) and "en" in spec:
            yield spec
        elif isinstance(spec, dict):
            for value in spec.values():
                yield from texts(value)
        elif isinstance(spec, list):
            for value in spec:
                yield from texts(value)

    every_text = list(texts(CHECKUP_PAGE)) + list(texts(STAGES))
    assert len(every_text) > 150
    for text in every_text:
        assert sorted(text) == sorted(LANGUAGES), text["en"]
        assert all(value.strip() for value in text.values()), text["en"]
