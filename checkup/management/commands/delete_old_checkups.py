import argparse
import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from checkup.models import CheckupSubmission


def positive_days(value):
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"give a whole number of days above 0, not {value!r}")
    return number


class Command(BaseCommand):
    help = (
        "Delete the check-up submissions, with their answers, scores and contact e-mails, "
        "that are older than the retention period (settings.CHECKUP_RETENTION_DAYS)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=positive_days,
            help="Delete submissions older than this many days instead of the setting.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only count what would be deleted.",
        )

    def handle(self, *args, days, dry_run, **options):
        if days is None:
            days = settings.CHECKUP_RETENTION_DAYS
            if days < 1:
                raise CommandError(
                    f"CHECKUP_RETENTION_DAYS is {days}; it must be a whole number of days "
                    "above 0. Correct the setting or pass --days."
                )
        cutoff = timezone.now() - datetime.timedelta(days=days)
        old = CheckupSubmission.objects.filter(submitted_at__lt=cutoff)
        described = f"submitted before {cutoff:%Y-%m-%d %H:%M} UTC ({days} days ago)"
        if dry_run:
            self.stdout.write(f"Would delete {old.count()} check-up submissions {described}.")
            return
        with transaction.atomic():
            _total, deleted = old.delete()
        submissions = deleted.get(CheckupSubmission._meta.label, 0)
        stage_results = deleted.get("checkup.StageResult", 0)
        self.stdout.write(
            self.style.SUCCESS(
                f"Deleted {submissions} check-up submissions {described}, "
                f"with {stage_results} stage results."
            )
        )
