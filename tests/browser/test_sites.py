"""What a visitor and an editor see in a real browser, on the six sites of the network."""

import re

from django.utils.translation import get_language_info

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def language_name(code):
    """The name the language switcher shows: the language's name in itself, capitalised."""
    name = get_language_info(code)["name_local"]
    return name[:1].upper() + name[1:]


def visually_shown(locator):
    """Whether the element takes up real room inside the viewport (not clipped to a pixel)."""
    return locator.evaluate(
        """element => {
            const box = element.getBoundingClientRect();
            const style = getComputedStyle(element);
            const clipped = style.clip !== "auto" && style.clip !== ""
                || style.clipPath !== "none";
            return box.width > 1 && box.height > 1
                && box.right > 0 && box.bottom > 0
                && box.left < window.innerWidth && box.top < window.innerHeight
                && style.visibility !== "hidden" && Number(style.opacity) > 0
                && !clipped;
        }"""
    )


def expect_home(page, demo, site_key, language):
    """The page is the site's home in `language`: its URL, <html lang> and heading."""
    url = demo.home_url(site_key, language)
    expect(page).to_have_url(url)
    expect(page.locator("html")).to_have_attribute("lang", language)
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_be_visible()
    expect(heading).to_have_text(demo.title_of(url))


def test_visitors_land_in_each_sites_own_language(demo_network, new_page, artifacts_dir):
    """A browser asking for French, which no site offers, gets each site's own language."""
    page = new_page()
    for key, site in demo_network.sites.items():
        response = page.goto(demo_network.url(key, "/"))
        assert response.ok, f"{site.host}: status {response.status}"
        expect_home(page, demo_network, key, site.language)

    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(demo_network.home_url("eu", "en"))
    page.screenshot(path=artifacts_dir / "european-home-en.png", full_page=True)
    page.goto(demo_network.home_url("dk", "da"))
    page.screenshot(path=artifacts_dir / "danish-home-da.png", full_page=True)


def test_visitors_switch_language_with_the_switcher(demo_network, new_page):
    page = new_page()
    switcher = page.locator("nav.language-switcher")

    danish = demo_network.sites["dk"].language
    page.goto(demo_network.home_url("dk", danish))
    expect(switcher.get_by_role("link", name=language_name(danish), exact=True)).to_have_attribute(
        "aria-current", "true"
    )
    switcher.get_by_role("link", name="English", exact=True).click()
    expect_home(page, demo_network, "dk", "en")
    expect(switcher.get_by_role("link", name="English", exact=True)).to_have_attribute(
        "aria-current", "true"
    )
    expect(switcher.locator("[aria-current]")).to_have_count(1)

    european = demo_network.sites["eu"]
    page.goto(demo_network.home_url("eu", european.language))
    expect(switcher.get_by_role("link")).to_have_count(len(european.languages))
    for language in [*european.languages[1:], european.language]:
        link = switcher.get_by_role("link", name=language_name(language), exact=True)
        expect(link).to_have_attribute("hreflang", language)
        link.click()
        expect_home(page, demo_network, "eu", language)
        current = switcher.locator("[aria-current=true]")
        expect(current).to_have_count(1)
        expect(current).to_have_attribute("hreflang", language)


def test_keyboard_users_skip_to_content_and_follow_the_navigation(demo_network, new_page):
    page = new_page()
    page.goto(demo_network.home_url("eu", "en"))

    skip_link = page.get_by_role("link", name="Skip to main content")
    assert not visually_shown(skip_link), "The skip link shows before it has keyboard focus."
    page.keyboard.press("Tab")
    expect(skip_link).to_be_focused()
    assert visually_shown(skip_link), "The focused skip link is not visible."
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    expect(page).to_have_url(re.compile(r"#main$"))

    home_url = demo_network.home_url("eu", "en")
    page.goto(home_url)
    navigation = page.get_by_role("navigation", name="Main navigation")
    labels = navigation.get_by_role("link").all_inner_texts()
    assert labels, "The European home page has no main navigation links."
    for label in labels:
        page.goto(home_url)
        link = navigation.get_by_role("link", name=label, exact=True)
        href = link.get_attribute("href")
        with page.expect_response(
            lambda response: response.request.is_navigation_request()
        ) as navigation_response:
            link.click()
        response = navigation_response.value
        assert response.status == 200, f"{label!r} ({href}) answered {response.status}."
        heading = page.get_by_role("heading", level=1)
        expect(heading).to_be_visible()
        expect(heading).to_have_text(demo_network.title_of(page.url))
        expect(page.locator("html")).to_have_attribute("lang", "en")
        expect(navigation.get_by_role("link", name=label, exact=True)).to_have_attribute(
            "aria-current", "page"
        )


def test_a_national_editor_edits_only_their_own_site(demo_network, new_page):
    page = new_page(locale="en-GB")
    page.goto(demo_network.admin_url("/admin/login/"))
    page.get_by_label("Username").fill("editor-dk")
    page.get_by_label("Password").fill(demo_network.password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(demo_network.admin_url("/admin/"))

    danish_home = demo_network.home_ids["dk", "da"]
    page.goto(demo_network.admin_url("/admin/pages/"))
    row = page.get_by_role("row").filter(has_text="Danish")
    row.get_by_role("link", name=demo_network.titles_by_id[danish_home]).first.click()
    expect(page).to_have_url(demo_network.admin_url(f"/admin/pages/{danish_home}/edit/"))
    expect(page.locator("form#page-edit-form")).to_be_visible()
    expect(page.locator("#id_title")).to_have_value(demo_network.titles_by_id[danish_home])

    estonian_home = demo_network.home_ids["ee", "et"]
    page.goto(demo_network.admin_url(f"/admin/pages/{estonian_home}/edit/"))
    expect(
        page.get_by_text("Sorry, you do not have permission to access this area.")
    ).to_be_visible()
    expect(page.locator("form#page-edit-form")).to_have_count(0)
    expect(page).not_to_have_url(re.compile(rf"/admin/pages/{estonian_home}/edit/"))
