"""The benchmark's databases: which ones, and whether their content can be reused.

Each database holds the demo content at one scale, recorded in its `bench_content` table by
benchmarks/pages.py after loading, with a fingerprint of the code that builds that content.
A database at another scale, built by other demo code, or whose loading did not finish, is
dropped and built again; any other is reused as it is (loading 10x takes many minutes).
"""

import hashlib
import os
import sqlite3
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

ROOT = Path(__file__).resolve().parent.parent
LOCAL_POSTGRES = "postgres://postgres@127.0.0.1:5432/"


def default_url(name):
    """PostgreSQL on this machine when it answers, else a SQLite file beside this script."""
    try:
        psycopg.connect(LOCAL_POSTGRES + "postgres", connect_timeout=2).close()
    except psycopg.OperationalError:
        return f"sqlite:///{ROOT / 'benchmarks' / name}.sqlite3"
    return LOCAL_POSTGRES + name


def with_suffix(url, suffix):
    """The same server, with a database (or SQLite file) named with `suffix`."""
    if url.startswith("sqlite"):
        path = sqlite_path(url)
        return f"sqlite:///{path.with_name(f'{path.stem}{suffix}{path.suffix}')}"
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"{parts.path}{suffix}"))


def sqlite_path(url):
    """The file of a sqlite:///relative or sqlite:////absolute URL, as dj-database-url reads it."""
    return Path(url.split("://", 1)[1][1:])


def database_urls(quick):
    """(small, large): the databases at scale 1 and at the benchmark's scale.

    The quick run uses one database at scale 1 for both.
    """
    name = "smartencity_bench_quick" if quick else "smartencity_bench"
    large = os.environ.get("BENCH_DATABASE_URL") or default_url(name)
    return (large, large) if quick else (with_suffix(large, "_small"), large)


def demo_fingerprint():
    """A hash of the code and configuration that `load_demo_content` builds the content from."""
    digest = hashlib.sha256()
    sources = sorted(ROOT.glob("*/demo/**/*.py")) + [ROOT / "smartencity" / "network.toml"]
    for source in sources:
        digest.update(str(source.relative_to(ROOT)).encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def ensure_database(url, scale):
    """Make `url` hold the demo content at `scale`, or be empty for pages.py to fill it."""
    if url.startswith("sqlite"):
        path = sqlite_path(url)
        if path.exists() and sqlite_content(path) != (scale, demo_fingerprint()):
            path.unlink()
        return
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    server = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(server, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if exists and postgres_content(url) == (scale, demo_fingerprint()):
            return
        quoted = sql.Identifier(name)
        if exists:
            connection.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(quoted))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(quoted))


def sqlite_content(path):
    """(scale, fingerprint) of a SQLite benchmark database, or None."""
    with sqlite3.connect(path) as connection:
        try:
            return connection.execute("SELECT scale, demo FROM bench_content").fetchone()
        except sqlite3.OperationalError:
            return None


def postgres_content(url):
    """(scale, fingerprint) of a PostgreSQL benchmark database, or None."""
    with psycopg.connect(url) as connection:
        try:
            return connection.execute("SELECT scale, demo FROM bench_content").fetchone()
        except (psycopg.errors.UndefinedTable, psycopg.errors.UndefinedColumn):
            return None
