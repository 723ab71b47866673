"""Settings shared by every environment. The environment variables are documented in README.md."""

import os
from pathlib import Path

from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _

import dj_database_url
import xstatic.pkg.leaflet
import xstatic.pkg.leaflet_markercluster

from security.policy import admin_directives, public_directives
from smartencity.network import load_network
from smartencity.page_cache import frontend_cache_setting, redis_cache
from translation_workflow.machine import machine_translator_setting

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")

INSTALLED_APPS = [
    "home",
    "national_sites",
    "solutions",
    "academy",
    "bulletins",
    "checkup",
    "membership",
    "events",
    "members",
    "translation_workflow",
    "security",
    "site_backups",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtailgeowidget",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_countries",
    "axes",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

# The page cache's two halves wrap everything else, as Django's cache middleware requires.
MIDDLEWARE = [
    "smartencity.page_cache.UpdatePageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "security.csp.SiteCSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "national_sites.middleware.SiteLocaleMiddleware",
    # As soon as the language is known: a cached page skips the rest of the stack.
    "smartencity.page_cache.FetchPageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "translation_workflow.middleware.MachineTranslationFailureMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Turns axes' lockout into its page (security.logins.lockout_response).
    "axes.middleware.AxesMiddleware",
    # After the page cache has missed: the site and page route from the cache (home/routes.py).
    "home.routes.RouteCacheMiddleware",
]

ROOT_URLCONF = "smartencity.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "smartencity.wsgi.application"

# SQLite unless DATABASE_URL names another database (PostgreSQL in CI and production).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Wagtail's page queries join one table per page type, which can inflate PostgreSQL's
    # row estimates until its JIT compiler spends seconds compiling a query that returns
    # ten rows. JIT pays off for long analytic queries, never for a web page.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis when REDIS_URL is set; a cache outage must degrade to uncached rendering. Anonymous
# visitors' pages are kept in their own cache, `pages` (see smartencity/page_cache.py), whose
# key prefix lets publishing empty it without touching the rest.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHE_KEY_PREFIX = os.environ.get("CACHE_KEY_PREFIX", "smartencity")
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
if REDIS_URL:
    CACHES = {
        "default": redis_cache(REDIS_URL, CACHE_KEY_PREFIX),
        "pages": redis_cache(REDIS_URL, f"{CACHE_KEY_PREFIX}-pages", PAGE_CACHE_SECONDS),
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    # Each server process has its own memory: with several, only Redis lets a publish
    # empty every process's pages.
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "pages",
            "TIMEOUT": PAGE_CACHE_SECONDS,
        },
    }

# A CDN in front of the sites, purged by Wagtail when a page is published or unpublished:
# Cloudflare, CloudFront or an HTTP cache such as Varnish (see README.md).
WAGTAILFRONTENDCACHE = frontend_cache_setting(os.environ)
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")

# Failed sign-ins (security/logins.py): an account is locked on one address after
# LOGIN_FAILURE_LIMIT failures, an address for every account after LOGIN_ADDRESS_FAILURE_LIMIT,
# both for LOGIN_LOCKOUT_MINUTES or until a coordinator clears them (Settings → Sign-in
# lockouts, or `manage.py axes_reset`). Behind a load balancer or proxy, TRUSTED_PROXY_COUNT
# says how many of ours append to X-Forwarded-For, so that the visitor's address is counted
# rather than the proxy's.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "security.logins.AccountAndAddressHandler"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_IP_FAILURE_LIMIT = int(os.environ.get("LOGIN_ADDRESS_FAILURE_LIMIT", "20"))
AXES_COOLOFF_TIME = int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "30")) / 60
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "security.logins.client_ip_address"
AXES_USERNAME_CALLABLE = "security.logins.client_username"
AXES_LOCKOUT_CALLABLE = "security.logins.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
# Successful sign-ins are not logged, and Django's own admin (not mounted) shows nothing.
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ADMIN = False
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
# Members sign in on the public sites (members/views.py), in the language they are reading:
# a URL name, so that Wagtail's view restrictions send them to their language's sign-in page.
LOGIN_URL = WAGTAIL_FRONTEND_LOGIN_URL = "members:login"
# Editors' avatars are not fetched from Gravatar: it would tell a third party who uses the admin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The network: sites and languages come from smartencity/network.toml.
NETWORK_CONFIG_FILE = Path(os.environ.get("NETWORK_CONFIG_FILE", PROJECT_DIR / "network.toml"))
NETWORK = load_network(NETWORK_CONFIG_FILE)
NETWORK_DOMAIN = os.environ.get("NETWORK_DOMAIN", "localhost")
NETWORK_PORT = int(os.environ.get("NETWORK_PORT", "8000"))

