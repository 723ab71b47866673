"""The demo bulletins and newsletters load, translate, and load again without duplicates."""

import pytest

from bulletins.demo.loader import load_bulletins
from bulletins.models import BulletinIndexPage, BulletinPage, NewsletterPage, Subscriber
from national_sites.demo.loader import DemoLoader

pytestmark = pytest.mark.django_db


@pytest.fixture
def loader():
    demo = DemoLoader()
    demo.load_network()
    return demo


def test_the_demo_loads_twice_without_duplicates_and_scales(client, loader):
    load_bulletins(loader)
    load_bulletins(loader)

    english = BulletinPage.objects.filter(locale__language_code="en")
    assert sorted(english.values_list("number", flat=True)) == list(range(1, 13))
    # Numbers 1-6 are English only; 7-12 are in all six languages.
    assert BulletinPage.objects.filter(number=3).count() == 1
    assert BulletinPage.objects.filter(number=9, live=True).count() == 6
    assert NewsletterPage.objects.filter(locale__language_code="en").count() == 4
    assert NewsletterPage.objects.filter(live=True).count() == 24
    assert BulletinIndexPage.objects.count() == 6
    assert not Subscriber.objects.exists()

    archive = BulletinIndexPage.objects.get(locale__language_code="da")
    response = client.get(archive.url, HTTP_HOST="localhost")
    assert response.status_code == 200
    danish_twelve = BulletinPage.objects.get(number=12, locale__language_code="da")
    assert danish_twelve.title in response.content.decode()
    assert danish_twelve.title != english.get(number=12).title

    # The benchmark's scale adds numbered copies beyond the twelve.
    loader.scale = 2
    load_bulletins(loader)

    english = BulletinPage.objects.filter(locale__language_code="en")
    assert sorted(english.values_list("number", flat=True)) == list(range(1, 25))
    assert NewsletterPage.objects.filter(locale__language_code="en").count() == 8
