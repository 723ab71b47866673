"""Arbitrary text at every public form and every query parameter: no 500, and no change on refusal.

Hypothesis writes the input: any text a browser can send (surrogates cannot travel in HTTP, so
`st.text()` leaves them out), control characters and NUL included, very long strings, the XSS
payloads, and, for each field, the valid values mixed in so that the other fields' checks are
reached too. A form that refuses its input must leave every table of our apps as it was.

The pages are built once for the module, inside a transaction rolled back at its end; each
test's examples share one client, so sessions and cookies carry over as a visitor's would.
"""

import datetime
from urllib.parse import quote

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.test import override_settings

from wagtail.models import Site

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from bulletins.models import Subscriber
from checkup.models import CheckupSubmission
from events.models import Registration
from membership.models import JoinPage, MembershipApplication
from solutions.models import Topic
from tests.bulletins.factories import BulletinIndexPageFactory, BulletinPageFactory
from tests.checkup.conftest import CheckupPageFactory, stage_value
from tests.conftest import PASSWORD, make_user
from tests.events.factories import EventIndexPageFactory, EventPageFactory
from tests.hardening.payloads import PAYLOADS
from tests.national_sites.news_factories import NewsIndexPageFactory, make_news
from tests.solutions.conftest import publish
from tests.solutions.factories import CityPageFactory, NetworkMapPageFactory

pytestmark = pytest.mark.django_db

OUR_APPS = (
    "home",
    "national_sites",
    "solutions",
    "academy",
    "bulletins",
    "checkup",
    "membership",
    "events",
    "members",
)

FUZZ = hypothesis_settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Any text, long text, numbers in any script ("²" and "٣" are digits to str.isdigit), and the
# payloads of the XSS tests.
anything = st.one_of(
    st.text(max_size=80),
    st.text(alphabet=st.characters(categories=("Nd", "No")), min_size=1, max_size=6),
    st.text(alphabet="0123456789²①٣", min_size=1, max_size=6),
    st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=80),
    st.text(min_size=1000, max_size=5000, alphabet="a1 <>\"'&%\x00\t\n/é"),
    st.sampled_from(list(PAYLOADS.values())),
)


def either(*valid):
    """A field's value: one of its valid values, or anything at all."""
    return st.one_of(st.sampled_from(valid), anything)


# Rate limits are raised: the fuzzing posts far more often than the limits allow one address,
# and a 429 would stop the form's own checks from being reached.
no_rate_limits = override_settings(
    BULLETINS_SUBSCRIBE_RATE_LIMIT=10**6,
    CHECKUP_RATE_LIMIT=10**6,
    JOIN_RATE_LIMIT=10**6,
    EVENTS_REGISTRATION_RATE_LIMIT=10**6,
)


def row_counts():
    return {
        model._meta.label: model.objects.count()
        for app in OUR_APPS
        for model in apps.get_app_config(app).get_models()
    }


def build(home):
    english = home.locale
    topic = Topic.objects.create(name="Fuzzed topic", slug="fuzzed-topic", locale=english)
    NetworkMapPageFactory(parent=home, slug="fuzz-map")
    CityPageFactory(parent=home, slug="fuzz-city", location="SRID=4326;POINT(10 50)")
    news_index = NewsIndexPageFactory(parent=home, slug="fuzz-news")
    make_news(news_index, "Fuzzed news", datetime.date(2024, 3, 14))
    bulletins = BulletinIndexPageFactory(parent=home, slug="fuzz-bulletins")
    publish(BulletinPageFactory(parent=bulletins, number=1, slug="fuzz-bulletin-1"))
    join = home.add_child(instance=JoinPage(title="Join", slug="fuzz-join"))
    publish(join)
    checkup = CheckupPageFactory(
        parent=home,
        slug="fuzz-check-up",
        stages=[
            ("stage", stage_value("Vision", "", [], [("Is there a vision?", "", [("No", 0)])]))
        ],
    )
    stage = checkup.questionnaire[0]
    question = stage.questions[0]
    make_user("fuzz-member")
    events = EventIndexPageFactory(parent=home, slug="fuzz-events")
    event = EventPageFactory(parent=events, slug="fuzz-workshop", capacity=2, topics=[topic])
    return {
        "topic": topic,
        "event": event,
        "join": join,
        "checkup": checkup,
        "question": question.id,
        "option": question.options[0].id,
    }


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        home = Site.objects.get(is_default_site=True).root_page.specific
        yield build(home)
        transaction.set_rollback(True)


