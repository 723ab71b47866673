from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordResetForm


class MemberPasswordResetForm(PasswordResetForm):
    """Django's password reset form, which also reaches accounts that have no password yet.

    City contributors' accounts are created without a usable password, for their owner to
    choose one by e-mail; Django's form would skip them.
    """

    def get_users(self, email):
        User = get_user_model()
        email_field = User.get_email_field_name()
        users = User._default_manager.filter(**{f"{email_field}__iexact": email}, is_active=True)
        wanted = email.casefold()
        return (user for user in users if getattr(user, email_field).casefold() == wanted)
