"""Machine translation: which service the environment picks, and how its answers are used.

LibreTranslate is exercised over real HTTP against a small server that each test starts on
127.0.0.1, through wagtail-localize's own admin views. A service that is down, slow or
confused must leave the translator with a clear message and all of their work.
"""

import html
import json
import re
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

from django.contrib.messages import get_messages
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings
from django.urls import reverse

from wagtail.models import Locale
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

import pytest

from tests.factories import StandardPageFactory
from translation_workflow.machine import (
    MachineTranslationFailed,
    NetworkDeepLTranslator,
    NetworkLibreTranslator,
    machine_translator_setting,
)

pytestmark = pytest.mark.django_db

FAILURE = (
    "LibreTranslate could not translate the text just now: {reason}. Nothing was changed; "
    "try again later or translate by hand."
)


class TranslationServiceStub(ThreadingHTTPServer):
    """A translation service on 127.0.0.1 that records each request it receives.

    `answer(request)` returns the HTTP status and body of the answer to a request's body,
    read as JSON or as a form. By default it answers as LibreTranslate does, prefixing each
    text with the target language ("DA: ...").
    """

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), TranslationServiceHandler)
        self.received = []
        self.answer = self.translate

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}"

    @staticmethod
    def translate(request):
        prefix = request["target"].upper()
        return 200, json.dumps({"translatedText": [f"{prefix}: {q}" for q in request["q"]]})


class TranslationServiceHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"])).decode()
        content_type = self.headers["Content-Type"]
        request = json.loads(body) if content_type == "application/json" else parse_qs(body)
        self.server.received.append(
            {
                "path": self.path,
                "content_type": content_type,
                "authorization": self.headers["Authorization"],
                "body": request,
            }
        )
        status, answer = self.server.answer(request)
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(answer.encode())

    def log_message(self, format, *args):
        pass


@pytest.fixture
def service():
    """A translation service stub, listening on a free port of 127.0.0.1 for this test."""
    server = TranslationServiceStub()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join()


def use_libretranslate(url, api_key="", timeout="5"):
    return override_settings(
        WAGTAILLOCALIZE_MACHINE_TRANSLATOR=machine_translator_setting(
            {
                "LIBRETRANSLATE_URL": url,
                "LIBRETRANSLATE_API_KEY": api_key,
                "MACHINE_TRANSLATION_TIMEOUT": timeout,
            }
        )
    )


def closed_port_url():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def danish():
    return Locale.objects.get(language_code="da")


def save_and_publish(translation, capture_on_commit):
    # wagtail-localize publishes a translated page when the transaction commits, which
    # never happens inside a test.
    with capture_on_commit(execute=True):
        translation.save_target(publish=True)


@pytest.fixture
def danish_translation(network, danish, django_capture_on_commit_callbacks):
    """A published English page on the European site, with a live Danish translation."""
    page = StandardPageFactory(
        parent=network["eu"].root_page,
        title="Energy retrofits",
        intro="Cities insulate their schools.",
        seo_title="",
        search_description="",
    )
    page.save_revision().publish()
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=danish)
    save_and_publish(translation, django_capture_on_commit_callbacks)
    return translation


@pytest.fixture
def translator_client(client, translator):
    client.force_login(translator)
    return client


def edit_url(translation):
    return reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])


def machine_translate(client, translation):
    return client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]),
        {"next": edit_url(translation)},
    )


def messages_of(response):
    return [str(message).strip() for message in get_messages(response.wsgi_request)]


def string_translations(translation):
    return {
        item.translation_of.data: (item.data, item.translation_type)
        for item in StringTranslation.objects.filter(
            locale=translation.target_locale
        ).select_related("translation_of")
    }


def translate_by_hand(translation, source_text, text):
    segment = StringSegment.objects.select_related("string").get(
        source=translation.source, string__data=source_text
    )
    return StringTranslation.objects.create(
        translation_of=segment.string,
        locale=translation.target_locale,
        context_id=segment.context_id,
        data=text,
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
    )


def editor_props(response):
    props = re.search(r'class="js-translation-editor" data-props="([^"]*)"', response.text)
    return json.loads(html.unescape(props.group(1)))


# The service's answers land in the translation ----------------------------------------------


