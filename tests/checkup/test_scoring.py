"""Scores computed by hand: points, percentages, band edges, rounding and weakest stages."""

from decimal import Decimal
from fractions import Fraction

import pytest

from checkup import scoring
from tests.checkup.conftest import BEST, MIXED, ON_THE_WAY, WORST, answers_for


def bands(*starts):
    return tuple(
        scoring.Band(from_percent=start, text=f"from {start}", next_steps=None) for start in starts
    )


def stage(stage_id, option_scores, starts=(0, 40, 75)):
    """A stage whose questions have options scored `option_scores` (a list per question);
    ids are "<stage>-q<n>" and "<stage>-q<n>-o<m>"."""
    return scoring.Stage(
        id=stage_id,
        title=stage_id.title(),
        intro="",
        questions=tuple(
            scoring.Question(
                id=f"{stage_id}-q{n}",
                text=f"Question {n}",
                help_text="",
                options=tuple(
                    scoring.Option(id=f"{stage_id}-q{n}-o{m}", label=str(score), score=score)
                    for m, score in enumerate(scores)
                ),
            )
            for n, scores in enumerate(option_scores)
        ),
        bands=bands(*starts),
    )


def choose(stages, scores):
    """Answers giving each question of each stage the option with the score named."""
    answers = {}
    for each, wanted in zip(stages, scores, strict=True):
        for question, score in zip(each.questions, wanted, strict=True):
            answers[question.id] = next(o.id for o in question.options if o.score == score)
    return answers


def band_start(stage_score):
    return stage_score.band.from_percent


@pytest.mark.parametrize(
    ("points", "shown", "band"),
    [
        # Ten questions worth 100 each: 1000 points.
        (399, Decimal("39.9"), 0),
        (400, Decimal("40.0"), 40),
        (401, Decimal("40.1"), 40),
        (749, Decimal("74.9"), 40),
        (750, Decimal("75.0"), 75),
        (0, Decimal("0.0"), 0),
        (1000, Decimal("100.0"), 75),
    ],
)
def test_band_edges_fall_on_the_exact_percentage(points, shown, band):
    # Ten questions, each answered with 0 to 100 points: 1000 points in all.
    planning = stage("planning", [list(range(101))] * 10)
    hundreds, rest = divmod(points, 100)
    scores = ([100] * hundreds + [rest] + [0] * 10)[:10]

    result = scoring.score([planning], choose([planning], [scores]))

    assert result.complete
    assert (result.points, result.max_points) == (points, 1000)
    assert scoring.rounded(result.stages[0].percent) == shown
    assert band_start(result.stages[0]) == band


def test_a_score_shown_as_39_9_is_below_the_band_that_starts_at_40():
    # 67 of 168 points is 39.88 %: shown as 39.9, in the band from 0.
    odd = stage("odd", [[0, 67], [0, 101]])
    result = scoring.score([odd], choose([odd], [[67, 0]]))

    assert result.stages[0].percent == Fraction(6700, 168)
    assert scoring.rounded(result.stages[0].percent) == Decimal("39.9")
    assert band_start(result.stages[0]) == 0


def test_rounding_is_to_one_decimal_with_halves_up():
    assert scoring.rounded(Fraction(1, 3) * 100) == Decimal("33.3")
    assert scoring.rounded(Fraction(2, 3) * 100) == Decimal("66.7")
    assert scoring.rounded(Fraction(625, 100)) == Decimal("6.3")  # 6.25 -> 6.3
    assert scoring.rounded(Fraction(1245, 100)) == Decimal("12.5")  # 12.45 -> 12.5


def test_the_overall_score_weighs_stages_by_their_points():
    # 15 of 20 and 2 of 10: the overall is 17 of 30 (56.7 %), not the mean of 75 and 20.
    big = stage("big", [[0, 5, 10], [0, 10]])
    small = stage("small", [[0, 2, 5], [0, 5]])
    result = scoring.score([big, small], choose([big, small], [[5, 10], [2, 0]]))

    assert [(s.points, s.max_points) for s in result.stages] == [(15, 20), (2, 10)]
    assert (result.points, result.max_points) == (17, 30)
    assert scoring.rounded(result.percent) == Decimal("56.7")
    assert [band_start(s) for s in result.stages] == [75, 0]


