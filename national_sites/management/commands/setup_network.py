from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from national_sites.setup import NetworkSetup
from smartencity.network import NetworkConfigError, load_network


class Command(BaseCommand):
    help = (
        "Create or update the network's locales, sites, home pages, collections, groups and "
        "permissions from the network configuration. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--config",
            default=str(settings.NETWORK_CONFIG_FILE),
            help="The network configuration file (default: %(default)s).",
        )

    def handle(self, *args, config, verbosity, **options):
        try:
            network = load_network(config)
        except (OSError, NetworkConfigError) as error:
            raise CommandError(str(error)) from error
        configured = {code for code, _name in settings.LANGUAGES}
        missing = [code for code in network.language_codes if code not in configured]
        if missing:
            raise CommandError(
                "These languages are not in settings.LANGUAGES: "
                + ", ".join(missing)
                + ". Set NETWORK_CONFIG_FILE to this file so the settings read it too."
            )

        def log(message):
            if verbosity > 1:
                self.stdout.write(f"  {message}")

        changes = NetworkSetup(network, log=log).run()
        if changes:
            self.stdout.write(self.style.SUCCESS(f"The network is set up ({changes} changes)."))
        else:
            self.stdout.write("The network was already set up; nothing changed.")
