"""Organisers see and export their own site's registrations in the admin, and nobody else's.

Three events, with their registrations:

    event                 site  registrations
    Varmeplanlægning      dk    Mette Holm (Aarhus Kommune, confirmed; on the Danish page)
    (Heat planning, en)         John Smith (Sonderborg Municipality, waiting; on the English
                                translation of the Danish event)
    Linnaandmete päev     ee    Kadri Kask (Tartu linn, confirmed)
    Network meeting       eu    Ann Example (City of Brussels, confirmed)

The matrix: who × (menu, listing, CSV export, detail page, event filter choices).
"""

import csv
import datetime
import io

from django.core import mail
from django.test import Client
from django.urls import reverse

import pytest

from events.models import Registration, RegistrationStatus
from national_sites.translation import translate
from tests.conftest import make_user
from tests.events.factories import EventIndexPageFactory, EventPageFactory
from tests.national_sites.permission_helpers import admin_refusal, client_for
from tests.solutions.conftest import national_home, publish

pytestmark = pytest.mark.django_db

INDEX_URL = "/admin/events_registrations/"
REGISTERED = datetime.datetime(2026, 11, 2, 9, 30, tzinfo=datetime.UTC)


def register(event, name, organisation, city, country, email, language, status, minutes):
    return Registration.objects.create(
        event_key=event.translation_key,
        event=event,
        name=name,
        organisation=organisation,
        city=city,
        country=country,
        email=email,
        language=language,
        status=status,
        registered_at=REGISTERED + datetime.timedelta(minutes=minutes),
        confirmed_at=(
            REGISTERED + datetime.timedelta(minutes=minutes)
            if status == RegistrationStatus.CONFIRMED
            else None
        ),
    )


@pytest.fixture
def events(network, event_indexes, locales):
    estonian_index = publish(
        EventIndexPageFactory(
            parent=national_home(network, "ee"), title="Üritused", slug="uritused"
        )
    )
    danish = publish(
        EventPageFactory(parent=event_indexes["dk"], title="Varmeplanlægning", slug="varme")
    )
    english = translate(danish, locales["en"], {"Varmeplanlægning": "Heat planning"})
    estonian = publish(EventPageFactory(parent=estonian_index, title="Linnaandmete päev"))
    european = publish(EventPageFactory(parent=event_indexes["eu"], title="Network meeting"))
    return {"dk": danish, "dk-en": english, "ee": estonian, "eu": european}


@pytest.fixture
def registrations(events):
    confirmed, waiting = RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING
    return {
        "Mette Holm": register(events["dk"], "Mette Holm", "Aarhus Kommune", "Aarhus", "DK",
                               "mette@aarhus.example", "da", confirmed, 0),
        "John Smith": register(events["dk-en"], "John Smith", "Sonderborg Municipality",
                               "Sønderborg", "DK", "john@sonderborg.example", "en", waiting, 5),
        "Kadri Kask": register(events["ee"], "Kadri Kask", "Tartu linn", "Tartu", "EE",
                               "kadri@tartu.example", "et", confirmed, 10),
        "Ann Example": register(events["eu"], "Ann Example", "City of Brussels", "Brussels",
                                "BE", "ann@example.org", "en", confirmed, 15),
    }  # fmt: skip


@pytest.fixture
def users(db, editor_dk, moderator_dk, coordinator, translator):
    return {
        "Danish editor": editor_dk,
        "Danish moderator": moderator_dk,
        "Estonian editor": make_user("editor-ee", "Estonia editors"),
        "coordinator": coordinator,
        "superuser": make_user("admin", superuser=True),
        "translator": translator,
    }


ALL = {"Mette Holm", "John Smith", "Kadri Kask", "Ann Example"}
# Who sees which registrations, and the events their filter offers.
SEES = {
    "Danish editor": ({"Mette Holm", "John Smith"}, {"Varmeplanlægning"}),
    "Danish moderator": ({"Mette Holm", "John Smith"}, {"Varmeplanlægning"}),
    "Estonian editor": ({"Kadri Kask"}, {"Linnaandmete päev"}),
    "coordinator": (ALL, {"Varmeplanlægning", "Linnaandmete päev", "Network meeting"}),
    "superuser": (ALL, {"Varmeplanlægning", "Linnaandmete päev", "Network meeting"}),
}


