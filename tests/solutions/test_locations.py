"""A city's location: what CityPage.clean() and the admin accept, and what they refuse."""

from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.utils import translation

from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest

from solutions.models import CityPage, MembershipStage, Role

pytestmark = pytest.mark.django_db

# value, words the editor must read in the message
BAD_LOCATIONS = [
    pytest.param("Tartu, Estonia", "SRID=4326;POINT(longitude latitude)", id="not-a-point"),
    pytest.param(
        "SRID=4326;POINT(26.7290)", "SRID=4326;POINT(longitude latitude)", id="one-number"
    ),
    pytest.param("SRID=4326;POINT(26,7 58,3)", "SRID=4326;POINT(longitude latitude)", id="commas"),
    pytest.param(
        "SRID=4326;POINT(26.729 90.5)", "latitude must be between -90 and 90", id="lat>90"
    ),
    pytest.param(
        "SRID=4326;POINT(26.729 -91)", "latitude must be between -90 and 90", id="lat<-90"
    ),
    pytest.param(
        "SRID=4326;POINT(180.01 58.378)", "longitude must be between -180 and 180", id="lng>180"
    ),
    pytest.param(
        "SRID=4326;POINT(-200 58.378)", "longitude must be between -180 and 180", id="lng<-180"
    ),
    pytest.param("SRID=3857;POINT(2975452 8059240)", "must use SRID 4326", id="srid-3857"),
]

GOOD_LOCATIONS = [
    pytest.param("SRID=4326;POINT(26.729 58.378)", (58.378, 26.729), id="tartu"),
    pytest.param("SRID=4326;POINT(-2.6727 42.8467)", (42.8467, -2.6727), id="negative-lng"),
    pytest.param("SRID=4326;POINT(180 -90)", (-90.0, 180.0), id="edges"),
    pytest.param("POINT(9.7925 54.9094)", (54.9094, 9.7925), id="srid-left-out"),
    pytest.param("", None, id="empty"),
    pytest.param("   ", None, id="blank"),
]


def unsaved_city(home, location):
    return CityPage(
        title="Tartu linn",
        slug="tartu",
        country="EE",
        role=Role.LIGHTHOUSE,
        membership_stage=MembershipStage.AWARD,
        location=location,
        locale=home.locale,
    )


@pytest.mark.parametrize(("location", "message"), BAD_LOCATIONS)
def test_clean_refuses_a_bad_location_with_a_clear_message(network, location, message):
    city = unsaved_city(network["ee"].root_page, location)

    # No request here: say which language the editor reads the message in.
    with translation.override("en"), pytest.raises(ValidationError) as refused:
        city.clean()

    assert message in " ".join(refused.value.messages)


def test_clean_puts_a_location_error_on_the_location_field(network):
    city = unsaved_city(network["ee"].root_page, "SRID=4326;POINT(26.729 90.5)")

    with pytest.raises(ValidationError) as refused:
        city.clean()

    assert hasattr(refused.value, "error_dict"), (
        f"CityPage.clean() raised a non-field error {refused.value.messages}; "
        "it should be raised as {'location': ...}"
    )
    assert list(refused.value.message_dict) == ["location"]


@pytest.mark.parametrize(("location", "point"), GOOD_LOCATIONS)
def test_clean_accepts_a_good_or_empty_location_and_derives_the_coordinates(
    network, location, point
):
    city = unsaved_city(network["ee"].root_page, location)

    city.clean()

    assert city.point == point


def test_saving_derives_latitude_and_longitude_from_the_location(network):
    home = network["ee"].root_page
    city = unsaved_city(home, "SRID=4326;POINT(26.729 58.378)")
    home.add_child(instance=city)

    city.refresh_from_db()
    assert (city.latitude, city.longitude) == (58.378, 26.729)

    city.location = ""
    city.save()
    city.refresh_from_db()
    assert (city.latitude, city.longitude) == (None, None)


# The admin create form -------------------------------------------------------------------


@pytest.fixture
def admin_client(client, make_network_user):
    client.force_login(make_network_user("site-admin", superuser=True))
    return client


def create_city(admin_client, parent, location, follow=False):
    """POST the admin's "create a city" form under `parent`, publishing the city."""
    data = nested_form_data(
        {
            "title": "Ærø Kommune",
            "slug": "aero",
            "country": "DK",
            "role": Role.MEMBER,
            "membership_stage": MembershipStage.AWARENESS,
            "address": "",
            "location": location,
            "intro": "",
            "body": streamfield([]),
            "contact_links": streamfield([]),
            "action-publish": "action-publish",
        }
    )
    return admin_client.post(
        f"/admin/pages/add/solutions/citypage/{parent.pk}/",
        data,
        HTTP_HOST="localhost",
        follow=follow,
    )


@pytest.mark.parametrize(("location", "message"), BAD_LOCATIONS)
def test_the_admin_refuses_a_bad_location_with_a_clear_message_and_saves_nothing(
    network, admin_client, location, message
):
    response = create_city(admin_client, network["dk"].root_page, location)

    assert response.status_code == 200  # the form again, not a redirect
    form = response.context["form"]
    assert not form.is_valid()
    assert any(message in error for error in form.errors.values() for error in error)
    assert message in response.content.decode()
    assert not CityPage.objects.exists()


def test_the_admin_shows_a_location_error_on_the_location_field(network, admin_client):
    response = create_city(admin_client, network["dk"].root_page, "SRID=4326;POINT(200 58)")

    form = response.context["form"]
    assert "location" in form.errors, (
        f"the error is not on the location field but on {list(form.errors)}: {form.errors}"
    )
    assert form.errors["location"] == [
        "The longitude must be between -180 and 180 degrees; it is 200.0."
    ]
    assert not CityPage.objects.exists()


@pytest.mark.parametrize(
    ("location", "point"),
    [
        pytest.param("SRID=4326;POINT(10.4136 54.8811)", (54.8811, 10.4136), id="good"),
        pytest.param("", None, id="empty"),
    ],
)
def test_the_admin_saves_and_publishes_a_city_with_a_good_or_empty_location(
    network, admin_client, location, point
):
    response = create_city(admin_client, network["dk"].root_page, location)

    assert response.status_code == 302
    city = CityPage.objects.get()
    assert city.live
    assert city.location == location
    assert city.point == point
    assert city.get_parent().pk == network["dk"].root_page.pk


def test_the_admin_warns_after_saving_a_city_without_a_location(network, admin_client):
    response = create_city(admin_client, network["dk"].root_page, "", follow=True)

    assert response.status_code == 200
    warnings = [
        message.message
        for message in response.context["messages"]
        if message.level_tag == "warning"
    ]
    assert warnings == [
        "“Ærø Kommune” has no location yet: it is listed on the network map but has no pin. "
        "Choose its place on the map in the Location panel."
    ]
    assert "has no location yet" in response.content.decode()


def test_the_admin_does_not_warn_about_a_city_with_a_location(network, admin_client):
    response = create_city(admin_client, network["dk"].root_page, "SRID=4326;POINT(10.4 54.9)")

    assert response.status_code == 302
    levels = [message.level_tag for message in get_messages(response.wsgi_request)]
    assert "warning" not in levels
