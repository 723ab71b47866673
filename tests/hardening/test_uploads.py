"""A national editor's uploads through the admin: too large, too many pixels, SVG and files that
are not what their name says are refused with the reason, and nothing is stored; documents are
served through Wagtail's view, with private collections' restrictions and as attachments."""

import io
import json

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.test import Client

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, UploadedFile

import pytest
from PIL import Image as PILImage

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

Document = get_document_model()
Image = get_image_model()

MINIMAL_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
WEB_PAGE = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.domain)</script></svg>"
)


def png(width=40, height=30, mode="RGB"):
    buffer = io.BytesIO()
    PILImage.new(mode, (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def too_large_png():
    """A real PNG one byte over the limit: bytes after its end are ignored by decoders."""
    image = png()
    return image + b"\0" * (settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE + 1 - len(image))


def too_many_pixels_png():
    """A small file that decodes to one row more than the pixel limit allows."""
    width = 5000
    return png(width, settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS // width + 1, mode="1")


@pytest.fixture
def danish_collection(network):
    country = next(country for country in settings.NETWORK.countries if country.code == "dk")
    return Collection.objects.get(name=country.collection_name)


@pytest.fixture
def editor_client(editor_dk):
    client = Client()
    client.force_login(editor_dk)
    return client


def stored_files():
    names = set()
    for folder in ("original_images", "images", "documents", "uploaded_files"):
        try:
            names.update(f"{folder}/{name}" for name in default_storage.listdir(folder)[1])
        except FileNotFoundError:
            continue
    return names


def upload(client, kind, way, name, content, collection):
    """Upload as the admin does: one file through the add form, or through the multiple
    uploader (the "Add an image" page). The reason for a refusal, or "" when accepted."""
    upload_file = ContentFile(content, name=name)
    if way == "multiple":
        response = client.post(
            f"/admin/{kind}/multiple/add/",
            {"files[]": upload_file, "collection": collection.pk},
        )
        assert response.status_code == 200
        answer = json.loads(response.content)
        return "" if answer["success"] else answer["error_message"]
    response = client.post(
        f"/admin/{kind}/add/",
        {"title": name, "file": upload_file, "collection": collection.pk},
    )
    if response.status_code == 302:
        return ""
    assert response.status_code == 200
    return " ".join(str(error) for error in response.context["form"].errors["file"])


REFUSED_IMAGES = [
    pytest.param("big.png", too_large_png, "This file is too big", id="too-large"),
    pytest.param("huge.png", too_many_pixels_png, "This file has too many pixels", id="pixels"),
    pytest.param(
        "logo.svg",
        lambda: SVG,
        "Not a supported image format. Supported formats: GIF, JPG, JPEG, PNG, WEBP.",
        id="svg",
    ),
    pytest.param(
        "photo.png",
        lambda: WEB_PAGE,
        "The extension does not match the file format",
        id="html-as-png",
    ),
    pytest.param(
        "photo.jpg", png, "The extension does not match the file format (png)", id="png-as-jpg"
    ),
]
REFUSED_DOCUMENTS = [
    pytest.param("setup.exe", b"MZ\x90\x00" + b"\0" * 60, "“exe” is not allowed", id="exe"),
    pytest.param("page.html", WEB_PAGE, "“html” is not allowed", id="html"),
    pytest.param("logo.svg", SVG, "“svg” is not allowed", id="svg"),
    pytest.param("report.pdf", WEB_PAGE, "not a real .pdf file", id="html-as-pdf"),
    pytest.param("slides.pptx", MINIMAL_PDF, "not a real .pptx file", id="pdf-as-pptx"),
]


@pytest.mark.parametrize("way", ["single", "multiple"])
@pytest.mark.parametrize(("name", "make_content", "reason"), REFUSED_IMAGES)
def test_a_refused_image_says_why_and_stores_nothing(
    editor_client, danish_collection, way, name, make_content, reason
):
    files_before = stored_files()

    refusal = upload(editor_client, "images", way, name, make_content(), danish_collection)

    assert reason in refusal
    assert not Image.objects.exists()
    assert not UploadedFile.objects.exists()
    assert stored_files() == files_before


@pytest.mark.parametrize("way", ["single", "multiple"])
@pytest.mark.parametrize(("name", "content", "reason"), REFUSED_DOCUMENTS)
def test_a_refused_document_says_why_and_stores_nothing(
    editor_client, danish_collection, way, name, content, reason
):
    files_before = stored_files()

    refusal = upload(editor_client, "documents", way, name, content, danish_collection)

    assert reason in refusal
    assert not Document.objects.exists()
    assert not UploadedFile.objects.exists()
    assert stored_files() == files_before


@pytest.mark.parametrize("way", ["single", "multiple"])
def test_a_good_image_is_accepted(editor_client, danish_collection, way):
    refusal = upload(editor_client, "images", way, "heat-pump.png", png(), danish_collection)

    image = Image.objects.get()
    assert refusal == ""
    assert (image.width, image.height, image.collection) == (40, 30, danish_collection)


@pytest.mark.parametrize("way", ["single", "multiple"])
def test_a_pdf_is_accepted(editor_client, danish_collection, way):
    refusal = upload(editor_client, "documents", way, "report.pdf", MINIMAL_PDF, danish_collection)

    document = Document.objects.get()
    assert refusal == ""
    assert document.collection == danish_collection
    assert document.file.read() == MINIMAL_PDF


@pytest.fixture
def media_on_disk(settings, tmp_path):
    """Files on disk, as in production: Wagtail's serve view sends a file from its path, which
    the test settings' in-memory storage has only in name."""
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }


def document(name, content, collection):
    return Document.objects.create(
        title=name, file=ContentFile(content, name=name), collection=collection
    )


@pytest.mark.parametrize(
    ("name", "content", "disposition"),
    [
        ("report.pdf", MINIMAL_PDF, "inline"),
        ("figures.csv", b"city,score\nAarhus,72\n", "attachment"),
        ("notes.txt", WEB_PAGE, "attachment"),
    ],
)
def test_documents_are_served_by_wagtails_view_as_attachments_unless_pdf(
    media_on_disk, danish_collection, name, content, disposition
):
    served = document(name, content, danish_collection)

    response = Client().get(served.url)

    assert served.url == f"/documents/{served.pk}/{name}"
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == content
    assert response["Content-Disposition"].startswith(disposition)
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_document_in_a_private_collection_is_refused_to_a_stranger(
    media_on_disk, danish_collection, editor_dk
):
    private = danish_collection.add_child(name="Board papers")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    minutes = document("minutes.pdf", MINIMAL_PDF, private)
    member = Client()
    member.post("/admin/login/", {"username": editor_dk.username, "password": PASSWORD})

    refused = Client().get(minutes.url)
    served = member.get(minutes.url)

    assert refused.status_code == 302
    assert refused["Location"].startswith("/en/account/login/?next=")
    assert not hasattr(refused, "streaming_content")
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == MINIMAL_PDF
