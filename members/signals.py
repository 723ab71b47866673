"""A members' area is private from the moment it exists, in every language."""

from django.contrib.auth.models import Group
from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.models import PageViewRestriction

from members.models import MembersAreaPage, network_of
from national_sites.setup import members_area_readers


def restrict_to_members(page):
    """Give a new members' area Wagtail's view restriction for its network's readers.

    A translation that wagtail-localize copies from a restricted area gets the source's
    restriction from Wagtail's copy, which runs after the page is saved; adding ours too would
    leave two.
    """
    if page.view_restrictions.exists():
        return
    translations_restricted = (
        PageViewRestriction.objects.filter(page__translation_key=page.translation_key)
        .exclude(page=page)
        .exists()
    )
    if translations_restricted:
        return
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(
        Group.objects.get_or_create(name=name)[0]
        for name in members_area_readers(network_of(page))
    )


@receiver(post_save, sender=MembersAreaPage)
def make_a_new_members_area_private(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        restrict_to_members(instance)
