"""PO files for professional translators, shared by the admin upload and `translation_po`.

wagtail-localize writes and reads the files (`Translation.export_po()` and `import_po()`);
this module adds what a translation agency's files need on top: the target language in the
header, and a refusal with a clear reason, before anything is stored, for a file that is
broken, made for another page or language, or holds strings the source does not have.
"""

import contextlib
import os
import tempfile
import uuid

from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail_localize.models import Translation
from wagtail_localize.strings import StringValue, validate_translation_links

import polib

# The header wagtail-localize writes and checks: the uuid of the Translation a file is for.
TRANSLATION_ID_HEADER = "X-WagtailLocalize-TranslationID"
# Our own headers, so that a file says what it is without a database at hand.
SOURCE_OBJECT_HEADER = "X-SmartEnCity-SourceObject"
SOURCE_LOCALE_HEADER = "X-SmartEnCity-SourceLocale"
LANGUAGE_HEADER = "Language"
# How many faulty strings a refusal names; the rest are counted.
LISTED_STRINGS = 5


class RefusedPOFile(Exception):
    """A PO file that cannot be imported; `message` tells the person what to do."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def language_name(locale):
    return locale.get_display_name() or locale.language_code


def read_po(data, name):
    """Parse the bytes of an uploaded or local PO file, or refuse them."""
    if not data.strip():
        raise RefusedPOFile(
            _("“%(name)s” is empty. Choose the PO file you filled in.") % {"name": name}
        )
    if b"\x00" in data:
        # No text file holds NUL bytes, and PostgreSQL cannot store them.
        raise RefusedPOFile(not_a_po_file_message(name))
    # polib takes a path or the contents in the same argument, and would read a file from
    # this server if the contents happened to be a path, so the data goes through a file.
    with tempfile.NamedTemporaryFile(suffix=".po", delete=False) as handle:
        handle.write(data)
    try:
        return polib.pofile(handle.name)
    except (OSError, UnicodeError, ValueError, LookupError) as error:
        raise RefusedPOFile(not_a_po_file_message(name)) from error
    finally:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)


def not_a_po_file_message(name):
    return _(
        "“%(name)s” is not a PO file, or it is damaged: it cannot be read as "
        "UTF-8 gettext text. Choose the .po file exported from this site."
    ) % {"name": name}


def translation_of(po, name):
    """The Translation a PO file was exported from, found by its header."""
    header = po.metadata.get(TRANSLATION_ID_HEADER, "").strip()
    if not header:
        raise RefusedPOFile(
            _(
                "“%(name)s” was not exported from this site: its header has no translation "
                "ID. Download the PO file of the translation you work on and fill that in."
            )
            % {"name": name}
        )
    try:
        translation_uuid = uuid.UUID(header)
    except ValueError:
        translation_uuid = None
    translation = (
        Translation.objects.select_related("source", "source__locale", "target_locale")
        .filter(uuid=translation_uuid)
        .first()
        if translation_uuid
        else None
    )
    if translation is None:
        raise RefusedPOFile(
            _(
                "“%(name)s” was made for a translation that does not exist on this site "
                "(it may have been deleted)."
            )
            % {"name": name}
        )
    return translation


def check_language(po, locale, name):
    """Refuse a file whose `Language` header names another language than `locale`.

    Translation tools write regional codes such as `da_DK`; those match `da`.
    """
    declared = po.metadata.get(LANGUAGE_HEADER, "").strip()
    if not declared:
        return
    normalised = declared.lower().replace("_", "-")
    code = locale.language_code.lower()
    if normalised != code and not normalised.startswith(f"{code}-"):
        raise RefusedPOFile(
            _(
                "“%(name)s” says its language is “%(declared)s”, but this translation is "
                "into %(language)s (%(code)s). Check that you chose the right file."
            )
            % {
                "name": name,
                "declared": declared,
                "language": language_name(locale),
                "code": locale.language_code,
            }
        )


def check_po_for_translation(po, translation, name):
    """Refuse a file made for another page, snippet or language than `translation`."""
    found = translation_of(po, name)
    if found.pk != translation.pk:
        if found.source_id == translation.source_id:
            raise RefusedPOFile(
                _(
                    "“%(name)s” holds the %(file_language)s translation of “%(object)s”, "
                    "not the %(language)s one you are working on."
                )
                % {
                    "name": name,
                    "file_language": language_name(found.target_locale),
                    "object": translation.source.object_repr,
                    "language": language_name(translation.target_locale),
                }
            )
        raise RefusedPOFile(
            _(
                "“%(name)s” was made for “%(other)s”, not for “%(object)s”. "
                "Choose the PO file of this page."
            )
            % {
                "name": name,
                "other": found.source.object_repr,
                "object": translation.source.object_repr,
            }
        )
    check_language(po, translation.target_locale, name)


def unknown_strings_message(warnings, po, translation, name):
    listed = "; ".join(describe_entry(po[warning.index]) for warning in warnings[:LISTED_STRINGS])
    more = len(warnings) - LISTED_STRINGS
    if more > 0:
        listed += " " + ngettext("(and %(count)d more)", "(and %(count)d more)", more) % {
            "count": more
        }
    return ngettext(
        "“%(name)s” has %(count)d string that “%(object)s” does not have: %(strings)s. "
        "Nothing was imported. Export a new file if the source has changed.",
        "“%(name)s” has %(count)d strings that “%(object)s” does not have: %(strings)s. "
        "Nothing was imported. Export a new file if the source has changed.",
        len(warnings),
    ) % {
        "name": name,
        "count": len(warnings),
        "object": translation.source.object_repr,
        "strings": listed,
    }


def describe_entry(entry):
    """An entry as a translator's tool shows it: the text, then its context."""
    if entry.msgctxt:
        return f"“{shorten(entry.msgid)}” ({entry.msgctxt})"
    return f"“{shorten(entry.msgid)}”"


