"""Load the demo content: pages in every site's languages, site settings and demo users."""

from importlib import import_module

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from wagtail.models import Locale, Site
from wagtail.rich_text import RichText

from academy.demo.loader import load_academy
from academy.models import AcademyIndexPage
from bulletins.demo.loader import load_bulletins
from bulletins.models import BulletinIndexPage
from checkup.demo.loader import load_checkup
from checkup.models import CheckupPage
from events.demo.loader import load_events
from events.models import EventIndexPage
from home.demo.loader import load_resources
from home.models import HomePage, ResourcesPage, SiteSettings, StandardPage
from members.demo.loader import load_members_areas
from membership.demo.dashboard import load_dashboard, load_stage_histories
from membership.demo.join import load_join_pages
from membership.models import JoinPage, NetworkDashboardPage
from national_sites.demo.news_loader import load_news
from national_sites.demo.schema import translation_strings
from national_sites.models import NationalHomePage, NewsIndexPage
from national_sites.setup import COORDINATORS_GROUP, TRANSLATORS_GROUP, NetworkSetup
from national_sites.translation import translate
from solutions.demo.loader import load_cities, load_topics
from solutions.demo.map_page import with_map_page
from solutions.models import NetworkMapPage

DEMO_PASSWORD = "demo-password"  # noqa: S105 (documented in README.md, refused in production)


def stream(blocks, pages):
    """Turn the schema's blocks into StreamField data, resolving `_page` keys to pages."""
    data = []
    for block in blocks:
        kind = block["_type"]
        if kind == "heading":
            data.append(("heading", {"text": block["text"], "level": block["_level"]}))
        elif kind == "paragraph":
            data.append(("paragraph", RichText(block["text"])))
        elif kind == "quote":
            data.append(("quote", {"text": block["text"], "attribution": block["attribution"]}))
        elif kind == "call_to_action":
            link = {"label": block["label"], "page": pages[block["_page"]], "url": ""}
            data.append(
                ("call_to_action", {"title": block["title"], "text": block["text"], "link": link})
            )
        elif kind == "membership_steps":
            steps = [
                {"name": step["name"], "description": step["description"]}
                for step in block["steps"]
            ]
            data.append(
                (
                    "membership_steps",
                    {"title": block["title"], "intro": block["intro"], "steps": steps},
                )
            )
        else:
            raise ValueError(f"Unknown demo block type {kind!r}.")
    return data


def links(items, pages):
    return [
        (
            "link",
            {
                "label": item["label"],
                "page": pages.get(item.get("_page")),
                "url": item.get("_url", ""),
            },
        )
        for item in items
    ]


PAGE_MODELS = {"standard": StandardPage, "map": NetworkMapPage}
# The sections added to a site's main navigation once their demo content is loaded.
SECTION_MODELS = [
    NewsIndexPage,
    EventIndexPage,
    AcademyIndexPage,
    BulletinIndexPage,
    ResourcesPage,
    CheckupPage,
    NetworkDashboardPage,
    JoinPage,
]


