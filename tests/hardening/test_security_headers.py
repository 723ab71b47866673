"""The Content-Security-Policy of the public sites and of the admin, and the headers and cookies
that the production settings send."""

import importlib.util
import re
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.test import Client, override_settings

import pytest

from security.policy import origin
from smartencity import page_cache
from smartencity.settings import base
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

PROJECT_TEMPLATES = sorted(
    path
    for path in Path(settings.BASE_DIR).glob("*/templates/**/*.html")
    if ".venv" not in path.parts
)
INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"<[^>]*\son[a-z]+\s*=", re.IGNORECASE)
JAVASCRIPT_URL = re.compile(r"""(href|src|action)\s*=\s*["']?\s*javascript:""", re.IGNORECASE)


def policy(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def test_the_public_sites_send_the_strict_policy(network):
    response = Client().get("/en/")

    directives = policy(response)
    assert response.status_code == 200
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["style-src-attr"] == ["'unsafe-inline'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]
    assert origin(settings.MAP_TILE_URL) in directives["img-src"]
    assert "https://www.youtube.com" in directives["frame-src"]
    assert not any("nonce" in source for sources in directives.values() for source in sources)


def test_the_admin_policy_allows_only_what_wagtail_needs(coordinator):
    client = Client()
    client.force_login(coordinator)

    directives = policy(client.get("/admin/"))

    assert directives["script-src"] == ["'self'", "'unsafe-inline'", "https://unpkg.com"]
    assert "'unsafe-eval'" not in directives["script-src"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert "blob:" in directives["img-src"]


def test_the_sign_in_page_has_the_admin_policy():
    directives = policy(Client().get("/admin/login/"))

    assert "'unsafe-inline'" in directives["script-src"]
    assert directives["frame-ancestors"] == ["'self'"]


@pytest.mark.parametrize(
    ("tile_url", "expected"),
    [
        ("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org"),
        ("https://{s}.tiles.example.org/{z}/{x}/{y}.png", "https://*.tiles.example.org"),
        ("/tiles/{z}/{x}/{y}.png", ""),
    ],
)
def test_the_tile_server_is_allowed_by_its_origin(tile_url, expected):
    assert origin(tile_url) == expected


def test_the_project_templates_have_no_inline_scripts_or_event_handlers():
    """The public policy refuses inline scripts, so none may creep into a template."""
    offending = [
        f"{path.relative_to(settings.BASE_DIR)}: {match.group(0)}"
        for path in PROJECT_TEMPLATES
        for pattern in (INLINE_SCRIPT, EVENT_HANDLER, JAVASCRIPT_URL)
        for match in pattern.finditer(path.read_text())
    ]

    assert PROJECT_TEMPLATES
    assert offending == []


PRODUCTION_SECRET_KEY = "k3y-" + "x9Qz!v7#Lm2@pR5$wT8^nB4&cF6*hJ1(dG3)sA0_eY" * 2
PRODUCTION_ENVIRONMENT = {
    "SECURE_SSL_REDIRECT": "true",
    "SECURE_COOKIES": "true",
}
# What the production settings say about requests, responses and cookies; the test settings
# keep their database, storage and hosts.
PRODUCTION_HEADER_SETTINGS = [
    "MIDDLEWARE",
    "AUTHENTICATION_BACKENDS",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "LANGUAGE_COOKIE_SECURE",
    "X_FRAME_OPTIONS",
    "CONTENT_SECURITY_POLICY",
    "ADMIN_CONTENT_SECURITY_POLICY",
]


@pytest.fixture
def production_settings(monkeypatch, tmp_path):
    """The production settings module, loaded afresh with a deployment's environment."""
    for name, value in PRODUCTION_ENVIRONMENT.items():
        monkeypatch.setenv(name, value)
    # The base settings read SECRET_KEY from the environment when this process started.
    monkeypatch.setattr(base, "SECRET_KEY", PRODUCTION_SECRET_KEY)
    spec = importlib.util.find_spec("smartencity.settings.production")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    values = {name: getattr(module, name) for name in PRODUCTION_HEADER_SETTINGS}
    # WhiteNoise, in production's middleware, wants the collected files' directory.
    with override_settings(**values, STATIC_ROOT=tmp_path):
        yield values


def test_production_sends_plain_http_to_https(network, production_settings):
    response = Client().get("/en/", headers={"X-Forwarded-Proto": "http"})

    assert response.status_code == 301
    assert response["Location"] == "https://testserver/en/"


def test_a_production_response_carries_the_security_headers(network, production_settings):
    response = Client().get("/en/", headers={"X-Forwarded-Proto": "https"})

    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains; preload"
    )
    assert policy(response)["script-src"] == ["'self'"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_production_cookies_are_secure(coordinator, production_settings):
    client = Client(headers={"X-Forwarded-Proto": "https"})

    form = client.get("/admin/login/")
    signed_in = client.post(
        "/admin/login/",
        {"username": coordinator.username, "password": PASSWORD, "next": "/admin/"},
    )

    assert form.cookies["csrftoken"]["secure"]
    assert signed_in.status_code == 302
    assert signed_in.cookies["sessionid"]["secure"]
    assert signed_in.cookies["sessionid"]["httponly"]


def test_a_page_from_the_page_cache_carries_the_policy_it_was_stored_with(network, settings):
    settings.PAGE_CACHE_ENABLED = True
    caches[page_cache.PAGE_CACHE_ALIAS].clear()
    stored = Client().get("/en/")
    served = Client().get("/en/")

    assert stored[page_cache.HEADER] == "miss"
    assert served[page_cache.HEADER] == "hit"
    assert served["Content-Security-Policy"] == stored["Content-Security-Policy"]
    assert policy(served)["script-src"] == ["'self'"]
    caches[page_cache.PAGE_CACHE_ALIAS].clear()
