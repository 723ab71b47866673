import os
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections

from site_backups.archive import BackupError, create_backup, database_for, local_media_root


class Command(BaseCommand):
    help = (
        "Back the database (pg_dump's custom format on PostgreSQL, a copy on SQLite) and the "
        "media files (a tar archive of MEDIA_ROOT) up into a new folder named after the time."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir",
            default=os.environ.get("BACKUP_DIR") or str(Path(settings.BASE_DIR) / "backups"),
            help="The folder to make the backup's folder in (default: BACKUP_DIR or backups/).",
        )
        parser.add_argument(
            "--database",
            default=DEFAULT_DB_ALIAS,
            help="The database to back up (default: %(default)s).",
        )

    def handle(self, *args, output_dir, database, **options):
        source = database_for(connections[database].settings_dict)
        media_root = local_media_root()
        try:
            folder = create_backup(output_dir, source, media_root)
        except BackupError as error:
            raise CommandError(str(error)) from error
        if media_root is None:
            self.stdout.write(
                self.style.WARNING(
                    "The media are not on this disk (STORAGES['default'] is not a file system "
                    "storage), so the backup holds the database only. Back the object storage "
                    "up with its own tools."
                )
            )
        self.stdout.write(self.style.SUCCESS(f"Backed the {source} up into {folder}"))