def assert_not_a_server_error(response):
    assert response.status_code < 500, response.status_code


def post_and_check(client, url, data, accepted):
    """Post the form; a refusal must leave the database as it was."""
    before = row_counts()
    response = client.post(url, data)
    assert_not_a_server_error(response)
    if response.status_code not in accepted:
        assert row_counts() == before
    return response


@no_rate_limits
@FUZZ
@given(
    email=either("someone@example.org", "SOMEONE@Example.org"),
    language=either(*[code for code, _name in settings.LANGUAGES]),
    lists=either("bulletins", "newsletters", "both"),
    website=either(""),
)
def test_subscribe_form(site, client, email, language, lists, website):
    data = {"email": email, "language": language, "lists": lists, "website": website}
    post_and_check(client, "/en/subscribe/", data, accepted={302})
    assert not Subscriber.objects.exists()  # only a confirmation link creates one


@no_rate_limits
@FUZZ
@given(
    answer=st.one_of(st.just("valid"), anything),
    action=either("next", "back"),
    extra=st.dictionaries(anything, anything, max_size=3),
)
def test_check_up_stage_form(site, client, answer, action, extra):
    answer = site["option"] if answer == "valid" else answer
    url = site["checkup"].url + "stage/1/"
    data = {**extra, site["question"]: answer, "action": action}
    post_and_check(client, url, data, accepted={302})
    assert not CheckupSubmission.objects.exists()


@no_rate_limits
@FUZZ
@given(
    city_name=either("Tartu"),
    country=either("EE", "DK"),
    population_band=either("under-10k", "50k-100k"),
    email=either("office@example.org"),
    consent=either("on", ""),
    website=either(""),
)
def test_check_up_about_form(
    site, client, city_name, country, population_band, email, consent, website
):
    checkup = site["checkup"]
    client.post(checkup.url + "stage/1/", {site["question"]: site["option"], "action": "next"})
    data = {
        "city_name": city_name,
        "country": country,
        "population_band": population_band,
        "email": email,
        "consent": consent,
        "website": website,
    }
    response = post_and_check(client, checkup.url + "about/", data, accepted={302})
    if response.status_code == 302 and not website:
        assert CheckupSubmission.objects.filter(city_name=" ".join(city_name.split())).exists()


@no_rate_limits
@FUZZ
@given(
    kind=either("city", "planner", "expert"),
    organisation=either("City of Tartu"),
    country=either("EE", "DK"),
    contact_name=either("Mari Tamm"),
    email=either("mari@example.org"),
    phone=either("", "+372 5555 5555"),
    motivation=either("We plan district heating."),
    topics=st.lists(either("valid"), max_size=3),
    consent=either("on", ""),
    website=either(""),
)
def test_join_form(
    site,
    client,
    kind,
    organisation,
    country,
    contact_name,
    email,
    phone,
    motivation,
    topics,
    consent,
    website,
):
    topic_ids = [str(site["topic"].pk) if topic == "valid" else topic for topic in topics]
    data = {
        "kind": kind,
        "organisation": organisation,
        "country": country,
        "contact_name": contact_name,
        "email": email,
        "phone": phone,
        "motivation": motivation,
        "topics": topic_ids,
        "consent": consent,
        "website": website,
    }
    before = MembershipApplication.objects.count()
    response = post_and_check(client, site["join"].url, data, accepted={302})
    if response.status_code == 302:
        assert MembershipApplication.objects.count() == before + 1


@no_rate_limits
@FUZZ
@given(
    name=either("Maria Rossi"),
    organisation=either("Comune di Ferrara"),
    city=either("Ferrara"),
    country=either("IT", "DK"),
    email=either("maria@example.org", "MARIA@Example.org"),
    event=either("valid", "00000000-0000-0000-0000-000000000000"),
    website=either(""),
)
def test_event_registration_form(
    site, client, name, organisation, city, country, email, event, website
):
    page = site["event"]
    data = {
        "name": name,
        "organisation": organisation,
        "city": city,
        "country": country,
        "email": email,
        "event": str(page.translation_key) if event == "valid" else event,
        "website": website,
    }
    before = Registration.objects.count()
    response = post_and_check(client, page.url + "register/", data, accepted={200})
    registrations = Registration.objects.filter(event_key=page.translation_key)
    # However many registered, the places are never overfilled.
    assert registrations.filter(status="confirmed").count() <= page.capacity
    if response.status_code != 200:
        assert Registration.objects.count() == before


