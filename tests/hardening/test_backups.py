"""`make backup` and `make restore`: the database and the media, back exactly as they were.

The round trip of a whole network needs PostgreSQL (pg_dump sees only committed data, so it
is a transactional test); CI runs it. The SQLite copy, the media archive and the refusals
are tested on any database.
"""

import io
import json
import sqlite3
import tarfile
from contextlib import closing
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page

import psycopg
import pytest
import wagtail_factories
from psycopg import sql

from national_sites.setup import NetworkSetup
from national_sites.translation import translate
from site_backups.archive import (
    MANIFEST,
    BackupError,
    PostgresDatabase,
    SqliteDatabase,
    create_backup,
    restore_backup,
    sha256,
)
from tests.browser.conftest import restore_migration_data
from tests.checkup.conftest import ON_THE_WAY, CheckupPageFactory, questionnaire_stages, submit
from tests.factories import StandardPageFactory
from tests.solutions.conftest import make_topics, network_locales, network_sites, publish

ON_POSTGRESQL = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="pg_dump and pg_restore need PostgreSQL: set DATABASE_URL to a PostgreSQL database",
)

# Tables that must hold rows of the network built below, so that comparing two databases
# table by table can never pass by comparing nothing.
ESSENTIAL_TABLES = [
    "wagtailcore_page",
    "home_standardpage",
    "wagtailcore_revision",
    "wagtail_localize_translationsource",
    "wagtail_localize_translation",
    "wagtail_localize_stringtranslation",
    "solutions_topic",
    "wagtaildocs_document",
    "wagtailimages_image",
    "checkup_checkupsubmission",
    "checkup_stageresult",
]


def media_contents(root):
    """Every file under `root`, by its path relative to `root`, with its bytes."""
    root = Path(root)
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in root.rglob("*")
        if path.is_file()
    }


def make_media(root):
    (root / "documents").mkdir(parents=True)
    (root / "documents" / "report.pdf").write_bytes(b"%PDF-1.4 " + bytes(range(256)))
    (root / "images").mkdir()
    (root / "images" / "tartu.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)


def make_sqlite(path, rows):
    with closing(sqlite3.connect(path)) as database, database:
        database.execute("CREATE TABLE city (id INTEGER PRIMARY KEY, name TEXT)")
        database.executemany("INSERT INTO city (name) VALUES (?)", [(row,) for row in rows])


def sqlite_rows(path):
    with closing(sqlite3.connect(path)) as database:
        return database.execute("SELECT id, name FROM city ORDER BY id").fetchall()


@pytest.fixture
def sqlite_backup(tmp_path):
    """A backup of a SQLite database of two cities and of a media folder of two files."""
    make_sqlite(tmp_path / "site.sqlite3", ["Tartu", "Sønderborg"])
    make_media(tmp_path / "media")
    folder = create_backup(
        tmp_path / "backups",
        SqliteDatabase({"NAME": str(tmp_path / "site.sqlite3")}),
        tmp_path / "media",
    )
    return folder


def test_a_sqlite_backup_restores_every_row_and_every_media_file(tmp_path, sqlite_backup):
    assert sqlite_backup.parent == tmp_path / "backups"
    assert sqlite_backup.name.startswith("smartencity-")
    assert sqlite_backup.stat().st_mode & 0o077 == 0  # only its owner may read it
    assert sorted(path.name for path in sqlite_backup.iterdir()) == [
        "database.sqlite3",
        "manifest.json",
        "media.tar",
    ]

    target = SqliteDatabase({"NAME": str(tmp_path / "restored.sqlite3")})
    result = restore_backup(sqlite_backup, target, tmp_path / "restored-media")

    assert result.media_restored
    assert sqlite_rows(tmp_path / "restored.sqlite3") == [(1, "Tartu"), (2, "Sønderborg")]
    assert media_contents(tmp_path / "restored-media") == media_contents(tmp_path / "media")
    assert len(media_contents(tmp_path / "restored-media")) == 2


def test_restore_refuses_a_database_with_tables_until_forced(tmp_path, sqlite_backup):
    make_sqlite(tmp_path / "live.sqlite3", ["Aarhus"])
    live = SqliteDatabase({"NAME": str(tmp_path / "live.sqlite3")})

    with pytest.raises(BackupError, match=r"is not empty: it has 1 tables.*--force"):
        restore_backup(sqlite_backup, live, tmp_path / "live-media")
    assert sqlite_rows(tmp_path / "live.sqlite3") == [(1, "Aarhus")]
    assert not (tmp_path / "live-media").exists()

    restore_backup(sqlite_backup, live, tmp_path / "live-media", force=True)
    assert sqlite_rows(tmp_path / "live.sqlite3") == [(1, "Tartu"), (2, "Sønderborg")]


def test_restore_refuses_media_with_files_until_forced(tmp_path, sqlite_backup):
    live_media = tmp_path / "live-media"
    live_media.mkdir()
    (live_media / "newer.pdf").write_bytes(b"uploaded after the backup")
    target = SqliteDatabase({"NAME": str(tmp_path / "new.sqlite3")})

    with pytest.raises(BackupError, match=r"media folder .* is not empty.*--force"):
        restore_backup(sqlite_backup, target, live_media)
    assert media_contents(live_media) == {"newer.pdf": b"uploaded after the backup"}
    assert target.table_count() == 0

    restore_backup(sqlite_backup, target, live_media, force=True)
    assert media_contents(live_media) == media_contents(tmp_path / "media")


def damage_database(folder):
    with open(folder / "database.sqlite3", "ab") as file:
        file.write(b"\0")


def remove_manifest(folder):
    (folder / MANIFEST).unlink()


def claim_postgresql(folder):
    manifest = json.loads((folder / MANIFEST).read_text())
    manifest["database"]["vendor"] = "postgresql"
    (folder / MANIFEST).write_text(json.dumps(manifest))


def smuggle_a_path_out_of_the_media(folder):
    """Replace media.tar by one whose file climbs out of MEDIA_ROOT, with a matching sum."""
    payload = b"written outside the media folder"
    with tarfile.open(folder / "media.tar", "w") as archive:
        member = tarfile.TarInfo("../escaped.txt")
        member.size = len(payload)
        archive.addfile(member, io.BytesIO(payload))
    manifest = json.loads((folder / MANIFEST).read_text())
    manifest["media"]["sha256"] = sha256(folder / "media.tar")
    (folder / MANIFEST).write_text(json.dumps(manifest))


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (damage_database, "does not match its checksum: the backup is damaged"),
        (remove_manifest, "has no manifest.json"),
        (claim_postgresql, "holds a postgresql database; it cannot be restored into the SQLite"),
        (smuggle_a_path_out_of_the_media, "Could not restore the media"),
    ],
)
def test_a_damaged_or_mismatched_backup_is_refused(tmp_path, sqlite_backup, spoil, message):
    spoil(sqlite_backup)
    target_media = tmp_path / "target-media"

    target = SqliteDatabase({"NAME": str(tmp_path / "target.sqlite3")})

    with pytest.raises(BackupError, match=message):
        restore_backup(sqlite_backup, target, target_media)

    assert media_contents(target_media) == {}


