"""The European network site in Danish, translated from English."""

SITE = {
    "home": {
        "title": "SmartEnCity Network",
        "network_name": "SmartEnCity Network",
        "tagline": "Små og mellemstore byer på vej mod smarte, CO2-neutrale byer",
        "intro": (
            "<p>SmartEnCity-netværket samler små og mellemstore europæiske byer, der vil være "
            "<b>smarte, CO2-neutrale byer</b> (Smart Zero Carbon Cities). Medlemmerne lærer af "
            "fyrtårnsbyerne Vitoria-Gasteiz, Tartu og Sønderborg og af følgebyerne Lecce og "
            "Asenovgrad.</p>"
        ),
        "footer_text": (
            "<p>SmartEnCity-netværket udsprang af SmartEnCity-projektet, som blev finansieret af "
            "EU's forsknings- og innovationsprogram Horizon 2020.</p>"
        ),
        "navigation": [
            {"label": "Om netværket", "_page": "about"},
            {"label": "Fyrtårns- og følgebyer", "_page": "cities"},
            {"label": "Bliv medlem af netværket", "_page": "join"},
        ],
        "footer_links": [
            {"label": "SmartEnCity-projektet", "_url": "https://smartencity.eu/"},
        ],
        "body": [
            {"_type": "heading", "text": "Et netværk af byer, der handler", "_level": "h2"},
            {
                "_type": "paragraph",
                "text": (
                    "<p>Fem nationale netværk – i Estland, Danmark, Spanien, Bulgarien og Italien "
                    "– forbinder byerne i hvert land på deres eget sprog. Sammen sigter de mod 60 "
                    "medlemsbyer og mod mindst 15 byer, der tager metoden til integreret "
                    "energiplanlægning i brug.</p>"
                    "<p>Medlemmerne deler løsninger inden for energirenovering af bygninger, "
                    "fjernvarme, bæredygtig mobilitet og urbane dataplatforme, og de deltager i "
                    "SmartEnCity Academy og akademiets webinarer.</p>"
                ),
            },
            {
                "_type": "membership_steps",
                "title": "Fem trin mod en smart, CO2-neutral by",
                "intro": "Hver medlemsby bevæger sig gennem netværket i sit eget tempo.",
                "steps": [
                    {
                        "name": "Skab opmærksomhed",
                        "description": (
                            "Byen lærer, hvad netværket tilbyder, og hvad andre byer har opnået."
                        ),
                    },
                    {
                        "name": "Skab engagement",
                        "description": (
                            "Byen bliver medlem af netværket og udpeger de personer, der skal "
                            "deltage."
                        ),
                    },
                    {
                        "name": "Skab holdning",
                        "description": (
                            "Byen gennemfører City Check-up og forpligter sig til integreret "
                            "energiplanlægning."
                        ),
                    },
                    {
                        "name": "Overfør tilgangen",
                        "description": (
                            "Byen anvender metoden til integreret energiplanlægning og "
                            "fyrtårnsbyernes løsninger."
                        ),
                    },
                    {
                        "name": "Anerkendelse",
                        "description": (
                            "Netværket anerkender byens resultater og deler dem med alle "
                            "medlemmer."
                        ),
                    },
                ],
            },
            {
                "_type": "quote",
                "text": "Små og mellemstore byer kan rykke hurtigt, når de lærer af hinanden.",
                "attribution": "SmartEnCity Network",
            },
            {
                "_type": "call_to_action",
                "title": "Er jeres by klar til at tage det første skridt?",
                "text": "Medlemskab er åbent for alle små og mellemstore europæiske byer.",
                "label": "Bliv medlem af netværket",
                "_page": "join",
            },
        ],
    },
    "pages": [
        {
            "_key": "about",
            "title": "Om netværket",
            "slug": "om-netvaerket",
            "intro": (
                "SmartEnCity-netværket hjælper byer med i fællesskab at planlægge og gennemføre "
                "deres energiomstilling."
            ),
            "body": [
                {"_type": "heading", "text": "Netværkets baggrund", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p>SmartEnCity-projektet viste i tre fyrtårnsbyer, hvordan en hel bydel "
                        "kan skære ned på sit energiforbrug og sine udledninger: ved at "
                        "energirenovere bygninger, med fjernvarme fra vedvarende energi, med ren "
                        "mobilitet og med åbne bydata.</p>"
                        "<p>Netværket bringer disse erfaringer ud til små og mellemstore byer i "
                        "hele Europa gennem nationale netværk, der taler hvert lands sprog.</p>"
                    ),
                },
                {"_type": "heading", "text": "De nationale netværk", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p>SmartEnCity Network Estonia, det danske netværk Energibyerne samt det "
                        "spanske, det bulgarske og det italienske netværk har hver deres egen "
                        "hjemmeside, egne nyheder og egne møder.</p>"
                    ),
                },
            ],
        },
        {
            "_key": "cities",
            "title": "Fyrtårns- og følgebyer",
            "slug": "fyrtaarns-og-foelgebyer",
            "intro": "Fem byer var de første til at afprøve SmartEnCity-løsningerne.",
            "body": [
                {"_type": "heading", "text": "Fyrtårnsbyer", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p><b>Vitoria-Gasteiz</b> (Spanien) energirenoverede boliger i bydelen "
                        "Coronación og sluttede dem til et fjernvarmenet baseret på vedvarende "
                        "energi.</p>"
                        "<p><b>Tartu</b> (Estland) renoverede boligblokke fra sovjettiden i "
                        "byens centrum til smarte, energieffektive boliger og lancerede en "
                        "offentlig bycykelordning med elcykler.</p>"
                        "<p><b>Sønderborg</b> (Danmark) arbejder sammen med ProjectZero hen imod "
                        "en CO2-neutral kommune.</p>"
                    ),
                },
                {"_type": "heading", "text": "Følgebyer", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p><b>Lecce</b> (Italien) og <b>Asenovgrad</b> (Bulgarien) udarbejdede "
                        "deres egne planer for at overføre fyrtårnsbyernes løsninger.</p>"
                    ),
                },
            ],
        },
        {
            "_key": "join",
            "title": "Bliv medlem af netværket",
            "slug": "bliv-medlem",
            "intro": "Medlemskab er gratis for små og mellemstore europæiske byer.",
            "body": [
                {"_type": "heading", "text": "Sådan bliver I medlem", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p>Skriv til det nationale netværk i jeres land, eller til det "
                        "europæiske netværk, hvis jeres land endnu ikke har et. Fortæl os om "
                        "jeres by og om de personer, der skal deltage.</p>"
                        "<p>Derefter gennemfører I City Check-up, som viser, hvor langt jeres by "
                        "er nået med integreret energiplanlægning.</p>"
                    ),
                },
            ],
        },
    ],
}
