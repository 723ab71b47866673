"""The archives and an issue page stay within the query budget, as many with 30 issues as
with 3."""

import pytest

from national_sites.translation import translate
from tests.bulletins.factories import BulletinPageFactory, NewsletterPageFactory
from tests.query_budget import MAX_QUERIES, count_queries
from tests.solutions.conftest import publish

pytestmark = pytest.mark.django_db

SMALL, LARGE = 3, 30
PAGES = [
    ("localhost", "/en/bulletins/"),
    ("localhost", "/en/bulletins/?page=2"),
    ("localhost", "/en/bulletins/?year=2025"),
    ("localhost", "/da/bulletins/"),
    ("localhost", "/en/newsletters/"),
    ("localhost", "/da/newsletters/"),
    ("localhost", "/en/bulletins/bulletin-1/"),
    ("localhost", "/da/bulletins/bulletin-1/"),
    ("localhost", "/en/newsletters/newsletter-1/"),
    ("localhost", "/en/bulletins/feed/rss/"),
    ("localhost", "/en/subscribe/"),
]


class GrowingArchives:
    """Bulletins numbered from 1 and newsletters, each translated into Danish, with a PDF
    on every third bulletin."""

    def __init__(self, archives, locales):
        self.archives = archives
        self.locales = locales
        self.count = 0

    def grow(self, size):
        from tests.bulletins.test_pages import make_pdf

        for number in range(self.count + 1, size + 1):
            bulletin = BulletinPageFactory(parent=self.archives["bulletins"], number=number)
            if number % 3 == 0:
                bulletin.pdf = make_pdf(f"bulletin-{number}.pdf")
            publish(bulletin)
            translate(bulletin, self.locales["da"])
            newsletter = publish(
                NewsletterPageFactory(
                    parent=self.archives["newsletters"],
                    title=f"Newsletter {number}",
                    body=[("paragraph", f"<p>Part {n}.</p>") for n in range(number)],
                )
            )
            translate(newsletter, self.locales["da"])
        self.count = size


def test_the_archives_and_issues_stay_in_budget_at_both_sizes(client, archives, locales):
    growing = GrowingArchives(archives, locales)
    counts = {}
    for size in (SMALL, LARGE):
        growing.grow(size)
        for host, path in PAGES:
            count, queries = count_queries(client, host, path)
            counts.setdefault(path, []).append((count, queries))
    for path, ((small, queries), (large, _queries)) in counts.items():
        summary = "\n".join(query[:160] for query in queries)
        assert small == large, f"{path}: {small} queries with {SMALL} issues, {large} with {LARGE}"
        assert small <= MAX_QUERIES, f"{path} made {small} queries:\n{summary}"
