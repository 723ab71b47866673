"""A city's report: frozen scores and answers, feedback, progress, peers, recommendations.

Reports are opened by their signed link; the scores below are computed by hand from the
answer sets of tests/checkup/conftest.py.
"""

import re
from datetime import datetime
from decimal import Decimal
from html import unescape
from zoneinfo import ZoneInfo

from django.test import override_settings
from django.utils import translation
from django.utils.formats import number_format

from wagtail.models import Page

import pytest

from checkup import recommendations
from checkup.mail import report_path
from checkup.models import CheckupPage
from checkup.tokens import REPORT_SALT, sign_report
from tests.checkup.conftest import (
    BEST,
    MIXED,
    ON_THE_WAY,
    SPANISH,
    WORST,
    CheckupPageFactory,
    questionnaire_stages,
    submit,
)
from tests.solutions.conftest import map_pages, publish, topics  # noqa: F401
from tests.solutions.factories import SolutionPageFactory
from tests.translations import interface_text

pytestmark = pytest.mark.django_db

HOST = "localhost"
ENGLISH = "/en/city-check-up/"
SPANISH_PATH = "/es/chequeo-urbano/"
BRUSSELS = ZoneInfo("Europe/Brussels")


def on(day, month=3, year=2026):
    return datetime(year, month, day, 12, tzinfo=BRUSSELS)


def open_report(client, submission, path=ENGLISH, page=None):
    response = client.get(path + report_path(page or submission.page, submission), HTTP_HOST=HOST)
    assert response.status_code == 200, response.status_code
    html = unescape(response.content.decode())
    return response, html[html.index("<main") : html.index("</main>")]


def text(html):
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def section(html, heading_id):
    """The <section> labelled by `heading_id`, with the sections inside it ("" if none)."""
    start = html.find(f'aria-labelledby="{heading_id}"')
    if start < 0:
        return ""
    start = html.rindex("<section", 0, start)
    depth = 0
    for tag in re.finditer(r"<(/?)section\b", html[start:]):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return html[start : start + tag.end()]
    raise AssertionError(f"section {heading_id} is not closed")


def table_rows(html):
    """Each row of the first table in `html` as its cells' texts."""
    return [
        [text(cell) for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.DOTALL)]
        for row in re.findall(r"<tr[^>]*>(.*?)</tr>", html, re.DOTALL)
    ]


def test_the_report_shows_the_scores_feedback_and_answers_and_never_the_address(client, checkup):
    submission = submit(checkup, ON_THE_WAY, email="Ana.Ruiz@Example.org", when=on(14))

    response, html = open_report(client, submission)

    assert "Vitoria-Gasteiz" in html
    assert "Spain" in html and "100 000 to 250 000 inhabitants" in html
    assert '<time datetime="2026-03-14T12:00:00+01:00">' in html
    overall = section(html, "checkup-overall-heading")
    assert "52.5 %" in text(overall) and "21 of 40 points" in text(overall)
    assert 'style="width: 52.5%"' in overall
    scores = section(html, "checkup-scores-heading")
    assert [
        (stage, value)
        for stage, value in re.findall(
            r'checkup-scores__stage">([^<]+)</span>\s*<span class="checkup-scores__value">([^<]+)',
            scores,
        )
    ] == [("Vision", "75.0 %"), ("Planning", "20.0 %"), ("Monitoring", "40.0 %")]
    for width in ("75.0", "20.0", "40.0"):
        assert f'style="width: {width}%"' in scores
    feedback = text(section(html, "checkup-feedback-heading"))
    assert "Vision: well done." in feedback
    assert "Planning: just starting." in feedback
    assert "Monitoring: on the way." in feedback
    assert "Is there an integrated energy plan? In parts (2 of 5 points)" in feedback
    assert "Is the plan funded? No (0 of 5 points)" in feedback

    full = unescape(response.content.decode())
    assert '<meta name="robots" content="noindex">' in full
    assert "ana.ruiz@example.org" not in full.lower()
    assert "ana.ruiz" not in full.lower()
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control
    assert interface_text("en", "Print or save as PDF") in full
    assert "checkup/print.js" in full


def test_a_report_opens_in_another_language_with_that_languages_feedback(
    client, checkup, spanish_checkup
):
    submission = submit(checkup, ON_THE_WAY)

    _response, html = open_report(client, submission, SPANISH_PATH, spanish_checkup)

    assert SPANISH["Planning: just starting."] in html
    assert SPANISH["Vision: well done."] in html
    assert "Planning: just starting." not in html
    with translation.override("es"):
        overall = number_format(Decimal("52.5"), decimal_pos=1)
    assert interface_text("es", "%(value)s %%", value=overall) in html
    assert overall == "52,5"


