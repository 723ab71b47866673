"""The Content-Security-Policy header: the public policy everywhere (CONTENT_SECURITY_POLICY),
the admin's looser one under /admin/ (ADMIN_CONTENT_SECURITY_POLICY)."""

from django.conf import settings

from csp.constants import HEADER
from csp.middleware import CSPMiddleware
from csp.utils import default_config


class SiteCSPMiddleware(CSPMiddleware):
    def process_response(self, request, response):
        # A page from the page cache was stored with its header; building the policy again
        # for every hit cost a sixth of serving it. No report-only policy is configured.
        if HEADER in response:
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(settings.ADMIN_URL_PREFIX)
        ):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts
