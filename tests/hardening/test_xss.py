"""Hostile text stays text: on the public site and in the admin, wherever it can be typed.

Each payload of tests/hardening/payloads.py is put into every place an editor, a translator or
a visitor can write to: page titles and SEO fields, every text of the StreamField blocks (body,
contact links, key figures, gallery, documents, speakers), rich text through the editor, snippet
names (topics, external resources), the check-up's questions and their explanations (the form's
help texts; the project has no form builder pages), translation strings and link overrides in
wagtail-localize, image and document titles, and search queries. The pages that show them are
parsed, and no payload may have become a script, an event handler, or a `javascript:` or
`data:text/html` address; where a payload is plain text, it must read as written.

The content is built once for the module, inside a transaction rolled back at its end.
"""

import json
from datetime import timedelta
from urllib.parse import urlencode

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, Site
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail_localize.models import OverridableSegment, StringSegment, Translation

import pytest
import wagtail_factories
from bs4 import BeautifulSoup

from events.models import Registration, RegistrationStatus
from home.models import ExternalResource, ResourcesPage
from national_sites.setup import TRANSLATORS_GROUP
from national_sites.translation import translate
from solutions.models import Topic
from tests.academy.factories import AcademyIndexPageFactory, AcademySessionPageFactory
from tests.checkup.conftest import CheckupPageFactory, stage_value
from tests.conftest import make_user
from tests.events.factories import EventIndexPageFactory, EventPageFactory
from tests.factories import StandardPageFactory
from tests.hardening.payloads import (
    PAYLOADS,
    URL_PAYLOADS,
    assert_harmless,
    hostile_markup,
    shown,
    unsafe_url,
    visible_text,
)
from tests.national_sites.news_factories import NewsIndexPageFactory, NewsPageFactory
from tests.solutions.conftest import publish
from tests.solutions.factories import CityPageFactory, NetworkMapPageFactory, SolutionPageFactory

pytestmark = pytest.mark.django_db

NAMES = list(PAYLOADS)


def body_blocks(payload, image, home):
    """Every block of BodyBlock that shows text, each carrying the payload."""
    return [
        ("heading", {"text": payload, "level": "h2"}),
        ("quote", {"text": payload, "attribution": payload}),
        ("figure", {"image": image, "alt_text": payload, "caption": payload}),
        (
            "call_to_action",
            {"title": payload, "text": payload, "link": {"label": payload, "page": home}},
        ),
        (
            "membership_steps",
            {
                "title": payload,
                "intro": payload,
                "steps": [{"name": payload, "description": payload}],
            },
        ),
    ]


