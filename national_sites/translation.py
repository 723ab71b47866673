"""Create pages' translations through wagtail-localize, so translators can sync them later.

The set-up and demo commands use this instead of copying pages by hand: every translation
they make is a synced wagtail-localize translation, exactly as if a translator had made it.
"""

from django.db import transaction

from wagtail.models import Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


@transaction.atomic
def translate(instance, locale, strings=None, publish=True, user=None):
    """Create or update the translation of `instance` into `locale` and return it.

    `strings` maps source texts to their translations. A source text with no entry is kept
    as it is, which wagtail-localize shows the translator as still to be translated.
    """
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    if not translation.enabled:
        translation.enabled = True
        translation.save(update_fields=["enabled"])
    if strings:
        segments = StringSegment.objects.filter(source=source).select_related("string")
        for segment in segments:
            text = strings.get(segment.string.data)
            if text:
                StringTranslation.objects.update_or_create(
                    translation_of=segment.string,
                    locale=locale,
                    context_id=segment.context_id,
                    defaults={
                        "data": text,
                        "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                        "last_translated_by": user,
                    },
                )
    if not isinstance(instance, Page):
        translation.save_target(user=user, publish=True)
        return instance.get_translation(locale)
    # wagtail-localize publishes pages on commit; publishing here makes the result the same
    # inside an outer transaction (a test, or a command that loads many pages at once).
    translation.save_target(user=user, publish=False)
    target = instance.get_translation(locale)
    if publish:
        target.get_latest_revision().publish(user=user)
        target.refresh_from_db()
    return target
