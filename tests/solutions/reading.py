"""What a visitor or an API client reads from the map: its list, its GeoJSON and its CSV.

Each reader turns a response into [(city title, [solution titles])], in the order shown.
"""

import csv
import io
import json
from html.parser import HTMLParser
from urllib.parse import urljoin

from django.urls import reverse
from django.utils import translation
from django.utils.html import escape


def geojson_path(language, query=""):
    """The address of the network's GeoJSON in `language`, with an optional query string."""
    with translation.override(language):
        path = reverse("network_geojson")
    return f"{path}?{query}" if query else path


def csv_path(language, query=""):
    """The address of the network's CSV export in `language`, with an optional query string."""
    with translation.override(language):
        path = reverse("network_csv")
    return f"{path}?{query}" if query else path


def listed(response):
    """The cities of the HTML list (context `results`), each with its solutions."""
    assert response.status_code == 200, response.status_code
    return [
        (city.title, [solution.title for solution in city.solutions])
        for city in response.context["results"]
    ]


def features(response, kind="city"):
    """The GeoJSON features of one kind ("city" or "network"), solutions decoded.

    The GeoJSON may send each solution as an array whose columns the top-level
    "solutionFields" names, with its URL relative to the city's and its topics as positions
    in the top-level "topics". Each solution is read back as a browser script reads it:
    {"title", "url" (resolved against the city's URL), "status", "topics" (names)}.
    """
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"].startswith("application/geo+json")
    collection = json.loads(response.content)
    assert collection["type"] == "FeatureCollection"
    fields = collection.get("solutionFields")
    topic_names = [topic["name"] for topic in collection.get("topics", [])]
    chosen = []
    for item in collection["features"]:
        properties = item["properties"]
        if properties["kind"] != kind:
            continue
        if kind == "city" and fields:
            properties["solutions"] = [
                decoded_solution(dict(zip(fields, row, strict=True)), properties, topic_names)
                for row in properties["solutions"]
            ]
        chosen.append(item)
    return chosen


def decoded_solution(solution, city, topic_names):
    return {
        "title": solution["title"],
        "url": urljoin(city["url"], solution["url"]),
        "status": solution["status"],
        "topics": [topic_names[position] for position in solution["topics"]],
    }


def mapped(response):
    """The pinned cities of the GeoJSON, each with its solutions."""
    return [
        (
            item["properties"]["name"],
            [solution["title"] for solution in item["properties"]["solutions"]],
        )
        for item in features(response)
    ]


def csv_rows(response):
    """The CSV export as dictionaries keyed by its (English) column headers."""
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))


def exported(response):
    """The cities of the CSV (one row per solution), each with its solutions, in file order."""
    cities = {}
    for row in csv_rows(response):
        solutions = cities.setdefault(row["City"], [])
        if row["Solution"]:
            solutions.append(row["Solution"])
    return list(cities.items())


def shows(response, text):
    """Whether the rendered HTML shows `text` (escaped as the template escapes it)."""
    return escape(text) in response.content.decode()


class _LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self._open = None

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._open = {"attrs": dict(attrs), "text": ""}

    def handle_data(self, data):
        if self._open is not None:
            self._open["text"] += data

    def handle_endtag(self, tag):
        if tag == "a" and self._open is not None:
            self._open["text"] = " ".join(self._open["text"].split())
            self.links.append(self._open)
            self._open = None


def links(response):
    """Every link of the page: [{"attrs": {...}, "text": "..."}] in document order."""
    parser = _LinkParser()
    parser.feed(response.content.decode())
    return parser.links


def link_to(response, text):
    """The one link whose text is `text`."""
    matches = [link for link in links(response) if link["text"] == text]
    assert len(matches) == 1, f"{len(matches)} links read {text!r}"
    return matches[0]["attrs"]


def hrefs(response):
    return [link["attrs"].get("href") for link in links(response)]
