"""Moderators and coordinators read applications in the admin and accept or reject them."""

from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.urls import reverse

from wagtail.models import Page

import pytest

from home.models import HomePage
from membership.admin_views import accept_application
from membership.models import ApplicantKind, ApplicationEvent, MembershipApplication
from national_sites.models import NationalHomePage
from solutions.models import CityPage, MembershipStageChange
from tests.membership.conftest import make_application
from tests.national_sites.permission_helpers import admin_refusal, describe
from tests.solutions.factories import CityPageFactory
from tests.translations import interface_text

pytestmark = pytest.mark.django_db


def index_url(**filters):
    url = reverse("membership_applications:index")
    if filters:
        url += "?" + "&".join(f"{name}={value}" for name, value in filters.items())
    return url


def inspect_url(application):
    return reverse("membership_applications:inspect", args=[application.pk])


def accept_url(application):
    return reverse("membership_applications:accept", args=[application.pk])


def reject_url(application):
    return reverse("membership_applications:reject", args=[application.pk])


CITY_SENTENCE = (
    "Your city starts at the first of the five steps, Awareness. Its page on the network's "
    "website is being prepared, and the network will help you with the next steps."
)


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def actions(application):
    return list(application.events.values_list("action", flat=True))


@pytest.fixture
def applications(topics):
    """Pending applications: a Danish city (with two topics), a Spanish city, an Italian
    expert and a French city (France has no national network)."""
    return {
        "dk": make_application(
            "Aarhus Kommune",
            "DK",
            topics=[topics["da"]["district-heating"], topics["da"]["urban-data"]],
        ),
        "es": make_application("Ayuntamiento de Burgos", "ES", language="es"),
        "it": make_application(
            "Studio Rossi", "IT", kind=ApplicantKind.EXPERT, language="it", email="r@rossi.example"
        ),
        "fr": make_application("Ville de Lyon", "FR", language="en", email="lyon@lyon.example"),
    }


@pytest.fixture
def moderator_client(client, moderator_dk):
    client.force_login(moderator_dk)
    return client


# Who sees what ---------------------------------------------------------------------------


def test_a_danish_moderator_lists_and_reads_danish_applications_only(
    moderator_client, applications
):
    assert index_url() in moderator_client.get(reverse("wagtailadmin_home")).content.decode()
    listing = moderator_client.get(index_url())

    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Aarhus Kommune" in html
    for other in ("Ayuntamiento de Burgos", "Studio Rossi", "Ville de Lyon"):
        assert other not in html
    assert moderator_client.get(inspect_url(applications["dk"])).status_code == 200
    for code in ("es", "it", "fr"):
        assert moderator_client.get(inspect_url(applications[code])).status_code == 404
        assert moderator_client.get(accept_url(applications[code])).status_code == 404
        assert (
            moderator_client.post(reject_url(applications[code]), {"note": "No"}).status_code
            == 404
        )
    assert all(application.is_pending for application in MembershipApplication.objects.all())


def test_a_coordinator_lists_every_application_and_filters_them(client, coordinator, applications):
    client.force_login(coordinator)
    applications["es"].status = "rejected"
    applications["es"].save()

    html = client.get(index_url()).content.decode()
    for name in ("Aarhus Kommune", "Ayuntamiento de Burgos", "Studio Rossi", "Ville de Lyon"):
        assert name in html

    pending = client.get(index_url(status="pending")).content.decode()
    assert "Aarhus Kommune" in pending and "Ayuntamiento de Burgos" not in pending
    french = client.get(index_url(country="FR")).content.decode()
    assert "Ville de Lyon" in french and "Aarhus Kommune" not in french


def test_an_editor_without_the_permission_is_refused(client, editor_dk, applications):
    client.force_login(editor_dk)

    for response in (
        client.get(index_url()),
        client.get(inspect_url(applications["dk"])),
        client.get(accept_url(applications["dk"])),
        client.post(accept_url(applications["dk"]), {"note": ""}),
        client.post(reject_url(applications["dk"]), {"note": "No"}),
    ):
        assert admin_refusal(response), describe(response)
    assert applications["dk"].events.count() == 1
    assert MembershipApplication.objects.get(pk=applications["dk"].pk).is_pending
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert index_url() not in menu


def test_the_application_shows_all_its_details_topics_and_history(moderator_client, applications):
    response = moderator_client.get(inspect_url(applications["dk"]))

    html = response.content.decode()
    for detail in (
        "Aarhus Kommune",
        "Mette Holm",
        "mette.holm@aarhus.example",
        "Aarhus Kommune wants to learn from other cities.",
        "Fjernvarme, Bydataplatforme",
        "Sent",
        "The applicant",
    ):
        assert detail in html, detail
    assert accept_url(applications["dk"]) in html
    assert reject_url(applications["dk"]) in html


# Accepting -------------------------------------------------------------------------------