def test_libretranslate_translates_the_page_and_the_published_translation_shows_it(
    service, danish_translation, translator_client, django_capture_on_commit_callbacks
):
    with use_libretranslate(service.url):
        response = machine_translate(translator_client, danish_translation)

    assert response.status_code == 302
    assert response.url == edit_url(danish_translation)
    assert messages_of(response) == ["Successfully translated with LibreTranslate."]

    [request] = service.received
    assert request["path"] == "/translate"
    assert request["content_type"] == "application/json"
    sent = request["body"]
    assert (sent["source"], sent["target"], sent["format"]) == ("en", "da", "html")
    assert {"Energy retrofits", "Cities insulate their schools."} <= set(sent["q"])
    assert "api_key" not in sent

    stored = string_translations(danish_translation)
    assert stored["Energy retrofits"] == ("DA: Energy retrofits", "machine")
    assert stored["Cities insulate their schools."] == (
        "DA: Cities insulate their schools.",
        "machine",
    )
    assert set(stored) == set(sent["q"])
    assert set(
        StringTranslation.objects.filter(locale=danish_translation.target_locale).values_list(
            "tool_name", flat=True
        )
    ) == {"LibreTranslate"}

    save_and_publish(danish_translation, django_capture_on_commit_callbacks)
    page = danish_translation.get_target_instance()
    visitor_view = translator_client.get(page.url, HTTP_HOST="localhost")
    assert visitor_view.status_code == 200
    assert "DA: Cities insulate their schools." in visitor_view.text
    assert "DA: Energy retrofits" in visitor_view.text


def test_libretranslate_sends_the_api_key_when_one_is_configured(
    service, danish_translation, translator_client
):
    with use_libretranslate(service.url + "/", api_key="network-key"):
        machine_translate(translator_client, danish_translation)

    [request] = service.received
    assert request["path"] == "/translate"
    assert request["body"]["api_key"] == "network-key"


def test_strings_translated_by_hand_are_kept_and_not_sent_to_the_service(
    service, danish_translation, translator_client
):
    translate_by_hand(danish_translation, "Energy retrofits", "Energirenovering")

    with use_libretranslate(service.url):
        machine_translate(translator_client, danish_translation)

    [request] = service.received
    assert "Energy retrofits" not in request["body"]["q"]
    stored = string_translations(danish_translation)
    assert stored["Energy retrofits"] == ("Energirenovering", "manual")
    assert stored["Cities insulate their schools."][1] == "machine"


# A failing service -----------------------------------------------------------------------------


def answer_500(request):
    return 500, json.dumps({"error": "Internal error"})


def answer_403(request):
    return 403, json.dumps({"error": "Invalid API key"})


def answer_malformed(request):
    return 200, "<html>Gateway says hello</html>"


def answer_too_few(request):
    return 200, json.dumps({"translatedText": ["Only one"]})


def answer_slowly(request):
    time.sleep(1.5)
    return TranslationServiceStub.translate(request)


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        (answer_500, "the service reported an error (HTTP 500)"),
        (answer_403, "the service refused the request (HTTP 403)"),
        (answer_malformed, "its answer could not be read"),
        (answer_too_few, "its answer could not be read"),
        (answer_slowly, "the service did not answer"),
    ],
    ids=["http-500", "http-403", "malformed-json", "wrong-number-of-answers", "timeout"],
)
def test_a_failing_service_gives_a_clear_message_and_keeps_the_translators_work(
    service, danish_translation, translator_client, answer, reason
):
    translate_by_hand(danish_translation, "Energy retrofits", "Energirenovering")
    before = string_translations(danish_translation)
    service.answer = answer

    with use_libretranslate(service.url, timeout="0.5"):
        response = machine_translate(translator_client, danish_translation)

    assert response.status_code == 302
    assert response.url == edit_url(danish_translation)
    assert messages_of(response) == [FAILURE.format(reason=reason)]
    assert len(service.received) == 1
    assert string_translations(danish_translation) == before


def test_a_service_that_is_down_is_reported_on_the_translation_editor(
    danish_translation, translator_client
):
    translate_by_hand(danish_translation, "Energy retrofits", "Energirenovering")
    before = string_translations(danish_translation)

    with use_libretranslate(closed_port_url()):
        response = translator_client.post(
            reverse("wagtail_localize:machine_translate", args=[danish_translation.pk]),
            {"next": edit_url(danish_translation)},
            follow=True,
        )

    assert response.status_code == 200
    assert response.redirect_chain == [(edit_url(danish_translation), 302)]
    assert html.escape(FAILURE.format(reason="the service did not answer")) in response.text
    assert string_translations(danish_translation) == before


