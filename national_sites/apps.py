from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NationalSitesConfig(AppConfig):
    name = "national_sites"
    verbose_name = _("National network sites")

    def ready(self):
        from national_sites import signals  # noqa: F401
