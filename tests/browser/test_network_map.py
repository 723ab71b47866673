"""The network map in a real browser: pins, popups and the live filter with JavaScript, and
the same filter, list and pagination as plain HTML without it.

What the tests expect is worked out from the demo data files (solutions/demo/cities/*.py and
solutions/demo/topics.py) and from the GeoJSON the page itself loaded, never typed in by hand.
"""

import math
import re
from importlib import import_module
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.utils import translation

import pytest
from playwright.sync_api import expect

from solutions.demo.topics import TOPICS
from solutions.models import MembershipStage, Role, SolutionStatus
from solutions.views import CITIES_PER_PAGE

pytestmark = pytest.mark.browser

LANGUAGE = "en"
MAP_PATH = f"/{LANGUAGE}/map/"
TOPIC = "sustainable-mobility"
# The city whose pin the JavaScript test opens: Tartu, by its slug in solutions/demo/cities/ee.py.
POPUP_CITY_SLUG = "tartu"

# Every icon Leaflet draws in the map's marker pane, as the visitor sees it: a city's own pin,
# a group of nearby cities (whose number says how many it holds) or a national network's pin.
# `x` and `y` are where Leaflet placed the icon's anchor, in the map's layer pixels, read from
# the CSS translation Leaflet sets on it.
DRAWN_ICONS = """map => Array.from(
    map.querySelectorAll(".leaflet-marker-pane .leaflet-marker-icon"),
    icon => {
        const group = icon.classList.contains("map-cluster");
        const network = icon.classList.contains("map-pin--network");
        const number = group ? icon.querySelector('[aria-hidden="true"]') : null;
        const position = new DOMMatrixReadOnly(getComputedStyle(icon).transform);
        return {
            kind: group ? "group" : network ? "network" : "city",
            title: icon.getAttribute("title") || "",
            cities: group ? Number(number.textContent) : 1,
            colour: getComputedStyle(icon, "::before").backgroundColor,
            x: position.m41,
            y: position.m42,
        };
    },
)"""


# --- The demo data --------------------------------------------------------------------------


def demo_cities():
    """Every demo city as solutions/demo/cities/<country>.py describes it, as the loader reads."""
    cities = []
    for country in settings.NETWORK.countries:
        try:
            module = import_module(f"solutions.demo.cities.{country.code}")
        except ModuleNotFoundError:
            continue
        cities.extend(module.CITIES)
    return cities


def in_list_order(titles):
    """The order of the list on the European site: by title, ignoring case."""
    return sorted(titles, key=str.casefold)


def topic_name(slug):
    return next(topic["name"][LANGUAGE] for topic in TOPICS if topic["slug"] == slug)


def with_topic(city, slug):
    """The city's solutions that have the topic."""
    return [solution for solution in city["solutions"] if slug in solution["topics"]]


def demo_city(slug):
    return next(city for city in demo_cities() if city["slug"][LANGUAGE] == slug)


def label_of(choices, value):
    with translation.override(LANGUAGE):
        return str(choices(value).label)


# --- The page -------------------------------------------------------------------------------


def keep_requests_local(page, demo):
    """Let requests to the network's own sites through and stop every other one at once.

    The map tiles come from a tile server on the internet, which this machine cannot reach:
    stopped here, Leaflet just draws no background, and no test waits on a network timeout.
    """
    local_hosts = {site.host for site in demo.sites.values()}

    def route(route):
        if urlsplit(route.request.url).hostname in local_hosts:
            route.continue_()
        else:
            route.abort("blockedbyclient")

    page.route("**/*", route)


def is_geojson(response, topic=None):
    parts = urlsplit(response.url)
    if not parts.path.endswith("/network/cities.geojson"):
        return False
    return topic is None or parse_qs(parts.query).get("topic") == [topic]


def features(geojson, kind):
    return [feature for feature in geojson["features"] if feature["properties"]["kind"] == kind]


