"""A visitor takes the check-up: stage by stage, back and forth, then the city's details.

Answers count only as the server's questionnaire scores them; nothing is kept before the
details are sent, and nothing at all when a robot or a flood of posts sends them.
"""

import re
from html import unescape

from django.core import mail
from django.test import override_settings
from django.utils import translation
from django.utils.formats import number_format

import pytest

from checkup import scoring
from checkup.models import CheckupSubmission, StageResult
from tests.checkup.conftest import (
    CITY_DETAILS,
    ON_THE_WAY,
    SPANISH,
    answers_for,
    stage_answers,
    take_checkup,
)
from tests.translations import interface_text

pytestmark = pytest.mark.django_db

HOST = "localhost"
ENGLISH = "/en/city-check-up/"
SPANISH_PATH = "/es/chequeo-urbano/"
SAVED = (
    "Your results are saved. We have sent the link to this report to your e-mail address: "
    "keep it to come back to the report."
)


def get(client, path):
    return client.get(path, HTTP_HOST=HOST)


def post(client, path, data):
    return client.post(path, data, HTTP_HOST=HOST)


def checked_options(html):
    """The option ids of the checked radio buttons on a page."""
    return set(re.findall(r'<input type="radio" name="[^"]+" value="([^"]+)"[^>]*checked', html))


def page(response):
    """The page as a visitor reads it: HTML with its character references resolved."""
    return unescape(response.content.decode())


def shown(language, value):
    """A percentage as the report shows it in `language`."""
    with translation.override(language):
        figure = number_format(value, decimal_pos=1)
    return interface_text(language, "%(value)s %%", value=figure)


def main_content(response):
    html = page(response)
    return html[html.index("<main") : html.index("</main>")]


def test_a_visitor_takes_the_check_up_in_spanish_and_reads_the_report(
    client, checkup, spanish_checkup
):
    index = get(client, SPANISH_PATH)
    assert index.status_code == 200
    index_html = page(index)
    assert f'href="{SPANISH_PATH}stage/1/"' in index_html
    assert interface_text("es", "Start the check-up") in index_html
    for stage_title in ("Visión", "Planificación", "Seguimiento"):
        assert stage_title in index_html

    first = get(client, f"{SPANISH_PATH}stage/1/")
    html = page(first)
    assert interface_text("es", "Stage %(number)s of %(total)s", number=1, total=3) in html
    assert '<li class="is-current" aria-current="step">Visión</li>' in html
    assert "<legend>¿Ha adoptado el pleno una visión energética?</legend>" in html
    assert "Una visión fija objetivos y fechas." in html  # the question's help text
    assert "En preparación" in html

    response = take_checkup(client, SPANISH_PATH, checkup, ON_THE_WAY)

    submission = CheckupSubmission.objects.get()
    assert response.status_code == 302
    assert response["Location"].startswith(f"{SPANISH_PATH}report/")
    assert (submission.points, submission.max_points, str(submission.percent)) == (21, 40, "52.5")
    assert submission.language == "es"
    assert submission.page_id == spanish_checkup.pk
    assert submission.checkup_key == checkup.translation_key
    assert submission.city_key == "vitoria-gasteiz|ES"
    assert submission.network == "es"
    assert [
        (r.title, r.points, r.max_points, str(r.percent)) for r in StageResult.objects.all()
    ] == [
        ("Visión", 15, 20, "75.0"),
        ("Planificación", 2, 10, "20.0"),
        ("Seguimiento", 4, 10, "40.0"),
    ]
    # The answers are kept as they were given, in Spanish.
    assert submission.answers[1]["questions"][0]["answer"] == "En partes"

    report = client.get(response["Location"], HTTP_HOST=HOST)
    assert report.status_code == 200
    html = main_content(report)
    assert "Vitoria-Gasteiz" in html
    assert shown("es", "52.5") in html
    for percent in ("75.0", "20.0", "40.0"):
        assert shown("es", percent) in html
    # Each stage's feedback is its band's: 75 % is well done, 40 % on the way.
    assert SPANISH["Vision: well done."] in html
    assert SPANISH["Planning: just starting."] in html
    assert SPANISH["Monitoring: on the way."] in html
    assert SPANISH["Monitoring: just starting."] not in html
    assert interface_text("es", SAVED) in html

    # The answers are gone from the session: the next visitor on this browser starts afresh.
    assert not checked_options(page(get(client, f"{SPANISH_PATH}stage/1/")))

    # The e-mail, in Spanish, brings the same report's lasting link.
    (message,) = mail.outbox
    assert message.to == ["Ana.Ruiz@Example.org"]
    assert "Vitoria-Gasteiz" in message.subject
    assert f"http://localhost{response['Location']}" in message.body
    assert f"http://localhost{response['Location']}" in message.alternatives[0].content
    assert interface_text("es", "Hello,") in message.body


