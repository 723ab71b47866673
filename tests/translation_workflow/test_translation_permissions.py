"""Who translates what: the permission rules of the translation workflow, through the admin.

Translators find source pages in the explorer, submit them for translation and translate
them in wagtail-localize's editor; they edit and publish no source page. A national
network's editors and moderators translate their own site's pages into English and nothing
else; the European team (translators and coordinators) translates into the five national
languages. Topics and resources are translated the same way by translators and
coordinators. Refusals are checked as the user meets them, and against the database.
"""

import json
from urllib.parse import urlencode

from django.urls import reverse

from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

import pytest

from home.models import ExternalResource, ResourceKind
from national_sites.translation import translate
from solutions.models import Topic
from tests.factories import StandardPageFactory
from tests.national_sites.news_factories import NewsIndexPageFactory, NewsPageFactory
from tests.national_sites.permission_helpers import (
    admin_refusal,
    api_action,
    api_refusal,
    client_for,
    database_state,
    describe,
    edit_form_data,
    european_home,
    national_home,
)
from tests.solutions.conftest import publish
from tests.solutions.factories import TopicFactory

pytestmark = pytest.mark.django_db


def locale(code):
    return Locale.objects.get(language_code=code)


def explore_url(page):
    return reverse("wagtailadmin_explore", args=[page.pk])


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def submit_url(page):
    return reverse("wagtail_localize:submit_page_translation", args=[page.pk])


def snippet_submit_url(snippet):
    meta = type(snippet)._meta
    return reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[meta.app_label, meta.model_name, snippet.pk],
    )


def snippet_url(snippet, view):
    meta = type(snippet)._meta
    args = [] if view == "list" else [snippet.pk]
    return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:{view}", args=args)


def submit(client, url, *codes):
    return client.post(url, {"locales": [locale(code).pk for code in codes]})


def translated_languages(instance):
    return set(instance.get_translations().values_list("locale__language_code", flat=True))


def translation_into(instance, code):
    return Translation.objects.get(
        source__object_id=instance.translation_key, target_locale__language_code=code
    )


def translate_string(client, translation, source_text, value):
    """What wagtail-localize's editor sends when the translator types `value` for a text."""
    segment = StringSegment.objects.get(source=translation.source, string__data=source_text)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    return client.put(
        url, data=urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
    )


def saved_translations(translation):
    return set(
        StringTranslation.objects.filter(
            locale=translation.target_locale, context__object=translation.source.object
        ).values_list("data", flat=True)
    )


def offered_languages(response):
    """The languages the "Translate" form lets the user tick."""
    queryset = response.context["form"].fields["locales"].queryset
    return set(queryset.values_list("language_code", flat=True))


def editor_perms(response):
    """The actions wagtail-localize's editor offers, as it draws its buttons from them."""
    return json.loads(response.context["props"])["perms"]


@pytest.fixture
def european_page():
    """A live page on the European site, in English only: "Energy communities"."""
    return publish(
        StandardPageFactory(
            parent=european_home(), title="Energy communities", slug="energy-communities"
        )
    )


@pytest.fixture
def danish_news(network):
    """A live Danish news item "Fjernvarme" under the Danish news index (in English /en/news/)."""
    index = publish(
        NewsIndexPageFactory(parent=national_home("dk"), title="Nyheder", slug="nyheder")
    )
    translate(index, locale("en"), {"Nyheder": "News", "nyheder": "news"})
    return publish(NewsPageFactory(parent=index, title="Fjernvarme", slug="fjernvarme"))


@pytest.fixture
def estonian_news(network):
    """A live Estonian news item "Kaugküte" under the Estonian news index, also in English."""
    index = publish(
        NewsIndexPageFactory(parent=national_home("ee"), title="Uudised", slug="uudised")
    )
    translate(index, locale("en"), {"Uudised": "News", "uudised": "news"})
    return publish(NewsPageFactory(parent=index, title="Kaugküte", slug="kaugkute"))