def drawn_icons(page):
    return page.locator("#network-map").evaluate(DRAWN_ICONS)


def cities_on_map(icons):
    """How many cities the map shows: each city pin counts one, each group its number.

    The map fits its view around every city it is given, so every pinned city is inside the
    view and, at any zoom, drawn either as its own pin or inside exactly one group whose
    number counts it. Adding them up therefore accounts for every city, whatever the zoom and
    however the cities happen to be grouped, without changing the page or its clustering.
    """
    return sum(icon["cities"] for icon in icons if icon["kind"] in ("city", "group"))


def expect_map_drawn(page, networks):
    """The map is shown and the script has drawn its pins (the networks' come last)."""
    expect(page.locator("[data-network-map-section]")).to_be_visible()
    expect(page.locator("#network-map.is-ready")).to_be_visible()
    expect(page.locator("#network-map .leaflet-marker-icon.map-pin--network")).to_have_count(
        networks
    )


def is_yellow(css_colour):
    red, green, blue = (int(part) for part in re.findall(r"\d+", css_colour)[:3])
    return red >= 200 and green >= 160 and blue <= 120


def mercator(longitude, latitude):
    """Web Mercator coordinates, up to the zoom's scale: what Leaflet's layer pixels are."""
    return (
        math.radians(longitude),
        math.log(math.tan(math.pi / 4 + math.radians(latitude) / 2)),
    )


def where_on_map(icons, networks, longitude, latitude):
    """Where a place falls on the map, in the layer pixels of the icons.

    The national networks' pins are never grouped and are always drawn, so the two farthest
    apart in longitude pin the projection down: Leaflet's layer pixels are Web Mercator
    coordinates scaled by the zoom and shifted by the view.
    """
    by_title = {icon["title"]: icon for icon in icons if icon["kind"] == "network"}
    west, east = (
        min(networks, key=lambda f: f["geometry"]["coordinates"][0]),
        max(networks, key=lambda f: f["geometry"]["coordinates"][0]),
    )

    def icon_of(feature):
        name = feature["properties"]["name"]
        return next(icon for title, icon in by_title.items() if title.startswith(f"{name} ("))

    (west_x, west_y), (east_x, east_y) = (
        mercator(*feature["geometry"]["coordinates"]) for feature in (west, east)
    )
    west_icon, east_icon = icon_of(west), icon_of(east)
    scale = (east_icon["x"] - west_icon["x"]) / (east_x - west_x)
    target_x, target_y = mercator(longitude, latitude)
    return (
        west_icon["x"] + scale * (target_x - west_x),
        west_icon["y"] - scale * (target_y - west_y),
    )


def open_city_popup(page, geojson, name, pin_title):
    """Click the city's pin, first zooming in by its group while it is inside one.

    A visitor does the same: select the group of cities where the city lies (the one nearest
    to it) until the city has a pin of its own.
    """
    city_map = page.locator("#network-map")
    pin = city_map.locator(".leaflet-marker-icon").and_(page.get_by_title(pin_title, exact=True))
    feature = next(f for f in features(geojson, "city") if f["properties"]["name"] == name)
    longitude, latitude = feature["geometry"]["coordinates"]
    networks = features(geojson, "network")
    for _attempt in range(8):
        if pin.count():
            break
        icons = drawn_icons(page)
        x, y = where_on_map(icons, networks, longitude, latitude)
        groups = [(index, icon) for index, icon in enumerate(icons) if icon["kind"] == "group"]
        assert groups, f"{name} has neither a pin nor a group to zoom into."
        index, _group = min(
            groups, key=lambda item: math.hypot(item[1]["x"] - x, item[1]["y"] - y)
        )
        group = city_map.locator(".leaflet-marker-pane .leaflet-marker-icon").nth(index)
        handle = group.element_handle()
        handle.click()
        # The map zooms in and draws its groups again: the one clicked leaves the page.
        page.wait_for_function("icon => !icon.isConnected", arg=handle)
        handle.dispose()
    expect(pin).to_have_count(1)
    pin.click()
    popup = city_map.locator(".leaflet-popup")
    expect(popup).to_be_visible()
    return popup