def test_results_stay_frozen_when_the_questionnaire_changes(client, checkup):
    submission = submit(checkup, ON_THE_WAY)
    _response, before = open_report(client, submission)

    # A coordinator makes "In parts" worth all 5 points and rewords a question.
    stages = checkup.stages
    planning = stages[1].value
    planning["questions"][0]["options"][1]["score"] = 5
    planning["questions"][1]["text"] = "Is the plan paid for?"
    checkup.stages = stages
    publish(checkup)
    _response, after = open_report(client, submission, page=CheckupPage.objects.get(pk=checkup.pk))

    assert after == before
    assert "Is the plan funded?" in after and "Is the plan paid for?" not in after
    assert "20.0 %" in text(section(after, "checkup-scores-heading"))
    assert "Planning: just starting." in after


def test_a_stage_removed_since_keeps_its_score_without_feedback(client, checkup):
    submission = submit(checkup, ON_THE_WAY)
    stages = checkup.stages
    del stages[2]
    checkup.stages = stages
    publish(checkup)

    _response, html = open_report(client, submission, page=CheckupPage.objects.get(pk=checkup.pk))

    monitoring = text(section(html, "checkup-feedback-heading"))
    assert "Monitoring 40.0 %" in monitoring
    assert "Are the results measured? Sometimes (4 of 10 points)" in monitoring
    assert "Monitoring: on the way." not in monitoring
    assert "Vision: well done." in monitoring


def test_progress_across_retakes_of_the_same_city_and_address(client, checkup):
    first = submit(checkup, WORST, email="ana.ruiz@example.org", when=on(10, month=1))
    second = submit(checkup, MIXED, email="Ana.Ruiz@Example.org", when=on(10, month=2))
    # Not the same city, or not the same address: never listed.
    submit(checkup, BEST, email="luis@example.org", when=on(15, month=2))
    submit(checkup, BEST, city_name="Bilbao", email="ana.ruiz@example.org", when=on(16, month=2))
    # The same city typed differently is the same city.
    latest = submit(
        checkup,
        ON_THE_WAY,
        city_name="  vitoria-GASTEIZ ",
        email="ANA.RUIZ@example.org",
        when=on(10),
    )

    _response, html = open_report(client, latest)

    history = section(html, "checkup-history-heading")
    assert table_rows(history) == [
        ["Date", "Overall", "Vision", "Planning", "Monitoring"],
        [
            "Feb. 10, 2026",
            "70.0 % (\N{MINUS SIGN}17.5)",
            "50.0 % (+25.0)",
            "80.0 % (\N{MINUS SIGN}60.0)",
            "100.0 % (\N{MINUS SIGN}60.0)",
        ],
        ["Jan. 10, 2026", "0.0 % (+52.5)", "0.0 % (+75.0)", "0.0 % (+20.0)", "0.0 % (+40.0)"],
    ]
    # An earlier report lists only what came before it.
    _response, second_html = open_report(client, second)
    assert table_rows(section(second_html, "checkup-history-heading"))[1:] == [
        ["Jan. 10, 2026", "0.0 % (+70.0)", "0.0 % (+50.0)", "0.0 % (+80.0)", "0.0 % (+100.0)"]
    ]
    _response, first_html = open_report(client, first)
    assert 'id="checkup-history-heading"' not in first_html


def peer_table(html):
    return table_rows(section(html, "checkup-peers-heading"))


