"""What a listing shows of pages that are not all translated into its language."""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Substr

from wagtail.models import Page


def listed_children(model, parent):
    """The live `model` children of `parent` and, where they have no live translation in its
    language, those of its translations, in their original language.

    A visitor reading the Danish news or Academy sees every item, in Danish where it is
    translated. "The same page" is the same translation_key; of several untranslated
    versions, the oldest (the original) is listed. One query, whatever the number of pages,
    so pagination and counts can read it as well.
    """
    parents = Page.objects.filter(translation_key=parent.translation_key, depth=parent.depth)
    in_listing = (
        model.objects.live()
        .filter(depth=parent.depth + 1)
        .alias(parent_path=Substr("path", 1, parent.depth * parent.steplen))
        .filter(parent_path__in=parents.values("path"))
    )
    preferred_version = in_listing.filter(translation_key=OuterRef("translation_key")).filter(
        Q(locale_id=parent.locale_id) | Q(pk__lt=OuterRef("pk"))
    )
    return in_listing.filter(Q(locale_id=parent.locale_id) | ~Exists(preferred_version))