def build(home):
    """One of each place per payload, under the European site's English home."""
    root_collection = Collection.get_first_root_node()
    parent = StandardPageFactory(parent=home, title="Hostile content", slug="hostile")
    news_index = NewsIndexPageFactory(parent=home, slug="hostile-news")
    academy = AcademyIndexPageFactory(parent=home, slug="hostile-academy")
    NetworkMapPageFactory(parent=home, slug="hostile-map")
    events = EventIndexPageFactory(parent=home, slug="hostile-events")
    reports = root_collection.add_child(name="Hostile reports")
    resources = home.add_child(
        instance=ResourcesPage(
            title="Resources", slug="hostile-resources", report_collection=reports
        )
    )
    checkup = CheckupPageFactory(
        parent=home,
        slug="hostile-check-up",
        stages=[
            (
                "stage",
                stage_value(
                    payload, payload, [], [(payload, payload, [(payload, 0), ("Fine", 5)])]
                ),
            )
            for payload in PAYLOADS.values()
        ],
    )
    content = {
        "parent": parent,
        "news_index": news_index,
        "resources": resources,
        "checkup": checkup,
        "events": events,
    }
    english = home.locale
    for number, (name, payload) in enumerate(PAYLOADS.items()):
        image = wagtail_factories.ImageFactory(title=payload, collection=root_collection)
        document = get_document_model().objects.create(
            title=payload, file=wagtail_factories.DocumentFactory.build().file, collection=reports
        )
        topic = Topic.objects.create(name=payload, slug=f"hostile-{number}", locale=english)
        ExternalResource.objects.create(
            title=payload,
            description=payload,
            url=f"https://example.org/{number}/",
            kind="guide",
            locale=english,
        )
        standard = StandardPageFactory(
            parent=parent,
            title=payload,
            slug=f"hostile-{number}",
            seo_title=payload,
            search_description=payload,
            intro=payload,
            body=body_blocks(payload, image, home),
        )
        city = CityPageFactory(
            parent=home,
            title=payload,
            slug=f"hostile-city-{number}",
            intro=payload,
            address=payload,
            location="SRID=4326;POINT(10 50)",
            contact_links=[
                ("link", {"label": payload, "page": home}),
                ("email", {"label": payload, "email": "city@example.org"}),
            ],
        )
        solution = SolutionPageFactory(
            parent=city,
            title=payload,
            slug=f"hostile-solution-{number}",
            summary=payload,
            topics=[topic],
            key_figures=[("figure", {"label": payload, "value": payload, "unit": payload})],
            images=[("image", {"image": image, "alt_text": payload, "caption": payload})],
            documents=[("document", {"document": document, "title": ""})],
        )
        publish(solution)
        news = NewsPageFactory(
            parent=news_index,
            title=payload,
            slug=f"hostile-news-{number}",
            author=payload,
            intro=payload,
            topics=[topic],
        )
        publish(news)
        session = AcademySessionPageFactory(
            parent=academy,
            title=payload,
            slug=f"hostile-session-{number}",
            starts_at=timezone.now() + timedelta(days=10),
            speakers=[("speaker", {"name": payload, "organisation": payload, "role": payload})],
            topics=[topic],
        )
        event = EventPageFactory(
            parent=events,
            title=payload,
            slug=f"hostile-event-{number}",
            venue=payload,
            address=payload,
            agenda=[("item", {"starts_at": None, "title": payload, "description": payload})],
            speakers=[("speaker", {"name": payload, "organisation": payload, "role": payload})],
            topics=[topic],
        )
        registration = Registration.objects.create(
            event_key=event.translation_key,
            event=event,
            name=payload,
            organisation=payload,
            city=payload,
            country="IT",
            email=f"hostile-{number}@example.org",
            language="en",
            status=RegistrationStatus.CONFIRMED,
        )
        content[name] = {
            "event": event,
            "registration": registration,
            "standard": standard,
            "city": city,
            "solution": solution,
            "news": news,
            "session": session,
            "image": image,
            "document": document,
            "topic": topic,
        }
    return content


