"""Subscribing, confirming and unsubscribing: the visitor-facing views outside the page tree."""

from django.conf import settings
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from bulletins.forms import SubscribeForm
from bulletins.mail import send_confirmation
from bulletins.models import Subscriber
from bulletins.tokens import InvalidLink, read_confirmation_token, read_unsubscribe_token
from home.ratelimit import too_many_attempts as rate_limited


def too_many_attempts(request):
    return rate_limited(
        request,
        "subscribe",
        settings.BULLETINS_SUBSCRIBE_RATE_LIMIT,
        settings.BULLETINS_SUBSCRIBE_RATE_WINDOW,
    )


def invalid_link(request, error):
    return render(request, "bulletins/invalid_link.html", {"expired": error.expired}, status=400)


@require_http_methods(["GET", "POST"])
def subscribe(request):
    if request.method == "POST":
        if too_many_attempts(request):
            minutes = max(1, settings.BULLETINS_SUBSCRIBE_RATE_WINDOW // 60)
            return render(
                request, "bulletins/too_many_attempts.html", {"minutes": minutes}, status=429
            )
        form = SubscribeForm(request.POST)
        if form.is_valid():
            # Whether the address is new, waiting or already confirmed, the visitor gets the
            # same answer and the address the same e-mail, so the form reveals no one.
            if not form.is_trapped:
                data = form.cleaned_data
                send_confirmation(data["email"], data["language"], data["lists"])
            return redirect("bulletins:subscribe_sent")
    else:
        form = SubscribeForm()
    return render(request, "bulletins/subscribe.html", {"form": form})


def subscribe_sent(request):
    return render(request, "bulletins/subscribe_sent.html")


# Links with a personal token, whose pages show the subscriber's address: never cached.
@never_cache
def confirm(request, token):
    try:
        email, language, lists = read_confirmation_token(token)
    except InvalidLink as error:
        return invalid_link(request, error)
    subscriber, _created = Subscriber.objects.update_or_create(
        email=email,
        defaults={
            "language": language,
            "lists": lists,
            "confirmed_at": timezone.now(),
            "unsubscribed_at": None,
        },
    )
    return render(request, "bulletins/confirmed.html", {"subscriber": subscriber})


# Mail programs send the RFC 8058 one-click POST without a CSRF token; the signed token in
# the address is what authorises it.
@never_cache
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    try:
        email = read_unsubscribe_token(token)
    except InvalidLink as error:
        return invalid_link(request, error)
    if request.method == "GET":
        return render(request, "bulletins/unsubscribe.html", {"email": email})
    Subscriber.objects.filter(email=email, unsubscribed_at__isnull=True).update(
        unsubscribed_at=timezone.now()
    )
    return render(request, "bulletins/unsubscribed.html", {"email": email})
