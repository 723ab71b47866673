from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from membership import admin_views
from membership.models import MembershipApplication


class MembershipApplicationViewSet(ModelViewSet):
    """Applications to join the network: listed, read in full, accepted or rejected.

    An application is what the applicant sent: nobody adds, edits or deletes one here. The
    decision views change it, and its history records every step.
    """

    model = MembershipApplication
    name = "membership_applications"
    url_prefix = "membership/applications"
    icon = "group"
    menu_label = _("Applications")
    menu_order = 230
    add_to_admin_menu = True
    index_view_class = admin_views.ApplicationIndexView
    inspect_view_class = admin_views.ApplicationInspectView
    inspect_view_enabled = True
    inspect_template_name = "membership/admin/inspect.html"
    copy_view_enabled = False
    add_to_reference_index = False
    list_display = ["organisation", "kind", "country", "network", "status", "submitted_at"]
    search_fields = ["organisation", "contact_name"]
    ordering = ["-submitted_at"]
    inspect_view_fields = [
        "organisation",
        "kind",
        "country",
        "network",
        "contact_name",
        "email",
        "phone",
        "motivation",
        "topics",
        "language",
        "submitted_at",
        "status",
        "city_page",
        "contributor",
    ]
    # Only the form fields Wagtail builds for the views it would otherwise offer; the
    # URLs below leave those views out.
    form_fields = ["status"]

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            **{
                "add_url_name": None,
                "edit_url_name": None,
                "delete_url_name": None,
                "history_url_name": None,
                "usage_url_name": None,
                **kwargs,
            }
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("accept/<int:pk>/", admin_views.AcceptView.as_view(), name="accept"),
            path("reject/<int:pk>/", admin_views.RejectView.as_view(), name="reject"),
        ]


@hooks.register("register_admin_viewset")
def register_application_viewset():
    return MembershipApplicationViewSet()
