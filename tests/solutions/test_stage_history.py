"""A city's membership stage changes only through the "Change membership stage" view, which
records each change with its date and note; the newest change sets the stage of every
translation, on the city page's progress line and on the map.

The cities, written in their national language under their national home:

    Sønderborg Kommune  /da/soenderborg/ on dk.localhost  replicate, translated into English
                                                          (/en/soenderborg/, "Sonderborg")
    Tartu linn          /et/tartu/ on ee.localhost        attitude
"""

import datetime
import json
from html.parser import HTMLParser

from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from wagtail.test.utils.form_data import querydict_from_html

import pytest

from national_sites.translation import translate
from solutions.models import CityPage, MembershipStage, MembershipStageChange
from solutions.stage_history import record_stage_change
from tests.query_budget import assert_query_budget
from tests.solutions.conftest import national_home, publish
from tests.solutions.factories import CityPageFactory
from tests.solutions.reading import geojson_path

pytestmark = pytest.mark.django_db

PERMISSION_DENIED_MESSAGE = "Sorry, you do not have permission to access this area."


@pytest.fixture
def cities(network, locales):
    """Sønderborg (Danish, replicate, with its English translation) and Tartu (attitude)."""
    sonderborg = publish(
        CityPageFactory(
            parent=national_home(network, "dk"),
            title="Sønderborg Kommune",
            slug="soenderborg",
            country="DK",
            membership_stage=MembershipStage.REPLICATE,
            location="SRID=4326;POINT(9.7925 54.9094)",
        )
    )
    english = translate(sonderborg, locales["en"], {"Sønderborg Kommune": "Sonderborg"})
    tartu = publish(
        CityPageFactory(
            parent=national_home(network, "ee"),
            title="Tartu linn",
            slug="tartu",
            country="EE",
            membership_stage=MembershipStage.ATTITUDE,
        )
    )
    return {"sonderborg": sonderborg, "english": english, "tartu": tartu}


def change_url(city):
    return reverse("solutions_change_stage", args=[city.pk])


def today():
    return timezone.localdate()


def post_change(client, city, **changes):
    data = {
        "stage": MembershipStage.AWARD,
        "date": today().isoformat(),
        "note": "Received the award at the annual conference in Tartu.",
        "award": "SmartEnCity Award 2025",
    }
    data.update(changes)
    return client.post(change_url(city), data, HTTP_HOST="localhost")


def stages_of(city):
    return sorted(
        CityPage.objects.filter(translation_key=city.translation_key).values_list(
            "locale__language_code", "membership_stage"
        )
    )


def geojson_stage(client, title):
    response = client.get(geojson_path("en"), HTTP_HOST="localhost")
    collection = json.loads(response.content)
    (stage,) = [
        feature["properties"]["stage"]
        for feature in collection["features"]
        if feature["properties"]["name"] == title
    ]
    return stage


def admin_html(client, url):
    response = client.get(url, HTTP_HOST="localhost")
    assert response.status_code == 200, url
    return response.content.decode()


def was_refused(response):
    """Wagtail's admin answers 403, or sends the user to the dashboard with its message."""
    if response.status_code == 403:
        return True
    messages = [str(message).strip() for message in get_messages(response.wsgi_request)]
    return response.status_code == 302 and PERMISSION_DENIED_MESSAGE in messages


# Changing the stage ---------------------------------------------------------------------


def test_a_coordinator_records_a_change_with_its_date_and_note_for_every_translation(
    client, cities, coordinator, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)
    sonderborg = cities["sonderborg"]
    assert geojson_stage(client, "Sonderborg") == "replicate"  # the map's cache is warm

    with django_capture_on_commit_callbacks(execute=True):
        response = post_change(client, sonderborg, date="2025-06-12")

    assert response.status_code == 302
    assert response["Location"] == change_url(sonderborg)
    change = MembershipStageChange.objects.get(city_key=sonderborg.translation_key)
    assert (change.previous_stage, change.stage) == ("replicate", "award")
    assert change.date == datetime.date(2025, 6, 12)
    assert change.note == "Received the award at the annual conference in Tartu."
    assert change.award == "SmartEnCity Award 2025"
    assert change.changed_by == coordinator
    assert stages_of(sonderborg) == [("da", "award"), ("en", "award")]
    # The map reads the new stage on its next request.
    assert geojson_stage(client, "Sonderborg") == "award"