def test_peers_are_compared_only_once_five_cities_took_part(client, checkup):
    vitoria = submit(checkup, ON_THE_WAY, when=on(10))
    # Bilbao's earlier result is replaced by its latest: each city counts once.
    submit(checkup, WORST, city_name="Bilbao", when=on(1))
    submit(checkup, BEST, city_name="bilbao", when=on(2))
    submit(checkup, WORST, city_name="Tartu", country="EE", when=on(3))
    submit(checkup, MIXED, city_name="Sønderborg", country="DK", when=on(4))

    _response, html = open_report(client, vitoria)

    peers = section(html, "checkup-peers-heading")
    assert "<table" not in peers
    assert interface_text(
        "en",
        "The comparison with the network's average appears once %(count)s cities have taken part.",
        count=5,
    ) in text(peers)

    submit(checkup, MIXED, city_name="Lecce", country="IT", when=on(5))
    _response, html = open_report(client, vitoria)

    # Overall (52.5 + 100 + 0 + 70 + 70) / 5 = 58.5; Vision (75 + 100 + 0 + 50 + 50) / 5 = 55;
    # Planning (20 + 100 + 0 + 80 + 80) / 5 = 56; Monitoring (40 + 100 + 0 + 100 + 100) / 5 = 68.
    assert peer_table(html) == [
        ["Stage", "Vitoria-Gasteiz", "Network average (5 cities)"],
        ["Overall", "52.5 %", "58.5 %"],
        ["Vision", "75.0 %", "55.0 %"],
        ["Planning", "20.0 %", "56.0 %"],
        ["Monitoring", "40.0 %", "68.0 %"],
    ]
    # Spain has two cities: its average waits for more.
    assert interface_text(
        "en",
        "The comparison with the average in %(country)s appears once %(count)s cities there "
        "have taken part.",
        country="Spain",
        count=5,
    ) in text(section(html, "checkup-peers-heading"))
    # Only averages: no other city is named.
    for city in ("Bilbao", "Tartu", "Sønderborg", "Lecce"):
        assert city not in html


@override_settings(CHECKUP_PEER_MINIMUM=2)
def test_the_national_network_average_is_of_the_citys_country(client, checkup):
    vitoria = submit(checkup, ON_THE_WAY, when=on(10))
    submit(checkup, BEST, city_name="Bilbao", when=on(2))
    submit(checkup, WORST, city_name="Tartu", country="EE", when=on(3))

    _response, html = open_report(client, vitoria)

    # Network: overall (52.5 + 100 + 0) / 3 = 50.8333 -> 50.8; Spain: (52.5 + 100) / 2 =
    # 76.25 -> 76.3 (halves up); Vision 87.5; Planning 60; Monitoring 70.
    assert peer_table(html) == [
        ["Stage", "Vitoria-Gasteiz", "Network average (3 cities)", "Average in Spain (2 cities)"],
        ["Overall", "52.5 %", "50.8 %", "76.3 %"],
        ["Vision", "75.0 %", "58.3 %", "87.5 %"],
        ["Planning", "20.0 %", "40.0 %", "60.0 %"],
        ["Monitoring", "40.0 %", "46.7 %", "70.0 %"],
    ]


def test_a_country_without_a_national_network_is_compared_with_the_network_only(client, checkup):
    paris = submit(checkup, ON_THE_WAY, city_name="Paris", country="FR")
    for number, city in enumerate(("A", "B", "C", "D"), start=1):
        submit(checkup, BEST, city_name=city, country="FR", when=on(number))

    _response, html = open_report(client, paris)

    assert paris.network == ""
    assert peer_table(html)[0] == ["Stage", "Paris", "Network average (5 cities)"]
    assert "Average in" not in html and "France appears" not in html


@pytest.mark.parametrize(
    "signed",
    [
        "not-a-report",
        "x",
        "A" * 300,
    ],
)
def test_a_made_up_report_address_is_not_found(client, checkup, signed):
    submit(checkup, ON_THE_WAY)

    response = client.get(f"{ENGLISH}report/{signed}/", HTTP_HOST=HOST)

    assert response.status_code == 404
    assert interface_text("en", "Page not found") in unescape(response.content.decode())


def test_an_altered_or_foreign_signature_is_not_found(
    client,
    checkup,
    spanish_checkup,
    network,
    topics,  # noqa: F811
):
    from django.core import signing
    from django.utils.http import urlsafe_base64_encode

    submission = submit(checkup, ON_THE_WAY)
    good = sign_report(submission.token)
    altered = good[:-2] + ("AA" if good[-2:] != "AA" else "BB")
    unsigned = urlsafe_base64_encode(submission.token.encode())
    other_salt = urlsafe_base64_encode(
        signing.Signer(salt="bulletins.confirm").sign(submission.token).encode()
    )
    other_key = urlsafe_base64_encode(
        signing.Signer(key="not-our-key", salt=REPORT_SALT).sign(submission.token).encode()
    )
    # A real report belongs to its own check-up: another check-up does not show it.
    other_checkup = publish(
        CheckupPageFactory(
            parent=network["eu"].root_page.specific,
            title="Other check-up",
            slug="other-check-up",
            stages=questionnaire_stages(topics["en"]),
        )
    )

    for path in (
        f"{ENGLISH}report/{altered}/",
        f"{ENGLISH}report/{unsigned}/",
        f"{ENGLISH}report/{other_salt}/",
        f"{ENGLISH}report/{other_key}/",
        f"/en/other-check-up/report/{good}/",
    ):
        response = client.get(path, HTTP_HOST=HOST)
        assert response.status_code == 404, path
        assert interface_text("en", "Page not found") in unescape(response.content.decode())
    spanish = client.get(f"/es/chequeo-urbano/report/{altered}/", HTTP_HOST=HOST)
    assert spanish.status_code == 404
    assert interface_text("es", "Page not found") in unescape(spanish.content.decode())
    assert client.get(f"{ENGLISH}report/{good}/", HTTP_HOST=HOST).status_code == 200
    assert other_checkup.translation_key != checkup.translation_key


