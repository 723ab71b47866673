"""Checks on what translators type into wagtail-localize that its editor leaves unchecked."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils.translation import gettext

from wagtail.whitelist import check_url
from wagtail_localize.models import SegmentOverride


@receiver(post_save, sender=SegmentOverride)
def refuse_script_addresses(sender, instance, update_fields=None, **kwargs):
    """Keep a translation's link address from running script in the visitor's browser.

    wagtail-localize lets a translator replace a link's address (a URL block, or a link in rich
    text) and stores whatever is typed, so `javascript:alert(1)` would reach the published page.
    An override marked as an error is not applied, and the editor shows the message. The
    marks are written with an update, as the editor's save names only the fields it changed.
    """
    if update_fields is not None and "data_json" not in update_fields:
        return  # wagtail-localize recording an error of its own
    value = instance.data
    if isinstance(value, str) and check_url(value) is None:
        instance.has_error = True
        instance.field_error = gettext(
            "This address cannot be used: give a web address, such as https://example.org/."
        )
    else:
        # A new value gets a fresh check when the translation is published.
        instance.has_error = False
        instance.field_error = ""
    SegmentOverride.objects.filter(pk=instance.pk).update(
        has_error=instance.has_error, field_error=instance.field_error
    )