def test_a_failure_without_a_safe_next_address_returns_to_the_admin_home(
    danish_translation, translator_client
):
    with use_libretranslate(closed_port_url()):
        response = translator_client.post(
            reverse("wagtail_localize:machine_translate", args=[danish_translation.pk]),
            {"next": "https://elsewhere.example/"},
        )

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")


# Syncing after the source changed, with "Use machine translation" ticked -----------------------


def change_source(translation, intro):
    page = translation.source.get_source_instance()
    page.intro = intro
    page.save_revision().publish()


def sync(client, translation, publish):
    form = {"use_machine_translation": "on", "next": edit_url(translation)}
    if publish:
        form["publish_translations"] = "on"
    return client.post(
        reverse("wagtail_localize:update_translations", args=[translation.source.pk]), form
    )


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client


def test_a_sync_with_machine_translation_translates_and_publishes_the_change(
    service, danish_translation, coordinator_client, django_capture_on_commit_callbacks
):
    change_source(danish_translation, "Cities insulate their schools and libraries.")

    with (
        use_libretranslate(service.url),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = sync(coordinator_client, danish_translation, publish=True)

    assert response.status_code == 302
    [request] = service.received
    assert "Cities insulate their schools and libraries." in request["body"]["q"]
    page = danish_translation.get_target_instance()
    assert page.live
    assert page.intro == "DA: Cities insulate their schools and libraries."
    assert not page.has_unpublished_changes


@pytest.mark.parametrize(
    ("person", "publish"), [("translator", False), ("coordinator", True)], ids=["draft", "publish"]
)
def test_a_sync_whose_machine_translation_fails_changes_nothing(
    request, client, danish_translation, django_capture_on_commit_callbacks, person, publish
):
    """The translator may keep the sync as a draft; the coordinator also publishes it."""
    client.force_login(request.getfixturevalue(person))
    translate_by_hand(danish_translation, "Energy retrofits", "Energirenovering")
    save_and_publish(danish_translation, django_capture_on_commit_callbacks)
    before = string_translations(danish_translation)
    segments_before = set(
        StringSegment.objects.filter(source=danish_translation.source).values_list(
            "string__data", flat=True
        )
    )
    change_source(danish_translation, "Cities insulate their schools and libraries.")

    with (
        use_libretranslate(closed_port_url()),
        django_capture_on_commit_callbacks(execute=True) as published,
    ):
        response = sync(client, danish_translation, publish)

    assert response.status_code == 302
    assert response.url == edit_url(danish_translation)
    assert messages_of(response) == [FAILURE.format(reason="the service did not answer")]
    assert published == []
    assert string_translations(danish_translation) == before
    assert (
        set(
            StringSegment.objects.filter(source=danish_translation.source).values_list(
                "string__data", flat=True
            )
        )
        == segments_before
    )
    page = danish_translation.get_target_instance()
    page.refresh_from_db()
    assert (page.title, page.intro) == ("Energirenovering", "Cities insulate their schools.")


# Which service the environment picks ----------------------------------------------------------


def test_no_service_configured_means_no_machine_translation_button(
    danish_translation, translator_client
):
    assert machine_translator_setting({}) is None
    assert machine_translator_setting({"DEEPL_API_KEY": " ", "LIBRETRANSLATE_URL": ""}) is None

    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=None):
        assert get_machine_translator() is None
        editor = translator_client.get(edit_url(danish_translation))
        sync_form = translator_client.get(
            reverse("wagtail_localize:update_translations", args=[danish_translation.source.pk])
        )

    assert editor_props(editor)["machineTranslator"] is None
    assert 'name="use_machine_translation"' not in sync_form.text


def test_libretranslate_url_configures_libretranslate_and_shows_its_button(
    danish_translation, translator_client
):
    setting = machine_translator_setting({"LIBRETRANSLATE_URL": "http://translate.internal:5000"})
    assert setting["OPTIONS"]["LIBRETRANSLATE_URL"] == "http://translate.internal:5000"
    assert setting["OPTIONS"]["API_KEY"] == ""

    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=setting):
        assert isinstance(get_machine_translator(), NetworkLibreTranslator)
        editor = translator_client.get(edit_url(danish_translation))

    assert editor_props(editor)["machineTranslator"] == {
        "name": "LibreTranslate",
        "url": reverse("wagtail_localize:machine_translate", args=[danish_translation.pk]),
    }


