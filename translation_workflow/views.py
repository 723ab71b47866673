"""The translation status report: how many pages and snippets each site has translated, out
of date or missing per language, and the list of them that leads translators to the work.

Coordinators and translators see every site; a national network's editors and moderators see
their own site, and the snippets in its languages.
"""

from urllib.parse import urlencode

from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets.button import Button
from wagtail.models import Page
from wagtail_localize.views.report import TranslationsReportView

from translation_workflow.status import (
    MISSING,
    OUT_OF_DATE,
    PAGES,
    STATUS_LABELS,
    TRANSLATED,
    sees_every_site,
    translation_status,
)


def row_url(row, status):
    """The list of the row's pages or snippets in `status`."""
    if row.kind == PAGES:
        return reverse(
            "translation_status:pages",
            args=[row.site.pk, row.locale.language_code, status],
        )
    return reverse(
        "translation_status:snippets",
        args=[
            row.model._meta.app_label,
            row.model._meta.model_name,
            row.locale.language_code,
            status,
        ],
    )


def scope_label(row):
    return row.site.site_name if row.site else _("Whole network")


def row_summaries(rows):
    """What the dashboard panel shows of each row: its labels, and each count with its link."""
    return [
        {
            "scope": scope_label(row),
            "language": row.locale.get_display_name(),
            "content": row.label,
            "counts": [
                {"label": label, "count": row.counts[status], "url": row_url(row, status)}
                for status, label in STATUS_LABELS.items()
            ],
        }
        for row in rows
    ]


class CountColumn(Column):
    """A number of items in one status, linked to the list of those items."""

    cell_template_name = "translation_workflow/count_cell.html"

    def __init__(self, status, **kwargs):
        super().__init__(
            status, label=STATUS_LABELS[status], accessor=f"counts.{status}", **kwargs
        )
        self.status = status

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["count"] = context["raw_value"]
        context["url"] = row_url(instance, self.status)
        return context


class TranslationStatusView(ReportView):
    """Translators, coordinators and national editors see here what is left to translate:
    per site and language, how many pages (and per language, snippets) are translated, out
    of date or missing."""

    page_title = gettext_lazy("Translation status")
    header_icon = "wagtail-localize-language"
    index_url_name = "translation_status:index"
    index_results_url_name = "translation_status:index_results"
    paginate_by = None

    def get_queryset(self):
        status = translation_status(self.request.user)
        return status.pages + status.snippets

    def get_filtered_queryset(self):
        return self.get_queryset()

    @cached_property
    def columns(self):
        return [
            Column("site", label=_("Site"), accessor=scope_label),
            Column("language", label=_("Language"), accessor="locale.get_display_name"),
            Column("content", label=_("Content"), accessor="label"),
            CountColumn(TRANSLATED),
            CountColumn(OUT_OF_DATE),
            CountColumn(MISSING),
        ]

    @property
    def no_results_message(self):
        return _("There is nothing to translate on the sites you work on.")


class ActionsColumn(Column):
    cell_template_name = "translation_workflow/actions_cell.html"

    def __init__(self, buttons_for, **kwargs):
        super().__init__("actions", label=_("Actions"), **kwargs)
        self.buttons_for = buttons_for

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["buttons"] = self.buttons_for(instance)
        return context


class TranslationWorkView(ReportView):
    """The pages of one site, or the snippets of one kind, in one language and status, each
    with the action that brings it up to date: translate, sync, or edit the translation."""

    header_icon = "wagtail-localize-language"
    index_url_name = "translation_status:index"
    paginate_by = 50

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.status = kwargs["status"]
        if self.status not in STATUS_LABELS:
            raise Http404

    def find_row(self, status):
        raise NotImplementedError

    @cached_property
    def row(self):
        row = self.find_row(translation_status(self.request.user))
        if row is None:
            # A site or language the user may not see does not exist for them.
            raise Http404
        return row

    def get_queryset(self):
        return self.row.items_with(self.status)

    def get_filtered_queryset(self):
        return self.get_queryset()

    def get_page_title(self):
        return _("%(status)s: %(content)s in %(language)s, %(scope)s") % {
            "status": STATUS_LABELS[self.status],
            "content": self.row.label,
            "language": self.row.locale.get_display_name(),
            "scope": scope_label(self.row),
        }

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("translation_status:index"), "label": _("Translation status")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_index_url(self):
        return self.request.path

    def edit_url(self, instance):
        if instance is None:
            return None
        if isinstance(instance, Page):
            return reverse("wagtailadmin_pages:edit", args=[instance.pk])
        viewset = instance.snippet_viewset
        return reverse(viewset.get_url_name("edit"), args=[quote(instance.pk)])

    def back_here(self, url):
        return f"{url}?{urlencode({'next': self.request.get_full_path()})}"

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "source",
                label=_("Source"),
                accessor=lambda item: str(item.source),
                get_url=lambda item: self.edit_url(item.source),
            ),
            Column(
                "source_language",
                label=_("Source language"),
                accessor="source.locale.get_display_name",
            ),
            TitleColumn(
                "translation",
                label=_("Translation"),
                accessor=lambda item: str(item.target) if item.target else "",
                get_url=lambda item: self.edit_url(item.target),
            ),
            DateColumn("last_synced_at", label=_("Last synced")),
            ActionsColumn(self.buttons_for),
        ]

    def buttons_for(self, item):
        language = self.row.locale.get_display_name()
        if item.status == MISSING:
            return [
                Button(
                    _("Translate into %(language)s") % {"language": language},
                    url=f"{self.translate_url(item.source)}?"
                    + urlencode({"select_locale": self.row.locale.language_code}),
                    icon_name="wagtail-localize-language",
                )
            ]
        buttons = []
        if item.status == OUT_OF_DATE:
            buttons.append(
                Button(
                    _("Sync"),
                    url=self.back_here(
                        reverse(
                            "wagtail_localize:update_translations",
                            args=[item.translation_source_id],
                        )
                    ),
                    icon_name="resubmit",
                )
            )
        edit_url = self.edit_url(item.target)
        if edit_url:
            buttons.append(Button(_("Edit translation"), url=edit_url, icon_name="edit"))
        return buttons

    def translate_url(self, source):
        raise NotImplementedError


class PageWorkView(TranslationWorkView):
    def find_row(self, status):
        return status.find(PAGES, self.kwargs["locale"], site_id=self.kwargs["site_id"])

    def translate_url(self, source):
        return reverse("wagtail_localize:submit_page_translation", args=[source.pk])


class SnippetWorkView(TranslationWorkView):
    def find_row(self, status):
        label = f"{self.kwargs['app_label']}.{self.kwargs['model_name']}"
        return next(
            (
                row
                for row in status.snippets
                if row.model._meta.label_lower == label.lower()
                and row.locale.language_code == self.kwargs["locale"]
            ),
            None,
        )

    def translate_url(self, source):
        meta = source._meta
        return reverse(
            "wagtail_localize:submit_snippet_translation",
            args=[meta.app_label, meta.model_name, source.pk],
        )


class WholeNetworkTranslationsReportView(TranslationsReportView):
    """wagtail-localize's "Translations" report lists every translation of every site, with
    the titles of pages not yet published. It is for those who work on every site; a national
    team has "Translation status", which shows its own site."""

    def dispatch(self, request, *args, **kwargs):
        if not sees_every_site(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        # In a stable order, so that the report's pages do not repeat or skip a row.
        return super().get_queryset().order_by("-created_at", "-pk")
