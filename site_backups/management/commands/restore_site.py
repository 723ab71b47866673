from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor

from wagtail.models import Site

from site_backups.archive import BackupError, database_for, local_media_root, restore_backup
from smartencity.page_cache import clear_page_cache


class Command(BaseCommand):
    help = (
        "Restore a folder made by backup_site: the database into DATABASE_URL and the media "
        "into MEDIA_ROOT. A database with tables, or media with files, is refused unless "
        "--force is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("backup", help="The backup's folder, such as backups/smartencity-…")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace everything in a database that has tables and in the media folder.",
        )
        parser.add_argument(
            "--database",
            default=DEFAULT_DB_ALIAS,
            help="The database to restore into (default: %(default)s).",
        )

    def handle(self, *args, backup, force, database, **options):
        connection = connections[database]
        target = database_for(connection.settings_dict)
        media_root = local_media_root()
        try:
            result = restore_backup(backup, target, media_root, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from error
        # The tables were replaced under Django's connection: start a new one.
        connection.close()
        # Cached pages and Wagtail's cached site paths describe the database that was replaced.
        clear_page_cache()
        Site.clear_site_root_paths_cache()
        if result.manifest["media"] and not result.media_restored:
            self.stdout.write(
                self.style.WARNING(
                    f"The media are not on this disk, so {backup}/media.tar was not restored. "
                    "Unpack it into the object storage with its own tools."
                )
            )
        self.stdout.write(self.style.SUCCESS(f"Restored {backup} into the {target}."))
        executor = MigrationExecutor(connection)
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if pending:
            self.stdout.write(
                self.style.WARNING(
                    f"The backup predates {len(pending)} migrations of this code: "
                    "run `manage.py migrate`."
                )
            )
