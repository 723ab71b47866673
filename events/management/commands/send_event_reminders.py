from django.core.management.base import BaseCommand

from events.invitations import send_event_reminders


class Command(BaseCommand):
    help = (
        "Send the reminder to the confirmed participants of every event that starts within "
        "its reminder days (EventPage.reminder_days) and has not started yet. Each person gets "
        "one reminder per event, however often this runs: run it every hour from cron."
    )

    def handle(self, *args, **options):
        totals = send_event_reminders.call()
        self.stdout.write(
            f"Reminders: {totals['sent']} sent for {totals['events']} events, "
            f"{totals['skipped']} already sent, {totals['failed']} failed."
        )
        if totals["failed"]:
            self.stderr.write(
                self.style.WARNING(
                    f"{totals['failed']} reminders could not be sent (see the log); the next "
                    "run tries them again."
                )
            )
