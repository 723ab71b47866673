from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from national_sites.demo.loader import DemoLoader


class Command(BaseCommand):
    help = (
        "Fill the six sites with demo content in their languages and create the demo users "
        "(password: demo-password). Refused by the production settings."
    )

    def handle(self, *args, verbosity, **options):
        if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
            raise CommandError(
                "Demo content and its well-known passwords are refused in production."
            )

        def log(message):
            if verbosity > 0:
                self.stdout.write(f"  {message}")

        DemoLoader(log=log).run()
        self.stdout.write(self.style.SUCCESS("The demo content is loaded."))
