"""PO files for professional translators: the editor's download and upload, and the bulk
`translation_po` command, round-trip without loss and refuse wrong files without changing
anything.

The content: "Energy retrofits", an English page on the European site whose body has a
heading, a rich-text paragraph with a link and bold text, a quote and the membership steps,
translated (with nothing translated yet) into Danish and Italian; "Solar schools", a second
English page translated into Danish; and the topic "Heat pumps", translated into Danish and
Italian.
"""

import html
import re
from io import StringIO
from pathlib import Path

from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import resolve, reverse

from wagtail.models import Locale, Page, Revision
from wagtail.rich_text import RichText
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

import polib
import pytest

from national_sites.translation import translate
from tests.conftest import PASSWORD
from tests.factories import StandardPageFactory
from tests.solutions.factories import TopicFactory
from translation_workflow import views_po
from translation_workflow.po import (
    LANGUAGE_HEADER,
    SOURCE_LOCALE_HEADER,
    SOURCE_OBJECT_HEADER,
    TRANSLATION_ID_HEADER,
)

EMPTY_FILE = "“{name}” is empty. Choose the PO file you filled in."
PARAGRAPH = (
    '<p>Read <a href="https://example.org/guide">the guide</a> and <b>act now</b>.</p>'
    "<p>Schools come first.</p>"
)
# Every string of "Energy retrofits", as the translator's tool shows it.
SOURCE_STRINGS = {
    "Energy retrofits",
    "energy-retrofits",
    "Cities insulate their schools.",
    "Why it matters",
    'Read <a id="a1">the guide</a> and <b>act now</b>.',
    "Schools come first.",
    "We did it together.",
    "A mayor",
    "Five steps",
    "Awareness",
    "The city learns what the network offers.",
}


def translated(entry, code):
    """The agency's translation of one entry: recognisable, and with the same markup."""
    if entry.msgctxt == "slug":
        return f"{entry.msgid}-{code}"
    return f"[{code}] {entry.msgid}"


def fill(po, code):
    for entry in po:
        if not entry.obsolete:
            entry.msgstr = translated(entry, code)
    return po


def po_bytes(po):
    return str(po).encode("utf-8")


@pytest.fixture
def locales(network):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def retrofits(network, locales):
    """'Energy retrofits', published in English, translated into Danish and Italian."""
    page = StandardPageFactory(
        parent=network["eu"].root_page,
        title="Energy retrofits",
        slug="energy-retrofits",
        intro="Cities insulate their schools.",
        body=[
            ("heading", {"text": "Why it matters", "level": "h2"}),
            ("paragraph", RichText(PARAGRAPH)),
            ("quote", {"text": "We did it together.", "attribution": "A mayor"}),
            (
                "membership_steps",
                {
                    "title": "Five steps",
                    "intro": "",
                    "steps": [
                        {
                            "name": "Awareness",
                            "description": "The city learns what the network offers.",
                        }
                    ],
                },
            ),
        ],
    )
    page.save_revision().publish()
    for code in ("da", "it"):
        translate(page, locales[code])
    return page


@pytest.fixture
def solar_schools(network, locales):
    """'Solar schools', a second English page, translated into Danish."""
    page = StandardPageFactory(
        parent=network["eu"].root_page, title="Solar schools", intro="Roofs make power."
    )
    page.save_revision().publish()
    translate(page, locales["da"])
    return page


@pytest.fixture
def heat_pumps(locales):
    """The topic 'Heat pumps', translated into Danish and Italian."""
    topic = TopicFactory(
        locale=locales["en"], name="Heat pumps", slug="heat-pumps", description="Warmth from air."
    )
    for code in ("da", "it"):
        translate(topic, locales[code])
    return topic


def translation_of(instance, locale):
    return Translation.objects.get(
        source__object_id=instance.translation_key, target_locale=locale
    )


