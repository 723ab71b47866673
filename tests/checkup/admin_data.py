"""Check-up submissions for the admin, statistics and retention tests, built directly with
the models in the shape the questionnaire stores them."""

import datetime
import uuid
from decimal import ROUND_HALF_UP, Decimal

from checkup.models import CheckupSubmission, PopulationBand, StageResult
from national_sites.access import network_for_country

CHECKUP_KEY = uuid.UUID("6a1f0b8e-3c52-4d0e-9a57-0c1e6f4b2d11")
OTHER_CHECKUP_KEY = uuid.UUID("0e2d5a47-98b1-4c3f-b6aa-51d7c2e9f804")

ORGANISATION = "stage-organisation"
PLANNING = "stage-planning"
GROUP_QUESTION = "question-group"
PLAN_QUESTION = "question-plan"
YES = "option-yes"
NO = "option-no"
GROUP_TEXT = "Does the city have a coordination group?"

SPRING = datetime.datetime(2026, 3, 10, 12, 0, tzinfo=datetime.UTC)


def percent(points, max_points):
    exact = Decimal(100 * points) / Decimal(max_points) if max_points else Decimal(0)
    return exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def answer(question_id, text, option_id, label, score, max_score):
    return {
        "id": question_id,
        "text": text,
        "option_id": option_id,
        "answer": label,
        "score": score,
        "max_score": max_score,
    }


def stage(stage_id, title, *answers):
    points = sum(a["score"] for a in answers)
    max_points = sum(a["max_score"] for a in answers)
    return {
        "id": stage_id,
        "title": title,
        "points": points,
        "max_points": max_points,
        "percent": str(percent(points, max_points)),
        "questions": list(answers),
    }


def organisation(has_group=True, text=GROUP_TEXT, title="Organisation"):
    """The organisation stage: a coordination group (Yes 10 points, No 0) out of 10."""
    chosen = (YES, "Yes", 10) if has_group else (NO, "No", 0)
    return stage(ORGANISATION, title, answer(GROUP_QUESTION, text, *chosen, max_score=10))


def planning(points, title="Planning"):
    """The planning stage, with one question worth 100 points: `points` is its score (%)."""
    return stage(
        PLANNING,
        title,
        answer(
            PLAN_QUESTION,
            "How far is the energy plan?",
            f"option-plan-{points}",
            f"Plan at {points}",
            points,
            100,
        ),
    )


def make_submission(
    city_name,
    country,
    *stages,
    submitted_at=SPRING,
    checkup_key=CHECKUP_KEY,
    language="en",
    population_band=PopulationBand.FROM_50K,
    email=None,
):
    """A submission of `stages` (built with `stage`) with its stage results; the stages
    default to a coordination group and a planning score of 50 %."""
    stages = stages or (organisation(), planning(50))
    points = sum(s["points"] for s in stages)
    max_points = sum(s["max_points"] for s in stages)
    submission = CheckupSubmission.objects.create(
        checkup_key=checkup_key,
        language=language,
        city_name=city_name,
        city_key=f"{city_name.casefold().strip()}|{country}",
        country=country,
        network=network_for_country(country),
        population_band=population_band,
        email=email or f"energy@{city_name.casefold().replace(' ', '-')}.example.org",
        submitted_at=submitted_at,
        points=points,
        max_points=max_points,
        percent=percent(points, max_points),
        answers=list(stages),
    )
    StageResult.objects.bulk_create(
        StageResult(
            submission=submission,
            stage_id=s["id"],
            position=position,
            title=s["title"],
            points=s["points"],
            max_points=s["max_points"],
            percent=Decimal(s["percent"]),
        )
        for position, s in enumerate(stages)
    )
    return submission