@pytest.mark.django_db
def test_make_restore_refuses_to_overwrite_the_site_database(tmp_path, settings):
    """The commands behind `make backup` and `make restore`, on the test database."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    make_media(tmp_path / "media")
    pages_before = Page.objects.count()

    call_command("backup_site", output_dir=str(tmp_path / "backups"), stdout=io.StringIO())
    (folder,) = (tmp_path / "backups").iterdir()
    manifest = json.loads((folder / MANIFEST).read_text())
    assert manifest["database"]["vendor"] == connection.vendor
    assert manifest["media"]["files"] == 2

    with pytest.raises(CommandError, match=r"is not empty: it has \d+ tables.*FORCE=1"):
        call_command("restore_site", str(folder), stdout=io.StringIO())
    assert Page.objects.count() == pages_before


# The whole network, through PostgreSQL.


def conninfo(name):
    """Connection settings for the database `name` on the test database's server."""
    params = connection.settings_dict
    return psycopg.conninfo.make_conninfo(
        dbname=name,
        host=params["HOST"] or None,
        port=params["PORT"] or None,
        user=params["USER"] or None,
        password=params["PASSWORD"] or None,
    )


def rows_of_every_table(name):
    """Every row of every table of the database `name`, as sorted tuples by table."""
    with psycopg.connect(conninfo(name)) as database:
        tables = [
            table
            for (table,) in database.execute(
                "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
            )
        ]
        return {
            table: sorted(
                database.execute(sql.SQL("SELECT * FROM {}").format(sql.Identifier(table))),
                key=repr,
            )
            for table in tables
        }


@pytest.fixture
def fresh_database():
    """The name of a new, empty database, dropped after the test."""
    name = f"{connection.settings_dict['NAME']}_restored"
    with psycopg.connect(conninfo("postgres"), autocommit=True) as server:
        server.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    yield name
    with psycopg.connect(conninfo("postgres"), autocommit=True) as server:
        server.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def put_back_the_network():
    restore_migration_data()
    NetworkSetup(settings.NETWORK).run()
    assert len(network_sites()) == 1 + len(settings.NETWORK.countries)


