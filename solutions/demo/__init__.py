"""Demo cities, solutions and topics, written in code.

`topics.py` holds TOPICS: the network's topics, with their names and descriptions in every
language. `cities/<country code>.py` holds CITIES: the cities of one national site, each
written in the national language and in English, in this shape:

CITIES = [
    {
        "title": {"<national>": str, "en": str},
        "slug": {"<national>": str, "en": str},        # lowercase ASCII, digits, hyphens
        "country": "EE",                                  # ISO 3166-1 alpha-2
        "population": int | None,                         # None when not sure
        "latitude": float, "longitude": float,            # the real city centre, 4 decimals
        "role": "lighthouse" | "follower" | "member",
        "stage": "awareness" | "engagement" | "attitude" | "replicate" | "award",
        "intro": {"<national>": str, "en": str},
        "solutions": [
            {
                "title": {...}, "slug": {...}, "summary": {...},
                "topics": ["building-retrofit", ...],      # slugs from topics.py
                "status": "planned" | "in_progress" | "implemented",
                "key_figures": [                            # only well-established facts
                    {"label": {...}, "value": "1 200", "unit": {...}},
                ],
            },
        ],
    },
]

Every text is a dictionary with the same two languages. The loader writes each city in the
national language and translates it into English with wagtail-localize.
"""
