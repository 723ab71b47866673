"""The load test: the production server (gunicorn) driven over HTTP by wrk."""

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUNICORN_CONF = ROOT / "smartencity" / "gunicorn.conf.py"
PRODUCTION_SETTINGS = "smartencity.settings.production"
# The static file the server returns as its limit: the home page's HTML, byte for byte.
STATIC_PAGE = "bench/home.html"


def same_size_path(page_type):
    """Where the bytes of another page type are served as a static file, beside the home page."""
    slug = "".join(character if character.isalnum() else "-" for character in page_type.lower())
    return f"bench/{slug}.html"


class BenchError(Exception):
    """A run that cannot produce figures: a missing tool, a server that does not start."""


def require_wrk():
    """The path of wrk, or a message that says how to install it."""
    wrk = shutil.which("wrk")
    if wrk is None:
        raise BenchError("wrk is not installed. Install it with `apt-get install wrk` (Debian).")
    return wrk


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def production_environment(database_url, redis_url, port, static_root, page_cache):
    """The environment of the production settings, served on this machine's *.localhost."""
    environment = dict(os.environ)
    environment.update(
        DJANGO_SETTINGS_MODULE=PRODUCTION_SETTINGS,
        # Only this run's server sees the key; it signs nothing that outlives the run.
        SECRET_KEY=os.environ.get("BENCH_SECRET_KEY", "benchmark-only-" + "x" * 50),
        NETWORK_DOMAIN="localhost",
        NETWORK_PORT=str(port),
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        STATIC_ROOT=str(static_root),
        PAGE_CACHE_ENABLED="true" if page_cache else "false",
        LOG_LEVEL="WARNING",
    )
    return environment


def collect_static(environment, static_root, home_html):
    """Collect the static files as production does, plus the home page as a static file."""
    subprocess.run(  # noqa: S603 (our own manage.py, fixed arguments)
        [str(ROOT / ".venv" / "bin" / "python"), "manage.py", "collectstatic", "--no-input"],
        cwd=ROOT,
        env=environment,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    page = Path(static_root) / STATIC_PAGE
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_bytes(home_html)


@contextlib.contextmanager
def production_server(environment, port, log_path, ready_host, ready_path):
    """gunicorn with the project's configuration, stopped when the block ends."""
    if not GUNICORN_CONF.exists():
        raise BenchError(f"{GUNICORN_CONF.relative_to(ROOT)} is missing: no production server.")
    command = [
        str(ROOT / ".venv" / "bin" / "gunicorn"),
        "--config",
        str(GUNICORN_CONF),
        "--bind",
        f"127.0.0.1:{port}",
        "smartencity.wsgi:application",
    ]
    with open(log_path, "wb") as log:
        server = subprocess.Popen(  # noqa: S603 (our own gunicorn, fixed arguments)
            command, cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT
        )
    try:
        wait_until_serving(server, port, ready_host, ready_path, log_path)
        yield server
    finally:
        # The load is over: a quick shutdown, without the graceful wait for idle connections.
        server.send_signal(signal.SIGQUIT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def wait_until_serving(server, port, host, path, log_path, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise BenchError(f"gunicorn stopped on start-up; see {log_path}.")
        try:
            status, _headers, _body = fetch(port, host, path)
        except OSError:
            time.sleep(0.5)
            continue
        if status != 200:
            raise BenchError(f"gunicorn answered {status} to {host}{path}; see {log_path}.")
        return
    raise BenchError(f"gunicorn did not serve {host}{path} within {timeout} s; see {log_path}.")


def fetch(port, host, path):
    """Status, headers and body of one GET, without following redirects."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Host": host})
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def run_wrk(wrk, port, host, path, connections, seconds):
    """Requests/s, latency percentiles and errors of one wrk run against one address."""
    command = [
        wrk,
        f"--threads={min(connections, 2)}",
        f"--connections={connections}",
        f"--duration={seconds}s",
        "--latency",
        "--timeout=5s",
        f"--header=Host: {host}",
        f"http://127.0.0.1:{port}{path}",
    ]
    # Addresses come from the benchmark's own database, never from outside.
    completed = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603 (wrk)
    output = completed.stdout
    return parse_wrk(output)


UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def parse_wrk(output):
    """The figures of wrk's --latency report.

    wrk counts responses with a status of 400 or more as "Non-2xx or 3xx responses"; the
    bench checks each address answers 200 before the load, so redirects cannot hide there.
    """

    def latency(percent):
        match = re.search(rf"^\s*{percent}%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.MULTILINE)
        return float(match.group(1)) * UNITS_MS[match.group(2)] if match else None

    requests = re.search(r"^\s*(\d+) requests in", output, re.MULTILINE)
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.MULTILINE)
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    if not (requests and rps):
        raise BenchError(f"wrk printed no figures:\n{output}")
    connect, read, write, timeout = (
        (int(group) for group in socket_errors.groups()) if socket_errors else (0, 0, 0, 0)
    )
    return {
        "requests": int(requests.group(1)),
        "rps": float(rps.group(1)),
        "p50_ms": latency(50),
        "p99_ms": latency(99),
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": connect + read + write,
        "timeouts": timeout,
    }