class DemoLoader:
    def __init__(self, log=None, scale=1):
        self.log = log or (lambda message: None)
        self.scale = scale

    @transaction.atomic
    def run(self):
        self.load_network()
        self.load_publications()
        self.load_users(settings.NETWORK)
        load_members_areas(DEMO_PASSWORD, log=self.log)

    @transaction.atomic
    def load_network(self):
        """The sites with their pages, the topics, and the cities with their solutions."""
        network = settings.NETWORK
        NetworkSetup(network).run()
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}

        load_topics(self.locales)
        european = {
            code: with_map_page(import_module(f"national_sites.demo.european.{code}").SITE, code)
            for code in network.language_codes
            if self.has_module(f"national_sites.demo.european.{code}")
        }
        home = HomePage.objects.get(locale=self.locales[network.language])
        # The source home page of every site, by country code ("eu" for the European site).
        self.homes = {"eu": home}
        self.load_site(home, network.language, european)
        self.load_settings(Site.objects.get(root_page=home), "network")

        for country in network.countries:
            module_name = f"national_sites.demo.national.{country.code}"
            if not self.has_module(module_name):
                self.log(f"No demo content for {country.name}; its site stays empty.")
                continue
            national_home = NationalHomePage.objects.get(
                locale=self.locales[country.language], country_code=country.code
            )
            self.homes[country.code] = national_home
            contents = {
                language: with_map_page(content, language)
                for language, content in import_module(module_name).SITE.items()
            }
            self.load_site(national_home, country.language, contents)
            self.load_settings(Site.objects.get(root_page=national_home), country.code)
            cities_module = f"solutions.demo.cities.{country.code}"
            if self.has_module(cities_module):
                count = load_cities(
                    national_home,
                    self.locales,
                    import_module(cities_module).CITIES,
                    scale=self.scale,
                )
                self.log(f"Loaded {count} cities of {country.name}.")

    @transaction.atomic
    def load_publications(self):
        """What editors publish, linked to the cities and topics loaded before.

        News, events and the join page go on every site; bulletins, newsletters, the Academy, the
        resources, the City Check-up (with sample submissions) and the network dashboard go
        on the European site. Every demo city gets a history of its membership stages.
        """
        load_news(self)
        load_events(self)
        load_bulletins(self)
        load_academy(self)
        load_resources(self)
        load_checkup(self)
        load_stage_histories(self)
        load_dashboard(self)
        load_join_pages(self)
        self.link_sections()

    def link_sections(self):
        """Add each site's news, Academy, bulletins and resources to its main navigation.

        The home pages were written before these pages existed. A link is labelled with the
        page's title, so each translation of the home page gets the translated title.
        """
        for home in self.homes.values():
            home = home.specific_class.objects.get(pk=home.pk)
            linked = {block.value["page"].pk for block in home.navigation if block.value["page"]}
            sections = [
                page
                for model in SECTION_MODELS
                for page in model.objects.child_of(home)
                if page.pk not in linked
            ]
            if not sections:
                continue
            for page in sections:
                home.navigation.append(("link", {"label": page.title, "page": page, "url": ""}))
            home.save_revision().publish()
            for translated_home in home.get_translations().select_related("locale"):
                strings = {}
                for page in sections:
                    translated = page.get_translation_or_none(translated_home.locale)
                    if translated is not None:
                        strings[page.title] = translated.title
                translate(home, translated_home.locale, strings)

    @staticmethod
    def has_module(name):
        try:
            import_module(name)
        except ModuleNotFoundError:
            return False
        return True

    def load_site(self, home, source_language, contents):
        source = contents[source_language]
        pages = {}
        for spec in source["pages"]:
            page = home.get_children().filter(slug=spec["slug"]).specific().first()
            if page is None:
                page_class = PAGE_MODELS[spec.get("_model", "standard")]
                page = page_class(title=spec["title"], slug=spec["slug"])
                home.add_child(instance=page)
            pages[spec["_key"]] = page
        for spec in source["pages"]:
            page = pages[spec["_key"]]
            page.title = spec["title"]
            page.intro = spec["intro"]
            if isinstance(page, StandardPage):
                page.body = stream(spec["body"], pages)
            page.save_revision().publish()

        spec = source["home"]
        home.title = spec["title"]
        home.network_name = spec["network_name"]
        home.tagline = spec["tagline"]
        home.intro = spec["intro"]
        home.footer_text = spec["footer_text"]
        home.navigation = links(spec["navigation"], pages)
        home.footer_links = links(spec["footer_links"], pages)
        home.body = stream(spec["body"], pages)
        home.save_revision().publish()
        self.log(f"Wrote {home.title!r} ({source_language}) and {len(pages)} pages.")

        for language, content in contents.items():
            if language == source_language:
                continue
            strings = translation_strings(source, content)
            locale = self.locales[language]
            for page in pages.values():
                translate(page, locale, strings)
            # The home page last, so its links point at the translated pages.
            translate(home, locale, strings)
            self.log(f"Translated {home.title!r} into {language}.")

    def load_settings(self, site, mailbox):
        site_settings = SiteSettings.for_site(site)
        site_settings.contact_email = f"{mailbox}@smartencity-network.example"
        site_settings.linkedin_url = "https://www.linkedin.com/company/smartencity/"
        site_settings.x_url = "https://x.com/SmartEnCity"
        site_settings.save()

    def load_users(self, network):
        users = [("admin", None, True)]
        users += [(f"editor-{c.code}", c.editors_group, False) for c in network.countries]
        moderators = {c.code: c.moderators_group for c in network.countries}
        if "dk" in moderators:
            users.append(("moderator-dk", moderators["dk"], False))
        users += [
            ("translator", TRANSLATORS_GROUP, False),
            ("coordinator", COORDINATORS_GROUP, False),
        ]
        User = get_user_model()
        for username, group_name, superuser in users:
            user, _created = User.objects.get_or_create(
                username=username, defaults={"email": f"{username}@smartencity-network.example"}
            )
            user.is_superuser = user.is_staff = superuser
            user.set_password(DEMO_PASSWORD)
            user.save()
            if group_name:
                user.groups.set([Group.objects.get(name=group_name)])
        self.log(f"Demo users ready: {', '.join(name for name, _g, _s in users)}.")
