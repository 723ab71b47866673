"""Uploaded documents must be what their extension says.

Wagtail checks a document's extension against WAGTAILDOCS_EXTENSIONS and its size; it does
not look inside. A web page or a program renamed `report.pdf` would be stored and handed to
visitors as a PDF. This form reads the first bytes of formats that have a signature.
"""

import os

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.documents.forms import BaseDocumentForm

# Office Open XML and OpenDocument files are ZIP archives.
ZIP = (b"PK\x03\x04", b"PK\x05\x06")
SIGNATURES = {
    "pdf": (b"%PDF-",),
    "docx": ZIP,
    "xlsx": ZIP,
    "pptx": ZIP,
    "odt": ZIP,
    "zip": ZIP,
}


def matches_extension(upload):
    extension = os.path.splitext(upload.name)[1].lower().lstrip(".")
    signatures = SIGNATURES.get(extension)
    if not signatures:
        return True
    position = upload.tell()
    upload.seek(0)
    start = upload.read(8)
    upload.seek(position)
    return start.startswith(signatures)


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data and not matches_extension(upload):
            extension = os.path.splitext(upload.name)[1].lower().lstrip(".")
            raise forms.ValidationError(
                _("This file is not a real .%(extension)s file. Upload the document itself.")
                % {"extension": extension},
                code="content_does_not_match_extension",
            )
        return upload