# 1. The translator on the European site ----------------------------------------------------


def test_the_translator_finds_a_european_source_page_and_its_translate_action_in_the_explorer(
    translator, european_page
):
    content = client_for(translator).get(explore_url(european_home())).content.decode()

    assert "Energy communities" in content
    assert submit_url(european_page) in content


def test_the_translator_is_offered_the_five_national_languages_for_a_european_page(
    translator, european_page
):
    response = client_for(translator).get(submit_url(european_page))

    assert offered_languages(response) == {"et", "da", "es", "bg", "it"}


def test_the_translator_submits_a_european_page_for_translation_into_danish_and_italian(
    translator, european_page
):
    submit(client_for(translator), submit_url(european_page), "da", "it")

    assert translated_languages(european_page) == {"da", "it"}
    drafts = european_page.get_translations().values_list("live", flat=True)
    assert list(drafts) == [False, False], "a translator's submission published a page"


def test_the_translator_translates_the_danish_page_in_wagtail_localizes_editor(
    translator, european_page
):
    client = client_for(translator)
    submit(client, submit_url(european_page), "da", "it")
    danish = european_page.get_translation(locale("da"))
    translation = translation_into(european_page, "da")

    editor = client.get(edit_url(danish))
    translate_string(client, translation, "Energy communities", "Energifællesskaber")

    assert editor.status_code == 200
    assert editor_perms(editor)["canPublish"] is False
    assert saved_translations(translation) == {"Energifællesskaber"}


def test_the_translator_syncs_a_changed_source_into_the_translations(translator, european_page):
    client = client_for(translator)
    submit(client, submit_url(european_page), "da")
    european_page.intro = "Citizens who share the energy they make."
    european_page.save_revision().publish()
    translation = translation_into(european_page, "da")

    client.post(reverse("wagtail_localize:update_translations", args=[translation.source_id]))

    translation.source.refresh_from_db()
    segments = StringSegment.objects.filter(source=translation.source)
    texts = set(segments.values_list("string__data", flat=True))
    assert "Citizens who share the energy they make." in texts


def test_the_translator_cannot_publish_the_danish_translation(translator, european_page):
    client = client_for(translator)
    submit(client, submit_url(european_page), "da")
    danish = european_page.get_translation(locale("da"))
    before = database_state(danish)

    response = client.post(edit_url(danish), {"action": "publish"})

    assert admin_refusal(response), describe(response)
    assert database_state(danish) == before


def test_the_translator_cannot_open_the_english_source_page_in_the_editor(
    translator, european_page
):
    response = client_for(translator).get(edit_url(european_page))

    assert admin_refusal(response), describe(response)


def test_the_translator_is_offered_no_edit_action_on_the_english_source_page(
    translator, european_page
):
    content = client_for(translator).get(explore_url(european_home())).content.decode()

    assert edit_url(european_page) not in content


@pytest.mark.parametrize("channel", ["admin", "api"])
def test_the_translator_cannot_publish_the_english_source_page(translator, european_page, channel):
    european_page.title = "Published by a translator"
    european_page.save_revision()
    before = database_state(european_page)
    client = client_for(translator)

    if channel == "admin":
        data = edit_form_data(european_page, title="Published by a translator")
        data["action-publish"] = "action-publish"
        response = client.post(edit_url(european_page), data)
        refusal = admin_refusal(response)
    else:
        response = api_action(client, european_page, "publish")
        refusal = api_refusal(response)

    assert refusal, describe(response)
    assert database_state(european_page) == before
    assert Page.objects.get(pk=european_page.pk).title == "Energy communities"


def test_the_translator_cannot_lock_the_english_source_page(translator, european_page):
    """Translators hold the lock permission on source trees only to find the pages in the
    explorer; locking a page they may not edit would block its editors."""
    response = client_for(translator).post(
        reverse("wagtailadmin_pages:lock", args=[european_page.pk])
    )

    assert admin_refusal(response), describe(response)
    assert not Page.objects.get(pk=european_page.pk).locked


