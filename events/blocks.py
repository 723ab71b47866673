from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class AgendaItemBlock(blocks.StructBlock):
    """One item of an event's programme, at a local time of the event's time zone."""

    starts_at = blocks.TimeBlock(label=_("Time"), required=False)
    title = blocks.CharBlock(label=_("Item"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "time"
        template = "events/blocks/agenda_item_block.html"
        description = _("An item of the programme, with its time in the event's time zone.")
        preview_value = {
            "starts_at": "09:30",
            "title": "Welcome and round of introductions",
            "description": "The host city presents its energy plan.",
        }


class AgendaBlock(blocks.StreamBlock):
    item = AgendaItemBlock(label=_("Agenda item"))