@FUZZ
@given(
    username=either("fuzz-member", "nobody"),
    password=either(PASSWORD),
    next_url=either("/en/fuzz-events/", "//evil.example/", "https://evil.example/"),
)
def test_members_sign_in_form(site, client, username, password, next_url):
    response = post_and_check(
        client,
        "/en/account/login/",
        {"username": username, "password": password, "next": next_url},
        accepted=set(),
    )
    if response.status_code == 302:
        # Wherever `next` pointed, a sign-in never leaves the site it was made on.
        assert response["Location"].startswith("/")
        assert not response["Location"].startswith("//")


@pytest.mark.parametrize(
    "next_url",
    ["//evil.example/", "https://evil.example/", "/\\evil.example/", "javascript:alert(1)"],
)
def test_a_sign_in_never_leaves_the_site(site, client, next_url):
    response = client.post(
        "/en/account/login/",
        {"username": "fuzz-member", "password": PASSWORD, "next": next_url},
    )
    assert response.status_code == 302
    assert response["Location"].startswith("/")
    assert not response["Location"].startswith(("//", "/\\"))


# Every query parameter the public pages read, by page.
QUERY_PAGES = {
    "/en/search/": ["q", "page"],
    "/en/fuzz-map/": ["topic", "country", "role", "stage", "status", "page"],
    "/en/network/cities.geojson": ["topic", "country", "role", "stage", "status"],
    "/en/network/solutions.csv": ["topic", "country", "role", "stage", "status"],
    "/en/fuzz-news/": ["page"],
    "/en/fuzz-news/2024/": ["page"],
    "/en/fuzz-news/2024/03/": ["page"],
    "/en/fuzz-news/feed/rss/": ["page"],
    "/en/fuzz-bulletins/": ["year", "page"],
    "/en/fuzz-bulletins/feed/atom/": ["year"],
    "/sitemap.xml": ["p"],
    "/en/subscribe/": ["email"],
    "/en/fuzz-events/": ["kind", "topic", "site", "page"],
    "/en/fuzz-events/calendar/": ["kind"],
    "/en/fuzz-events/fuzz-workshop/calendar/": ["x"],
    "/en/account/login/": ["next"],
    "/en/account/password/": ["email"],
}


@pytest.mark.parametrize("page", list(QUERY_PAGES))
@hypothesis_settings(FUZZ, max_examples=20)
@given(
    values=st.lists(anything, min_size=1, max_size=6),
    extra=st.dictionaries(anything, anything, max_size=2),
)
def test_query_parameters(site, client, page, values, extra):
    names = QUERY_PAGES[page]
    query = {**extra, **dict(zip(names, values, strict=False))}
    before = row_counts()
    response = client.get(page, query)
    assert_not_a_server_error(response)
    assert row_counts() == before


# Every address part a visitor can type: archive dates, signed tokens, report links.
PATHS = [
    "/en/fuzz-news/{}/",
    "/en/fuzz-news/2024/{}/",
    "/en/subscribe/confirm/{}/",
    "/en/unsubscribe/{}/",
    "/en/fuzz-check-up/report/{}/",
    "/en/fuzz-check-up/stage/{}/",
    "/en/fuzz-events/fuzz-workshop/cancel/{}/",
    "/en/{}/",
]


@pytest.mark.parametrize("path", PATHS)
@hypothesis_settings(FUZZ, max_examples=20)
@given(
    part=st.one_of(
        anything, st.from_regex(r"\A[0-9]{1,6}\Z"), st.text("0123456789²٣", max_size=4)
    ),
)
def test_address_parts(site, client, path, part):
    before = row_counts()
    response = client.get(path.format(quote(part, safe="")))
    assert_not_a_server_error(response)
    assert row_counts() == before


# Found by reading what the fuzzing sends: "²".isdigit() is true, but int("²") fails, and
# int() refuses a number of more than 4 300 digits.
@pytest.mark.parametrize("year", ["²", "①", "2024²", "1" * 5000])
def test_bulletin_archive_with_a_digit_that_is_not_a_number(site, client, year):
    response = client.get("/en/fuzz-bulletins/", {"year": year})
    assert response.status_code == 200
    assert response.context["unknown_year"] is True
