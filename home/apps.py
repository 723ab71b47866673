from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("European site")

    def ready(self):
        from home import (  # noqa: F401 (connect the cache invalidation)
            chrome,
            images,  # noqa: F401 (make renditions on publish)
            locales,
        )
        from smartencity import page_cache  # noqa: F401 (empty the page cache on changes)
