"""A Spanish city official takes the City Check-up, reads the feedback and follows a
recommended solution."""

import re
from urllib.parse import urlsplit

from django.core import mail

import pytest
from playwright.sync_api import expect

from checkup.demo.content import CHECKUP_PAGE, STAGES
from tests.translations import interface_text

pytestmark = pytest.mark.browser


def spanish(message, **values):
    return interface_text("es", message, **values)


def test_a_visitor_takes_the_check_up_in_spanish_and_follows_a_recommended_solution(
    demo_network, new_page
):
    page = new_page(locale="es-ES")
    page.goto(demo_network.home_url("eu", "es"))
    page.get_by_role("link", name=CHECKUP_PAGE["title"]["es"], exact=True).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(CHECKUP_PAGE["title"]["es"])
    page.get_by_role("link", name=spanish("Start the check-up")).click()

    for number, stage in enumerate(STAGES, start=1):
        expect(page.get_by_role("heading", level=1)).to_have_text(stage["title"]["es"])
        questions = page.locator("fieldset.checkup-question")
        expect(questions).to_have_count(len(stage["questions"]))
        # A city at the very start: the last (weakest) answer to every question.
        for index in range(questions.count()):
            questions.nth(index).get_by_role("radio").last.check()
        label = "Next: your city" if number == len(STAGES) else "Next"
        page.get_by_role("button", name=spanish(label), exact=True).click()

    page.get_by_label(spanish("Name of your city or municipality")).fill("Villanueva del Sol")
    page.get_by_label(spanish("Country")).select_option("ES")
    page.locator("input[name=population_band]").first.check()
    page.get_by_label(spanish("Contact e-mail address")).fill("energia@villanueva.example")
    page.locator("input[name=consent]").check()
    page.get_by_role("button", name=spanish("Save the results and show the report")).click()

    heading = spanish("Check-up report: %(city)s", city="Villanueva del Sol")
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    expect(page.locator("meta[name=robots]")).to_have_attribute("content", re.compile("noindex"))
    # The lowest answers everywhere: each stage's feedback is that of the band from 0 %.
    feedback = page.locator("section.checkup-feedback")
    for stage in STAGES:
        low_band = next(band for band in stage["feedback"] if band["from_percent"] == 0)
        first_sentence = re.sub(r"<[^>]+>", "", low_band["text"]["es"]).split(". ")[0]
        expect(feedback).to_contain_text(first_sentence)
    # The address is never shown on the report; it receives the signed link instead.
    expect(page.locator("main")).not_to_contain_text("energia@villanueva.example")
    (message,) = [m for m in mail.outbox if m.to == ["energia@villanueva.example"]]
    assert urlsplit(page.url).path in message.body

    recommended = page.locator("section.checkup-recommended .checkup-recommended__list a").first
    title = recommended.inner_text()
    recommended.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.locator("html")).to_have_attribute("lang", "es")
