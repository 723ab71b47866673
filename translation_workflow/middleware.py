import logging

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme

from wagtail.admin.utils import get_valid_next_url_from_request

from translation_workflow.machine import MachineTranslationFailed

logger = logging.getLogger(__name__)


class MachineTranslationFailureMiddleware:
    """Tells the translator that the machine translation service failed, instead of a 500.

    wagtail-localize calls the service from its "Translate with ..." button and from the
    "Use machine translation" option of a sync. Both store nothing before the service has
    answered, and the sync runs in a transaction, so sending the translator back to where
    they came from, with a message, loses none of their work.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, MachineTranslationFailed):
            return None
        logger.warning("Machine translation failed: %s", exception, exc_info=exception)
        # Wagtail renders admin views in the user's chosen admin language, and has left it
        # by the time the exception reaches us.
        profile = getattr(request.user, "wagtail_userprofile", None)
        language = profile.get_preferred_language() if profile else translation.get_language()
        with translation.override(language):
            messages.error(request, str(exception.message))
        return redirect(self.return_url(request))

    def return_url(self, request):
        if next_url := get_valid_next_url_from_request(request):
            return next_url
        referer = request.headers.get("Referer", "")
        if referer and url_has_allowed_host_and_scheme(
            referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            return referer
        return reverse("wagtailadmin_home")
