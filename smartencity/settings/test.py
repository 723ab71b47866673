"""Test settings: fast hashing, in-memory media and mail, tasks run immediately."""

from smartencity.settings import base

globals().update({name: value for name, value in vars(base).items() if name.isupper()})

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105 (the tests sign nothing that leaves them)
ALLOWED_HOSTS = ["localhost", ".localhost", "testserver", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WAGTAILADMIN_BASE_URL = "http://localhost"
DEMO_CONTENT_ALLOWED = True
NETWORK_DOMAIN = "localhost"
NETWORK_PORT = 80
# The page cache is switched on only by the tests of the page cache.
PAGE_CACHE_ENABLED = False
# Django's test client signs in without a request, which axes refuses; sign-ins through a
# form are still counted and limited (security/backends.py).
AUTHENTICATION_BACKENDS = [
    "security.backends.TestClientAxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
