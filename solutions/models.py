from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, Panel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField
from wagtailgeowidget import geocoders
from wagtailgeowidget.panels import GeoAddressPanel, LeafletPanel

from django_countries.fields import CountryField

from home.blocks import BodyBlock
from home.chrome import page_url, site_chrome
from home.forms import SameLocaleChoicesForm
from home.locales import language_of, locale_for_language
from home.models import BasePage
from solutions.blocks import ContactBlock, DocumentsBlock, GalleryBlock, KeyFiguresBlock
from solutions.geo import parse_point


class Role(models.TextChoices):
    LIGHTHOUSE = "lighthouse", _("Lighthouse city")
    FOLLOWER = "follower", _("Follower city")
    MEMBER = "member", _("Network member")


class MembershipStage(models.TextChoices):
    AWARENESS = "awareness", _("Awareness")
    ENGAGEMENT = "engagement", _("Engagement")
    ATTITUDE = "attitude", _("Attitude")
    REPLICATE = "replicate", _("Replicate")
    AWARD = "award", _("Award")


# The steps' full names, as the network presents them to cities on the city page (the
# Award step is called just that).
STAGE_NAMES = {
    MembershipStage.AWARENESS: _("Create Awareness"),
    MembershipStage.ENGAGEMENT: _("Create Engagement"),
    MembershipStage.ATTITUDE: _("Create Attitude"),
    MembershipStage.REPLICATE: _("Replicate Approach"),
}


class SolutionStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    IMPLEMENTED = "implemented", _("Implemented")


class Topic(TranslatableMixin, models.Model):
    """A theme of smart-city solutions, such as sustainable mobility; filters the map."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_("Used in map addresses such as ?topic=mobility; the same in every language."),
    )
    description = models.TextField(_("short description"), blank=True, max_length=400)
    colour = models.CharField(
        _("colour"),
        max_length=7,
        default="#1f7a3d",
        validators=[
            RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Give the colour as #rrggbb, e.g. #1f7a3d."))
        ],
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("colour"),
        FieldPanel("sort_order"),
    ]

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        # Not overridable: map addresses and pin colours are the same in every language.
        SynchronizedField("slug", overridable=False),
        SynchronizedField("colour", overridable=False),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_topic_slug_per_locale")
        ]

    def __str__(self):
        return self.name


class MembershipStagePanel(Panel):
    """The city's stage, read-only, with its history and the way to change it.

    The stage is changed only through the "Change membership stage" view, which records
    each change, so that the history stays the truth and an old draft cannot undo it.
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "solutions/admin/membership_stage_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            city = self.instance
            changes = []
            context["change_url"] = None
            if city.pk:
                changes = list(
                    MembershipStageChange.objects.filter(
                        city_key=city.translation_key
                    ).select_related("changed_by")
                )
                if city.permissions_for_user(self.request.user).can_publish():
                    context["change_url"] = reverse("solutions_change_stage", args=[city.pk])
            # The form edits the latest draft, which may predate the newest change.
            stage = changes[0].stage if changes else city.membership_stage
            context["stage"] = MembershipStage(stage).label
            context["changes"] = changes
            return context


