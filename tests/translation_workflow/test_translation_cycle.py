"""The translate, sync and publish cycle, through the admin views a translator uses.

A network coordinator submits a European page and a topic for translation into Danish and
Italian, the strings are translated through the editor's API, the editor's "Publish" puts them
live, the source changes, a sync shows the new string as untranslated while keeping the old
translations, and after a second publish visitors read the right words at /da/ and /it/.
"""

import html
import json
import re
from urllib.parse import urlencode

from django.conf import settings
from django.test import Client, override_settings
from django.urls import reverse

from wagtail.models import Locale
from wagtail.rich_text import RichText
from wagtail_localize.models import TranslationSource

import pytest

from national_sites.translation import translate
from tests.factories import StandardPageFactory
from tests.solutions.conftest import network_locales, publish
from tests.solutions.factories import NetworkMapPageFactory, TopicFactory

pytestmark = pytest.mark.django_db

HOST = "localhost"

PAGE_WORDS = {
    "da": {
        "About the network": "Om netværket",
        "about-the-network": "om-netvaerket",
        "Cities that share what works.": "Byer, der deler det, der virker.",
        "Who we are": "Hvem vi er",
        "Our cities plan together.": "Vores byer planlægger sammen.",
    },
    "it": {
        "About the network": "Informazioni sulla rete",
        "about-the-network": "informazioni-sulla-rete",
        "Cities that share what works.": "Città che condividono ciò che funziona.",
        "Who we are": "Chi siamo",
        "Our cities plan together.": "Le nostre città pianificano insieme.",
    },
}
NEW_SENTENCE = "We meet twice a year."
NEW_WORDS = {"da": "Vi mødes to gange om året.", "it": "Ci incontriamo due volte l'anno."}
TOPIC_WORDS = {
    "da": {"Smart mobility": "Smart mobilitet", "Moving without carbon.": "Trafik uden kulstof."},
    "it": {
        "Smart mobility": "Mobilità intelligente",
        "Moving without carbon.": "Muoversi senza carbonio.",
    },
}
CLEAN = {"da": "Ren mobilitet", "it": "Mobilità pulita"}


@pytest.fixture
def locales(network):
    return network_locales()


@pytest.fixture
def about(network):
    return publish(
        StandardPageFactory(
            parent=network["eu"].root_page.specific,
            title="About the network",
            slug="about-the-network",
            intro="Cities that share what works.",
            body=[
                {"type": "heading", "value": {"text": "Who we are", "level": "h2"}},
                {"type": "paragraph", "value": "<p>Our cities plan together.</p>"},
            ],
        )
    )


@pytest.fixture
def mobility(db):
    return TopicFactory(
        name="Smart mobility", slug="mobility", description="Moving without carbon."
    )


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Runs what wagtail-localize leaves for the commit (it publishes pages then)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def submit(client, url, locales, commit):
    with commit():
        response = client.post(url, {"locales": [locale.pk for locale in locales]})
    assert response.status_code == 302, response.content[:2000]


def submit_page(client, page, locales, commit):
    submit(
        client,
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        locales,
        commit,
    )


def submit_topic(client, topic, locales, commit):
    url = reverse(
        "wagtail_localize:submit_snippet_translation", args=["solutions", "topic", topic.pk]
    )
    submit(client, url, locales, commit)


def page_edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def topic_edit_url(topic):
    return reverse("wagtailsnippets_solutions_topic:edit", args=[topic.pk])


def editor_strings(client, edit_url):
    """What the translation editor shows: {source text: (translation or None, edit URL)}."""
    response = client.get(edit_url)
    assert response.status_code == 200
    match = re.search(rb'class="js-translation-editor" data-props="([^"]*)"', response.content)
    assert match, "the edit view is not wagtail-localize's translation editor"
    props = json.loads(html.unescape(match.group(1).decode()))
    translated = {item["segment_id"]: item["data"] for item in props["initialStringTranslations"]}
    return {
        segment["source"]: (translated.get(segment["id"]), segment["editUrl"])
        for segment in props["segments"]
        if segment["type"] == "string"
    }


def translate_strings(client, edit_url, words):
    """Type each translation into the editor, as its JavaScript does (a PUT per string)."""
    strings = editor_strings(client, edit_url)
    for source, text in words.items():
        _current, url = strings[source]
        response = client.put(
            url, urlencode({"value": text}), content_type="application/x-www-form-urlencoded"
        )
        assert response.status_code in (200, 201), response.content


def editor_publish(client, edit_url, commit):
    with commit():
        response = client.post(edit_url, {"action": "publish"})
    assert response.status_code == 302


def translation_of(instance, language):
    return instance.get_translation(Locale.objects.get(language_code=language))


def visitor_reads(path):
    """The page as an anonymous visitor of the European site sees it."""
    response = Client().get(path, HTTP_HOST=HOST)
    assert response.status_code == 200, f"{path} answered {response.status_code}"
    return html.unescape(response.content.decode())


