"""Scores a city's answers against the server's copy of the questionnaire.

A question is worth the score of its best answer. A stage's score is the points of the chosen
answers out of the stage's maximum, and the overall score is all points out of all maxima, so
a stage with more questions weighs more. Percentages are exact fractions until they are shown
or stored, so a score of exactly 40 % falls in the band that starts at 40 %.
"""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction


@dataclass(frozen=True)
class Option:
    id: str
    label: str
    score: int


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    help_text: str
    options: tuple[Option, ...]

    @property
    def max_score(self):
        return max((option.score for option in self.options), default=0)

    def option(self, option_id):
        return next((option for option in self.options if option.id == option_id), None)


@dataclass(frozen=True)
class Band:
    from_percent: int
    text: object  # RichText
    next_steps: object  # the band's StreamValue of recommended pages and snippets (lazy)


@dataclass(frozen=True)
class Stage:
    id: str
    title: str
    intro: str
    topic_ids: tuple = ()  # ids of the stage's Topic snippets, in the page's language
    questions: tuple[Question, ...] = ()
    bands: tuple[Band, ...] = ()

    @property
    def max_points(self):
        return sum(question.max_score for question in self.questions)

    def band_for(self, percent):
        """The band with the highest start at or below `percent` (None without bands)."""
        fitting = [band for band in self.bands if band.from_percent <= percent]
        return max(fitting, key=lambda band: band.from_percent, default=None)


def _list_items(raw_items):
    """A ListBlock's stored items as (id, value) pairs."""
    return [(str(item["id"]), item["value"]) for item in raw_items or []]


def read_questionnaire(page):
    """The check-up page's stages as plain values, with the ids of their blocks.

    It reads the stored JSON rather than Wagtail's block values, which would load every
    chosen topic, page and resource of every band, several queries that only a report
    needs. So this costs no query: topics stay ids, and next steps stay a lazy StreamValue.
    """
    stage_block = page.stages.stream_block.child_blocks["stage"]
    band_block = stage_block.child_blocks["feedback"].child_block
    stages = []
    for raw in page.stages.raw_data:
        if raw["type"] != "stage":
            continue
        value = raw["value"]
        questions = tuple(
            Question(
                id=question_id,
                text=question["text"],
                help_text=question.get("help_text") or "",
                options=tuple(
                    Option(id=option_id, label=option["label"], score=option["score"])
                    for option_id, option in _list_items(question["options"])
                ),
            )
            for question_id, question in _list_items(value["questions"])
        )
        bands = tuple(
            Band(
                from_percent=band["from_percent"],
                text=band_block.child_blocks["text"].to_python(band["text"]),
                next_steps=band_block.child_blocks["next_steps"].to_python(
                    band.get("next_steps") or []
                ),
            )
            for _band_id, band in _list_items(value["feedback"])
        )
        stages.append(
            Stage(
                id=str(raw["id"]),
                title=value["title"],
                intro=value.get("intro") or "",
                topic_ids=tuple(
                    topic_id for _id, topic_id in _list_items(value.get("topics")) if topic_id
                ),
                questions=questions,
                bands=bands,
            )
        )
    return stages


def percent_of(points, max_points):
    return Fraction(100 * points, max_points) if max_points else Fraction(0)


def rounded(percent):
    """A percentage as stored and shown: one decimal, halves rounded up."""
    exact = Decimal(percent.numerator) / Decimal(percent.denominator)
    return exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass
class StageScore:
    stage: Stage
    points: int
    max_points: int
    chosen: list = field(default_factory=list)  # (Question, Option) pairs

    @property
    def percent(self):
        return percent_of(self.points, self.max_points)

    @property
    def band(self):
        return self.stage.band_for(self.percent)


@dataclass
class Result:
    stages: list
    missing: list  # (Stage, Question) pairs without a valid answer

    @property
    def complete(self):
        return not self.missing

    @property
    def points(self):
        return sum(score.points for score in self.stages)

    @property
    def max_points(self):
        return sum(score.max_points for score in self.stages)

    @property
    def percent(self):
        return percent_of(self.points, self.max_points)

    def weakest(self, count=2):
        """The `count` stages with the lowest scores, weakest first (earlier stage on a tie)."""
        order = sorted(enumerate(self.stages), key=lambda item: (item[1].percent, item[0]))
        return [score for _position, score in order[:count]]


def score(stages, answers):
    """Score `answers` (question id -> option id). Unknown or forged ids count as missing."""
    scores, missing = [], []
    for stage in stages:
        stage_score = StageScore(stage=stage, points=0, max_points=stage.max_points)
        for question in stage.questions:
            option = question.option(answers.get(question.id))
            if option is None:
                missing.append((stage, question))
                continue
            stage_score.points += option.score
            stage_score.chosen.append((question, option))
        scores.append(stage_score)
    return Result(stages=scores, missing=missing)


def frozen_answers(result):
    """The result as it is stored: the words and scores of the questionnaire at submission."""
    return [
        {
            "id": stage_score.stage.id,
            "title": stage_score.stage.title,
            "points": stage_score.points,
            "max_points": stage_score.max_points,
            "percent": str(rounded(stage_score.percent)),
            "questions": [
                {
                    "id": question.id,
                    "text": question.text,
                    "option_id": option.id,
                    "answer": option.label,
                    "score": option.score,
                    "max_score": question.max_score,
                }
                for question, option in stage_score.chosen
            ],
        }
        for stage_score in result.stages
    ]