class CityPage(BasePage):
    """A member city of the network: where it is, its role and stage, and its solutions."""

    country = CountryField(_("country"))
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    address = models.CharField(
        _("address"),
        max_length=250,
        blank=True,
        help_text=_("Type the city's name to place it on the map."),
    )
    location = models.CharField(
        _("location"),
        max_length=250,
        blank=True,
        help_text=_(
            "Stored as SRID=4326;POINT(longitude latitude). A city without one is not pinned."
        ),
    )
    latitude = models.FloatField(null=True, blank=True, editable=False)
    longitude = models.FloatField(null=True, blank=True, editable=False)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    membership_stage = models.CharField(
        _("membership stage"),
        max_length=20,
        choices=MembershipStage.choices,
        default=MembershipStage.AWARENESS,
    )
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True, default=list)
    main_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_links = StreamField(
        ContactBlock(), verbose_name=_("contact links"), blank=True, default=list
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("country"),
                FieldPanel("population"),
                FieldPanel("role"),
            ],
            heading=_("The city in the network"),
        ),
        MembershipStagePanel(heading=_("Membership stage")),
        MultiFieldPanel(
            [
                GeoAddressPanel("address", geocoder=geocoders.NOMINATIM),
                LeafletPanel("location", address_field="address"),
            ],
            heading=_("Location"),
        ),
        FieldPanel("intro"),
        FieldPanel("main_image"),
        FieldPanel("body"),
        FieldPanel("contact_links"),
    ]

    parent_page_types = ["home.HomePage", "national_sites.NationalHomePage"]
    subpage_types = ["solutions.SolutionPage"]

    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("country"),
        SynchronizedField("population"),
        TranslatableField("address"),
        # Not overridable: the translation editor must not offer a coordinate for translation.
        SynchronizedField("location", overridable=False),
        SynchronizedField("role"),
        SynchronizedField("membership_stage"),
        TranslatableField("intro"),
        TranslatableField("body"),
        SynchronizedField("main_image"),
        TranslatableField("contact_links"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("country"),
        index.FilterField("role"),
        index.FilterField("membership_stage"),
    ]

    class Meta:
        verbose_name = _("city")
        verbose_name_plural = _("cities")

    @property
    def point(self):
        """(latitude, longitude), or None for a city that is not pinned."""
        if self.latitude is None or self.longitude is None:
            return None
        return self.latitude, self.longitude

    def get_context(self, request, *args, **kwargs):
        from national_sites.news import news_about  # news are about cities, so come later
        from solutions.network_data import topics_in

        context = super().get_context(request, *args, **kwargs)
        topics = topics_in(language_of(self.locale_id))
        solutions = list(
            SolutionPage.objects.child_of(self).live().prefetch_related("topics").order_by("title")
        )
        by_topic = {}
        for solution in solutions:
            for topic in solution.topics.all() or [None]:
                slug = topic.slug if topic else ""
                by_topic.setdefault(slug, []).append(solution)
        context["solutions"] = solutions
        context["solutions_by_topic"] = [
            {"slug": slug, "name": topics.get(slug, (slug,))[0], "solutions": by_topic[slug]}
            for slug in [*topics, ""]
            if slug in by_topic
        ]
        map_url = (site_chrome(request) or {}).get("map_url")
        context["map_url"] = f"{map_url}?country={self.country.code}" if map_url else None
        context["news_about"] = news_about(self, "cities", request)
        context["stage_steps"] = self.stage_steps()
        return context

    def clean(self):
        super().clean()
        try:
            point = parse_point(self.location)
        except ValidationError as error:
            raise ValidationError({"location": error.messages}) from None
        self.latitude, self.longitude = point if point else (None, None)

    def save(self, *args, **kwargs):
        # Translations are saved by wagtail-localize without clean(): keep the numbers in
        # step with the stored point here too.
        try:
            point = parse_point(self.location)
        except ValidationError:
            point = None
        self.latitude, self.longitude = point if point else (None, None)
        # The recorded history decides the stage, in every translation: publishing an old
        # draft or syncing a translation must not bring back an earlier stage.
        latest = (
            MembershipStageChange.objects.filter(city_key=self.translation_key)
            .values_list("stage", flat=True)
            .first()
        )
        if latest:
            self.membership_stage = latest
        super().save(*args, **kwargs)

    def stage_steps(self):
        """The five steps in order, each with its state ("done", "current" or "next"), the
        date the city last reached it where recorded and, for the Award step, the award."""
        changes = MembershipStageChange.objects.filter(city_key=self.translation_key).values_list(
            "stage", "date", "award"
        )
        reached = {}
        for stage, date, award in changes:
            # Newest first: keep the last time the city reached each step.
            reached.setdefault(stage, (date, award))
        stages = list(MembershipStage)
        current = stages.index(MembershipStage(self.membership_stage))
        steps = []
        for number, stage in enumerate(stages):
            state = "done" if number < current else "current" if number == current else "next"
            date, award = reached.get(stage, (None, "")) if state != "next" else (None, "")
            steps.append(
                {
                    "stage": stage.value,
                    "label": stage.label,
                    "name": STAGE_NAMES.get(stage, ""),
                    "state": state,
                    "date": date,
                    "award": award if stage == MembershipStage.AWARD else "",
                }
            )
        return steps


