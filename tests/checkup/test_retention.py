"""`delete_old_checkups` deletes the submissions older than the retention period."""

import datetime
import io

from django.core.management import CommandError, call_command
from django.utils import timezone

import pytest

from checkup.models import CheckupSubmission, StageResult
from tests.checkup.admin_data import make_submission

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture
def submissions(db):
    return {
        "old": make_submission("Aarhus", "DK", submitted_at=days_ago(400)),
        "older": make_submission("Tartu", "EE", submitted_at=days_ago(800)),
        "recent": make_submission("Odense", "DK", submitted_at=days_ago(20)),
    }


def run(*args):
    output = io.StringIO()
    call_command("delete_old_checkups", *args, stdout=output)
    return output.getvalue()


def remaining():
    return sorted(CheckupSubmission.objects.values_list("city_name", flat=True))


def test_old_submissions_and_their_stage_results_are_deleted(settings, submissions):
    settings.CHECKUP_RETENTION_DAYS = 365

    output = run()

    assert remaining() == ["Odense"]
    assert StageResult.objects.count() == 2  # Odense's two stages
    assert "Deleted 2 check-up submissions submitted before" in output
    assert "(365 days ago), with 4 stage results." in output


def test_days_on_the_command_line_override_the_setting(settings, submissions):
    settings.CHECKUP_RETENTION_DAYS = 365

    run("--days", "600")

    assert remaining() == ["Aarhus", "Odense"]


def test_a_dry_run_counts_and_deletes_nothing(settings, submissions):
    settings.CHECKUP_RETENTION_DAYS = 365

    output = run("--dry-run")

    assert "Would delete 2 check-up submissions" in output
    assert remaining() == ["Aarhus", "Odense", "Tartu"]
    assert StageResult.objects.count() == 6


@pytest.mark.parametrize("days", ["0", "-5", "a year"])
def test_a_bad_number_of_days_is_refused(submissions, days):
    with pytest.raises(CommandError, match="give a whole number of days above 0"):
        run("--days", days)

    assert remaining() == ["Aarhus", "Odense", "Tartu"]


def test_a_bad_retention_setting_is_refused(settings, submissions):
    settings.CHECKUP_RETENTION_DAYS = 0

    with pytest.raises(CommandError, match="CHECKUP_RETENTION_DAYS is 0"):
        run()

    assert remaining() == ["Aarhus", "Odense", "Tartu"]
