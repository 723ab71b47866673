"""`{% responsive_image image "size" %}`: a <picture> at one of the sizes in home/images.py."""

from django import template

from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

from home.images import SIZES

register = template.Library()


@register.simple_tag
def responsive_image(image, size, alt=None, eager=False, **attributes):
    """AVIF and WebP sources with a JPEG or PNG fallback, a srcset of widths, and `sizes`.

    The fallback <img> carries the width and height of the smallest rendition, so the browser
    reserves the space before the file arrives. Images load lazily and decode off the main
    thread unless `eager` says the image is at the top of the page.
    """
    if not image:
        return ""
    image_size = SIZES[size]
    renditions = get_renditions_or_not_found(image, image_size.filter_specs(image))
    attributes = {key.replace("_", "-"): value for key, value in attributes.items()}
    if image_size.sizes:
        attributes["sizes"] = image_size.sizes
    if alt is not None:
        attributes["alt"] = alt
    if not eager:
        attributes["loading"] = "lazy"
    attributes["decoding"] = "async"
    return Picture(renditions, attributes).__html__()


@register.simple_tag
def social_rendition(image):
    """The rendition of the image shown when the page is shared on social media."""
    specs = SIZES["social"].filter_specs(image)
    return get_renditions_or_not_found(image, specs)[specs[0]]
