"""Load a members' area per network, in its site's language, and a demo member per network.

Each area holds the network's common procedure for integrated energy planning (a PDF in the
network's members' collection) and the minutes of its last meeting (a members' page that
links to the procedure). Running it again updates what it made rather than adding more.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.html import escape

from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtail.rich_text import RichText

from home.demo.loader import report_pdf
from home.models import HomePage
from members.demo.content import AREAS
from members.groups import members_collection_name, members_group_name
from members.models import MembersAreaPage, MembersPage
from national_sites.models import NationalHomePage

EUROPEAN = "eu"


def demo_username(key):
    return f"member-{key}"


def networks():
    """(key, country or None, home page in the site's own language) of every network."""
    yield EUROPEAN, None, HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    for country in settings.NETWORK.countries:
        yield (
            country.code,
            country,
            NationalHomePage.objects.filter(
                country_code=country.code, locale__language_code=country.language
            ),
        )


@transaction.atomic
def load_members_areas(password, log=None):
    log = log or (lambda message: None)
    loaded = []
    for key, country, homes in networks():
        spec, home = AREAS.get(key), homes.first()
        if spec is None or home is None:
            log(f"No demo members' area for {key!r}.")
            continue
        procedure = load_procedure(spec, country)
        area = load_area(home, spec)
        load_minutes(area, spec, procedure)
        load_member(key, country, password)
        loaded.append(key)
    log(f"Members' areas and demo members ready: {', '.join(loaded)}.")


def load_procedure(spec, country):
    collection = Collection.objects.get(name=members_collection_name(country), depth=2)
    Document = get_document_model()
    document = Document.objects.filter(
        collection=collection, title=spec["procedure_title"]
    ).first()
    if document is None:
        document = Document(title=spec["procedure_title"], collection=collection)
        pdf = report_pdf(spec.get("pdf_title", spec["procedure_title"]), spec["pdf_text"])
        document.file = ContentFile(pdf, name=spec["procedure_file"])
        document._set_document_file_metadata()
        document.save()
    return document


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def load_area(home, spec):
    area = MembersAreaPage.objects.child_of(home).first()
    if area is None:
        area = MembersAreaPage(title=spec["title"], slug=spec["slug"])
        home.add_child(instance=area)
    area.title, area.slug, area.intro = spec["title"], spec["slug"], spec["intro"]
    return publish(area)


def load_minutes(area, spec, procedure):
    minutes = MembersPage.objects.child_of(area).filter(slug=spec["minutes_slug"]).first()
    if minutes is None:
        minutes = MembersPage(title=spec["minutes_title"], slug=spec["minutes_slug"])
        area.add_child(instance=minutes)
    minutes.title, minutes.intro = spec["minutes_title"], spec["minutes_intro"]
    paragraphs = "".join(f"<p>{escape(text)}</p>" for text in spec["minutes_body"])
    link = f'<p><a linktype="document" id="{procedure.pk}">{escape(procedure.title)}</a></p>'
    minutes.body = [("paragraph", RichText(paragraphs + link))]
    return publish(minutes)


def load_member(key, country, password):
    User = get_user_model()
    username = demo_username(key)
    member, _created = User.objects.get_or_create(
        username=username, defaults={"email": f"{username}@smartencity-network.example"}
    )
    member.set_password(password)
    member.save()
    member.groups.set([Group.objects.get(name=members_group_name(country))])
