"""Coordinators and national networks in the admin: the submissions report, its filters and
exports, one submission's answers, deleting on request, and who sees which country."""

import csv
import datetime
import io

from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import openpyxl
import pytest
from bs4 import BeautifulSoup

from checkup.models import CheckupSubmission, PopulationBand, StageResult
from tests.checkup.admin_data import (
    PLANNING,
    SPRING,
    make_submission,
    organisation,
    planning,
)

pytestmark = pytest.mark.django_db

LIST_URL = "checkup_admin:submissions"


def page(response):
    return BeautifulSoup(response.content, "html.parser")


def listing(response):
    """The report's table as the user sees it: its headings and one row of cell texts per
    submission."""
    table = page(response).find("table", class_="listing")
    if table is None:
        return [], []
    headings = [th.get_text(" ", strip=True) for th in table.select("thead th")]
    rows = [
        [cell.get_text(" ", strip=True) for cell in row.find_all(["td", "th"])]
        for row in table.select("tbody tr")
    ]
    return headings, rows


def cities(response):
    return sorted(row[0] for row in listing(response)[1])


def csv_rows(response):
    content = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(content)))


def xlsx_rows(response):
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]


def refused(response):
    """Wagtail's answer to somebody without the permission: back to the dashboard."""
    return response.status_code == 302 and response.url == reverse("wagtailadmin_home")


@pytest.fixture
def three_countries(db):
    return {
        "aarhus": make_submission(
            "Aarhus", "DK", organisation(), planning(45), population_band=PopulationBand.OVER_250K
        ),
        "tartu": make_submission(
            "Tartu",
            "EE",
            organisation(has_group=False),
            planning(80),
            submitted_at=SPRING - datetime.timedelta(days=40),
        ),
        "lyon": make_submission("Lyon", "FR", submitted_at=SPRING + datetime.timedelta(days=40)),
    }


@pytest.fixture
def editor_ee(make_network_user):
    return make_network_user("editor-ee", "Estonia editors")


def test_the_report_lists_each_submission_with_its_scores(client, coordinator, three_countries):
    client.force_login(coordinator)

    response = client.get(reverse(LIST_URL))

    assert response.status_code == 200
    headings, rows = listing(response)
    assert headings == [
        "City",
        "Country",
        "National network",
        "Population",
        "Submitted",
        "Overall score",
        "Organisation",
        "Planning",
    ]
    # Newest first.
    assert [row[0] for row in rows] == ["Lyon", "Aarhus", "Tartu"]
    aarhus = rows[1]
    assert aarhus[:4] == ["Aarhus", "Denmark", "Energibyerne", "More than 250 000 inhabitants"]
    # 10 + 45 of 110 points.
    assert aarhus[5:] == ["50.0 %", "100.0 %", "45.0 %"]
    lyon = rows[0]
    assert lyon[1:3] == ["France", ""]  # France has no national network
    link = page(response).find("a", string=lambda s: s and "Aarhus" in s)
    assert link["href"] == reverse("checkup_admin:submission", args=[three_countries["aarhus"].pk])


def test_the_report_filters_by_country(client, coordinator, three_countries):
    client.force_login(coordinator)

    response = client.get(reverse(LIST_URL), {"country": "EE"})

    assert cities(response) == ["Tartu"]
    options = [o.get_text(strip=True) for o in page(response).select("#id_country option")]
    assert options == ["All countries", "Denmark", "Estonia", "France"]


@pytest.mark.parametrize(
    ("band", "expected"),
    [
        ("low", ["Below"]),
        ("middle", ["Edge of middle", "Top of middle"]),
        ("high", ["Edge of high"]),
    ],
)
def test_the_report_filters_by_a_stages_score_band(client, coordinator, band, expected):
    make_submission("Below", "DK", organisation(), planning(39))
    make_submission("Edge of middle", "DK", organisation(), planning(40))
    make_submission("Top of middle", "DK", organisation(), planning(74))
    make_submission("Edge of high", "DK", organisation(), planning(75))
    client.force_login(coordinator)

    response = client.get(reverse(LIST_URL), {"stage": PLANNING, "band": band})

    assert cities(response) == sorted(expected)
    stages = [o.get_text(strip=True) for o in page(response).select("#id_stage option")]
    assert stages == ["Any stage", "Organisation", "Planning"]


def test_stage_columns_are_titled_in_the_readers_language(client, coordinator):
    make_submission("Aarhus", "DK", organisation(), planning(50))
    make_submission(
        "Vejle",
        "DK",
        organisation(title="Organisering"),
        planning(50, title="Planlægning"),
        language="da",
        submitted_at=SPRING + datetime.timedelta(days=1),
    )
    client.force_login(coordinator)

    headings, _rows = listing(client.get(reverse(LIST_URL)))

    assert headings[-2:] == ["Organisation", "Planning"]


def test_a_band_without_a_stage_filters_by_the_overall_score(client, coordinator):
    make_submission("Weak", "DK", organisation(has_group=False), planning(30))  # 27.3 %
    make_submission("Strong", "DK", organisation(), planning(90))  # 90.9 %
    client.force_login(coordinator)

    response = client.get(reverse(LIST_URL), {"band": "high"})

    assert cities(response) == ["Strong"]


