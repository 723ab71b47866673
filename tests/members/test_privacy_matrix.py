"""Who can read each network's members' area: networks × viewers × ways in.

The viewers are an anonymous visitor, a member of each of the six networks and a network
coordinator. A viewer reads an area (its page, its members' page, its document's direct
link, and search results) exactly when they belong to its network or coordinate the whole
network; everyone else is sent to the sign-in page, which, for someone signed in, says the
page is not for them. Sitemaps, feeds and the public API show no area to anyone.
"""

import datetime
import re
from urllib.parse import quote

from django.test import Client

from wagtail.models import PageViewRestriction

import pytest

from members.groups import country_for, members_group_name
from national_sites.setup import COORDINATORS_GROUP
from tests.conftest import make_user
from tests.members.conftest import NETWORKS, host_of, token
from tests.national_sites.news_factories import NewsIndexPageFactory, make_news
from tests.solutions.conftest import publish
from tests.translations import interface_text

pytestmark = pytest.mark.django_db

RESULT_LINK = r'class="search-result__title"><a href="([^"]*)"'
VIEWERS = ["anonymous", *(f"member-{key}" for key in NETWORKS), "coordinator"]


def viewer_client(viewer):
    client = Client()
    if viewer == "coordinator":
        client.force_login(make_user("coordinator", COORDINATORS_GROUP))
    elif viewer != "anonymous":
        key = viewer.removeprefix("member-")
        client.force_login(make_user(viewer, members_group_name(country_for(key))))
    return client


def may_read(viewer, key):
    return viewer in ("coordinator", f"member-{key}")


def login_redirect(response, language, path):
    """Whether the answer sends the viewer to the sign-in page, to come back to `path`."""
    return (
        response.status_code == 302
        and response["Location"] == f"/{language}/account/login/?next={quote(path, safe='/')}"
    )


def what_the_viewer_gets(client, area):
    """For each way into the area: "read", "sign-in" or something unexpected to report."""
    outcomes = {}
    for way, path, text in (
        ("page", area.url, f"Members {token(area.key)}"),
        ("child page", area.child_url, f"Minutes {token(area.key)}"),
    ):
        response = client.get(path, HTTP_HOST=area.host)
        if response.status_code == 200 and text in response.content.decode():
            outcomes[way] = "read"
        elif login_redirect(response, area.language, path):
            outcomes[way] = "sign-in"
        else:
            outcomes[way] = f"{response.status_code} {response.get('Location', '')}"

    response = client.get(area.document.url, HTTP_HOST=area.host)
    if response.status_code == 200:
        body = b"".join(response.streaming_content)
        outcomes["document"] = "read" if body == b"%PDF-1.4 minutes" else "wrong file"
    elif response.status_code == 302 and response["Location"].startswith(
        f"/{area.language}/account/login/?next=/documents/"
    ):
        outcomes["document"] = "sign-in"
    else:
        outcomes["document"] = str(response.status_code)

    response = client.get(f"/{area.language}/search/", {"q": token(area.key)}, HTTP_HOST=area.host)
    assert response.status_code == 200
    found = re.findall(
        r'class="search-result__title"><a href="([^"]*)"', response.content.decode()
    )
    outcomes["search"] = sorted(found)
    return outcomes


@pytest.mark.parametrize("viewer", VIEWERS)
def test_each_viewer_reads_exactly_the_areas_of_their_own_network(viewer, areas):
    client = viewer_client(viewer)
    seen, expected = {}, {}
    for key, area in areas.items():
        seen[key] = what_the_viewer_gets(client, area)
        allowed = may_read(viewer, key)
        expected[key] = {
            "page": "read" if allowed else "sign-in",
            "child page": "read" if allowed else "sign-in",
            "document": "read" if allowed else "sign-in",
            "search": sorted([area.url, area.child_url]) if allowed else [],
        }
    assert seen == expected


def test_a_member_sent_to_sign_in_is_told_the_page_is_not_for_them(areas, members):
    client = Client()
    client.force_login(members["dk"])
    estonian = areas["ee"]

    response = client.get(estonian.url, HTTP_HOST=estonian.host, follow=True)

    html = response.content.decode()
    assert response.status_code == 200
    refused = interface_text(
        "et",
        "You are signed in as %(name)s, and this account cannot open the page you asked for: "
        "it is for the members of another network. Sign in with another account, or ask your "
        "network's coordinators.",
        name="member-dk",
    )
    assert refused in html
    assert token("ee") not in html


@pytest.mark.parametrize("key", NETWORKS)
def test_no_sitemap_lists_a_members_area(client, areas, key):
    response = client.get("/sitemap.xml", HTTP_HOST=host_of(key))

    sitemap = response.content.decode()
    assert response.status_code == 200
    assert f"http://{host_of(key)}/" in sitemap  # the site's own home page is listed
    assert "/members/" not in sitemap


def test_the_news_feed_leaves_out_news_kept_for_members(client, network, areas, members):
    """An editor may keep a news item for the members with Wagtail's privacy settings."""
    index = publish(NewsIndexPageFactory(parent=network["dk"].root_page.specific))
    make_news(index, "Open news", datetime.date(2024, 3, 1))
    private = make_news(index, f"Members news {token('dk')}", datetime.date(2024, 3, 2))
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(members["dk"].groups.get())

    member = Client()
    member.force_login(members["dk"])
    for viewer in (client, member):
        for feed in ("rss", "atom"):
            response = viewer.get(f"/da/news/feed/{feed}/", HTTP_HOST=host_of("dk"))
            assert response.status_code == 200
            assert "Open news" in response.content.decode()
            assert token("dk") not in response.content.decode()


@pytest.mark.parametrize("viewer", ["anonymous", "member-dk", "coordinator"])
@pytest.mark.parametrize(
    "path", ["/api/v2/pages/", "/en/api/v2/pages/", "/api/v2/documents/", "/da/api/v2/pages/"]
)
def test_there_is_no_public_api(areas, viewer, path):
    response = viewer_client(viewer).get(path, HTTP_HOST=host_of("dk"))

    assert response.status_code == 404


@pytest.mark.parametrize("key", NETWORKS)
def test_a_member_without_admin_access_cannot_use_the_admin_api(areas, members, key):
    client = Client()
    client.force_login(members["dk"])

    for path in (
        f"/admin/api/main/pages/{areas[key].child.pk}/",
        "/admin/api/main/pages/?type=members.MembersPage",
    ):
        response = client.get(path, HTTP_HOST=host_of("dk"))
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def test_the_admin_api_shows_a_national_team_its_own_members_pages_only(areas, editor_dk):
    """Wagtail's admin API lists the pages a user may explore: a Danish editor, who may edit
    the Danish tree, reads the Danish members' pages there and no other network's."""
    client = Client()
    client.force_login(editor_dk)

    for key, area in areas.items():
        response = client.get(f"/admin/api/main/pages/{area.child.pk}/", HTTP_HOST="localhost")
        assert response.status_code == (200 if key == "dk" else 404), key
