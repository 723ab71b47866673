"""What the cities answered, in aggregate, for the network's coordinators.

Each city counts once per check-up, by its latest submission. Questions, answers and stages
are told apart by their block ids, which are the same in every language, and are labelled in
the words of the latest submission in the reader's language, or else the latest of all.
"""

from collections import Counter
from dataclasses import dataclass, field
from fractions import Fraction

from django.db.models import Case, Count, Max, Min, OuterRef, Subquery, When

from django_countries import countries

from checkup.models import CheckupSubmission, StageResult
from checkup.scoring import rounded


def share(count, total):
    """`count` out of `total` as a rounded percentage, or None when nobody answered."""
    return rounded(Fraction(100 * count, total)) if total else None


def average(percents):
    return rounded(sum(Fraction(p) for p in percents) / len(percents)) if percents else None


def stage_titles(submissions, language):
    """The stages of `submissions` in questionnaire order, as {stage id: title}."""
    results = StageResult.objects.filter(submission__in=submissions)
    preferred_title = (
        results.filter(stage_id=OuterRef("stage_id"))
        .order_by(
            Case(When(submission__language=language, then=0), default=1),
            "-submission__submitted_at",
            "-pk",
        )
        .values("title")[:1]
    )
    rows = (
        results.values("stage_id")
        .annotate(position=Min("position"), title=Subquery(preferred_title))
        .order_by("position", "stage_id")
    )
    return {row["stage_id"]: row["title"] for row in rows}


def checkups(submissions):
    """The check-ups among `submissions` as (checkup key, submission count), the most
    submitted first."""
    rows = (
        submissions.order_by()
        .values("checkup_key")
        .annotate(count=Count("pk"), latest=Max("submitted_at"))
        .order_by("-count", "-latest")
    )
    return [(row["checkup_key"], row["count"]) for row in rows]


def latest_per_city(submissions, checkup_key):
    """Each city's latest submission to one check-up."""
    latest = (
        CheckupSubmission.objects.filter(checkup_key=checkup_key, city_key=OuterRef("city_key"))
        .order_by("-submitted_at", "-pk")
        .values("pk")[:1]
    )
    return submissions.filter(checkup_key=checkup_key, pk=Subquery(latest))


@dataclass
class Share:
    count: int
    total: int

    @property
    def percent(self):
        return share(self.count, self.total)


@dataclass
class OptionStatistics:
    id: str
    label: str
    shares: list  # a Share per column: all cities, then each country


@dataclass
class QuestionStatistics:
    id: str
    text: str
    answered: list  # how many cities answered, per column
    options: list


@dataclass
class StageStatistics:
    id: str
    title: str
    averages: list  # the average score (%) per column, None where no city has the stage
    questions: list


@dataclass
class CheckupStatistics:
    countries: list  # (ISO code, name), by name
    cities: list  # how many cities, per column
    overall: list  # the average overall score (%) per column
    stages: list = field(default_factory=list)


def checkup_statistics(submissions, language):
    """The statistics of `submissions`, which must hold one submission per city."""
    cities = sorted(
        submissions.only("pk", "country", "language", "submitted_at", "percent", "answers"),
        key=lambda s: (s.language != language, -s.submitted_at.timestamp(), -s.pk),
    )
    codes = sorted({city.country.code for city in cities}, key=countries.name)
    column_of = {code: position for position, code in enumerate(codes, start=1)}
    columns = len(codes) + 1

    def per_column(values_by_city):
        """Group (city, value) pairs into a list per column: all cities, then each country."""
        grouped = [[] for _ in range(columns)]
        for city, value in values_by_city:
            grouped[0].append(value)
            grouped[column_of[city.country.code]].append(value)
        return grouped

    # Cities come in label order, so the first label seen for an id is the one shown.
    stages = {}  # stage id -> title
    questions = {}  # stage id -> {question id: text}
    options = {}  # question id -> {option id: (answer, score)}
    chosen = {}  # question id -> [(city, option id)]
    for city in cities:
        for stage in city.answers:
            stages.setdefault(stage["id"], stage["title"])
            stage_questions = questions.setdefault(stage["id"], {})
            for question in stage["questions"]:
                stage_questions.setdefault(question["id"], question["text"])
                options.setdefault(question["id"], {}).setdefault(
                    question["option_id"], (question["answer"], question["score"])
                )
                chosen.setdefault(question["id"], []).append((city, question["option_id"]))

    stage_percents = {}  # stage id -> [(city, percent)]
    city_by_pk = {city.pk: city for city in cities}
    for result in StageResult.objects.filter(submission__in=[c.pk for c in cities]).values(
        "submission_id", "stage_id", "percent"
    ):
        stage_percents.setdefault(result["stage_id"], []).append(
            (city_by_pk[result["submission_id"]], result["percent"])
        )

    statistics = CheckupStatistics(
        countries=[(code, countries.name(code)) for code in codes],
        cities=[len(group) for group in per_column((city, city) for city in cities)],
        overall=[average(group) for group in per_column((c, c.percent) for c in cities)],
    )
    for stage_id, title in stages.items():
        stage = StageStatistics(
            id=stage_id,
            title=title,
            averages=[average(group) for group in per_column(stage_percents.get(stage_id, []))],
            questions=[],
        )
        for question_id, text in questions[stage_id].items():
            choices = per_column(chosen[question_id])
            tallies = [Counter(group) for group in choices]
            stage.questions.append(
                QuestionStatistics(
                    id=question_id,
                    text=text,
                    answered=[len(group) for group in choices],
                    options=[
                        OptionStatistics(
                            id=option_id,
                            label=label,
                            shares=[
                                Share(tally[option_id], len(group))
                                for tally, group in zip(tallies, choices, strict=True)
                            ],
                        )
                        # The best answer first, as the questionnaire usually lists them.
                        for option_id, (label, _score) in sorted(
                            options[question_id].items(), key=lambda item: -item[1][1]
                        )
                    ],
                )
            )
        statistics.stages.append(stage)
    return statistics
