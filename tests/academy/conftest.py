"""The Academy tests' content: an English Academy index under the European home page.

`academy` is the index at /en/academy/ on localhost, published and translated into Danish
(/da/academy/). Sessions, series and webinars are added by each test with the factories;
`publish()` publishes a page and `translate()` (wagtail-localize) makes its translation.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from national_sites.translation import translate
from tests.academy.factories import AcademyIndexPageFactory
from tests.solutions.conftest import locales, publish, topics  # noqa: F401

# A fixed winter date far ahead: the zones' abbreviations are known (CET, WET) and the
# event stays upcoming whenever the tests run.
FUTURE = datetime(2099, 1, 15, 10, 0)
PAST = datetime(2021, 3, 11, 10, 0)


def at(moment, zone):
    """`moment`'s wall clock in the named zone, as an aware datetime."""
    return moment.replace(tzinfo=ZoneInfo(zone))


@pytest.fixture
def academy(network, locales):  # noqa: F811
    home = network["eu"].root_page.specific
    index = publish(AcademyIndexPageFactory(parent=home))
    translate(index, locales["da"])
    return index
