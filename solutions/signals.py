"""Keep the map's cached topics and cities true when the content changes."""

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from solutions.models import SolutionPage, Topic
from solutions.network_data import forget_network, forget_topics


@receiver(post_save, sender=Topic)
@receiver(post_delete, sender=Topic)
def forget_topics_when_one_changes(**kwargs):
    forget_topics()
    forget_network()


@receiver(post_save, sender=Topic)
def keep_the_solutions_topic_slugs(sender, instance, **kwargs):
    refresh_topic_slugs(SolutionPage.objects.filter(topics=instance))


@receiver(pre_delete, sender=Topic)
def drop_a_deleted_topic_from_the_solutions(sender, instance, **kwargs):
    refresh_topic_slugs(SolutionPage.objects.filter(topics=instance), without=instance)


def refresh_topic_slugs(solutions, without=None):
    for solution in solutions.prefetch_related("topics"):
        slugs = " ".join(
            sorted({topic.slug for topic in solution.topics.all() if topic != without})
        )
        if slugs != solution.topic_slugs:
            SolutionPage.objects.filter(pk=solution.pk).update(topic_slugs=slugs)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def forget_the_network_when_pages_change(**kwargs):
    forget_network()


@receiver(post_delete)
def forget_the_network_when_a_page_is_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        forget_network()
