from django.shortcuts import redirect
from django.utils.translation import get_language

from wagtail import hooks

from home.locales import language_of


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