LANGUAGE_CODE = NETWORK.language
# Django's own catalogues translate these names, so the admin names a language in the
# reader's language ("danés", "Dänisch"); visitors' menus use each language's own name.
LANGUAGES = [(code, _(LANG_INFO[code]["name"])) for code in NETWORK.language_codes]  # noqa: INT001
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGE_COOKIE_NAME = "django_language"
LANGUAGE_COOKIE_SECURE = False
TIME_ZONE = "Europe/Brussels"
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
# Leaflet and its marker clustering come from their PyPI (xstatic) packages, never a CDN.
STATICFILES_DIRS = [
    PROJECT_DIR / "static",
    ("leaflet", xstatic.pkg.leaflet.BASE_DIR),
    ("leaflet-markercluster", xstatic.pkg.leaflet_markercluster.BASE_DIR),
]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# A request body other than uploaded files (form fields) is refused above this size, and
# uploads above FILE_UPLOAD_MAX_MEMORY_SIZE go to a temporary file rather than memory.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Background work runs through the django-tasks framework that Wagtail uses.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
# The folder of Django's file-based backend, where the benchmark's soak reads its e-mails.
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH")
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "SmartEnCity Network <noreply@localhost>"
)

# Bulletins and newsletters: how long the e-mailed links work, how many e-mails go out per
# batch, and how many subscription attempts one address may make in a window (seconds).
BULLETINS_CONFIRM_MAX_AGE = int(os.environ.get("BULLETINS_CONFIRM_MAX_AGE", 3 * 24 * 60 * 60))
BULLETINS_UNSUBSCRIBE_MAX_AGE = int(
    os.environ.get("BULLETINS_UNSUBSCRIBE_MAX_AGE", 400 * 24 * 60 * 60)
)
BULLETINS_SEND_BATCH_SIZE = int(os.environ.get("BULLETINS_SEND_BATCH_SIZE", 100))
BULLETINS_SUBSCRIBE_RATE_LIMIT = int(os.environ.get("BULLETINS_SUBSCRIBE_RATE_LIMIT", 5))
BULLETINS_SUBSCRIBE_RATE_WINDOW = int(os.environ.get("BULLETINS_SUBSCRIBE_RATE_WINDOW", 10 * 60))

# The City Check-up: how often one address may submit, how many cities a group needs before
# a report compares with its average, and after how many days `delete_old_checkups` deletes
# a submission.
CHECKUP_RATE_LIMIT = int(os.environ.get("CHECKUP_RATE_LIMIT", 10))
CHECKUP_RATE_WINDOW = int(os.environ.get("CHECKUP_RATE_WINDOW", 60 * 60))
CHECKUP_PEER_MINIMUM = int(os.environ.get("CHECKUP_PEER_MINIMUM", 5))
CHECKUP_RETENTION_DAYS = int(os.environ.get("CHECKUP_RETENTION_DAYS", 3 * 365))
# Applications to join the network.
JOIN_RATE_LIMIT = int(os.environ.get("JOIN_RATE_LIMIT", 5))
JOIN_RATE_WINDOW = int(os.environ.get("JOIN_RATE_WINDOW", 60 * 60))
# Network meetings and workshops: how many registrations one address may post in a window
# (seconds), and how many invitation e-mails go out per batch.
EVENTS_REGISTRATION_RATE_LIMIT = int(os.environ.get("EVENTS_REGISTRATION_RATE_LIMIT", 10))
EVENTS_REGISTRATION_RATE_WINDOW = int(os.environ.get("EVENTS_REGISTRATION_RATE_WINDOW", 60 * 60))
EVENTS_INVITATION_BATCH_SIZE = int(os.environ.get("EVENTS_INVITATION_BATCH_SIZE", 100))

