"""A visitor subscribes to the bulletins, and a Danish news item reaches the European site."""

import re

from django.core import mail

import pytest
from playwright.sync_api import expect

from tests.translations import interface_text

pytestmark = pytest.mark.browser


def test_a_visitor_subscribes_and_confirms_from_the_e_mail(demo_network, new_page):
    page = new_page()
    page.goto(demo_network.url("eu", "/en/subscribe/"))
    page.get_by_label("E-mail address").fill("planner@example.org")
    page.get_by_label("Language of the e-mails").select_option("da")
    page.get_by_role("button", name="Subscribe").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your inbox")

    (confirmation,) = [message for message in mail.outbox if message.to == ["planner@example.org"]]
    link = re.search(r"https?://\S+/subscribe/confirm/\S+/", confirmation.body).group()
    page.goto(link.replace("http://localhost/", demo_network.url("eu", "/")))
    # The confirmation speaks the language the visitor chose for the e-mails.
    expect(page.locator("html")).to_have_attribute("lang", "da")
    confirmed = interface_text("da", "Your subscription is confirmed")
    expect(page.get_by_role("heading", level=1)).to_have_text(confirmed)


def test_danish_news_published_by_the_moderator_appears_on_the_european_site(
    demo_network, new_page
):
    page = new_page()
    page.goto(demo_network.admin_url("/admin/login/"))
    page.get_by_label("Username").fill("moderator-dk")
    page.get_by_label("Password").fill(demo_network.password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(demo_network.admin_url("/admin/"))

    news_index = demo_network.news_index_ids["dk", "da"]
    page.goto(demo_network.admin_url(f"/admin/pages/add/national_sites/newspage/{news_index}/"))
    page.locator("#id_title").fill("Aalborg åbner et nyt energifællesskab")
    page.locator("#id_author").fill("Energibyernes sekretariat")
    page.locator("#id_intro").fill("Borgerne i Aalborg deler nu solstrøm på tværs af gaden.")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_role("status").filter(has_text="created and published")).to_be_visible()

    page.goto(demo_network.home_url("eu", "en"))
    national = page.locator("section.national-news")
    item = national.get_by_role("link", name="Aalborg åbner et nyt energifællesskab")
    expect(item).to_be_visible()
    expect(item).to_have_attribute("lang", "da")
    expect(national.get_by_role("heading", name="Energibyerne")).to_be_visible()
