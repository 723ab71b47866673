from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class ProperNameBlock(blocks.CharBlock):
    """A person's or an organisation's name: the same in every language.

    wagtail-localize asks a block for its segments before it looks at its type; offering none
    keeps names out of the translators' work, and translations keep the source's value.
    """

    def get_translatable_segments(self, value):
        return []


class SpeakerBlock(blocks.StructBlock):
    name = ProperNameBlock(label=_("Name"), max_length=120)
    organisation = ProperNameBlock(label=_("Organisation"), max_length=160)
    role = blocks.CharBlock(
        label=_("Role"),
        max_length=160,
        required=False,
        help_text=_("What the speaker does, such as 'Energy planner'. Translated."),
    )

    class Meta:
        icon = "user"
        template = "academy/blocks/speaker_block.html"
        description = _("A person who speaks at the session, with their organisation.")
        preview_value = {
            "name": "Ainhoa Etxeberria",
            "organisation": "Vitoria-Gasteiz City Council",
            "role": "Energy planner",
        }


class SpeakersBlock(blocks.StreamBlock):
    speaker = SpeakerBlock(label=_("Speaker"))
