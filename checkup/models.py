import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField, StreamField
from wagtail_localize.fields import TranslatableField

from django_countries.fields import CountryField

from checkup.blocks import StagesBlock
from home.models import BasePage


class PopulationBand(models.TextChoices):
    UNDER_10K = "under-10k", _("Fewer than 10 000 inhabitants")
    FROM_10K = "10k-50k", _("10 000 to 50 000 inhabitants")
    FROM_50K = "50k-100k", _("50 000 to 100 000 inhabitants")
    FROM_100K = "100k-250k", _("100 000 to 250 000 inhabitants")
    OVER_250K = "over-250k", _("More than 250 000 inhabitants")


class CheckupPage(RoutablePageMixin, BasePage):
    """The City Check-up Assessment: a questionnaire in stages that scores a city's
    integrated energy planning and gives it personal feedback.

    Coordinators write the stages, questions, scored answers and feedback here; translators
    translate the words, and the scores stay the same in every language.
    """

    intro = models.TextField(_("introduction"), blank=True)
    stages = StreamField(StagesBlock(), verbose_name=_("stages"))
    privacy_notice = RichTextField(
        _("privacy notice"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown beside the contact details: what the network does with the answers."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("stages"),
        FieldPanel("privacy_notice"),
    ]

    parent_page_types = ["home.HomePage", "national_sites.NationalHomePage"]
    subpage_types = []

    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("stages"),
        TranslatableField("privacy_notice"),
    ]

    class Meta:
        verbose_name = _("city check-up")
        verbose_name_plural = _("city check-ups")


def new_report_token():
    return secrets.token_urlsafe(32)


class CheckupSubmission(models.Model):
    """One city's answers to the check-up, with their scores, frozen as submitted.

    `answers` keeps the stages, questions and chosen answers in the words and scores they had
    at submission, so later edits of the questionnaire never change a city's results.
    """

    token = models.CharField(max_length=64, unique=True, default=new_report_token, editable=False)
    # The check-up's translation key: a retake in another language is the same check-up.
    checkup_key = models.UUIDField(db_index=True)
    page = models.ForeignKey(
        CheckupPage,
        verbose_name=_("check-up"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submissions",
    )
    language = models.CharField(_("language"), max_length=8)
    city_name = models.CharField(_("city"), max_length=120)
    # The city's name, case-folded and trimmed, with its country: finds a city's earlier
    # results and counts each city once among its peers.
    city_key = models.CharField(max_length=200, db_index=True, editable=False)
    country = CountryField(_("country"))
    # The national network of the country ("" where the network has none).
    network = models.CharField(_("national network"), max_length=8, blank=True, db_index=True)
    population_band = models.CharField(
        _("population"), max_length=20, choices=PopulationBand.choices
    )
    email = models.EmailField(_("contact e-mail"))
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now, db_index=True)
    points = models.PositiveIntegerField(_("points"))
    max_points = models.PositiveIntegerField(_("maximum points"))
    percent = models.DecimalField(_("overall score (%)"), max_digits=4, decimal_places=1)
    answers = models.JSONField(_("answers"), default=list)

    class Meta:
        verbose_name = _("check-up submission")
        verbose_name_plural = _("check-up submissions")
        ordering = ["-submitted_at", "-pk"]

    def __str__(self):
        return f"{self.city_name} ({self.country.code}), {self.submitted_at:%Y-%m-%d}"

    @staticmethod
    def key_for(city_name, country_code):
        """How a city is recognised across its submissions: its name, case-folded with the
        spaces evened out, and its country."""
        return f"{' '.join(city_name.split()).casefold()}|{country_code.upper()}"


class StageResult(models.Model):
    """A submission's score in one stage, as submitted; filters and averages use these."""

    submission = models.ForeignKey(
        CheckupSubmission, on_delete=models.CASCADE, related_name="stage_results"
    )
    stage_id = models.CharField(max_length=64)
    position = models.PositiveSmallIntegerField()
    title = models.CharField(_("stage"), max_length=200)
    points = models.PositiveIntegerField(_("points"))
    max_points = models.PositiveIntegerField(_("maximum points"))
    percent = models.DecimalField(_("score (%)"), max_digits=4, decimal_places=1)

    class Meta:
        ordering = ["submission", "position"]
        constraints = [
            models.UniqueConstraint(fields=["submission", "stage_id"], name="one_result_per_stage")
        ]

    def __str__(self):
        return f"{self.title}: {self.percent} %"
