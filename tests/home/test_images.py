"""Pages show images as <picture>s in AVIF and WebP with a sized fallback, and publishing a page
makes its renditions, so that no visitor's request resizes an image."""

import datetime
import json

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.images import get_image_model

import pytest
import wagtail_factories
from bs4 import BeautifulSoup

from home.images import FIGURE, NEWS_CARD, PAGE_IMAGE, SOCIAL
from tests.national_sites.news_factories import NewsIndexPageFactory, NewsPageFactory
from tests.solutions.conftest import national_home, publish
from tests.solutions.factories import CityPageFactory

pytestmark = pytest.mark.django_db

Rendition = get_image_model().get_rendition_model()


def photo(title, width=800, height=450):
    return wagtail_factories.ImageFactory(
        title=title, file__width=width, file__height=height, file__filename=f"{title}.jpg"
    )


def figure_body(image):
    return json.dumps(
        [{"type": "figure", "value": {"image": image.pk, "alt_text": "A heat pump"}}]
    )


@pytest.fixture
def danish_news(network, django_capture_on_commit_callbacks):
    """A Danish news index with one item, "Varmepumper", that has a main image, a figure in
    its body and a social image; published the way editors publish, commits included."""
    images = {"main": photo("varmepumpe"), "figure": photo("figur"), "social": photo("deling")}
    with django_capture_on_commit_callbacks(execute=True):
        index = publish(
            NewsIndexPageFactory(
                parent=national_home(network, "dk"), title="Nyheder", slug="nyheder"
            )
        )
        item = publish(
            NewsPageFactory(
                parent=index,
                title="Varmepumper",
                slug="varmepumper",
                date=datetime.date(2024, 3, 14),
                main_image=images["main"],
                social_image=images["social"],
                body=figure_body(images["figure"]),
            )
        )
    return {"index": index, "item": item, **images}


def get_html(client, path, host="dk.localhost"):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200, f"{host}{path} answered {response.status_code}"
    return BeautifulSoup(response.content, "html.parser")


def widths_in(srcset):
    return [
        int(candidate.strip().rsplit(" ", 1)[1].rstrip("w")) for candidate in srcset.split(",")
    ]


def assert_modern_picture(picture, size):
    """AVIF, then WebP, then a JPEG <img> with the size's widths, `sizes`, width and height."""
    sources = picture.find_all("source")
    assert [source["type"] for source in sources] == ["image/avif", "image/webp"]
    for source in sources:
        assert source["sizes"] == size.sizes
        assert len(widths_in(source["srcset"])) == len(size.operations)
    assert all(".avif " in url for url in sources[0]["srcset"].split(","))
    assert all(".webp " in url for url in sources[1]["srcset"].split(","))
    img = picture.find("img")
    assert img["src"].endswith(".jpg")
    assert int(img["width"]) > 0
    assert int(img["height"]) > 0
    assert img["sizes"] == size.sizes
    assert len(widths_in(img["srcset"])) == len(size.operations)
    assert img["decoding"] == "async"
    return img


def test_a_news_card_shows_a_lazy_16_by_9_picture_in_avif_and_webp(client, danish_news):
    page = get_html(client, "/da/nyheder/")

    picture = page.select_one(".news-card picture")
    img = assert_modern_picture(picture, NEWS_CARD)
    assert (int(img["width"]), int(img["height"])) == (320, 180)
    assert widths_in(img["srcset"]) == [320, 640]
    assert img["loading"] == "lazy"
    assert img["alt"] == ""


def test_a_news_item_shows_its_main_image_at_once_in_avif_and_webp(client, danish_news):
    page = get_html(client, "/da/nyheder/varmepumper/")

    img = assert_modern_picture(page.select_one(".news-page__image picture"), PAGE_IMAGE)
    # At the top of the page: fetched at once, not when scrolled to.
    assert not img.has_attr("loading")
    assert (int(img["width"]), int(img["height"])) == (480, 270)
    # Wagtail never enlarges: the 800-pixel original is the widest rendition.
    assert widths_in(img["srcset"]) == [480, 800, 800]


def test_a_figure_in_the_body_is_a_lazy_picture_with_its_alt_text(client, danish_news):
    page = get_html(client, "/da/nyheder/varmepumper/")

    img = assert_modern_picture(page.select_one(".block-figure picture"), FIGURE)
    assert img["loading"] == "lazy"
    assert img["alt"] == "A heat pump"


def test_a_city_page_shows_its_main_image_as_a_lazy_picture(client, network):
    image = photo("aarhus")
    publish(
        CityPageFactory(
            parent=national_home(network, "dk"), title="Aarhus", slug="aarhus", main_image=image
        )
    )

    page = get_html(client, "/da/aarhus/")

    img = assert_modern_picture(page.select_one(".city-page__image picture"), PAGE_IMAGE)
    assert img["loading"] == "lazy"


def test_the_social_image_is_shared_as_one_1200_by_630_jpeg(client, danish_news):
    page = get_html(client, "/da/nyheder/varmepumper/")

    url = page.select_one('meta[property="og:image"]')["content"]
    assert url.startswith("http")
    rendition = Rendition.objects.get(image=danish_news["social"], filter_spec="fill-1200x630")
    assert url.endswith(rendition.url)


def test_publishing_makes_every_rendition_the_page_shows_before_any_request(danish_news):
    expected = {
        (danish_news["main"].pk, spec)
        for spec in PAGE_IMAGE.filter_specs(danish_news["main"])
        + NEWS_CARD.filter_specs(danish_news["main"])
    }
    expected |= {
        (danish_news["figure"].pk, spec) for spec in FIGURE.filter_specs(danish_news["figure"])
    }
    expected |= {(danish_news["social"].pk, spec) for spec in SOCIAL.filter_specs(None)}

    made = set(Rendition.objects.values_list("image_id", "filter_spec"))

    assert expected <= made
    assert len(expected) == 3 * 3 + 2 * 3 + 2 * 3 + 1
    formats = {
        rendition.file.name.rsplit(".", 1)[1]
        for rendition in Rendition.objects.filter(image=danish_news["main"])
    }
    assert formats == {"avif", "webp", "jpg"}


@pytest.mark.parametrize("path", ["/da/nyheder/", "/da/nyheder/varmepumper/"])
def test_the_first_visit_after_publishing_resizes_no_image(client, danish_news, path):
    with CaptureQueriesContext(connection) as captured:
        get_html(client, path)

    rendition_writes = [
        query["sql"]
        for query in captured.captured_queries
        if Rendition._meta.db_table in query["sql"]
        and query["sql"].lstrip().upper().startswith(("INSERT", "UPDATE"))
    ]
    assert rendition_writes == []
