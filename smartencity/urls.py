from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from home.edit_conflicts import ConflictCheckingEditView
from national_sites.translation_guards import GuardedLockView

urlpatterns = [
    # Before Wagtail's own lock view, which it replaces (see GuardedLockView).
    path("admin/pages/<int:page_id>/lock/", GuardedLockView.as_view(), name="guarded_lock_page"),
    # Before Wagtail's own edit view, which it replaces (see ConflictCheckingEditView).
    # Outside the admin's own URLs, so wrapped in its check of who may use the admin.
    path(
        "admin/pages/<int:page_id>/edit/",
        require_admin_access(ConflictCheckingEditView.as_view()),
        name="conflict_checking_edit_page",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    # sitemap.xml and robots.txt, one per site, outside the language prefixes.
    path("", include("home.root_urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
# Uploads, for the demo and `make serve`; a deployment keeps them in object storage. Never
# documents: Wagtail's view serves them (/documents/...), after checking the view restriction
# of a members' collection, which a direct file address would skip.
MEDIA_PATTERN = r"^media/(?P<path>(?!documents/).*)$"
if settings.DEBUG or getattr(settings, "SERVE_MEDIA", False):
    urlpatterns += [
        re_path(MEDIA_PATTERN, serve, {"document_root": settings.MEDIA_ROOT}),
    ]

urlpatterns += i18n_patterns(
    path("", include("home.urls")),
    path("", include("solutions.urls")),
    path("", include("national_sites.urls")),
    path("", include("bulletins.urls")),
    path("", include("academy.urls")),
    path("", include("members.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
