"""Machine translation with wagtail-localize's own DeepL and LibreTranslate backends.

The environment chooses the service (see `machine_translator_setting`): `DEEPL_API_KEY` for
DeepL, otherwise `LIBRETRANSLATE_URL` for a LibreTranslate server, otherwise none, and then
the translation editor shows no machine translation button.

Upstream lets a service that is down, slow or confused surface as a server error, half way
through the translator's work. These subclasses check every answer before wagtail-localize
stores any of it, and raise `MachineTranslationFailed` instead, which
`translation_workflow.middleware` turns into a message for the translator.
"""

import json

from django.core.exceptions import ImproperlyConfigured
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from wagtail_localize.machine_translators.deepl import DeepLTranslator
from wagtail_localize.machine_translators.deepl import language_code as deepl_language_code
from wagtail_localize.machine_translators.libretranslate import LibreTranslator
from wagtail_localize.strings import StringValue

import requests

# The target languages for which DeepL's /v2/languages?type=target lists
# "supports_formality": true. Sending formality for any other language (Estonian, Danish,
# Bulgarian, English) makes DeepL refuse the whole request unless it is a prefer_ option, so
# we never send it for them.
DEEPL_FORMALITY_LANGUAGES = frozenset(
    {"DE", "ES", "ES-419", "FR", "IT", "JA", "NL", "PL", "PT-BR", "PT-PT", "RU"}
)
DEEPL_FORMALITY_OPTIONS = frozenset({"default", "more", "less", "prefer_more", "prefer_less"})
# The network addresses cities and their officials, so the polite form is the default.
DEFAULT_DEEPL_FORMALITY = {"es": "prefer_more", "it": "prefer_more"}
DEFAULT_TIMEOUT = 20


class MachineTranslationFailed(Exception):
    """The machine translation service gave no usable answer, so nothing was stored."""

    def __init__(self, service, reason):
        super().__init__(f"{service}: {reason}")
        self.service = service
        self.reason = reason

    @property
    def message(self):
        """What the translator reads, in the language active when it is turned into text."""
        return format_lazy(
            _(
                "{service} could not translate the text just now: {reason}. Nothing was "
                "changed; try again later or translate by hand."
            ),
            service=self.service,
            reason=self.reason,
        )


class CheckedAnswersMixin:
    """Sends a request to the service and accepts only a complete, readable answer."""

    def post_for_json(self, url, **kwargs):
        try:
            response = requests.post(url, timeout=self.get_timeout(), **kwargs)
        except requests.RequestException as error:
            raise MachineTranslationFailed(
                self.display_name, _("the service did not answer")
            ) from error
        if response.status_code >= 400:
            reason = (
                _("the service reported an error (HTTP {status})")
                if response.status_code >= 500
                else _("the service refused the request (HTTP {status})")
            )
            raise MachineTranslationFailed(
                self.display_name, format_lazy(reason, status=response.status_code)
            )
        try:
            return response.json()
        except ValueError as error:
            raise self.unreadable() from error

    def unreadable(self):
        return MachineTranslationFailed(self.display_name, _("its answer could not be read"))

    def pair(self, strings, texts):
        """Each source string with its translation, if the service answered each one."""
        if (
            not isinstance(texts, list)
            or len(texts) != len(strings)
            or not all(isinstance(text, str) for text in texts)
        ):
            raise self.unreadable()
        return {string: StringValue(text) for string, text in zip(strings, texts, strict=True)}