def stored_strings(locale):
    """What translators have stored for `locale`, to prove that a refusal changed nothing."""
    return sorted(
        StringTranslation.objects.filter(locale=locale).values_list("id", "data", "updated_at")
    )


# The admin: "Download PO file" and "Upload PO file" in wagtail-localize's editor


def download(client, translation):
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.id]))
    assert response.status_code == 200
    return polib.pofile(response.content.decode("utf-8"))


def upload(client, translation, content, name="retrofits-da.po", page=None):
    """Upload as the editor's form does, coming back to the translation's edit view."""
    data = {"next": reverse("wagtailadmin_pages:edit", args=[page.id])} if page else {}
    if content is not None:
        data["file"] = SimpleUploadedFile(name, content, "text/x-gettext-translation")
    return client.post(reverse("wagtail_localize:upload_pofile", args=[translation.id]), data)


def messages_of(response):
    """The messages the next page shows, as text (Wagtail escapes them as HTML)."""
    return [
        (message.level_tag, html.unescape(str(message).strip()))
        for message in get_messages(response.wsgi_request)
    ]


@pytest.fixture
def translator_client(client, translator):
    client.login(username=translator.username, password=PASSWORD)
    return client


def test_the_editor_buttons_reach_our_views_at_wagtail_localize_addresses():
    """The editor reverses wagtail-localize's names; those addresses answer with our views."""
    for name, view in (
        ("wagtail_localize:download_pofile", views_po.download_pofile),
        ("wagtail_localize:upload_pofile", views_po.upload_pofile),
    ):
        match = resolve(reverse(name, args=[1]))
        assert match.func.__module__ == view.__module__
        assert match.func.__name__ == view.__name__


def test_admin_po_round_trip_lands_every_string_in_the_published_page(
    client, translator, coordinator, retrofits, locales, django_capture_on_commit_callbacks
):
    """The translator downloads, fills and uploads; a coordinator publishes; nothing is lost."""
    danish = locales["da"]
    translation = translation_of(retrofits, danish)
    danish_page = retrofits.get_translation(danish)
    client.login(username=translator.username, password=PASSWORD)

    po = download(client, translation)
    assert {entry.msgid for entry in po} == SOURCE_STRINGS
    assert all(entry.msgstr == "" for entry in po)
    assert po.metadata[LANGUAGE_HEADER] == "da"
    assert po.metadata[SOURCE_OBJECT_HEADER] == str(retrofits.translation_key)
    assert po.metadata[SOURCE_LOCALE_HEADER] == "en"

    response = upload(client, translation, po_bytes(fill(po, "da")), page=danish_page)
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[danish_page.id])
    assert messages_of(response) == [
        ("success", f"Imported {len(SOURCE_STRINGS)} translated strings from “retrofits-da.po”.")
    ]
    stored = StringTranslation.objects.filter(locale=danish, tool_name="PO File")
    assert stored.count() == len(SOURCE_STRINGS)
    assert set(stored.values_list("last_translated_by", flat=True)) == {translator.pk}

    assert {(e.msgid, e.msgstr) for e in download(client, translation)} == {
        (e.msgid, e.msgstr) for e in po
    }

    client.login(username=coordinator.username, password=PASSWORD)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[danish_page.id]), {"action": "publish"}
        )
    assert response.status_code == 302
    published = Page.objects.get(pk=danish_page.pk).specific
    assert published.live and not published.has_unpublished_changes
    assert published.title == "[da] Energy retrofits"
    assert published.slug == "energy-retrofits-da"
    assert published.intro == "[da] Cities insulate their schools."
    heading, paragraph, quote, steps = published.body
    assert heading.value["text"] == "[da] Why it matters"
    assert paragraph.value.source == (
        '<p>[da] Read <a href="https://example.org/guide">the guide</a> and <b>act now</b>.</p>'
        "<p>[da] Schools come first.</p>"
    )
    assert quote.value["text"] == "[da] We did it together."
    assert quote.value["attribution"] == "[da] A mayor"
    assert steps.value["title"] == "[da] Five steps"
    assert steps.value["steps"][0]["name"] == "[da] Awareness"
    assert (
        steps.value["steps"][0]["description"] == "[da] The city learns what the network offers."
    )

    client.logout()
    page = client.get("/da/energy-retrofits-da/")
    assert page.status_code == 200
    assert (
        '[da] Read <a href="https://example.org/guide">the guide</a> and <b>act now</b>.'
        in page.content.decode()
    )


