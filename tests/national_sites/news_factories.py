"""Factories for news: NewsPageFactory(parent=index, title=..., date=...)."""

import datetime

import factory
import wagtail_factories

from national_sites.models import NewsIndexPage, NewsPage
from national_sites.translation import translate
from tests.solutions.conftest import publish


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"
    slug = "news"
    intro = "What happens in the network."

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    """`topics=[...]`, `cities=[...]` and `solutions=[...]` are set after creation."""

    title = factory.Sequence(lambda number: f"News {number}")
    slug = factory.LazyAttribute(lambda page: page.title.lower().replace(" ", "-"))
    date = datetime.date(2024, 3, 14)
    author = "Network office"
    intro = factory.LazyAttribute(lambda page: f"Intro of {page.title}.")

    class Meta:
        model = NewsPage
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(page, create, topics, **kwargs):
        if topics:
            page.topics.set(topics)

    @factory.post_generation
    def cities(page, create, cities, **kwargs):
        if cities:
            page.cities.set(cities)

    @factory.post_generation
    def solutions(page, create, solutions, **kwargs):
        if solutions:
            page.solutions.set(solutions)


def european_home(network):
    return network["eu"].root_page.specific


def danish_home(network):
    return network["dk"].root_page.specific


def make_news(index, title, date, **kwargs):
    """A published news item under `index`."""
    return publish(NewsPageFactory(parent=index, title=title, date=date, **kwargs))


def make_danish_news(network, locales):
    """The Danish site's index (/da/nyheder/, in English /en/news/) with three items:

    "Fjernvarme" 2024-03-14 (in English "District heating"), "Elbusser" 2024-03-02 (Danish
    only) and "Solceller" 2023-11-20 (in English "Solar panels"). Returns {"index",
    "heating", "buses", "solar"}.
    """
    index = publish(
        NewsIndexPageFactory(parent=danish_home(network), title="Nyheder", slug="nyheder")
    )
    translate(index, locales["en"], {"Nyheder": "News", "nyheder": "news"})
    items = {
        "heating": make_news(index, "Fjernvarme", datetime.date(2024, 3, 14)),
        "buses": make_news(index, "Elbusser", datetime.date(2024, 3, 2)),
        "solar": make_news(index, "Solceller", datetime.date(2023, 11, 20)),
    }
    for key, english in (("heating", "District heating"), ("solar", "Solar panels")):
        title = items[key].title
        translate(
            items[key],
            locales["en"],
            {
                title: english,
                title.lower(): english.lower().replace(" ", "-"),
                f"Intro of {title}.": f"Intro of {english}.",
            },
        )
    return {"index": index, **items}


def make_european_news(network, locales):
    """The European index at /en/news/ (in Danish /da/nyheder/, in Italian /it/notizie/),
    with no item of its own."""
    index = publish(NewsIndexPageFactory(parent=european_home(network)))
    for code, title in (("da", "Nyheder"), ("it", "Notizie")):
        translate(index, locales[code], {"News": title, "news": title.lower()})
    return index
