"""The European site's two archives, and helpers to publish issues and follow e-mails.

`archives` gives the bulletin archive (/en/bulletins/ on localhost) and the newsletter
archive (/en/newsletters/), both translated, slugs kept, into et, da, es, bg and it, so
/da/bulletins/ exists too. They hold no issue yet.
"""

import re

from django.conf import settings

import pytest

from national_sites.translation import translate
from tests.bulletins.factories import BulletinIndexPageFactory, NewsletterIndexPageFactory
from tests.solutions.conftest import network_locales, publish

LINK = re.compile(r"http://localhost(/[^\s\"<>]+)")


@pytest.fixture
def locales(db):
    return network_locales()


@pytest.fixture
def archives(network, locales):
    """{"bulletins": English BulletinIndexPage, "newsletters": English NewsletterIndexPage}."""
    home = network["eu"].root_page.specific
    pages = {
        "bulletins": publish(BulletinIndexPageFactory(parent=home)),
        "newsletters": publish(NewsletterIndexPageFactory(parent=home)),
    }
    for page in pages.values():
        for code, _name in settings.LANGUAGES:
            if code != "en":
                translate(page, locales[code])
    return pages


def links_in(message):
    """The local paths of the localhost links in an e-mail's plain text, in order."""
    return LINK.findall(message.body)