@pytest.fixture(scope="module")
def hostile(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        home = Site.objects.get(is_default_site=True).root_page.specific
        yield build(home)
        transaction.set_rollback(True)


@pytest.fixture
def superuser_client(client, db):
    client.force_login(make_user("hostile-admin", superuser=True))
    return client


PUBLIC_PLACES = {
    # place: the page that shows the payload
    "standard page": lambda content: content["standard"].url,
    "city page": lambda content: content["city"].url,
    "solution page": lambda content: content["solution"].url,
    "news page": lambda content: content["news"].url,
    "academy session": lambda content: content["session"].url,
    "event page": lambda content: content["event"].url,
    "event registration form": lambda content: content["event"].url + "register/",
}


@pytest.mark.parametrize("place", list(PUBLIC_PLACES))
@pytest.mark.parametrize("name", NAMES)
def test_public_pages_show_hostile_text_as_text(hostile, client, name, place):
    content = hostile[name]
    response = client.get(PUBLIC_PLACES[place](content))
    soup = assert_harmless(response)
    assert shown(PAYLOADS[name]) in visible_text(soup.find("main") or soup)
    assert shown(PAYLOADS[name]) in " ".join(soup.title.get_text().split())


def test_standard_page_shows_the_payload_in_every_block(hostile, client):
    payload = PAYLOADS["img-onerror"]
    soup = assert_harmless(client.get(hostile["img-onerror"]["standard"].url))
    main = soup.find("main")
    texts = [" ".join(string.split()) for string in main.find_all(string=True)]
    # Title, intro, heading, quote and attribution, caption, call to action's title, text and
    # button, the steps' title, intro, name and description.
    assert texts.count(payload) >= 12
    assert main.find("img", alt=payload) is not None
    assert soup.find("meta", attrs={"name": "description"})["content"] == payload


def test_check_up_questions_show_hostile_text_as_text(hostile, client):
    checkup = hostile["checkup"]
    for number, payload in enumerate(PAYLOADS.values(), start=1):
        soup = assert_harmless(client.get(f"{checkup.url}stage/{number}/"))
        text = visible_text(soup.find("main"))
        assert text.count(shown(payload)) >= 4, payload  # stage, intro, question, explanation
        assert soup.find("input", attrs={"type": "radio"}) is not None


LISTINGS = {
    # place: its pages, which together list every payload
    "news index": lambda content: [content["news_index"].url + f"?page={n}" for n in (1, 2)],
    "resources page": lambda content: [content["resources"].url],
    "network map": lambda content: ["/en/hostile-map/"],
    "events index": lambda content: [content["events"].url],
}


@pytest.mark.parametrize("place", list(LISTINGS))
def test_public_listings_show_every_payload_as_text(hostile, client, place):
    text = " ".join(
        visible_text(assert_harmless(client.get(url))) for url in LISTINGS[place](hostile)
    )
    missing = [name for name, payload in PAYLOADS.items() if shown(payload) not in text]
    assert missing == []


def test_search_results_show_hostile_titles_as_text(hostile, client):
    soup = assert_harmless(client.get("/en/search/", {"q": "alert"}))
    titles = [" ".join(link.get_text().split()) for link in soup.select(".search-results h3 a")]
    assert len(titles) == 10
    assert set(titles) <= {shown(payload) for payload in PAYLOADS.values()}


def test_geojson_keeps_hostile_titles_as_data(hostile, client):
    response = client.get("/en/network/cities.geojson")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/geo+json")
    titles = {feature["properties"].get("name") for feature in response.json()["features"]}
    assert set(PAYLOADS.values()) <= titles


ADMIN_LISTINGS = {
    "page explorer": lambda content: reverse("wagtailadmin_explore", args=[content["parent"].pk]),
    "topics": lambda content: reverse("wagtailsnippets_solutions_topic:list"),
    "external resources": lambda content: reverse("wagtailsnippets_home_externalresource:list"),
    "images": lambda content: reverse("wagtailimages:index"),
    "documents": lambda content: reverse("wagtaildocs:index"),
    "registrations": lambda content: reverse("events_registrations:index"),
}


@pytest.mark.parametrize("place", list(ADMIN_LISTINGS))
def test_admin_listings_show_every_payload_as_text(hostile, superuser_client, place):
    soup = assert_harmless(superuser_client.get(ADMIN_LISTINGS[place](hostile)))
    text = visible_text(soup)
    missing = [name for name, payload in PAYLOADS.items() if shown(payload) not in text]
    assert missing == []


ADMIN_VIEWS = {
    "edit standard page": lambda c: reverse("wagtailadmin_pages:edit", args=[c["standard"].pk]),
    "edit solution page": lambda c: reverse("wagtailadmin_pages:edit", args=[c["solution"].pk]),
    "page history": lambda c: reverse("wagtailadmin_pages:history", args=[c["standard"].pk]),
    "edit topic": lambda c: reverse("wagtailsnippets_solutions_topic:edit", args=[c["topic"].pk]),
    "edit image": lambda c: reverse("wagtailimages:edit", args=[c["image"].pk]),
    "edit document": lambda c: reverse("wagtaildocs:edit", args=[c["document"].pk]),
    "preview": lambda c: reverse("wagtailadmin_pages:view_draft", args=[c["standard"].pk]),
    "edit event": lambda c: reverse("wagtailadmin_pages:edit", args=[c["event"].pk]),
    "registration": lambda c: reverse("events_registrations:inspect", args=[c["registration"].pk]),
    "send invitation": lambda c: reverse("events_send_invitation", args=[c["event"].pk]),
}


@pytest.mark.parametrize("place", list(ADMIN_VIEWS))
@pytest.mark.parametrize("name", NAMES)
def test_admin_views_keep_hostile_text_harmless(hostile, superuser_client, name, place):
    assert_harmless(superuser_client.get(ADMIN_VIEWS[place](hostile[name])))


@pytest.mark.parametrize("name", NAMES)
def test_a_hostile_registration_stays_text_on_the_page_and_in_the_email(
    hostile, client, mailoutbox, name
):
    event = hostile[name]["event"]
    payload = PAYLOADS[name]
    response = client.post(
        event.url + "register/",
        {
            "name": payload,
            "organisation": payload,
            "city": payload,
            "country": "IT",
            "email": "visitor@example.org",
            "event": str(event.translation_key),
        },
    )
    assert_harmless(response)
    assert Registration.objects.filter(event_key=event.translation_key, name=payload).exists()
    (message,) = mailoutbox
    html, _type = message.alternatives[0]
    soup = BeautifulSoup(html, "html.parser")
    assert hostile_markup(soup) == []
    assert shown(payload) in visible_text(soup)


SEARCHES = {
    "public search": "/en/search/",
    "admin page search": "/admin/pages/search/",
    "admin image search": "/admin/images/",
    "admin document search": "/admin/documents/",
    "admin topic search": "/admin/snippets/solutions/topic/",
    "admin resource search": "/admin/snippets/home/externalresource/",
}


@pytest.mark.parametrize("place", list(SEARCHES))
@pytest.mark.parametrize("name", NAMES)
def test_search_queries_are_echoed_as_text(hostile, superuser_client, name, place):
    response = superuser_client.get(SEARCHES[place], {"q": PAYLOADS[name]})
    soup = assert_harmless(response)
    # The query is shown back as typed, in the search box.
    typed = [box.get("value", "").strip() for box in soup.find_all("input", attrs={"name": "q"})]
    assert PAYLOADS[name].strip() in typed


# Rich text, as the editor sends it: Draftail's content state, whose text and link addresses
# are the payloads. Wagtail turns it into HTML through its whitelist.
def contentstate(payload):
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a1b2c",
                    "type": "unstyled",
                    "depth": 0,
                    "text": f"{payload} link",
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": len(payload) + 1, "length": 4, "key": 0}],
                    "data": {},
                }
            ],
            "entityMap": {
                "0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": payload}}
            },
        }
    )


