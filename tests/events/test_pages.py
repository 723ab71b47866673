"""What visitors see on an event's page: when (in the event's zone and their language), where,
who speaks, what it covers, and whether they can still register."""

import re
from datetime import timedelta

from django.core.cache import caches
from django.urls import reverse
from django.utils import timezone

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from events.listing import forget_event_counts
from events.models import Registration, RegistrationStatus
from national_sites.translation import translate
from smartencity import page_cache
from tests.events.conftest import DK_HOST, FUTURE, PAST, at
from tests.events.factories import EventPageFactory
from tests.solutions.conftest import national_home, publish
from tests.solutions.factories import CityPageFactory

pytestmark = pytest.mark.django_db


def get(client, path, host="localhost", status=200):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == status, f"{path} answered {response.status_code}"
    return response.content.decode()


def event(index, slug, moment=FUTURE, zone="Europe/Tallinn", hours=3, **kwargs):
    return publish(
        EventPageFactory(
            parent=index,
            slug=slug,
            starts_at=at(moment, zone),
            ends_at=at(moment, zone) + timedelta(hours=hours),
            time_zone=zone,
            **kwargs,
        )
    )


def register(page, number, status=RegistrationStatus.CONFIRMED):
    return Registration.objects.create(
        event_key=page.translation_key,
        event=page,
        name=f"Person {number}",
        organisation="City",
        city="Tartu",
        country="EE",
        email=f"person{number}@example.org",
        language="en",
        status=status,
    )


def main(html):
    return html[html.index('<main id="main"') : html.index("</main>")]


def test_an_event_shows_its_time_in_its_own_zone_with_utc_instants(client, event_indexes):
    event(event_indexes["eu"], "tallinn", title="Heat planning in Tallinn")

    html = get(client, "/en/events/tallinn/")

    # 10:00 in Tallinn (EET, UTC+2) is 08:00 UTC.
    assert '<time datetime="2099-01-15T08:00:00Z">Jan. 15, 2099, 10:00</time>' in html
    assert '<time datetime="2099-01-15T11:00:00Z">13:00</time>' in html
    assert '<abbr title="Europe/Tallinn">EET</abbr>' in html
    assert 'data-zone="Europe/Tallinn"' in html and 'data-label-yours="Your time:"' in html
    assert "Capacity-building workshop" in html


def test_an_event_is_dated_in_the_visitors_language(client, event_indexes, locales):
    page = event(event_indexes["eu"], "tallinn", title="Heat planning in Tallinn")
    translate(page, locales["it"], {"Heat planning in Tallinn": "Pianificazione a Tallinn"})

    html = get(client, "/it/events/tallinn/")

    assert "Pianificazione a Tallinn" in html
    # Django's Italian date format, month name and all ("d F Y").
    assert '<time datetime="2099-01-15T08:00:00Z">15 Gennaio 2099, 10:00</time>' in html
    assert '<abbr title="Europe/Tallinn">EET</abbr>' in html


def test_the_time_script_is_an_external_file_and_the_page_has_no_inline_script(
    client, event_indexes
):
    event(event_indexes["eu"], "tallinn")

    html = get(client, "/en/events/tallinn/")

    assert re.search(r'<script src="[^"]*events/js/event-time\.js" defer></script>', html)
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)


def test_an_event_in_person_shows_its_venue_address_and_map(client, event_indexes):
    event(
        event_indexes["eu"],
        "tallinn",
        venue="Tallinn City Hall",
        address="Raekoja plats 1, Tallinn",
        location="SRID=4326;POINT(24.7453 59.4372)",
    )

    html = main(get(client, "/en/events/tallinn/"))

    assert "Tallinn City Hall, Raekoja plats 1, Tallinn" in html
    assert 'data-lat="59.4372"' in html and 'data-lng="24.7453"' in html
    assert 'data-tile-url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"' in html
    page = get(client, "/en/events/tallinn/")
    assert "leaflet/leaflet.css" in page and "events/js/event-map.js" in page


