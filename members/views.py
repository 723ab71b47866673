"""Signing in, out and choosing a new password, for members who never use the admin.

Django's own views, on every site and in every language the site is published in
(`/<language>/account/...`). Signing in goes through Django's `authenticate`, so axes counts
and locks out failures here as it does in the admin.
"""

from django.contrib.auth import views as auth_views
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse, reverse_lazy
from django.utils.translation import get_language

from wagtail.models import Site

from home.ratelimit import too_many_attempts
from members.forms import MemberPasswordResetForm
from members.models import MembersAreaPage
from national_sites.languages import site_languages

# How many reset e-mails one address may ask for in a window (seconds).
PASSWORD_RESET_RATE_LIMIT = 5
PASSWORD_RESET_RATE_WINDOW = 60 * 60


class SiteLanguageMixin:
    """Served only in the languages the requested site is published in."""

    def dispatch(self, request, *args, **kwargs):
        site = Site.find_for_request(request)
        if site is not None and get_language() not in site_languages(site)[1]:
            raise Http404
        return super().dispatch(request, *args, **kwargs)


def members_area_url(request):
    """The requested site's members' area in the current language, else its home page."""
    site = Site.find_for_request(request)
    language = get_language()
    roots = [
        root.root_path
        for root in Site.get_site_root_paths()
        if site and root.site_id == site.pk and root.language_code == language
    ]
    if roots:
        area = (
            MembersAreaPage.objects.live()
            .filter(url_path__startswith=roots[0], locale__language_code=language)
            .first()
        )
        if area is not None:
            return area.get_url(request)
    return f"/{language}/"


class MemberLoginView(SiteLanguageMixin, auth_views.LoginView):
    """Django's sign-in, which goes back to the private page (`next`) on the same host."""

    template_name = "members/login.html"

    def get_default_redirect_url(self):
        return members_area_url(self.request)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Wagtail sends a signed-in visitor here too when the page is not for their groups.
        context["refused"] = self.request.user.is_authenticated and bool(self.get_redirect_url())
        return context


class MemberLogoutView(SiteLanguageMixin, auth_views.LogoutView):
    def get_default_redirect_url(self):
        return f"/{get_language()}/"


class MemberPasswordResetView(SiteLanguageMixin, auth_views.PasswordResetView):
    form_class = MemberPasswordResetForm
    template_name = "members/password_reset_form.html"
    email_template_name = "members/emails/password_reset.txt"
    subject_template_name = "members/emails/password_reset_subject.txt"
    success_url = reverse_lazy("members:password_reset_done")

    def post(self, request, *args, **kwargs):
        if too_many_attempts(
            request, "password-reset", PASSWORD_RESET_RATE_LIMIT, PASSWORD_RESET_RATE_WINDOW
        ):
            return render(request, "members/too_many_attempts.html", status=429)
        return super().post(request, *args, **kwargs)


class MemberPasswordResetDoneView(SiteLanguageMixin, auth_views.PasswordResetDoneView):
    template_name = "members/password_reset_done.html"


class MemberPasswordResetConfirmView(SiteLanguageMixin, auth_views.PasswordResetConfirmView):
    template_name = "members/password_reset_confirm.html"
    success_url = reverse_lazy("members:password_reset_complete")


class MemberPasswordResetCompleteView(SiteLanguageMixin, auth_views.PasswordResetCompleteView):
    template_name = "members/password_reset_complete.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["login_url"] = reverse("members:login")
        return context