def test_admin_po_round_trip_for_a_snippet(client, coordinator, heat_pumps, locales):
    """A topic's file comes back into its Danish translation, which the editor then saves."""
    danish_topic = heat_pumps.get_translation(locales["da"])
    translation = translation_of(heat_pumps, locales["da"])
    edit_url = reverse("wagtailsnippets_solutions_topic:edit", args=[danish_topic.pk])
    client.login(username=coordinator.username, password=PASSWORD)

    po = fill(download(client, translation), "da")
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.id]),
        {"next": edit_url, "file": SimpleUploadedFile("topic.po", po_bytes(po))},
    )
    assert messages_of(response) == [("success", "Imported 2 translated strings from “topic.po”.")]
    client.get(response.url)  # where the message is read
    response = client.post(edit_url, {"action": "publish"})

    assert response.status_code == 302
    danish_topic.refresh_from_db()
    assert (danish_topic.name, danish_topic.description) == (
        "[da] Heat pumps",
        "[da] Warmth from air.",
    )
    assert danish_topic.slug == "heat-pumps"


def test_a_file_with_some_strings_translated_keeps_the_others_untranslated(
    translator_client, retrofits, locales
):
    """A partial file imports what it has, and the rest stays to be translated."""
    translation = translation_of(retrofits, locales["da"])
    po = download(translator_client, translation)
    for entry in po:
        if entry.msgctxt == "title":
            entry.msgstr = "Energirenovering"

    response = upload(translator_client, translation, po_bytes(po))

    assert messages_of(response) == [
        ("success", "Imported 1 translated string from “retrofits-da.po”.")
    ]
    assert list(
        StringTranslation.objects.filter(locale=locales["da"]).values_list("data", flat=True)
    ) == ["Energirenovering"]


def test_a_link_the_source_does_not_have_is_stored_for_fixing_and_the_translator_is_told(
    translator_client, retrofits, locales
):
    """As in the editor, a broken translation is kept to fix, and the upload names it."""
    translation = translation_of(retrofits, locales["da"])
    po = fill(download(translator_client, translation), "da")
    for entry in po:
        if entry.msgid.startswith("Read"):
            entry.msgstr = 'Læs <a id="a9">vejledningen</a>.'

    response = upload(translator_client, translation, po_bytes(po))

    level, message = messages_of(response)[1]
    assert level == "warning"
    assert message == (
        "1 string needs fixing in the editor before it can be used: "
        '“Read <a id="a1">the guide</a> and <b>act now</b>.”'
    )
    assert StringTranslation.objects.get(data__startswith="Læs").has_error


def another_translations_file(client, retrofits, solar_schools, locales):
    return po_bytes(fill(download(client, translation_of(solar_schools, locales["da"])), "da"))


def italian_file(client, retrofits, solar_schools, locales):
    # A coordinator may download the Italian translation; the translator uploads it by mistake.
    return po_bytes(fill(translation_of(retrofits, locales["it"]).export_po(), "it"))


def language_edited_file(client, retrofits, solar_schools, locales):
    po = fill(download(client, translation_of(retrofits, locales["da"])), "it")
    po.metadata[LANGUAGE_HEADER] = "it_IT"
    return po_bytes(po)


def unknown_string_file(client, retrofits, solar_schools, locales):
    po = fill(download(client, translation_of(retrofits, locales["da"])), "da")
    po.append(polib.POEntry(msgid="A sentence nobody wrote", msgctxt="intro", msgstr="[da] ..."))
    return po_bytes(po)


