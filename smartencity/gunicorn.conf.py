"""Gunicorn settings for `make serve` and production; every value can be changed by environment.

`gunicorn -c smartencity/gunicorn.conf.py` serves `smartencity.wsgi` with the settings module
named by DJANGO_SETTINGS_MODULE. The defaults suit a small machine that also runs its database:
one single-threaded (sync) process per core plus one. Rendering a page is CPU work with short
waits on PostgreSQL and Redis; on this 2-core machine, threads in each process (gthread) gave
the same pages per second as sync workers with a worse 99th percentile (home page p99 88 ms
against 55-65 ms, map 166 ms against 107-113 ms, `make bench` data at 10x), because threads of
one process take turns holding Python's interpreter lock. Behind a proxy that buffers slow
clients, as in production, sync workers are what gunicorn recommends.
"""

import os


def _env_int(name, default):
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def _env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


CORES = os.cpu_count() or 1

wsgi_app = "smartencity.wsgi:application"
bind = [f"{os.environ.get('HOST', '127.0.0.1')}:{_env_int('PORT', 8000)}"]

# WEB_CONCURRENCY is the name hosting platforms already set for the number of processes.
workers = _env_int("WEB_CONCURRENCY", CORES + 1)
threads = _env_int("GUNICORN_THREADS", 1)
# gthread keeps connections alive between requests; sync workers close each one.
worker_class = "gthread" if threads > 1 else "sync"
keepalive = _env_int("GUNICORN_KEEPALIVE", 5)
timeout = _env_int("GUNICORN_TIMEOUT", 30)

# Django and Wagtail are imported once, before forking, so workers start fast and share memory.
preload_app = True

# Writing a line per request costs throughput; a proxy in front usually logs them anyway.
accesslog = "-" if _env_bool("GUNICORN_ACCESS_LOG") else None
errorlog = "-"
# Gunicorn's runtime control socket has one default path per user, which a second server on the
# same machine (the benchmark, the tests) would take over; nothing here uses it.
control_socket_disable = not _env_bool("GUNICORN_CONTROL_SOCKET")
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")


def post_fork(server, worker):
    """Drop database connections the preloaded app may have opened, so no two workers share one."""
    from django.db import connections

    connections.close_all()