WAGTAIL_SITE_NAME = _("SmartEnCity Network")
WAGTAILADMIN_BASE_URL = os.environ.get(
    "WAGTAILADMIN_BASE_URL", f"http://{NETWORK_DOMAIN}:{NETWORK_PORT}"
)
# Wagtail's database search backend; on PostgreSQL, each language is indexed and searched with
# its own text search configuration (see home/search_backend.py). A configuration this server
# lacks (estonian on PostgreSQL 15, for one) falls back to SEARCH_CONFIG.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "home.search_backend",
        "SEARCH_CONFIG": "simple",
        "SEARCH_CONFIGS": {
            "en": "english",
            "da": "danish",
            "es": "spanish",
            "it": "italian",
            "et": "estonian",
        },
    }
}
# Uploads. Images: no SVG (it can carry scripts); Wagtail checks that the content is the format
# the extension names, the size and the pixel count (a small file can decode to gigabytes).
# Documents: only these extensions, and security.uploads checks that a PDF or an office file
# is one. They are served through Wagtail's view, which applies private collections'
# restrictions and sends everything but a PDF as an attachment, with `default-src 'none'`.
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "security.uploads.DocumentForm"
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(os.environ.get("DOCUMENT_MAX_UPLOAD_MB", "20")) * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(os.environ.get("IMAGE_MAX_UPLOAD_MB", "10")) * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = int(os.environ.get("IMAGE_MAX_PIXELS", "40000000"))
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_MODERATION_ENABLED = True
# Machine translation in wagtail-localize's editor: DeepL when DEEPL_API_KEY is set (it wins
# over LibreTranslate), else the LibreTranslate server at LIBRETRANSLATE_URL (with the optional
# LIBRETRANSLATE_API_KEY), else none and no button. DEEPL_FORMALITY (`es=prefer_more,it=less`)
# replaces the default formality per language; MACHINE_TRANSLATION_TIMEOUT is in seconds.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_setting(os.environ)
# A new page translation starts as a draft that someone with publish rights publishes; set
# TRANSLATIONS_START_LIVE=true to publish it at once when its source is live. Snippets have no
# drafts, so their translations are live at once either way.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = env_bool("TRANSLATIONS_START_LIVE", False)
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"

# Map tiles for the public network map; any XYZ tile server with its attribution.
MAP_TILE_URL = os.environ.get("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = os.environ.get(
    "MAP_TILE_ATTRIBUTION",
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
)
# Content-Security-Policy (security/policy.py): strict on the public sites, looser in the admin.
# Map tiles may come from MAP_TILE_URL's host, embedded videos from VIDEO_EMBED_HOSTS
# (space-separated origins); CSP_REPORT_URI, when set, receives reports of violations.
VIDEO_EMBED_HOSTS = os.environ.get(
    "VIDEO_EMBED_HOSTS",
    "https://www.youtube.com https://www.youtube-nocookie.com https://player.vimeo.com",
).split()
CONTENT_SECURITY_POLICY_REPORT_URI = os.environ.get("CSP_REPORT_URI", "")
ADMIN_URL_PREFIX = "/admin/"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": public_directives(
        MAP_TILE_URL, VIDEO_EMBED_HOSTS, MEDIA_URL, CONTENT_SECURITY_POLICY_REPORT_URI
    )
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": admin_directives(
        MAP_TILE_URL, VIDEO_EMBED_HOSTS, MEDIA_URL, CONTENT_SECURITY_POLICY_REPORT_URI
    )
}

GEO_WIDGET_DEFAULT_LOCATION = {"lat": 50.85, "lng": 4.35}
GEO_WIDGET_ZOOM = 5
