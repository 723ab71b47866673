"""The admin view that sends a published bulletin or newsletter to its subscribers."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.models import Page

from django_tasks import TaskResultStatus

from bulletins.models import BulletinPage, Mailing, NewsletterPage, Subscriber
from bulletins.tasks import send_mailing

SEND_PERMISSION = "bulletins.send_issue"


def can_send(user):
    return user.has_perm(SEND_PERMISSION)


def issue_list(page):
    return "bulletins" if isinstance(page, BulletinPage) else "newsletters"


def send_issue(request, page_id):
    if not can_send(request.user):
        raise PermissionDenied
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, (BulletinPage, NewsletterPage)):
        raise Http404("Only bulletins and newsletters are sent to subscribers.")
    subscription_list = issue_list(page)
    recipients = Subscriber.objects.receiving(subscription_list).count()
    context = {
        "page": page,
        "recipients": recipients,
        "page_title": _("Send to subscribers"),
        "page_subtitle": page.get_admin_display_title(),
        "header_icon": "mail",
        "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "mailings_url": reverse("bulletins_mailing:index"),
    }
    if not page.live:
        context["refusal"] = _(
            "This page is not published. Publish it first: subscribers can only be sent "
            "an issue they can read on the site."
        )
        return TemplateResponse(request, "bulletins/admin/send_issue.html", context, status=400)
    if request.method != "POST":
        return TemplateResponse(request, "bulletins/admin/send_issue.html", context)

    mailing = Mailing.objects.create(
        page=page,
        translation_key=page.translation_key,
        title=page.title,
        subscription_list=subscription_list,
        started_by=request.user,
        recipients=recipients,
    )
    result = send_mailing.enqueue(mailing.pk)
    if result.status == TaskResultStatus.FAILED:
        messages.error(
            request,
            _(
                "Sending “%(title)s” stopped with an error. Sending it again skips those who "
                "already received it."
            )
            % {"title": page.title},
        )
    else:
        messages.success(
            request,
            _("“%(title)s” is being sent to %(count)s subscribers.")
            % {"title": page.title, "count": recipients},
        )
    return redirect("bulletins_mailing:index")
