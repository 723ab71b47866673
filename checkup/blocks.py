"""The questionnaire as StreamField blocks: stages, questions, scored options, feedback bands.

wagtail-localize translates the words and keeps the rest: scores, band limits and the
choices of pages and snippets are not text, so a translation can never change them. The
block ids are kept too, so a stage, question or option has the same id in every language,
and answers are stored against those ids.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock


class AnswerOptionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Answer"), max_length=300)
    score = blocks.IntegerBlock(
        label=_("Score"),
        min_value=0,
        max_value=100,
        help_text=_("Points for this answer. The best answer of a question sets its maximum."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Answer option")


class QuestionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Question"), max_length=400)
    help_text = blocks.TextBlock(label=_("Explanation"), required=False, max_length=600)
    options = blocks.ListBlock(AnswerOptionBlock(), label=_("Answer options"), min_num=2)

    class Meta:
        icon = "help"
        label = _("Question")


class NextStepsBlock(blocks.StreamBlock):
    solution = blocks.PageChooserBlock(label=_("Solution"), page_type="solutions.SolutionPage")
    topic = SnippetChooserBlock("solutions.Topic", label=_("Topic"))
    academy = blocks.PageChooserBlock(
        label=_("Academy session or webinar"),
        page_type=[
            "academy.AcademySessionPage",
            "academy.WebinarPage",
            "academy.WebinarSeriesPage",
        ],
    )
    resource = SnippetChooserBlock("home.ExternalResource", label=_("Resource"))

    class Meta:
        icon = "link"


class FeedbackBandBlock(blocks.StructBlock):
    from_percent = blocks.IntegerBlock(
        label=_("From score (%)"),
        min_value=0,
        max_value=100,
        help_text=_(
            "This feedback is shown from this score up to the next band's start. "
            "One band must start at 0."
        ),
    )
    text = blocks.RichTextBlock(label=_("Feedback"), features=["bold", "italic", "link", "ul"])
    next_steps = NextStepsBlock(label=_("Recommended next steps"), required=False)

    class Meta:
        icon = "comment"
        label = _("Feedback for a score band")


class StageBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=pgettext_lazy("check-up", "Stage"), max_length=200)
    intro = blocks.TextBlock(label=_("Introduction"), required=False, max_length=800)
    topics = blocks.ListBlock(
        SnippetChooserBlock("solutions.Topic"),
        label=_("Topics"),
        required=False,
        help_text=_(
            "When this is among a city's weakest stages, its report recommends solutions and "
            "Academy sessions on these topics."
        ),
    )
    questions = blocks.ListBlock(QuestionBlock(), label=_("Questions"), min_num=1)
    feedback = blocks.ListBlock(FeedbackBandBlock(), label=_("Feedback by score"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Stage of the planning process")

    def clean(self, value):
        value = super().clean(value)
        starts = [band["from_percent"] for band in value["feedback"]]
        if 0 not in starts:
            raise StructBlockValidationError(
                block_errors={
                    "feedback": ValidationError(_("One feedback band must start at 0 %."))
                }
            )
        if len(set(starts)) != len(starts):
            raise StructBlockValidationError(
                block_errors={
                    "feedback": ValidationError(_("Two feedback bands start at the same score."))
                }
            )
        return value


class StagesBlock(blocks.StreamBlock):
    stage = StageBlock()
