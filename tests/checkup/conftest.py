"""The check-up tests' questionnaire, and what its reports recommend.

`checkup` is an English CheckupPage at /en/city-check-up/ on localhost, translated with
wagtail-localize into Spanish at /es/chequeo-urbano/ (`spanish_checkup`). Its three stages:

    stage       topics                          questions: answers (score)               max
    Vision      district-heating                Has the council adopted an energy vision?
                                                    No (0), In preparation (5), Adopted (10)
                                                Are citizens involved in the vision?
                                                    No (0), Yes (10)                      20
    Planning    building-retrofit, urban-data   Is there an integrated energy plan?
                                                    No (0), In parts (2), Yes (5)
                                                Is the plan funded?
                                                    No (0), In part (3), Fully (5)        10
    Monitoring  sustainable-mobility            Are the results measured?
                                                    Never (0), Sometimes (4), Every year (10)  10

Every stage has feedback bands from 0, 40 and 75 %: "<Stage>: just starting.", "<Stage>: on
the way." and "<Stage>: well done." In `recommending_checkup` (the same page, both
languages), Planning's band from 0 also recommends, as next steps, the solution "Retrofit of
social housing", the topic building-retrofit, the Academy session "Retrofit training" and the
resource "Energy planning guide".

`checkup_content` holds what reports recommend, all on the European site in English and,
where the table says so, translated into Spanish:

    solutions of "Sample City"     topics                 Spanish title
    Retrofit of social housing     building-retrofit      Rehabilitación de viviendas sociales
    District heating network       district-heating       Red de calor
    Open data portal               urban-data             -
    Electric buses                 sustainable-mobility   Autobuses eléctricos

    Academy                         topics             when      Spanish title
    Retrofit training (session)     building-retrofit  in 30 d   Formación en rehabilitación
    Retrofit in practice (session)  building-retrofit  30 d ago  Rehabilitación en la práctica
    Data in planning (webinar)      urban-data         in 60 d   Datos en la planificación

    resource: Energy planning guide (guide), in Spanish "Guía de planificación energética".
"""

from datetime import timedelta

from django.utils import timezone

import pytest
import wagtail_factories

from checkup import scoring
from checkup.models import CheckupPage, CheckupSubmission
from checkup.submissions import save_submission
from home.models import ExternalResource, ResourceKind
from national_sites.translation import translate
from tests.academy.factories import (
    AcademyIndexPageFactory,
    AcademySessionPageFactory,
    WebinarPageFactory,
    WebinarSeriesPageFactory,
)
from tests.solutions.conftest import locales, publish, topics  # noqa: F401
from tests.solutions.factories import CityPageFactory, SolutionPageFactory

STAGES = [
    # title, intro, topic slugs, [(question, help text, [(answer, score), ...]), ...]
    (
        "Vision",
        "Where the city wants to go.",
        ["district-heating"],
        [
            (
                "Has the council adopted an energy vision?",
                "A vision names goals and dates.",
                [("No", 0), ("In preparation", 5), ("Adopted", 10)],
            ),
            ("Are citizens involved in the vision?", "", [("No", 0), ("Yes", 10)]),
        ],
    ),
    (
        "Planning",
        "How the vision becomes a plan.",
        ["building-retrofit", "urban-data"],
        [
            ("Is there an integrated energy plan?", "", [("No", 0), ("In parts", 2), ("Yes", 5)]),
            ("Is the plan funded?", "", [("No", 0), ("In part", 3), ("Fully", 5)]),
        ],
    ),
    (
        "Monitoring",
        "",
        ["sustainable-mobility"],
        [
            (
                "Are the results measured?",
                "",
                [("Never", 0), ("Sometimes", 4), ("Every year", 10)],
            )
        ],
    ),
]
BANDS = [(0, "just starting"), (40, "on the way"), (75, "well done")]

SPANISH = {
    "City check-up": "Chequeo urbano",
    "city-check-up": "chequeo-urbano",
    "How far is your city in integrated energy planning?": (
        "¿En qué punto está su ciudad en la planificación energética integrada?"
    ),
    "We keep your answers to compare cities.": "Guardamos sus respuestas para comparar ciudades.",
    "Vision": "Visión",
    "Where the city wants to go.": "Adónde quiere ir la ciudad.",
    "Has the council adopted an energy vision?": "¿Ha adoptado el pleno una visión energética?",
    "A vision names goals and dates.": "Una visión fija objetivos y fechas.",
    "No": "No",
    "In preparation": "En preparación",
    "Adopted": "Adoptada",
    "Are citizens involved in the vision?": "¿Participa la ciudadanía en la visión?",
    "Yes": "Sí",
    "Planning": "Planificación",
    "How the vision becomes a plan.": "Cómo la visión se convierte en un plan.",
    "Is there an integrated energy plan?": "¿Existe un plan energético integrado?",
    "In parts": "En partes",
    "Is the plan funded?": "¿Está financiado el plan?",
    "In part": "En parte",
    "Fully": "Totalmente",
    "Monitoring": "Seguimiento",
    "Are the results measured?": "¿Se miden los resultados?",
    "Never": "Nunca",
    "Sometimes": "A veces",
    "Every year": "Cada año",
    **{
        f"{title}: {words}.": f"{spanish_title}: {spanish_words}."
        for title, spanish_title in (
            ("Vision", "Visión"),
            ("Planning", "Planificación"),
            ("Monitoring", "Seguimiento"),
        )
        for words, spanish_words in (
            ("just starting", "empezando"),
            ("on the way", "en camino"),
            ("well done", "muy bien"),
        )
    },
}


