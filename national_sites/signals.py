"""Keep the cached news true when pages and topics change."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from national_sites.news import forget_news
from solutions.models import Topic


# Any page, not only news: a news index, a home page's network name or a whole site's tree
# may be what changed.
@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def forget_news_when_pages_change(**kwargs):
    forget_news()


@receiver(post_delete)
def forget_news_when_a_page_is_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        forget_news()


@receiver(post_save, sender=Topic)
@receiver(post_delete, sender=Topic)
def forget_news_when_a_topic_changes(**kwargs):
    forget_news()
