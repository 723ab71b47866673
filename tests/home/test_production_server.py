"""`make serve` runs gunicorn, configured for this machine, with the production settings."""

import os
import runpy
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import override_settings

import pytest

from smartencity.settings import base

GUNICORN_CONF = Path(settings.BASE_DIR) / "smartencity" / "gunicorn.conf.py"
SERVER_ENVIRONMENT = {"HOST", "PORT", "WEB_CONCURRENCY", "GUNICORN_THREADS", "GUNICORN_ACCESS_LOG"}
NOT_NEEDED_HERE = ["admin", "wagtail*", "django_filters", "*.map", "*-src.*"]


def gunicorn_config(monkeypatch, **environment):
    for name in SERVER_ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(GUNICORN_CONF))


def test_the_default_config_runs_one_sync_worker_per_core_plus_one(monkeypatch):
    config = gunicorn_config(monkeypatch)

    assert config["workers"] == (os.cpu_count() or 1) + 1
    assert config["threads"] == 1
    assert config["worker_class"] == "sync"
    assert config["bind"] == ["127.0.0.1:8000"]
    assert config["preload_app"] is True
    assert config["accesslog"] is None
    assert config["wsgi_app"] == "smartencity.wsgi:application"


def test_the_environment_sets_the_address_workers_threads_and_access_log(monkeypatch):
    config = gunicorn_config(
        monkeypatch,
        HOST="0.0.0.0",  # noqa: S104 (a value read back, nothing binds to it)
        PORT="9123",
        WEB_CONCURRENCY="5",
        GUNICORN_THREADS="4",
        GUNICORN_ACCESS_LOG="true",
    )

    assert config["bind"] == ["0.0.0.0:9123"]
    assert config["workers"] == 5
    assert config["threads"] == 4
    assert config["worker_class"] == "gthread"
    assert config["accesslog"] == "-"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url_for_a_subprocess(tmp_path):
    """A DATABASE_URL with the test database's tables and the network's sites."""
    database = settings.DATABASES["default"]
    if connection.vendor == "sqlite":
        # The test database lives in this process's memory: copy it to a file.
        copy = tmp_path / "db.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(copy) as target:
            connection.connection.backup(target)
        return f"sqlite:///{copy}"
    password = quote(database["PASSWORD"] or "", safe="")
    return (
        f"postgres://{database['USER']}:{password}@{database['HOST'] or 'localhost'}"
        f":{database['PORT'] or 5432}/{database['NAME']}"
    )


def get(url, **headers):
    request = urllib.request.Request(url, headers={"Host": "localhost", **headers})
    opener = urllib.request.build_opener(NoRedirects)
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture(scope="module")
def production_server(django_db_setup, django_db_blocker, tmp_path_factory):
    """Gunicorn with the production settings on a free port, over a copy of the test database."""
    tmp_path = tmp_path_factory.mktemp("production_server")
    static_root = tmp_path / "static"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(base, "SECRET_KEY", "production-server-test-key")
        production = runpy.run_module("smartencity.settings.production")
    with override_settings(STATIC_ROOT=static_root, STORAGES=production["STORAGES"]):
        call_command(
            "collectstatic", interactive=False, verbosity=0, ignore_patterns=NOT_NEEDED_HERE
        )
    with django_db_blocker.unblock():
        database_url = database_url_for_a_subprocess(tmp_path)
    port = free_port()
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_SETTINGS_MODULE", "DATABASE_URL", "REDIS_URL"}
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="smartencity.settings.production",
        SECRET_KEY="production-server-test-key",
        NETWORK_DOMAIN="localhost",
        SECURE_SSL_REDIRECT="false",
        SECURE_COOKIES="false",
        DATABASE_URL=database_url,
        STATIC_ROOT=str(static_root),
        HOST="127.0.0.1",
        PORT=str(port),
        WEB_CONCURRENCY="1",
        GUNICORN_THREADS="2",
    )
    log = (tmp_path / "gunicorn.log").open("w")
    server = subprocess.Popen(  # noqa: S603 (the venv's gunicorn, fixed arguments)
        [sys.executable, "-m", "gunicorn", "--config", str(GUNICORN_CONF)],
        cwd=settings.BASE_DIR,
        env=environment,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    address = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail(
                        "gunicorn did not start:\n" + (tmp_path / "gunicorn.log").read_text()
                    )
                time.sleep(0.2)
        yield address
    finally:
        # SIGINT stops at once; SIGTERM would wait for idle keep-alive connections to time out.
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
        log.close()


@pytest.mark.django_db
def test_gunicorn_serves_the_home_page_and_its_fingerprinted_stylesheet(production_server):
    address = production_server

    status, headers, body = get(f"{address}/en/")

    assert status == 200, body[:2000]
    assert headers["Content-Type"].startswith("text/html")
    html = body.decode()
    start = html.index("/static/css/site.")
    stylesheet = html[start : html.index('"', start)]
    assert stylesheet != "/static/css/site.css"

    status, headers, _ = get(f"{address}{stylesheet}", **{"Accept-Encoding": "br, gzip"})

    assert status == 200
    assert headers["Cache-Control"] == "max-age=315360000, public, immutable"
    assert headers["Content-Encoding"] == "br"


@pytest.mark.django_db
def test_gunicorn_answers_over_plain_http_when_the_https_redirect_is_switched_off(
    production_server,
):
    address = production_server

    status, headers, _ = get(f"{address}/")

    assert status == 302
    assert headers["Location"].startswith("/en/")