def test_the_report_filters_by_submission_date(client, coordinator, three_countries):
    client.force_login(coordinator)

    response = client.get(
        reverse(LIST_URL),
        {"submitted_at_from": "2026-03-01", "submitted_at_to": "2026-03-10"},
    )

    # Aarhus on 10 March counts: the end date includes the whole day.
    assert cities(response) == ["Aarhus"]


def test_a_bad_date_is_explained_and_filters_nothing(client, coordinator, three_countries):
    client.force_login(coordinator)

    response = client.get(reverse(LIST_URL), {"submitted_at_from": "2026-13-45", "country": "DK"})

    assert response.status_code == 200
    alert = page(response).find(class_="help-critical")
    assert "none of the filters were applied" in alert.get_text()
    assert "Submitted: Enter a valid date." in alert.get_text(" ", strip=True)
    assert cities(response) == ["Aarhus", "Lyon", "Tartu"]


def test_the_report_finds_a_submission_by_its_contact_address(client, coordinator):
    make_submission("Aarhus", "DK", email="climate@aarhus.example.org")
    make_submission("Odense", "DK")
    client.force_login(coordinator)

    response = client.get(reverse(LIST_URL), {"q": "climate@aarhus"})

    assert cities(response) == ["Aarhus"]


def test_the_csv_export_has_the_filtered_rows_and_stage_scores(
    client, coordinator, three_countries
):
    client.force_login(coordinator)

    response = client.get(reverse(LIST_URL), {"export": "csv", "country": "DK"})

    assert response["Content-Type"] == "text/csv"
    assert "checkup-submissions-" in response["Content-Disposition"]
    rows = csv_rows(response)
    assert rows[0] == [
        "City",
        "Country",
        "National network",
        "Population",
        "Submitted",
        "Overall score (%)",
        "Organisation (%)",
        "Planning (%)",
    ]
    assert rows[1][:4] == ["Aarhus", "Denmark", "Energibyerne", "More than 250 000 inhabitants"]
    assert rows[1][4].startswith("2026-03-10")
    assert rows[1][5:] == ["50.0", "100.0", "45.0"]
    assert len(rows) == 2


def test_the_xlsx_export_holds_numbers_and_dates(client, coordinator, three_countries):
    client.force_login(coordinator)

    response = client.get(reverse(LIST_URL), {"export": "xlsx"})

    assert response.status_code == 200
    rows = xlsx_rows(response)
    assert rows[0][:6] == [
        "City",
        "Country",
        "National network",
        "Population",
        "Submitted",
        "Overall score (%)",
    ]
    by_city = {row[0]: row for row in rows[1:]}
    assert sorted(by_city) == ["Aarhus", "Lyon", "Tartu"]
    assert by_city["Aarhus"][4] == datetime.datetime(2026, 3, 10, 12, 0)
    assert by_city["Aarhus"][5:] == [50, 100, 45]
    assert by_city["Tartu"][1:3] == ["Estonia", "SmartEnCity Network Estonia"]
    assert by_city["Lyon"][2] is None


def test_a_danish_editor_sees_and_exports_danish_submissions_only(
    client, editor_dk, three_countries
):
    make_submission("Odense", "DK")
    client.force_login(editor_dk)

    assert cities(client.get(reverse(LIST_URL))) == ["Aarhus", "Odense"]
    # Asking for another country shows nothing rather than its submissions.
    assert cities(client.get(reverse(LIST_URL), {"country": "EE"})) == ["Aarhus", "Odense"]
    exported = csv_rows(client.get(reverse(LIST_URL), {"export": "csv"}))
    assert sorted(row[0] for row in exported[1:]) == ["Aarhus", "Odense"]
    workbook = xlsx_rows(client.get(reverse(LIST_URL), {"export": "xlsx"}))
    assert sorted(row[0] for row in workbook[1:]) == ["Aarhus", "Odense"]


def test_a_danish_editor_cannot_open_an_estonian_submission(client, editor_dk, three_countries):
    client.force_login(editor_dk)
    tartu = three_countries["tartu"]

    assert client.get(reverse("checkup_admin:submission", args=[tartu.pk])).status_code == 404
    assert client.post(reverse("checkup_admin:delete", args=[tartu.pk])).status_code in {302, 404}
    assert CheckupSubmission.objects.filter(pk=tartu.pk).exists()


def test_the_detail_shows_the_frozen_answers_and_the_contact_address(
    client, editor_dk, three_countries
):
    client.force_login(editor_dk)
    aarhus = three_countries["aarhus"]

    response = client.get(reverse("checkup_admin:submission", args=[aarhus.pk]))

    assert response.status_code == 200
    text = page(response).get_text(" ", strip=True)
    assert "Contact e-mail energy@aarhus.example.org" in text
    assert "Overall score 50.0 %" in text
    assert "Organisation: 10 of 10 points (100.0 %)" in text
    assert "Planning: 45 of 100 points (45.0 %)" in text
    first_stage = page(response).select("main table.listing")[0]
    rows = [
        [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])]
        for row in first_stage.select("tbody tr")
    ]
    assert rows == [["Does the city have a coordination group?", "Yes", "10 of 10"]]
    # An editor may not delete, so no delete button is offered.
    assert page(response).find("a", href=reverse("checkup_admin:delete", args=[aarhus.pk])) is None


