from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationWorkflowConfig(AppConfig):
    """How translators localise the network's pages and snippets with wagtail-localize."""

    name = "translation_workflow"
    verbose_name = _("Translation workflow")

    def ready(self):
        from translation_workflow import signals  # noqa: F401
