"""The network map page, its GeoJSON and its CSV export, all reading the same filter."""

import csv

from django.core.paginator import Paginator
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import get_language, gettext

from home.chrome import site_chrome
from solutions.models import MembershipStage, Role, SolutionStatus
from solutions.network_data import (
    apply_filter,
    geojson,
    load_cities,
    national_networks,
    parse_filter,
    topics_in,
)

CITIES_PER_PAGE = 20


def unknown_values_message(unknown):
    return gettext("Unknown filter values were ignored: %(values)s.") % {
        "values": ", ".join(f"{name}={value}" for name, value in unknown)
    }


def map_context(request):
    """What the map page shows: the filter, its choices and the paginated matching cities."""
    language = get_language()
    topics = topics_in(language)
    network_filter, unknown = parse_filter(request.GET, topics)
    cities = load_cities(request, language)
    matching = apply_filter(cities, network_filter)
    paginator = Paginator(matching, CITIES_PER_PAGE)
    results = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "results": results,
        "result_cards": city_cards(results, language),
        "result_count": len(matching),
        "solution_count": (
            cities.solution_count
            if matching is cities
            else sum(len(city.solutions) for city in matching)
        ),
        "filter": network_filter,
        "unknown_values": unknown_values_message(unknown) if unknown else "",
        "query": query.urlencode(),
        "topic_choices": [(slug, name, colour) for slug, (name, colour) in topics.items()],
        "country_choices": cities.country_choices,
        "role_choices": Role.choices,
        "stage_choices": MembershipStage.choices,
        "status_choices": SolutionStatus.choices,
        "european_map_url": european_map_url(request),
    }


def city_cards(cities, language):
    """Each city's entry in the list, as HTML.

    An entry shows only the city and its solutions, in the list's language, so a city of the
    shared list (see network_data.load_cities) keeps its entry once it is drawn: the map's
    pages then cost a lookup per city, not a template. A city the filter narrowed to some of
    its solutions is a copy of its own, drawn for this page only.
    """
    cards = []
    for city in cities:
        drawn = city.__dict__.setdefault("_cards", {})
        if language not in drawn:
            drawn[language] = render_to_string(
                "solutions/includes/city_result.html",
                {"city": city, "current_language": language},
            )
        cards.append(drawn[language])
    return cards


def european_map_url(request):
    """On a national site, the European map in the visitor's language; None on the European."""
    chrome = site_chrome(request) or {}
    european = chrome.get("european_map_url")
    return european if european and european != chrome.get("map_url") else None


def refuse_unknown(unknown):
    message = gettext("Unknown filter values: %(values)s.") % {
        "values": ", ".join(f"{name}={value}" for name, value in unknown)
    }
    return JsonResponse(
        {"error": message, "unknown": [list(pair) for pair in unknown]}, status=400
    )


def network_geojson(request):
    """The whole network's cities as GeoJSON; outside the page tree, so three queries."""
    language = get_language()
    network_filter, unknown = parse_filter(request.GET, topics_in(language))
    if unknown:
        return refuse_unknown(unknown)
    cities = apply_filter(load_cities(request, language), network_filter)
    return JsonResponse(
        geojson(cities, national_networks(request), language),
        content_type="application/geo+json",
        json_dumps_params={"ensure_ascii": False, "separators": (",", ":")},
    )


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text):
    """Text a spreadsheet shows as text: a leading = + - or @ would make it a formula."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def network_csv(request):
    """The filtered solutions as a spreadsheet."""
    language = get_language()
    topics = topics_in(language)
    network_filter, unknown = parse_filter(request.GET, topics)
    if unknown:
        return refuse_unknown(unknown)
    cities = apply_filter(load_cities(request, language), network_filter)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="smartencity-solutions.csv"'
    writer = csv.writer(response)
    writer.writerow(
        [
            gettext("City"),
            gettext("Country"),
            gettext("Role"),
            gettext("Membership stage"),
            gettext("Solution"),
            gettext("Status"),
            gettext("Topics"),
            gettext("Address"),
        ]
    )
    for city in cities:
        city_columns = [
            spreadsheet_safe(city.title),
            city.country_name,
            city.role_label,
            city.stage_label,
        ]
        if not city.solutions:
            # The list and the map show a city with no solution yet; so does the export.
            writer.writerow([*city_columns, "", "", "", request.build_absolute_uri(city.url)])
        for solution in city.solutions:
            writer.writerow(
                [
                    *city_columns,
                    spreadsheet_safe(solution.title),
                    solution.status_label,
                    "; ".join(topics.get(slug, (slug,))[0] for slug in solution.topics),
                    request.build_absolute_uri(solution.url),
                ]
            )
    return response