@pytest.fixture(scope="module")
def network_put_back_afterwards(django_db_blocker):
    """pytest-django empties every table after a transactional test; this puts back what the
    tests that may follow expect (the migrations' rows and the network), once it has."""
    yield
    with django_db_blocker.unblock():
        put_back_the_network()


@pytest.fixture
def committed_network(network_put_back_afterwards, transactional_db, tmp_path, settings):
    """A small network committed to the test database, with its media on the disk.

    Whatever ran before (the browser tests' demo) is emptied first. Then: the six sites; four
    topics in English, each translated into three languages; an English page with three
    revisions, translated into Spanish with wagtail-localize; a Danish page; an English
    check-up with one submission; a document and an image with a rendition, in MEDIA_ROOT.
    """
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    call_command("flush", interactive=False, verbosity=0)
    put_back_the_network()
    sites, locales = network_sites(), network_locales()
    topics = make_topics(locales)

    page = StandardPageFactory(
        parent=sites["eu"].root_page.specific, title="Keeping data safe", slug="data-safety"
    )
    for intro in ("First words.", "Second words."):
        page.intro = intro
        page.save_revision()
    publish(page)
    translate(
        page, locales["es"], {"Keeping data safe": "Datos a salvo", "Second words.": "Hola."}
    )
    publish(
        StandardPageFactory(
            parent=sites["dk"].root_page.specific, title="Sikre data", slug="sikre-data"
        )
    )

    checkup = publish(
        CheckupPageFactory(
            parent=sites["eu"].root_page.specific, stages=questionnaire_stages(topics["en"])
        )
    )
    submit(checkup, ON_THE_WAY)

    collection = Collection.get_first_root_node()
    get_document_model().objects.create(
        title="Activity report",
        collection=collection,
        file=ContentFile(b"%PDF-1.4 activity report " + bytes(range(256)), name="report.pdf"),
    )
    image = wagtail_factories.ImageFactory(title="Tartu", collection=collection)
    image.get_rendition("width-40")
    return tmp_path / "media"


@ON_POSTGRESQL
@pytest.mark.django_db(transaction=True)
def test_a_restored_backup_equals_the_network_it_was_made_from(
    committed_network, fresh_database, tmp_path
):
    source = connection.settings_dict["NAME"]
    call_command("backup_site", output_dir=str(tmp_path / "backups"), stdout=io.StringIO())
    (folder,) = (tmp_path / "backups").iterdir()

    target = PostgresDatabase({**connection.settings_dict, "NAME": fresh_database})
    restored_media = tmp_path / "restored-media"
    restore_backup(folder, target, restored_media)

    original, restored = rows_of_every_table(source), rows_of_every_table(fresh_database)
    for table in ESSENTIAL_TABLES:
        assert original[table], f"the network has no rows in {table}"
    assert restored.keys() == original.keys()
    for table in original:
        assert restored[table] == original[table], f"{table} differs after the restore"

    files = media_contents(restored_media)
    assert files == media_contents(committed_network)
    document = get_document_model().objects.get()
    with document.file.open("rb") as file:
        assert files[document.file.name] == file.read()
    image = get_image_model().objects.get()
    assert image.file.name in files
    assert any(name.startswith("images/") for name in files)  # the rendition


def change(name, *statements):
    with psycopg.connect(conninfo(name)) as database:
        for statement in statements:
            database.execute(statement)


@ON_POSTGRESQL
@pytest.mark.django_db(transaction=True)
def test_a_restore_over_a_database_is_refused_whole_or_forced_whole(
    committed_network, fresh_database, tmp_path
):
    call_command("backup_site", output_dir=str(tmp_path / "backups"), stdout=io.StringIO())
    (folder,) = (tmp_path / "backups").iterdir()
    target = PostgresDatabase({**connection.settings_dict, "NAME": fresh_database})
    restore_backup(folder, target, tmp_path / "restored-media")
    original = rows_of_every_table(fresh_database)
    # The database moves on: a page is renamed and a later migration adds a table.
    change(
        fresh_database,
        "UPDATE wagtailcore_page SET title = 'Renamed' WHERE slug = 'data-safety'",
        "CREATE TABLE later_migration (id integer)",
    )
    moved_on = rows_of_every_table(fresh_database)

    with pytest.raises(BackupError, match=r"is not empty: it has \d+ tables.*FORCE=1"):
        restore_backup(folder, target, tmp_path / "restored-media")
    # Loading the dump over its own tables fails half-way, and leaves nothing half-done.
    with pytest.raises(BackupError, match="The restore failed and the database was left as it"):
        target.restore(folder / "database.dump", replace=False)
    assert rows_of_every_table(fresh_database) == moved_on

    restore_backup(folder, target, tmp_path / "restored-media", force=True)
    assert rows_of_every_table(fresh_database) == original
