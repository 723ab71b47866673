"""wagtail-localize's views, held to Wagtail's page permissions.

wagtail-localize checks only its own `submit_translation` permission. On its own that lets
a translator create a new language tree of any site (say a Spanish copy of the Danish site)
and publish translations or aliases without the right to publish. These subclasses add the
page permission each action needs; the URLs in `wagtail_hooks.py` put them in place of the
originals.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _

from wagtail.models import Page
from wagtail_localize.views import convert
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView


def can_create_translation(user, page, locale):
    """A new translation goes under the parent's translation, so it needs the right to add there.

    A home page's parent is the root of the tree: only people who may add sites' home pages
    (network coordinators) may start a new language of a site.
    """
    parent = page.get_parent()
    if not parent.is_root():
        parent = parent.get_translation_or_none(locale)
        if parent is None:
            return False
    return parent.permissions_for_user(user).can_add_subpage()


class GuardedSubmitPageTranslationView(SubmitPageTranslationView):
    def get_form(self):
        form = super().get_form()
        field = form.fields["locales"]
        allowed = [
            locale.pk
            for locale in field.queryset
            if can_create_translation(self.request.user, self.object, locale)
        ]
        field.queryset = field.queryset.filter(pk__in=allowed)
        return form


class GuardedUpdateTranslationsView(UpdateTranslationsView):
    def form_valid(self, form):
        if form.cleaned_data.get("publish_translations"):
            targets = Page.objects.filter(
                translation_key=self.object.object_id,
                locale__in=self.object.translations.filter(enabled=True).values("target_locale"),
            )
            if not all(
                page.permissions_for_user(self.request.user).can_publish() for page in targets
            ):
                messages.error(
                    self.request,
                    _(
                        "You may update these translations but not publish them. Nothing was "
                        "changed: submit again without publishing."
                    ),
                )
                return redirect(self.request.get_full_path())
        return super().form_valid(form)


def guarded_convert_to_alias(request, page_id):
    """Converting to an alias publishes the source's content at once: it needs publish rights."""
    page = get_object_or_404(Page, id=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)
