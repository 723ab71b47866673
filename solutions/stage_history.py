"""A city's path through the five membership steps: each change recorded with its date and
a note, and the newest change setting the stage of every translation of the city."""

from django.db import transaction

from solutions.models import CityPage, MembershipStage, MembershipStageChange
from solutions.network_data import forget_network


def latest_change(city_key):
    return MembershipStageChange.objects.filter(city_key=city_key).first()


@transaction.atomic
def record_stage_change(city, stage, *, date, note, user=None, award=""):
    """Record that `city` (any translation of it) moved to `stage` on `date`, and apply it."""
    stage = MembershipStage(stage)
    previous = latest_change(city.translation_key)
    change = MembershipStageChange.objects.create(
        city_key=city.translation_key,
        city=city,
        stage=stage,
        previous_stage=previous.stage if previous else city.membership_stage,
        date=date,
        note=note,
        award=award if stage == MembershipStage.AWARD else "",
        changed_by=user,
    )
    apply_latest_stage(city.translation_key)
    return change


def apply_latest_stage(city_key):
    """Give every translation of the city the stage of its newest recorded change."""
    latest = latest_change(city_key)
    if latest is None:
        return
    CityPage.objects.filter(translation_key=city_key).exclude(
        membership_stage=latest.stage
    ).update(membership_stage=latest.stage)
    # The map shows and filters by stage.
    transaction.on_commit(forget_network)
