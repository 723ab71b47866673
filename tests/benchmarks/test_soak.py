"""The soak's own parts: how its visitors read forms and e-mails, and what makes it fail.

The soak itself runs in `make bench`; these show that its verdict can fail: a lost
submission or a single 5xx turns a check red.
"""

import threading

from django.core.mail import EmailMultiAlternatives, get_connection

import pytest

from benchmarks import soak

STAGE_PAGE = b"""
<form class="search-form" role="search" action="/en/search/" method="get">
  <input type="search" name="q">
</form>
<form method="post" action="/en/city-check-up/about/" class="checkup-form">
  <input type="hidden" name="csrfmiddlewaretoken" value="token-123">
  <input type="text" name="city_name">
  <select name="country"><option value="">Choose a country</option>
    <option value="DK">Denmark</option><option value="ES">Spain</option></select>
  <input type="radio" name="population_band" value="small">
  <input type="radio" name="population_band" value="large">
  <input type="email" name="email">
  <input type="checkbox" name="consent" required>
  <input type="text" name="website" tabindex="-1">
  <button type="submit" name="action" value="next">Next</button>
  <button type="submit" name="action" value="back">Back</button>
</form>
"""

WRK_OUTPUT = """Running 30s test @ http://127.0.0.1:8000/
  Latency Distribution
     50%    8.80ms
     99%  119.44ms
  1202 requests in 30.02s, 415.27KB read
Requests/sec:    40.05
status 200 1202
"""


def test_a_visitor_fills_the_post_form_of_the_page_like_a_browser():
    form = soak.read_form(STAGE_PAGE, "/en/city-check-up/about/")

    fields = form.fill({"city_name": "Soak 1", "email": "a@soak.example.org"}, lambda v: v[-1])

    assert fields == {
        "csrfmiddlewaretoken": "token-123",
        "city_name": "Soak 1",
        "email": "a@soak.example.org",
        "website": "",
        "country": "ES",
        "population_band": "large",
        "consent": "on",
        "action": "next",
    }


def test_a_page_without_the_form_is_a_failed_visit():
    with pytest.raises(soak.VisitError, match="no form posting to /en/subscribe/"):
        soak.read_form(STAGE_PAGE, "/en/subscribe/").fill({}, lambda values: values[0])


def test_the_mailbox_finds_the_confirmation_link_of_each_address(tmp_path):
    backend = get_connection(
        "django.core.mail.backends.filebased.EmailBackend", file_path=str(tmp_path)
    )
    for address in ("one@soak.example.org", "two@soak.example.org"):
        message = EmailMultiAlternatives(
            "Confirm",
            f"Open this link:\n\nhttp://localhost:8000/en/subscribe/confirm/{address[:3]}:x-Y/\n",
            to=[address],
        )
        message.attach_alternative("<p>Open the link</p>", "text/html")
        backend.send_messages([message])
    (tmp_path / "half-written.log").write_bytes(b"To: three@soak.example.org\n")
    mailbox = soak.Mailbox(tmp_path)

    assert mailbox.confirmation_link("two@soak.example.org", timeout=1) == (
        "http://localhost:8000/en/subscribe/confirm/two:x-Y/"
    )
    assert mailbox.confirmation_link("three@soak.example.org", timeout=0) is None


def test_the_mailbox_reads_a_message_appended_to_a_file_it_has_read(tmp_path):
    # Django's file backend may append a later connection's e-mail to an earlier file.
    def send(address):
        backend = get_connection(
            "django.core.mail.backends.filebased.EmailBackend", file_path=str(tmp_path)
        )
        backend._fname = str(tmp_path / "same-second-same-id.log")
        link = f"http://localhost:8000/en/subscribe/confirm/{address[:3]}:x-Y/"
        backend.send_messages([EmailMultiAlternatives("Confirm", link, to=[address])])

    mailbox = soak.Mailbox(tmp_path)
    send("one@soak.example.org")
    assert mailbox.confirmation_link("one@soak.example.org", timeout=0)

    send("two@soak.example.org")

    assert mailbox.confirmation_link("two@soak.example.org", timeout=1) == (
        "http://localhost:8000/en/subscribe/confirm/two:x-Y/"
    )


def visitors(answered, confirmed, server_errors=0):
    stop = threading.Event()
    checkup = soak.CheckupVisitor(8000, ("localhost", "/en/city-check-up/"), "r-c0", stop)
    checkup.succeeded, checkup.posted = list(answered), len(answered)
    checkup.latencies = [10.0, 20.0]
    checkup.server_errors = server_errors
    subscriber = soak.SubscribingVisitor(
        8000, ("localhost", "/en/subscribe/"), "r-s0", stop, mailbox=None
    )
    subscriber.succeeded, subscriber.posted = list(confirmed), len(confirmed)
    return [checkup, subscriber]


def failed_checks(wrk_output, visiting, stored):
    figures = soak.figures(30, {"home": ("localhost", "/en/")}, wrk_output, visiting, stored)
    return [name for name, _measured, passed in soak.checks(figures) if not passed]


STORED = {"checkups": ["Soak 1", "Soak 2"], "subscribers": ["a@soak.example.org"]}


def test_a_soak_with_every_submission_stored_and_no_error_passes():
    visiting = visitors(["Soak 1", "Soak 2"], ["a@soak.example.org"])

    assert failed_checks(WRK_OUTPUT, visiting, STORED) == []


@pytest.mark.parametrize(
    ("wrk_output", "visiting", "stored", "failed"),
    [
        pytest.param(
            WRK_OUTPUT,
            visitors(["Soak 1", "Soak 2", "Soak 3"], ["a@soak.example.org"]),
            STORED,
            ["soak: every check-up answered with its report is stored"],
            id="a check-up answered but not stored",
        ),
        pytest.param(
            WRK_OUTPUT,
            visitors(["Soak 1"], ["a@soak.example.org", "b@soak.example.org"]),
            STORED,
            ["soak: every confirmed subscription is stored"],
            id="a subscription confirmed but not stored",
        ),
        pytest.param(
            WRK_OUTPUT.replace("status 200 1202", "status 200 1201\nstatus 502 1")
            + "  Non-2xx or 3xx responses: 1\n",
            visitors(["Soak 1"], ["a@soak.example.org"]),
            STORED,
            [
                "soak: no 5xx answers",
                "soak: no failed requests (wrk non-2xx and socket errors, visitors' errors)",
            ],
            id="one 5xx under wrk",
        ),
        pytest.param(
            WRK_OUTPUT,
            visitors(["Soak 1"], ["a@soak.example.org"], server_errors=1),
            STORED,
            ["soak: no 5xx answers"],
            id="one 5xx to a visitor",
        ),
        pytest.param(
            WRK_OUTPUT,
            visitors([], []),
            {"checkups": [], "subscribers": []},
            [
                "soak: every check-up answered with its report is stored",
                "soak: every confirmed subscription is stored",
            ],
            id="nothing submitted at all",
        ),
    ],
)
def test_a_lost_submission_or_a_5xx_fails_the_soak(wrk_output, visiting, stored, failed):
    assert failed_checks(wrk_output, visiting, stored) == failed
