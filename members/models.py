from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Collection, Page
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from home.blocks import BodyBlock
from home.models import BasePage
from members.groups import country_for, members_collection_name
from national_sites.models import NationalHomePage


def network_of(page):
    """The configured country whose site `page` stands in, or None on the European site."""
    home_path = page.path[: Page.steplen * 2]
    code = (
        NationalHomePage.objects.filter(path=home_path).values_list("country_code", flat=True)
    ).first()
    return country_for(code)


class MembersAreaPage(BasePage):
    """The members' area of one network, on its site's home page.

    It is private from the moment it is created: only the network's members, its editors
    and moderators and the network coordinators can open it and the pages below it
    (`members.signals`). It lists the pages below it and the documents of the network's
    members' collection, such as shared procedures and meeting minutes.
    """

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True, default=list)

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["home.HomePage", "national_sites.NationalHomePage"]
    subpage_types = ["members.MembersPage"]
    max_count_per_parent = 1

    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("members' area")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["members_pages"] = (
            MembersPage.objects.child_of(self).live().only("title", "url_path", "locale_id")
        )
        collection = Collection.objects.filter(
            name=members_collection_name(network_of(self)), depth=2
        ).first()
        context["documents"] = (
            get_document_model()
            .objects.filter(collection=collection)
            .order_by("-created_at", "-pk")
            .only("title", "file", "file_size", "created_at")
            if collection
            else []
        )
        return context


class MembersPage(BasePage):
    """A page for the network's members only, such as meeting minutes or a common
    procedure; it may link to the documents of the members' collection."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True, default=list)

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["members.MembersAreaPage", "members.MembersPage"]
    subpage_types = ["members.MembersPage"]

    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("members' page")