def deepl_translator(environ):
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=machine_translator_setting(environ)):
        return get_machine_translator()


def deepl_parameters(translator, target):
    source_locale = Locale.objects.get(language_code="en")
    target_locale = Locale.objects.get(language_code=target)
    return translator.get_parameters(source_locale, target_locale, [])


def test_deepl_wins_over_libretranslate_and_sets_formality_only_where_deepl_supports_it(network):
    translator = deepl_translator(
        {"DEEPL_API_KEY": "secret-key", "LIBRETRANSLATE_URL": "http://translate.internal"}
    )

    assert isinstance(translator, NetworkDeepLTranslator)
    assert translator.get_api_endpoint() == "https://api.deepl.com/v2/translate"
    assert translator.get_headers() == {"Authorization": "DeepL-Auth-Key secret-key"}
    formality = {
        target: deepl_parameters(translator, target).get("formality")
        for target in ["es", "it", "et", "da", "bg"]
    }
    assert formality == {
        "es": "prefer_more",
        "it": "prefer_more",
        "et": None,
        "da": None,
        "bg": None,
    }
    assert deepl_parameters(translator, "it")["target_lang"] == "IT"


def test_deepl_formality_comes_from_the_environment_and_is_never_sent_for_danish(network):
    translator = deepl_translator(
        {"DEEPL_API_KEY": "secret-key:fx", "DEEPL_FORMALITY": "es=less, da=more"}
    )

    assert translator.get_api_endpoint() == "https://api-free.deepl.com/v2/translate"
    assert deepl_parameters(translator, "es")["formality"] == "less"
    assert "formality" not in deepl_parameters(translator, "it")
    assert "formality" not in deepl_parameters(translator, "da")


def test_a_mistyped_deepl_formality_stops_the_site_from_starting():
    with pytest.raises(ImproperlyConfigured, match="DEEPL_FORMALITY"):
        machine_translator_setting({"DEEPL_API_KEY": "secret-key", "DEEPL_FORMALITY": "es=formal"})


class LocalDeepL(NetworkDeepLTranslator):
    """DeepL's translator, sent to the local stub instead of DeepL."""

    def get_api_endpoint(self):
        return self.options["STUB_URL"] + "/v2/translate"


def deepl_answer(request):
    target = request["target_lang"][0]
    return 200, json.dumps(
        {
            "translations": [
                {"detected_source_language": "EN", "text": f"{target}: {text}"}
                for text in request["text"]
            ]
        }
    )


def test_deepl_sends_formality_for_spanish_only_and_reads_its_answer(service, network):
    service.answer = deepl_answer
    setting = machine_translator_setting({"DEEPL_API_KEY": "secret-key"})
    translator = LocalDeepL({**setting["OPTIONS"], "STUB_URL": service.url})
    english, spanish, danish = (
        Locale.objects.get(language_code=code) for code in ["en", "es", "da"]
    )
    text = StringValue("Cities insulate their schools.")

    assert translator.translate(english, spanish, [text])[text].data == (
        "ES: Cities insulate their schools."
    )
    assert translator.translate(english, danish, [text])[text].data == (
        "DA: Cities insulate their schools."
    )

    to_spanish, to_danish = service.received
    assert to_spanish["path"] == "/v2/translate"
    assert to_spanish["authorization"] == "DeepL-Auth-Key secret-key"
    assert to_spanish["body"] == {
        "text": ["Cities insulate their schools."],
        "tag_handling": ["xml"],
        "source_lang": ["EN"],
        "target_lang": ["ES"],
        "formality": ["prefer_more"],
    }
    assert "formality" not in to_danish["body"]


def test_deepl_answers_in_the_wrong_shape_are_refused(service, network):
    service.answer = lambda request: (200, json.dumps({"translations": "ES: hola"}))
    setting = machine_translator_setting({"DEEPL_API_KEY": "secret-key"})
    translator = LocalDeepL({**setting["OPTIONS"], "STUB_URL": service.url})
    english, spanish = (Locale.objects.get(language_code=code) for code in ["en", "es"])

    with pytest.raises(MachineTranslationFailed) as failure:
        translator.translate(english, spanish, [StringValue("Hello")])

    assert str(failure.value.message) == (
        "DeepL could not translate the text just now: its answer could not be read. Nothing "
        "was changed; try again later or translate by hand."
    )