def unknown_context_file(client, retrofits, solar_schools, locales):
    po = fill(download(client, translation_of(retrofits, locales["da"])), "da")
    po.append(polib.POEntry(msgid="Why it matters", msgctxt="body.nowhere.text", msgstr="[da] x"))
    return po_bytes(po)


def untagged_file(client, retrofits, solar_schools, locales):
    # What wagtail-localize writes for a source alone: no translation ID in the header.
    source = TranslationSource.objects.get_for_instance(retrofits)
    return po_bytes(fill(source.export_po(), "da"))


def nul_byte_file(client, retrofits, solar_schools, locales):
    po = fill(download(client, translation_of(retrofits, locales["da"])), "da")
    return po_bytes(po).replace(b"[da] Why", b"[da]\x00Why")


def constant(content):
    return lambda *args: content


REFUSALS = [
    (
        another_translations_file,
        "“retrofits-da.po” was made for “Solar schools”, not for “Energy retrofits”. "
        "Choose the PO file of this page.",
    ),
    (
        italian_file,
        "“retrofits-da.po” holds the Italian translation of “Energy retrofits”, "
        "not the Danish one you are working on.",
    ),
    (
        language_edited_file,
        "“retrofits-da.po” says its language is “it_IT”, but this translation is into "
        "Danish (da). Check that you chose the right file.",
    ),
    (
        unknown_string_file,
        "“retrofits-da.po” has 1 string that “Energy retrofits” does not have: "
        "“A sentence nobody wrote” (intro). Nothing was imported. "
        "Export a new file if the source has changed.",
    ),
    (
        unknown_context_file,
        "“retrofits-da.po” has 1 string that “Energy retrofits” does not have: "
        "“Why it matters” (body.nowhere.text). Nothing was imported. "
        "Export a new file if the source has changed.",
    ),
    (
        untagged_file,
        "“retrofits-da.po” was not exported from this site: its header has no translation ID. "
        "Download the PO file of the translation you work on and fill that in.",
    ),
    (
        constant(b"This is a letter to the agency, not a PO file.\n"),
        "“retrofits-da.po” is not a PO file, or it is damaged: it cannot be read as UTF-8 "
        "gettext text. Choose the .po file exported from this site.",
    ),
    (
        nul_byte_file,
        "“retrofits-da.po” is not a PO file, or it is damaged: it cannot be read as UTF-8 "
        "gettext text. Choose the .po file exported from this site.",
    ),
    (
        constant(bytes(range(256)) * 8),
        "“retrofits-da.po” is not a PO file, or it is damaged: it cannot be read as UTF-8 "
        "gettext text. Choose the .po file exported from this site.",
    ),
    (constant(b""), EMPTY_FILE.format(name="retrofits-da.po")),
    (constant(b"\n  \n"), EMPTY_FILE.format(name="retrofits-da.po")),
    (constant(None), "Choose a PO file to upload."),
]


@pytest.mark.parametrize(("make_file", "message"), REFUSALS)
def test_the_upload_refuses_a_wrong_file_with_a_clear_message_and_changes_nothing(
    translator_client, retrofits, solar_schools, locales, make_file, message
):
    """Each wrong file comes back to the editor with the reason, and nothing is stored."""
    translation = translation_of(retrofits, locales["da"])
    content = make_file(translator_client, retrofits, solar_schools, locales)
    danish_page = retrofits.get_translation(locales["da"])
    before = {code: stored_strings(locales[code]) for code in ("da", "it")}

    response = upload(translator_client, translation, content, page=danish_page)

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[danish_page.id])
    assert messages_of(response) == [("error", message)]
    assert {code: stored_strings(locales[code]) for code in ("da", "it")} == before


