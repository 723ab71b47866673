"""Points as wagtail-geo-widget stores them: "SRID=4326;POINT(longitude latitude)"."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

POINT = re.compile(
    r"^\s*(?:SRID=(?P<srid>\d+);)?\s*POINT\s*\(\s*(?P<lng>[-+]?\d+(?:\.\d+)?)\s+"
    r"(?P<lat>[-+]?\d+(?:\.\d+)?)\s*\)\s*$",
    re.IGNORECASE,
)


def parse_point(value):
    """Return (latitude, longitude) of a stored point, or None for an empty value.

    Raises ValidationError with a message an editor can act on.
    """
    if not value or not value.strip():
        return None
    match = POINT.match(value)
    if not match:
        raise ValidationError(
            _(
                "The location must look like SRID=4326;POINT(longitude latitude), for example "
                "SRID=4326;POINT(26.7290 58.3780). Choose the place on the map to fill it in."
            ),
            code="malformed_point",
        )
    if match["srid"] and match["srid"] != "4326":
        raise ValidationError(
            _("The location must use SRID 4326 (longitude and latitude in degrees)."),
            code="wrong_srid",
        )
    longitude, latitude = float(match["lng"]), float(match["lat"])
    if not -90 <= latitude <= 90:
        raise ValidationError(
            _("The latitude must be between -90 and 90 degrees; it is %(value)s."),
            code="latitude_range",
            params={"value": latitude},
        )
    if not -180 <= longitude <= 180:
        raise ValidationError(
            _("The longitude must be between -180 and 180 degrees; it is %(value)s."),
            code="longitude_range",
            params={"value": longitude},
        )
    return latitude, longitude


def format_point(latitude, longitude):
    return f"SRID=4326;POINT({longitude} {latitude})"
