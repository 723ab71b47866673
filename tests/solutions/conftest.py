"""The small, explicit network the map tests read.

Topics, created in English and translated into Estonian, Danish and Spanish only:
building-retrofit "Building retrofit", district-heating "District heating",
sustainable-mobility "Sustainable mobility", urban-data "Urban data platforms" (that order).

Cities, written in their national language under their national home, two of them
translated into English ("-" where not):

    key         site title (language)                       English title
    tartu       ee   Tartu linn (et)                        City of Tartu
    sonderborg  dk   Sønderborg Kommune (da)                Sonderborg Municipality
    aero        dk   Ærø Kommune (da)                       -
    vitoria     es   Ayuntamiento de Vitoria-Gasteiz (es)   -
    lecce       it   Comune di Lecce (it)                   -

    key         country  role        stage       location
    tartu       EE       lighthouse  award       POINT(26.729 58.378)
    sonderborg  DK       lighthouse  replicate   POINT(9.7925 54.9094)
    aero        DK       member      awareness   none: listed, not pinned
    vitoria     ES       lighthouse  replicate   POINT(-2.6727 42.8467)
    lecce       IT       follower    engagement  POINT(18.171 40.3515)

Solutions (topics; status; English title or "-"):

    tartu       Hruštšovkade renoveerimine (building-retrofit; implemented;
                    Retrofit of Soviet-era blocks)
                Linnaandmete platvorm (urban-data; in_progress; Urban data platform)
                Elektribussid (sustainable-mobility; planned; -)
    sonderborg  Fjernvarme fra overskudsvarme (district-heating; implemented;
                    District heating from surplus heat)
                Elbusser og ladedata (sustainable-mobility, urban-data; in_progress;
                    Electric buses and charging data)
    aero        Elfærgen Ellen (sustainable-mobility; implemented; -)
    vitoria     Rehabilitación del barrio de Coronación (building-retrofit,
                    district-heating; implemented; -)
                Autobús eléctrico (sustainable-mobility; planned; -)
    lecce       none

Each solution has one key figure ("Measured by <title>", "1 200", "t/year");
"Fjernvarme fra overskudsvarme" is replicated by Tartu and Vitoria-Gasteiz.

Map pages: the European map at /en/map/ on localhost (translated, slug kept, into the five
other languages, so /it/map/ and /da/map/ exist there too) and the Danish map at /da/kort/ on
dk.localhost.
"""

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from wagtail.models import Locale, Site

import pytest

from national_sites.translation import translate
from solutions.models import MembershipStage, Role, SolutionStatus
from tests.solutions.factories import (
    CityPageFactory,
    NetworkMapPageFactory,
    SolutionPageFactory,
    TopicFactory,
)

TOPICS = [
    # slug, English name, {language: name}
    (
        "building-retrofit",
        "Building retrofit",
        {"et": "Hoonete renoveerimine", "da": "Energirenovering", "es": "Rehabilitación"},
    ),
    (
        "district-heating",
        "District heating",
        {"et": "Kaugküte", "da": "Fjernvarme", "es": "Redes de calor"},
    ),
    (
        "sustainable-mobility",
        "Sustainable mobility",
        {"et": "Säästev liikuvus", "da": "Bæredygtig mobilitet", "es": "Movilidad sostenible"},
    ),
    (
        "urban-data",
        "Urban data platforms",
        {"et": "Linnaandmete platvormid", "da": "Bydataplatforme", "es": "Datos urbanos"},
    ),
]

