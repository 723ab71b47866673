"""Production settings. Every value that differs per deployment comes from the environment."""

import os

from django.core.exceptions import ImproperlyConfigured

from smartencity.settings import base

globals().update({name: value for name, value in vars(base).items() if name.isupper()})

if not base.SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. Production needs a long random SECRET_KEY in the environment."
    )
SECRET_KEY = base.SECRET_KEY

DEBUG = False
DEMO_CONTENT_ALLOWED = False
NETWORK_PORT = int(os.environ.get("NETWORK_PORT", "443"))
ALLOWED_HOSTS = [base.NETWORK_DOMAIN, f".{base.NETWORK_DOMAIN}"]
CSRF_TRUSTED_ORIGINS = [f"https://{base.NETWORK_DOMAIN}", f"https://*.{base.NETWORK_DOMAIN}"]
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", f"https://{base.NETWORK_DOMAIN}")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = base.env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# Only `make serve` on a laptop, over plain HTTP, switches these off.
SESSION_COOKIE_SECURE = base.env_bool("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
X_FRAME_OPTIONS = "DENY"

# WhiteNoise serves the collected files from every app server, so no separate static host is
# needed: names carry a content hash, gzip and Brotli variants are written at collectstatic time,
# and hashed files are sent with a ten-year `immutable` Cache-Control.
MIDDLEWARE = list(base.MIDDLEWARE)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "whitenoise.middleware.WhiteNoiseMiddleware",
)
STORAGES = {
    **base.STORAGES,
    "staticfiles": {
        "BACKEND": "smartencity.static_storage.FingerprintedStaticFilesStorage",
    },
}
# Files without a hash in their name (favicon.ico, robots files) are revalidated after a minute.
WHITENOISE_MAX_AGE = int(os.environ.get("WHITENOISE_MAX_AGE", "60"))
# Several server processes share a page cache only through Redis; without it a publish would
# empty the cache of one process and leave the others serving the old page.
PAGE_CACHE_ENABLED = base.PAGE_CACHE_ENABLED and bool(base.REDIS_URL)
# Media normally live in object storage behind a CDN; `make serve` has them on local disk.
SERVE_MEDIA = base.env_bool("SERVE_MEDIA", False)

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = base.env_bool("EMAIL_USE_TLS", True)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