# --- The tests ------------------------------------------------------------------------------


def test_the_map_shows_the_cities_opens_their_popups_and_filters_without_a_reload(
    demo_network, new_page
):
    cities = demo_cities()
    topic_cities = [city for city in cities if with_topic(city, TOPIC)]
    expected = in_list_order(city["title"][LANGUAGE] for city in topic_cities)
    assert 0 < len(topic_cities) < len(cities), "The topic should keep some cities, not all."
    city = demo_city(POPUP_CITY_SLUG)
    city_name = city["title"][LANGUAGE]
    role, stage = label_of(Role, city["role"]), label_of(MembershipStage, city["stage"])
    solutions = {
        solution["title"][LANGUAGE]: label_of(SolutionStatus, solution["status"])
        for solution in city["solutions"]
    }
    chosen_solution = with_topic(city, TOPIC)[0]["title"][LANGUAGE]
    national_sites = len(demo_network.sites) - 1

    # Reduced motion: the script then moves and regroups the pins at once, without
    # animations, so what the test reads is what stays on the screen.
    page = new_page(reduced_motion="reduce")
    keep_requests_local(page, demo_network)
    map_url = demo_network.url("eu", MAP_PATH)
    with page.expect_response(is_geojson) as loaded:
        page.goto(map_url)
    assert loaded.value.ok, f"The GeoJSON answered {loaded.value.status}."
    geojson = loaded.value.json()

    pinned = features(geojson, "city")
    networks = features(geojson, "network")
    assert sorted(f["properties"]["name"] for f in pinned) == sorted(
        c["title"][LANGUAGE] for c in cities
    ), "The GeoJSON should pin every demo city, by its English title."
    assert len(networks) == national_sites

    expect_map_drawn(page, len(networks))
    icons = drawn_icons(page)
    assert cities_on_map(icons) == len(pinned), (
        f"The map accounts for {cities_on_map(icons)} cities, the GeoJSON pins {len(pinned)}."
    )
    network_pins = [icon for icon in icons if icon["kind"] == "network"]
    assert len(network_pins) == national_sites
    assert all(is_yellow(icon["colour"]) for icon in network_pins), network_pins
    assert sorted(icon["title"] for icon in network_pins) == sorted(
        f"{f['properties']['name']} (National network)" for f in networks
    )

    # A city's popup: its role, stage and solutions, each linking to its page.
    pin_title = f"{city_name} ({role})"
    popup = open_city_popup(page, geojson, city_name, pin_title)
    expect(popup.locator(".map-popup__title")).to_have_text(city_name)
    facts = popup.locator(".map-popup__facts")
    expect(facts).to_have_text(f"{role} · Membership stage: {stage}")
    items = popup.locator(".map-popup__solutions li")
    expect(items).to_have_text(
        [f"{title} {solutions[title]}" for title in in_list_order(solutions)]
    )
    popup.get_by_role("link", name=chosen_solution, exact=True).click()
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text(chosen_solution)
    assert demo_network.title_of(page.url) == chosen_solution

    page.go_back()
    expect(page).to_have_url(map_url)
    expect_map_drawn(page, len(networks))
    assert cities_on_map(drawn_icons(page)) == len(pinned)

    # Ticking a topic: the list, the pins and the address follow, with no page load.
    page.evaluate("window.networkMapTest = 'the same page'")
    links = page.locator("#network-results .city-result__title a")
    with page.expect_response(lambda response: is_geojson(response, TOPIC)) as refiltered:
        page.get_by_role("checkbox", name=topic_name(TOPIC), exact=True).check()
    assert refiltered.value.ok, f"The filtered GeoJSON answered {refiltered.value.status}."
    filtered = refiltered.value.json()
    expect(page).to_have_url(re.compile(rf"[?&]topic={TOPIC}(&|$)"))
    assert page.evaluate("window.networkMapTest") == "the same page", "The page was reloaded."
    assert parse_qs(urlsplit(page.url).query) == {"topic": [TOPIC]}
    expect(links).to_have_text(expected)

    filtered_pins = features(filtered, "city")
    assert in_list_order(f["properties"]["name"] for f in filtered_pins) == expected
    # The address changes once the new pins are drawn (in the same step), so they are there.
    icons = drawn_icons(page)
    assert cities_on_map(icons) == len(expected) < len(pinned), (
        f"After the filter the map accounts for {cities_on_map(icons)} cities, "
        f"not the {len(expected)} the list shows."
    )
    assert [icon["kind"] for icon in icons].count("network") == national_sites


