from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from home.blocks import FigureBlock, LinkBlock


class KeyFigureBlock(blocks.StructBlock):
    """One measured result, such as "CO₂ saved, 1 200, t/year"."""

    label = blocks.CharBlock(label=_("What was measured"), max_length=80)
    value = blocks.CharBlock(label=_("Value"), max_length=30)
    unit = blocks.CharBlock(label=_("Unit"), max_length=30, required=False)

    class Meta:
        icon = "table"
        template = "solutions/blocks/key_figure_block.html"
        description = _("A measured result of the solution, with its unit.")
        preview_value = {"label": "CO₂ saved", "value": "1 200", "unit": "t/year"}


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Title"), max_length=150, required=False, help_text=_("Defaults to its title.")
    )

    class Meta:
        icon = "doc-full"
        template = "solutions/blocks/document_link_block.html"
        description = _("A report, plan or presentation about the solution.")


class ContactEmailBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=80)
    email = blocks.EmailBlock(label=_("E-mail address"))

    class Meta:
        icon = "mail"
        template = "solutions/blocks/contact_email_block.html"
        description = _("An e-mail address to contact the city.")


class ContactBlock(blocks.StreamBlock):
    link = LinkBlock()
    email = ContactEmailBlock()


class KeyFiguresBlock(blocks.StreamBlock):
    figure = KeyFigureBlock()


class GalleryBlock(blocks.StreamBlock):
    image = FigureBlock()


class DocumentsBlock(blocks.StreamBlock):
    document = DocumentLinkBlock()
