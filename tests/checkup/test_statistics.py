"""The statistics of all answers: shares of cities per answer, overall and per country, and
average stage scores, each city counted once by its latest submission."""

import datetime
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from checkup.models import CheckupSubmission
from checkup.statistics import checkup_statistics, latest_per_city
from tests.checkup.admin_data import (
    CHECKUP_KEY,
    GROUP_TEXT,
    OTHER_CHECKUP_KEY,
    SPRING,
    make_submission,
    organisation,
    planning,
)

pytestmark = pytest.mark.django_db

STATISTICS_URL = "checkup_admin:statistics"
LATER = SPRING + datetime.timedelta(days=30)


@pytest.fixture
def answers(db):
    """Three Danish cities, two with a coordination group; Aarhus answered twice, first
    without a group, then with one, in a reworded question. One Estonian city, with a
    group."""
    make_submission(
        "Aarhus",
        "DK",
        organisation(has_group=False, text="Is there a coordination group?"),
        planning(20),
    )
    make_submission("Aarhus", "DK", organisation(), planning(60), submitted_at=LATER)
    make_submission("Odense", "DK", organisation(), planning(40))
    make_submission("Vejle", "DK", organisation(has_group=False), planning(30))
    make_submission("Tartu", "EE", organisation(), planning(90))


def tables(response):
    """Each table on the page as {caption: {row heading: [cell texts]}}, with the column
    headings under the key None."""
    soup = BeautifulSoup(response.content, "html.parser")
    found = {}
    for table in soup.select("main table"):
        caption = table.caption.get_text(" ", strip=True) if table.caption else ""
        rows = {None: [th.get_text(" ", strip=True) for th in table.select("thead th")]}
        for row in table.select("tbody tr"):
            rows[row.th.get_text(" ", strip=True)] = [
                td.get_text(" ", strip=True) for td in row.find_all("td")
            ]
        found[caption] = rows
    return found


def test_each_city_counts_once_by_its_latest_submission(answers):
    latest = latest_per_city(CheckupSubmission.objects.all(), CHECKUP_KEY)

    assert sorted(s.city_name for s in latest) == ["Aarhus", "Odense", "Tartu", "Vejle"]
    assert latest.get(city_name="Aarhus").submitted_at == LATER


def test_shares_of_cities_per_answer_overall_and_per_country(answers):
    statistics = checkup_statistics(
        latest_per_city(CheckupSubmission.objects.all(), CHECKUP_KEY), "en"
    )

    assert statistics.countries == [("DK", "Denmark"), ("EE", "Estonia")]
    assert statistics.cities == [4, 3, 1]
    organisation_stage, planning_stage = statistics.stages
    group = organisation_stage.questions[0]
    # The latest submission's wording labels the question.
    assert group.text == "Does the city have a coordination group?"
    assert group.answered == [4, 3, 1]
    shares = {option.label: [s.percent for s in option.shares] for option in group.options}
    assert shares == {
        "Yes": [Decimal("75.0"), Decimal("66.7"), Decimal("100.0")],
        "No": [Decimal("25.0"), Decimal("33.3"), Decimal("0.0")],
    }
    # Planning: Denmark 60, 40, 30 -> 43.3; with Tartu's 90 -> 55.0.
    assert planning_stage.averages == [Decimal("55.0"), Decimal("43.3"), Decimal("90.0")]
    assert organisation_stage.averages == [Decimal("75.0"), Decimal("66.7"), Decimal("100.0")]


def test_the_statistics_page_shows_the_shares_and_averages(client, coordinator, answers):
    client.force_login(coordinator)

    response = client.get(reverse(STATISTICS_URL))

    assert response.status_code == 200
    found = tables(response)
    group = found["Does the city have a coordination group?"]
    assert group[None] == ["Answer", "All countries", "Denmark", "Estonia"]
    assert group["Yes"] == ["75.0 % 3 of 4", "66.7 % 2 of 3", "100.0 % 1 of 1"]
    assert group["No"] == ["25.0 % 1 of 4", "33.3 % 1 of 3", "0.0 % 0 of 1"]
    averages = next(rows for caption, rows in found.items() if caption.startswith("Number"))
    assert averages["Cities"] == ["4", "3", "1"]
    assert averages["Planning"] == ["55.0 %", "43.3 %", "90.0 %"]
    # No choice of check-up while there is only one.
    assert 'name="checkup"' not in response.content.decode()


