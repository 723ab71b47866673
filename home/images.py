"""The sizes at which public pages show images, and their renditions made on publishing.

Templates render an image with `{% responsive_image image "page" %}` (home/templatetags/
image_tags.py): a <picture> with AVIF and WebP sources, a JPEG or PNG fallback, a srcset of
widths with `sizes`, and the width and height that keep the layout from shifting. Listings
prefetch the renditions they show with `ImageSize.all_filter_specs()`. Publishing a page makes
every rendition its templates ask for, in a background task, so that no visitor waits while an
image is resized.
"""

import logging
from dataclasses import dataclass

from django.db import transaction
from django.dispatch import receiver

from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.signals import page_published

from django_tasks import task

logger = logging.getLogger(__name__)

# Browsers take the first <source> they can decode, so the smallest format comes first.
MODERN_FORMATS = ("avif", "webp")
FALLBACK_FORMATS = ("jpeg", "png")
# Sources that may be transparent fall back to PNG; JPEG would fill their background.
TRANSPARENT_EXTENSIONS = (".png", ".gif")


@dataclass(frozen=True)
class ImageSize:
    """One way the templates show an image.

    `operations` are Wagtail resize operations, smallest first; the first one sets the fallback
    image's width and height attributes. `sizes` tells the browser how wide the image is shown.
    """

    operations: tuple[str, ...]
    sizes: str = ""
    modern_formats: bool = True

    def filter_specs(self, image):
        """The filter specs of this size for `image`, one per width and format."""
        if not self.modern_formats:
            return list(self.operations)
        formats = (*MODERN_FORMATS, fallback_format(image))
        return [f"{operation}|format-{fmt}" for fmt in formats for operation in self.operations]

    def all_filter_specs(self):
        """Every filter spec this size may use, whatever the image, for prefetching."""
        if not self.modern_formats:
            return list(self.operations)
        formats = (*MODERN_FORMATS, *FALLBACK_FORMATS)
        return [f"{operation}|format-{fmt}" for fmt in formats for operation in self.operations]


def fallback_format(image):
    name = (image.file.name or "").lower()
    return "png" if name.endswith(TRANSPARENT_EXTENSIONS) else "jpeg"


# A news card in a listing: a 16:9 crop, a column of the card grid (17rem at least).
NEWS_CARD = ImageSize(
    operations=("fill-320x180", "fill-640x360"),
    sizes="(min-width: 76rem) 18rem, (min-width: 36rem) 50vw, 100vw",
)
# The main image at the top of a news item or a city page.
PAGE_IMAGE = ImageSize(
    operations=("width-480", "width-800", "width-1200"),
    sizes="(min-width: 78rem) 76rem, 100vw",
)
# An image in a page's body, at most as wide as the wide text column.
FIGURE = ImageSize(
    operations=("width-480", "width-1000"),
    sizes="(min-width: 58rem) 56rem, 100vw",
)
# The image shown when a page is shared on social media: one JPEG or PNG, as crawlers read it.
SOCIAL = ImageSize(operations=("fill-1200x630",), modern_formats=False)

SIZES = {"news_card": NEWS_CARD, "page": PAGE_IMAGE, "figure": FIGURE, "social": SOCIAL}

# Which image fields each page type shows, and at which sizes (besides `social_image`, which
# every page has, and the figures in its body).
PAGE_IMAGE_FIELDS = {
    "national_sites.newspage": {"main_image": (PAGE_IMAGE, NEWS_CARD)},
    "solutions.citypage": {"main_image": (PAGE_IMAGE,)},
}


def images_shown_on(page):
    """(image, size) for every image the page's templates show."""
    fields = {"social_image": (SOCIAL,), **PAGE_IMAGE_FIELDS.get(page._meta.label_lower, {})}
    for field_name, sizes in fields.items():
        image = getattr(page, field_name, None)
        if image is not None:
            for size in sizes:
                yield image, size
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            for image in figure_images(getattr(page, field.name)):
                yield image, FIGURE


def figure_images(value):
    """The images of the figure blocks anywhere in a StreamField value."""
    from home.blocks import FigureBlock

    if isinstance(value, StreamValue):
        for child in value:
            if isinstance(child.block, FigureBlock):
                if child.value.get("image") is not None:
                    yield child.value["image"]
            else:
                yield from figure_images(child.value)
    elif isinstance(value, StructValue):
        for child in value.values():
            yield from figure_images(child)
    elif isinstance(value, ListValue):
        for child in value:
            yield from figure_images(child)


def make_renditions(image, size):
    """The renditions of `image` at `size`; Wagtail reuses those that already exist."""
    from wagtail.images.models import SourceImageIOError

    try:
        return image.get_renditions(*size.filter_specs(image))
    except SourceImageIOError:
        # The template shows Wagtail's "not found" placeholder instead; publishing goes on.
        logger.warning("The file of image %s is missing; no renditions made.", image.pk)
        return {}


@task()
def make_page_renditions(page_id):
    """Make every rendition the page's templates show, before a visitor asks for one."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return 0
    made = 0
    for image, size in images_shown_on(page.specific):
        made += len(make_renditions(image, size))
    return made


@receiver(page_published, dispatch_uid="home.images.make_renditions_on_publish")
def make_renditions_on_publish(sender, instance, **kwargs):
    # After the commit, so that a worker reads the published images.
    page_id = instance.pk
    transaction.on_commit(lambda: make_page_renditions.enqueue(page_id))