def test_the_report_recommends_next_steps_solutions_and_events_in_its_language(
    client,
    recommending_checkup,
    checkup_content,
    map_pages,  # noqa: F811
):
    english, spanish = recommending_checkup["en"], recommending_checkup["es"]
    submission = submit(english, ON_THE_WAY)
    content = checkup_content

    _response, html = open_report(client, submission, SPANISH_PATH, spanish)

    # Planning (20 %, band from 0) names the next steps, in Spanish where translated.
    planning = section(html, "checkup-stage-2")
    solution = content["solutions"]["Rehabilitación de viviendas sociales"]
    academy = content["events"]["Formación en rehabilitación"]
    assert [
        (kind, title)
        for kind, title in re.findall(
            r'checkup-steps__kind">([^<]+):</span>\s*(?:<a href="[^"]*">)?([^<]+)', planning
        )
    ] == [
        (interface_text("es", "Solution"), "Rehabilitación de viviendas sociales"),
        (interface_text("es", "Topic"), "Rehabilitación"),
        (interface_text("es", "SmartEnCity Academy"), "Formación en rehabilitación"),
        (interface_text("es", "Resource"), "Guía de planificación energética"),
    ]
    assert f'href="{solution.get_url_parts()[2]}"' in planning
    assert 'href="/es/map/?topic=building-retrofit"' in planning
    assert f'href="{academy.get_url_parts()[2]}"' in planning
    assert 'href="https://guide.example.org/"' in planning
    # Vision is well done: its band has no next steps.
    assert "checkup-steps__kind" not in section(html, "checkup-stage-1")

    # The weakest stages are Planning and Monitoring: building retrofit, urban data and
    # sustainable mobility. Spanish solutions only (the open data portal is English only).
    recommended = section(html, "checkup-recommended-heading")
    solutions_list, events_list = recommended.split(interface_text("es", "SmartEnCity Academy"))
    assert re.findall(r'<li><a href="[^"]+">([^<]+)</a>', solutions_list) == [
        "Autobuses eléctricos",
        "Rehabilitación de viviendas sociales",
    ]
    # Upcoming first, soonest first; then the past session.
    assert re.findall(r'<li><a href="[^"]+">([^<]+)</a>', events_list) == [
        "Formación en rehabilitación",
        "Datos en la planificación",
        "Rehabilitación en la práctica",
    ]
    assert "Red de calor" not in recommended  # district heating is Vision's topic

    # At most three of each.
    for number in range(3):
        publish(
            SolutionPageFactory(
                parent=content["solutions"]["Autobuses eléctricos"].get_parent(),
                title=f"Solución {number}",
                slug=f"solucion-{number}",
                topics=[content["solutions"]["Autobuses eléctricos"].topics.first()],
                locale=spanish.locale,
            )
        )
    _response, html = open_report(client, submission, SPANISH_PATH, spanish)
    recommended = section(html, "checkup-recommended-heading")
    solutions_list = recommended.split(interface_text("es", "SmartEnCity Academy"))[0]
    assert len(re.findall(r"<li>", solutions_list)) == 3


def test_next_steps_lead_to_the_translation_in_the_reports_language(
    recommending_checkup, checkup_content, locales
):
    english_solution = checkup_content["solutions"]["Retrofit of social housing"]
    spanish_solution = checkup_content["solutions"]["Rehabilitación de viviendas sociales"]
    english_only = checkup_content["solutions"]["Open data portal"]

    found = recommendations.translated(
        Page,
        {english_solution.pk, english_only.pk},
        locales["es"].pk,
        live=True,
    )

    assert found[english_solution.pk].pk == spanish_solution.pk
    assert found[english_only.pk].pk == english_only.pk
