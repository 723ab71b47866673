"""The soak: the production server under steady load while visitors submit forms.

Run by benchmarks/run.py after the throughput runs, against the large database. For 300 s
(30 s in the quick run, or BENCH_SOAK_SECONDS) wrk keeps 32 connections on the public pages,
each page in turn, with the page cache on as in production. Meanwhile a few threads act as
visitors' browsers: they keep cookies, read each form's CSRF token and choices from its HTML
and post it. Some take the City Check-up from its first stage to the report; others subscribe
to the bulletins and open the confirmation link from the e-mail, which the server writes with
Django's file-based backend. Every address and city name they use is unique to the run.

Afterwards every check-up that was answered with its report and every subscription whose
link was confirmed must be in the database, and no answer may have been a 5xx. The run's
rows are deleted again, so that the benchmark database keeps only the demo content.

The database side runs in its own process, since Django binds to one database at start-up:

    DATABASE_URL=... python benchmarks/soak.py --prepare     (leftovers out, form addresses)
    DATABASE_URL=... python benchmarks/soak.py --collect RUN  (the run's rows, then deleted)
"""

import argparse
import email
import email.policy
import http.client
import json
import os
import random
import re
import secrets
import statistics
import subprocess
import sys
import threading
import time
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import load  # noqa: E402
from benchmarks.load import BenchError  # noqa: E402

PYTHON = str(ROOT / ".venv" / "bin" / "python")
CONNECTIONS = 32
CHECKUP_VISITORS = 2
SUBSCRIBE_VISITORS = 2
# The domain of every address the soak makes up; .example.org never receives e-mail.
MAIL_DOMAIN = "soak.example.org"
# How long a visitor waits for the confirmation e-mail, and for any answer.
MAIL_WAIT_SECONDS = 30
REQUEST_TIMEOUT = 30
# Django's file-based backend ends each message with this line.
MAIL_SEPARATOR = b"-" * 79 + b"\n"
CONFIRM_LINK = re.compile(r"https?://\S+/subscribe/confirm/[^/\s]+/")

# wrk asks for the pages in turn and counts the answers by status.
WRK_SCRIPT = """
local pages = {%(pages)s}
local counter = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
end

function request()
  counter = counter + 1
  local page = pages[counter %% #pages + 1]
  return wrk.format("GET", page[2], {["Host"] = page[1]})
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      totals[status] = (totals[status] or 0) + count
    end
  end
  for status, count in pairs(totals) do
    io.write(string.format("status %%d %%d\\n", status, count))
  end
end
"""


def soak_seconds(quick):
    return int(os.environ.get("BENCH_SOAK_SECONDS") or (30 if quick else 300))


def run(database_url, redis_url, cache_prefix, addresses, work, quick):
    """Serve `database_url` in production, load it and post forms; the soak's figures.

    `addresses` are the public pages wrk requests, {name: (host, path)}; `work` is a folder
    whose `static` already holds the collected static files.
    """
    seconds = soak_seconds(quick)
    wrk = load.require_wrk()
    forms = database_command(database_url, "--prepare")
    run_id = secrets.token_hex(4)
    port = load.free_port()
    mail_folder = work / "soak-mail"
    mail_folder.mkdir()
    environment = load.production_environment(
        database_url, redis_url, port, work / "static", page_cache=True
    )
    environment.update(
        CACHE_KEY_PREFIX=cache_prefix,
        EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
        EMAIL_FILE_PATH=str(mail_folder),
        # The visitors all come from 127.0.0.1: the per-address limits would refuse them.
        CHECKUP_RATE_LIMIT="1000000",
        BULLETINS_SUBSCRIBE_RATE_LIMIT="1000000",
    )
    print(
        f"Soak: {CONNECTIONS} connections on {len(addresses)} pages for {seconds} s, "
        f"with {CHECKUP_VISITORS} check-up and {SUBSCRIBE_VISITORS} subscribing visitors…",
        flush=True,
    )
    log_path = work / "soak.log"
    home_host, home_path = addresses["home (European)"]
    visitors = []
    try:
        with load.production_server(environment, port, log_path, home_host, home_path):
            for host, path in [*addresses.values(), forms["checkup"], forms["subscribe"]]:
                status, _headers, _body = load.fetch(port, host, path)
                if status != 200:
                    raise BenchError(f"{host}{path} answered {status} before the soak.")
            script = work / "soak.lua"
            script.write_text(wrk_script(addresses.values()))
            stop = threading.Event()
            mailbox = Mailbox(mail_folder)
            visitors = [
                CheckupVisitor(port, forms["checkup"], f"{run_id}-c{number}", stop)
                for number in range(CHECKUP_VISITORS)
            ] + [
                SubscribingVisitor(port, forms["subscribe"], f"{run_id}-s{number}", stop, mailbox)
                for number in range(SUBSCRIBE_VISITORS)
            ]
            for visitor in visitors:
                visitor.start()
            try:
                output = run_wrk(wrk, port, script, seconds)
            finally:
                stop.set()
                for visitor in visitors:
                    visitor.join()
    except BenchError:
        print(load_tail(log_path), file=sys.stderr)
        raise
    stored = database_command(database_url, "--collect", run_id)
    return figures(seconds, addresses, output, visitors, stored)


