from datetime import timedelta
from zoneinfo import ZoneInfo, available_timezones

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from academy.blocks import SpeakersBlock
from home.chrome import page_url
from home.forms import SameLocaleChoicesForm
from home.locales import language_of
from home.models import BasePage
from solutions.models import CityPage, Topic

DEFAULT_TIME_ZONE = "Europe/Brussels"


def european_time_zones():
    """The IANA names of Europe's time zones, offered for an event's local time."""
    return [
        (name, name.removeprefix("Europe/").replace("_", " "))
        for name in sorted(available_timezones())
        if name.startswith("Europe/")
    ]


class TrainingEventPageForm(SameLocaleChoicesForm):
    """An event's form: its times are typed as local times of the event's own time zone.

    Django reads a typed date and time in the editor's time zone. An editor planning a session
    in Lisbon types Lisbon's time, so the form shows and reads the `local_time_fields` in the
    time zone chosen on the page instead. It also offers only the topics and cities of the
    page's own language, not every language's copy of them.
    """

    same_locale_fields = ("topics", "cities")
    local_time_fields = ("starts_at",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "cities" in self.fields:
            self.fields["cities"].queryset = self.fields["cities"].queryset.order_by("title")
        for name in self.local_time_fields:
            value = getattr(self.instance, name, None)
            if value:
                self.initial[name] = value.astimezone(self.instance.zone).replace(tzinfo=None)

    def clean(self):
        cleaned_data = super().clean()
        zone_name = cleaned_data.get("time_zone")
        if zone_name:
            for name in self.local_time_fields:
                value = cleaned_data.get(name)
                if value:
                    wall_clock = timezone.make_naive(value)
                    cleaned_data[name] = wall_clock.replace(tzinfo=ZoneInfo(zone_name))
        return cleaned_data


class LocalTimesMixin:
    """The times of an event with `starts_at`, `ends_at` and `time_zone`, where its clock is.

    Academy sessions, webinars and the network's meetings share it.
    """

    @property
    def search_date(self):
        """The date search results show for this page."""
        return self.starts_at

    @property
    def zone(self):
        try:
            return ZoneInfo(self.time_zone)
        except (ValueError, KeyError):
            return ZoneInfo(DEFAULT_TIME_ZONE)

    @property
    def local_starts_at(self):
        return self.starts_at.astimezone(self.zone)

    @property
    def local_ends_at(self):
        return self.ends_at.astimezone(self.zone)

    def is_upcoming(self, now=None):
        """Still to come or under way: its calendar entry is still of use."""
        return self.ends_at > (now or timezone.now())


class TrainingEventPage(RoutablePageMixin, LocalTimesMixin, BasePage):
    """What a session and a webinar share: when it happens, who speaks, what it covers.

    `starts_at` is stored as an instant; `time_zone` says where the event's clock is, so the
    time is shown as the organisers announced it (10:00 CET), whatever the server's zone.
    """

    base_form_class = TrainingEventPageForm

    starts_at = models.DateTimeField(
        _("starts at"),
        help_text=_("The local time where the event's clock is, as in its time zone."),
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        choices=european_time_zones,
        default=DEFAULT_TIME_ZONE,
        help_text=_("Where the event's clock is: the time is shown to visitors in this zone."),
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"),
        default=60,
        validators=[
            MinValueValidator(5, _("An event lasts at least 5 minutes.")),
            MaxValueValidator(12 * 60, _("An event lasts at most 12 hours (720 minutes).")),
        ],
    )
    speakers = StreamField(SpeakersBlock(), verbose_name=_("speakers"), blank=True, default=list)
    description = RichTextField(
        _("description"), blank=True, features=["h3", "bold", "italic", "link", "ol", "ul"]
    )
    video_url = models.URLField(
        _("video"),
        blank=True,
        help_text=_("The address of the recording, such as a YouTube or Vimeo page."),
    )
    slides = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("slides"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    topics = ParentalManyToManyField(
        Topic, verbose_name=_("topics"), blank=True, related_name="%(app_label)s_%(class)ss"
    )
    # The topics' slugs, kept by save() and by a topic's own save, so that pages and listings
    # show topic names, in the visitor's language, without a query of their own.
    topic_slugs = models.CharField(max_length=500, blank=True, editable=False)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("time_zone")]),
                FieldPanel("duration_minutes"),
            ],
            heading=_("When"),
        ),
        FieldPanel("description"),
        FieldPanel("speakers"),
        MultiFieldPanel(
            [FieldPanel("video_url"), FieldPanel("slides")], heading=_("Recording and slides")
        ),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
    ]

    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("starts_at"),
        SynchronizedField("time_zone"),
        SynchronizedField("duration_minutes"),
        TranslatableField("speakers"),
        TranslatableField("description"),
        SynchronizedField("video_url", overridable=False),
        SynchronizedField("slides"),
        SynchronizedField("topics"),
        SynchronizedField("topic_slugs"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("description"),
        index.FilterField("starts_at"),
    ]

    class Meta:
        abstract = True

    @property
    def ends_at(self):
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    def topic_entries(self):
        from solutions.network_data import topics_in

        topics = topics_in(language_of(self.locale_id))
        return [
            {
                "slug": slug,
                "name": topics.get(slug, (slug, ""))[0],
                "colour": topics.get(slug, ("", ""))[1],
            }
            for slug in self.topic_slugs.split()
        ]

    def save(self, *args, **kwargs):
        self.topic_slugs = " ".join(sorted({topic.slug for topic in self.topics.all()}))
        super().save(*args, **kwargs)

    @path("calendar/", name="calendar")
    def calendar(self, request):
        """The event as an iCalendar file, while it is still to come."""
        from academy.calendar import calendar_response

        if not self.is_upcoming():
            # A calendar entry for a past event is of no use; the page says so and links back.
            context = self.get_context(request)
            return TemplateResponse(request, "academy/event_over.html", context, status=404)
        return calendar_response(self, request)

    def get_context(self, request, *args, **kwargs):
        from academy.listing import localized_cities

        context = super().get_context(request, *args, **kwargs)
        context["topics"] = self.topic_entries()
        context["upcoming"] = self.is_upcoming()
        url = page_url(self, request)
        context["calendar_url"] = (
            url + self.reverse_subpage("calendar") if url and context["upcoming"] else None
        )
        context["cities"] = localized_cities(self, request)
        return context


