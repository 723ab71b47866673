"""A city's coordinates and population cannot be changed through its translation.

They are `SynchronizedField`s: the translation editor offers nothing for them, the translated
page's edit form, a PO file and publishing all leave them as they are, and a change on the
source reaches every translation when it is synced.
"""

from django.urls import reverse

from wagtail.models import Locale
from wagtail_localize.models import (
    OverridableSegment,
    StringSegment,
    Translation,
    TranslationSource,
)

import polib
import pytest

from solutions.models import CityPage
from tests.solutions.conftest import publish
from tests.solutions.factories import CityPageFactory

pytestmark = pytest.mark.django_db

AARHUS = "SRID=4326;POINT(10.2039 56.1629)"
ELSEWHERE = "SRID=4326;POINT(12.5683 55.6761)"


@pytest.fixture
def aarhus(network):
    home = network["eu"].root_page.specific
    return publish(
        CityPageFactory(
            parent=home,
            title="Aarhus",
            slug="aarhus",
            intro="A city of smart energy.",
            location=AARHUS,
            population=285_000,
        )
    )


@pytest.fixture
def danish(db):
    return Locale.objects.get(language_code="da")


@pytest.fixture
def translation(aarhus, danish, django_capture_on_commit_callbacks):
    """Aarhus translated into Danish and published, as wagtail-localize does it."""
    source, _created = TranslationSource.get_or_create_from_instance(aarhus)
    translation = Translation.objects.create(source=source, target_locale=danish)
    # wagtail-localize publishes a page when the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    return translation


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client


def danish_aarhus(aarhus, danish):
    return CityPage.objects.get(translation_key=aarhus.translation_key, locale=danish)


def test_the_translation_starts_with_the_source_coordinate_and_population(
    translation, aarhus, danish
):
    city = danish_aarhus(aarhus, danish)
    assert (city.location, city.population) == (AARHUS, 285_000)
    assert (city.latitude, city.longitude) == pytest.approx((56.1629, 10.2039))


def test_the_translation_editor_offers_no_segment_for_them(translation, coordinator_client):
    """Neither a string to translate nor a value to override: only the words are offered."""
    source = translation.source
    string_paths = set(
        StringSegment.objects.filter(source=source).values_list("context__path", flat=True)
    )
    override_paths = set(
        OverridableSegment.objects.filter(source=source).values_list("context__path", flat=True)
    )
    assert "title" in string_paths and "intro" in string_paths
    assert not {"location", "population"} & (string_paths | override_paths)

    city = translation.get_target_instance()
    response = coordinator_client.get(reverse("wagtailadmin_pages:edit", args=[city.id]))
    assert response.status_code == 200
    # The page's edit view is wagtail-localize's editor, which lists the segments it offers.
    assert b"A city of smart energy." in response.content
    assert b"POINT(10.2039" not in response.content
    assert b"285000" not in response.content


def test_posting_the_translated_edit_form_cannot_change_them(
    translation, coordinator_client, aarhus, danish, django_capture_on_commit_callbacks
):
    """wagtail-localize locks a synced translation's edit form: posted values are ignored."""
    city = danish_aarhus(aarhus, danish)
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator_client.post(
            reverse("wagtailadmin_pages:edit", args=[city.id]),
            {
                "title": "Aarhus",
                "slug": "aarhus",
                "location": ELSEWHERE,
                "population": "1",
                "action": "publish",
            },
        )
    assert response.status_code == 302
    city = danish_aarhus(aarhus, danish)
    assert (city.location, city.population) == (AARHUS, 285_000)
    assert city.latitude == pytest.approx(56.1629)
    # The form was taken as the editor's "Publish", not refused: the translation is live.
    assert city.live and city.live_revision.content["location"] == AARHUS


def test_a_po_file_carrying_them_changes_nothing(translation, aarhus, danish):
    """A PO file only fills in strings the source offers; an entry for the location is refused."""
    po = polib.POFile()
    po.metadata = {"X-WagtailLocalize-TranslationID": str(translation.uuid)}
    po.append(polib.POEntry(msgctxt="location", msgid=AARHUS, msgstr=ELSEWHERE))
    po.append(polib.POEntry(msgctxt="population", msgid="285000", msgstr="1"))

    warnings = translation.import_po(po)
    translation.save_target(publish=True)

    assert len(warnings) == 2
    city = danish_aarhus(aarhus, danish)
    assert (city.location, city.population) == (AARHUS, 285_000)


def test_a_source_change_reaches_the_translation_on_sync(
    translation, coordinator_client, aarhus, danish, django_capture_on_commit_callbacks
):
    aarhus.location = ELSEWHERE
    aarhus.population = 290_000
    publish(aarhus)

    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator_client.post(
            reverse("wagtail_localize:update_translations", args=[translation.source.id]),
            {"publish_translations": "on"},
        )

    assert response.status_code == 302
    city = danish_aarhus(aarhus, danish)
    assert (city.location, city.population) == (ELSEWHERE, 290_000)
    assert (city.latitude, city.longitude) == pytest.approx((55.6761, 12.5683))
    assert city.live and not city.has_unpublished_changes