def test_a_danish_moderator_still_locks_a_danish_page(moderator_dk, danish_news):
    client_for(moderator_dk).post(reverse("wagtailadmin_pages:lock", args=[danish_news.pk]))

    assert Page.objects.get(pk=danish_news.pk).locked


def test_the_translator_translates_a_danish_page_into_english(translator, danish_news):
    client = client_for(translator)
    content = client.get(explore_url(danish_news.get_parent())).content.decode()

    submit(client, submit_url(danish_news), "en")

    assert submit_url(danish_news) in content
    assert translated_languages(danish_news) == {"en"}


def test_the_translator_cannot_open_a_danish_source_page_in_the_editor(translator, danish_news):
    response = client_for(translator).get(edit_url(danish_news))

    assert admin_refusal(response), describe(response)


# 2. Topics and resources -------------------------------------------------------------------


def make_topic():
    return TopicFactory(name="District heating", slug="district-heating")


def make_resource():
    return ExternalResource.objects.create(
        title="Energy communities handbook",
        url="https://example.org/handbook",
        kind=ResourceKind.GUIDE,
    )


SNIPPETS = [
    pytest.param(make_topic, "District heating", "Fjernvarme", id="topic"),
    pytest.param(make_resource, "Energy communities handbook", "Håndbog", id="resource"),
]


@pytest.mark.parametrize("member", ["translator", "coordinator"])
@pytest.mark.parametrize(("make", "source_text", "danish_text"), SNIPPETS)
def test_the_european_team_translates_a_snippet_into_danish(
    request, member, make, source_text, danish_text
):
    client = client_for(request.getfixturevalue(member))
    snippet = make()
    listing = client.get(snippet_url(snippet, "list")).content.decode()

    submit(client, snippet_submit_url(snippet), "da")
    translation = translation_into(snippet, "da")
    translate_string(client, translation, source_text, danish_text)
    danish = snippet.get_translation(locale("da"))
    client.post(snippet_url(danish, "edit"), {"action": "publish"})

    assert snippet_submit_url(snippet) in listing
    assert str(type(snippet).objects.get(pk=danish.pk)) == danish_text


def test_the_translator_may_neither_add_nor_delete_topics(translator):
    assert not translator.has_perm("solutions.add_topic")
    assert not translator.has_perm("solutions.delete_topic")


# 3. National networks translate their own site into English ------------------------------


@pytest.fixture(params=["editor_dk", "moderator_dk"])
def danish_member(request):
    """A member of the Danish national network: an editor, then a moderator."""
    return request.getfixturevalue(request.param)


def test_the_danish_network_finds_the_translate_action_on_a_danish_page(
    danish_member, danish_news
):
    response = client_for(danish_member).get(explore_url(danish_news.get_parent()))

    assert submit_url(danish_news) in response.content.decode()


def test_the_danish_network_is_offered_english_only(danish_member, danish_news):
    response = client_for(danish_member).get(submit_url(danish_news))

    assert offered_languages(response) == {"en"}


def test_the_danish_network_translates_a_danish_news_page_into_english(danish_member, danish_news):
    client = client_for(danish_member)

    submit(client, submit_url(danish_news), "en")
    english = danish_news.get_translation(locale("en"))
    translation = translation_into(danish_news, "en")
    editor = client.get(edit_url(english))
    translate_string(client, translation, "Fjernvarme", "District heating")

    assert english.get_parent().slug == "news"
    assert editor.status_code == 200
    assert saved_translations(translation) == {"District heating"}


def test_the_danish_editor_never_meets_estonian_pages_in_the_explorer(editor_dk, estonian_news):
    client = client_for(editor_dk)
    root = client.get(reverse("wagtailadmin_explore_root")).content.decode()
    estonian_index = client.get(explore_url(estonian_news.get_parent())).content.decode()

    assert explore_url(national_home("ee")) not in root
    assert "Kaugküte" not in estonian_index
    assert submit_url(estonian_news) not in estonian_index