class CheckupPageFactory(wagtail_factories.PageFactory):
    title = "City check-up"
    slug = "city-check-up"
    intro = "How far is your city in integrated energy planning?"
    privacy_notice = "<p>We keep your answers to compare cities.</p>"

    class Meta:
        model = CheckupPage


def stage_value(title, intro, topic_list, questions, next_steps=()):
    return {
        "title": title,
        "intro": intro,
        "topics": topic_list,
        "questions": [
            {
                "text": text,
                "help_text": help_text,
                "options": [{"label": label, "score": score} for label, score in options],
            }
            for text, help_text, options in questions
        ],
        "feedback": [
            {
                "from_percent": start,
                "text": f"<p>{title}: {words}.</p>",
                "next_steps": list(next_steps) if start == 0 else [],
            }
            for start, words in BANDS
        ],
    }


def questionnaire_stages(english_topics, next_steps=()):
    """The StreamField value of the three stages; Planning's first band gets `next_steps`."""
    return [
        (
            "stage",
            stage_value(
                title,
                intro,
                [english_topics[slug] for slug in slugs],
                questions,
                next_steps if title == "Planning" else (),
            ),
        )
        for title, intro, slugs, questions in STAGES
    ]


# Hand-scored answer sets, by English question and answer (the module docstring's scores):
# Vision / Planning / Monitoring, and overall (points of 40).
ON_THE_WAY = {  # 75 % (15/20) / 20 % (2/10) / 40 % (4/10); 52.5 % (21)
    "Has the council adopted an energy vision?": "In preparation",
    "Are citizens involved in the vision?": "Yes",
    "Is there an integrated energy plan?": "In parts",
    "Is the plan funded?": "No",
    "Are the results measured?": "Sometimes",
}
MIXED = {  # 50 % (10/20) / 80 % (8/10) / 100 % (10/10); 70 % (28)
    "Has the council adopted an energy vision?": "Adopted",
    "Are citizens involved in the vision?": "No",
    "Is there an integrated energy plan?": "Yes",
    "Is the plan funded?": "In part",
    "Are the results measured?": "Every year",
}
BEST = {  # 100 % everywhere
    "Has the council adopted an energy vision?": "Adopted",
    "Are citizens involved in the vision?": "Yes",
    "Is there an integrated energy plan?": "Yes",
    "Is the plan funded?": "Fully",
    "Are the results measured?": "Every year",
}
WORST = {  # 0 % everywhere
    "Has the council adopted an energy vision?": "No",
    "Are citizens involved in the vision?": "No",
    "Is there an integrated energy plan?": "No",
    "Is the plan funded?": "No",
    "Are the results measured?": "Never",
}

CITY_DETAILS = {
    "city_name": "Vitoria-Gasteiz",
    "country": "ES",
    "population_band": "100k-250k",
    "email": "Ana.Ruiz@Example.org",
    "consent": "on",
    "website": "",
}


def answers_for(page, choices):
    """Answers as a form posts them: {question text: answer label} -> {question id: option id}.

    The texts are those of `page`'s own language.
    """
    answers = {}
    for stage in scoring.read_questionnaire(page):
        for question in stage.questions:
            if question.text in choices:
                option = next(o for o in question.options if o.label == choices[question.text])
                answers[question.id] = option.id
    return answers


def stage_answers(page, number, choices):
    """The answers of stage `number` (from 1) only, as its form posts them."""
    stage = scoring.read_questionnaire(page)[number - 1]
    answers = answers_for(page, choices)
    return {q.id: answers[q.id] for q in stage.questions if q.id in answers}


