"""Hostile input, and the checks that a rendered page kept it harmless.

Every payload calls `alert(...)`, so an executable script that carries one is found by its
text; the `data:` payload is found by its scheme instead.
"""

import re

from bs4 import BeautifulSoup

MARKER = "alert("

PAYLOADS = {
    "script": "<script>alert(1)</script>",
    "img-onerror": '"><img src=x onerror=alert(2)>',
    "javascript": "javascript:alert(3)",
    "javascript-mixed-case": "JaVaScRiPt:alert(4)",
    "javascript-tab": "java\tscript:alert(5)",
    "javascript-entity": "&#106;avascript:alert(6)",
    "javascript-leading-space": " javascript:alert(7)",
    "data-html": "data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==",
    "event-handler": '<a href="#" onmouseover="alert(9)">hover</a>',
    "svg-onload": "<svg onload=alert(10)>",
    "svg-script": "<svg><script>alert(11)</script></svg>",
    "attribute-breakout": "' autofocus onfocus='alert(12)",
    "script-close": "</script><script>alert(13)</script>",
}

# The payloads that try to become a link or a source address.
URL_PAYLOADS = {
    name: value for name, value in PAYLOADS.items() if name.startswith(("javascript", "data"))
}

URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "poster", "data")
SCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module", "text/ecmascript"}
# Browsers drop these before they read a scheme: 'java\tscript:' is 'javascript:'.
IGNORED_IN_URLS = re.compile(r"[\x00-\x20\x7f-\xa0]+")


def unsafe_url(value):
    """Whether a browser would run the address as script or as an HTML document."""
    address = IGNORED_IN_URLS.sub("", value).lower()
    return address.startswith(("javascript:", "vbscript:", "data:text/html"))


def parse(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def hostile_markup(soup):
    """Every place in the parsed page where a payload became markup, as readable strings."""
    found = []
    for element in soup.find_all(True):
        if element.name == "script":
            kind = element.get("type", "").strip().lower()
            code = element.string or ""
            if kind in SCRIPT_TYPES and (MARKER in code or MARKER in element.get("src", "")):
                found.append(f"script: {element}")
        for name, value in element.attrs.items():
            text = " ".join(value) if isinstance(value, list) else value
            if name.lower().startswith("on"):
                found.append(f"event handler: <{element.name} {name}={text!r}>")
            if name.lower() in URL_ATTRIBUTES and unsafe_url(text):
                found.append(f"unsafe address: <{element.name} {name}={text!r}>")
    return found


def assert_harmless(response):
    """No payload became a script, an event handler or a script address in the page."""
    assert response.status_code == 200, response.status_code
    soup = parse(response)
    assert hostile_markup(soup) == []
    return soup


def visible_text(soup):
    """The page's text as a reader sees it, with runs of white space as one space."""
    return " ".join(soup.get_text(" ").split())


def shown(payload):
    """How a payload reads as text: white space runs collapse to one space."""
    return " ".join(payload.split())
