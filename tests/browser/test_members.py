"""A Danish member signs in on the Danish site, reads the Danish members' area, and cannot
open the Estonian one, even after signing in on the Estonian site too."""

import pytest
from playwright.sync_api import expect

from members.demo.content import AREAS

pytestmark = pytest.mark.browser

DANISH, ESTONIAN = AREAS["dk"], AREAS["ee"]


def sign_in(page, username, password):
    form = page.locator("form.join-form")
    form.locator('input[name="username"]').fill(username)
    form.locator('input[name="password"]').fill(password)
    form.locator('button[type="submit"]').click()


def test_a_danish_member_reads_the_danish_area_but_not_the_estonian(demo_network, new_page):
    page = new_page(locale="da-DK")
    danish_area = demo_network.url("dk", f"/da/{DANISH['slug']}/")
    page.goto(danish_area)
    expect(page).to_have_url(
        demo_network.url("dk", f"/da/account/login/?next=/da/{DANISH['slug']}/")
    )
    expect(page.locator("html")).to_have_attribute("lang", "da")

    sign_in(page, "member-dk", demo_network.password)

    expect(page).to_have_url(danish_area)
    expect(page.get_by_role("heading", level=1)).to_have_text(DANISH["title"])
    expect(page.get_by_role("link", name=DANISH["procedure_title"])).to_be_visible()
    page.get_by_role("link", name=DANISH["minutes_title"]).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(DANISH["minutes_title"])

    estonian_area = demo_network.url("ee", f"/et/{ESTONIAN['slug']}/")
    page.goto(estonian_area)
    expect(page).to_have_url(
        demo_network.url("ee", f"/et/account/login/?next=/et/{ESTONIAN['slug']}/")
    )
    sign_in(page, "member-dk", demo_network.password)

    # Signed in on the Estonian site too, the Danish account is still sent back to sign in.
    expect(page.locator("html")).to_have_attribute("lang", "et")
    expect(page.locator("form.join-form")).to_be_visible()
    expect(page.get_by_role("alert")).to_be_visible()
    expect(page.get_by_text(ESTONIAN["title"])).to_have_count(0)
    expect(page.get_by_text(ESTONIAN["procedure_title"])).to_have_count(0)
