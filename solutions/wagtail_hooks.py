from django.contrib import messages
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from membership.dashboard import network_dashboard, network_goals
from solutions import admin_views
from solutions.models import CityPage, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = gettext_lazy("Topics")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "slug", "colour", "locale"]
    search_fields = ["name", "description"]
    ordering = ["sort_order", "name"]


register_snippet(TopicViewSet)


def warn_about_a_city_without_location(request, page):
    if isinstance(page.specific, CityPage) and not page.specific.location:
        messages.warning(
            request,
            _(
                "“%(city)s” has no location yet: it is listed on the network map but has no pin. "
                "Choose its place on the map in the Location panel."
            )
            % {"city": page.title},
        )


hooks.register("after_create_page", warn_about_a_city_without_location)
hooks.register("after_edit_page", warn_about_a_city_without_location)


@hooks.register("register_admin_urls")
def register_change_stage_url():
    return [
        path(
            "solutions/city/<int:page_id>/stage/",
            admin_views.change_stage,
            name="solutions_change_stage",
        )
    ]


class ChangeStageMenuItem(PageMenuItem):
    label = gettext_lazy("Change membership stage")
    icon_name = "list-ol"
    url_name = "solutions_change_stage"

    def is_shown(self, user):
        return (
            self.page.specific_class is not None
            and issubclass(self.page.specific_class, CityPage)
            and self.page.permissions_for_user(user).can_publish()
        )


@hooks.register("register_page_header_buttons")
def change_stage_header_button(page, user, view_name, next_url=None):
    yield ChangeStageMenuItem(page=page, priority=68)


@hooks.register("register_page_listing_more_buttons")
def change_stage_listing_button(page, user, next_url=None):
    yield ChangeStageMenuItem(page=page, priority=55)


class NetworkDashboardPanel(Component):
    """The network's key numbers on the admin home page: members and replicating cities
    against the goals, and members per stage."""

    name = "network_dashboard"
    template_name = "membership/admin/dashboard_panel.html"
    order = 90

    def get_context_data(self, parent_context):
        member_goal, replication_goal = network_goals()
        return {
            "dashboard": network_dashboard(
                member_goal, replication_goal, with_countries=False, with_checkups=False
            )
        }


@hooks.register("construct_homepage_panels")
def add_the_network_dashboard_panel(request, panels):
    panels.append(NetworkDashboardPanel())
