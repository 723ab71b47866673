"""Admin hooks of the translation workflow."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from national_sites.access import network_codes_for
from translation_workflow.status import may_see_status, sees_every_site, translation_status
from translation_workflow.views import (
    PageWorkView,
    SnippetWorkView,
    TranslationStatusView,
    WholeNetworkTranslationsReportView,
    row_summaries,
)
from translation_workflow.views_po import register_po_file_urls

# Before wagtail-localize's own URLs, so the editor's PO file buttons reach our views.
hooks.register("register_admin_urls", register_po_file_urls, order=-1)


@hooks.register("register_admin_urls", order=-1)
def guard_wagtail_localize_report():
    """wagtail-localize's report of every translation, at its own address, for the whole
    network's team only (WholeNetworkTranslationsReportView)."""
    return [
        path(
            "localize/reports/translations/",
            WholeNetworkTranslationsReportView.as_view(),
            name="whole_network_translations_report",
        ),
        path(
            "localize/reports/translations/results/",
            WholeNetworkTranslationsReportView.as_view(results_only=True),
            name="whole_network_translations_report_results",
        ),
    ]


@hooks.register("construct_reports_menu")
def hide_wagtail_localize_report(request, menu_items):
    if not sees_every_site(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "translations"]


status_urlpatterns = [
    path("", TranslationStatusView.as_view(), name="index"),
    path("results/", TranslationStatusView.as_view(results_only=True), name="index_results"),
    path("pages/<int:site_id>/<str:locale>/<str:status>/", PageWorkView.as_view(), name="pages"),
    path(
        "snippets/<str:app_label>/<str:model_name>/<str:locale>/<str:status>/",
        SnippetWorkView.as_view(),
        name="snippets",
    ),
]


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return [path("translation-status/", include((status_urlpatterns, "translation_status")))]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_status(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("translation_status:index"),
        name="translation-status",
        icon_name="wagtail-localize-language",
        order=9100,
    )


class TranslationStatusPanel(Component):
    """A national site's translation status on its editors' admin home page."""

    name = "translation_status"
    template_name = "translation_workflow/status_panel.html"
    order = 110

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        status = translation_status(self.user)
        return {
            "rows": row_summaries(status.pages + status.snippets),
            "report_url": reverse("translation_status:index"),
        }


@hooks.register("construct_homepage_panels")
def add_the_translation_status_panel(request, panels):
    # Coordinators and translators have the whole report; a national team sees its site here.
    if network_codes_for(request.user):
        panels.append(TranslationStatusPanel(request.user))
