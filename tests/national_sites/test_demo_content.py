"""load_demo_content fills all six sites, each in its own languages, and creates the demo users."""

from importlib import import_module
from io import StringIO

from django.conf import settings
from django.contrib.auth import authenticate
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.utils.html import escape

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

import pytest

from academy.models import AcademyIndexPage
from bulletins.models import BulletinIndexPage
from home.models import HomePage, ResourcesPage
from national_sites.demo.loader import DEMO_PASSWORD
from national_sites.demo.schema import translation_strings
from national_sites.models import NationalHomePage, NewsIndexPage

pytestmark = pytest.mark.django_db

DEMO_USERS = {
    "admin": None,
    "editor-ee": "Estonia editors",
    "editor-dk": "Denmark editors",
    "editor-es": "Spain editors",
    "editor-bg": "Bulgaria editors",
    "editor-it": "Italy editors",
    "moderator-dk": "Denmark moderators",
    "translator": "Translators",
}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The whole demo, loaded once for this module inside a transaction rolled back after it.

    Each test runs in its own savepoint within it, so what a test writes is undone.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        cache.clear()
        call_command("load_demo_content", stdout=StringIO())
        yield
        transaction.set_rollback(True)


def test_every_national_home_is_written_in_its_own_language_and_in_english(client, demo):
    for country in settings.NETWORK.countries:
        content = import_module(f"national_sites.demo.national.{country.code}").SITE
        host = country.hostname(settings.NETWORK_DOMAIN)

        national = client.get(f"/{country.language}/", HTTP_HOST=host).content.decode()
        english = client.get("/en/", HTTP_HOST=host).content.decode()

        assert escape(content[country.language]["home"]["tagline"]) in national
        assert escape(content["en"]["home"]["tagline"]) in english
        assert escape(content[country.language]["home"]["tagline"]) not in english


def test_the_national_pages_are_translated_into_english_with_wagtail_localize(demo):
    danish = NationalHomePage.objects.get(country_code="dk", locale__language_code="da")
    english = danish.get_translation(Locale.objects.get(language_code="en"))

    assert Translation.objects.filter(
        source__object_id=danish.translation_key, target_locale__language_code="en"
    ).exists()
    assert english.specific.network_name == "Energibyerne"
    assert english.specific.tagline != danish.tagline


def test_the_european_home_shows_the_five_step_membership_model_in_every_language(client, demo):
    for language in [code for code, _name in settings.LANGUAGES]:
        content = import_module(f"national_sites.demo.european.{language}").SITE
        steps_block = next(
            block for block in content["home"]["body"] if block["_type"] == "membership_steps"
        )

        html = client.get(f"/{language}/", HTTP_HOST="localhost").content.decode()

        assert len(steps_block["steps"]) == 5
        for step in steps_block["steps"]:
            assert escape(step["name"]) in html


def test_every_language_file_has_the_shape_of_its_source():
    english = import_module("national_sites.demo.european.en").SITE
    for language in ["et", "da", "es", "bg", "it"]:
        translated = import_module(f"national_sites.demo.european.{language}").SITE
        assert translation_strings(english, translated), language
    for country in settings.NETWORK.countries:
        content = import_module(f"national_sites.demo.national.{country.code}").SITE
        assert translation_strings(content[country.language], content["en"]), country.code


def test_the_lighthouse_and_follower_cities_are_named_on_the_european_site(client, demo):
    html = client.get("/en/cities/", HTTP_HOST="localhost").content.decode()

    for city in ["Vitoria-Gasteiz", "Tartu", "Sønderborg", "Lecce", "Asenovgrad"]:
        assert city in html


def test_loading_the_demo_twice_adds_no_pages(demo):
    before = Page.objects.count()

    call_command("load_demo_content", stdout=StringIO())

    assert Page.objects.count() == before
    assert HomePage.objects.filter(locale__language_code="en").count() == 1


def test_the_demo_users_log_in_with_the_documented_password_into_their_groups(demo):
    for username, group_name in DEMO_USERS.items():
        user = authenticate(username=username, password=DEMO_PASSWORD)
        assert user is not None, username
        if group_name:
            assert list(user.groups.values_list("name", flat=True)) == [group_name]
        else:
            assert user.is_superuser


def main_navigation(client, host, path):
    html = client.get(path, HTTP_HOST=host).content.decode()
    return html[html.index('<nav class="site-nav"') : html.index("</nav>", html.index("site-nav"))]


def test_each_sites_navigation_leads_to_its_sections_in_the_visitors_language(client, demo):
    european_danish = HomePage.objects.get(locale__language_code="da")
    navigation = main_navigation(client, "localhost", "/da/")
    for model in (NewsIndexPage, AcademyIndexPage, BulletinIndexPage, ResourcesPage):
        section = model.objects.child_of(european_danish).get()
        assert f'href="/da/{section.slug}/"' in navigation, model.__name__
        assert section.title in navigation, model.__name__

    danish_home = NationalHomePage.objects.get(country_code="dk", locale__language_code="da")
    news = NewsIndexPage.objects.child_of(danish_home).get()
    navigation = main_navigation(client, "dk.localhost", "/da/")
    assert f'href="/da/{news.slug}/"' in navigation
    assert news.title in navigation
