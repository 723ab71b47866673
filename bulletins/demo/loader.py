"""Load the demo archives, bulletins and newsletters of the European site (see content.py).

Subscribers are personal data, so the demo creates none.
"""

import datetime

from wagtail.rich_text import RichText

from bulletins.demo.content import BULLETIN_INDEX, BULLETINS, NEWSLETTER_INDEX, NEWSLETTERS
from bulletins.models import BulletinIndexPage, BulletinPage, NewsletterIndexPage, NewsletterPage
from national_sites.translation import translate
from solutions.demo.loader import texts

SOURCE_LANGUAGE = "en"


def translate_into_its_languages(page, spec, locales):
    """Translate `page` into every language its title is written in."""
    for language in spec["title"]:
        if language != SOURCE_LANGUAGE:
            translate(page, locales[language], texts(spec, SOURCE_LANGUAGE, language, {}))


def load_archive(home, page_class, spec, locales):
    archive = page_class.objects.child_of(home).first()
    if archive is None:
        archive = page_class(title=spec["title"][SOURCE_LANGUAGE], slug=spec["slug"]["en"])
        home.add_child(instance=archive)
    archive.title = spec["title"][SOURCE_LANGUAGE]
    archive.slug = spec["slug"][SOURCE_LANGUAGE]
    archive.intro = spec["intro"][SOURCE_LANGUAGE]
    archive.save_revision().publish()
    translate_into_its_languages(archive, spec, locales)
    return archive


def copied(spec, copy):
    """The spec itself for copy 0; for the benchmark's extra copies, a numbered variant
    dated `copy` years earlier, with the same languages."""
    if copy == 0:
        return spec
    result = dict(spec)
    result["title"] = {code: f"{text} ({copy + 1})" for code, text in spec["title"].items()}
    result["slug"] = {code: f"{text}-{copy + 1}" for code, text in spec["slug"].items()}
    day = datetime.date.fromisoformat(spec["issue_date"])
    result["issue_date"] = day.replace(year=day.year - copy).isoformat()
    if "number" in spec:
        result["number"] = spec["number"] + copy * len(BULLETINS)
    return result


def write_issue(page, spec):
    page.title = spec["title"][SOURCE_LANGUAGE]
    page.slug = spec["slug"][SOURCE_LANGUAGE]
    page.issue_date = datetime.date.fromisoformat(spec["issue_date"])
    page.summary = spec["summary"][SOURCE_LANGUAGE]
    page.body = [
        ("paragraph", RichText(f"<p>{paragraph[SOURCE_LANGUAGE]}</p>"))
        for paragraph in spec["body"]
    ]


def load_issue(archive, page_class, spec, lookup, locales):
    page = page_class.objects.child_of(archive).filter(**lookup).first()
    if page is None:
        page = page_class(**lookup)
        write_issue(page, spec)
        archive.add_child(instance=page)
    write_issue(page, spec)
    page.save_revision().publish()
    translate_into_its_languages(page, spec, locales)


def load_bulletins(loader):
    home = loader.homes["eu"]
    bulletins = load_archive(home, BulletinIndexPage, BULLETIN_INDEX, loader.locales)
    newsletters = load_archive(home, NewsletterIndexPage, NEWSLETTER_INDEX, loader.locales)
    for copy in range(loader.scale):
        for spec in BULLETINS:
            spec = copied(spec, copy)
            load_issue(bulletins, BulletinPage, spec, {"number": spec["number"]}, loader.locales)
        for spec in NEWSLETTERS:
            spec = copied(spec, copy)
            lookup = {"slug": spec["slug"][SOURCE_LANGUAGE]}
            load_issue(newsletters, NewsletterPage, spec, lookup, loader.locales)
    loader.log(
        f"Loaded {len(BULLETINS) * loader.scale} bulletins and "
        f"{len(NEWSLETTERS) * loader.scale} newsletters."
    )