class MembershipStageChange(models.Model):
    """A city's move to a membership stage, with its date and a note; the Award step also
    names the award. The newest change sets the city's stage in every language."""

    # The city's translation key: one history for all of its translations.
    city_key = models.UUIDField(db_index=True)
    # The translation the change was made on; the history outlives its deletion.
    city = models.ForeignKey(
        CityPage,
        verbose_name=_("city"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stage_changes",
    )
    stage = models.CharField(_("membership stage"), max_length=20, choices=MembershipStage.choices)
    previous_stage = models.CharField(
        _("previous stage"), max_length=20, choices=MembershipStage.choices, blank=True
    )
    date = models.DateField(_("date"))
    note = models.TextField(_("note"), max_length=2000)
    award = models.CharField(
        _("award"),
        max_length=200,
        blank=True,
        help_text=_("The name of the award, for the Award stage."),
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    class Meta:
        verbose_name = _("membership stage change")
        verbose_name_plural = _("membership stage changes")
        ordering = ["-date", "-recorded_at", "-pk"]

    def __str__(self):
        return f"{self.get_stage_display()} ({self.date:%Y-%m-%d})"


class SolutionPageForm(SameLocaleChoicesForm):
    same_locale_fields = ("topics",)


class SolutionPage(BasePage):
    """A smart-city solution a city planned or carried out, with its results."""

    base_form_class = SolutionPageForm

    summary = models.TextField(_("summary"), max_length=600)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True, default=list)
    topics = ParentalManyToManyField(Topic, verbose_name=_("topics"), related_name="solutions")
    # The topics' slugs, kept by save() and by a topic's own save, so that a solution page can
    # show its topics without a query of its own.
    topic_slugs = models.CharField(max_length=500, blank=True, editable=False)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=SolutionStatus.choices,
        default=SolutionStatus.IMPLEMENTED,
    )
    key_figures = StreamField(
        KeyFiguresBlock(), verbose_name=_("key figures"), blank=True, default=list
    )
    images = StreamField(GalleryBlock(), verbose_name=_("images"), blank=True, default=list)
    documents = StreamField(
        DocumentsBlock(), verbose_name=_("documents"), blank=True, default=list
    )
    replicated_by = ParentalManyToManyField(
        "solutions.CityPage",
        verbose_name=_("replicated by"),
        blank=True,
        related_name="replications",
        help_text=_("Other cities that have replicated this solution."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("topics", widget=forms.CheckboxSelectMultiple), FieldPanel("status")],
            heading=_("Topics and status"),
        ),
        FieldPanel("key_figures"),
        FieldPanel("body"),
        FieldPanel("images"),
        FieldPanel("documents"),
        FieldPanel("replicated_by"),
    ]

    parent_page_types = ["solutions.CityPage"]
    subpage_types = []

    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("summary"),
        TranslatableField("body"),
        SynchronizedField("topics"),
        SynchronizedField("topic_slugs"),
        SynchronizedField("status"),
        TranslatableField("key_figures"),
        TranslatableField("images"),
        SynchronizedField("documents"),
        SynchronizedField("replicated_by"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("status"),
    ]

    class Meta:
        verbose_name = _("solution")
        verbose_name_plural = _("solutions")

    def save(self, *args, **kwargs):
        self.topic_slugs = " ".join(sorted({topic.slug for topic in self.topics.all()}))
        super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from national_sites.news import news_about  # news are about solutions, so come later
        from solutions.network_data import City, topics_in

        context = super().get_context(request, *args, **kwargs)
        topics = topics_in(language_of(self.locale_id))
        slugs = self.topic_slugs.split()
        context["topics"] = [
            {
                "slug": slug,
                "name": topics.get(slug, (slug, ""))[0],
                "colour": topics.get(slug, ("", ""))[1],
            }
            for slug in slugs
        ]
        # The city and the cities that replicated it, with all their translations, in one
        # query; each is shown in the visitor's language where it is translated.
        parent_path = self.path[: -self.steplen]
        # A page being created has no row yet: its preview shows only its parent city.
        replicated = models.Q(replications=self) if self.pk else models.Q(pk__in=[])
        related = CityPage.objects.filter(models.Q(path=parent_path) | replicated).values(
            "translation_key"
        )
        rows = CityPage.objects.live().filter(translation_key__in=related).order_by("pk")
        visitor_locale = locale_for_language(get_language())
        best = {}
        for row in rows:
            current = best.get(row.translation_key)
            if current is None or (
                visitor_locale
                and row.locale_id == visitor_locale.pk
                and current.locale_id != visitor_locale.pk
            ):
                best[row.translation_key] = row
        parent_key = next((row.translation_key for row in rows if row.path == parent_path), None)

        def entry(city):
            return City(
                key=city.translation_key.hex,
                title=city.title,
                url=page_url(city, request) or "",
                language=language_of(city.locale_id),
                country=city.country.code,
                role=city.role,
                stage=city.membership_stage,
                latitude=city.latitude,
                longitude=city.longitude,
                site_id=None,
            )

        context["city"] = entry(best[parent_key]) if parent_key in best else None
        context["replications"] = [entry(city) for key, city in best.items() if key != parent_key]
        map_url = (site_chrome(request) or {}).get("map_url")
        query = urlencode([("topic", slug) for slug in slugs])
        context["map_url"] = f"{map_url}?{query}" if map_url and query else map_url
        context["news_about"] = news_about(self, "solutions", request)
        return context


class NetworkMapPage(BasePage):
    """The map of member cities with its filter; its data is open as GeoJSON and CSV."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage", "national_sites.NationalHomePage"]
    subpage_types = []
    max_count_per_parent = 1

    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]

    class Meta:
        verbose_name = _("network map")

    def get_context(self, request, *args, **kwargs):
        from solutions.views import map_context

        context = super().get_context(request, *args, **kwargs)
        context.update(map_context(request))
        return context