def test_the_refusal_is_shown_in_the_translation_editor(translator_client, retrofits, locales):
    """The message reaches the page the translator returns to."""
    danish_page = retrofits.get_translation(locales["da"])
    translation = translation_of(retrofits, locales["da"])

    upload(translator_client, translation, b"", page=danish_page)
    editor = translator_client.get(reverse("wagtailadmin_pages:edit", args=[danish_page.id]))

    assert editor.status_code == 200
    assert (
        "“retrofits-da.po” is empty. Choose the PO file you filled in." in editor.content.decode()
    )


def test_a_user_who_cannot_edit_the_translation_can_neither_download_nor_upload(
    client, editor_dk, retrofits, locales
):
    """A Danish site editor has no rights on the European site's Danish tree."""
    translation = translation_of(retrofits, locales["da"])
    content = po_bytes(fill(translation.export_po(), "da"))
    client.login(username=editor_dk.username, password=PASSWORD)

    refused = [("error", "Sorry, you do not have permission to access this area.")]

    download_response = client.get(
        reverse("wagtail_localize:download_pofile", args=[translation.id])
    )
    assert download_response.status_code == 302
    assert download_response.url == reverse("wagtailadmin_home")
    assert messages_of(download_response) == refused
    client.get(download_response.url)  # where the message is read

    upload_response = upload(client, translation, content)
    assert upload_response.status_code == 302
    assert upload_response.url == reverse("wagtailadmin_home")
    assert messages_of(upload_response) == refused
    assert not StringTranslation.objects.filter(locale=locales["da"]).exists()


def test_a_translation_that_does_not_exist_is_not_found(translator_client, retrofits):
    """An address with a stale translation number answers 404, not a server error."""
    missing = Translation.objects.order_by("-id").first().id + 1
    download_response = translator_client.get(
        reverse("wagtail_localize:download_pofile", args=[missing])
    )
    upload_response = upload(translator_client, Translation(id=missing), b'msgid ""\n')

    assert download_response.status_code == 404
    assert upload_response.status_code == 404


# The command: `manage.py translation_po export|import`


def run_command(*args):
    out = StringIO()
    call_command("translation_po", *args, stdout=out)
    return out.getvalue()


def export(tmp_path, code):
    folder = tmp_path / code
    return folder, run_command("export", "--locale", code, "--output", str(folder))


def file_for(folder, instance):
    """The exported file of `instance`; its name ends with the object's uuid and language."""
    (path,) = folder.glob(f"*-{instance.translation_key}.*.po")
    return path


def filled_files(folder, instances, code):
    paths = [file_for(folder, instance) for instance in instances]
    for path in paths:
        fill(polib.pofile(str(path)), code).save(str(path))
    return [str(path) for path in paths]


def segments(instance):
    """(context path, text) of every string the source of `instance` has."""
    source = TranslationSource.objects.get_for_instance(instance)
    return set(
        StringSegment.objects.filter(source=source).values_list("context__path", "string__data")
    )


def test_export_writes_a_file_per_source_with_only_its_untranslated_strings(
    tmp_path, retrofits, solar_schools, heat_pumps, locales
):
    """A page and a snippet with work left get a file; a fully translated page gets none."""
    danish = locales["da"]
    translate(retrofits, danish, {"Energy retrofits": "Energirenovering"})
    translate(
        solar_schools,
        danish,
        {"Solar schools": "Solskoler", "solar-schools": "solskoler", "Roofs make power.": "Tag"},
    )

    folder, output = export(tmp_path, "da")

    page_file = file_for(folder, retrofits)
    assert page_file.name == f"standardpage-energy-retrofits-{retrofits.translation_key}.da.po"
    page_po = polib.pofile(str(page_file))
    assert {(e.msgctxt, e.msgid) for e in page_po} == {
        (path, text) for path, text in segments(retrofits) if text != "Energy retrofits"
    }
    assert all(entry.msgstr == "" for entry in page_po)
    assert page_po.metadata[TRANSLATION_ID_HEADER] == str(translation_of(retrofits, danish).uuid)
    assert page_po.metadata[SOURCE_OBJECT_HEADER] == str(retrofits.translation_key)
    assert page_po.metadata[SOURCE_LOCALE_HEADER] == "en"
    assert page_po.metadata[LANGUAGE_HEADER] == "da"

    topic_po = polib.pofile(str(file_for(folder, heat_pumps)))
    assert {(e.msgctxt, e.msgid) for e in topic_po} == segments(heat_pumps)
    assert {e.msgid for e in topic_po} == {"Heat pumps", "Warmth from air."}

    assert not list(folder.glob(f"*-{solar_schools.translation_key}.*.po"))
    files = len(list(folder.glob("*.po")))
    assert f"Wrote {files} PO files with " in output
    assert "translations into Danish had nothing left to translate." in output


