import datetime

from django import forms
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Site
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyBlock
from home.forms import SameLocaleChoicesForm
from home.models import BasePage, SiteChromeMixin
from national_sites import news
from national_sites.feeds import NewsAtomFeed, NewsFeed


class NationalHomePage(BasePage, SiteChromeMixin):
    """The home page of a national network site, written in its national language.

    National editors keep their network's introduction, navigation and footer here; the
    English translation is made from it with wagtail-localize.
    """

    country_code = models.CharField(
        _("country code"),
        max_length=8,
        help_text=_("The country's code in the network configuration, such as 'dk'."),
    )
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True, default=list)

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    settings_panels = BasePage.settings_panels + [FieldPanel("country_code", read_only=True)]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(SiteChromeMixin.chrome_panels, heading=_("Site header and footer")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(settings_panels, heading=_("Settings")),
        ]
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "home.ResourcesPage",
        "solutions.CityPage",
        "solutions.NetworkMapPage",
        "national_sites.NewsIndexPage",
        "events.EventIndexPage",
        "checkup.CheckupPage",
        "membership.JoinPage",
        "members.MembersAreaPage",
    ]

    translatable_fields = (
        BasePage.translatable_fields
        + SiteChromeMixin.chrome_translatable_fields
        + [
            SynchronizedField("country_code", overridable=False),
            TranslatableField("intro"),
            TranslatableField("body"),
        ]
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("country_code"),
    ]

    class Meta:
        verbose_name = _("national home page")


NEWS_PER_PAGE = 10
# Years a news archive can be asked for: datetime.date's own range.
ARCHIVE_YEARS = range(1, 10000)


class NewsPageForm(SameLocaleChoicesForm):
    same_locale_fields = ("topics", "cities", "solutions")


class NewsIndexPage(RoutablePageMixin, BasePage):
    """The news of one site: a paginated list, newest first, with an archive and feeds.

    Editors add one under the site's home page and write each news item below it. On the
    European site it also shows the latest news of the national networks.
    """

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage", "national_sites.NationalHomePage"]
    subpage_types = ["national_sites.NewsPage"]
    max_count_per_parent = 1

    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("news index")

    def published_news(self):
        return NewsPage.objects.live().child_of(self).order_by("-date", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if news.is_european_site(Site.find_for_request(request)):
            context["national_news"] = news.national_news(request)
        return context

    def listing(self, request, year=None, month=None):
        """The context of the whole list, or of a year's or a month's archive."""
        index_url = news.local_url(self, request)
        archive = news.archive(self, request)
        items = news.listed_news(self)
        period = None
        if year is not None:
            if year not in ARCHIVE_YEARS or (month is not None and not 1 <= month <= 12):
                raise Http404("There is no such date.")
            # An empty period is not a page: there is no end of dates to crawl.
            if not news.has_news_in(archive, year, month):
                raise Http404("There is no news from that time.")
            period = datetime.date(year, month or 1, 1)
            items = items.filter(date__year=year)
            if month is not None:
                items = items.filter(date__month=month)
        paginator = news.ArchivePaginator(
            news.with_listing_relations(items),
            NEWS_PER_PAGE,
            news.news_count(archive, year, month),
        )
        results = paginator.get_page(request.GET.get("page"))
        return {
            "results": results,
            "news_items": news.news_entries(results.object_list, request),
            "page_numbers": paginator.get_elided_page_range(results.number),
            "archive": archive,
            "archive_year": year,
            "archive_month": month,
            "period": period,
            "index_url": index_url,
        }

    @path("", name="news_index")
    def news_index(self, request):
        return self.render(request, context_overrides=self.listing(request))

    @re_path(r"^(?P<year>\d{4})/$", name="news_year")
    def news_year(self, request, year):
        return self.render(request, context_overrides=self.listing(request, int(year)))

    @re_path(r"^(?P<year>\d{4})/(?P<month>\d{2})/$", name="news_month")
    def news_month(self, request, year, month):
        return self.render(request, context_overrides=self.listing(request, int(year), int(month)))

    @path("feed/rss/", name="news_rss")
    def news_rss(self, request):
        return NewsFeed(self)(request)

    @path("feed/atom/", name="news_atom")
    def news_atom(self, request):
        return NewsAtomFeed(self)(request)


class NewsPage(BasePage):
    """A news item of a network: what happened, when, and which cities and solutions it
    concerns. It is listed on its news index, its cities' and solutions' pages, its feeds,
    and, for a national network, on the European site."""

    base_form_class = NewsPageForm

    date = models.DateField(_("date"), default=datetime.date.today)
    author = models.CharField(
        _("author"), max_length=120, blank=True, help_text=_("A person's or a team's name.")
    )
    intro = models.TextField(
        _("introduction"),
        max_length=600,
        help_text=_("One or two sentences, shown in lists and feeds."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True, default=list)
    main_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    topics = ParentalManyToManyField(
        "solutions.Topic", verbose_name=_("topics"), blank=True, related_name="news"
    )
    cities = ParentalManyToManyField(
        "solutions.CityPage",
        verbose_name=_("cities"),
        blank=True,
        related_name="news",
        help_text=_("The cities this news is about; it is listed on their pages."),
    )
    solutions = ParentalManyToManyField(
        "solutions.SolutionPage",
        verbose_name=_("solutions"),
        blank=True,
        related_name="news",
        help_text=_("The solutions this news is about; it is listed on their pages."),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel([FieldPanel("date"), FieldPanel("author")], heading=_("Published")),
        FieldPanel("intro"),
        FieldPanel("main_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("cities", widget=forms.CheckboxSelectMultiple),
                FieldPanel("solutions"),
            ],
            heading=_("What the news is about"),
        ),
    ]

    parent_page_types = ["national_sites.NewsIndexPage"]
    subpage_types = []

    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("date"),
        SynchronizedField("author"),
        TranslatableField("intro"),
        TranslatableField("body"),
        SynchronizedField("main_image"),
        SynchronizedField("topics"),
        SynchronizedField("cities"),
        SynchronizedField("solutions"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    @property
    def search_date(self):
        """The date search results show for this page."""
        return self.date

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(news.news_page_context(self, request))
        return context
