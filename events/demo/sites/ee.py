"""Events of the SmartEnCity Network Estonia, in Estonian with English translations."""

SOURCE_LANGUAGE = "et"

INDEX = {
    "title": {"et": "Üritused", "en": "Events"},
    "slug": {"et": "uritused", "en": "events"},
    "intro": {
        "et": "SmartEnCity Eesti võrgustiku kohtumised, koolitustöötoad ja õppevisiidid. Registreeruge eelseisvatele üritustele või tellige kalender.",
        "en": "Meetings, capacity-building workshops and study visits of the SmartEnCity Network Estonia. Register for the events coming up, or subscribe to the calendar.",
    },
}

EVENTS = [
    {
        "kind": "meeting",
        "weeks": 5,
        "weekday": 3,
        "starts": "10:00",
        "ends": "15:30",
        "time_zone": "Europe/Tallinn",
        "venue": {"et": "Tartu raekoda, volikogu saal", "en": "Tartu Town Hall, council hall"},
        "address": {
            "et": "Raekoja plats 1, 50089 Tartu",
            "en": "Raekoja plats 1, 50089 Tartu, Estonia",
        },
        "latitude": 58.3802,
        "longitude": 26.7224,
        "capacity": 40,
        "registration_open": False,
        "topics": ["energy-planning"],
        "cities": ["tartu", "viljandi", "voru"],
        "title": {
            "et": "Eesti võrgustiku liikmete kohtumine Tartus",
            "en": "Meeting of the Estonian network's members in Tartu",
        },
        "slug": {"et": "vorgustiku-kohtumine-tartus", "en": "network-meeting-in-tartu"},
        "description": [
            {
                "et": "Kohtumisel vaatame üle võrgustiku möödunud aasta tegevuse ja lepime kokku järgmise aasta plaanid. Tartu linn tutvustab oma uut energia- ja kliimakava ning Viljandi ja Võru räägivad, kuidas nad on City Check-upi tulemuste põhjal oma tegevusi kavandanud.",
                "en": "At the meeting we review the network's work over the past year and agree on the plans for the next one. The City of Tartu presents its new energy and climate plan, and Viljandi and Võru tell how they have planned their work on the basis of their City Check-up results.",
            },
            {
                "et": "Osalejate nimekiri on lõplik ja registreerimine on suletud. Kui soovite siiski osaleda, kirjutage palun võrgustiku koordinaatorile.",
                "en": "The list of participants is final and registration is closed. If you would still like to attend, please write to the network's coordinator.",
            },
        ],
        "agenda": [
            {
                "time": "10:00",
                "title": {"et": "Tervitus ja päevakava", "en": "Welcome and programme"},
            },
            {
                "time": "10:15",
                "title": {
                    "et": "Võrgustiku aasta kokkuvõte",
                    "en": "The network's year in review",
                },
            },
            {
                "time": "11:00",
                "title": {
                    "et": "Tartu uus energia- ja kliimakava",
                    "en": "Tartu's new energy and climate plan",
                },
            },
            {
                "time": "13:00",
                "title": {
                    "et": "Viljandi ja Võru: City Check-upist tegevuskavani",
                    "en": "Viljandi and Võru: from the City Check-up to an action plan",
                },
            },
            {
                "time": "14:30",
                "title": {"et": "Järgmise aasta tööplaan", "en": "Work plan for the next year"},
            },
        ],
        "speakers": [
            {
                "name": "Tiina Saar",
                "organisation": "Tartu Linnavalitsus",
                "role": {"et": "Energiaspetsialist", "en": "Energy specialist"},
            },
            {
                "name": "Mart Kuusk",
                "organisation": "Viljandi Linnavalitsus",
                "role": {"et": "Arendusnõunik", "en": "Development adviser"},
            },
        ],
        "registrations": [
            {
                "name": "Kristjan Oja",
                "organisation": "Viljandi Linnavalitsus",
                "city": "Viljandi",
                "country": "EE",
                "email": "kristjan.oja@example.org",
                "status": "confirmed",
            },
            {
                "name": "Liis Tamm",
                "organisation": "Võru Linnavalitsus",
                "city": "Võru",
                "country": "EE",
                "email": "liis.tamm@example.org",
                "status": "confirmed",
            },
            {
                "name": "Rasmus Kivi",
                "organisation": "Saaremaa Vallavalitsus",
                "city": "Kuressaare",
                "country": "EE",
                "email": "rasmus.kivi@example.org",
                "status": "confirmed",
            },
            {
                "name": "Olga Ivanova",
                "organisation": "Narva Linnavalitsus",
                "city": "Narva",
                "country": "EE",
                "email": "olga.ivanova@example.org",
                "status": "confirmed",
            },
        ],
    },
    {
        "kind": "workshop",
        "weeks": -6,
        "weekday": 1,
        "starts": "10:00",
        "ends": "15:00",
        "time_zone": "Europe/Tallinn",
        "venue": {
            "et": "Pärnu Linnavalitsuse saal",
            "en": "Pärnu City Government, meeting hall",
        },
        "address": {
            "et": "Suur-Sepa 16, 80098 Pärnu",
            "en": "Suur-Sepa 16, 80098 Pärnu, Estonia",
        },
        "latitude": 58.3853,
        "longitude": 24.4989,
        "capacity": 30,
        "topics": ["building-retrofit", "citizen-engagement"],
        "cities": ["parnu"],
        "title": {
            "et": "Töötuba: korterelamute renoveerimise ettevalmistamine",
            "en": "Workshop: preparing the renovation of apartment buildings",
        },
        "slug": {
            "et": "tootuba-korterelamute-renoveerimine",
            "en": "workshop-apartment-building-renovation",
        },
        "description": [
            {
                "et": "Töötuba oli mõeldud omavalitsuste spetsialistidele, kes nõustavad korteriühistuid renoveerimise ettevalmistamisel. Käsitlesime energiaauditit, toetuste taotlemist ja seda, kuidas korteriühistu üldkoosolekul otsuseni jõuab.",
                "en": "The workshop was intended for municipal staff who advise apartment associations on preparing a renovation. It covered the energy audit, applying for grants and how an apartment association reaches a decision at its general meeting.",
            },
        ],
        "agenda": [
            {
                "time": "10:00",
                "title": {
                    "et": "Renoveerimise etapid auditist ehituseni",
                    "en": "The stages of a renovation, from audit to construction",
                },
            },
            {
                "time": "11:00",
                "title": {
                    "et": "Toetused ja laenud korteriühistutele",
                    "en": "Grants and loans for apartment associations",
                },
            },
            {
                "time": "13:00",
                "title": {
                    "et": "Harjutus: üldkoosoleku ettevalmistamine",
                    "en": "Exercise: preparing the general meeting",
                },
                "description": {
                    "et": "Rühmatöö päris korteriühistu näitel.",
                    "en": "Group work based on a real apartment association.",
                },
            },
            {
                "time": "14:30",
                "title": {"et": "Kokkuvõte", "en": "Summary"},
            },
        ],
        "speakers": [
            {
                "name": "Andres Mets",
                "organisation": "Tartu Regionaalne Energiaagentuur",
                "role": {"et": "Energianõustaja", "en": "Energy adviser"},
            },
            {
                "name": "Kersti Lepik",
                "organisation": "Pärnu Linnavalitsus",
                "role": {"et": "Ehitusspetsialist", "en": "Building specialist"},
            },
        ],
    },
]
