"""A member reads the members' area and a members' page within the query budget, as few
queries with 30 pages and documents as with 3."""

from django.core.files.base import ContentFile
from django.test import Client

from wagtail.documents import get_document_model

import pytest

from members.models import MembersPage
from tests.members.conftest import make_area, members_collection
from tests.query_budget import MAX_QUERIES, count_queries
from tests.solutions.conftest import publish

pytestmark = pytest.mark.django_db

HOST = "dk.localhost"
# A signed-in member's request reads the session, the user and its groups for the view
# restriction, besides what an anonymous page view reads.
MEMBER_QUERIES = MAX_QUERIES + 4


def grow(area, size):
    """Add members' pages and documents until the area has `size` of each."""
    Document = get_document_model()
    collection = members_collection("dk")
    for number in range(MembersPage.objects.child_of(area.page).count(), size):
        page = MembersPage(title=f"Minutes {number}", slug=f"minutes-{number}")
        area.page.add_child(instance=page)
        publish(page)
    for number in range(Document.objects.filter(collection=collection).count(), size):
        document = Document(title=f"Document {number}", collection=collection)
        document.file = ContentFile(b"%PDF-1.4", name=f"document-{number}.pdf")
        document.save()


def test_the_members_pages_stay_in_budget_at_both_sizes(network, members):
    area = make_area(network["dk"].root_page.specific, "dk")
    client = Client()
    client.force_login(members["dk"])
    counts = {}
    for size in (3, 30):
        grow(area, size)
        for path in (area.url, area.child_url):
            counts.setdefault(path, []).append(count_queries(client, HOST, path))
    for path, ((small, queries), (large, _queries)) in counts.items():
        assert small == large <= MEMBER_QUERIES, (path, small, large, queries)
