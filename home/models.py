from urllib.parse import urlsplit

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyBlock, NavigationBlock


class BasePage(Page):
    """What every public page shares: translation rules, search filters and SEO fields.

    Subclasses extend `translatable_fields`, `search_fields` and the panels; they do not
    restate them.
    """

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("social media image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared. Defaults to the site logo."),
    )

    promote_panels = Page.promote_panels + [FieldPanel("social_image")]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("show_in_menus"),
        SynchronizedField("social_image"),
    ]

    search_fields = Page.search_fields + [
        index.FilterField("locale_id"),
        index.SearchField("search_description"),
    ]

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        # Served pages ask this on every view; home/routes.py answers it from the cache.
        from home.routes import view_restrictions_of

        restrictions = view_restrictions_of(self)
        return super().get_view_restrictions() if restrictions is None else restrictions


class SiteChromeMixin(models.Model):
    """The network name, navigation and footer of one site, kept on its home page.

    Keeping them on the home page means they follow the page tree's per-site permissions,
    moderation, revisions and wagtail-localize translation, so each site's editors, and
    only they, can change them, and visitors see them in their own language.
    """

    network_name = models.CharField(_("network name"), max_length=120)
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    navigation = StreamField(
        NavigationBlock(), verbose_name=_("main navigation"), blank=True, default=list
    )
    footer_text = RichTextField(_("footer text"), blank=True, features=["bold", "italic", "link"])
    footer_links = StreamField(
        NavigationBlock(), verbose_name=_("footer links"), blank=True, default=list
    )

    chrome_panels = [
        MultiFieldPanel([FieldPanel("network_name"), FieldPanel("tagline")], heading=_("Header")),
        FieldPanel("navigation"),
        MultiFieldPanel(
            [FieldPanel("footer_text"), FieldPanel("footer_links")], heading=_("Footer")
        ),
    ]

    chrome_translatable_fields = [
        TranslatableField("network_name"),
        TranslatableField("tagline"),
        TranslatableField("navigation"),
        TranslatableField("footer_text"),
        TranslatableField("footer_links"),
    ]

    class Meta:
        abstract = True


class HomePage(BasePage, SiteChromeMixin):  # noqa: DJ008 (Page defines __str__)
    """The home page of the European network site, in English and its translations."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True, default=list)

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(SiteChromeMixin.chrome_panels, heading=_("Site header and footer")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "home.ResourcesPage",
        "solutions.CityPage",
        "solutions.NetworkMapPage",
        "national_sites.NewsIndexPage",
        "bulletins.BulletinIndexPage",
        "bulletins.NewsletterIndexPage",
        "academy.AcademyIndexPage",
        "events.EventIndexPage",
        "checkup.CheckupPage",
        "membership.JoinPage",
        "membership.NetworkDashboardPage",
        "members.MembersAreaPage",
    ]
    max_count_per_parent = 1

    translatable_fields = (
        BasePage.translatable_fields
        + SiteChromeMixin.chrome_translatable_fields
        + [TranslatableField("intro"), TranslatableField("body")]
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("European home page")


class StandardPage(BasePage):
    """A general page, such as "About the network" or "How to join"."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True, default=list)

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = [
        "home.HomePage",
        "national_sites.NationalHomePage",
        "home.StandardPage",
    ]
    subpage_types = ["home.StandardPage"]

    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """The logo, contact details and social links of one site.

    Words that visitors read, such as the network name, live on the home page so that
    they are translated with it; these values are the same in every language.
    """

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    x_url = models.URLField(_("X"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    mastodon_url = models.URLField(_("Mastodon"), blank=True)
    bluesky_url = models.URLField(_("Bluesky"), blank=True)

    panels = [
        FieldPanel("logo"),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone")], heading=_("Contact")
        ),
        MultiFieldPanel(
            [
                FieldPanel("linkedin_url"),
                FieldPanel("x_url"),
                FieldPanel("facebook_url"),
                FieldPanel("youtube_url"),
                FieldPanel("mastodon_url"),
                FieldPanel("bluesky_url"),
            ],
            heading=_("Social media"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    @property
    def social_links(self):
        links = [
            ("LinkedIn", self.linkedin_url),
            ("X", self.x_url),
            ("Facebook", self.facebook_url),
            ("YouTube", self.youtube_url),
            ("Mastodon", self.mastodon_url),
            ("Bluesky", self.bluesky_url),
        ]
        return [(name, url) for name, url in links if url]


class ResourceKind(models.TextChoices):
    """The kinds of external resource, in the order the resources page shows them."""

    GUIDE = "guide", _("Guides and handbooks")
    TOOL = "tool", _("Tools")
    FUNDING = "funding", _("Funding")
    INITIATIVE = "initiative", _("Initiatives and networks")
    DATA = "data", _("Open data")


class ExternalResource(TranslatableMixin, models.Model):
    """A guide, tool, funding programme, initiative or data set elsewhere on the web.

    Network coordinators keep the list; the resources pages show it in each language.
    """

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=600)
    url = models.URLField(_("address"), max_length=500)
    kind = models.CharField(_("kind"), max_length=20, choices=ResourceKind.choices)
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Lower numbers come first within their kind.")
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("url"),
        FieldPanel("kind"),
        FieldPanel("sort_order"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("description"),
        SynchronizedField("url", overridable=False),
        SynchronizedField("kind"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("external resource")
        verbose_name_plural = _("external resources")
        ordering = ["sort_order", "title"]

    def __str__(self):
        return self.title

    @property
    def domain(self):
        """The site the link leads to, as visitors recognise it: "europa.eu", not a full URL."""
        hostname = urlsplit(self.url).hostname or ""
        return hostname.removeprefix("www.")


class ResourcesPage(BasePage):
    """Lists the external resources by kind, and the documents of one collection.

    Editors choose the collection that holds the activity reports and similar documents;
    uploading a document to it lists it here, newest first.
    """

    intro = models.TextField(_("introduction"), blank=True)
    report_collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("collection of reports"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Every document in this collection is listed on the page, newest first."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("report_collection")], heading=_("Reports")),
    ]

    parent_page_types = ["home.HomePage", "national_sites.NationalHomePage"]
    subpage_types = []

    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        SynchronizedField("report_collection"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("resources page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        resources = ExternalResource.objects.filter(locale_id=self.locale_id).only(
            "title", "description", "url", "kind"
        )
        by_kind = {}
        for resource in resources:
            by_kind.setdefault(resource.kind, []).append(resource)
        context["resource_groups"] = [
            {"kind": kind.value, "label": kind.label, "resources": by_kind[kind.value]}
            for kind in ResourceKind
            if kind.value in by_kind
        ]
        context["reports"] = (
            get_document_model()
            .objects.filter(collection_id=self.report_collection_id)
            .order_by("-created_at", "-pk")
            .only("title", "file", "file_size", "created_at")
            if self.report_collection_id
            else []
        )
        return context