@pytest.mark.parametrize("name", NAMES)
def test_rich_text_from_the_editor_is_whitelisted(hostile, superuser_client, name):
    payload = PAYLOADS[name]
    page = hostile[name]["standard"]
    data = nested_form_data(
        {
            "title": "Rich text",
            "slug": page.slug,
            "intro": "",
            "body": streamfield([("paragraph", contentstate(payload))]),
            "action-publish": "publish",
        }
    )
    response = superuser_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    stored = page.body[0].value.source
    assert hostile_markup(BeautifulSoup(stored, "html.parser")) == []
    soup = assert_harmless(superuser_client.get(page.url))
    assert shown(payload) in visible_text(soup.find("main"))
    assert_harmless(superuser_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))


# Translators work through wagtail-localize: they type each string's translation, and may
# override a link's address. Neither may bring script to the translated page.
@pytest.fixture
def translated_source(db, hostile):
    source = StandardPageFactory(
        parent=hostile["parent"],
        title="Page to translate",
        slug="page-to-translate",
        intro="Introduction to translate",
        body=[
            ("heading", {"text": "Heading to translate", "level": "h2"}),
            (
                "paragraph",
                '<p data-block-key="k1">Read '
                '<a href="https://example.org/guide/">the guide</a>.</p>',
            ),
            (
                "call_to_action",
                {
                    "title": "Act now",
                    "text": "",
                    "link": {"label": "Example", "url": "https://example.org/"},
                },
            ),
        ],
    )
    publish(source)
    danish = Locale.objects.get(language_code="da")
    target = translate(source, danish)
    translation = Translation.objects.get(
        source__object_id=source.translation_key, target_locale=danish
    )
    return translation, target


