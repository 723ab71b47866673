"""City contributors: people from an accepted city who complete its page and solutions.

Each accepted city gets its own group, with the right to edit that city's page and add and
edit pages below it, and to upload and choose images in its country's collection. The group
has no right to publish: what a contributor submits goes through the moderation workflow of
the tree the city stands in, so the national moderators (or, for a city without a national
network, the coordinators) publish it.
"""

import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.admin.localization import get_available_admin_languages
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission
from wagtail.users.models import UserProfile

from members.groups import country_for, members_group_name
from national_sites.setup import SHARED_COLLECTION, permission

GROUP_PREFIX = "City contributors: "
PAGE_PERMISSIONS = ["wagtailcore.add_page", "wagtailcore.change_page"]
MEDIA_PERMISSIONS = ["wagtailimages.add_image", "wagtailimages.choose_image"]
USERNAME_LENGTH = 150


def group_name(city):
    suffix = f" ({city.pk})"
    # Group names hold 150 characters; the page id keeps two cities of one name apart.
    title = city.title[: 150 - len(GROUP_PREFIX) - len(suffix)]
    return f"{GROUP_PREFIX}{title}{suffix}"


def media_collection(network):
    """The national network's collection, or the shared one for a city without a network."""
    country = next((c for c in settings.NETWORK.countries if c.code == network), None)
    name = country.collection_name if country else SHARED_COLLECTION
    return Collection.get_first_root_node().get_children().get(name=name)


def contributor_group(city, network):
    group, _created = Group.objects.get_or_create(name=group_name(city))
    group.permissions.add(permission("wagtailadmin.access_admin"))
    for dotted_name in PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group, page=city, permission=permission(dotted_name)
        )
    collection = media_collection(network)
    for dotted_name in MEDIA_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission(dotted_name)
        )
    return group


def available_username(email):
    User = get_user_model()
    # Django's user names allow letters, digits and @ . + - _ only.
    base = re.sub(r"[^\w.@+-]", "", email.lower())[:USERNAME_LENGTH]
    username, number = base, 1
    while User.objects.filter(username=username).exists():
        number += 1
        suffix = f"-{number}"
        username = base[: USERNAME_LENGTH - len(suffix)] + suffix
    return username


def user_for(email, language):
    """The user with this e-mail address, or a new one who must set a password first and
    who sees the admin in `language`."""
    User = get_user_model()
    existing = User.objects.filter(email__iexact=email).order_by("pk").first()
    if existing is not None:
        return existing, False
    user = User(username=available_username(email), email=email)
    user.set_unusable_password()
    user.save()
    if language in dict(get_available_admin_languages()):
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save(update_fields=["preferred_language"])
    return user, True


def add_contributor(city, email, network, language):
    """Give the person with `email` the right to complete `city`; returns (user, created)."""
    user, created = user_for(email, language)
    members, _created = Group.objects.get_or_create(name=members_group_name(country_for(network)))
    user.groups.add(contributor_group(city, network), members)
    return user, created
