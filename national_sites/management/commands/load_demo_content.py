from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from national_sites.demo.loader import DemoLoader


class Command(BaseCommand):
    help = (
        "Fill the six sites with demo content in their languages and create the demo users "
        "(password: demo-password). Refused by the production settings."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=int,
            default=1,
            help=(
                "Repeat every demo city this many times (numbered, slightly moved), to measure "
                "the map at size: --scale 10 gives over 600 cities and 3 000 solutions."
            ),
        )

    def handle(self, *args, verbosity, scale, **options):
        if not 1 <= scale <= 50:
            raise CommandError("--scale must be a whole number from 1 to 50.")
        if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
            raise CommandError(
                "Demo content and its well-known passwords are refused in production."
            )

        def log(message):
            if verbosity > 0:
                self.stdout.write(f"  {message}")

        DemoLoader(log=log, scale=scale).run()
        self.stdout.write(self.style.SUCCESS("The demo content is loaded."))
