"""Events of Energibyerne, the Danish network, in Danish with English translations."""

SOURCE_LANGUAGE = "da"

INDEX = {
    "title": {"da": "Arrangementer", "en": "Events"},
    "slug": {"da": "arrangementer", "en": "events"},
    "intro": {
        "da": "Netværksmøder, workshops og studieture i Energibyerne. Tilmeld dig de kommende arrangementer, eller abonnér på kalenderen.",
        "en": "Network meetings, workshops and study visits of Energibyerne. Register for the events coming up, or subscribe to the calendar.",
    },
}

EVENTS = [
    {
        "kind": "workshop",
        "weeks": 4,
        "weekday": 2,
        "starts": "09:30",
        "ends": "15:30",
        "time_zone": "Europe/Copenhagen",
        "venue": {
            "da": "Sønderborg Rådhus, byrådssalen",
            "en": "Sønderborg Town Hall, council chamber",
        },
        "address": {
            "da": "Rådhustorvet 10, 6400 Sønderborg",
            "en": "Rådhustorvet 10, 6400 Sønderborg, Denmark",
        },
        "latitude": 54.9126,
        "longitude": 9.7876,
        "capacity": 8,
        "topics": ["district-heating", "energy-planning"],
        "cities": ["sonderborg", "silkeborg"],
        "title": {
            "da": "Workshop: strategisk varmeplanlægning i praksis",
            "en": "Workshop: strategic heat planning in practice",
        },
        "slug": {
            "da": "workshop-strategisk-varmeplanlaegning",
            "en": "workshop-strategic-heat-planning",
        },
        "description": [
            {
                "da": "Alle kommuner skal have en plan for, hvordan varmeforsyningen bliver fossilfri. På denne workshop arbejder du med din kommunes egne data og får værktøjer til at afgøre, hvor fjernvarmen skal udbygges, og hvor individuelle varmepumper er det bedste valg.",
                "en": "Every municipality needs a plan for making its heat supply fossil-free. In this workshop you work with your municipality's own data and get tools to decide where district heating should be extended and where individual heat pumps are the best choice.",
            },
            {
                "da": "Vi holder holdet lille, så der er tid til at arbejde med netop din kommunes udfordringer. Tag gerne et kort over dit område og de seneste tal for varmeforbruget med.",
                "en": "We keep the group small so that there is time to work on your own municipality's challenges. Please bring a map of your area and the latest figures for heat consumption.",
            },
        ],
        "agenda": [
            {
                "time": "09:30",
                "title": {"da": "Velkomst og kaffe", "en": "Welcome and coffee"},
            },
            {
                "time": "10:00",
                "title": {
                    "da": "Sønderborgs vej mod en CO2-neutral varmeforsyning",
                    "en": "Sønderborg's path to a carbon-neutral heat supply",
                },
            },
            {
                "time": "11:00",
                "title": {"da": "Fra data til varmekort", "en": "From data to heat map"},
                "description": {
                    "da": "Vi gennemgår, hvilke data du skal bruge, og hvor du finder dem.",
                    "en": "Which data you need, and where to find them.",
                },
            },
            {
                "time": "13:00",
                "title": {
                    "da": "Øvelse: fjernvarme eller varmepumper i dit område?",
                    "en": "Exercise: district heating or heat pumps in your area?",
                },
            },
            {
                "time": "15:00",
                "title": {"da": "Opsamling og næste skridt", "en": "Summary and next steps"},
            },
        ],
        "speakers": [
            {
                "name": "Mette Lund",
                "organisation": "Sønderborg Kommune",
                "role": {"da": "Varmeplanlægger", "en": "Heat planner"},
            },
            {
                "name": "Rasmus Thomsen",
                "organisation": "ProjectZero",
                "role": {"da": "Projektleder", "en": "Project manager"},
            },
        ],
        # Seven of eight places taken: the event is almost full.
        "registrations": [
            {
                "name": "Sofie Andersen",
                "organisation": "Silkeborg Kommune",
                "city": "Silkeborg",
                "country": "DK",
                "email": "sofie.andersen@example.org",
                "status": "confirmed",
            },
            {
                "name": "Mads Kristensen",
                "organisation": "Frederikshavn Kommune",
                "city": "Frederikshavn",
                "country": "DK",
                "email": "mads.kristensen@example.org",
                "status": "confirmed",
            },
            {
                "name": "Anne Mortensen",
                "organisation": "Albertslund Kommune",
                "city": "Albertslund",
                "country": "DK",
                "email": "anne.mortensen@example.org",
                "status": "confirmed",
            },
            {
                "name": "Peter Nielsen",
                "organisation": "Ærø Kommune",
                "city": "Ærøskøbing",
                "country": "DK",
                "email": "peter.nielsen@example.org",
                "status": "confirmed",
            },
            {
                "name": "Line Jørgensen",
                "organisation": "Bornholms Regionskommune",
                "city": "Rønne",
                "country": "DK",
                "email": "line.jorgensen@example.org",
                "status": "confirmed",
            },
            {
                "name": "Henrik Madsen",
                "organisation": "Sønderborg Forsyning",
                "city": "Sønderborg",
                "country": "DK",
                "email": "henrik.madsen@example.org",
                "status": "confirmed",
            },
            {
                "name": "Camilla Holm",
                "organisation": "Silkeborg Forsyning",
                "city": "Silkeborg",
                "country": "DK",
                "email": "camilla.holm@example.org",
                "status": "confirmed",
            },
        ],
    },
    {
        "kind": "study-visit",
        "weeks": -14,
        "weekday": 3,
        "starts": "10:00",
        "ends": "15:00",
        "time_zone": "Europe/Copenhagen",
        "venue": {"da": "Albertslund Rådhus", "en": "Albertslund Town Hall"},
        "address": {
            "da": "Nordmarks Allé 1, 2620 Albertslund",
            "en": "Nordmarks Allé 1, 2620 Albertslund, Denmark",
        },
        "latitude": 55.6569,
        "longitude": 12.3532,
        "capacity": 25,
        "topics": ["building-retrofit", "district-heating"],
        "cities": ["albertslund"],
        "title": {
            "da": "Studietur til Albertslund: renoverede rækkehuse og lavere fjernvarmetemperaturer",
            "en": "Study visit to Albertslund: renovated terraced houses and lower district heating temperatures",
        },
        "slug": {"da": "studietur-til-albertslund", "en": "study-visit-to-albertslund"},
        "description": [
            {
                "da": "Vi besøgte Albertslund Syd, hvor boligorganisationerne og kommunen har energirenoveret rækkehusene, og så, hvordan lavere temperaturer i fjernvarmenettet mindsker varmetabet. Beboere og medarbejdere fortalte om, hvad der gik godt, og hvad de ville gøre anderledes i dag.",
                "en": "We visited Albertslund Syd, where the housing associations and the municipality have carried out the energy renovation of the terraced houses, and saw how lower temperatures in the district heating network reduce heat loss. Residents and staff told us what went well and what they would do differently today.",
            },
        ],
        "agenda": [
            {
                "time": "10:00",
                "title": {"da": "Velkomst på rådhuset", "en": "Welcome at the town hall"},
            },
            {
                "time": "10:30",
                "title": {"da": "Rundtur i Albertslund Syd", "en": "Tour of Albertslund Syd"},
            },
            {
                "time": "12:30",
                "title": {"da": "Frokost", "en": "Lunch"},
            },
            {
                "time": "13:30",
                "title": {
                    "da": "Lavtemperaturfjernvarme: forsyningens erfaringer",
                    "en": "Low-temperature district heating: the utility's experience",
                },
            },
        ],
        "speakers": [
            {
                "name": "Jens Holm",
                "organisation": "Albertslund Kommune",
                "role": {"da": "Energikonsulent", "en": "Energy consultant"},
            },
        ],
    },
]
