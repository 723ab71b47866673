"""Backups of the whole site: its database and its uploaded media, in one folder.

`create_backup` writes a folder named after the time (UTC) it was made, such as
`backups/smartencity-20261126-071500/`, holding:

- the database: `database.dump`, PostgreSQL's custom format made by pg_dump, or
  `database.sqlite3`, a copy made with SQLite's online backup API;
- `media.tar`: the files under MEDIA_ROOT, when the uploads are on the local disk. Object
  storage keeps its own copies, so a backup then holds the database only;
- `manifest.json`, written last: what the backup holds, with the SHA-256 of each file.

`restore_backup` checks those sums before it changes anything. It refuses to overwrite a
database that has tables, or media that has files, unless told to. It restores a PostgreSQL
database in one transaction, so a restore that fails leaves the database as it was.
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from django.core.files.storage import FileSystemStorage, storages
from django.db.backends.postgresql.client import DatabaseClient

FORMAT = 1
MANIFEST = "manifest.json"
MEDIA_ARCHIVE = "media.tar"
FOLDER_PREFIX = "smartencity-"

# Drops every table of the schema the restore writes to, inside the restore's transaction,
# so that tables the backup does not have (from later migrations) go too.
DROP_TABLES = """
DO $$
DECLARE table_row record;
BEGIN
    FOR table_row IN
        SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()
    LOOP
        EXECUTE format('DROP TABLE IF EXISTS %I CASCADE', table_row.tablename);
    END LOOP;
END
$$;
"""


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why and what to do."""


def run(program, arguments, env=None, **options):
    """Run a PostgreSQL client program; its error output becomes the BackupError's message."""
    executable = shutil.which(program)
    if executable is None:
        raise BackupError(
            f"{program} is not installed. On Debian: apt-get install postgresql-client-15."
        )
    result = subprocess.run(  # noqa: S603 (a PostgreSQL client found on PATH, no shell)
        [executable, *arguments], env=env, capture_output=True, text=True, check=False, **options
    )
    if result.returncode:
        raise BackupError(f"{program} failed: {result.stderr.strip()}")
    return result.stdout


class PostgresDatabase:
    """A PostgreSQL database, reached by the client programs with Django's connection settings."""

    vendor = "postgresql"
    file_name = "database.dump"

    def __init__(self, settings_dict):
        self.name = settings_dict.get("NAME") or ""
        _arguments, client_env = DatabaseClient.settings_to_cmd_args_env(settings_dict, [])
        # The password and TLS options travel in the environment, never on a command line.
        self.env = {**os.environ, **(client_env or {})}
        for variable, key in (
            ("PGHOST", "HOST"),
            ("PGPORT", "PORT"),
            ("PGUSER", "USER"),
            ("PGDATABASE", "NAME"),
        ):
            if settings_dict.get(key):
                self.env[variable] = str(settings_dict[key])

    def __str__(self):
        return f"PostgreSQL database {self.name}"

    def table_count(self):
        output = run(
            "psql",
            [
                "--no-psqlrc",
                "--no-password",
                "--tuples-only",
                "--no-align",
                "--command",
                "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()",
            ],
            env=self.env,
        )
        return int(output.strip())

    def dump(self, path):
        run("pg_dump", ["--no-password", "--format=custom", f"--file={path}"], env=self.env)

    def restore(self, path, replace):
        """Load the dump at `path` in one transaction, after dropping every table if `replace`.

        Objects are owned by the user who restores, whoever owned them before.
        """
        pg_restore, psql = shutil.which("pg_restore"), shutil.which("psql")
        if pg_restore is None or psql is None:
            raise BackupError(
                "pg_restore and psql are needed. On Debian: apt-get install postgresql-client-15."
            )
        with (
            tempfile.TemporaryFile("w+") as restore_errors,
            tempfile.TemporaryFile("w+") as errors,
        ):
            script = subprocess.Popen(  # noqa: S603 (pg_restore found on PATH, no shell)
                [pg_restore, "--no-owner", "--no-privileges", "--file=-", str(path)],
                stdout=subprocess.PIPE,
                stderr=restore_errors,
                env=self.env,
            )
            loader = subprocess.Popen(  # noqa: S603 (psql found on PATH, no shell)
                [
                    psql,
                    "--no-psqlrc",
                    "--no-password",
                    "--quiet",
                    "--single-transaction",
                    "--set=ON_ERROR_STOP=1",
                    "--file=-",
                ],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=errors,
                env=self.env,
            )
            try:
                if replace:
                    loader.stdin.write(DROP_TABLES.encode())
                shutil.copyfileobj(script.stdout, loader.stdin)
                loader.stdin.close()
            except BrokenPipeError:
                pass  # psql stopped at an error; it says which below.
            script.stdout.close()
            loader_failed, script_failed = loader.wait(), script.wait()
            if script_failed or loader_failed:
                restore_errors.seek(0)
                errors.seek(0)
                message = (restore_errors.read() + errors.read()).strip()
                raise BackupError(
                    f"The restore failed and the database was left as it was: {message}"
                )