def test_next_refuses_a_stage_with_an_unanswered_question_and_names_it(client, checkup):
    answers = stage_answers(checkup, 1, ON_THE_WAY)
    vision = scoring.read_questionnaire(checkup)[0]
    del answers[vision.questions[1].id]

    response = post(client, f"{ENGLISH}stage/1/", {**answers, "action": "next"})

    assert response.status_code == 400
    html = page(response)
    summary = html[html.index('id="checkup-missing"') :]
    summary = summary[: summary.index("</div>")]
    assert interface_text("en", "Answer this question before you go on:") in summary
    assert "Are citizens involved in the vision?" in summary
    assert "Has the council adopted" not in summary
    assert interface_text("en", "Choose one of the answers to this question.") in html
    # What was answered stays checked on the page with the error.
    assert checked_options(html) == {answers[vision.questions[0].id]}
    # And the visitor is not let through to the next stage's questions.
    assert "Is there an integrated energy plan?" not in html


def test_a_forged_option_id_counts_as_no_answer(client, checkup):
    answers = stage_answers(checkup, 1, ON_THE_WAY)
    vision = scoring.read_questionnaire(checkup)[0]
    forged = vision.questions[0].id
    answers[forged] = "00000000-0000-0000-0000-000000000000"

    response = post(client, f"{ENGLISH}stage/1/", {**answers, "action": "next"})

    assert response.status_code == 400
    assert "Has the council adopted an energy vision?" in page(response)
    # Not even Back keeps it: the page shows only the real answer checked.
    post(client, f"{ENGLISH}stage/1/", {**answers, "action": "back"})
    again = page(get(client, f"{ENGLISH}stage/1/"))
    assert checked_options(again) == {answers[vision.questions[1].id]}


def test_back_keeps_the_answers_of_an_unfinished_stage(client, checkup):
    stages = scoring.read_questionnaire(checkup)
    first = stage_answers(checkup, 1, ON_THE_WAY)
    assert post(client, f"{ENGLISH}stage/1/", {**first, "action": "next"})["Location"] == (
        f"{ENGLISH}stage/2/"
    )
    planning = stage_answers(checkup, 2, ON_THE_WAY)
    half = {stages[1].questions[0].id: planning[stages[1].questions[0].id]}

    back = post(client, f"{ENGLISH}stage/2/", {**half, "action": "back"})

    assert back.status_code == 302 and back["Location"] == f"{ENGLISH}stage/1/"
    assert checked_options(page(get(client, f"{ENGLISH}stage/1/"))) == set(first.values())
    assert checked_options(page(get(client, f"{ENGLISH}stage/2/"))) == set(half.values())
    # Back from the first stage leads to the introduction.
    assert post(client, f"{ENGLISH}stage/1/", {"action": "back"})["Location"] == ENGLISH


def test_answers_follow_the_visitor_into_another_language(client, checkup, spanish_checkup):
    first = stage_answers(checkup, 1, ON_THE_WAY)
    post(client, f"{ENGLISH}stage/1/", {**first, "action": "next"})

    html = page(get(client, f"{SPANISH_PATH}stage/1/"))

    assert checked_options(html) == set(first.values())


def test_a_posted_score_is_ignored(client, checkup):
    answers = answers_for(checkup, ON_THE_WAY)
    forged_scores = {"score": "100", "points": "40", "percent": "100"}
    forged_scores.update({f"{question_id}-score": "100" for question_id in answers})
    for number in (1, 2, 3):
        post(
            client,
            f"{ENGLISH}stage/{number}/",
            {**stage_answers(checkup, number, ON_THE_WAY), **forged_scores, "action": "next"},
        )

    post(client, f"{ENGLISH}about/", {**CITY_DETAILS, **forged_scores})

    submission = CheckupSubmission.objects.get()
    assert (submission.points, str(submission.percent)) == (21, "52.5")


def test_the_details_are_asked_only_once_every_question_is_answered(client, checkup):
    post(client, f"{ENGLISH}stage/1/", {**stage_answers(checkup, 1, ON_THE_WAY), "action": "next"})

    response = post(client, f"{ENGLISH}about/", CITY_DETAILS)

    assert response.status_code == 302
    assert response["Location"] == f"{ENGLISH}stage/2/"
    assert not CheckupSubmission.objects.exists()
    html = page(get(client, response["Location"]))
    message = interface_text(
        "en",
        "Some questions are not answered yet: %(questions)s",
        questions="Planning: Is there an integrated energy plan?; Planning: Is the plan funded?; "
        "Monitoring: Are the results measured?",
    )
    assert message in html
    # Opening the last step by its address leads back to the questions too.
    assert get(client, f"{ENGLISH}about/")["Location"] == f"{ENGLISH}stage/2/"


