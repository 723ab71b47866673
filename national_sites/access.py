"""Which national networks a user works for, read from their groups.

Data that belongs to a country (check-up submissions, membership applications) is shown to
the network coordinators and superusers in full, and to a national network's editors and
moderators for their own country only.
"""

from django.conf import settings

from national_sites.setup import COORDINATORS_GROUP


def network_codes_for(user):
    """None for someone who sees every country; otherwise the set of country codes (maybe
    empty) whose national network the user belongs to."""
    if not user.is_authenticated:
        return set()
    if user.is_superuser:
        return None
    names = set(user.groups.values_list("name", flat=True))
    if COORDINATORS_GROUP in names:
        return None
    return {
        country.code
        for country in settings.NETWORK.countries
        if {country.editors_group, country.moderators_group} & names
    }


def network_for_country(country_code):
    """The code of the national network for an ISO country code, or "" where there is none."""
    code = (country_code or "").lower()
    return next((c.code for c in settings.NETWORK.countries if c.code == code), "")


def restrict_to_networks(queryset, user, field="network"):
    codes = network_codes_for(user)
    if codes is None:
        return queryset
    return queryset.filter(**{f"{field}__in": codes})
