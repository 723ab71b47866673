import logging
import secrets
import smtplib

from django.conf import settings
from django.contrib import messages
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail_localize.fields import TranslatableField

from django_countries.fields import CountryField

from checkup import scoring
from checkup.blocks import StagesBlock
from home.chrome import page_url
from home.locales import language_of
from home.models import BasePage
from home.ratelimit import too_many_attempts

logger = logging.getLogger(__name__)


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

    @cached_property
    def questionnaire(self):
        """The stages as scoring reads them, once per request."""
        return scoring.read_questionnaire(self)

    def subpage_url(self, request, name, **kwargs):
        return page_url(self, request) + self.reverse_subpage(name, kwargs=kwargs)

    def stage_url(self, request, number):
        """Stage `number` (from 1); 0 is the introduction and N + 1 the city's details."""
        if number < 1:
            return self.subpage_url(request, "index")
        if number > len(self.questionnaire):
            return self.subpage_url(request, "about")
        return self.subpage_url(request, "stage", number=number)

    def render_private(self, request, template, context, status=200):
        """A page of one visitor's answers or results: never kept by a cache on the way."""
        context = {"index_url": self.stage_url(request, 0), **context}
        response = self.render(request, template=template, context_overrides=context)
        response.status_code = status
        add_never_cache_headers(response)
        return response

    def progress_steps(self, current):
        """The stages and the city's details as numbered steps, the `current` one marked."""
        titles = [stage.title for stage in self.questionnaire] + [gettext("Your city")]
        return [
            {"title": title, "current": number == current, "done": number < current}
            for number, title in enumerate(titles, start=1)
        ]

    @path("", name="index")
    def index(self, request):
        return self.render(
            request,
            context_overrides={
                "stages": self.questionnaire,
                "start_url": self.stage_url(request, 1),
            },
        )

    @path("stage/<int:number>/", name="stage")
    def stage(self, request, number):
        """One stage's questions. Back keeps what is answered; Next wants every answer."""
        from checkup.forms import StageForm
        from checkup.submissions import remember_answers, session_answers

        if not 1 <= number <= len(self.questionnaire):
            raise Http404("The check-up has no such stage.")
        stage = self.questionnaire[number - 1]
        status = 200
        if request.method == "POST":
            form = StageForm(stage, request.POST)
            # Validate before deciding: Back keeps the valid answers even beside missing ones.
            form.is_valid()
            remember_answers(request, self, form.answered())
            if request.POST.get("action") == "back":
                return redirect(self.stage_url(request, number - 1))
            if not form.errors:
                return redirect(self.stage_url(request, number + 1))
            status = 400
        else:
            form = StageForm(stage, initial=session_answers(request, self))
        context = {
            "stage": stage,
            "number": number,
            "stage_count": len(self.questionnaire),
            "steps": self.progress_steps(number),
            "form": form,
            "questions": [(question, form[question.id]) for question in stage.questions],
            "unanswered": form.unanswered() if form.is_bound else [],
        }
        return self.render_private(request, "checkup/stage.html", context, status)

    def back_to_missing_answers(self, request, result):
        """Send a visitor with unanswered questions to the first of them, saying which."""
        from checkup.submissions import first_incomplete_stage

        messages.warning(
            request,
            gettext("Some questions are not answered yet: %(questions)s")
            % {
                "questions": "; ".join(
                    f"{stage.title}: {question.text}" for stage, question in result.missing
                )
            },
        )
        return redirect(self.stage_url(request, first_incomplete_stage(result)))

    @path("about/", name="about")
    def about(self, request):
        """The city's details, then the results are kept and the report is sent."""
        from checkup.forms import AboutForm
        from checkup.mail import send_report_link
        from checkup.submissions import forget_answers, save_submission, session_answers

        if request.method == "POST" and too_many_attempts(
            request, "checkup", settings.CHECKUP_RATE_LIMIT, settings.CHECKUP_RATE_WINDOW
        ):
            minutes = max(1, settings.CHECKUP_RATE_WINDOW // 60)
            response = TemplateResponse(
                request,
                "checkup/too_many_attempts.html",
                {"page": self, "minutes": minutes, "about_url": request.path},
                status=429,
            )
            add_never_cache_headers(response)
            return response
        result = scoring.score(self.questionnaire, session_answers(request, self))
        if not result.complete:
            return self.back_to_missing_answers(request, result)
        status = 200
        if request.method == "POST":
            form = AboutForm(request.POST)
            if form.is_valid():
                if form.is_trapped:
                    return redirect(self.stage_url(request, 0))
                submission = save_submission(
                    self, result, form.cleaned_data, language_of(self.locale_id)
                )
                forget_answers(request, self)
                try:
                    send_report_link(self, submission)
                except (smtplib.SMTPException, OSError):
                    # The results are kept either way: the visitor can still bookmark the
                    # report, which is the only way back to it without the e-mail.
                    logger.exception("The check-up report's link could not be e-mailed.")
                    messages.warning(
                        request,
                        gettext(
                            "Your results are saved, but we could not send you the e-mail. "
                            "Bookmark this page: its address is the only way back to the report."
                        ),
                    )
                else:
                    messages.success(
                        request,
                        gettext(
                            "Your results are saved. We have sent the link to this report to "
                            "your e-mail address: keep it to come back to the report."
                        ),
                    )
                return redirect(self.report_url(request, submission))
            status = 400
        else:
            form = AboutForm()
        context = {
            "form": form,
            "stage_count": len(self.questionnaire),
            "steps": self.progress_steps(len(self.questionnaire) + 1),
            "back_url": self.stage_url(request, len(self.questionnaire)),
        }
        return self.render_private(request, "checkup/about.html", context, status)

    def report_url(self, request, submission):
        from checkup.tokens import sign_report

        return self.subpage_url(request, "report", signed=sign_report(submission.token))

    @path("report/<str:signed>/", name="report")
    def report(self, request, signed):
        """A city's report, for whoever has its signed link; the same in every language."""
        from checkup.submissions import report_context, report_with_history
        from checkup.tokens import read_report_signature

        token = read_report_signature(signed)
        submission, earlier = report_with_history(self, token) if token else (None, [])
        if submission is None:
            raise Http404("There is no such report.")
        context = report_context(self, submission, earlier, request)
        return self.render_private(request, "checkup/report.html", context)


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