def test_the_change_view_shows_the_history_with_who_changed_what(client, cities, coordinator):
    sonderborg = cities["sonderborg"]
    record_stage_change(
        sonderborg,
        MembershipStage.AWARD,
        date=datetime.date(2025, 6, 12),
        note="Received the award in Tartu.",
        user=coordinator,
        award="SmartEnCity Award 2025",
    )
    client.force_login(coordinator)

    html = client.get(change_url(sonderborg), HTTP_HOST="localhost").content.decode()

    assert "Replicate → Award" in html
    assert "Received the award in Tartu." in html
    assert "SmartEnCity Award 2025" in html
    assert 'datetime="2025-06-12"' in html
    assert "coordinator" in html


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        pytest.param(
            {"award": ""}, "award", "Name the award the city received.", id="award-missing"
        ),
        pytest.param(
            {"stage": MembershipStage.ATTITUDE},
            "award",
            "Leave the award empty: only the Award stage names an award.",
            id="award-not-allowed",
        ),
        pytest.param({"note": "  "}, "note", "This field is required.", id="note-missing"),
        pytest.param(
            {"stage": MembershipStage.REPLICATE, "award": ""},
            "stage",
            "The city is already at the stage “Replicate”.",
            id="same-stage",
        ),
    ],
)
def test_a_wrong_change_is_refused_with_a_clear_message_and_changes_nothing(
    client, cities, coordinator, changes, field, message
):
    client.force_login(coordinator)
    sonderborg = cities["sonderborg"]

    response = post_change(client, sonderborg, **changes)

    assert response.status_code == 200
    assert response.context["form"].errors[field] == [message]
    assert message in response.content.decode()
    assert not MembershipStageChange.objects.exists()
    assert stages_of(sonderborg) == [("da", "replicate"), ("en", "replicate")]


def test_a_date_in_the_future_is_refused(client, cities, coordinator):
    client.force_login(coordinator)
    tomorrow = today() + datetime.timedelta(days=1)

    response = post_change(client, cities["sonderborg"], date=tomorrow.isoformat())

    assert response.context["form"].errors["date"] == ["The date cannot be in the future."]
    assert not MembershipStageChange.objects.exists()


def test_a_date_before_the_last_recorded_change_is_refused(client, cities, coordinator):
    sonderborg = cities["sonderborg"]
    record_stage_change(
        sonderborg, MembershipStage.AWARD, date=today(), note="Awarded.", award="Award 2026"
    )
    client.force_login(coordinator)

    response = post_change(
        client,
        sonderborg,
        stage=MembershipStage.REPLICATE,
        award="",
        date=(today() - datetime.timedelta(days=3)).isoformat(),
    )

    errors = response.context["form"].errors["date"]
    assert len(errors) == 1 and errors[0].startswith("The date cannot be before the last")
    assert MembershipStageChange.objects.count() == 1
    assert stages_of(sonderborg) == [("da", "award"), ("en", "award")]


def test_the_form_offers_the_next_stage_today(client, cities, coordinator):
    client.force_login(coordinator)

    response = client.get(change_url(cities["sonderborg"]), HTTP_HOST="localhost")

    assert response.context["form"]["stage"].value() == MembershipStage.AWARD
    assert response.context["form"]["date"].value() == today()


# Who may change it -----------------------------------------------------------------------


def test_a_danish_moderator_changes_a_danish_citys_stage(client, cities, moderator_dk):
    client.force_login(moderator_dk)

    response = post_change(client, cities["english"])

    assert response.status_code == 302
    assert stages_of(cities["sonderborg"]) == [("da", "award"), ("en", "award")]


@pytest.mark.parametrize("who", ["danish-editor", "estonian-moderator"])
def test_those_who_cannot_publish_the_city_are_refused(client, cities, make_network_user, who):
    groups = {"danish-editor": "Denmark editors", "estonian-moderator": "Estonia moderators"}
    client.force_login(make_network_user(who, groups[who]))
    sonderborg = cities["sonderborg"]

    assert was_refused(client.get(change_url(sonderborg), HTTP_HOST="localhost"))
    assert was_refused(post_change(client, sonderborg))
    assert not MembershipStageChange.objects.exists()
    assert stages_of(sonderborg) == [("da", "replicate"), ("en", "replicate")]


def test_the_change_button_is_offered_only_to_those_who_may_use_it(
    client, cities, moderator_dk, editor_dk
):
    sonderborg = cities["sonderborg"]
    edit_url = reverse("wagtailadmin_pages:edit", args=[sonderborg.pk])
    listing_url = reverse("wagtailadmin_explore", args=[sonderborg.get_parent().pk])

    client.force_login(moderator_dk)
    assert change_url(sonderborg) in admin_html(client, edit_url)
    assert change_url(sonderborg) in admin_html(client, listing_url)

    client.force_login(editor_dk)
    assert change_url(sonderborg) not in admin_html(client, edit_url)
    assert change_url(sonderborg) not in admin_html(client, listing_url)


def test_another_page_type_has_no_stage_to_change(client, network, coordinator):
    client.force_login(coordinator)
    home = national_home(network, "dk")

    response = client.get(change_url(home), HTTP_HOST="localhost")

    assert response.status_code == 404


# The history stays the truth ---------------------------------------------------------------


def test_the_edit_form_shows_the_stage_read_only_with_its_history(client, cities, coordinator):
    sonderborg = cities["sonderborg"]
    record_stage_change(
        sonderborg,
        MembershipStage.AWARD,
        date=datetime.date(2025, 6, 12),
        note="Received the award in Tartu.",
        award="SmartEnCity Award 2025",
    )
    client.force_login(coordinator)

    response = client.get(
        reverse("wagtailadmin_pages:edit", args=[sonderborg.pk]), HTTP_HOST="localhost"
    )

    assert "membership_stage" not in response.context["form"].fields
    html = response.content.decode()
    assert "Current stage: <strong>Award</strong>" in html
    assert "Received the award in Tartu." in html
    assert change_url(sonderborg) in html


