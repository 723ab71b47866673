from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyBlock
from home.models import BasePage

ISSUES_PER_PAGE = 10


def page_number(value, last):
    """The archive page asked for, brought within 1..last; anything not a number is 1."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), last)


class IssuePage(BasePage):
    """What a bulletin and a newsletter share: a date, a summary, a body and a PDF."""

    issue_date = models.DateField(_("issue date"))
    summary = models.TextField(
        _("summary"),
        max_length=600,
        help_text=_("Two or three sentences, shown in the archive, the feeds and the e-mails."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True, default=list)
    pdf = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("PDF"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The printable edition of this issue, as a PDF file."),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("issue_date"), FieldPanel("summary"), FieldPanel("pdf")],
            heading=_("The issue"),
        ),
        FieldPanel("body"),
    ]

    subpage_types = []

    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("issue_date"),
        TranslatableField("summary"),
        TranslatableField("body"),
        SynchronizedField("pdf"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("issue_date"),
    ]

    class Meta:
        abstract = True

    @property
    def search_date(self):
        """The date search results show for this page."""
        return self.issue_date

    def clean(self):
        super().clean()
        if self.pdf_id and self.pdf.file_extension.lower() != "pdf":
            raise ValidationError(
                {"pdf": _("Choose a PDF document: this file is not a .pdf file.")}
            )

    def get_context(self, request, *args, **kwargs):
        from bulletins.links import path_url

        context = super().get_context(request, *args, **kwargs)
        # The archive's address from this page's own path, without loading the archive.
        parent_path = self.url_path.rstrip("/").rsplit("/", 1)[0] + "/"
        context["index_url"] = path_url(parent_path, self.locale_id, request)
        return context


class BulletinPage(IssuePage):
    """A numbered issue of the network's bulletin, with its PDF edition."""

    number = models.PositiveIntegerField(
        _("number"),
        help_text=_("The bulletin's number; each number is used once in each language."),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("number"),
                FieldPanel("issue_date"),
                FieldPanel("summary"),
                FieldPanel("pdf"),
            ],
            heading=_("The issue"),
        ),
        FieldPanel("body"),
    ]

    parent_page_types = ["bulletins.BulletinIndexPage"]
    subpage_types = []

    translatable_fields = IssuePage.translatable_fields + [SynchronizedField("number")]
    search_fields = IssuePage.search_fields + [index.FilterField("number")]

    class Meta:
        verbose_name = _("bulletin")
        verbose_name_plural = _("bulletins")

    def clean(self):
        super().clean()
        # Translations share their source's number, so the number is unique per language
        # only; a page's own translations are in other locales and never clash.
        if self.number is None or not self.locale_id:
            return
        clash = (
            BulletinPage.objects.filter(locale_id=self.locale_id, number=self.number)
            .exclude(pk=self.pk)
            .first()
        )
        if clash:
            raise ValidationError(
                {
                    "number": _(
                        "Bulletin number %(number)s is already used by “%(title)s”. "
                        "Choose another number."
                    )
                    % {"number": self.number, "title": clash.title}
                }
            )


