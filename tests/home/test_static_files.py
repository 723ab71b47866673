"""In production, static files are fingerprinted, compressed, and cached by browsers for years."""

import json
import runpy

from django.core.management import call_command
from django.templatetags.static import static
from django.test import override_settings

import pytest

from smartencity.settings import base

# Compressing the admin's and Wagtail's own files and Leaflet's unminified sources and source
# maps takes most of collectstatic's time and none of these tests' assertions; the project's
# files and the Leaflet files the pages load are all collected.
NOT_NEEDED_HERE = ["admin", "wagtail*", "django_filters", "*.map", "*-src.*"]


@pytest.fixture(scope="module")
def production_settings():
    """The production settings, as a deployment with a secret key reads them."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(base, "SECRET_KEY", "static-files-test-key")
        return runpy.run_module("smartencity.settings.production")


@pytest.fixture(scope="module")
def collected_static(tmp_path_factory, production_settings):
    """STATIC_ROOT after `collectstatic` with the production storage."""
    root = tmp_path_factory.mktemp("static_root")
    with override_settings(STATIC_ROOT=root, STORAGES=production_settings["STORAGES"]):
        call_command(
            "collectstatic", interactive=False, verbosity=0, ignore_patterns=NOT_NEEDED_HERE
        )
    return root


@pytest.fixture
def production_static(collected_static, production_settings):
    """The production static file storage and middleware, serving the collected files."""
    with override_settings(
        STATIC_ROOT=collected_static,
        STORAGES=production_settings["STORAGES"],
        MIDDLEWARE=production_settings["MIDDLEWARE"],
        WHITENOISE_MAX_AGE=production_settings["WHITENOISE_MAX_AGE"],
    ):
        yield collected_static


def test_whitenoise_runs_right_after_the_security_middleware(production_settings):
    middleware = production_settings["MIDDLEWARE"]

    security = middleware.index("django.middleware.security.SecurityMiddleware")
    assert middleware[security + 1] == "whitenoise.middleware.WhiteNoiseMiddleware"
    assert middleware.count("whitenoise.middleware.WhiteNoiseMiddleware") == 1


def test_collectstatic_fingerprints_the_stylesheet_and_the_leaflet_files(collected_static):
    manifest = json.loads((collected_static / "staticfiles.json").read_text())["paths"]

    for name in [
        "css/site.css",
        "leaflet/leaflet.js",
        "leaflet/leaflet.css",
        "leaflet-markercluster/leaflet.markercluster.js",
        "leaflet-markercluster/MarkerCluster.css",
    ]:
        hashed = manifest[name]
        assert hashed != name
        assert (collected_static / hashed).is_file()


def test_collectstatic_writes_gzip_and_brotli_variants_of_the_stylesheet(collected_static):
    hashed = json.loads((collected_static / "staticfiles.json").read_text())["paths"][
        "css/site.css"
    ]

    assert (collected_static / f"{hashed}.gz").stat().st_size > 0
    assert (collected_static / f"{hashed}.br").stat().st_size > 0


def test_templates_link_the_fingerprinted_stylesheet(production_static):
    url = static("css/site.css")

    assert url.startswith("/static/css/site.")
    assert url != "/static/css/site.css"


def test_a_fingerprinted_stylesheet_is_cached_for_ten_years(client, production_static):
    response = client.get(static("css/site.css"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")
    assert response["Cache-Control"] == "max-age=315360000, public, immutable"


@pytest.mark.parametrize("encoding", ["br", "gzip"])
def test_the_stylesheet_is_sent_compressed_to_browsers_that_accept_it(
    client, production_static, encoding
):
    plain = client.get(static("css/site.css"))
    compressed = client.get(static("css/site.css"), HTTP_ACCEPT_ENCODING=encoding)

    assert compressed.status_code == 200
    assert compressed["Content-Encoding"] == encoding
    assert "Accept-Encoding" in compressed["Vary"]
    assert int(compressed["Content-Length"]) < int(plain["Content-Length"])


def test_a_file_without_a_fingerprint_is_revalidated_soon(client, production_static):
    response = client.get("/static/css/site.css")

    assert response.status_code == 200
    assert response["Cache-Control"] == "max-age=60, public"
