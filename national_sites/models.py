from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyBlock
from home.models import BasePage, SiteChromeMixin


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
        "solutions.CityPage",
        "solutions.NetworkMapPage",
    ]

    translatable_fields = (
        BasePage.translatable_fields
        + SiteChromeMixin.chrome_translatable_fields
        + [
            SynchronizedField("country_code"),
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