def test_accepting_a_danish_city_creates_its_draft_page_in_danish_at_awareness(
    moderator_client, moderator_dk, applications
):
    application = applications["dk"]

    response = moderator_client.post(
        accept_url(application), {"note": "Velkommen!", "contributor_email": application.email}
    )

    application.refresh_from_db()
    city = application.city_page
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[city.pk])
    danish_home = NationalHomePage.objects.get(country_code="dk", locale__language_code="da")
    assert city.get_parent().pk == danish_home.pk
    assert city.locale.language_code == "da"
    assert (city.title, city.slug, city.country.code, city.role) == (
        "Aarhus Kommune",
        "aarhus-kommune",
        "DK",
        "member",
    )
    assert city.intro == "Aarhus Kommune wants to learn from other cities."
    assert city.membership_stage == "awareness"
    assert not city.live and city.has_unpublished_changes
    assert city.latest_revision is not None

    change = MembershipStageChange.objects.get(city=city)
    assert change.stage == "awareness"
    assert change.note == interface_text("da", "Application accepted") + ": Velkommen!"
    assert change.changed_by == moderator_dk

    assert application.status == "accepted"
    assert actions(application) == ["submitted", "accepted"]
    accepted = application.events.get(action="accepted")
    assert (accepted.user, accepted.note) == (moderator_dk, "Velkommen!")

    editor = moderator_client.get(response["Location"])
    assert editor.status_code == 200
    assert "Aarhus Kommune” is accepted. Its city page is a draft" in editor.content.decode()

    history = moderator_client.get(inspect_url(application)).content.decode()
    assert "Velkommen!" in history and "moderator-dk" in history
    assert reverse("wagtailadmin_pages:edit", args=[city.pk]) in history


def test_a_new_city_gets_a_slug_of_its_own_beside_a_namesake(moderator_client, applications):
    danish_home = NationalHomePage.objects.get(country_code="dk", locale__language_code="da")
    CityPageFactory(parent=danish_home, title="Aarhus Kommune", slug="aarhus-kommune")

    moderator_client.post(accept_url(applications["dk"]), {"note": ""})

    application = MembershipApplication.objects.get(pk=applications["dk"].pk)
    assert application.city_page.slug == "aarhus-kommune-1"


def test_a_city_without_a_national_network_is_created_under_the_european_home_in_english(
    client, coordinator, applications
):
    client.force_login(coordinator)

    client.post(accept_url(applications["fr"]), {"note": "Bienvenue"})

    city = MembershipApplication.objects.get(pk=applications["fr"].pk).city_page
    european_home = HomePage.objects.get(locale__language_code="en")
    assert city.get_parent().pk == european_home.pk
    assert (city.locale.language_code, city.country.code, city.live) == ("en", "FR", False)
    assert city.stage_changes.get().note == "Application accepted: Bienvenue"


def test_an_expert_is_accepted_without_a_city_page(client, coordinator, applications):
    client.force_login(coordinator)
    application = applications["it"]
    form = client.get(accept_url(application)).content.decode()
    assert (
        interface_text(
            "en",
            "Urban planners and experts join without a city page: accepting records the "
            "decision only.",
        )
        in form
    )
    assert "contributor_email" not in form
    pages_before = Page.objects.count()

    response = client.post(accept_url(application), {"note": "Benvenuto"}, follow=True)

    application.refresh_from_db()
    assert application.status == "accepted" and application.city_page is None
    assert Page.objects.count() == pages_before
    assert actions(application) == ["submitted", "accepted"]
    assert (
        "“Studio Rossi” is accepted. Urban planners and experts join without a city page."
        in response.content.decode()
    )


def test_a_failure_while_accepting_leaves_nothing_half_saved(
    moderator_client, applications, monkeypatch
):
    def refuse(*args, **kwargs):
        raise ValidationError("The stage history is closed.")

    monkeypatch.setattr("membership.admin_views.record_stage_change", refuse)
    pages_before = Page.objects.count()

    response = moderator_client.post(
        accept_url(applications["dk"]),
        {"note": "", "invite_contributor": "on", "contributor_email": "ny@aarhus.example"},
    )

    assert response.status_code == 400
    assert (
        "The city page could not be created, so nothing was changed: The stage history is "
        "closed." in response.content.decode()
    )
    application = MembershipApplication.objects.get(pk=applications["dk"].pk)
    assert application.is_pending and application.city_page is None
    assert application.contributor is None
    assert actions(application) == ["submitted"]
    assert Page.objects.count() == pages_before
    assert not CityPage.objects.filter(title="Aarhus Kommune").exists()
    assert not MembershipStageChange.objects.exists()


def test_an_unexpected_error_while_accepting_rolls_everything_back(
    moderator_dk, applications, monkeypatch
):
    def break_down(*args, **kwargs):
        raise RuntimeError("The mail server caught fire.")

    monkeypatch.setattr("membership.contributors.add_contributor", break_down)

    with pytest.raises(RuntimeError):
        accept_application(applications["dk"].pk, moderator_dk, "", "ny@aarhus.example")

    application = MembershipApplication.objects.get(pk=applications["dk"].pk)
    assert application.is_pending and application.city_page is None
    assert actions(application) == ["submitted"]
    assert not CityPage.objects.filter(title="Aarhus Kommune").exists()
    assert not MembershipStageChange.objects.exists()


# Rejecting, and deciding twice ------------------------------------------------------------


