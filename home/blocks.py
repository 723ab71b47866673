from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Subheading"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        template = "home/blocks/heading_block.html"
        description = _("A heading that starts a new section of the page.")
        preview_value = {"text": "Smart Zero Carbon Cities", "level": "h2"}


class FigureBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "home/blocks/figure_block.html"
        description = _("An image with a description and an optional caption.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        template = "home/blocks/quote_block.html"
        description = _("A quotation from a person or a city.")
        preview_value = {
            "text": "Together, our cities are making the energy transition happen.",
            "attribution": "A SmartEnCity mayor",
        }


class LinkBlock(blocks.StructBlock):
    """A link to a page of the site or to an external address, with its own label."""

    label = blocks.CharBlock(label=_("Label"), max_length=80)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)

    class Meta:
        icon = "link"
        template = "home/blocks/link_block.html"
        description = _("A link to a page of the site or to an external address.")
        preview_value = {"label": "SmartEnCity project", "url": "https://smartencity.eu/"}

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = ValidationError(_("Choose either a page or an external address, not both."))
            raise StructBlockValidationError(block_errors={"page": message})
        return value


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    link = LinkBlock(label=_("Button"))

    class Meta:
        icon = "pick"
        template = "home/blocks/call_to_action_block.html"
        description = _("A highlighted box that invites visitors to act, with one button.")


class MembershipStepBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Step"), max_length=80)
    description = blocks.TextBlock(label=_("What the city does"))


class MembershipStepsBlock(blocks.StructBlock):
    """The five-step membership model: Awareness, Engagement, Attitude, Replicate, Award."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    intro = blocks.TextBlock(label=_("Introduction"), required=False)
    steps = blocks.ListBlock(MembershipStepBlock(), label=_("Steps"), min_num=1, max_num=8)

    class Meta:
        icon = "list-ol"
        template = "home/blocks/membership_steps_block.html"
        description = _("The steps a member city takes through the network, in order.")
        preview_value = {
            "title": "Five steps to a Smart Zero Carbon City",
            "steps": [
                {"name": "Awareness", "description": "The city learns what the network offers."},
                {"name": "Engagement", "description": "The city commits to the network's aims."},
            ],
        }


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        icon="pilcrow",
    )
    figure = FigureBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    membership_steps = MembershipStepsBlock()


class NavigationBlock(blocks.StreamBlock):
    link = LinkBlock()