def csv_rows(response):
    assert response["Content-Type"].startswith("text/csv"), response["Content-Type"]
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(content)))


def inspect_url(registration):
    return f"{INDEX_URL}inspect/{registration.pk}/"


def names_in(html):
    return {name for name in ALL if name in html}


def event_options(html):
    """The titles offered by the event filter's drop-down."""
    select = html.split('name="event"', 1)[1].split("</select>", 1)[0]
    return {
        title
        for title in ("Varmeplanlægning", "Heat planning", "Linnaandmete päev", "Network meeting")
        if f">{title} (" in select
    }


@pytest.mark.parametrize("who", sorted(SEES))
def test_an_organiser_sees_and_exports_their_own_sites_registrations(who, users, registrations):
    visible, offered_events = SEES[who]
    client = client_for(users[who])

    dashboard = client.get("/admin/").content.decode()
    listing = client.get(INDEX_URL)
    export = client.get(f"{INDEX_URL}?export=csv")

    assert f'"url": "{INDEX_URL}"' in dashboard  # the menu's entry
    assert listing.status_code == 200
    html = listing.content.decode()
    assert names_in(html) == visible
    assert event_options(html) == offered_events
    rows = csv_rows(export)
    assert {row[0] for row in rows[1:]} == visible
    for name, registration in registrations.items():
        detail = client.get(inspect_url(registration))
        if name in visible:
            assert detail.status_code == 200 and name in detail.content.decode()
        else:
            assert detail.status_code == 404, (who, name)


@pytest.mark.parametrize("who", ["translator"])
def test_someone_who_organises_no_event_sees_no_registration(who, users, registrations):
    client = client_for(users[who])

    dashboard = client.get("/admin/").content.decode()

    assert INDEX_URL not in dashboard
    for url in (INDEX_URL, f"{INDEX_URL}?export=csv", f"{INDEX_URL}results/"):
        assert admin_refusal(client.get(url)), url
    for registration in registrations.values():
        assert admin_refusal(client.get(inspect_url(registration)))


def test_anonymous_visitors_are_sent_to_the_login(registrations):
    client = Client()
    for url in (
        INDEX_URL,
        f"{INDEX_URL}?export=csv",
        inspect_url(registrations["Mette Holm"]),
    ):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response.url, url


def test_the_export_lists_each_registration_of_the_event_in_every_language(
    users, events, registrations
):
    client = client_for(users["Danish editor"])

    export = client.get(f"{INDEX_URL}?event={events['dk'].pk}&export=csv")

    assert csv_rows(export) == [
        [
            "Name",
            "Organisation",
            "City",
            "Country",
            "E-mail",
            "Event",
            "Language",
            "Status",
            "Registered",
            "Place confirmed",
            "Cancelled",
        ],
        [
            "Mette Holm",
            "Aarhus Kommune",
            "Aarhus",
            "Denmark",
            "mette@aarhus.example",
            "Varmeplanlægning",
            "Danish",
            "Confirmed",
            "2026-11-02 09:30:00+00:00",
            "2026-11-02 09:30:00+00:00",
            "",
        ],
        [
            "John Smith",
            "Sonderborg Municipality",
            "Sønderborg",
            "Denmark",
            "john@sonderborg.example",
            "Heat planning",
            "English",
            "On the waiting list",
            "2026-11-02 09:35:00+00:00",
            "",
            "",
        ],
    ]


