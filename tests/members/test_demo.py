"""The demo members' areas: one per network, in its language, each with a procedure and
minutes, and a demo member per network who reads their own area only."""

from django.test import Client

from wagtail.documents import get_document_model

import pytest

from members.demo.content import AREAS
from members.demo.loader import load_members_areas
from members.models import MembersAreaPage, MembersPage
from tests.members.conftest import NETWORKS, host_of, language_of_network

pytestmark = pytest.mark.django_db

PASSWORD = "demo-password"  # noqa: S105 (the demo's documented password)


@pytest.fixture
def demo_areas(network):
    load_members_areas(PASSWORD)


def test_each_network_gets_an_area_in_its_language_with_a_procedure_and_minutes(demo_areas):
    for key in NETWORKS:
        area = MembersAreaPage.objects.get(slug=AREAS[key]["slug"])
        assert area.live
        assert area.locale.language_code == language_of_network(key)
        assert area.view_restrictions.count() == 1
        minutes = MembersPage.objects.child_of(area).get()
        assert minutes.title == AREAS[key]["minutes_title"]
        procedure = get_document_model().objects.get(title=AREAS[key]["procedure_title"])
        assert procedure.collection.name.endswith("members' documents")
        with procedure.file.open("rb") as pdf:
            content = pdf.read()
        assert content.startswith(b"%PDF-1.4") and content.rstrip().endswith(b"%%EOF")


def test_loading_again_adds_nothing(demo_areas):
    counts = (MembersAreaPage.objects.count(), MembersPage.objects.count())
    documents = get_document_model().objects.count()

    load_members_areas(PASSWORD)

    assert (MembersAreaPage.objects.count(), MembersPage.objects.count()) == counts == (6, 6)
    assert get_document_model().objects.count() == documents


def test_the_danish_demo_member_reads_the_danish_area_and_not_the_estonian(demo_areas):
    client = Client()
    response = client.post(
        "/da/account/login/",
        {"username": "member-dk", "password": PASSWORD, "next": "/da/medlemmer/"},
        HTTP_HOST=host_of("dk"),
    )
    assert response["Location"] == "/da/medlemmer/"

    danish = client.get("/da/medlemmer/", HTTP_HOST=host_of("dk")).content.decode()
    minutes = client.get("/da/medlemmer/referat-2026-03/", HTTP_HOST=host_of("dk"))
    estonian = client.get("/et/liikmed/", HTTP_HOST=host_of("ee"))

    assert AREAS["dk"]["procedure_title"] in danish
    assert AREAS["dk"]["minutes_title"] in danish
    assert AREAS["dk"]["procedure_title"] in minutes.content.decode()
    assert estonian.status_code == 302
    assert estonian["Location"].startswith("/et/account/login/")