def test_publishing_an_old_revision_does_not_bring_the_old_stage_back(client, cities):
    sonderborg = cities["sonderborg"]
    old_revision = sonderborg.latest_revision  # written at stage "replicate"
    record_stage_change(
        sonderborg, MembershipStage.AWARD, date=today(), note="Awarded.", award="Award 2026"
    )

    old_revision.publish()
    translate(sonderborg.specific_class.objects.get(pk=sonderborg.pk), cities["english"].locale)

    assert stages_of(sonderborg) == [("da", "award"), ("en", "award")]
    page = client.get("/en/soenderborg/", HTTP_HOST="dk.localhost").content.decode()
    assert 'aria-current="step"' in page


def test_posting_the_edit_form_with_a_stage_does_not_change_it(client, cities, coordinator):
    """An old browser tab, or a crafted request, cannot set the stage through the page form."""
    sonderborg = cities["sonderborg"]
    client.force_login(coordinator)
    edit_url = reverse("wagtailadmin_pages:edit", args=[sonderborg.pk])
    html = client.get(edit_url, HTTP_HOST="localhost").content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    data["body-count"] = data["contact_links-count"] = "0"
    data["membership_stage"] = MembershipStage.AWARENESS
    data["action-publish"] = "action-publish"

    response = client.post(edit_url, data, HTTP_HOST="localhost")

    assert response.status_code == 302  # published
    assert sonderborg.revisions.count() == 2
    assert stages_of(sonderborg) == [("da", "replicate"), ("en", "replicate")]


# The public progress line ---------------------------------------------------------------


class ProgressLine(HTMLParser):
    """The steps of the page's stage line: [(text, aria-current, classes)]."""

    def __init__(self):
        super().__init__()
        self.steps = []
        self.in_line = False
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "ol" and "stage-line" in (attrs.get("class") or "").split():
            self.in_line = True
        elif self.in_line and tag == "li":
            self.steps.append(["", attrs.get("aria-current"), attrs.get("class", "").split()])

    def handle_endtag(self, tag):
        if tag == "ol":
            self.in_line = False

    def handle_data(self, data):
        if self.in_line and self.steps:
            self.steps[-1][0] += data

    def read(self, html):
        self.feed(html)
        return [
            (" ".join(text.split()), current, classes) for text, current, classes in self.steps
        ]


def progress_line(client, host, path):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200
    return ProgressLine().read(response.content.decode())


def test_the_city_page_shows_the_five_steps_with_the_current_one_marked(client, cities):
    steps = progress_line(client, "ee.localhost", "/et/tartu/")

    assert [current for _text, current, _classes in steps] == [None, None, "step", None, None]
    states = [
        next(name for name in classes if name.startswith("stage-line__step--"))
        for _text, _current, classes in steps
    ]
    assert states == [
        "stage-line__step--done",
        "stage-line__step--done",
        "stage-line__step--current",
        "stage-line__step--next",
        "stage-line__step--next",
    ]


def test_the_progress_line_shows_dates_reached_and_the_award(client, cities):
    sonderborg = cities["sonderborg"]
    record_stage_change(
        sonderborg, MembershipStage.ATTITUDE, date=datetime.date(2024, 3, 5), note="Check-up."
    )
    record_stage_change(
        sonderborg, MembershipStage.REPLICATE, date=datetime.date(2024, 11, 20), note="IEP."
    )
    record_stage_change(
        sonderborg,
        MembershipStage.AWARD,
        date=datetime.date(2025, 6, 12),
        note="Awarded.",
        award="SmartEnCity Award 2025",
    )

    steps = progress_line(client, "dk.localhost", "/en/soenderborg/")

    texts = [text for text, _current, _classes in steps]
    assert [current for _text, current, _classes in steps] == [None, None, None, None, "step"]
    assert "Reached on" not in texts[0] and "Reached on" not in texts[1]  # not recorded
    assert "Reached on March 5, 2024" in texts[2]
    assert "Reached on Nov. 20, 2024" in texts[3]
    assert all("(completed)" in text for text in texts[:4])
    assert "Award (current stage)" in texts[4]
    assert "Reached on June 12, 2025" in texts[4]
    assert "SmartEnCity Award 2025" in texts[4]


def test_the_city_page_stays_in_budget_whatever_its_history(client, cities):
    sonderborg = cities["sonderborg"]
    counts = []
    for number in range(2):
        for day in range(1, 11):
            stage = [MembershipStage.ATTITUDE, MembershipStage.REPLICATE][day % 2]
            record_stage_change(
                sonderborg, stage, date=datetime.date(2024, 1 + number, day), note="Moved."
            )
        counts.append(assert_query_budget(client, "dk.localhost", "/da/soenderborg/"))
    assert counts[0] == counts[1]
