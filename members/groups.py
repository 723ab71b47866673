"""The names of each network's members group and members' document collection.

A national network's members are `<Country> network members` (say "Denmark network
members"); the European network's are `European network members`. Each group has a private
collection of the same name with "' documents" added. The network set-up creates both.
"""

from django.conf import settings

EUROPEAN_MEMBERS_GROUP = "European network members"


def country_for(code):
    """The configured country with this code, or None for the European network."""
    return next((country for country in settings.NETWORK.countries if country.code == code), None)


def members_group_name(country):
    """The members group of a country's network, or of the European network for None."""
    return f"{country.name} network members" if country else EUROPEAN_MEMBERS_GROUP


def members_collection_name(country):
    return f"{members_group_name(country)}' documents"
