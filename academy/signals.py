"""Keep the Academy pages' topic slugs true when a topic changes or goes."""

from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver

from academy.models import AcademySessionPage, WebinarPage
from solutions.models import Topic


def refresh_topic_slugs(instance, without=None):
    for model in (AcademySessionPage, WebinarPage):
        for page in model.objects.filter(topics=instance).prefetch_related("topics"):
            slugs = " ".join(sorted({t.slug for t in page.topics.all() if t != without}))
            if slugs != page.topic_slugs:
                model.objects.filter(pk=page.pk).update(topic_slugs=slugs)


@receiver(post_save, sender=Topic)
def keep_the_events_topic_slugs(sender, instance, **kwargs):
    refresh_topic_slugs(instance)


@receiver(pre_delete, sender=Topic)
def drop_a_deleted_topic_from_the_events(sender, instance, **kwargs):
    refresh_topic_slugs(instance, without=instance)
