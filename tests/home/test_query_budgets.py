"""Every public page of the foundation stays within its query budget at two sizes of content."""

import pytest

from tests.factories import StandardPageFactory
from tests.query_budget import assert_query_budget

pytestmark = pytest.mark.django_db

PAGES = [
    ("localhost", "/en/"),
    ("localhost", "/bg/"),
    ("dk.localhost", "/da/"),
    ("dk.localhost", "/en/"),
    ("localhost", "/en/page-0/"),
    ("dk.localhost", "/da/page-0/"),
]


def grow(network, size):
    """Give the European and Danish homes `size` child pages, linked from nav and footer."""
    for code in ("eu", "dk"):
        home = network[code].root_page.specific
        pages = [
            StandardPageFactory(
                parent=home,
                title=f"Page {number}",
                slug=f"page-{number}",
                body=[("heading", {"text": f"Section {number}", "level": "h2"})] * size,
            )
            for number in range(size)
        ]
        for page in pages:
            page.save_revision().publish()
        links = [("link", {"label": page.title, "page": page, "url": ""}) for page in pages]
        home.navigation = links
        home.footer_links = links
        home.body = [("call_to_action", {"title": "Join", "text": "", "link": links[0][1]})] * size
        home.save_revision().publish()


@pytest.mark.parametrize(("host", "path"), PAGES)
def test_the_query_count_stays_in_budget_and_does_not_grow_with_content(
    client, network, host, path
):
    grow(network, 3)
    small = assert_query_budget(client, host, path)

    grow_more = 30
    for code in ("eu", "dk"):
        home = network[code].root_page.specific
        home.get_children().delete()
    grow(network, grow_more)
    large = assert_query_budget(client, host, path)

    assert large == small
