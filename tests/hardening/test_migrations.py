"""Migrations apply forwards from an empty database, and from the last release's schema with
its rows kept.

`release_migrations.json` is the migration state of the last landed release: the newest
migration of every app installed then, read with `git show <commit>:<app>/migrations/` for
ours and from the installed packages for the others. Apps added since are left out, so they
start from nothing. When a release lands, record its state there.

Each test migrates a database of its own, left empty by the test run: a SQLite file, or on
PostgreSQL a new database beside the test database, dropped afterwards. Wagtail's data
migrations write through the default connection, so that database stands in as the default
connection while the test migrates it.
"""

import json
import uuid
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.db.migrations.executor import MigrationExecutor

from wagtail.models import Page

import psycopg
import pytest
from psycopg import sql

from checkup.models import CheckupSubmission
from home.models import StandardPage
from solutions.models import Topic

RELEASE = json.loads((Path(__file__).parent / "release_migrations.json").read_text())

ANSWERS = [{"stage": "Vision", "points": 15, "max_points": 20, "answers": ["Adopted", "Yes"]}]


@pytest.fixture
def empty_database(tmp_path, django_db_blocker):
    """Connection settings of a new, empty database of the test database's kind."""
    settings_dict = {**connection.settings_dict}
    if connection.vendor != "postgresql":
        settings_dict["NAME"] = str(tmp_path / "migrations.sqlite3")
        with django_db_blocker.unblock():
            yield settings_dict
        return
    name = f"test_{settings_dict['NAME'].removeprefix('test_')}_migrations"
    server = psycopg.conninfo.make_conninfo(
        dbname="postgres",
        host=settings_dict["HOST"] or None,
        port=settings_dict["PORT"] or None,
        user=settings_dict["USER"] or None,
        password=settings_dict["PASSWORD"] or None,
    )
    drop = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
    with psycopg.connect(server, autocommit=True) as postgres:
        postgres.execute(drop)
        postgres.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    settings_dict["NAME"] = name
    try:
        with django_db_blocker.unblock():
            yield settings_dict
    finally:
        with psycopg.connect(server, autocommit=True) as postgres:
            postgres.execute(drop)


@contextmanager
def as_default_database(settings_dict):
    """Make the database `settings_dict` names Django's default connection for a while."""
    test_database = connections[DEFAULT_DB_ALIAS]
    database = type(test_database)(settings_dict, alias=DEFAULT_DB_ALIAS)
    connections[DEFAULT_DB_ALIAS] = database
    ContentType.objects.clear_cache()
    try:
        yield database
    finally:
        database.close()
        connections[DEFAULT_DB_ALIAS] = test_database
        ContentType.objects.clear_cache()


def migrate(database, targets=None):
    """Apply the migrations up to `targets` (default: this code's newest), then say what is
    left to apply."""
    executor = MigrationExecutor(database)
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    executor = MigrationExecutor(database)
    return executor, executor.migration_plan(targets or executor.loader.graph.leaf_nodes())


def test_every_migration_applies_to_an_empty_database_and_gives_every_models_table(
    empty_database,
):
    with as_default_database(empty_database) as database:
        _executor, left = migrate(database)
        assert left == []

        tables = set(database.introspection.table_names())
        with database.cursor() as cursor:
            for model in apps.get_models():
                if not model._meta.managed or model._meta.proxy:
                    continue
                table = model._meta.db_table
                assert table in tables, f"{model._meta.label} has no table"
                columns = {
                    column.name
                    for column in database.introspection.get_table_description(cursor, table)
                }
                fields = {field.column for field in model._meta.local_concrete_fields}
                # SQLite's full-text table keeps its `rowid` without naming it.
                missing = fields - columns - {"rowid"}
                assert not missing, f"{table} lacks {missing}"
        # The rows Wagtail's own migrations make: the tree's root and the first locale.
        assert Page.objects.filter(depth=1).count() == 1


def put_release_rows(release_apps):
    """A topic, a page and a check-up submission, written as the release's models had them."""
    locale_model = release_apps.get_model("wagtailcore", "Locale")
    content_type_model = release_apps.get_model("contenttypes", "ContentType")
    page_model = release_apps.get_model("wagtailcore", "Page")
    locale = locale_model.objects.get(language_code="en")

    release_apps.get_model("solutions", "Topic").objects.create(
        name="District heating",
        slug="district-heating",
        colour="#aa3300",
        sort_order=2,
        locale=locale,
        translation_key=uuid.UUID(int=1),
    )
    root = page_model.objects.get(depth=1)
    position = root.numchild + 1
    release_apps.get_model("home", "StandardPage").objects.create(
        title="Energy planning",
        draft_title="Energy planning",
        slug="energy-planning",
        path=f"{root.path}{position:04d}",
        depth=2,
        numchild=0,
        url_path="/energy-planning/",
        live=True,
        locale=locale,
        translation_key=uuid.UUID(int=2),
        content_type=content_type_model.objects.get_or_create(
            app_label="home", model="standardpage"
        )[0],
        intro="How a city plans its energy.",
    )
    root.numchild = position
    root.save(update_fields=["numchild"])
    release_apps.get_model("checkup", "CheckupSubmission").objects.create(
        token="release-token",
        checkup_key=uuid.UUID(int=3),
        language="da",
        city_name="Sønderborg",
        city_key="sønderborg|DK",
        country="DK",
        network="dk",
        population_band="50k-100k",
        email="klima@example.org",
        points=15,
        max_points=20,
        percent=Decimal("75.0"),
        answers=ANSWERS,
    )


def test_the_release_schema_migrates_to_this_code_and_keeps_its_rows(empty_database):
    release_targets = list(RELEASE["migrations"].items())
    with as_default_database(empty_database) as database:
        executor, _left = migrate(database, release_targets)
        loader = executor.loader
        release_nodes = {
            node for target in release_targets for node in loader.graph.forwards_plan(target)
        }
        # A squashed migration is recorded with the migrations it replaces.
        replaced = {tuple(node) for m in loader.disk_migrations.values() for node in m.replaces}
        assert set(loader.applied_migrations) - replaced == release_nodes
        put_release_rows(executor.loader.project_state(release_targets).apps)

        _executor, left = migrate(database)
        assert left == []

        topic = Topic.objects.get(slug="district-heating")
        assert (topic.name, topic.colour, topic.sort_order, topic.locale.language_code) == (
            "District heating",
            "#aa3300",
            2,
            "en",
        )
        page = Page.objects.get(slug="energy-planning").specific
        assert isinstance(page, StandardPage)
        assert (page.title, page.intro, page.url_path) == (
            "Energy planning",
            "How a city plans its energy.",
            "/energy-planning/",
        )
        assert page.get_parent().depth == 1
        submission = CheckupSubmission.objects.get(token="release-token")
        assert (submission.city_name, submission.country.code, submission.percent) == (
            "Sønderborg",
            "DK",
            Decimal("75.0"),
        )
        assert submission.answers == ANSWERS