def test_rejecting_needs_a_note(moderator_client, applications):
    response = moderator_client.post(reject_url(applications["dk"]), {"note": "  "})

    assert response.status_code == 400
    assert "Say why the application is rejected: the note is kept in its history." in (
        response.content.decode()
    )
    application = MembershipApplication.objects.get(pk=applications["dk"].pk)
    assert application.is_pending and actions(application) == ["submitted"]


def test_rejecting_keeps_the_application_and_its_history(
    moderator_client, moderator_dk, applications
):
    response = moderator_client.post(
        reject_url(applications["dk"]), {"note": "Ikke en kommune."}, follow=True
    )

    application = MembershipApplication.objects.get(pk=applications["dk"].pk)
    assert application.status == "rejected" and application.city_page is None
    assert actions(application) == ["submitted", "rejected"]
    assert application.events.get(action="rejected").user == moderator_dk
    html = response.content.decode()
    assert "“Aarhus Kommune” is rejected." in html
    assert "Ikke en kommune." in html
    assert accept_url(application) not in html


@pytest.mark.parametrize("first", ["accept", "reject"])
def test_an_application_is_decided_once_only(moderator_client, applications, first):
    application = applications["dk"]
    first_url = accept_url(application) if first == "accept" else reject_url(application)
    moderator_client.post(first_url, {"note": "Første beslutning"})
    decided = MembershipApplication.objects.get(pk=application.pk)
    pages_before = Page.objects.count()

    for url, data in (
        (accept_url(application), {"note": "Igen"}),
        (reject_url(application), {"note": "Igen"}),
    ):
        response = moderator_client.post(url, data)

        assert response.status_code == 302 and response["Location"] == inspect_url(application)
        message = messages_of(response)[-1]
        assert message.startswith(
            f"This application was already decided: {decided.get_status_display().lower()} on "
        )
        assert message.endswith("by moderator-dk. A decision cannot be made twice.")
    again = MembershipApplication.objects.get(pk=application.pk)
    assert (again.status, again.city_page_id) == (decided.status, decided.city_page_id)
    assert len(actions(again)) == 2
    assert Page.objects.count() == pages_before
    assert MembershipStageChange.objects.count() == (1 if first == "accept" else 0)


def test_the_decision_functions_refuse_a_second_decision_too(moderator_dk, applications):
    from membership.admin_views import AlreadyDecided, reject_application

    accept_application(applications["it"].pk, moderator_dk)

    with pytest.raises(AlreadyDecided):
        reject_application(applications["it"].pk, moderator_dk, "Too late")
    assert actions(applications["it"]) == ["submitted", "accepted"]
    assert ApplicationEvent.objects.filter(action="rejected").count() == 0


# The applicant hears the decision ---------------------------------------------------------


def test_an_accepted_applicant_is_welcomed_by_e_mail_in_their_language(
    moderator_client, applications, mailoutbox
):
    moderator_client.post(
        accept_url(applications["dk"]),
        {
            "note": "Intern: ring til Mette.",
            "message": "Vi ses på netværksmødet i Sønderborg.",
            "contributor_email": "",
        },
    )

    (welcome,) = [message for message in mailoutbox if message.to == ["mette.holm@aarhus.example"]]
    assert welcome.subject == interface_text("da", "Welcome to the SmartEnCity Network")
    assert "Mette Holm" in welcome.body and "Aarhus Kommune" in welcome.body
    assert "Vi ses på netværksmødet i Sønderborg." in welcome.body
    # The city page starts at the first step, and the mail says so.
    assert interface_text("da", CITY_SENTENCE) in welcome.body
    # The moderator's note is for the history only.
    assert "ring til Mette" not in welcome.body


def test_a_rejected_applicant_is_told_with_the_message_but_not_the_internal_reason(
    moderator_client, applications, mailoutbox
):
    moderator_client.post(
        reject_url(applications["dk"]),
        {"note": "Ikke en kommune.", "message": "Søg gerne igen, når kommunen er med."},
    )

    (answer,) = mailoutbox
    assert answer.to == ["mette.holm@aarhus.example"]
    assert answer.subject == interface_text(
        "da", "Your application to join the SmartEnCity Network"
    )
    assert "Søg gerne igen, når kommunen er med." in answer.body
    assert "Ikke en kommune." not in answer.body


def test_an_expert_is_welcomed_without_the_city_page_sentence(
    client, coordinator, applications, mailoutbox
):
    client.force_login(coordinator)
    client.post(accept_url(applications["it"]), {"note": "", "message": ""})

    (welcome,) = mailoutbox
    assert welcome.to == ["r@rossi.example"]
    assert "Studio Rossi" in welcome.body
    assert interface_text("it", CITY_SENTENCE) not in welcome.body


def test_a_refused_second_decision_sends_no_mail(moderator_client, applications, mailoutbox):
    moderator_client.post(reject_url(applications["dk"]), {"note": "Nej", "message": ""})
    moderator_client.post(accept_url(applications["dk"]), {"note": "", "message": "Velkommen"})

    assert len(mailoutbox) == 1
    assert "Velkommen" not in mailoutbox[0].body
