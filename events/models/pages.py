from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField
from wagtailgeowidget import geocoders
from wagtailgeowidget.panels import GeoAddressPanel, LeafletPanel

from academy.blocks import SpeakersBlock
from academy.models import DEFAULT_TIME_ZONE, LocalTimesMixin, european_time_zones
from events.blocks import AgendaBlock
from events.forms import EventPageForm
from home.models import BasePage
from solutions.models import CityPage, Topic


class EventKind(models.TextChoices):
    MEETING = "meeting", _("Network meeting")
    WORKSHOP = "workshop", _("Capacity-building workshop")
    STUDY_VISIT = "study-visit", _("Study visit")


class EventIndexPage(RoutablePageMixin, BasePage):
    """The meetings, workshops and study visits of a network, upcoming and past.

    The European network's index also lists the national networks' events.
    """

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage", "national_sites.NationalHomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("event index")
        verbose_name_plural = _("event indexes")

    @path("calendar/", name="calendar")
    def calendar_feed(self, request):
        """The index's upcoming events as one iCalendar feed that calendar programs follow."""
        from events.calendar import index_feed_response

        return index_feed_response(self, request)

    def get_context(self, request, *args, **kwargs):
        from events.listing import index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(index_context(self, request))
        return context


class EventPage(RoutablePageMixin, LocalTimesMixin, BasePage):
    """A network meeting, capacity-building workshop or study visit that members register for.

    `starts_at` and `ends_at` are instants; `time_zone` says where the event's clock is, so the
    programme reads as the organisers announced it, whatever the server's or reader's zone.
    """

    base_form_class = EventPageForm

    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    starts_at = models.DateTimeField(
        _("starts at"),
        help_text=_("The local time where the event's clock is, as in its time zone."),
    )
    ends_at = models.DateTimeField(
        _("ends at"),
        help_text=_("The local time where the event's clock is, as in its time zone."),
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        choices=european_time_zones,
        default=DEFAULT_TIME_ZONE,
        help_text=_("Where the event's clock is: the times are read in this zone."),
    )
    online_url = models.URLField(
        _("online meeting link"),
        blank=True,
        help_text=_("For an online event: the address participants join at."),
    )
    venue = models.CharField(
        _("venue"),
        max_length=200,
        blank=True,
        help_text=_("For an event in person: the building or room, such as 'City Hall, room 2'."),
    )
    address = models.CharField(
        _("address"),
        max_length=250,
        blank=True,
        help_text=_("For an event in person: type the address to place it on the map."),
    )
    location = models.CharField(
        _("location"),
        max_length=250,
        blank=True,
        help_text=_("Stored as SRID=4326;POINT(longitude latitude)."),
    )
    description = RichTextField(
        _("description"), blank=True, features=["h3", "bold", "italic", "link", "ol", "ul"]
    )
    agenda = StreamField(AgendaBlock(), verbose_name=_("agenda"), blank=True, default=list)
    speakers = StreamField(SpeakersBlock(), verbose_name=_("speakers"), blank=True, default=list)
    topics = ParentalManyToManyField(
        Topic, verbose_name=_("topics"), blank=True, related_name="events"
    )
    # The topics' slugs, kept by save(), so that listings show topic names without a query.
    topic_slugs = models.CharField(max_length=500, blank=True, editable=False)
    cities = ParentalManyToManyField(
        CityPage,
        verbose_name=_("cities"),
        blank=True,
        related_name="events",
        help_text=_("The member cities that host the event or present their work."),
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        default=30,
        validators=[
            MinValueValidator(1, _("An event has at least one place.")),
            MaxValueValidator(10000, _("An event has at most 10,000 places.")),
        ],
        help_text=_("When every place is taken, new registrations join the waiting list."),
    )
    registration_open = models.BooleanField(
        _("registration open"),
        default=True,
        help_text=_("Untick to close registration, for instance once the list is final."),
    )
    reminder_days = models.PositiveSmallIntegerField(
        _("reminder (days before)"),
        default=2,
        validators=[MaxValueValidator(60, _("Send the reminder at most 60 days before."))],
        help_text=_("Registered participants get a reminder this many days before. 0: none."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("kind"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("time_zone"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("online_url"),
                FieldPanel("venue"),
                GeoAddressPanel("address", geocoder=geocoders.NOMINATIM),
                LeafletPanel("location", address_field="address"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("description"),
        FieldPanel("agenda"),
        FieldPanel("speakers"),
        MultiFieldPanel(
            [
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("cities", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Topics and cities"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("capacity"),
                FieldPanel("registration_open"),
                FieldPanel("reminder_days"),
            ],
            heading=_("Registration"),
        ),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("kind"),
        SynchronizedField("starts_at"),
        SynchronizedField("ends_at"),
        SynchronizedField("time_zone"),
        SynchronizedField("online_url", overridable=False),
        TranslatableField("venue"),
        TranslatableField("address"),
        SynchronizedField("location", overridable=False),
        TranslatableField("description"),
        TranslatableField("agenda"),
        TranslatableField("speakers"),
        SynchronizedField("topics"),
        SynchronizedField("topic_slugs"),
        SynchronizedField("cities"),
        SynchronizedField("capacity", overridable=False),
        SynchronizedField("registration_open", overridable=False),
        SynchronizedField("reminder_days", overridable=False),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("description"),
        index.SearchField("venue"),
        index.FilterField("starts_at"),
        index.FilterField("kind"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def has_started(self, now=None):
        return self.starts_at <= (now or timezone.now())

    def accepts_registrations(self, now=None):
        """Registration is open, and the event has not begun."""
        return self.registration_open and not self.has_started(now)

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("An event ends after it starts.")})
        if not self.online_url and not self.address:
            raise ValidationError(
                {"address": _("Give the address of the venue, or an online meeting link.")}
            )

    def save(self, *args, **kwargs):
        self.topic_slugs = " ".join(sorted({topic.slug for topic in self.topics.all()}))
        super().save(*args, **kwargs)

    @path("calendar/", name="calendar")
    def calendar(self, request):
        """The event as an iCalendar file, while it is still to come."""
        from events.calendar import event_calendar_response

        return event_calendar_response(self, request)

    @path("register/", name="register")
    def register(self, request):
        from events.registration import register_view

        return register_view(self, request)

    @re_path(r"^cancel/(?P<token>[\w-]+)/$", name="cancel")
    def cancel(self, request, token):
        from events.registration import cancel_view

        return cancel_view(self, request, token)

    def get_context(self, request, *args, **kwargs):
        from events.listing import event_context

        context = super().get_context(request, *args, **kwargs)
        context.update(event_context(self, request))
        return context
