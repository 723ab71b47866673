"""Recordings are embedded through Wagtail's embeds, and fall back to a plain link."""

import socket

from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.finders import get_finders
from wagtail.embeds.models import Embed

import pytest

from tests.academy.conftest import PAST, at
from tests.academy.factories import AcademySessionPageFactory
from tests.solutions.conftest import publish

pytestmark = pytest.mark.django_db

VIDEO = "https://video.example.org/watch/42"


def closed_port():
    """A local port nothing listens on: connecting to it is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def unreachable_provider(settings):
    """The oEmbed finder, asking a provider that is down for every video.example.org URL."""
    settings.WAGTAILEMBEDS_FINDERS = [
        {
            "class": "wagtail.embeds.finders.oembed",
            "providers": [
                {
                    "endpoint": f"http://127.0.0.1:{closed_port()}/oembed",
                    "urls": [r"^https://video\.example\.org/.+$"],
                }
            ],
        }
    ]
    get_finders.cache_clear()
    yield
    get_finders.cache_clear()


def recorded_session(academy, url=VIDEO):
    return publish(
        AcademySessionPageFactory(
            parent=academy,
            title="Recorded",
            slug="recorded",
            starts_at=at(PAST, "Europe/Brussels"),
            video_url=url,
        )
    )


def test_an_unreachable_provider_gives_a_link_to_the_video(client, academy, unreachable_provider):
    recorded_session(academy)

    response = client.get("/en/academy/recorded/", HTTP_HOST="localhost")

    html = response.content.decode()
    assert response.status_code == 200
    assert f'<a href="{VIDEO}">Watch the recording of “Recorded”</a>' in html
    assert "<iframe" not in html
    assert not Embed.objects.exists()


def test_an_address_no_provider_knows_gives_a_link(client, academy, unreachable_provider):
    recorded_session(academy, "https://elsewhere.example.net/talk")

    html = client.get("/en/academy/recorded/", HTTP_HOST="localhost").content.decode()

    assert '<a href="https://elsewhere.example.net/talk">Watch the recording' in html


def test_a_cached_embed_is_shown_without_asking_the_provider(
    client, academy, unreachable_provider
):
    Embed.objects.create(
        url=VIDEO,
        hash=get_embed_hash(VIDEO),
        type="video",
        html='<iframe title="Step 1 recording" src="https://video.example.org/embed/42"></iframe>',
        title="Step 1 recording",
        width=640,
        height=360,
    )
    recorded_session(academy)

    html = client.get("/en/academy/recorded/", HTTP_HOST="localhost").content.decode()

    assert '<iframe title="Step 1 recording" src="https://video.example.org/embed/42">' in html
    assert f'<a href="{VIDEO}">Watch the recording on its own site</a>' in html
