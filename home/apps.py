from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("European site")

    def ready(self):
        from home import chrome, locales  # noqa: F401 (connect the cache invalidation)
        from smartencity import page_cache  # noqa: F401 (empty the page cache on changes)
