"""A visitor's answers while they take the check-up, and the results they leave behind.

Answers wait in the session until the city's details are sent; only then is anything kept,
in one transaction, frozen in the words and scores of that moment. A report later compares
its results with the city's earlier ones and with the average of its peers.
"""

from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Lower
from django.utils import timezone

from checkup import scoring
from checkup.models import CheckupSubmission, StageResult
from home.locales import language_of
from national_sites.access import network_for_country


def session_key(page):
    # Per check-up, not per translation: a visitor who changes language keeps their answers,
    # as the translations share every question's and option's id.
    return f"checkup:{page.translation_key}"


def session_answers(request, page):
    """{question id: option id} the visitor has given so far."""
    answers = request.session.get(session_key(page))
    return dict(answers) if isinstance(answers, dict) else {}


def remember_answers(request, page, answered):
    if answered:
        request.session[session_key(page)] = {**session_answers(request, page), **answered}


def forget_answers(request, page):
    request.session.pop(session_key(page), None)


def first_incomplete_stage(result):
    """The 1-based number of the first stage with a question left, or None."""
    missing_stage_ids = {stage.id for stage, _question in result.missing}
    for number, stage_score in enumerate(result.stages, start=1):
        if stage_score.stage.id in missing_stage_ids:
            return number
    return None


@transaction.atomic
def save_submission(page, result, details, language, submitted_at=None):
    """Keep a complete result with the city's details, and its score in every stage."""
    country = details["country"]
    submission = CheckupSubmission.objects.create(
        checkup_key=page.translation_key,
        page=page,
        language=language,
        city_name=details["city_name"],
        city_key=CheckupSubmission.key_for(details["city_name"], country),
        country=country,
        network=network_for_country(country),
        population_band=details["population_band"],
        email=details["email"],
        submitted_at=submitted_at or timezone.now(),
        points=result.points,
        max_points=result.max_points,
        percent=scoring.rounded(result.percent),
        answers=scoring.frozen_answers(result),
    )
    StageResult.objects.bulk_create(
        StageResult(
            submission=submission,
            stage_id=stage_score.stage.id,
            position=position,
            title=stage_score.stage.title,
            points=stage_score.points,
            max_points=stage_score.max_points,
            percent=scoring.rounded(stage_score.percent),
        )
        for position, stage_score in enumerate(result.stages)
    )
    return submission


def exact_percent(result):
    """A stored result's exact percentage, as bands compare it (not the rounded figure)."""
    return scoring.percent_of(result.points, result.max_points)


def report_with_history(page, token):
    """(the submission of `token`, its earlier submissions newest first), or (None, []).

    Earlier submissions are those of the same check-up, city and contact address (in any
    case). Each submission comes with its stage results as `results`, all in one query.
    """
    current = CheckupSubmission.objects.filter(checkup_key=page.translation_key, token=token)
    same_city = CheckupSubmission.objects.annotate(email_folded=Lower("email")).filter(
        checkup_key=page.translation_key,
        city_key=Subquery(current.values("city_key")[:1]),
        email_folded=Subquery(current.annotate(folded=Lower("email")).values("folded")[:1]),
    )
    rows = StageResult.objects.filter(submission__in=same_city.values("pk")).select_related(
        "submission"
    )
    submissions = {}
    for result in rows.order_by("position"):
        submission = submissions.get(result.submission_id)
        if submission is None:
            submission = submissions[result.submission_id] = result.submission
            submission.results = []
        submission.results.append(result)
    submission = next((row for row in submissions.values() if row.token == token), None)
    if submission is None:
        return None, []
    order = (submission.submitted_at, submission.pk)
    earlier = [row for row in submissions.values() if (row.submitted_at, row.pk) < order]
    earlier.sort(key=lambda row: (row.submitted_at, row.pk), reverse=True)
    return submission, earlier


@dataclass
class Change:
    """An earlier result and how far this report's result has moved since."""

    submission: object
    overall_change: Decimal
    stages: list = field(default_factory=list)  # (StageResult or None, change or None)


def progress(submission, earlier):
    """For each earlier submission: its scores, and the change of this one against them."""
    changes = []
    for previous in earlier:
        by_stage = {result.stage_id: result for result in previous.results}
        stages = []
        for result in submission.results:
            before = by_stage.get(result.stage_id)
            stages.append((before, result.percent - before.percent if before else None))
        changes.append(
            Change(
                submission=previous,
                overall_change=submission.percent - previous.percent,
                stages=stages,
            )
        )
    return changes


