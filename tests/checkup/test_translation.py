"""A translated check-up keeps the ids its answers and results are stored by, and its scores.

Answers live in the session and results in the database under the ids of the stages,
questions and options, so a visitor who switches language mid-way keeps their answers, and a
report opens in any language. That holds only while a translation keeps every block id.
"""

import pytest

from checkup import scoring
from national_sites.translation import translate
from tests.checkup.conftest import SPANISH, STAGES
from tests.solutions.conftest import publish

pytestmark = pytest.mark.django_db

BAND_WORDS = ("just starting", "on the way", "well done")


def outline(stages):
    """The ids and numbers of a questionnaire, without its words."""
    return [
        (
            stage.id,
            [band.from_percent for band in stage.bands],
            [
                (question.id, [(option.id, option.score) for option in question.options])
                for question in stage.questions
            ],
        )
        for stage in stages
    ]


def words(stages):
    return [
        (
            stage.title,
            stage.intro,
            [str(band.text) for band in stage.bands],
            [
                (question.text, question.help_text, [option.label for option in question.options])
                for question in stage.questions
            ],
        )
        for stage in stages
    ]


def test_a_translation_keeps_every_id_score_and_band_and_translates_the_words(
    checkup, spanish_checkup, topics
):
    english = scoring.read_questionnaire(checkup)
    spanish = scoring.read_questionnaire(spanish_checkup)

    assert outline(spanish) == outline(english)
    # Every id is there, and each one only once.
    ids = [stage.id for stage in english] + [
        item
        for stage in english
        for question in stage.questions
        for item in [question.id, *(option.id for option in question.options)]
    ]
    assert len(set(ids)) == len(ids) == 3 + 5 + 14

    expected = [
        (
            SPANISH[title],
            SPANISH.get(intro, ""),
            [
                f"<p>{SPANISH[f'{title}: {w}.']}</p>"
                for w in ("just starting", "on the way", "well done")
            ],
            [
                (
                    SPANISH[text],
                    SPANISH.get(help_text, ""),
                    [SPANISH[label] for label, _s in options],
                )
                for text, help_text, options in questions
            ],
        )
        for title, intro, _slugs, questions in STAGES
    ]
    assert words(spanish) == expected
    # The stages' topics are the Spanish topics.
    assert [list(stage.topic_ids) for stage in spanish] == [
        [topics["es"][slug].pk for slug in slugs] for _t, _i, slugs, _q in STAGES
    ]


def test_a_new_version_of_the_source_keeps_the_ids_in_its_translation(
    checkup, spanish_checkup, locales
):
    # A coordinator raises a score and adds a question; the translation is synced again.
    stages = checkup.stages
    planning = stages[1].value
    planning["questions"][0]["options"][1]["score"] = 3
    planning["questions"].append(
        {
            "text": "Is there a climate budget?",
            "help_text": "",
            "options": [{"label": "No", "score": 0}, {"label": "Yes", "score": 5}],
        }
    )
    checkup.stages = stages
    publish(checkup)
    english = scoring.read_questionnaire(checkup)

    synced = translate(
        checkup, locales["es"], {"Is there a climate budget?": "¿Hay presupuesto climático?"}
    )
    spanish = scoring.read_questionnaire(synced)

    assert outline(spanish) == outline(english)
    assert spanish[1].questions[0].options[1].score == 3
    assert spanish[1].questions[2].text == "¿Hay presupuesto climático?"
    assert spanish[1].questions[0].text == SPANISH["Is there an integrated energy plan?"]