class NetworkDeepLTranslator(CheckedAnswersMixin, DeepLTranslator):
    """DeepL, with the formality chosen per target language.

    OPTIONS: `AUTH_KEY` (a key ending in `:fx` uses DeepL's free API, as upstream),
    `FORMALITY_BY_LANGUAGE` (locale code to a DeepL formality) and `TIMEOUT` in seconds.
    """

    def get_timeout(self):
        return float(self.options.get("TIMEOUT", DEFAULT_TIMEOUT))

    def formality(self, target_locale):
        by_language = self.options.get("FORMALITY_BY_LANGUAGE") or {}
        formality = by_language.get(target_locale.language_code.lower()) or by_language.get(
            target_locale.language_code.split("-")[0].lower()
        )
        deepl_target = deepl_language_code(target_locale.language_code, is_target=True)
        if formality in DEEPL_FORMALITY_OPTIONS and deepl_target in DEEPL_FORMALITY_LANGUAGES:
            return formality
        return None

    def get_parameters(self, source_locale, target_locale, strings):
        parameters = super().get_parameters(source_locale, target_locale, strings)
        parameters.pop("formality", None)
        if formality := self.formality(target_locale):
            parameters["formality"] = formality
        return parameters

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        answer = self.post_for_json(
            self.get_api_endpoint(),
            data=self.get_parameters(source_locale, target_locale, strings),
            headers=self.get_headers(),
        )
        translations = answer.get("translations") if isinstance(answer, dict) else None
        if not isinstance(translations, list):
            raise self.unreadable()
        return self.pair(
            strings,
            [item.get("text") if isinstance(item, dict) else None for item in translations],
        )


class NetworkLibreTranslator(CheckedAnswersMixin, LibreTranslator):
    """A LibreTranslate server, whose API key is optional as on a self-hosted server.

    OPTIONS: `LIBRETRANSLATE_URL`, `API_KEY` (sent only when set) and `TIMEOUT` in seconds.
    """

    def get_api_endpoint(self):
        return self.options["LIBRETRANSLATE_URL"].rstrip("/")

    def get_timeout(self):
        return float(self.options.get("TIMEOUT", DEFAULT_TIMEOUT))

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        request = {
            "q": [string.data for string in strings],
            "source": self.language_code(source_locale.language_code),
            "target": self.language_code(target_locale.language_code),
            "format": "html",
        }
        if api_key := self.options.get("API_KEY"):
            request["api_key"] = api_key
        answer = self.post_for_json(
            self.get_api_endpoint() + "/translate",
            data=json.dumps(request),
            headers={"Content-Type": "application/json"},
        )
        return self.pair(
            strings, answer.get("translatedText") if isinstance(answer, dict) else None
        )


def deepl_formality(value):
    """Parse `es=prefer_more,it=prefer_less` into {"es": "prefer_more", "it": "prefer_less"}."""
    formality = {}
    for item in value.split(","):
        if not item.strip():
            continue
        language, _sep, option = (part.strip() for part in item.partition("="))
        if not language or option not in DEEPL_FORMALITY_OPTIONS:
            raise ImproperlyConfigured(
                f"DEEPL_FORMALITY: {item.strip()!r} should be language=option, with option "
                f"one of {', '.join(sorted(DEEPL_FORMALITY_OPTIONS))}."
            )
        formality[language.lower()] = option
    return formality


def machine_translator_setting(environ):
    """WAGTAILLOCALIZE_MACHINE_TRANSLATOR for these environment variables, or None.

    DeepL wins when both DEEPL_API_KEY and LIBRETRANSLATE_URL are set. DEEPL_FORMALITY, when
    set (even empty), replaces DEFAULT_DEEPL_FORMALITY.
    """
    timeout = float(environ.get("MACHINE_TRANSLATION_TIMEOUT") or DEFAULT_TIMEOUT)
    if deepl_key := environ.get("DEEPL_API_KEY", "").strip():
        formality = environ.get("DEEPL_FORMALITY")
        if formality is None:
            formality = dict(DEFAULT_DEEPL_FORMALITY)
        else:
            formality = deepl_formality(formality)
        return {
            "CLASS": "translation_workflow.machine.NetworkDeepLTranslator",
            "OPTIONS": {
                "AUTH_KEY": deepl_key,
                "FORMALITY_BY_LANGUAGE": formality,
                "TIMEOUT": timeout,
            },
        }
    if libretranslate_url := environ.get("LIBRETRANSLATE_URL", "").strip():
        return {
            "CLASS": "translation_workflow.machine.NetworkLibreTranslator",
            "OPTIONS": {
                "LIBRETRANSLATE_URL": libretranslate_url,
                "API_KEY": environ.get("LIBRETRANSLATE_API_KEY", "").strip(),
                "TIMEOUT": timeout,
            },
        }
    return None