class SqliteDatabase:
    """A SQLite database file (the demo's default), copied with SQLite's online backup API."""

    vendor = "sqlite"
    file_name = "database.sqlite3"

    def __init__(self, settings_dict):
        self.name = str(settings_dict["NAME"])

    def __str__(self):
        return f"SQLite database {self.name}"

    def connect(self, read_only=False):
        if self.name.startswith("file:"):
            return sqlite3.connect(self.name, uri=True)
        if read_only:
            return sqlite3.connect(f"{Path(self.name).resolve().as_uri()}?mode=ro", uri=True)
        return sqlite3.connect(self.name)

    def table_count(self):
        if not self.name.startswith("file:") and not Path(self.name).exists():
            return 0
        with closing(self.connect(read_only=True)) as connection:
            (count,) = connection.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%'"
            ).fetchone()
        return count

    def dump(self, path):
        try:
            with (
                closing(self.connect(read_only=True)) as source,
                closing(sqlite3.connect(path)) as target,
            ):
                source.backup(target)
        except sqlite3.Error as error:
            raise BackupError(f"Could not copy the {self}: {error}") from error

    def restore(self, path, replace):
        """Copy the backup over the database: the backup API replaces it whole, at once."""
        try:
            backup_uri = f"{Path(path).resolve().as_uri()}?mode=ro"
            with (
                closing(sqlite3.connect(backup_uri, uri=True)) as source,
                closing(self.connect()) as target,
            ):
                source.backup(target)
        except sqlite3.Error as error:
            raise BackupError(f"Could not restore the {self}: {error}") from error


DATABASES = {
    "django.db.backends.postgresql": PostgresDatabase,
    "django.db.backends.sqlite3": SqliteDatabase,
}


def database_for(settings_dict):
    """The database that Django's connection settings `settings_dict` name."""
    try:
        database_class = DATABASES[settings_dict["ENGINE"]]
    except KeyError:
        raise BackupError(
            f"Backups support PostgreSQL and SQLite, not {settings_dict['ENGINE']}."
        ) from None
    return database_class(settings_dict)


def local_media_root():
    """Where the uploads are, or None when they are not on this disk (object storage)."""
    storage = storages["default"]
    if isinstance(storage, FileSystemStorage):
        return Path(storage.location)
    return None


def media_files(root):
    root = Path(root)
    if not root.is_dir():
        return []
    return sorted(path for path in root.rglob("*") if path.is_file())


def archive_media(root, path):
    """Write everything under `root` to the tar archive `path`; returns the number of files."""
    root = Path(root)
    with tarfile.open(path, "w") as archive:
        if root.is_dir():
            for child in sorted(root.iterdir()):
                archive.add(child, arcname=child.name)
    return len(media_files(root))