def test_command_round_trip_publishes_danish_and_keeps_italian_as_drafts(
    tmp_path, retrofits, heat_pumps, locales, django_capture_on_commit_callbacks
):
    """Export, fill and import in two languages: every string lands, as asked."""
    danish_folder, _output = export(tmp_path, "da")
    italian_folder, _output = export(tmp_path, "it")
    danish_files = filled_files(danish_folder, [retrofits, heat_pumps], "da")
    italian_files = filled_files(italian_folder, [retrofits, heat_pumps], "it")
    strings = len(SOURCE_STRINGS) + 2

    with django_capture_on_commit_callbacks(execute=True):
        danish_output = run_command(
            "import", "--locale", "da", "--publish", "--progress-every", "1", *danish_files
        )
        italian_output = run_command("import", "--locale", "it", *italian_files)

    assert danish_output.splitlines() == [
        "Imported 1 of 2 files.",
        "Imported 2 of 2 files.",
        f"Imported {strings} translated strings from 2 files into Danish: "
        "2 published, 0 saved as drafts.",
    ]
    # Topics have no drafts: a saved topic is live.
    assert italian_output.splitlines()[-1] == (
        f"Imported {strings} translated strings from 2 files into Italian: "
        "1 published, 1 saved as drafts."
    )

    danish_page = retrofits.get_translation(locales["da"])
    assert danish_page.live and not danish_page.has_unpublished_changes
    assert danish_page.title == "[da] Energy retrofits"
    assert danish_page.body[1].value.source == (
        '<p>[da] Read <a href="https://example.org/guide">the guide</a> and <b>act now</b>.</p>'
        "<p>[da] Schools come first.</p>"
    )
    assert danish_page.body[3].value["steps"][0]["name"] == "[da] Awareness"
    assert heat_pumps.get_translation(locales["da"]).name == "[da] Heat pumps"

    italian_page = retrofits.get_translation(locales["it"])
    assert italian_page.title == "Energy retrofits"
    assert italian_page.has_unpublished_changes
    draft = italian_page.get_latest_revision_as_object()
    assert draft.title == "[it] Energy retrofits"
    assert draft.body[2].value["attribution"] == "[it] A mayor"
    assert heat_pumps.get_translation(locales["it"]).description == "[it] Warmth from air."

    refolder, _output = export(tmp_path / "again", "da")
    assert not list(refolder.glob(f"*-{retrofits.translation_key}.*.po"))
    assert not list(refolder.glob(f"*-{heat_pumps.translation_key}.*.po"))


def edited_header(header, value):
    def edit(path):
        po_file = polib.pofile(str(path))
        po_file.metadata[header] = value
        po_file.save(str(path))

    return edit


def add_unknown_string(path):
    po_file = polib.pofile(str(path))
    po_file.append(polib.POEntry(msgid="Nobody wrote this", msgctxt="intro", msgstr="[da] x"))
    po_file.save(str(path))


def replace_with(content):
    return lambda path: path.write_bytes(content)