class NewsletterPage(IssuePage):
    """An issue of the twice-yearly newsletter, with its PDF edition."""

    parent_page_types = ["bulletins.NewsletterIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("newsletter")
        verbose_name_plural = _("newsletters")


class IssueIndexPage(RoutablePageMixin, BasePage):
    """What the bulletin and newsletter archives share: newest first, by year, paginated."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    issue_model = None

    class Meta:
        abstract = True

    def issues(self):
        return (
            self.issue_model.objects.child_of(self)
            .live()
            .select_related("pdf")
            .order_by("-issue_date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        from bulletins.forms import SubscribeForm
        from bulletins.links import page_urls

        context = super().get_context(request, *args, **kwargs)
        # One light query for every issue's date gives the years and the page's share;
        # a second loads only the issues shown. The count stays two however long the
        # archive grows.
        dated = list(self.issues().values_list("pk", "issue_date"))
        years = sorted({issue_date.year for _pk, issue_date in dated}, reverse=True)
        year = request.GET.get("year", "")
        unknown_year = False
        if year:
            # isdecimal, not isdigit: "²" is a digit that int() refuses, as it refuses
            # numbers of thousands of digits.
            if year.isdecimal() and len(year) <= 4 and int(year) in years:
                dated = [(pk, day) for pk, day in dated if day.year == int(year)]
            else:
                unknown_year = True
                year = ""
        paginator = Paginator(dated, ISSUES_PER_PAGE)
        results = paginator.page(page_number(request.GET.get("page"), paginator.num_pages))
        shown = [pk for pk, _day in results.object_list]
        by_pk = {issue.pk: issue for issue in self.issues().filter(pk__in=shown)}
        results.object_list = [by_pk[pk] for pk in shown if pk in by_pk]
        urls = page_urls(results.object_list, request)
        context.update(
            {
                "results": results,
                "page_numbers": list(
                    results.paginator.get_elided_page_range(results.number, on_each_side=2)
                ),
                "issues": [(issue, urls.get(issue.pk)) for issue in results.object_list],
                "years": years,
                "year": int(year) if year else None,
                "unknown_year": unknown_year,
                "subscribe_form": SubscribeForm(
                    initial={"lists": self.subscription_list}, auto_id="compact_%s"
                ),
            }
        )
        return context


class BulletinIndexPage(IssueIndexPage):
    """The archive of the network's bulletins, with its RSS and Atom feeds."""

    subpage_types = ["bulletins.BulletinPage"]
    issue_model = BulletinPage
    subscription_list = "bulletins"

    class Meta:
        verbose_name = _("bulletin archive")

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        from bulletins.feeds import BulletinRssFeed

        return BulletinRssFeed()(request, page=self)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        from bulletins.feeds import BulletinAtomFeed

        return BulletinAtomFeed()(request, page=self)


class NewsletterIndexPage(IssueIndexPage):
    """The archive of the twice-yearly newsletter."""

    subpage_types = ["bulletins.NewsletterPage"]
    issue_model = NewsletterPage
    subscription_list = "newsletters"

    class Meta:
        verbose_name = _("newsletter archive")


class SubscriptionList(models.TextChoices):
    BULLETINS = "bulletins", _("Bulletins")
    NEWSLETTERS = "newsletters", _("Newsletters")
    BOTH = "both", _("Bulletins and newsletters")


class SubscriberQuerySet(models.QuerySet):
    def receiving(self, subscription_list):
        """Confirmed subscribers, still subscribed, who chose this list."""
        return self.filter(
            confirmed_at__isnull=False,
            unsubscribed_at__isnull=True,
            lists__in=[subscription_list, SubscriptionList.BOTH],
        )


class Subscriber(models.Model):
    """A person who receives the bulletins or newsletters by e-mail, in their language.

    Coordinators see them only through the counts of a mailing: the addresses are personal
    data and stay out of the admin.
    """

    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    lists = models.CharField(
        _("subscribed to"),
        max_length=20,
        choices=SubscriptionList.choices,
        default=SubscriptionList.BOTH,
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")

    def __str__(self):
        return self.email

    @property
    def is_active(self):
        return self.confirmed_at is not None and self.unsubscribed_at is None


class Mailing(models.Model):
    """One sending of a published bulletin or newsletter to its subscribers."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("issue"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    translation_key = models.UUIDField(_("issue key"), editable=False)
    title = models.CharField(_("title"), max_length=255)
    subscription_list = models.CharField(
        _("list"), max_length=20, choices=SubscriptionList.choices
    )
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    recipients = models.PositiveIntegerField(_("recipients"), default=0)
    sent = models.PositiveIntegerField(_("sent"), default=0)
    skipped = models.PositiveIntegerField(
        _("already received"),
        default=0,
        help_text=_("Subscribers who had already received this issue."),
    )
    failed = models.PositiveIntegerField(_("failed"), default=0)

    class Meta:
        verbose_name = _("mailing")
        verbose_name_plural = _("mailings")
        ordering = ["-started_at"]
        permissions = [("send_issue", _("Can send bulletins and newsletters to subscribers"))]

    def __str__(self):
        return self.title


class Delivery(models.Model):
    """One issue sent to one subscriber; the constraint makes a retried mailing skip them."""

    translation_key = models.UUIDField(
        _("issue"), help_text=_("The issue, the same for all its translations.")
    )
    subscriber = models.ForeignKey(
        Subscriber, verbose_name=_("subscriber"), on_delete=models.CASCADE, related_name="+"
    )
    mailing = models.ForeignKey(
        Mailing, verbose_name=_("mailing"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page sent"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(_("language"), max_length=10)
    claimed_at = models.DateTimeField(_("claimed"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "subscriber"], name="one_delivery_per_issue"
            )
        ]

    def __str__(self):
        return f"{self.translation_key} → {self.subscriber_id}"
