"""Keep the cached list of each site's languages true when home pages change."""

from django.db.models.signals import post_delete
from django.dispatch import receiver

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from national_sites.languages import forget_site_languages


@receiver(page_published)
@receiver(page_unpublished)
def forget_languages_when_a_home_page_changes(sender, instance, **kwargs):
    if instance.depth == 2:
        forget_site_languages()


@receiver(post_delete)
def forget_languages_when_a_home_page_is_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.depth == 2:
        forget_site_languages()
