"""The join page: a visitor applies, the application is kept, and the network hears of it."""

from django.conf import settings
from django.db import transaction
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers

from home.locales import language_of
from home.ratelimit import too_many_attempts
from membership import notifications
from membership.forms import JoinForm
from membership.models import ApplicationEvent
from national_sites.access import network_for_country
from solutions.models import Topic


def topics_of(page):
    return Topic.objects.filter(locale_id=page.locale_id).order_by("sort_order", "name")


def initial_values(request):
    """On a national site, most applicants come from its country: choose it for them."""
    country = settings.NETWORK.country_for_hostname(
        request.get_host().split(":")[0], settings.NETWORK_DOMAIN
    )
    return {"country": country.code.upper()} if country else {}


def application_form(page, request):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    status = 200
    if request.method == "POST":
        if too_many_attempts(request, "join", settings.JOIN_RATE_LIMIT, settings.JOIN_RATE_WINDOW):
            minutes = max(1, settings.JOIN_RATE_WINDOW // 60)
            response = page.render(
                request,
                template="membership/too_many_attempts.html",
                context_overrides={"minutes": minutes},
            )
            response.status_code = 429
            return response
        form = JoinForm(request.POST, topics=topics_of(page))
        if form.is_valid():
            application = submit(form, page)
            notifications.application_received(application)
            return redirect(page.get_url(request) + page.reverse_subpage("application_sent"))
        status = 400
    else:
        form = JoinForm(topics=topics_of(page), initial=initial_values(request))
    response = page.render(request, context_overrides={"form": form})
    response.status_code = status
    # The form carries the visitor's own CSRF token: no shared cache may keep it.
    add_never_cache_headers(response)
    return response


def application_sent(page, request):
    return page.render(request, context_overrides={"sent": True})


@transaction.atomic
def submit(form, page):
    application = form.save(commit=False)
    application.network = network_for_country(application.country.code)
    application.language = language_of(page.locale_id)
    application.save()
    form.save_m2m()
    ApplicationEvent.objects.create(
        application=application, action=ApplicationEvent.Action.SUBMITTED
    )
    return application