def test_an_editor_without_the_delete_permission_cannot_delete(client, editor_dk, three_countries):
    client.force_login(editor_dk)
    aarhus = three_countries["aarhus"]
    url = reverse("checkup_admin:delete", args=[aarhus.pk])

    assert refused(client.get(url))
    assert refused(client.post(url))
    assert CheckupSubmission.objects.filter(pk=aarhus.pk).exists()


def test_a_danish_moderator_deletes_a_danish_submission_on_request(
    client, moderator_dk, three_countries
):
    client.force_login(moderator_dk)
    aarhus = three_countries["aarhus"]
    detail = client.get(reverse("checkup_admin:submission", args=[aarhus.pk]))
    url = reverse("checkup_admin:delete", args=[aarhus.pk])
    links = [a.get_text(strip=True) for a in page(detail).find_all("a", href=url)]
    assert "Delete this submission" in links

    confirmation = client.get(url)
    assert confirmation.status_code == 200
    assert "Delete the check-up of Aarhus, submitted on 2026-03-10" in (
        confirmation.content.decode()
    )
    assert CheckupSubmission.objects.filter(pk=aarhus.pk).exists()

    response = client.post(url)

    assert response.status_code == 302
    assert response.url == reverse(LIST_URL)
    assert not CheckupSubmission.objects.filter(pk=aarhus.pk).exists()
    assert not StageResult.objects.filter(submission_id=aarhus.pk).exists()
    assert StageResult.objects.filter(submission=three_countries["tartu"]).count() == 2


def test_a_danish_moderator_cannot_delete_an_estonian_submission(
    client, moderator_dk, three_countries
):
    client.force_login(moderator_dk)
    tartu = three_countries["tartu"]

    response = client.post(reverse("checkup_admin:delete", args=[tartu.pk]))

    assert response.status_code == 404
    assert CheckupSubmission.objects.filter(pk=tartu.pk).exists()


def test_an_estonian_editor_sees_estonian_submissions_only(client, editor_ee, three_countries):
    client.force_login(editor_ee)

    assert cities(client.get(reverse(LIST_URL))) == ["Tartu"]
    aarhus = three_countries["aarhus"]
    assert client.get(reverse("checkup_admin:submission", args=[aarhus.pk])).status_code == 404


def test_a_coordinator_sees_every_country(client, coordinator, three_countries):
    client.force_login(coordinator)

    assert cities(client.get(reverse(LIST_URL))) == ["Aarhus", "Lyon", "Tartu"]
    lyon = three_countries["lyon"]
    assert client.get(reverse("checkup_admin:submission", args=[lyon.pk])).status_code == 200


def test_people_without_the_permission_are_turned_away(client, translator, three_countries):
    client.force_login(translator)
    aarhus = three_countries["aarhus"]

    for url in [
        reverse(LIST_URL),
        reverse(LIST_URL) + "?export=csv",
        reverse("checkup_admin:submission", args=[aarhus.pk]),
        reverse("checkup_admin:delete", args=[aarhus.pk]),
        reverse("checkup_admin:statistics"),
    ]:
        assert refused(client.get(url)), url
    assert refused(client.post(reverse("checkup_admin:delete", args=[aarhus.pk])))
    assert CheckupSubmission.objects.filter(pk=aarhus.pk).exists()


def test_the_menu_shows_the_check_up_to_those_who_may_see_it(
    client, coordinator, editor_dk, translator
):
    for user, shown in [(coordinator, True), (editor_dk, True), (translator, False)]:
        client.force_login(user)
        dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
        assert (reverse(LIST_URL) in dashboard) is shown, user
        assert (reverse("checkup_admin:statistics") in dashboard) is shown, user


def test_a_user_given_only_the_permission_sees_no_country(client, make_network_user):
    make_submission("Aarhus", "DK")
    user = make_network_user("auditor")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_checkupsubmission"),
    )
    client.force_login(user)

    response = client.get(reverse(LIST_URL))

    assert response.status_code == 200
    assert cities(response) == []


def test_the_report_makes_as_many_queries_for_many_submissions_as_for_few(client, coordinator):
    client.force_login(coordinator)

    def queries():
        with CaptureQueriesContext(connection) as context:
            assert client.get(reverse(LIST_URL)).status_code == 200
        return len(context)

    make_submission("Aarhus", "DK")
    make_submission("Tartu", "EE")
    queries()  # the first request also sets up the user's admin profile
    few = queries()
    for number in range(8):
        make_submission(f"Town {number}", "DK", organisation(), planning(number * 10))
    assert queries() == few