@dataclass
class PeerGroup:
    """The average of a group of cities, where enough cities took part to show one."""

    cities: int
    overall: Decimal | None
    stages: dict  # stage id -> average, only for stages enough cities answered

    @property
    def shown(self):
        return self.overall is not None


def latest_per_city(checkup_key):
    """Each city's latest submission to a check-up: a city counts once among its peers."""
    later = CheckupSubmission.objects.filter(
        checkup_key=OuterRef("checkup_key"), city_key=OuterRef("city_key")
    ).filter(
        Q(submitted_at__gt=OuterRef("submitted_at"))
        | Q(submitted_at=OuterRef("submitted_at"), pk__gt=OuterRef("pk"))
    )
    return CheckupSubmission.objects.filter(checkup_key=checkup_key).filter(~Exists(later))


def average(total, count):
    return scoring.rounded(Fraction(total) / count)


def peer_groups(submission):
    """{"network": PeerGroup, "national": PeerGroup or None} for a report, in one query.

    Averages of fewer than CHECKUP_PEER_MINIMUM cities are never shown: so few results could
    give a city's own away. The national group is the cities of the submission's national
    network; a country without one has none.
    """
    latest = latest_per_city(submission.checkup_key)
    stage_ids = [result.stage_id for result in submission.results]
    overall = (
        latest.values("network")
        .annotate(stage=Value(""), total=Sum("percent"), cities=Count("pk"))
        .values_list("network", "stage", "total", "cities")
        .order_by()
    )
    stages = (
        StageResult.objects.filter(submission__in=latest, stage_id__in=stage_ids)
        .values("submission__network", "stage_id")
        .annotate(total=Sum("percent"), cities=Count("submission_id"))
        .values_list("submission__network", "stage_id", "total", "cities")
        .order_by()
    )
    # "" stands for the overall score beside the stages' ids: union() wants equal columns.
    rows = list(overall.union(stages, all=True))
    minimum = settings.CHECKUP_PEER_MINIMUM

    def group(networks):
        sums = {}
        for network, stage, total, cities in rows:
            if networks is None or network in networks:
                running = sums.setdefault(stage, [Decimal(0), 0])
                running[0] += Decimal(total)
                running[1] += cities
        overall_total, cities = sums.pop("", (Decimal(0), 0))
        if cities < minimum:
            return PeerGroup(cities=cities, overall=None, stages={})
        return PeerGroup(
            cities=cities,
            overall=average(overall_total, cities),
            stages={
                stage: average(total, count)
                for stage, (total, count) in sums.items()
                if count >= minimum
            },
        )

    return {
        "network": group(None),
        "national": group({submission.network}) if submission.network else None,
    }


def report_context(page, submission, earlier, request):
    """What a report shows: the frozen scores and answers, each stage's feedback and next
    steps from the questionnaire as it is now (in the report's language), the progress
    since earlier submissions, the peers' averages and recommendations."""
    from checkup import recommendations

    language = language_of(page.locale_id)
    current = {stage.id: stage for stage in page.questionnaire}
    links = recommendations.questionnaire_links(page, request)
    frozen = {stage.get("id"): stage for stage in submission.answers if isinstance(stage, dict)}
    peers = peer_groups(submission)
    national = peers["national"]
    stages = []
    for result in submission.results:
        # A stage removed from the questionnaire since keeps its score, without feedback.
        stage = current.get(result.stage_id)
        band = stage.band_for(exact_percent(result)) if stage else None
        stages.append(
            {
                "result": result,
                "feedback": band.text if band else None,
                "next_steps": recommendations.next_steps(links, stage.id, band) if band else [],
                "answers": frozen.get(result.stage_id, {}).get("questions", []),
                "network_average": peers["network"].stages.get(result.stage_id),
                "national_average": national.stages.get(result.stage_id) if national else None,
            }
        )
    weakest = sorted(
        submission.results, key=lambda result: (exact_percent(result), result.position)
    )[:2]
    weak_slugs = {
        links["topics"][topic_id]
        for result in weakest
        if result.stage_id in current
        for topic_id in current[result.stage_id].topic_ids
        if topic_id in links["topics"]
    }
    return {
        "submission": submission,
        "stages": stages,
        "network_peers": peers["network"],
        "national_peers": national,
        "peer_minimum": settings.CHECKUP_PEER_MINIMUM,
        "progress": progress(submission, earlier),
        "weak_topics": recommendations.topic_entries(weak_slugs, language),
        **recommendations.recommended(weak_slugs, page, request),
    }
