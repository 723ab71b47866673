"""Events of the Rete SmartEnCity Italia, in Italian with English translations."""

SOURCE_LANGUAGE = "it"

INDEX = {
    "title": {"it": "Eventi", "en": "Events"},
    "slug": {"it": "eventi", "en": "events"},
    "intro": {
        "it": "Incontri, laboratori di formazione e visite di studio della Rete SmartEnCity Italia. Si iscriva agli eventi in programma o si abboni al calendario.",
        "en": "Meetings, capacity-building workshops and study visits of the Rete SmartEnCity Italia. Register for the events coming up, or subscribe to the calendar.",
    },
}

EVENTS = [
    {
        "kind": "workshop",
        "weeks": 6,
        "weekday": 1,
        "starts": "09:30",
        "ends": "16:00",
        "time_zone": "Europe/Rome",
        "venue": {
            "it": "Palazzo Municipale di Ferrara, Sala dell'Arengo",
            "en": "Ferrara Town Hall, Sala dell'Arengo",
        },
        "address": {
            "it": "Piazza del Municipio 2, 44121 Ferrara",
            "en": "Piazza del Municipio 2, 44121 Ferrara, Italy",
        },
        "latitude": 44.8361,
        "longitude": 11.6192,
        "capacity": 30,
        "topics": ["district-heating", "energy-planning"],
        "cities": ["ferrara"],
        "title": {
            "it": "Laboratorio: teleriscaldamento geotermico e pianificazione del calore",
            "en": "Workshop: geothermal district heating and heat planning",
        },
        "slug": {
            "it": "laboratorio-teleriscaldamento-geotermico",
            "en": "workshop-geothermal-district-heating",
        },
        "description": [
            {
                "it": "Ferrara riscalda da decenni parte dei suoi edifici con l'energia geotermica. Il laboratorio, rivolto ai tecnici comunali, parte da questa esperienza per affrontare le scelte della pianificazione del calore: quali quartieri collegare alla rete, come integrare altre fonti rinnovabili e come coinvolgere i gestori.",
                "en": "Ferrara has heated part of its buildings with geothermal energy for decades. Aimed at municipal technical staff, the workshop starts from this experience to address the choices of heat planning: which districts to connect to the network, how to integrate other renewable sources and how to involve the operators.",
            },
            {
                "it": "I posti sono limitati per permettere a tutti di partecipare alle esercitazioni. Dopo l'iscrizione riceverà per e-mail una conferma con il programma e il link per annullarla.",
                "en": "Places are limited so that everyone can take part in the exercises. Once registered, you will receive a confirmation by e-mail with the programme and a link to cancel your registration.",
            },
        ],
        "agenda": [
            {
                "time": "09:30",
                "title": {"it": "Accoglienza e presentazioni", "en": "Welcome and introductions"},
            },
            {
                "time": "10:00",
                "title": {
                    "it": "La geotermia a Ferrara: storia e prospettive",
                    "en": "Geothermal energy in Ferrara: history and outlook",
                },
            },
            {
                "time": "11:30",
                "title": {
                    "it": "Dalla mappa della domanda di calore alle scelte sulla rete",
                    "en": "From the heat demand map to decisions on the network",
                },
            },
            {
                "time": "14:00",
                "title": {
                    "it": "Esercitazione a gruppi: un piano del calore per un quartiere",
                    "en": "Group exercise: a heat plan for a district",
                },
                "description": {
                    "it": "Ogni gruppo lavora sui dati di un quartiere di Ferrara.",
                    "en": "Each group works on the data of a Ferrara district.",
                },
            },
            {"time": "15:30", "title": {"it": "Conclusioni", "en": "Conclusions"}},
        ],
        "speakers": [
            {
                "name": "Chiara Ferri",
                "organisation": "Comune di Ferrara",
                "role": {
                    "it": "Responsabile dell'Ufficio Energia",
                    "en": "Head of the Energy Office",
                },
            },
            {
                "name": "Luca Marchetti",
                "organisation": "Rete SmartEnCity Italia",
                "role": {"it": "Coordinatore della Rete", "en": "Network coordinator"},
            },
        ],
        "registrations": [
            {
                "name": "Francesca Greco",
                "organisation": "Comune di Pesaro",
                "city": "Pesaro",
                "country": "IT",
                "email": "francesca.greco@example.org",
                "status": "confirmed",
            },
            {
                "name": "Davide Lombardi",
                "organisation": "Comune di Bari",
                "city": "Bari",
                "country": "IT",
                "email": "davide.lombardi@example.org",
                "status": "confirmed",
            },
        ],
    },
    {
        "kind": "meeting",
        "weeks": -5,
        "weekday": 3,
        "starts": "15:00",
        "ends": "17:00",
        "time_zone": "Europe/Rome",
        "online_url": "https://meet.smartencity-network.example/rete-italia-check-up",
        "capacity": 80,
        "topics": ["energy-planning"],
        "cities": ["pesaro", "bari"],
        "title": {
            "it": "Incontro online della Rete: i primi risultati del City Check-up",
            "en": "Online network meeting: first results of the City Check-up",
        },
        "slug": {
            "it": "incontro-online-risultati-city-check-up",
            "en": "online-meeting-city-check-up-results",
        },
        "description": [
            {
                "it": "I comuni della Rete hanno messo a confronto i risultati del City Check-up: i punti di forza comuni, le lacune più frequenti e le azioni da cui partire. Pesaro e Bari hanno raccontato come hanno usato il rapporto per orientare il proprio piano d'azione.",
                "en": "The network's municipalities compared their City Check-up results: shared strengths, the most frequent gaps and the actions to start with. Pesaro and Bari told how they used the report to shape their action plans.",
            },
        ],
        "agenda": [
            {"time": "15:00", "title": {"it": "Apertura", "en": "Opening"}},
            {
                "time": "15:10",
                "title": {
                    "it": "I risultati del City Check-up nella Rete",
                    "en": "City Check-up results across the network",
                },
            },
            {
                "time": "15:40",
                "title": {
                    "it": "Le esperienze di Pesaro e Bari",
                    "en": "The experience of Pesaro and Bari",
                },
            },
            {"time": "16:30", "title": {"it": "Discussione", "en": "Discussion"}},
        ],
        "speakers": [
            {
                "name": "Luca Marchetti",
                "organisation": "Rete SmartEnCity Italia",
                "role": {"it": "Coordinatore della Rete", "en": "Network coordinator"},
            },
        ],
    },
]