def shorten(text, length=60):
    return text if len(text) <= length else f"{text[: length - 1]}…"


def invalid_translations(po):
    """The msgstrs wagtail-localize will store but flag as needing a fix in its editor."""
    invalid = []
    for entry in po:
        if not entry.msgstr:
            continue
        try:
            StringValue.from_translated_html(entry.msgstr)
            validate_translation_links(entry.msgid, entry.msgstr)
        except ValueError:
            invalid.append(entry.msgid)
    return invalid


@transaction.atomic
def import_checked(translation, po, name, user=None, tool_name="PO File"):
    """Import `po` into `translation`, or refuse the whole file and store nothing.

    wagtail-localize skips strings it does not know and imports the rest; a translator's
    file with such strings is out of date or meant for something else, so it is refused.
    Returns the number of strings with a translation in the file.
    """
    warnings = translation.import_po(po, user=user, tool_name=tool_name)
    if warnings:
        raise RefusedPOFile(unknown_strings_message(warnings, po, translation, name))
    return sum(1 for entry in po if entry.msgstr and not entry.obsolete)


def save_draft(translation, user=None):
    """Save the translation as a draft of its page or snippet, leaving what visitors see.

    `Translation.save_target(publish=False)` writes the translated fields into the object's
    own row as well as a revision, and a live page serves its row: visitors would read the
    "draft". A live target therefore gets only a new revision.
    """
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        target = None
    if target is None or not getattr(target, "live", False):
        translation.save_target(user=user, publish=False)
        return
    draft = translation.source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=True
    )
    draft.save_revision(user=user)


def add_headers(po, translation):
    po.metadata[LANGUAGE_HEADER] = translation.target_locale.language_code
    po.metadata[SOURCE_OBJECT_HEADER] = str(translation.source.object_id)
    po.metadata[SOURCE_LOCALE_HEADER] = translation.source.locale.language_code
    return po


def export_for_translator(translation):
    """The whole translation, as the admin's "Download PO file" gives it, with its language."""
    return add_headers(translation.export_po(), translation)


def export_untranslated(translation):
    """Only the strings still to translate, or None when there are none."""
    po = add_headers(translation.export_po(), translation)
    todo = [entry for entry in po if not entry.msgstr and not entry.obsolete]
    if not todo:
        return None
    po[:] = todo
    return po


def po_file_name(translation):
    """A readable, unique file name: model, title and object uuid, then the target language."""
    source = translation.source
    title = slugify(source.object_repr)[:50] or "untitled"
    return (
        f"{source.specific_content_type.model}-{title}-{source.object_id}"
        f".{translation.target_locale.language_code}.po"
    )
