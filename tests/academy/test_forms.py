"""What an editor types in a session's form: local times, and topics and cities of the
page's own language only."""

from datetime import datetime
from zoneinfo import ZoneInfo

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from academy.models import AcademySessionPage
from national_sites.translation import translate
from tests.solutions.conftest import national_home, publish
from tests.solutions.factories import CityPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_user(make_network_user):
    return make_network_user("academy-admin", superuser=True)


def session_form(academy, admin_user, instance=None, topics=(), cities=(), **fields):
    form_class = AcademySessionPage.get_edit_handler().get_form_class()
    data = {
        "title": "Step 4: action plan",
        "slug": "step-4",
        "starts_at": "2099-03-12 10:00",
        "time_zone": "Europe/Lisbon",
        "duration_minutes": 90,
        "description": rich_text("<p>Writing the plan.</p>"),
        "speakers": streamfield([]),
        "video_url": "",
        **fields,
    }
    # Choices of several values go in as lists, as a browser posts them.
    data = {**nested_form_data(data), "topics": list(topics), "cities": list(cities)}
    return form_class(
        data,
        instance=instance or AcademySessionPage(locale=academy.locale),
        parent_page=academy,
        for_user=admin_user,
    )


def test_the_start_is_read_in_the_events_own_time_zone(academy, admin_user):
    form = session_form(academy, admin_user)

    assert form.is_valid(), form.errors
    # 10:00 in Lisbon in March is 10:00 UTC, though the server's zone is Brussels.
    assert form.cleaned_data["starts_at"] == datetime(2099, 3, 12, 10, tzinfo=ZoneInfo("UTC"))


def test_the_form_shows_the_start_in_the_events_time_zone(academy, admin_user):
    page = AcademySessionPage(
        locale=academy.locale,
        starts_at=datetime(2099, 3, 12, 10, tzinfo=ZoneInfo("Europe/Sofia")),
        time_zone="Europe/Sofia",
    )

    form = session_form(academy, admin_user, instance=page)

    assert form.initial["starts_at"] == datetime(2099, 3, 12, 10)


def test_an_unknown_time_zone_is_refused(academy, admin_user):
    form = session_form(academy, admin_user, time_zone="Mars/Olympus_Mons")

    assert not form.is_valid()
    assert "time_zone" in form.errors


def test_only_topics_and_cities_of_the_pages_language_are_offered(
    academy, admin_user, network, locales, topics
):
    danish_city = publish(CityPageFactory(parent=national_home(network, "dk"), slug="vejle"))
    english_city = translate(danish_city, locales["en"])
    form = session_form(
        academy,
        admin_user,
        topics=[topics["en"]["urban-data"].pk],
        cities=[english_city.pk],
    )

    assert set(form.fields["topics"].queryset) == set(topics["en"].values())
    assert list(form.fields["cities"].queryset) == [english_city]
    assert form.is_valid(), form.errors
    assert list(form.cleaned_data["topics"]) == [topics["en"]["urban-data"]]
    assert list(form.cleaned_data["cities"]) == [english_city]


def test_a_topic_or_city_of_another_language_is_refused(
    academy, admin_user, network, locales, topics
):
    danish_city = publish(CityPageFactory(parent=national_home(network, "dk"), slug="vejle"))
    form = session_form(
        academy,
        admin_user,
        topics=[topics["da"]["urban-data"].pk],
        cities=[danish_city.pk],
    )

    assert not form.is_valid()
    assert "Select a valid choice" in str(form.errors["topics"])
    assert "Select a valid choice" in str(form.errors["cities"])
