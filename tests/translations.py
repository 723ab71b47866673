"""What a visitor reading a language sees of an interface string, from the catalogues."""

from django.utils import translation


def interface_text(language, message, **values):
    """`message` in `language`, with its %(name)s placeholders filled from `values`."""
    with translation.override(language):
        text = translation.gettext(message)
    return text % values if values else text
