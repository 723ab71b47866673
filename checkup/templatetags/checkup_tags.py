from decimal import Decimal

from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext

register = template.Library()


@register.filter
def percent(value):
    """A score as visitors read it in their language: "62.5 %", "62,5 %"."""
    if value is None:
        return ""
    return gettext("%(value)s %%") % {"value": number_format(value, decimal_pos=1)}


@register.filter
def change(value):
    """A change of score with its sign, in points: "+7.5", "−2.5" (a true minus), "±0.0"."""
    if value is None:
        return ""
    figure = number_format(abs(value), decimal_pos=1)
    if value > 0:
        return f"+{figure}"
    if value < 0:
        return f"\N{MINUS SIGN}{figure}"
    return f"\N{PLUS-MINUS SIGN}{figure}"


@register.filter
def bar_width(value):
    """A percentage for a CSS width: a dot as decimal separator whatever the language, and
    never outside 0 to 100."""
    return format(min(max(Decimal(value or 0), Decimal(0)), Decimal(100)), "f")
