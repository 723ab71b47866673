from django.shortcuts import redirect
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.locales import language_of
from home.models import ExternalResource


@hooks.register("before_serve_page")
def redirect_to_the_page_language(page, request, serve_args, serve_kwargs):
    """Serve a page only under its own language prefix.

    Wagtail falls back to the source page when a translation is missing, which would show,
    say, Danish text under /es/ with a Spanish <html lang>. Redirecting to the page's own URL
    keeps every address honest about its language.
    """
    if language_of(page.locale_id) != get_language():
        url = page.get_url(request)
        if url:
            return redirect(url)
    return None


class ExternalResourceViewSet(SnippetViewSet):
    model = ExternalResource
    icon = "link-external"
    menu_label = _("External resources")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["title", "kind", "url", "locale"]
    # The index adds a language filter by itself, as the model is translatable.
    list_filter = ["kind"]
    search_fields = ["title", "description", "url"]
    ordering = ["kind", "sort_order", "title"]


register_snippet(ExternalResourceViewSet)