def test_filters_narrow_the_list_and_another_sites_event_is_no_choice(
    users, events, registrations
):
    client = client_for(users["Danish editor"])

    waiting = client.get(f"{INDEX_URL}?status=waiting").content.decode()
    forged = client.get(f"{INDEX_URL}?event={events['ee'].pk}").content.decode()
    forged_export = csv_rows(client.get(f"{INDEX_URL}?event={events['ee'].pk}&export=csv"))

    assert names_in(waiting) == {"John Smith"}
    assert names_in(forged) == {"Mette Holm", "John Smith"}
    assert "Select a valid choice" in forged
    assert {row[0] for row in forged_export[1:]} == {"Mette Holm", "John Smith"}


def test_organisers_search_by_name_organisation_and_e_mail(users, registrations):
    client = client_for(users["Danish editor"])

    def found(query):
        return names_in(client.get(INDEX_URL, {"q": query}).content.decode())

    assert found("mette") == {"Mette Holm"}
    assert found("sonderborg municipality") == {"John Smith"}
    assert found("john@sonderborg") == {"John Smith"}
    # Another site's registrations are not found either.
    assert found("tartu") == set()


def test_the_event_page_links_to_its_registrations(users, events, registrations):
    danish_editor = client_for(users["Danish editor"])
    estonian_editor = client_for(users["Estonian editor"])
    edit_url = reverse("wagtailadmin_pages:edit", args=[events["dk"].pk])
    link = f'href="{INDEX_URL}?event={events["dk"].pk}"'

    assert link in danish_editor.get(edit_url).content.decode()
    assert link not in estonian_editor.get(edit_url).content.decode()


def test_registrations_are_neither_added_changed_nor_deleted_in_the_admin(users, registrations):
    client = client_for(users["coordinator"])
    mette = registrations["Mette Holm"]

    listing = client.get(INDEX_URL).content.decode()

    assert f"{INDEX_URL}new/" not in listing and f"{INDEX_URL}edit/" not in listing
    for url in (
        f"{INDEX_URL}new/",
        f"{INDEX_URL}edit/{mette.pk}/",
        f"{INDEX_URL}delete/{mette.pk}/",
        f"{INDEX_URL}history/{mette.pk}/",
    ):
        assert admin_refusal(client.get(url)), url
        assert admin_refusal(client.post(url, {"name": "Changed"})), url
    mette.refresh_from_db()
    assert mette.name == "Mette Holm"


def cancel_url(registration):
    return f"{INDEX_URL}cancel/{registration.pk}/"


def test_an_organiser_cancels_a_registration_and_the_waiting_list_moves_up(
    users, events, registrations
):
    events["dk"].capacity = 1
    publish(events["dk"])
    mette, john = registrations["Mette Holm"], registrations["John Smith"]
    client = client_for(users["Danish editor"])

    detail = client.get(inspect_url(mette)).content.decode()
    confirm = client.get(cancel_url(mette)).content.decode()
    assert f'href="{cancel_url(mette)}"' in detail
    assert "Cancel the registration of Mette Holm for “Varmeplanlægning”?" in confirm
    mette.refresh_from_db()
    assert mette.status == RegistrationStatus.CONFIRMED

    response = client.post(cancel_url(mette), follow=True)

    assert (
        "The registration of Mette Holm is cancelled. 1 person moved up from the waiting list"
        in (response.content.decode())
    )
    mette.refresh_from_db()
    john.refresh_from_db()
    assert (mette.status, john.status) == (
        RegistrationStatus.CANCELLED,
        RegistrationStatus.CONFIRMED,
    )
    assert [message.to for message in mail.outbox] == [["john@sonderborg.example"]]
    assert f'href="{cancel_url(mette)}"' not in client.get(inspect_url(mette)).content.decode()


def test_nobody_cancels_another_sites_registration(users, registrations):
    mette = registrations["Mette Holm"]

    estonian = client_for(users["Estonian editor"])
    assert estonian.get(cancel_url(mette)).status_code == 404
    assert estonian.post(cancel_url(mette)).status_code == 404
    assert admin_refusal(client_for(users["translator"]).post(cancel_url(mette)))
    response = Client().post(cancel_url(mette))
    assert response.status_code == 302 and "/admin/login/" in response.url

    mette.refresh_from_db()
    assert mette.status == RegistrationStatus.CONFIRMED and not mail.outbox