CITIES = [
    # key, site, slug, original title, English title, country, role, stage, location
    (
        "tartu",
        "ee",
        "tartu",
        "Tartu linn",
        "City of Tartu",
        "EE",
        Role.LIGHTHOUSE,
        MembershipStage.AWARD,
        "SRID=4326;POINT(26.729 58.378)",
    ),
    (
        "sonderborg",
        "dk",
        "sonderborg",
        "Sønderborg Kommune",
        "Sonderborg Municipality",
        "DK",
        Role.LIGHTHOUSE,
        MembershipStage.REPLICATE,
        "SRID=4326;POINT(9.7925 54.9094)",
    ),
    (
        "aero",
        "dk",
        "aero",
        "Ærø Kommune",
        None,
        "DK",
        Role.MEMBER,
        MembershipStage.AWARENESS,
        "",
    ),
    (
        "vitoria",
        "es",
        "vitoria-gasteiz",
        "Ayuntamiento de Vitoria-Gasteiz",
        None,
        "ES",
        Role.LIGHTHOUSE,
        MembershipStage.REPLICATE,
        "SRID=4326;POINT(-2.6727 42.8467)",
    ),
    (
        "lecce",
        "it",
        "lecce",
        "Comune di Lecce",
        None,
        "IT",
        Role.FOLLOWER,
        MembershipStage.ENGAGEMENT,
        "SRID=4326;POINT(18.171 40.3515)",
    ),
]

SOLUTIONS = [
    # key, city, slug, original title, English title, topics, status
    (
        "retrofit",
        "tartu",
        "renoveerimine",
        "Hruštšovkade renoveerimine",
        "Retrofit of Soviet-era blocks",
        ["building-retrofit"],
        SolutionStatus.IMPLEMENTED,
    ),
    (
        "data-platform",
        "tartu",
        "andmeplatvorm",
        "Linnaandmete platvorm",
        "Urban data platform",
        ["urban-data"],
        SolutionStatus.IN_PROGRESS,
    ),
    (
        "tartu-buses",
        "tartu",
        "elektribussid",
        "Elektribussid",
        None,
        ["sustainable-mobility"],
        SolutionStatus.PLANNED,
    ),
    (
        "surplus-heat",
        "sonderborg",
        "fjernvarme",
        "Fjernvarme fra overskudsvarme",
        "District heating from surplus heat",
        ["district-heating"],
        SolutionStatus.IMPLEMENTED,
    ),
    (
        "electric-buses",
        "sonderborg",
        "elbusser",
        "Elbusser og ladedata",
        "Electric buses and charging data",
        ["sustainable-mobility", "urban-data"],
        SolutionStatus.IN_PROGRESS,
    ),
    (
        "ferry",
        "aero",
        "elfaergen",
        "Elfærgen Ellen",
        None,
        ["sustainable-mobility"],
        SolutionStatus.IMPLEMENTED,
    ),
    (
        "coronacion",
        "vitoria",
        "coronacion",
        "Rehabilitación del barrio de Coronación",
        None,
        ["building-retrofit", "district-heating"],
        SolutionStatus.IMPLEMENTED,
    ),
    (
        "vitoria-bus",
        "vitoria",
        "autobus",
        "Autobús eléctrico",
        None,
        ["sustainable-mobility"],
        SolutionStatus.PLANNED,
    ),
]


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def network_sites():
    """The sites by code, as the `network` fixture gives them (usable at module scope)."""
    sites = {"eu": Site.objects.get(is_default_site=True)}
    for country in settings.NETWORK.countries:
        sites[country.code] = Site.objects.get(hostname=country.hostname(settings.NETWORK_DOMAIN))
    return sites


def network_locales():
    return {code: Locale.objects.get(language_code=code) for code, _name in settings.LANGUAGES}


def national_home(network, code):
    """The home page of a national site in its national language."""
    return network[code].root_page.specific


def make_topics(locales):
    by_language = {"en": {}}
    for order, (slug, name, translations) in enumerate(TOPICS, start=1):
        topic = TopicFactory(slug=slug, name=name, sort_order=order, locale=locales["en"])
        by_language["en"][slug] = topic
        for language, translated_name in translations.items():
            by_language.setdefault(language, {})[slug] = translate(
                topic, locales[language], {name: translated_name}
            )
    return by_language