def test_an_online_event_shows_its_link_and_no_map(client, event_indexes):
    event(
        event_indexes["eu"],
        "online",
        venue="",
        address="",
        location="",
        online_url="https://meet.example.org/energy",
    )

    html = get(client, "/en/events/online/")

    assert 'Online: <a href="https://meet.example.org/energy"' in html
    assert "data-lat" not in html and "leaflet" not in html


def test_an_event_shows_its_agenda_speakers_and_topics(client, event_indexes, topics):
    event(
        event_indexes["eu"],
        "tallinn",
        agenda=[
            ("item", {"starts_at": "09:30", "title": "Welcome", "description": "Coffee first"}),
            ("item", {"starts_at": "10:15", "title": "Heat maps", "description": ""}),
        ],
        speakers=[("speaker", {"name": "Mari Tamm", "role": "Planner", "organisation": "Tartu"})],
        topics=[topics["en"]["district-heating"]],
    )

    html = main(get(client, "/en/events/tallinn/"))

    agenda = html[html.index('id="event-agenda-heading"') :]
    assert re.search(r"09:30</span> <span[^>]*>Welcome</span>.*Coffee first", agenda, re.S)
    assert agenda.index("Welcome") < agenda.index("Heat maps")
    assert "Mari Tamm" in html and "Planner" in html
    assert "District heating" in html


def test_an_event_names_its_cities_in_the_visitors_language(
    client, network, event_indexes, locales
):
    aarhus = publish(
        CityPageFactory(parent=national_home(network, "dk"), title="Aarhus Kommune", slug="aarhus")
    )
    translate(aarhus, locales["en"], {"Aarhus Kommune": "Municipality of Aarhus"})
    page = event(event_indexes["eu"], "tallinn", cities=[aarhus])
    translate(page, locales["it"])

    english = main(get(client, "/en/events/tallinn/"))
    italian = main(get(client, "/it/events/tallinn/"))

    assert '<a href="http://dk.localhost/en/aarhus/">Municipality of Aarhus</a>' in english
    assert "Aarhus Kommune" not in english
    # Not translated into Italian: the Danish page, marked as Danish.
    assert (
        '<a href="http://dk.localhost/da/aarhus/" lang="da" hreflang="da">Aarhus Kommune</a>'
        in italian
    )
    assert '<span lang="da">Dansk</span>' in italian


def test_places_left_count_confirmed_registrations_in_every_language(
    client, event_indexes, locales
):
    page = event(event_indexes["eu"], "tallinn", capacity=3)
    danish = translate(page, locales["da"])
    register(page, 1)
    register(danish, 2)
    register(page, 3, status=RegistrationStatus.WAITING)
    register(page, 4, status=RegistrationStatus.CANCELLED)

    html = main(get(client, "/en/events/tallinn/"))

    assert "1 place left" in html
    assert '<a class="button" href="/en/events/tallinn/register/">Register</a>' in html
    assert "1 place left" in main(get(client, "/en/events/"))


def test_a_full_event_offers_the_waiting_list(client, event_indexes):
    page = event(event_indexes["eu"], "tallinn", capacity=2)
    register(page, 1)
    register(page, 2)

    html = main(get(client, "/en/events/tallinn/"))

    assert "Full — waiting list" in html
    assert 'href="/en/events/tallinn/register/">Join the waiting list</a>' in html


def test_a_closed_event_has_no_register_link(client, event_indexes):
    event(event_indexes["eu"], "tallinn", registration_open=False)

    html = main(get(client, "/en/events/tallinn/"))

    assert "Registration closed" in html
    assert "register/" not in html
    assert 'href="/en/events/tallinn/calendar/"' in html


def test_an_event_under_way_is_closed_but_still_offers_its_calendar_file(client, event_indexes):
    publish(
        EventPageFactory(
            parent=event_indexes["eu"],
            slug="now",
            starts_at=timezone.now() - timedelta(hours=1),
            ends_at=timezone.now() + timedelta(hours=2),
        )
    )

    html = main(get(client, "/en/events/now/"))

    assert "Registration closed" in html and "register/" not in html
    assert "calendar/" in html


def test_a_past_event_is_over_without_register_or_calendar_links(client, event_indexes):
    event(event_indexes["eu"], "done", moment=PAST)

    html = main(get(client, "/en/events/done/"))

    assert "This event is over." in html
    assert "register/" not in html and "calendar/" not in html


