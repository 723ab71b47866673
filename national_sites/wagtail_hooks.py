from django.urls import path

from wagtail import hooks

from national_sites import translation_guards


@hooks.register("register_admin_urls")
def guard_wagtail_localize_views():
    """Serve the guarded views at wagtail-localize's own addresses.

    This app comes before wagtail_localize in INSTALLED_APPS, so these patterns are matched
    first, and reversing wagtail-localize's URL names still gives the same addresses.
    """
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            translation_guards.GuardedSubmitPageTranslationView.as_view(),
            name="guarded_submit_page_translation",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            translation_guards.GuardedSubmitSnippetTranslationView.as_view(),
            name="guarded_submit_snippet_translation",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            translation_guards.GuardedUpdateTranslationsView.as_view(),
            name="guarded_update_translations",
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            translation_guards.guarded_convert_to_alias,
            name="guarded_convert_to_alias",
        ),
    ]