def take_checkup(client, path, page, choices, details=None, host="localhost"):
    """Answer every stage of the check-up at `path` (its page is `page`, whose language the
    `choices` are written in) with Next, then send the city's details. Returns the response
    to the details."""
    for number in range(1, len(scoring.read_questionnaire(page)) + 1):
        response = client.post(
            f"{path}stage/{number}/",
            {**stage_answers(page, number, choices), "action": "next"},
            HTTP_HOST=host,
        )
        assert response.status_code == 302, f"stage {number} answered {response.status_code}"
    return client.post(f"{path}about/", details or CITY_DETAILS, HTTP_HOST=host)


def submit(page, choices, city_name="Vitoria-Gasteiz", country="ES", email=None, when=None):
    """Keep a submission as the last step of the check-up would, without the browser walk;
    `when` sets its date."""
    result = scoring.score(scoring.read_questionnaire(page), answers_for(page, choices))
    assert result.complete
    details = {
        **CITY_DETAILS,
        "city_name": city_name,
        "country": country,
        "email": email or CITY_DETAILS["email"],
    }
    submission = save_submission(page, result, details, page.locale.language_code)
    if when:
        CheckupSubmission.objects.filter(pk=submission.pk).update(submitted_at=when)
        submission.refresh_from_db()
    return submission


@pytest.fixture
def checkup_content(network, locales, topics):  # noqa: F811
    """The solutions, Academy events and resource of the module docstring's tables."""
    home = network["eu"].root_page.specific
    city = publish(CityPageFactory(parent=home, title="Sample City", slug="sample-city"))
    translate(city, locales["es"])
    solutions = {}
    for title, slug, spanish in (
        (
            "Retrofit of social housing",
            "building-retrofit",
            "Rehabilitación de viviendas sociales",
        ),
        ("District heating network", "district-heating", "Red de calor"),
        ("Open data portal", "urban-data", None),
        ("Electric buses", "sustainable-mobility", "Autobuses eléctricos"),
    ):
        solution = publish(
            SolutionPageFactory(parent=city, title=title, topics=[topics["en"][slug]])
        )
        solutions[title] = solution
        if spanish:
            solutions[spanish] = translate(solution, locales["es"], {title: spanish})

    academy = publish(AcademyIndexPageFactory(parent=home))
    translate(academy, locales["es"])
    series = publish(WebinarSeriesPageFactory(parent=academy, title="Planning webinars"))
    translate(series, locales["es"])
    now = timezone.now()
    events = {}
    for factory_class, parent, title, slug, days, spanish in (
        (
            AcademySessionPageFactory,
            academy,
            "Retrofit training",
            "building-retrofit",
            30,
            "Formación en rehabilitación",
        ),
        (
            AcademySessionPageFactory,
            academy,
            "Retrofit in practice",
            "building-retrofit",
            -30,
            "Rehabilitación en la práctica",
        ),
        (
            WebinarPageFactory,
            series,
            "Data in planning",
            "urban-data",
            60,
            "Datos en la planificación",
        ),
    ):
        event = publish(
            factory_class(
                parent=parent,
                title=title,
                starts_at=now + timedelta(days=days),
                topics=[topics["en"][slug]],
            )
        )
        events[title] = event
        events[spanish] = translate(event, locales["es"], {title: spanish})

    resource = ExternalResource.objects.create(
        title="Energy planning guide",
        url="https://guide.example.org/",
        kind=ResourceKind.GUIDE,
        locale=locales["en"],
    )
    spanish_resource = translate(
        resource, locales["es"], {"Energy planning guide": "Guía de planificación energética"}
    )
    return {
        "city": city,
        "solutions": solutions,
        "academy": academy,
        "events": events,
        "resources": {"en": resource, "es": spanish_resource},
    }


@pytest.fixture
def checkup(network, topics):  # noqa: F811
    """The English check-up of the module docstring, published under the European home,
    without next steps."""
    return publish(
        CheckupPageFactory(
            parent=network["eu"].root_page.specific, stages=questionnaire_stages(topics["en"])
        )
    )


@pytest.fixture
def spanish_checkup(checkup, locales):  # noqa: F811
    """The check-up translated into Spanish, every word of it: /es/chequeo-urbano/."""
    return translate(checkup, locales["es"], SPANISH)


@pytest.fixture
def recommending_checkup(checkup, topics, checkup_content, locales):  # noqa: F811
    """The check-up whose Planning band from 0 recommends next steps (the module docstring
    names them), published and translated into Spanish: {"en": page, "es": page}."""
    content = checkup_content
    checkup.stages = questionnaire_stages(
        topics["en"],
        [
            ("solution", content["solutions"]["Retrofit of social housing"]),
            ("topic", topics["en"]["building-retrofit"]),
            ("academy", content["events"]["Retrofit training"]),
            ("resource", content["resources"]["en"]),
        ],
    )
    english = publish(checkup)
    return {"en": english, "es": translate(english, locales["es"], SPANISH)}