@pytest.mark.parametrize("method", ["get", "post"])
def test_the_danish_editor_is_refused_the_translation_of_an_estonian_page(
    editor_dk, estonian_news, method
):
    before = (database_state(estonian_news), Translation.objects.count())
    client = client_for(editor_dk)

    if method == "get":
        response = client.get(submit_url(estonian_news))
    else:
        response = submit(client, submit_url(estonian_news), "en", "da")

    assert admin_refusal(response), describe(response)
    assert (database_state(estonian_news), Translation.objects.count()) == before


def test_the_danish_editor_is_refused_the_translation_of_a_european_page(editor_dk, european_page):
    before = (database_state(european_page), Translation.objects.count())

    response = submit(client_for(editor_dk), submit_url(european_page), "da")

    assert admin_refusal(response), describe(response)
    assert (database_state(european_page), Translation.objects.count()) == before


def test_the_danish_editor_is_refused_the_editor_of_an_estonian_pages_translation(
    editor_dk, estonian_news
):
    translate(estonian_news, locale("en"), {"Kaugküte": "District heating"})
    english = estonian_news.get_translation(locale("en"))
    translation = translation_into(estonian_news, "en")
    before = saved_translations(translation)
    client = client_for(editor_dk)

    editor = client.get(edit_url(english))
    typing = translate_string(client, translation, "Kaugküte", "Fjernvarme")

    assert admin_refusal(editor), describe(editor)
    assert typing.status_code == 403
    assert saved_translations(translation) == before


def test_the_danish_editor_is_refused_the_translation_of_a_topic(editor_dk):
    topic = make_topic()

    response = submit(client_for(editor_dk), snippet_submit_url(topic), "da")

    assert admin_refusal(response), describe(response)
    assert translated_languages(topic) == set()


def update_url(instance):
    source_id = translation_into(instance, "da").source_id
    return reverse("wagtail_localize:update_translations", args=[source_id])


def test_the_danish_editor_is_refused_the_sync_of_a_topics_translations(editor_dk):
    """Syncing with "Publish immediately" would push the new English name into the Danish topic."""
    topic = make_topic()
    danish = translate(topic, locale("da"), {"District heating": "Fjernvarme"})
    topic.name = "District heating networks"
    topic.save()

    response = client_for(editor_dk).post(update_url(topic), {"publish_translations": "on"})

    assert admin_refusal(response), describe(response)
    assert Topic.objects.get(pk=danish.pk).name == "Fjernvarme"


def test_the_danish_editor_is_refused_the_sync_of_a_european_pages_translations(
    editor_dk, european_page
):
    translate(european_page, locale("da"), publish=False)
    european_page.intro = "Citizens who share the energy they make."
    european_page.save_revision().publish()
    source = translation_into(european_page, "da").source
    before = source.last_updated_at

    response = client_for(editor_dk).post(update_url(european_page))

    source.refresh_from_db()
    assert admin_refusal(response), describe(response)
    assert source.last_updated_at == before


# 4. Network coordinators translate everything ---------------------------------------------


@pytest.mark.parametrize(
    ("source", "codes"),
    [
        ("european_page", ["et", "da", "es", "bg", "it"]),
        ("danish_news", ["en"]),
        ("estonian_news", ["en"]),
    ],
)
def test_a_coordinator_translates_every_site(request, coordinator, source, codes):
    page = request.getfixturevalue(source)
    client = client_for(coordinator)

    offered = offered_languages(client.get(submit_url(page)))
    submit(client, submit_url(page), *codes)

    assert set(codes) <= offered
    assert translated_languages(page) >= set(codes)


def test_a_coordinator_translates_topics(coordinator):
    topic = make_topic()

    submit(client_for(coordinator), snippet_submit_url(topic), "et", "da", "es", "bg", "it")

    assert translated_languages(topic) == {"et", "da", "es", "bg", "it"}
    assert Topic.objects.filter(translation_key=topic.translation_key).count() == 6