def sync(client, instance, commit):
    """The translator's "Sync translated pages" (or snippets), without publishing."""
    source = TranslationSource.objects.get(object_id=instance.translation_key)
    with commit():
        response = client.post(reverse("wagtail_localize:update_translations", args=[source.pk]))
    assert response.status_code == 302


def test_a_page_is_translated_synced_and_published_in_two_languages(
    coordinator_client, about, locales, commit
):
    client = coordinator_client
    submit_page(client, about, [locales["da"], locales["it"]], commit)

    for language in ("da", "it"):
        edit_url = page_edit_url(translation_of(about, language))
        strings = editor_strings(client, edit_url)
        assert set(strings) == set(PAGE_WORDS[language])
        assert all(text is None for text, _url in strings.values())
        translate_strings(client, edit_url, PAGE_WORDS[language])
        editor_publish(client, edit_url, commit)

    for language in ("da", "it"):
        target = translation_of(about, language)
        slug = PAGE_WORDS[language]["about-the-network"]
        assert target.live and target.get_url_parts()[2] == f"/{language}/{slug}/"
        page = visitor_reads(target.url)
        assert all(text in page for text in PAGE_WORDS[language].values())
        assert "Our cities plan together." not in page

    # The source gains a paragraph, and the translator syncs.
    # The editor adds a paragraph; the blocks already there keep their ids, and with them
    # their translations.
    about.body.append(("paragraph", RichText(f"<p>{NEW_SENTENCE}</p>")))
    publish(about)
    sync(client, about, commit)

    for language in ("da", "it"):
        target = translation_of(about, language)
        edit_url = page_edit_url(target)
        strings = editor_strings(client, edit_url)
        # The new sentence is offered untranslated; every earlier translation is kept.
        assert strings[NEW_SENTENCE][0] is None
        assert {text: strings[text][0] for text in PAGE_WORDS[language]} == PAGE_WORDS[language]
        # Synced but not yet published: visitors still read the previous translation.
        assert NEW_SENTENCE not in visitor_reads(target.url)

        translate_strings(client, edit_url, {NEW_SENTENCE: NEW_WORDS[language]})
        editor_publish(client, edit_url, commit)
        page = visitor_reads(target.url)
        assert NEW_WORDS[language] in page
        assert PAGE_WORDS[language]["Our cities plan together."] in page
        assert NEW_SENTENCE not in page


def test_a_topic_is_translated_synced_and_published_in_two_languages(
    coordinator_client, mobility, locales, network, commit
):
    client = coordinator_client
    english_map = publish(
        NetworkMapPageFactory(
            parent=network["eu"].root_page.specific, title="Network map", slug="map"
        )
    )
    maps = {language: translate(english_map, locales[language]) for language in ("da", "it")}
    submit_topic(client, mobility, [locales["da"], locales["it"]], commit)

    for language in ("da", "it"):
        # A topic cannot be a draft: it is live from the start, in English words until translated.
        assert translation_of(mobility, language).name == "Smart mobility"
        edit_url = topic_edit_url(translation_of(mobility, language))
        assert {text for text, (done, _url) in editor_strings(client, edit_url).items()} == set(
            TOPIC_WORDS[language]
        )
        translate_strings(client, edit_url, TOPIC_WORDS[language])
        editor_publish(client, edit_url, commit)
        assert TOPIC_WORDS[language]["Smart mobility"] in visitor_reads(maps[language].url)

    mobility.name = "Clean mobility"
    mobility.save()
    sync(client, mobility, commit)

    for language in ("da", "it"):
        edit_url = topic_edit_url(translation_of(mobility, language))
        strings = editor_strings(client, edit_url)
        assert strings["Clean mobility"][0] is None
        description = "Moving without carbon."
        assert strings[description][0] == TOPIC_WORDS[language][description]
        # The sync did not publish: visitors still read the earlier name.
        assert TOPIC_WORDS[language]["Smart mobility"] in visitor_reads(maps[language].url)

        translate_strings(client, edit_url, {"Clean mobility": CLEAN[language]})
        editor_publish(client, edit_url, commit)
        page = visitor_reads(maps[language].url)
        assert CLEAN[language] in page
        assert "Clean mobility" not in page
        assert translation_of(mobility, language).slug == "mobility"


@pytest.mark.parametrize("publish_on_translate", [False, True])
def test_a_new_translation_is_a_draft_or_live_by_setting(
    coordinator_client, about, locales, commit, publish_on_translate
):
    """WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE: False keeps new translations as drafts
    for someone to publish; True publishes them at once when the source is live."""
    with override_settings(WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE=publish_on_translate):
        submit_page(coordinator_client, about, [locales["da"]], commit)

    target = translation_of(about, "da")
    assert target.live is publish_on_translate
    response = Client().get(f"/da/{target.slug}/", HTTP_HOST=HOST)
    assert response.status_code == (200 if publish_on_translate else 404)


def test_the_project_keeps_new_translations_as_drafts():
    """The project's choice: a translation goes live only when someone publishes it."""
    assert settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is False
