from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteBackupsConfig(AppConfig):
    """`manage.py backup_site` and `restore_site`: the database and the media in one folder."""

    name = "site_backups"
    verbose_name = _("Backups")
