"""Where the server hands out uploaded files itself (the demo, `make serve`), it never hands
out documents: those go through Wagtail's view, which checks a members' collection."""

import importlib

from django.urls import clear_url_caches

import pytest

from smartencity import urls


@pytest.fixture
def media_served(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.SERVE_MEDIA = True
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "logo.txt").write_text("a logo")
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "minutes.pdf").write_bytes(b"%PDF-1.4 minutes")
    importlib.reload(urls)
    clear_url_caches()
    yield
    del settings.SERVE_MEDIA
    importlib.reload(urls)
    clear_url_caches()


@pytest.mark.django_db
def test_uploaded_images_are_served_and_documents_never(client, network, media_served):
    assert client.get("/media/images/logo.txt").status_code == 200

    response = client.get("/media/documents/minutes.pdf")

    assert response.status_code == 404
    assert b"minutes" not in b"".join(getattr(response, "streaming_content", [response.content]))
