"""Network coordinators create member accounts in Wagtail's user admin, and no more.

They may add and change users (national_sites.setup), which in Wagtail would also let them
make anyone a superuser, or take over a superuser's account by changing its password. Only a
superuser may do either: these hooks refuse a coordinator's request to edit a superuser, to
tick "Administrator", or to act on superusers in bulk.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied

from wagtail import hooks


def refuse_unless_superuser(request, *users):
    if request.user.is_superuser:
        return
    if request.POST.get("is_superuser") or any(user.is_superuser for user in users):
        raise PermissionDenied


@hooks.register("before_create_user")
def only_superusers_create_superusers(request):
    refuse_unless_superuser(request)


@hooks.register("before_edit_user")
def only_superusers_change_superusers(request, user):
    refuse_unless_superuser(request, user)


@hooks.register("before_bulk_action")
def only_superusers_act_on_superusers(request, action_type, objects, action_class_instance):
    User = get_user_model()
    refuse_unless_superuser(request, *(user for user in objects if isinstance(user, User)))
