from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = _("Members' areas")

    def ready(self):
        from members import signals  # noqa: F401 (restrict new members' areas)