COMMAND_REFUSALS = [
    # (how the second Danish file, the topic's, is spoiled; how to call import; the refusal)
    (
        None,
        ["--locale", "it"],
        "“{good}” is for the Danish translation of “Energy retrofits”, not Italian.",
    ),
    (
        edited_header(LANGUAGE_HEADER, "it"),
        ["--locale", "da"],
        "“{path}” says its language is “it”, but this translation is into Danish (da). "
        "Check that you chose the right file.",
    ),
    (
        edited_header(TRANSLATION_ID_HEADER, "6c1f1a52-5a0e-4b6f-9c53-1f8f0e4d2a11"),
        ["--locale", "da"],
        "“{path}” was made for a translation that does not exist on this site "
        "(it may have been deleted).",
    ),
    (
        edited_header(SOURCE_OBJECT_HEADER, "6c1f1a52-5a0e-4b6f-9c53-1f8f0e4d2a11"),
        ["--locale", "da"],
        "“{path}” names the source object 6c1f1a52-5a0e-4b6f-9c53-1f8f0e4d2a11, but its "
        "translation ID belongs to “Heat pumps”. The file's header has been edited; "
        "export it again.",
    ),
    (
        add_unknown_string,
        ["--locale", "da"],
        "“{path}” has 1 string that “Heat pumps” does not have: "
        "“Nobody wrote this” (intro). Nothing was imported. "
        "Export a new file if the source has changed.",
    ),
    (
        replace_with(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe"),
        ["--locale", "da"],
        "“{path}” is not a PO file, or it is damaged: it cannot be read as UTF-8 gettext "
        "text. Choose the .po file exported from this site.",
    ),
    (
        replace_with(b"Dear agency, see the attached spreadsheet.\n"),
        ["--locale", "da"],
        "“{path}” is not a PO file, or it is damaged: it cannot be read as UTF-8 gettext "
        "text. Choose the .po file exported from this site.",
    ),
    (
        replace_with(b""),
        ["--locale", "da"],
        "“{path}” is empty. Choose the PO file you filled in.",
    ),
    (
        None,
        ["--locale", "xx"],
        "There is no language “xx” on this site. Choose one of: ",
    ),
]


@pytest.mark.parametrize(("spoil", "arguments", "message"), COMMAND_REFUSALS)
def test_the_import_refuses_a_wrong_file_and_stores_nothing_from_any_file(
    tmp_path, retrofits, heat_pumps, locales, spoil, arguments, message
):
    """A wrong file stops the whole import: the page's good file before it is not stored."""
    folder, _output = export(tmp_path, "da")
    good, bad = filled_files(folder, [retrofits, heat_pumps], "da")
    bad_path = Path(bad)
    if spoil is not None:
        spoil(bad_path)
    before = {code: stored_strings(locales[code]) for code in ("da", "it")}
    revisions = Revision.objects.count()

    with pytest.raises(CommandError) as refusal:
        run_command("import", *arguments, good, bad)

    assert str(refusal.value).startswith(message.format(path=bad, good=good))
    assert {code: stored_strings(locales[code]) for code in ("da", "it")} == before
    assert Revision.objects.count() == revisions
    assert retrofits.get_translation(locales["da"]).title == "Energy retrofits"


def test_the_import_refuses_a_missing_file_and_the_same_translation_twice(
    tmp_path, retrofits, locales
):
    """Mistakes in the file list are named before anything is imported."""
    folder, _output = export(tmp_path, "da")
    (path,) = filled_files(folder, [retrofits], "da")
    copy = tmp_path / "copy.po"
    copy.write_bytes(Path(path).read_bytes())
    missing = tmp_path / "missing.po"

    with pytest.raises(CommandError, match=f"^{re.escape(str(missing))} is not a file.$"):
        run_command("import", "--locale", "da", path, str(missing))
    with pytest.raises(CommandError) as twice:
        run_command("import", "--locale", "da", path, str(copy))

    assert str(twice.value) == (
        f"{copy} and {path} are both for “Energy retrofits”; import only one."
    )
    assert not StringTranslation.objects.filter(locale=locales["da"]).exists()
