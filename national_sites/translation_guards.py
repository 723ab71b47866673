"""wagtail-localize's views, held to Wagtail's page permissions.

wagtail-localize checks only its own `submit_translation` permission. On its own that lets
a translator create a new language tree of any site (say a Spanish copy of the Danish site)
and publish translations or aliases without the right to publish, and since national
editors hold it too, translate another site's pages or any snippet. These subclasses add the
page or snippet permission each action needs; the URLs in `wagtail_hooks.py` put them in
place of the originals.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.pages.lock import LockView
from wagtail.models import Locale, Page
from wagtail.snippets.permissions import user_can_edit_snippet_type
from wagtail.snippets.views.snippets import get_snippet_model_from_url_params
from wagtail_localize.models import TranslationSource
from wagtail_localize.views import convert
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
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


def can_translate_page(user, page):
    """Whether `user` may start a translation of `page` into a language it does not have yet.

    A national network thus translates its own site into English and no other site, and
    the European team translates the European site into the national languages.
    """
    existing = page.get_translations(inclusive=True).filter(alias_of__isnull=True)
    missing = Locale.objects.exclude(pk__in=existing.values("locale_id"))
    return any(can_create_translation(user, page, locale) for locale in missing)


class GuardedSubmitPageTranslationView(SubmitPageTranslationView):
    def dispatch(self, request, *args, **kwargs):
        page = get_object_or_404(Page, id=kwargs["page_id"])
        if not page.is_root() and not can_translate_page(request.user, page):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

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


class GuardedSubmitSnippetTranslationView(SubmitSnippetTranslationView):
    """Snippets have no drafts: a translated snippet is live at once, and only people who may
    change its model translate it."""

    def dispatch(self, request, *args, **kwargs):
        model = get_snippet_model_from_url_params(kwargs["app_label"], kwargs["model_name"])
        if not user_can_edit_snippet_type(request.user, model):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def translated_pages(source):
    return Page.objects.filter(
        translation_key=source.object_id,
        locale__in=source.translations.filter(enabled=True).values("target_locale"),
    )


def can_sync(user, source):
    """Syncing is for people who work on the translations: they may edit one translated page,
    or change the snippet's model."""
    model = source.specific_content_type.model_class()
    if not issubclass(model, Page):
        return user_can_edit_snippet_type(user, model)
    return any(page.permissions_for_user(user).can_edit() for page in translated_pages(source))


class GuardedUpdateTranslationsView(UpdateTranslationsView):
    def dispatch(self, request, *args, **kwargs):
        source = get_object_or_404(TranslationSource, id=kwargs["translation_source_id"])
        if not can_sync(request.user, source):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        if form.cleaned_data.get("publish_translations"):
            targets = translated_pages(self.object)
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


# Served from the project's URLs, outside the admin's own, so it needs the admin's check of
# who may use the admin (and its login redirect) spelled out.
@method_decorator(require_admin_access, name="dispatch")
class GuardedLockView(LockView):
    """Translators hold `lock_page` on the source trees only so that the explorer shows them
    those pages to translate (Wagtail 8 has no page permission to browse). Locking a page one
    may not edit would only block its editors, so it also needs the right to edit."""

    def perform_operation(self):
        if not self.object.permissions_for_user(self.request.user).can_edit():
            raise PermissionDenied
        return super().perform_operation()