def test_weakest_stages_lowest_first_and_the_earlier_stage_on_a_tie():
    first = stage("first", [[0, 10]])
    second = stage("second", [[0, 5, 10]])
    third = stage("third", [[0, 5, 10]])
    fourth = stage("fourth", [[0, 10]])
    stages = [first, second, third, fourth]
    result = scoring.score(stages, choose(stages, [[10], [5], [5], [0]]))

    assert [s.stage.id for s in result.weakest()] == ["fourth", "second"]
    assert [s.stage.id for s in result.weakest(3)] == ["fourth", "second", "third"]


def test_forged_unknown_and_borrowed_option_ids_count_as_unanswered():
    vision = stage("vision", [[0, 10], [0, 10]])
    first, second = vision.questions
    answers = {
        first.id: "made-up",
        # An option of the first question given for the second: not one of its own.
        second.id: first.options[1].id,
        "score": "100",
    }
    result = scoring.score([vision], answers)

    assert not result.complete
    assert [question.id for _stage, question in result.missing] == [first.id, second.id]
    assert result.points == 0


def test_a_stage_worth_nothing_scores_zero_without_dividing_by_zero():
    empty = stage("empty", [[0, 0]])
    result = scoring.score([empty], choose([empty], [[0]]))

    assert result.stages[0].percent == 0
    assert result.percent == 0
    assert band_start(result.stages[0]) == 0


def test_bands_do_not_need_to_be_in_order():
    unordered = stage("unordered", [[0, 5, 10]], starts=(75, 0, 40))
    result = scoring.score([unordered], choose([unordered], [[5]]))

    assert band_start(result.stages[0]) == 40


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("choices", "stage_scores", "overall", "bands_chosen"),
    [
        (ON_THE_WAY, [(15, 20), (2, 10), (4, 10)], (21, Decimal("52.5")), [75, 0, 40]),
        (MIXED, [(10, 20), (8, 10), (10, 10)], (28, Decimal("70.0")), [40, 75, 75]),
        (BEST, [(20, 20), (10, 10), (10, 10)], (40, Decimal("100.0")), [75, 75, 75]),
        (WORST, [(0, 20), (0, 10), (0, 10)], (0, Decimal("0.0")), [0, 0, 0]),
    ],
)
def test_the_fixture_questionnaire_scores_as_computed_by_hand(
    checkup, choices, stage_scores, overall, bands_chosen
):
    stages = scoring.read_questionnaire(checkup)
    result = scoring.score(stages, answers_for(checkup, choices))

    assert result.complete
    assert [(s.points, s.max_points) for s in result.stages] == stage_scores
    assert (result.points, scoring.rounded(result.percent)) == overall
    assert result.max_points == 40
    assert [band_start(s) for s in result.stages] == bands_chosen


@pytest.mark.django_db
def test_the_weakest_stages_of_the_fixture_and_their_feedback(checkup):
    stages = scoring.read_questionnaire(checkup)
    result = scoring.score(stages, answers_for(checkup, ON_THE_WAY))

    assert [s.stage.title for s in result.weakest()] == ["Planning", "Monitoring"]
    assert [str(s.band.text) for s in result.stages] == [
        "<p>Vision: well done.</p>",
        "<p>Planning: just starting.</p>",
        "<p>Monitoring: on the way.</p>",
    ]


@pytest.mark.django_db
def test_frozen_answers_keep_the_words_and_scores_of_the_moment(checkup):
    stages = scoring.read_questionnaire(checkup)
    result = scoring.score(stages, answers_for(checkup, ON_THE_WAY))

    frozen = scoring.frozen_answers(result)

    assert [(s["title"], s["points"], s["max_points"], s["percent"]) for s in frozen] == [
        ("Vision", 15, 20, "75.0"),
        ("Planning", 2, 10, "20.0"),
        ("Monitoring", 4, 10, "40.0"),
    ]
    assert frozen[1]["questions"] == [
        {
            "id": stages[1].questions[0].id,
            "text": "Is there an integrated energy plan?",
            "option_id": stages[1].questions[0].options[1].id,
            "answer": "In parts",
            "score": 2,
            "max_score": 5,
        },
        {
            "id": stages[1].questions[1].id,
            "text": "Is the plan funded?",
            "option_id": stages[1].questions[1].options[0].id,
            "answer": "No",
            "score": 0,
            "max_score": 5,
        },
    ]


@pytest.mark.django_db
def test_reading_the_questionnaire_costs_no_query(checkup, django_assert_num_queries):
    with django_assert_num_queries(0):
        stages = scoring.read_questionnaire(checkup)
        result = scoring.score(stages, answers_for(checkup, ON_THE_WAY))
        [s.band.text for s in result.stages]
    assert [len(s.topic_ids) for s in stages] == [1, 2, 1]
