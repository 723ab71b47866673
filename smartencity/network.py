"""The shape of the network: which sites exist, in which languages, on which hosts.

Settings, the set-up command and the locale middleware all read the network from
`network.toml`, so that adding a country is a change of configuration, not of code.
"""

import tomllib
from dataclasses import dataclass
from pathlib import Path

DEFAULT_CONFIG = Path(__file__).resolve().parent / "network.toml"


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    language: str
    subdomain: str
    network_name: str
    # Where the national network's yellow pin stands on the map (optional).
    latitude: float | None = None
    longitude: float | None = None

    @property
    def editors_group(self):
        return f"{self.name} editors"

    @property
    def moderators_group(self):
        return f"{self.name} moderators"

    @property
    def collection_name(self):
        return self.name

    def hostname(self, domain):
        return f"{self.subdomain}.{domain}"


@dataclass(frozen=True)
class Network:
    name: str
    language: str
    countries: tuple[Country, ...]

    @property
    def language_codes(self):
        """The European language first, then each national language once, in file order."""
        codes = [self.language]
        for country in self.countries:
            if country.language not in codes:
                codes.append(country.language)
        return codes

    def country_for_hostname(self, hostname, domain):
        for country in self.countries:
            if country.hostname(domain) == hostname:
                return country
        return None


class NetworkConfigError(ValueError):
    pass


REQUIRED_COUNTRY_KEYS = ("code", "name", "language", "subdomain", "network_name")


def load_network(path=DEFAULT_CONFIG):
    with open(path, "rb") as config_file:
        data = tomllib.load(config_file)
    try:
        european = data["european"]
        countries = tuple(
            Country(
                **{key: str(entry[key]).strip() for key in REQUIRED_COUNTRY_KEYS},
                latitude=float(entry["latitude"]) if "latitude" in entry else None,
                longitude=float(entry["longitude"]) if "longitude" in entry else None,
            )
            for entry in data.get("countries", [])
        )
        network = Network(
            name=european["name"], language=european["language"], countries=countries
        )
    except KeyError as missing:
        raise NetworkConfigError(f"{path}: the key {missing} is missing.") from None
    except ValueError as error:
        raise NetworkConfigError(
            f"{path}: a latitude or longitude is not a number ({error})."
        ) from None
    seen_codes = set()
    seen_subdomains = set()
    for country in countries:
        if country.code in seen_codes or country.subdomain in seen_subdomains:
            raise NetworkConfigError(
                f"{path}: the country code or sub-domain of {country.name} is used twice."
            )
        seen_codes.add(country.code)
        seen_subdomains.add(country.subdomain)
    return network
