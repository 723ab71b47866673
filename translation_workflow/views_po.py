"""The translation editor's "Download PO file" and "Upload PO file", made safe for agencies.

These views answer at wagtail-localize's own addresses (`wagtail_localize:download_pofile`
and `wagtail_localize:upload_pofile`), so its editor's buttons reach them unchanged. The
download adds the target language to the file's header. The upload refuses, with a message
that says why and without storing anything, files that upstream would import silently in
part (unknown strings, another language's file) or answer with a server error (an empty
file, a file without a translation ID).
"""

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from wagtail.admin import messages
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import user_can_edit_instance

from translation_workflow import po as po_files


def editable_translation(request, translation_id):
    """The translation, if the user may edit its target page or snippet."""
    translation = get_object_or_404(
        Translation.objects.select_related("source", "source__locale", "target_locale"),
        id=translation_id,
    )
    try:
        instance = translation.get_target_instance()
    except ObjectDoesNotExist as error:
        raise Http404(_("This translation has no page or snippet any more.")) from error
    if not user_can_edit_instance(request.user, instance):
        raise PermissionDenied
    return translation


def download_pofile(request, translation_id):
    """The translation's strings, with those already translated, for a translator's tool."""
    translation = editable_translation(request, translation_id)
    po = po_files.export_for_translator(translation)
    response = HttpResponse(str(po), content_type="text/x-gettext-translation; charset=utf-8")
    file_name = (
        f"{slugify(translation.source.object_repr) or 'translation'}"
        f"-{translation.target_locale.language_code}.po"
    )
    response["Content-Disposition"] = f"attachment; filename={file_name}"
    return response


@require_POST
def upload_pofile(request, translation_id):
    """Import a filled-in PO file into the translation, all of it or nothing."""
    translation = editable_translation(request, translation_id)
    next_url = get_valid_next_url_from_request(request) or reverse("wagtailadmin_home")
    upload = request.FILES.get("file")
    if upload is None:
        messages.error(request, _("Choose a PO file to upload."))
        return redirect(next_url)

    try:
        po = po_files.read_po(upload.read(), upload.name)
        po_files.check_po_for_translation(po, translation, upload.name)
        count = po_files.import_checked(translation, po, upload.name, user=request.user)
    except po_files.RefusedPOFile as refusal:
        messages.error(request, refusal.message)
        return redirect(next_url)

    messages.success(
        request,
        ngettext(
            "Imported %(count)d translated string from “%(name)s”.",
            "Imported %(count)d translated strings from “%(name)s”.",
            count,
        )
        % {"count": count, "name": upload.name},
    )
    invalid = po_files.invalid_translations(po)
    if invalid:
        messages.warning(
            request,
            ngettext(
                "%(count)d string needs fixing in the editor before it can be used: %(strings)s",
                "%(count)d strings need fixing in the editor before they can be used: %(strings)s",
                len(invalid),
            )
            % {
                "count": len(invalid),
                "strings": "; ".join(f"“{po_files.shorten(text)}”" for text in invalid),
            },
        )
    return redirect(next_url)


def register_po_file_urls():
    """For the `register_admin_urls` hook, with an order before wagtail-localize's.

    The first pattern that matches a path wins, so these views answer at the paths
    wagtail-localize reverses for its editor's buttons.
    """
    return [
        path(
            "localize/translate/<int:translation_id>/pofile/download/",
            download_pofile,
            name="translation_workflow_download_pofile",
        ),
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            upload_pofile,
            name="translation_workflow_upload_pofile",
        ),
    ]
