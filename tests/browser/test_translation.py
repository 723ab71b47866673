"""The translator translates a European page into Danish in wagtail-localize's editor, the
coordinator publishes the translation, and a visitor reads it at /da/.

Translators publish nothing (national_sites.setup): in wagtail-localize's editor their
strings are saved one by one as they go, and the editor offers them no "Publish" button. A
network coordinator opens the same translation and publishes it.
"""

from wagtail.models import Page
from wagtail.rich_text import RichText

import pytest
from playwright.sync_api import expect

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.browser

SOURCE_TITLE = "Energy communities in practice"
SOURCE_SLUG = "energy-communities-in-practice"
SOURCE_PARAGRAPH = "Neighbours share the solar power of their roofs."
DANISH_TITLE = "Energifællesskaber i praksis"
DANISH_PARAGRAPH = "Naboerne deler solstrømmen fra deres tage."
DANISH_SLUG = "energifaellesskaber-i-praksis"


@pytest.fixture(scope="module")
def listing_with_untranslated_page(demo_network, django_db_blocker):
    """The admin listing of the European home, where a published English page in no other
    language waits.

    The demo translates every European page into all five languages, so the test brings its
    own. It is made here, before any browser starts, because Django refuses ORM calls while
    Playwright runs (see conftest).
    """
    with django_db_blocker.unblock():
        home = Page.objects.get(pk=demo_network.home_ids["eu", "en"])
        page = StandardPageFactory(
            parent=home,
            title=SOURCE_TITLE,
            slug=SOURCE_SLUG,
            intro="",
            body=[("paragraph", RichText(f"<p>{SOURCE_PARAGRAPH}</p>"))],
        )
        page.save_revision().publish()
    return demo_network.admin_url(f"/admin/pages/{home.pk}/")


def sign_in(page, demo_network, username):
    page.goto(demo_network.admin_url("/admin/login/"))
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(demo_network.password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(demo_network.admin_url("/admin/"))


def translate_field(editor, field_label, text):
    """Type `text` as the translation of the one string of a field, and save it."""
    # The editor lists each field as an item headed by its label, with its strings inside.
    field = editor.locator("li").filter(
        has=editor.page.get_by_role("heading", name=field_label, exact=True)
    )
    field.get_by_role("button", name="Translate").click()
    field.get_by_role("textbox").fill(text)
    field.get_by_role("button", name="Save").click()
    # Saved on the server: the string shows the translation, who made it and an "Edit" button.
    expect(field.get_by_role("button", name="Edit")).to_be_visible()
    expect(field).to_contain_text(text)
    expect(field).to_contain_text("Translated manually")


def test_the_translator_translates_a_page_into_danish_and_a_visitor_reads_it_at_da(
    demo_network, listing_with_untranslated_page, new_page
):
    translator = new_page()
    sign_in(translator, demo_network, "translator")

    # The translator finds the English page among the European home's children and chooses
    # "Translate this page" from its actions.
    translator.goto(listing_with_untranslated_page)
    translator.get_by_role("button", name=f"More options for '{SOURCE_TITLE}'").click()
    translator.get_by_role("link", name="Translate this page").click()
    expect(translator.get_by_role("heading", level=1)).to_contain_text("Translate page")

    # Danish is offered, since the page has no Danish translation yet.
    translator.get_by_label("Danish").check()
    translator.get_by_role("button", name="Submit").click()
    expect(translator.get_by_role("status")).to_contain_text(
        f"'{SOURCE_TITLE}' was successfully submitted for translation into Danish"
    )

    # wagtail-localize's editor opens on the new Danish draft, showing the English strings.
    editor = translator.get_by_role("tabpanel", name="Content")
    expect(editor).to_contain_text("English to Danish translation")
    expect(editor).to_contain_text(SOURCE_PARAGRAPH)
    translate_field(editor, "Title", DANISH_TITLE)
    translate_field(editor, "Paragraph", DANISH_PARAGRAPH)
    # The slug is a string of its own, on the "Promote" tab: without it the page would be
    # published with a missing translation, under the English slug.
    translator.get_by_role("tab", name="Promote").click()
    translate_field(translator.get_by_role("tabpanel", name="Promote"), "Slug", DANISH_SLUG)
    # The translator cannot publish: the coordinator does.
    expect(translator.get_by_role("button", name="Publish in Danish")).to_have_count(0)
    translation_url = translator.url

    # Until it is published, visitors do not find the Danish page.
    visitor = new_page(locale="da-DK")
    danish_url = demo_network.url("eu", f"/da/{DANISH_SLUG}/")
    assert visitor.goto(danish_url).status == 404

    # The coordinator opens the same translation, finds the translator's strings, publishes.
    coordinator = new_page()
    sign_in(coordinator, demo_network, "coordinator")
    coordinator.goto(translation_url)
    editor = coordinator.get_by_role("tabpanel", name="Content")
    expect(editor).to_contain_text(DANISH_TITLE)
    expect(editor).to_contain_text(DANISH_PARAGRAPH)
    coordinator.get_by_role("button", name="Publish in Danish").click()
    expect(coordinator.get_by_role("status")).to_contain_text(
        f"Published '{DANISH_TITLE}' in Danish."
    )

    # A visitor reads the Danish page on the European site.
    response = visitor.goto(danish_url)
    assert response.status == 200
    expect(visitor.locator("html")).to_have_attribute("lang", "da")
    expect(visitor.get_by_role("heading", level=1)).to_have_text(DANISH_TITLE)
    expect(visitor.locator("main")).to_contain_text(DANISH_PARAGRAPH)
    expect(visitor.locator("main")).not_to_contain_text(SOURCE_PARAGRAPH)