# The page cache


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True
    caches[page_cache.PAGE_CACHE_ALIAS].clear()
    yield
    caches[page_cache.PAGE_CACHE_ALIAS].clear()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what the block changes as if it had been committed."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def visit(client, path, host="localhost"):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200
    return response


def test_event_pages_and_indexes_are_cached_for_anonymous_visitors(
    client, event_indexes, page_cache_on
):
    event(event_indexes["eu"], "tallinn")

    for path in ("/en/events/", "/en/events/tallinn/", "/en/events/calendar/"):
        assert visit(client, path)["X-Page-Cache"] == "miss"
        assert visit(client, path)["X-Page-Cache"] == "hit"


def test_publishing_a_danish_event_shows_on_the_european_index_at_once(
    client, event_indexes, locales, page_cache_on, committed
):
    assert "Energiplanlægning i Aarhus" not in visit(client, "/da/events/").content.decode()
    assert visit(client, "/da/events/")["X-Page-Cache"] == "hit"

    with committed():
        event(event_indexes["dk"], "aarhus", title="Energiplanlægning i Aarhus")

    response = visit(client, "/da/events/")
    assert response["X-Page-Cache"] == "miss"
    assert "Energiplanlægning i Aarhus" in response.content.decode()
    assert (
        "Energiplanlægning i Aarhus"
        in visit(client, "/da/arrangementer/", DK_HOST).content.decode()
    )


def test_a_new_registration_changes_the_cached_places_left(
    client, event_indexes, page_cache_on, committed
):
    page = event(event_indexes["eu"], "tallinn", capacity=5)
    for path in ("/en/events/tallinn/", "/en/events/"):
        assert "5 places left" in visit(client, path).content.decode()
        assert visit(client, path)["X-Page-Cache"] == "hit"

    with committed():
        register(page, 1)
        forget_event_counts(page.translation_key)

    for path in ("/en/events/tallinn/", "/en/events/"):
        response = visit(client, path)
        assert response["X-Page-Cache"] == "miss"
        assert "4 places left" in response.content.decode()


def test_events_are_found_by_the_site_search(client, event_indexes):
    event(
        event_indexes["eu"],
        "tallinn",
        title="Geothermal planning workshop",
        description="<p>Drilling for heat.</p>",
    )

    response = client.get("/en/search/", {"q": "geothermal"}, HTTP_HOST="localhost")

    titles = re.findall(
        r'class="search-result__title"><a href="([^"]*)">(.*?)</a>', response.content.decode()
    )
    assert [(url, re.sub(r"<[^>]+>", "", title)) for url, title in titles] == [
        ("/en/events/tallinn/", "Geothermal planning workshop")
    ]


def test_an_editor_previews_a_new_event_with_its_cities(
    client, network, event_indexes, make_network_user
):
    aarhus = publish(
        CityPageFactory(parent=national_home(network, "dk"), title="Aarhus Kommune", slug="aarhus")
    )
    client.force_login(make_network_user("events-previewer", superuser=True))
    url = reverse(
        "wagtailadmin_pages:preview_on_add", args=("events", "eventpage", event_indexes["eu"].pk)
    )
    data = {
        **nested_form_data(
            {
                "title": "Draft workshop",
                "slug": "draft",
                "kind": "workshop",
                "starts_at": "2099-03-12 10:00",
                "ends_at": "2099-03-12 13:00",
                "time_zone": "Europe/Tallinn",
                "online_url": "",
                "venue": "Tallinn City Hall",
                "address": "Raekoja plats 1, Tallinn",
                "location": "",
                "description": rich_text("<p>Planning together.</p>"),
                "agenda": streamfield([]),
                "speakers": streamfield([]),
                "capacity": 30,
                "registration_open": "on",
                "reminder_days": 2,
            }
        ),
        "cities": [aarhus.pk],
    }

    assert client.post(url, data, HTTP_HOST="localhost").json()["is_valid"]
    html = get(client, url)

    assert "Draft workshop" in html
    assert ">Aarhus Kommune</a>" in html
    assert '<time datetime="2099-03-12T08:00:00Z">' in html