@pytest.mark.parametrize(
    ("changes", "errors"),
    [
        (
            {
                "city_name": "  ",
                "country": "",
                "population_band": "",
                "email": "",
                "consent": "",
            },
            [
                "Enter the name of your city or municipality.",
                "Choose your country.",
                "Choose how many people live in your city.",
                "Enter an e-mail address, so we can send you the report's link.",
                "Tick the box to agree, so we can keep your results.",
            ],
        ),
        (
            {"country": "XX", "population_band": "a-million", "email": "ana@"},
            [
                "Choose your country from the list.",
                "Choose how many people live in your city.",
                "Enter a valid e-mail address, such as name@example.org.",
            ],
        ),
        (
            {"city_name": "x" * 121},
            ["Shorten the name to at most %(limit_value)d characters."],
        ),
    ],
)
def test_the_details_form_says_what_to_correct_and_keeps_nothing(
    client, checkup, spanish_checkup, changes, errors
):
    for number in (1, 2, 3):
        post(
            client,
            f"{SPANISH_PATH}stage/{number}/",
            {**stage_answers(checkup, number, ON_THE_WAY), "action": "next"},
        )

    response = post(client, f"{SPANISH_PATH}about/", {**CITY_DETAILS, **changes})

    assert response.status_code == 400
    html = page(response)
    for error in errors:
        assert interface_text("es", error, limit_value=120) in html
    assert not CheckupSubmission.objects.exists()
    assert not mail.outbox
    # The answers wait in the session for the corrected details.
    assert post(client, f"{SPANISH_PATH}about/", CITY_DETAILS).status_code == 302
    assert CheckupSubmission.objects.count() == 1


def test_the_details_page_shows_the_privacy_notice_and_the_fields(
    client, checkup, spanish_checkup
):
    for number in (1, 2, 3):
        post(
            client,
            f"{SPANISH_PATH}stage/{number}/",
            {**stage_answers(checkup, number, ON_THE_WAY), "action": "next"},
        )

    response = get(client, f"{SPANISH_PATH}about/")

    assert response.status_code == 200
    html = page(response)
    assert "Guardamos sus respuestas para comparar ciudades." in html
    assert interface_text("es", "Name of your city or municipality") in html
    assert '<option value="ES">España</option>' in html  # country names in Spanish
    assert interface_text("es", "Fewer than 10 000 inhabitants") in html
    assert 'name="website"' in html and 'class="checkup-trap" aria-hidden="true"' in html


def test_a_filled_in_trap_keeps_nothing_and_sends_nothing(client, checkup):
    response = take_checkup(
        client, ENGLISH, checkup, ON_THE_WAY, {**CITY_DETAILS, "website": "https://spam.example"}
    )

    assert response.status_code == 302 and response["Location"] == ENGLISH
    assert not CheckupSubmission.objects.exists()
    assert not StageResult.objects.exists()
    assert not mail.outbox


@override_settings(CHECKUP_RATE_LIMIT=1, CHECKUP_RATE_WINDOW=600)
def test_too_many_submissions_from_one_address_are_refused_in_the_visitors_language(
    client, checkup, spanish_checkup
):
    assert take_checkup(client, SPANISH_PATH, checkup, ON_THE_WAY).status_code == 302

    response = take_checkup(client, SPANISH_PATH, checkup, ON_THE_WAY)

    assert response.status_code == 429
    html = page(response)
    assert interface_text("es", "Too many attempts") in html
    assert CheckupSubmission.objects.count() == 1
    assert StageResult.objects.count() == 3
    assert len(mail.outbox) == 1
    assert "no-store" in response["Cache-Control"]


def test_stage_pages_and_the_details_page_are_private(client, checkup):
    for path in (f"{ENGLISH}stage/1/", f"{ENGLISH}stage/3/"):
        response = get(client, path)
        assert response.status_code == 200
        assert {"private", "no-store"} <= {
            part.strip() for part in response["Cache-Control"].split(",")
        }
        assert "csrftoken" in response.cookies
    for number in (1, 2, 3):
        post(
            client,
            f"{ENGLISH}stage/{number}/",
            {**stage_answers(checkup, number, ON_THE_WAY), "action": "next"},
        )
    about = get(client, f"{ENGLISH}about/")
    assert about.status_code == 200
    assert "no-store" in about["Cache-Control"] and "private" in about["Cache-Control"]


@pytest.mark.parametrize("path", ["stage/0/", "stage/4/", "stage/x/", "stage/1/extra/"])
def test_a_stage_that_does_not_exist_is_not_found(client, checkup, path):
    assert get(client, f"{ENGLISH}{path}").status_code == 404
