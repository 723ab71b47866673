"""The event tests' content: an event index on the European site and one on the Danish site.

`event_indexes["eu"]` is the English index at /en/events/ on localhost, translated into
Danish (/da/events/) and Italian (/it/events/); `event_indexes["dk"]` is the Danish network's
index at /da/arrangementer/ on dk.localhost, translated into English. Events are added by
each test with EventPageFactory; `publish()` publishes a page and `translate()`
(wagtail-localize) makes its translation.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from national_sites.translation import translate
from tests.events.factories import EventIndexPageFactory
from tests.solutions.conftest import locales, national_home, publish, topics  # noqa: F401

# A fixed winter date far ahead: the zones' abbreviations are known (EET, CET) and the event
# stays upcoming whenever the tests run.
FUTURE = datetime(2099, 1, 15, 10, 0)
PAST = datetime(2021, 3, 11, 10, 0)
DK_HOST = "dk.localhost"


def at(moment, zone):
    """`moment`'s wall clock in the named zone, as an aware datetime."""
    return moment.replace(tzinfo=ZoneInfo(zone))


@pytest.fixture
def event_indexes(network, locales):  # noqa: F811
    european = publish(EventIndexPageFactory(parent=network["eu"].root_page.specific))
    translate(european, locales["da"])
    translate(european, locales["it"])
    danish = publish(
        EventIndexPageFactory(
            parent=national_home(network, "dk"),
            title="Møder og workshops",
            slug="arrangementer",
            intro="Energibyernes møder.",
        )
    )
    translate(danish, locales["en"])
    return {"eu": european, "dk": danish}
