"""The European network site in English, its source language."""

SITE = {
    "home": {
        "title": "SmartEnCity Network",
        "network_name": "SmartEnCity Network",
        "tagline": "Small and medium-sized cities towards Smart Zero Carbon Cities",
        "intro": (
            "<p>The SmartEnCity Network brings together small and medium-sized European cities "
            "that want to become <b>Smart Zero Carbon Cities</b>. Members learn from the "
            "Lighthouse cities Vitoria-Gasteiz, Tartu and Sønderborg, and from the Follower "
            "cities Lecce and Asenovgrad.</p>"
        ),
        "footer_text": (
            "<p>The SmartEnCity Network grew out of the SmartEnCity project, funded by the "
            "European Union's Horizon 2020 research and innovation programme.</p>"
        ),
        "navigation": [
            {"label": "About the network", "_page": "about"},
            {"label": "Lighthouse and Follower cities", "_page": "cities"},
            {"label": "Join the network", "_page": "join"},
        ],
        "footer_links": [
            {"label": "SmartEnCity project", "_url": "https://smartencity.eu/"},
        ],
        "body": [
            {"_type": "heading", "text": "A network of cities that act", "_level": "h2"},
            {
                "_type": "paragraph",
                "text": (
                    "<p>Five national networks, in Estonia, Denmark, Spain, Bulgaria and Italy, "
                    "connect the cities of each country in their own language. Together they "
                    "aim for 60 member cities, and for at least 15 cities that replicate the "
                    "Integrated Energy Planning method.</p>"
                    "<p>Members share solutions for building retrofit, district heating, "
                    "sustainable mobility and urban data platforms, and take part in the "
                    "SmartEnCity Academy and its webinars.</p>"
                ),
            },
            {
                "_type": "membership_steps",
                "title": "Five steps to a Smart Zero Carbon City",
                "intro": "Every member city moves through the network at its own pace.",
                "steps": [
                    {
                        "name": "Create Awareness",
                        "description": (
                            "The city learns what the network offers and what other cities "
                            "have achieved."
                        ),
                    },
                    {
                        "name": "Create Engagement",
                        "description": (
                            "The city joins the network and names the people who will take part."
                        ),
                    },
                    {
                        "name": "Create Attitude",
                        "description": (
                            "The city takes the City Check-up and commits to integrated energy "
                            "planning."
                        ),
                    },
                    {
                        "name": "Replicate Approach",
                        "description": (
                            "The city applies the Integrated Energy Planning method and the "
                            "solutions of the Lighthouse cities."
                        ),
                    },
                    {
                        "name": "Award",
                        "description": (
                            "The network recognises the city's results and shares them with "
                            "every member."
                        ),
                    },
                ],
            },
            {
                "_type": "quote",
                "text": (
                    "Small and medium-sized cities can move fast when they learn from each other."
                ),
                "attribution": "SmartEnCity Network",
            },
            {
                "_type": "call_to_action",
                "title": "Is your city ready to take the first step?",
                "text": "Membership is open to every small and medium-sized European city.",
                "label": "Join the network",
                "_page": "join",
            },
        ],
    },
    "pages": [
        {
            "_key": "about",
            "title": "About the network",
            "slug": "about",
            "intro": (
                "The SmartEnCity Network helps cities plan and carry out their energy "
                "transition together."
            ),
            "body": [
                {"_type": "heading", "text": "Where the network comes from", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p>The SmartEnCity project showed in three Lighthouse cities how a "
                        "whole district can cut its energy demand and its emissions: by "
                        "retrofitting buildings, by renewable district heating, by clean "
                        "mobility and by open urban data.</p>"
                        "<p>The network carries that experience to small and medium-sized "
                        "cities all over Europe, through national networks that speak each "
                        "country's language.</p>"
                    ),
                },
                {"_type": "heading", "text": "The national networks", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p>SmartEnCity Network Estonia, the Danish network Energibyerne, and "
                        "the Spanish, Bulgarian and Italian networks each run their own site, "
                        "news and meetings.</p>"
                    ),
                },
            ],
        },
        {
            "_key": "cities",
            "title": "Lighthouse and Follower cities",
            "slug": "cities",
            "intro": "Five cities tested the SmartEnCity solutions first.",
            "body": [
                {"_type": "heading", "text": "Lighthouse cities", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p><b>Vitoria-Gasteiz</b> (Spain) retrofitted homes in the Coronación "
                        "district and connected them to a renewable district heating "
                        "network.</p>"
                        "<p><b>Tartu</b> (Estonia) renovated Soviet-era apartment blocks in its "
                        "centre into smart, energy-efficient homes, and launched a public "
                        "bike-sharing system with electric bikes.</p>"
                        "<p><b>Sønderborg</b> (Denmark) works with ProjectZero towards a "
                        "carbon-neutral municipality.</p>"
                    ),
                },
                {"_type": "heading", "text": "Follower cities", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p><b>Lecce</b> (Italy) and <b>Asenovgrad</b> (Bulgaria) prepared "
                        "their own plans to replicate the Lighthouse solutions.</p>"
                    ),
                },
            ],
        },
        {
            "_key": "join",
            "title": "Join the network",
            "slug": "join",
            "intro": "Membership is free for small and medium-sized European cities.",
            "body": [
                {"_type": "heading", "text": "How to join", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p>Write to the national network of your country, or to the European "
                        "network if your country has none yet. Tell us about your city and "
                        "the people who will take part.</p>"
                        "<p>You will then take the City Check-up, which shows where your city "
                        "stands in integrated energy planning.</p>"
                    ),
                },
            ],
        },
    ],
}