def make_map_pages(network, locales):
    european = publish(
        NetworkMapPageFactory(
            parent=network["eu"].root_page.specific,
            title="Network map",
            slug="map",
            intro="The member cities.",
        )
    )
    pages = {"eu": european}
    for code, _name in settings.LANGUAGES:
        if code != "en":
            pages[f"eu-{code}"] = translate(european, locales[code])
    pages["dk"] = publish(
        NetworkMapPageFactory(
            parent=national_home(network, "dk"),
            title="Netværkskort",
            slug="kort",
            intro="Netværkets byer.",
        )
    )
    return pages


def make_cities(network, locales, topics):
    city_pages, english_cities = {}, {}
    for key, site, slug, title, english, country, role, stage, location in CITIES:
        city_pages[key] = publish(
            CityPageFactory(
                parent=national_home(network, site),
                title=title,
                slug=slug,
                country=country,
                role=role,
                membership_stage=stage,
                location=location,
                intro=f"{title}.",
            )
        )
        if english:
            english_cities[key] = translate(
                city_pages[key], locales["en"], {title: english, f"{title}.": f"{english}."}
            )

    solution_pages, english_solutions = {}, {}
    for key, city, slug, title, _english, slugs, status in SOLUTIONS:
        language = city_pages[city].locale.language_code
        figure = {"label": f"Measured by {title}", "value": "1 200", "unit": "t/year"}
        solution_pages[key] = publish(
            SolutionPageFactory(
                parent=city_pages[city],
                title=title,
                slug=slug,
                summary=f"Summary of {title}.",
                status=status,
                topics=[topics[language][topic_slug] for topic_slug in slugs],
                key_figures=[("figure", figure)],
            )
        )
    surplus_heat = solution_pages["surplus-heat"]
    surplus_heat.replicated_by.set([city_pages["tartu"], city_pages["vitoria"]])
    publish(surplus_heat)
    for key, _city, _slug, title, english, _slugs, _status in SOLUTIONS:
        if english:
            english_solutions[key] = translate(
                solution_pages[key],
                locales["en"],
                {title: english, f"Summary of {title}.": f"Summary of {english}."},
            )
    return {
        "cities": city_pages,
        "english": english_cities,
        "solutions": solution_pages,
        "english_solutions": english_solutions,
    }


def make_small_network(network, locales):
    topics = make_topics(locales)
    return {
        "maps": make_map_pages(network, locales),
        "topics": topics,
        **make_cities(network, locales, topics),
    }


@pytest.fixture
def locales(db):
    """Each language of the network's Locale, by language code."""
    return network_locales()


@pytest.fixture
def topics(locales):
    """The four topics, created in English and translated into et, da and es (not it or bg).

    Returns {language: {slug: Topic}} for en, et, da and es.
    """
    return make_topics(locales)


@pytest.fixture
def map_pages(network, locales):
    """The European map (/en/map/ on localhost, in all six languages) and the Danish map.

    Returns {"eu": English European map, "eu-<lang>": its translation, "dk": Danish map}.
    """
    return make_map_pages(network, locales)


@pytest.fixture(scope="module")
def small_network(django_db_setup, django_db_blocker):
    """The map pages, the topics, and the five cities with their solutions, read-mostly.

    Built once per test module, inside a transaction rolled back after the module's last
    test. Each test runs in its own savepoint within it, so whatever a test writes to the
    database is undone; the page objects returned are shared, so a test must not change
    them in memory (use `changing_network` for that).

    Returns {"maps": (as map_pages), "topics": (as topics), "cities": {key: CityPage},
    "english": {key: English CityPage}, "solutions": {key: SolutionPage},
    "english_solutions": {key: English SolutionPage}}.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        cache.clear()
        yield make_small_network(network_sites(), network_locales())
        transaction.set_rollback(True)


@pytest.fixture
def changing_network(network, locales):
    """The same content as `small_network`, built for this test alone, to be changed."""
    return make_small_network(network, locales)
