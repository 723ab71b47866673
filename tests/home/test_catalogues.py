"""Every visitor-facing string is translated into the five national languages."""

import os
import shutil
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

import polib
import pytest

LANGUAGES = ["et", "da", "es", "bg", "it"]
LOCALE_DIR = Path(settings.BASE_DIR) / "locale"


def catalogue(language):
    path = LOCALE_DIR / language / "LC_MESSAGES" / "django.po"
    assert path.exists(), f"{path} is missing"
    return polib.pofile(str(path))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_has_no_empty_or_fuzzy_translation(language):
    po = catalogue(language)

    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    empty_plurals = [
        entry.msgid for entry in po if entry.msgid_plural and not all(entry.msgstr_plural.values())
    ]

    assert untranslated == []
    assert fuzzy == []
    assert empty_plurals == []
    assert len(po.translated_entries()) > 0


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_declares_its_language(language):
    assert catalogue(language).metadata["Language"] == language


def test_every_string_in_the_code_is_in_every_catalogue(tmp_path, monkeypatch):
    """Extract the strings afresh with makemessages and compare them with the catalogues.

    makemessages writes next to the sources it reads, so it runs on a copy of the code.
    """
    if shutil.which("xgettext") is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("GNU gettext (xgettext) is needed in CI to check the catalogues.")
        pytest.skip("GNU gettext is not installed: apt-get install gettext to run this check")
    source = tmp_path / "source"
    shutil.copytree(
        settings.BASE_DIR,
        source,
        ignore=shutil.ignore_patterns(
            ".*",
            "static",
            "media",
            "locale",
            "tests",
            "test-artifacts",
            "__pycache__",
            "*.sqlite3",
        ),
    )
    (source / "locale").mkdir()
    monkeypatch.chdir(source)
    with override_settings(LOCALE_PATHS=[source / "locale"]):
        call_command("makemessages", locale=["da"], verbosity=0)
    extracted = polib.pofile(str(source / "locale" / "da" / "LC_MESSAGES" / "django.po"))
    wanted = {(entry.msgctxt, entry.msgid) for entry in extracted}

    assert len(wanted) > 20, "the extraction found almost nothing"
    for language in LANGUAGES:
        present = {(entry.msgctxt, entry.msgid) for entry in catalogue(language)}
        missing = sorted(msgid for _context, msgid in wanted - present)
        assert missing == [], f"{language}: run `make messages` and translate {missing}"