def database_command(database_url, *arguments):
    """Run this script's database side against `database_url`; its JSON answer."""
    environment = dict(
        os.environ, DJANGO_SETTINGS_MODULE="smartencity.settings.dev", DATABASE_URL=database_url
    )
    result = subprocess.run(  # noqa: S603 (this script, fixed arguments)
        [PYTHON, __file__, *arguments],
        cwd=ROOT,
        env=environment,
        check=False,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise BenchError(f"benchmarks/soak.py {' '.join(arguments)} failed:\n{result.stderr}")
    # The answer is the last line: anything Django printed on start-up comes before it.
    return json.loads(result.stdout.splitlines()[-1])


def wrk_script(addresses):
    pages = ", ".join(f"{{{json.dumps(host)}, {json.dumps(path)}}}" for host, path in addresses)
    return WRK_SCRIPT % {"pages": pages}


def run_wrk(wrk, port, script, seconds):
    command = [
        wrk,
        "--threads=2",
        f"--connections={CONNECTIONS}",
        f"--duration={seconds}s",
        "--latency",
        "--timeout=5s",
        f"--script={script}",
        f"http://127.0.0.1:{port}/",
    ]
    # The script and the addresses in it come from the benchmark's own database.
    completed = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603 (wrk)
    if completed.returncode != 0:
        raise BenchError(f"wrk failed:\n{completed.stdout}{completed.stderr}")
    return completed.stdout


def load_tail(path, lines=30):
    text = path.read_text(errors="replace") if path.exists() else ""
    return "\n".join(text.splitlines()[-lines:])


def figures(seconds, addresses, wrk_output, visitors, stored):
    """The report's `soak` entry."""
    wrk = load.parse_wrk(wrk_output)
    statuses = {
        int(status): int(count)
        for status, count in re.findall(r"^status (\d+) (\d+)$", wrk_output, re.MULTILINE)
    }
    wrk["statuses"] = {str(status): statuses[status] for status in sorted(statuses)}
    wrk["server_errors"] = sum(count for status, count in statuses.items() if status >= 500)
    latencies = sorted(latency for visitor in visitors for latency in visitor.latencies)
    errors = [error for visitor in visitors for error in visitor.errors]
    checkups = [visitor for visitor in visitors if isinstance(visitor, CheckupVisitor)]
    subscribers = [visitor for visitor in visitors if isinstance(visitor, SubscribingVisitor)]
    checkups_answered = {city for visitor in checkups for city in visitor.succeeded}
    confirmed = {address for visitor in subscribers for address in visitor.succeeded}
    checkups_stored = set(stored["checkups"])
    subscribers_stored = set(stored["subscribers"])
    browser_server_errors = sum(visitor.server_errors for visitor in visitors)
    return {
        "seconds": seconds,
        "connections": CONNECTIONS,
        "pages": list(addresses),
        "wrk": wrk,
        "server_errors": wrk["server_errors"] + browser_server_errors,
        "visitors": len(visitors),
        "visitor_requests": len(latencies),
        "visitor_p50_ms": round(statistics.median(latencies), 1) if latencies else None,
        "visitor_p99_ms": round(percentile(latencies, 99), 1) if latencies else None,
        "visitor_errors": len(errors),
        "visitor_error_examples": errors[:10],
        "checkups": {
            "posted": sum(visitor.posted for visitor in checkups),
            "answered": len(checkups_answered),
            "stored": len(checkups_answered & checkups_stored),
            "missing": sorted(checkups_answered - checkups_stored)[:10],
            "stored_without_answer": len(checkups_stored - checkups_answered),
        },
        "subscriptions": {
            "posted": sum(visitor.posted for visitor in subscribers),
            "confirmed": len(confirmed),
            "stored": len(confirmed & subscribers_stored),
            "missing": sorted(confirmed - subscribers_stored)[:10],
            "stored_without_answer": len(subscribers_stored - confirmed),
        },
    }


def percentile(ordered, percent):
    return ordered[min(len(ordered) - 1, int(len(ordered) * percent / 100))]


def checks(soak):
    """(name, measured, passed): the soak's targets, all exact."""
    checkups, subscriptions = soak["checkups"], soak["subscriptions"]
    wrk = soak["wrk"]
    failed = wrk["non_2xx"] + wrk["socket_errors"] + soak["visitor_errors"]
    return [
        ("soak: no 5xx answers", soak["server_errors"], soak["server_errors"] == 0),
        (
            "soak: no failed requests (wrk non-2xx and socket errors, visitors' errors)",
            failed,
            failed == 0,
        ),
        (
            "soak: every check-up answered with its report is stored",
            f"{checkups['stored']}/{checkups['answered']}",
            checkups["answered"] > 0 and checkups["stored"] == checkups["answered"],
        ),
        (
            "soak: every confirmed subscription is stored",
            f"{subscriptions['stored']}/{subscriptions['confirmed']}",
            subscriptions["confirmed"] > 0
            and subscriptions["stored"] == subscriptions["confirmed"],
        ),
    ]


def summary(soak):
    wrk = soak["wrk"]
    checkups, subscriptions = soak["checkups"], soak["subscriptions"]
    return (
        f"soak: {soak['seconds']} s at {soak['connections']} connections on "
        f"{len(soak['pages'])} pages: {wrk['rps']:.0f} req/s, p99 {wrk['p99_ms']:.1f} ms, "
        f"{wrk['timeouts']} timeouts; visitors {soak['visitor_requests']} requests, "
        f"p99 {soak['visitor_p99_ms']} ms; check-ups {checkups['posted']} posted, "
        f"{checkups['answered']} answered, {checkups['stored']} stored; subscriptions "
        f"{subscriptions['posted']} posted, {subscriptions['confirmed']} confirmed, "
        f"{subscriptions['stored']} stored; {soak['server_errors']} 5xx"
    )


class FormReader(HTMLParser):
    """The POST form of a page whose action is `path`: its fields, as a browser sees them."""

    def __init__(self, path):
        super().__init__()
        self.path = path
        self.found = False
        self.inside = False
        self.values = {}  # hidden inputs
        self.texts = []  # text, e-mail and other typed inputs
        self.checkboxes = []
        self.choices = {}  # radio buttons and selects: name -> values
        self.buttons = []  # (name, value) of named submit buttons, in order
        self.select = None

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        if tag == "form" and not self.found:
            action = urlsplit(attrs.get("action", "")).path
            if attrs.get("method", "").lower() == "post" and action in ("", self.path):
                self.found = self.inside = True
            return
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text").lower()
            if kind == "hidden":
                self.values[name] = attrs.get("value", "")
            elif kind == "radio":
                self.choices.setdefault(name, []).append(attrs.get("value", ""))
            elif kind == "checkbox":
                self.checkboxes.append(name)
            elif kind not in ("submit", "button"):
                self.texts.append(name)
        elif tag == "select" and name:
            self.select = name
            self.choices.setdefault(name, [])
        elif tag == "option" and self.select and attrs.get("value"):
            self.choices[self.select].append(attrs["value"])
        elif tag == "button" and name and attrs.get("type", "submit") == "submit":
            self.buttons.append((name, attrs.get("value", "")))

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None
        elif tag == "form":
            self.inside = False

    def fill(self, typed, random_choice):
        """The fields a visitor sends: hidden values, `typed` text, a choice in every group,
        ticked boxes and the first submit button; other text fields (the trap) empty."""
        if not self.found:
            raise VisitError(f"no form posting to {self.path}")
        fields = dict(self.values)
        fields.update({name: typed.get(name, "") for name in self.texts})
        fields.update({name: random_choice(values) for name, values in self.choices.items()})
        fields.update(dict.fromkeys(self.checkboxes, "on"))
        if self.buttons:
            fields[self.buttons[0][0]] = self.buttons[0][1]
        return fields


def read_form(body, path):
    reader = FormReader(path)
    reader.feed(body.decode("utf-8", errors="replace"))
    return reader


class VisitError(Exception):
    """A visit that went wrong: an answer a browser would not expect, or none."""


class Visitor(threading.Thread):
    """One visitor after another in a browser: cookies, CSRF tokens and redirects.

    The requests say they came through the HTTPS proxy (X-Forwarded-Proto), so the server
    sets its Secure cookies and checks the Origin of each form as in production.
    """

    def __init__(self, port, address, name, stop):
        super().__init__(name=f"soak-{name}", daemon=True)
        self.port = port
        self.host, self.start_path = address
        self.prefix = name
        self.stop = stop
        self.random = random.Random(name)  # noqa: S311 (answers to forms, not secrets)
        self.cookies = {}
        self.latencies = []
        self.errors = []
        self.server_errors = 0
        self.posted = 0
        self.succeeded = []

    def run(self):
        number = 0
        while not self.stop.is_set():
            number += 1
            self.cookies = {}  # every visit is a new visitor
            try:
                self.visit(number)
            except VisitError as error:
                self.errors.append(f"{self.prefix}-{number}: {error}")
            except Exception as error:  # any surprise counts against the run, none ends it
                self.errors.append(f"{self.prefix}-{number}: {type(error).__name__}: {error}")

    def request(self, method, path, fields=None, expect=(200,)):
        """(status, headers, body) of one request; a status outside `expect` is an error."""
        headers = {
            "Host": self.host,
            "User-Agent": "smartencity-soak",
            "Accept-Language": "en",
            "X-Forwarded-Proto": "https",
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{key}={value}" for key, value in self.cookies.items())
        body = None
        if fields is not None:
            body = urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"https://{self.host}"
            headers["Referer"] = f"https://{self.host}{path}"
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=REQUEST_TIMEOUT)
        started = time.perf_counter()
        try:
            connection.request(method, path, body, headers)
            response = connection.getresponse()
            content = response.read()
        finally:
            connection.close()
        self.latencies.append((time.perf_counter() - started) * 1000)
        for header in response.headers.get_all("Set-Cookie") or []:
            cookie = SimpleCookie()
            cookie.load(header)
            for name, morsel in cookie.items():
                self.cookies[name] = morsel.value
        if response.status >= 500:
            self.server_errors += 1
        if response.status not in expect:
            raise VisitError(f"{method} {self.host}{path} answered {response.status}")
        return response.status, response.headers, content

    def follow(self, headers):
        """GET the page a redirect points to; its path and body."""
        location = urlsplit(headers["Location"])
        path = location.path + (f"?{location.query}" if location.query else "")
        _status, _headers, body = self.request("GET", path)
        return path, body

    def address(self, number):
        return f"soak-{self.prefix}-{number}@{MAIL_DOMAIN}"

    def visit(self, number):
        raise NotImplementedError


class CheckupVisitor(Visitor):
    """Takes the City Check-up: every stage answered, then the city's details, then the report."""

    def visit(self, number):
        _status, _headers, body = self.request("GET", self.start_path)
        start = re.search(rb'href="([^"]*/stage/1/)"', body)
        if start is None:
            raise VisitError(f"{self.host}{self.start_path} has no link to the first stage")
        path = urlsplit(start.group(1).decode()).path
        _status, _headers, body = self.request("GET", path)
        # Each stage's Next leads to the following stage, the last one to the city's details.
        while "/stage/" in path:
            fields = read_form(body, path).fill({}, self.random.choice)
            _status, headers, _body = self.request("POST", path, fields, expect=(302,))
            path, body = self.follow(headers)
        city = f"Soak {self.prefix}-{number}"
        typed = {"city_name": city, "email": self.address(number)}
        fields = read_form(body, path).fill(typed, self.random.choice)
        self.posted += 1
        _status, headers, _body = self.request("POST", path, fields, expect=(302,))
        if "/report/" not in headers["Location"]:
            raise VisitError(f"the city's details led to {headers['Location']}, not a report")
        self.succeeded.append(city)
        _path, body = self.follow(headers)
        if city.encode() not in body:
            raise VisitError(f"the report of {city} does not name the city")


class SubscribingVisitor(Visitor):
    """Subscribes to the bulletins, then opens the link of the confirmation e-mail."""

    def __init__(self, port, address, name, stop, mailbox):
        super().__init__(port, address, name, stop)
        self.mailbox = mailbox

    def visit(self, number):
        path = self.start_path
        _status, _headers, body = self.request("GET", path)
        address = self.address(number)
        fields = read_form(body, path).fill({"email": address}, self.random.choice)
        self.posted += 1
        _status, headers, _body = self.request("POST", path, fields, expect=(302,))
        self.follow(headers)
        link = self.mailbox.confirmation_link(address, MAIL_WAIT_SECONDS)
        if link is None:
            raise VisitError(f"no confirmation e-mail to {address} within {MAIL_WAIT_SECONDS} s")
        self.request("GET", urlsplit(link).path)
        self.succeeded.append(address)


class Mailbox:
    """The confirmation links in the e-mails the server wrote to its folder, by recipient."""

    def __init__(self, folder):
        self.folder = folder
        self.links = {}
        # Bytes of each file already read. Django's file backend names a file by the second
        # and the id() of its connection object; a later connection in the same second can
        # get the same id and append to the same file, so a file is never "finished".
        self.read_up_to = {}
        self.lock = threading.Lock()

    def confirmation_link(self, address, timeout):
        deadline = time.monotonic() + timeout
        while True:
            with self.lock:
                self.read_new_files()
                if address in self.links:
                    return self.links.pop(address)
            if time.monotonic() > deadline:
                return None
            time.sleep(0.2)

    def read_new_files(self):
        for path in self.folder.iterdir():
            start = self.read_up_to.get(path.name, 0)
            data = path.read_bytes()[start:]
            # Only whole messages: the last one may still be being written.
            end = data.rfind(MAIL_SEPARATOR)
            if end < 0:
                continue
            complete = data[: end + len(MAIL_SEPARATOR)]
            self.read_up_to[path.name] = start + len(complete)
            for raw in complete.split(MAIL_SEPARATOR):
                if raw.strip():
                    self.read_message(raw)

    def read_message(self, raw):
        message = email.message_from_bytes(raw, policy=email.policy.default)
        text = message.get_body(preferencelist=("plain",))
        match = CONFIRM_LINK.search(text.get_content()) if text else None
        if match:
            self.links[str(message["To"])] = match.group(0)


# The database side, in a process of its own.


def setup_django():
    import django

    django.setup()


def prepare():
    """Delete what an interrupted soak left, and say where its forms are."""
    setup_django()
    from django.urls import reverse
    from django.utils import translation

    from benchmarks.pages import EUROPEAN, tree_page_address
    from checkup.models import CheckupPage

    delete_soak_rows()
    with translation.override("en"):
        subscribe = reverse("bulletins:subscribe")
    return {
        "checkup": tree_page_address(CheckupPage, *EUROPEAN),
        "subscribe": (EUROPEAN[0], subscribe),
    }


def collect(run_id):
    """The city names and confirmed addresses this run stored; then every soak row goes."""
    setup_django()
    from bulletins.models import Subscriber
    from checkup.models import CheckupSubmission

    checkups = CheckupSubmission.objects.filter(
        email__startswith=f"soak-{run_id}-", email__endswith=f"@{MAIL_DOMAIN}"
    )
    subscribers = Subscriber.objects.filter(
        email__startswith=f"soak-{run_id}-",
        email__endswith=f"@{MAIL_DOMAIN}",
        confirmed_at__isnull=False,
    )
    stored = {
        "checkups": list(checkups.values_list("city_name", flat=True)),
        "subscribers": list(subscribers.values_list("email", flat=True)),
    }
    delete_soak_rows()
    return stored


def delete_soak_rows():
    from bulletins.models import Subscriber
    from checkup.models import CheckupSubmission

    CheckupSubmission.objects.filter(email__endswith=f"@{MAIL_DOMAIN}").delete()
    Subscriber.objects.filter(email__endswith=f"@{MAIL_DOMAIN}").delete()


def main():
    parser = argparse.ArgumentParser(description="The soak's database side (see the docstring).")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--prepare", action="store_true")
    group.add_argument("--collect", metavar="RUN")
    args = parser.parse_args()
    answer = prepare() if args.prepare else collect(args.collect)
    sys.stdout.write(json.dumps(answer) + "\n")


if __name__ == "__main__":
    main()