@pytest.fixture
def translator_client(client, db):
    client.force_login(make_user("hostile-translator", TRANSLATORS_GROUP))
    return client


def put(client, url, value):
    return client.put(
        url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
    )


# The string editor takes text and inline tags; one payload of each kind is enough here.
STRING_PAYLOADS = ["script", "img-onerror", "event-handler", "svg-script", "attribute-breakout"]


@pytest.mark.parametrize("name", STRING_PAYLOADS)
def test_translated_strings_stay_text(translated_source, translator_client, name):
    translation, target = translated_source
    payload = PAYLOADS[name]
    for segment in StringSegment.objects.filter(source=translation.source).select_related(
        "string"
    ):
        url = reverse(
            "wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]
        )
        response = put(translator_client, url, payload)
        assert response.status_code in (200, 201), response.content
    translation.save_target(publish=True)
    target.refresh_from_db()
    soup = assert_harmless(translator_client.get(target.url))
    if "<" not in payload and "&" not in payload:
        assert shown(payload) in visible_text(soup.find("main"))
    assert_harmless(translator_client.get(reverse("wagtailadmin_pages:edit", args=[target.pk])))


@pytest.mark.parametrize("name", list(URL_PAYLOADS))
def test_translators_cannot_override_links_with_script(translated_source, translator_client, name):
    translation, target = translated_source
    segments = OverridableSegment.objects.filter(source=translation.source)
    assert segments.count() == 2  # the paragraph's link and the button's address
    for segment in segments:
        url = reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk])
        response = put(translator_client, url, URL_PAYLOADS[name])
        assert response.status_code in (200, 201), response.content
        refused = response.json()["error"]
        if unsafe_url(URL_PAYLOADS[name]):
            assert refused.startswith("This address cannot be used")
        else:
            # '&#106;avascript:' is a relative address; it is shown with its '&' escaped.
            assert refused is None
    translation.save_target(publish=True)
    target.refresh_from_db()
    soup = assert_harmless(translator_client.get(target.url))
    if unsafe_url(URL_PAYLOADS[name]):
        # The translation keeps the source's addresses.
        addresses = {link["href"] for link in soup.find("main").find_all("a", href=True)}
        assert {"https://example.org/guide/", "https://example.org/"} <= addresses


def test_translators_can_still_override_a_link_with_a_web_address(
    translated_source, translator_client
):
    translation, target = translated_source
    for segment in OverridableSegment.objects.filter(source=translation.source):
        url = reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk])
        assert put(translator_client, url, "javascript:alert(1)").json()["error"]
        response = put(translator_client, url, "https://example.dk/")
        assert response.json()["error"] is None
    translation.save_target(publish=True)
    target.refresh_from_db()
    soup = assert_harmless(translator_client.get(target.url))
    addresses = {link["href"] for link in soup.find("main").find_all("a", href=True)}
    assert "https://example.dk/" in addresses
    assert "https://example.org/" not in addresses


@pytest.mark.parametrize("name", list(URL_PAYLOADS))
def test_admin_refuses_script_addresses(hostile, superuser_client, name):
    before = ExternalResource.objects.count()
    response = superuser_client.post(
        reverse("wagtailsnippets_home_externalresource:add") + "?locale=en",
        {
            "title": "A resource",
            "description": "",
            "kind": "guide",
            "sort_order": "0",
            "url": URL_PAYLOADS[name],
        },
    )
    assert response.status_code == 200
    assert ExternalResource.objects.count() == before
    assert "Enter a valid URL." in response.content.decode()
    assert_harmless(response)
