from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CheckupConfig(AppConfig):
    name = "checkup"
    verbose_name = _("City Check-up")

    def ready(self):
        from checkup import recommendations  # noqa: F401 (connects its receivers)
