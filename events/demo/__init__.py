"""Demo events: an event index on every site, with meetings, workshops and study visits.

`sites/<code>.py` ("eu" for the European site, else the country code) holds one site's
events, written in its language and in the languages it is translated into:

SOURCE_LANGUAGE = "it"
INDEX = {"title": {...}, "slug": {...}, "intro": {...}}
EVENTS = [
    {
        "kind": "meeting" | "workshop" | "study-visit",
        "weeks": 6,                    # from the day the demo is loaded; negative: past
        "weekday": 1,                  # 0 = Monday: the first such day from then on
        "starts": "09:30", "ends": "16:00",   # local times in `time_zone`, on that day
        "time_zone": "Europe/Rome",
        "online_url": "https://...",   # an online event; else venue, address and position:
        "venue": {...}, "address": {...}, "latitude": 44.8361, "longitude": 11.6192,
        "capacity": 30,
        "registration_open": True,
        "topics": ["district-heating"],           # slugs of solutions/demo/topics.py
        "cities": ["ferrara"],                    # English slugs of demo cities
        "title": {...}, "slug": {...}, "description": [{...}, ...],  # paragraphs
        "agenda": [{"time": "09:30", "title": {...}, "description": {...}}],  # optional
        "speakers": [{"name": str, "organisation": str, "role": {...}}],
        "registrations": [                        # optional; invented people
            {"name": str, "organisation": str, "city": str, "country": "IT",
             "email": "...@example.org", "status": "confirmed" | "waiting"},
        ],
    },
]

A text is a dictionary by language code; its languages are those of "title". The loader
writes each event in SOURCE_LANGUAGE and translates it with wagtail-localize.
"""
