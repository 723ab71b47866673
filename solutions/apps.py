from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SolutionsConfig(AppConfig):
    name = "solutions"
    verbose_name = _("Cities and solutions")

    def ready(self):
        from solutions import signals  # noqa: F401