def test_without_javascript_the_list_filters_and_pages_as_plain_html(demo_network, new_page):
    cities = demo_cities()
    every_title = in_list_order(city["title"][LANGUAGE] for city in cities)
    topic_cities = {city["title"][LANGUAGE]: city for city in cities if with_topic(city, TOPIC)}
    expected = in_list_order(topic_cities)
    city = demo_city(POPUP_CITY_SLUG)
    city_name = city["title"][LANGUAGE]
    assert city_name in topic_cities
    city_solutions = in_list_order(s["title"][LANGUAGE] for s in with_topic(city, TOPIC))
    assert len(every_title) > CITIES_PER_PAGE, "The demo should need a second page."
    assert len(expected) <= CITIES_PER_PAGE

    page = new_page(java_script_enabled=False)
    keep_requests_local(page, demo_network)
    map_url = demo_network.url("eu", MAP_PATH)
    page.goto(map_url)
    expect(page.locator("[data-network-map-section]")).to_be_hidden()
    expect(page.locator("#network-map")).to_be_hidden()
    results = page.locator("#network-results")
    links = results.locator(".city-result__title a")
    expect(links).to_have_text(every_title[:CITIES_PER_PAGE])

    page.get_by_role("checkbox", name=topic_name(TOPIC), exact=True).check()
    page.get_by_role("button", name="Show the cities").click()
    expect(page).to_have_url(re.compile(rf"[?&]topic={TOPIC}(&|$)"))
    assert parse_qs(urlsplit(page.url).query) == {"topic": [TOPIC]}
    expect(page.get_by_role("checkbox", name=topic_name(TOPIC), exact=True)).to_be_checked()
    expect(links).to_have_text(expected)
    expect(results.get_by_role("navigation", name="Pages of cities")).to_have_count(0)
    filtered_url = page.url

    # A city: its link leads to its page.
    results.get_by_role("link", name=city_name, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(city_name)
    assert demo_network.title_of(page.url) == city_name

    # One of its solutions, listed with only those that have the topic.
    page.goto(filtered_url)
    solution_links = results.get_by_role("list", name=f"Solutions of {city_name}").get_by_role(
        "link"
    )
    expect(solution_links).to_have_text(city_solutions)
    solution_links.first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(city_solutions[0])
    assert demo_network.title_of(page.url) == city_solutions[0]

    # The whole network, over two pages.
    page.goto(map_url)
    pages = results.get_by_role("navigation", name="Pages of cities")
    expect(pages.locator("[aria-current=page]")).to_have_text("1")
    pages.get_by_role("link", name="Next page").click()
    expect(page).to_have_url(re.compile(r"[?&]page=2(&|$)"))
    expect(links).to_have_text(every_title[CITIES_PER_PAGE : 2 * CITIES_PER_PAGE])
    expect(results.locator("ol.city-results")).to_have_attribute("start", str(CITIES_PER_PAGE + 1))
    expect(pages.locator("[aria-current=page]")).to_have_text("2")
    expect(pages.get_by_role("link", name="Previous page")).to_be_visible()
    expect(pages.get_by_role("link", name="Next page")).to_have_count(0)
