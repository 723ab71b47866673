from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from checkup.admin_views import (
    StatisticsView,
    SubmissionDeleteView,
    SubmissionInspectView,
    SubmissionReportView,
)

VIEW_PERMISSION = "checkup.view_checkupsubmission"

admin_urlpatterns = [
    path("submissions/", SubmissionReportView.as_view(), name="submissions"),
    path(
        "submissions/results/",
        SubmissionReportView.as_view(results_only=True),
        name="submissions_results",
    ),
    path("submissions/<int:pk>/", SubmissionInspectView.as_view(), name="submission"),
    path("submissions/<int:pk>/delete/", SubmissionDeleteView.as_view(), name="delete"),
    path("statistics/", StatisticsView.as_view(), name="statistics"),
]


@hooks.register("register_admin_urls")
def register_checkup_admin_urls():
    return [path("checkup/", include((admin_urlpatterns, "checkup_admin")))]


class CheckupMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_checkup_menu():
    return SubmenuMenuItem(
        _("City Check-up"),
        Menu(register_hook_name="register_checkup_menu_item"),
        name="city-checkup",
        icon_name="tasks",
        order=230,
    )


@hooks.register("register_checkup_menu_item")
def register_submissions_menu_item():
    return CheckupMenuItem(
        _("Submissions"),
        reverse("checkup_admin:submissions"),
        name="checkup-submissions",
        icon_name="list-ul",
        order=100,
    )


@hooks.register("register_checkup_menu_item")
def register_statistics_menu_item():
    return CheckupMenuItem(
        _("Statistics"),
        reverse("checkup_admin:statistics"),
        name="checkup-statistics",
        icon_name="table",
        order=200,
    )
