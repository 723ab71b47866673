"""The Content-Security-Policy header: the public policy everywhere (CONTENT_SECURITY_POLICY),
the admin's looser one under /admin/ (ADMIN_CONTENT_SECURITY_POLICY)."""

from django.conf import settings

from csp.middleware import CSPMiddleware
from csp.utils import default_config


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(settings.ADMIN_URL_PREFIX)
        ):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts
