"""What event indexes list: upcoming and past apart, filtered, and on the European site the
whole network's events, each in the visitor's language where it is translated."""

import re
from datetime import timedelta

from wagtail.models import PageViewRestriction

import pytest

from national_sites.translation import translate
from tests.events.conftest import DK_HOST, FUTURE, PAST, at
from tests.events.factories import EventIndexPageFactory, EventPageFactory
from tests.solutions.conftest import national_home, publish

pytestmark = pytest.mark.django_db


def get(client, path, host="localhost"):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200, f"{path} answered {response.status_code}"
    return response.content.decode()


def section(html, heading_id):
    match = re.search(
        rf'<section[^>]*aria-labelledby="{heading_id}".*?</section>', html, re.DOTALL
    )
    assert match, f"no section {heading_id}"
    return match.group(0)


def titles(html):
    return re.findall(r'class="event-item__title"><a [^>]*>(.*?)</a>', html)


def upcoming(html):
    return titles(section(html, "upcoming-events-heading"))


def past(html):
    return titles(section(html, "past-events-heading"))


def event(index, title, moment=FUTURE, days=0, **kwargs):
    starts_at = at(moment, "Europe/Brussels") + timedelta(days=days)
    return publish(
        EventPageFactory(
            parent=index,
            title=title,
            slug=kwargs.pop("slug", title.lower().replace(" ", "-")),
            starts_at=starts_at,
            ends_at=starts_at + timedelta(hours=3),
            **kwargs,
        )
    )


def test_upcoming_events_come_soonest_first_and_past_ones_newest_first(client, event_indexes):
    index = event_indexes["eu"]
    event(index, "Later", days=20)
    event(index, "Sooner", days=1)
    event(index, "Long ago", moment=PAST, days=0)
    event(index, "Recently", moment=PAST, days=30)

    html = get(client, "/en/events/")

    assert upcoming(html) == ["Sooner", "Later"]
    assert past(html) == ["Recently", "Long ago"]
    assert 'href="/en/events/sooner/calendar/"' in section(html, "upcoming-events-heading")
    assert "calendar/" not in section(html, "past-events-heading")


def test_past_events_are_paginated_and_a_bad_page_number_shows_a_page(client, event_indexes):
    index = event_indexes["eu"]
    for number in range(12):
        event(index, f"Past {number:02}", moment=PAST, days=number)
    event(index, "Ahead")

    first = get(client, "/en/events/")
    second = get(client, "/en/events/?page=2")

    assert past(first) == [f"Past {number:02}" for number in range(11, 1, -1)]
    assert past(second) == ["Past 01", "Past 00"]
    # The upcoming events are on every page.
    assert upcoming(second) == ["Ahead"]
    assert 'href="?page=2" rel="next"' in first
    for bad in ("x", "-1", "999", "1e9"):
        assert past(get(client, f"/en/events/?page={bad}"))


def test_the_index_filters_by_kind_and_topic(client, event_indexes, topics):
    index = event_indexes["eu"]
    heat = topics["en"]["district-heating"]
    data = topics["en"]["urban-data"]
    event(index, "Heat meeting", kind="meeting", topics=[heat])
    event(index, "Data workshop", kind="workshop", topics=[data, heat])
    event(index, "Data visit", kind="study-visit", topics=[data])

    assert upcoming(get(client, "/en/events/?kind=meeting")) == ["Heat meeting"]
    assert upcoming(get(client, "/en/events/?topic=urban-data")) == ["Data workshop", "Data visit"]
    assert upcoming(get(client, "/en/events/?topic=district-heating&kind=workshop")) == [
        "Data workshop"
    ]
    html = get(client, "/en/events/?kind=study-visit")
    assert '<option value="study-visit" selected>Study visit</option>' in html
    assert "No past event matches this filter." in html


def test_a_topic_slug_matches_whole_words_only(client, event_indexes, topics):
    index = event_indexes["eu"]
    event(index, "Heat", topics=[topics["en"]["district-heating"]])

    html = get(client, "/en/events/?topic=district")

    assert "There is no such topic; choose one from the list." in html
    # A bad value is reported and the whole list shown.
    assert upcoming(html) == ["Heat"]


@pytest.mark.parametrize(
    "query, message",
    [
        ("kind=party", "There is no such kind of event; choose one from the list."),
        ("topic=%3Cscript%3E", "There is no such topic; choose one from the list."),
        ("site=xx", "There is no such network; choose one from the list."),
        ("kind=" + "x" * 5000, "There is no such kind of event; choose one from the list."),
    ],
)
def test_a_bad_filter_value_gives_a_clear_message(client, event_indexes, query, message):
    event(event_indexes["eu"], "Ahead")

    html = get(client, f"/en/events/?{query}")

    assert message in html
    assert 'role="alert"' in html
    assert upcoming(html) == ["Ahead"]
    assert "<script>" not in html.split("</head>")[1].replace("<script src", "")


@pytest.fixture
def network_events(network, event_indexes, locales):
    """A European event (English, translated into Danish), a Danish one (Danish, translated
    into English) and an Estonian one (Estonian only)."""
    european = event(event_indexes["eu"], "European meeting", days=1, slug="european")
    translate(european, locales["da"], {"European meeting": "Europæisk møde"})
    danish = event(event_indexes["dk"], "Dansk workshop", days=2, slug="dansk")
    translate(danish, locales["en"], {"Dansk workshop": "Danish workshop"})
    estonian_index = publish(
        EventIndexPageFactory(
            parent=national_home(network, "ee"), title="Üritused", slug="uritused"
        )
    )
    event(estonian_index, "Eesti õppevisiit", days=3, slug="eesti", kind="study-visit")
    return {"eu": european, "dk": danish}


def test_the_european_index_lists_the_networks_events_in_the_visitors_language(
    client, network_events
):
    english = get(client, "/en/events/")
    danish = get(client, "/da/events/")
    italian = get(client, "/it/events/")

    assert upcoming(english) == ["European meeting", "Danish workshop", "Eesti õppevisiit"]
    assert '<a href="http://dk.localhost/en/arrangementer/dansk/">Danish workshop</a>' in english
    assert upcoming(danish) == ["Europæisk møde", "Dansk workshop", "Eesti õppevisiit"]
    # Italian has no translation: each event once, in its original language, marked.
    assert upcoming(italian) == ["European meeting", "Dansk workshop", "Eesti õppevisiit"]
    assert (
        '<a href="http://dk.localhost/da/arrangementer/dansk/" lang="da" hreflang="da">'
        "Dansk workshop</a>" in italian
    )
    assert '<span lang="da">Dansk</span>' in italian
    assert '<span lang="et">Eesti</span>' in italian
    # Each card says which network holds the event.
    assert "Energibyerne (Denmark)" in english


def test_the_european_index_filters_by_network(client, network_events):
    assert upcoming(get(client, "/en/events/?site=dk")) == ["Danish workshop"]
    assert upcoming(get(client, "/en/events/?site=ee")) == ["Eesti õppevisiit"]
    assert upcoming(get(client, "/en/events/?site=eu")) == ["European meeting"]
    assert upcoming(get(client, "/en/events/?site=it")) == []


def test_a_national_index_lists_its_own_events_only(client, network_events):
    danish = get(client, "/da/arrangementer/", DK_HOST)
    english = get(client, "/en/arrangementer/", DK_HOST)

    assert upcoming(danish) == ["Dansk workshop"]
    assert upcoming(english) == ["Danish workshop"]
    # Nothing to filter by network on a national site.
    assert 'name="site"' not in danish and 'name="kind"' in danish


def test_an_unpublished_event_leaves_every_index(client, network_events):
    network_events["dk"].unpublish()

    assert "Dansk workshop" not in get(client, "/da/arrangementer/", DK_HOST)
    assert "Dansk workshop" not in get(client, "/da/events/")
    # Its English translation is still published: the Italian index lists that one instead.
    italian = get(client, "/it/events/")
    assert upcoming(italian) == ["European meeting", "Danish workshop", "Eesti õppevisiit"]
    assert '<span lang="en">English</span>' in italian


def test_the_index_links_its_calendar_feed(client, event_indexes):
    html = get(client, "/en/events/")

    assert re.search(
        r'<link rel="alternate" type="text/calendar" title="[^"]*" href="/en/events/calendar/">',
        html,
    )
    assert '<a href="/en/events/calendar/">' in html


def test_events_behind_a_view_restriction_are_left_out_of_the_european_index(
    client, network_events, event_indexes, locales
):
    danish_index = event_indexes["dk"]
    for page in (danish_index, danish_index.get_translation(locales["en"])):
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    assert upcoming(get(client, "/en/events/")) == ["European meeting", "Eesti õppevisiit"]
    feed = client.get("/en/events/calendar/", HTTP_HOST="localhost").content.decode()
    assert "Danish workshop" not in feed and "European meeting" in feed