class AcademyIndexPage(BasePage):
    """The SmartEnCity Academy: its training sessions and webinar series, upcoming and past."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["academy.AcademySessionPage", "academy.WebinarSeriesPage"]
    max_count_per_parent = 1

    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("Academy index")

    def get_context(self, request, *args, **kwargs):
        from academy.listing import in_original_order, split_events, webinars_by_series
        from home.listings import listed_children

        context = super().get_context(request, *args, **kwargs)
        sessions = listed_children(AcademySessionPage, self).order_by("starts_at")
        context["upcoming_sessions"], context["past_sessions"] = split_events(sessions, request)
        series = list(in_original_order(listed_children(WebinarSeriesPage, self)))
        webinars = webinars_by_series(series, request)
        context["series"] = [
            {
                "page": each,
                "url": page_url(each, request),
                "language": language_of(each.locale_id),
                **webinars[each.pk],
            }
            for each in series
        ]
        return context


class AcademySessionPage(TrainingEventPage):
    """One training session of the Academy: when, who speaks, what it covers, and its recording."""

    cities = ParentalManyToManyField(
        CityPage,
        verbose_name=_("cities presented"),
        blank=True,
        related_name="academy_sessions",
        help_text=_("The member cities whose work the session presents."),
    )

    content_panels = TrainingEventPage.content_panels + [
        FieldPanel("cities", widget=forms.CheckboxSelectMultiple)
    ]

    parent_page_types = ["academy.AcademyIndexPage"]
    subpage_types = []

    translatable_fields = TrainingEventPage.translatable_fields + [SynchronizedField("cities")]

    class Meta:
        verbose_name = _("Academy session")
        verbose_name_plural = _("Academy sessions")


class WebinarSeriesPage(BasePage):
    """A series of online training courses; its webinars are its child pages, in order."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["academy.AcademyIndexPage"]
    subpage_types = ["academy.WebinarPage"]

    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("webinar series")
        verbose_name_plural = _("webinar series")

    def get_context(self, request, *args, **kwargs):
        from academy.listing import webinars_by_series

        context = super().get_context(request, *args, **kwargs)
        context.update(webinars_by_series([self], request)[self.pk])
        return context

    def route(self, request, path_components):
        """Find a webinar together with its live siblings, in one query.

        A webinar's page shows its place in the series; Wagtail's own routing would read the
        webinar twice (as a page, then as a webinar) and the series again.
        """
        if not path_components:
            return super().route(request, path_components)
        webinars = list(WebinarPage.objects.child_of(self).live().order_by("path"))
        webinar = next((each for each in webinars if each.slug == path_components[0]), None)
        if webinar is None:
            raise Http404
        webinar._cached_parent_obj = self
        webinar.series_outline = (self, [each.pk for each in webinars])
        return webinar.route(request, path_components[1:])


class WebinarPage(TrainingEventPage):
    """One webinar of a series. Its place in the series is its place among its siblings."""

    parent_page_types = ["academy.WebinarSeriesPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("webinar")
        verbose_name_plural = _("webinars")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        series, siblings = getattr(self, "series_outline", None) or self.read_series_outline()
        context["series"] = series
        context["series_url"] = page_url(series, request) if series else None
        context["number"] = siblings.index(self.pk) + 1 if self.pk in siblings else None
        context["series_size"] = len(siblings)
        return context

    def read_series_outline(self):
        """(series, ids of its live webinars in order), in one query, when not routed here."""
        parent_path = self.path[: -self.steplen]
        rows = (
            Page.objects.filter(
                models.Q(path=parent_path)
                | models.Q(path__startswith=parent_path, depth=self.depth, live=True)
            )
            .order_by("path")
            .only("pk", "title", "path", "url_path", "locale_id", "depth")
        )
        series = next((row for row in rows if row.path == parent_path), None)
        return series, [row.pk for row in rows if row.depth == self.depth]
