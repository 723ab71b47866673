"""Il sito della rete europea in italiano, tradotto dalla versione inglese."""

SITE = {
    "home": {
        "title": "Rete SmartEnCity",
        "network_name": "Rete SmartEnCity",
        "tagline": "Città piccole e medie in cammino verso le Smart Zero Carbon Cities",
        "intro": (
            "<p>La Rete SmartEnCity riunisce le città europee piccole e medie che vogliono "
            "diventare <b>Smart Zero Carbon Cities</b>, città intelligenti a zero emissioni di "
            "carbonio. I membri imparano dalle città faro Vitoria-Gasteiz, Tartu e Sønderborg "
            "e dalle città follower Lecce e Asenovgrad.</p>"
        ),
        "footer_text": (
            "<p>La Rete SmartEnCity è nata dal progetto SmartEnCity, finanziato dal programma "
            "di ricerca e innovazione Horizon 2020 dell'Unione europea.</p>"
        ),
        "navigation": [
            {"label": "La rete", "_page": "about"},
            {"label": "Città faro e città follower", "_page": "cities"},
            {"label": "Aderisci alla rete", "_page": "join"},
        ],
        "footer_links": [
            {"label": "Il progetto SmartEnCity", "_url": "https://smartencity.eu/"},
        ],
        "body": [
            {"_type": "heading", "text": "Una rete di città che agiscono", "_level": "h2"},
            {
                "_type": "paragraph",
                "text": (
                    "<p>Cinque reti nazionali, in Estonia, Danimarca, Spagna, Bulgaria e "
                    "Italia, mettono in contatto le città di ciascun paese nella loro lingua. "
                    "Insieme puntano a raggiungere 60 città aderenti e almeno 15 città che "
                    "replichino il metodo di Pianificazione Energetica Integrata.</p>"
                    "<p>I membri condividono soluzioni per la riqualificazione degli edifici, "
                    "il teleriscaldamento, la mobilità sostenibile e le piattaforme di dati "
                    "urbani, e partecipano alla SmartEnCity Academy e ai suoi webinar.</p>"
                ),
            },
            {
                "_type": "membership_steps",
                "title": "Cinque passi verso una Smart Zero Carbon City",
                "intro": "Ogni città aderente percorre la rete con i propri tempi.",
                "steps": [
                    {
                        "name": "Creare consapevolezza",
                        "description": (
                            "La città scopre che cosa offre la rete e che cosa hanno già "
                            "realizzato le altre città."
                        ),
                    },
                    {
                        "name": "Creare coinvolgimento",
                        "description": (
                            "La città aderisce alla rete e indica le persone che vi prenderanno "
                            "parte."
                        ),
                    },
                    {
                        "name": "Creare attitudine",
                        "description": (
                            "La città svolge il City Check-up e si impegna nella pianificazione "
                            "energetica integrata."
                        ),
                    },
                    {
                        "name": "Replicare l'approccio",
                        "description": (
                            "La città applica il metodo di Pianificazione Energetica Integrata "
                            "e le soluzioni delle città faro."
                        ),
                    },
                    {
                        "name": "Riconoscimento",
                        "description": (
                            "La rete riconosce i risultati della città e li condivide con "
                            "tutti i membri."
                        ),
                    },
                ],
            },
            {
                "_type": "quote",
                "text": (
                    "Le città piccole e medie possono andare veloci quando imparano l'una "
                    "dall'altra."
                ),
                "attribution": "Rete SmartEnCity",
            },
            {
                "_type": "call_to_action",
                "title": "La tua città è pronta a fare il primo passo?",
                "text": "L'adesione è aperta a tutte le città europee piccole e medie.",
                "label": "Aderisci alla rete",
                "_page": "join",
            },
        ],
    },
    "pages": [
        {
            "_key": "about",
            "title": "La rete",
            "slug": "la-rete",
            "intro": (
                "La Rete SmartEnCity aiuta le città a pianificare e realizzare insieme la "
                "propria transizione energetica."
            ),
            "body": [
                {"_type": "heading", "text": "Da dove nasce la rete", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p>Il progetto SmartEnCity ha mostrato in tre città faro come un "
                        "intero quartiere possa ridurre la propria domanda di energia e le "
                        "proprie emissioni: riqualificando gli edifici, con il "
                        "teleriscaldamento da fonti rinnovabili, con la mobilità pulita e con "
                        "i dati urbani aperti.</p>"
                        "<p>La rete porta questa esperienza alle città piccole e medie di "
                        "tutta Europa, attraverso reti nazionali che parlano la lingua di "
                        "ciascun paese.</p>"
                    ),
                },
                {"_type": "heading", "text": "Le reti nazionali", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p>SmartEnCity Network Estonia, la rete danese Energibyerne e le reti "
                        "spagnola, bulgara e italiana hanno ciascuna il proprio sito, le "
                        "proprie notizie e i propri incontri.</p>"
                    ),
                },
            ],
        },
        {
            "_key": "cities",
            "title": "Città faro e città follower",
            "slug": "citta-faro-e-follower",
            "intro": "Cinque città hanno sperimentato per prime le soluzioni SmartEnCity.",
            "body": [
                {"_type": "heading", "text": "Le città faro", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p><b>Vitoria-Gasteiz</b> (Spagna) ha riqualificato le abitazioni del "
                        "quartiere di Coronación e le ha collegate a una rete di "
                        "teleriscaldamento alimentata da fonti rinnovabili.</p>"
                        "<p><b>Tartu</b> (Estonia) ha trasformato i condomini di epoca "
                        "sovietica del suo centro in abitazioni intelligenti ed efficienti "
                        "dal punto di vista energetico, e ha avviato un servizio pubblico di "
                        "bike sharing con biciclette elettriche.</p>"
                        "<p><b>Sønderborg</b> (Danimarca) lavora con ProjectZero per diventare "
                        "un comune a impatto climatico zero.</p>"
                    ),
                },
                {"_type": "heading", "text": "Le città follower", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p><b>Lecce</b> (Italia) e <b>Asenovgrad</b> (Bulgaria) hanno "
                        "preparato i propri piani per replicare le soluzioni delle città "
                        "faro.</p>"
                    ),
                },
            ],
        },
        {
            "_key": "join",
            "title": "Aderisci alla rete",
            "slug": "aderisci",
            "intro": "L'adesione è gratuita per le città europee piccole e medie.",
            "body": [
                {"_type": "heading", "text": "Come aderire", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p>Scrivi alla rete nazionale del tuo paese, oppure alla rete "
                        "europea se nel tuo paese non ne esiste ancora una. Raccontaci della "
                        "tua città e delle persone che prenderanno parte alla rete.</p>"
                        "<p>Svolgerai poi il City Check-up, che mostra a che punto è la tua "
                        "città nella pianificazione energetica integrata.</p>"
                    ),
                },
            ],
        },
    ],
}
