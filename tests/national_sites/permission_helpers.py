"""Helpers for the permission-matrix tests: pages, admin requests, and what "refused" means.

A refusal is judged the way a user meets it: Wagtail's admin either answers 403 or sends
the user back to the dashboard with its permission-denied message, and nothing in the
database has moved. `database_state` takes the snapshot that the tests compare.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse

from wagtail.fields import StreamField
from wagtail.models import Page, Revision, WorkflowState
from wagtail.test.utils.form_data import querydict_from_html

from home.models import HomePage, StandardPage
from national_sites.models import NationalHomePage

PERMISSION_DENIED_MESSAGE = "Sorry, you do not have permission to access this area."
COUNTRY_NAMES = {country.code: country.name for country in settings.NETWORK.countries}
COUNTRY_LANGUAGES = {country.code: country.language for country in settings.NETWORK.countries}


# Pages ---------------------------------------------------------------------------------


def national_home(code, language=None):
    """The home page of a national site, in its national language unless told otherwise."""
    return NationalHomePage.objects.get(
        country_code=code, locale__language_code=language or COUNTRY_LANGUAGES[code]
    )


def european_home(language="en"):
    return HomePage.objects.get(locale__language_code=language)


def add_page(parent, title, slug, publish=True):
    """A StandardPage under `parent`, published unless `publish` is false (a draft)."""
    page = parent.add_child(instance=StandardPage(title=title, slug=slug, live=publish))
    revision = page.save_revision()
    if publish:
        revision.publish()
    page.refresh_from_db()
    return page


def fresh(page):
    return Page.objects.get(pk=page.pk).specific


# What the database holds ---------------------------------------------------------------


@dataclass(frozen=True)
class PageState:
    title: str
    draft_title: str
    slug: str
    live: bool
    live_revision_id: int | None
    latest_revision_id: int | None
    parent_id: int | None
    locked: bool
    revisions: int


def page_state(page):
    page = Page.objects.get(pk=page.pk)
    parent = page.get_parent()
    return PageState(
        title=page.title,
        draft_title=page.draft_title,
        slug=page.slug,
        live=page.live,
        live_revision_id=page.live_revision_id,
        latest_revision_id=page.latest_revision_id,
        parent_id=parent.pk if parent else None,
        locked=page.locked,
        revisions=Revision.page_revisions.filter(object_id=str(page.pk)).count(),
    )


@dataclass(frozen=True)
class DatabaseState:
    pages: int
    revisions: int
    workflows_started: int
    watched: tuple


def database_state(*pages):
    """The page count, revision count and the state of each page the test watches."""
    return DatabaseState(
        pages=Page.objects.count(),
        revisions=Revision.objects.count(),
        workflows_started=WorkflowState.objects.count(),
        watched=tuple(page_state(page) for page in pages),
    )


# Requests ------------------------------------------------------------------------------


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def _form_reader():
    user, _created = get_user_model().objects.get_or_create(
        username="form-reader",
        defaults={"is_superuser": True, "is_staff": True, "email": "form-reader@example.org"},
    )
    return client_for(user)


def admin_form_data(url, page, **changes):
    """The data Wagtail's page form at `url` would send, as a superuser sees it, changed.

    Using the real form makes every refused POST one that would have succeeded if
    permission had been given, so a refusal cannot come from a malformed request.
    StreamFields are drawn by JavaScript, so their (empty) data is added here.
    """
    response = _form_reader().get(url)
    assert response.status_code == 200, f"{url} answered {response.status_code} to a superuser"
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    for field in type(page)._meta.get_fields():
        if isinstance(field, StreamField):
            assert not getattr(page, field.name), f"{field.name} holds blocks; build them"
            data[f"{field.name}-count"] = "0"
    for name, value in changes.items():
        data[name] = value
    return data


def edit_form_data(page, **changes):
    page = page.specific
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return admin_form_data(url, page, **changes)


def add_form_data(parent, title, slug):
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", parent.pk])
    return admin_form_data(url, StandardPage(), title=title, slug=slug)


def api_action_url(page, action):
    return reverse("wagtailadmin_api:pages:action", args=[page.pk, action])


def api_action(client, page, action, **data):
    return client.post(api_action_url(page, action), data=data, content_type="application/json")


# Judging answers -----------------------------------------------------------------------


def admin_refusal(response, form_error=None):
    """How the admin refused, in words, or None if it did not refuse.

    `form_error` is for views that check the destination inside their form (copying):
    they show the form again with Wagtail's permission error instead of redirecting.
    """
    if response.status_code == 403:
        return "403 Forbidden"
    if response.status_code == 302 and response.url == reverse("wagtailadmin_home"):
        shown = [str(message).strip() for message in get_messages(response.wsgi_request)]
        if PERMISSION_DENIED_MESSAGE in shown:
            return "sent back to the dashboard with the permission-denied message"
    if form_error and response.status_code == 200 and form_error in response.content.decode():
        return f"form shown again with the error {form_error!r}"
    return None


def api_refusal(response):
    """How the admin API refused, or None.

    The admin API only finds pages the user may explore, so a page of another site is
    "not found" (404) rather than forbidden (403). Both are refusals. The site's locale
    middleware turns any 404 of an unprefixed path into a redirect to the same path under
    the default language (/en/admin/api/...), so that redirect stands for the API's 404.
    """
    is_json = response.get("Content-Type", "").startswith("application/json")
    if response.status_code in (403, 404) and is_json:
        return f"{response.status_code} from the admin API"
    path = response.request["PATH_INFO"]
    if response.status_code == 302 and response.url == f"/{settings.LANGUAGE_CODE}{path}":
        return "404 from the admin API, redirected under the language prefix"
    return None


def describe(response):
    location = f" -> {response.url}" if response.status_code in (301, 302) else ""
    return f"{response.request['REQUEST_METHOD']} answered {response.status_code}{location}"
