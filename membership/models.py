from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from django_countries.fields import CountryField

from home.models import BasePage


class ApplicantKind(models.TextChoices):
    CITY = "city", _("A city or municipality")
    PLANNER = "planner", _("An urban planner")
    EXPERT = "expert", _("An expert or organisation")


class ApplicationStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for a decision")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")


class JoinPage(RoutablePageMixin, BasePage):
    """The form with which a city, an urban planner or an expert applies to join the network.

    Editors write the introduction, the thank-you text shown once an application is sent,
    and the privacy notice shown beside the consent box; the form itself is the same on
    every site. Applications go to the national network of the applicant's country.
    """

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    thank_you_text = RichTextField(
        _("thank-you text"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown after an application is sent."),
    )
    privacy_notice = RichTextField(
        _("privacy notice"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("thank_you_text"),
        FieldPanel("privacy_notice"),
    ]

    parent_page_types = ["home.HomePage", "national_sites.NationalHomePage"]
    subpage_types = []
    max_count_per_parent = 1

    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("thank_you_text"),
        TranslatableField("privacy_notice"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("join page")

    @path("")
    def application_form(self, request):
        from membership.views import application_form  # views.py imports this module

        return application_form(self, request)

    @path("sent/")
    def application_sent(self, request):
        from membership.views import application_sent

        return application_sent(self, request)


class MembershipApplication(models.Model):
    """An application to join the network, and what the coordinators decided."""

    kind = models.CharField(_("applicant"), max_length=20, choices=ApplicantKind.choices)
    organisation = models.CharField(_("city or organisation"), max_length=200)
    country = CountryField(_("country"))
    # The national network that decides ("" where the country has none: the European team).
    network = models.CharField(_("national network"), max_length=8, blank=True, db_index=True)
    contact_name = models.CharField(_("contact person"), max_length=120)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    motivation = models.TextField(_("motivation"), max_length=3000)
    topics = models.ManyToManyField(
        "solutions.Topic", verbose_name=_("topics of interest"), blank=True, related_name="+"
    )
    language = models.CharField(_("language"), max_length=8)
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now, db_index=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.PENDING,
        db_index=True,
    )
    city_page = models.ForeignKey(
        "solutions.CityPage",
        verbose_name=_("city page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contributor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("city contributor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("membership application")
        verbose_name_plural = _("membership applications")
        ordering = ["-submitted_at", "-pk"]

    def __str__(self):
        return f"{self.organisation} ({self.country.code})"

    def get_network_display(self):
        country = next((c for c in settings.NETWORK.countries if c.code == self.network), None)
        return country.network_name if country else _("None: the network coordinators decide")

    @property
    def is_pending(self):
        return self.status == ApplicationStatus.PENDING

    @property
    def becomes_city_page(self):
        """Only a city gets a page on the map; planners and experts join as people."""
        return self.kind == ApplicantKind.CITY


class ApplicationEvent(models.Model):
    """One step in an application's history: sent, accepted, rejected, contributor invited."""

    class Action(models.TextChoices):
        SUBMITTED = "submitted", _("Sent")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Rejected")
        CONTRIBUTOR_INVITED = "contributor_invited", _("City contributor invited")

    application = models.ForeignKey(
        MembershipApplication, on_delete=models.CASCADE, related_name="events"
    )
    action = models.CharField(_("action"), max_length=30, choices=Action.choices)
    at = models.DateTimeField(_("when"), default=timezone.now)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("application event")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.get_action_display()} {self.at:%Y-%m-%d}"


class NetworkDashboardPage(BasePage):
    """The network in numbers: member cities and replicating cities against the network's
    goals, members per country and stage, and check-up participation over time."""

    intro = models.TextField(_("introduction"), blank=True)
    member_goal = models.PositiveIntegerField(_("goal: member cities"), default=60)
    replication_goal = models.PositiveIntegerField(
        _("goal: cities replicating the Integrated Energy Planning method"), default=15
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("member_goal"), FieldPanel("replication_goal")],
            heading=_("The network's goals"),
        ),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        SynchronizedField("member_goal"),
        SynchronizedField("replication_goal"),
    ]

    class Meta:
        verbose_name = _("network dashboard")

    def get_context(self, request, *args, **kwargs):
        from membership.dashboard import network_dashboard  # it reads this module's pages

        context = super().get_context(request, *args, **kwargs)
        context["dashboard"] = network_dashboard(self.member_goal, self.replication_goal)
        return context
