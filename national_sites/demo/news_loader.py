"""Load each site's demo news (see `national_sites/demo/news/__init__.py`) and translate it."""

import datetime
from importlib import import_module

from django.db import transaction
from django.utils import timezone

from wagtail.rich_text import RichText

from national_sites.models import NewsIndexPage, NewsPage
from national_sites.translation import translate
from solutions.models import CityPage, SolutionPage, Topic


def module_for(code):
    try:
        return import_module(f"national_sites.demo.news.{code}")
    except ModuleNotFoundError:
        return None


def body_html(paragraphs, language):
    return "".join(f"<p>{paragraph[language]}</p>" for paragraph in paragraphs)


def strings_of(spec, source, target, fields):
    """Source → target texts of a news item or index, one entry per body paragraph, as
    wagtail-localize segments them."""
    pairs = [(spec[field][source], spec[field][target]) for field in fields]
    pairs += [(paragraph[source], paragraph[target]) for paragraph in spec.get("body", [])]
    return {source_text: target_text for source_text, target_text in pairs if source_text}


def published_at(date):
    # Noon, so that the day is the same in every European time zone.
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time(12)))


class NewsLoader:
    def __init__(self, loader, code, module):
        self.loader = loader
        self.code = code
        self.module = module
        self.source = module.SOURCE_LANGUAGE
        self.locale = loader.locales[self.source]
        self.home = loader.homes[code]
        self.english = loader.locales["en"]

    def run(self):
        index = self.load_index()
        news = sorted(self.module.NEWS, key=lambda spec: spec["date"])
        for spec in news:
            self.load_item(index, spec)
        for copy in range(2, self.loader.scale + 1):
            for spec in news:
                self.load_item(index, spec, copy=copy)
        self.loader.log(f"Loaded {len(news) * self.loader.scale} news items of {self.code}.")

    def load_index(self):
        spec = self.module.INDEX
        index = self.home.get_children().type(NewsIndexPage).specific().first()
        if index is None:
            index = NewsIndexPage(title=spec["title"][self.source], slug=spec["slug"][self.source])
            self.home.add_child(instance=index)
        index.title = spec["title"][self.source]
        index.slug = spec["slug"][self.source]
        index.intro = spec["intro"][self.source]
        index.save_revision().publish()
        for language in spec["title"]:
            if language != self.source and language in self.loader.locales:
                strings = strings_of(spec, self.source, language, ("title", "slug", "intro"))
                translate(index, self.loader.locales[language], strings)
        return index

    def load_item(self, index, spec, copy=None):
        source = self.source
        slug = spec["slug"][source] + (f"-{copy}" if copy else "")
        title = spec["title"][source] + (f" ({copy})" if copy else "")
        date = datetime.date.fromisoformat(spec["date"])
        item = index.get_children().filter(slug=slug).specific().first()
        if item is None:
            item = NewsPage(title=title, slug=slug, intro=spec["intro"][source], date=date)
            index.add_child(instance=item)
        item.title = title
        item.date = date
        item.author = spec["author"]
        item.intro = spec["intro"][source]
        item.body = [("paragraph", RichText(body_html(spec["body"], source)))]
        item.topics.set(self.topics(spec["topics"]))
        item.cities.set(self.pages(CityPage, spec["cities"]))
        item.solutions.set(self.pages(SolutionPage, spec["solutions"]))
        item.save_revision().publish()
        pages = [item]
        if copy is None:
            for language in spec["title"]:
                if language != source and language in self.loader.locales:
                    strings = strings_of(spec, source, language, ("title", "slug", "intro"))
                    pages.append(translate(item, self.loader.locales[language], strings))
        NewsPage.objects.filter(pk__in=[page.pk for page in pages]).update(
            first_published_at=published_at(date)
        )

    def topics(self, slugs):
        topics = list(Topic.objects.filter(locale=self.locale, slug__in=slugs))
        missing = set(slugs) - {topic.slug for topic in topics}
        if missing:
            self.loader.log(f"News of {self.code}: no topic {', '.join(sorted(missing))}.")
        return topics

    def pages(self, model, english_slugs):
        """The pages with these English slugs, in the news' language where translated."""
        pages = []
        for slug in english_slugs:
            candidates = model.objects.filter(locale=self.english, slug=slug)
            translations = [page.get_translation_or_none(self.locale) for page in candidates]
            found = next((page for page in translations if page is not None), None)
            if found is None:
                self.loader.log(f"News of {self.code}: no {model.__name__} {slug!r} here.")
            else:
                pages.append(found)
        return pages


@transaction.atomic
def load_news(loader):
    """Write and translate the demo news of every site that has some."""
    for code in loader.homes:
        module = module_for(code)
        if module is not None:
            NewsLoader(loader, code, module).run()
