from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
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
        "solutions.CityPage",
        "solutions.NetworkMapPage",
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
