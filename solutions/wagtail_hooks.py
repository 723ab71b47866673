from django.contrib import messages
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

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