def test_a_danish_editor_sees_danish_statistics_only(client, editor_dk, answers):
    client.force_login(editor_dk)

    response = client.get(reverse(STATISTICS_URL))

    group = tables(response)["Does the city have a coordination group?"]
    assert group[None] == ["Answer", "All countries", "Denmark"]
    assert group["Yes"] == ["66.7 % 2 of 3", "66.7 % 2 of 3"]


def test_the_most_submitted_check_up_is_shown_first_and_another_can_be_chosen(
    client, coordinator, answers
):
    make_submission(
        "Aalborg",
        "DK",
        organisation(text="Does the municipality have a climate group?"),
        checkup_key=OTHER_CHECKUP_KEY,
    )
    client.force_login(coordinator)

    first = client.get(reverse(STATISTICS_URL))
    assert "Does the city have a coordination group?" in tables(first)
    options = BeautifulSoup(first.content, "html.parser").select("select[name=checkup] option")
    assert [o.get_text(strip=True) for o in options] == [
        f"Deleted check-up {str(CHECKUP_KEY)[:8]} (5 submissions)",
        f"Deleted check-up {str(OTHER_CHECKUP_KEY)[:8]} (1 submission)",
    ]

    other = client.get(reverse(STATISTICS_URL), {"checkup": str(OTHER_CHECKUP_KEY)})
    group = tables(other)["Does the municipality have a climate group?"]
    assert group["Yes"] == ["100.0 % 1 of 1", "100.0 % 1 of 1"]


def test_an_unknown_check_up_is_explained_and_the_default_shown(client, coordinator, answers):
    make_submission("Aalborg", "DK", checkup_key=OTHER_CHECKUP_KEY)
    client.force_login(coordinator)

    response = client.get(reverse(STATISTICS_URL), {"checkup": "not-a-check-up"})

    assert response.status_code == 200
    alert = BeautifulSoup(response.content, "html.parser").find(class_="help-critical")
    assert "Choose one of the check-ups in the list." in alert.get_text()
    assert tables(response)["Does the city have a coordination group?"]["Yes"][0] == (
        "75.0 % 3 of 4"
    )


def test_without_submissions_the_page_says_so(client, coordinator):
    client.force_login(coordinator)

    response = client.get(reverse(STATISTICS_URL))

    assert response.status_code == 200
    assert "No city has submitted this check-up yet" in response.content.decode()


def test_the_statistics_make_as_many_queries_for_many_cities_as_for_few(client, coordinator):
    client.force_login(coordinator)

    def queries():
        with CaptureQueriesContext(connection) as context:
            assert client.get(reverse(STATISTICS_URL)).status_code == 200
        return len(context)

    make_submission("Aarhus", "DK")
    queries()  # the first request also sets up the user's admin profile
    few = queries()
    for number in range(8):
        make_submission(f"Town {number}", "EE" if number % 2 else "DK", planning(number * 10))
    assert queries() == few


def test_answers_are_listed_best_first_whoever_answered_last(db):
    make_submission("Aarhus", "DK", organisation())
    make_submission("Vejle", "DK", organisation(has_group=False), submitted_at=LATER)

    statistics = checkup_statistics(
        latest_per_city(CheckupSubmission.objects.all(), CHECKUP_KEY), "en"
    )

    assert [option.label for option in statistics.stages[0].questions[0].options] == [
        "Yes",
        "No",
    ]


def test_labels_are_in_the_readers_language_where_a_city_answered_in_it(db):
    make_submission("Aarhus", "DK", organisation())
    make_submission(
        "Vejle",
        "DK",
        organisation(text="Har kommunen en koordinationsgruppe?", title="Organisering"),
        language="da",
        submitted_at=LATER,
    )
    latest = latest_per_city(CheckupSubmission.objects.all(), CHECKUP_KEY)

    english = checkup_statistics(latest, "en").stages[0]
    danish = checkup_statistics(latest, "da").stages[0]
    estonian = checkup_statistics(latest, "et").stages[0]

    assert (english.title, english.questions[0].text) == ("Organisation", GROUP_TEXT)
    assert (danish.title, danish.questions[0].text) == (
        "Organisering",
        "Har kommunen en koordinationsgruppe?",
    )
    # Nobody answered in Estonian: the latest submission's words.
    assert estonian.title == "Organisering"