def restore_media(path, root):
    """Replace what is under `root` by the archive's files.

    The archive is unpacked beside the files it replaces first, so a damaged archive leaves
    them in place. Tar's "data" filter refuses links, devices and paths outside `root`.
    """
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".restoring-", dir=root))
    try:
        with tarfile.open(path) as archive:
            archive.extractall(staging, filter="data")
        for child in root.iterdir():
            if child == staging:
                continue
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
        for child in staging.iterdir():
            child.rename(root / child.name)
    except (OSError, tarfile.TarError) as error:
        raise BackupError(f"Could not restore the media into {root}: {error}") from error
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def sha256(path):
    with open(path, "rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()


def create_backup(directory, database, media_root, now=None):
    """Back `database` and the media under `media_root` (None: none on this disk) up into a new
    folder of `directory`, and return the folder."""
    now = now or datetime.now(UTC)
    folder = Path(directory) / f"{FOLDER_PREFIX}{now:%Y%m%d-%H%M%S}"
    try:
        # The database holds people's e-mail addresses: only the owner may read the backup.
        folder.mkdir(mode=0o700, parents=True)
    except FileExistsError:
        raise BackupError(f"{folder} already exists; run the backup again.") from None
    try:
        database.dump(folder / database.file_name)
        manifest = {
            "format": FORMAT,
            "created_at": now.isoformat(),
            "database": {
                "vendor": database.vendor,
                "name": database.name,
                "file": database.file_name,
                "sha256": sha256(folder / database.file_name),
            },
            "media": None,
        }
        # After the database, so every file the dump refers to is in the archive.
        if media_root is not None:
            files = archive_media(media_root, folder / MEDIA_ARCHIVE)
            manifest["media"] = {
                "file": MEDIA_ARCHIVE,
                "files": files,
                "sha256": sha256(folder / MEDIA_ARCHIVE),
            }
        (folder / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder


def read_backup(folder):
    """The manifest of the backup in `folder`, once every file is checked against its sum."""
    folder = Path(folder)
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
    except FileNotFoundError:
        raise BackupError(
            f"{folder} has no {MANIFEST}: it is not a backup, or making it did not finish."
        ) from None
    except ValueError as error:
        raise BackupError(f"{folder / MANIFEST} is damaged: {error}") from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{folder} was made by another version of the backup tool.")
    for part in (manifest["database"], manifest["media"]):
        if part is None:
            continue
        path = folder / part["file"]
        if not path.is_file():
            raise BackupError(f"{path} is missing: the backup is incomplete.")
        if sha256(path) != part["sha256"]:
            raise BackupError(f"{path} does not match its checksum: the backup is damaged.")
    return manifest


@dataclass
class RestoreResult:
    manifest: dict
    media_restored: bool


def restore_backup(folder, database, media_root, force=False):
    """Restore the backup in `folder` into `database` and under `media_root` (None: the media
    are not on this disk, and are left alone).

    Without `force`, a database with tables or a media folder with files is refused before
    anything changes.
    """
    folder = Path(folder)
    manifest = read_backup(folder)
    vendor = manifest["database"]["vendor"]
    if vendor != database.vendor:
        raise BackupError(
            f"{folder} holds a {vendor} database; it cannot be restored into the {database}."
        )
    media = manifest["media"] if media_root is not None else None
    if not force:
        tables = database.table_count()
        if tables:
            raise BackupError(
                f"The {database} is not empty: it has {tables} tables. Restoring replaces "
                "everything in it. Restore into a new, empty database, or overwrite this one "
                "with --force (make restore BACKUP=... FORCE=1)."
            )
        if media and media_files(media_root):
            raise BackupError(
                f"The media folder {media_root} is not empty. Restoring replaces its files. "
                "Overwrite them with --force (make restore BACKUP=... FORCE=1)."
            )
    database.restore(folder / manifest["database"]["file"], replace=force)
    if media:
        try:
            restore_media(folder / media["file"], media_root)
        except BackupError as error:
            raise BackupError(f"The database was restored, but not the media. {error}") from None
    return RestoreResult(manifest=manifest, media_restored=bool(media))
