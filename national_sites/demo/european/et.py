"""The European network site in Estonian, translated from its English source."""

SITE = {
    "home": {
        "title": "SmartEnCity võrgustik",
        "network_name": "SmartEnCity võrgustik",
        "tagline": (
            "Väikesed ja keskmise suurusega linnad teel nutikate süsinikuneutraalsete linnadeni"
        ),
        "intro": (
            "<p>SmartEnCity võrgustik ühendab Euroopa väikesi ja keskmise suurusega linnu, mis "
            "soovivad saada <b>nutikateks süsinikuneutraalseteks linnadeks</b>. Liikmed õpivad "
            "majakalinnadelt Vitoria-Gasteizilt, Tartult ja Sønderborgilt ning järgijalinnadelt "
            "Leccelt ja Asenovgradilt.</p>"
        ),
        "footer_text": (
            "<p>SmartEnCity võrgustik kasvas välja projektist SmartEnCity, mida rahastati "
            "Euroopa Liidu teadusuuringute ja innovatsiooni programmist Horisont 2020.</p>"
        ),
        "navigation": [
            {"label": "Võrgustikust", "_page": "about"},
            {"label": "Majaka- ja järgijalinnad", "_page": "cities"},
            {"label": "Liitu võrgustikuga", "_page": "join"},
        ],
        "footer_links": [
            {"label": "Projekt SmartEnCity", "_url": "https://smartencity.eu/"},
        ],
        "body": [
            {"_type": "heading", "text": "Tegutsevate linnade võrgustik", "_level": "h2"},
            {
                "_type": "paragraph",
                "text": (
                    "<p>Viis riiklikku võrgustikku – Eestis, Taanis, Hispaanias, Bulgaarias ja "
                    "Itaalias – ühendavad iga riigi linnu nende oma keeles. Üheskoos on nende "
                    "eesmärk jõuda 60 liikmeslinnani ning vähemalt 15 linnani, mis võtavad üle "
                    "integreeritud energiaplaneerimise meetodi.</p>"
                    "<p>Liikmed jagavad omavahel lahendusi hoonete renoveerimiseks, kaugkütteks, "
                    "säästvaks liikuvuseks ja linnaandmete platvormideks ning osalevad "
                    "SmartEnCity akadeemia töös ja selle veebiseminaridel.</p>"
                ),
            },
            {
                "_type": "membership_steps",
                "title": "Viis sammu nutika süsinikuneutraalse linnani",
                "intro": "Iga liikmeslinn liigub võrgustikus edasi omas tempos.",
                "steps": [
                    {
                        "name": "Teadlikkuse loomine",
                        "description": (
                            "Linn saab teada, mida võrgustik pakub ja mida teised linnad on "
                            "saavutanud."
                        ),
                    },
                    {
                        "name": "Kaasamine",
                        "description": (
                            "Linn liitub võrgustikuga ja nimetab inimesed, kes selle töös "
                            "osalevad."
                        ),
                    },
                    {
                        "name": "Hoiakute kujundamine",
                        "description": (
                            "Linn läbib City Check-up hindamise ja võtab kohustuse tegeleda "
                            "integreeritud energiaplaneerimisega."
                        ),
                    },
                    {
                        "name": "Lähenemisviisi ülevõtmine",
                        "description": (
                            "Linn rakendab integreeritud energiaplaneerimise meetodit ja "
                            "majakalinnade lahendusi."
                        ),
                    },
                    {
                        "name": "Tunnustamine",
                        "description": (
                            "Võrgustik tunnustab linna tulemusi ja jagab neid kõigi liikmetega."
                        ),
                    },
                ],
            },
            {
                "_type": "quote",
                "text": (
                    "Väikesed ja keskmise suurusega linnad saavad kiiresti edasi liikuda, kui "
                    "nad üksteiselt õpivad."
                ),
                "attribution": "SmartEnCity võrgustik",
            },
            {
                "_type": "call_to_action",
                "title": "Kas teie linn on valmis astuma esimese sammu?",
                "text": "Liikmeks võib astuda iga Euroopa väike ja keskmise suurusega linn.",
                "label": "Liitu võrgustikuga",
                "_page": "join",
            },
        ],
    },
    "pages": [
        {
            "_key": "about",
            "title": "Võrgustikust",
            "slug": "vorgustikust",
            "intro": (
                "SmartEnCity võrgustik aitab linnadel oma energiaüleminekut ühiselt kavandada "
                "ja ellu viia."
            ),
            "body": [
                {"_type": "heading", "text": "Kust võrgustik alguse sai", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p>Projekt SmartEnCity näitas kolmes majakalinnas, kuidas terve "
                        "linnaosa saab vähendada oma energiavajadust ja heitkoguseid: hoonete "
                        "renoveerimise, taastuvenergial põhineva kaugkütte, puhta liikuvuse ja "
                        "avatud linnaandmete abil.</p>"
                        "<p>Võrgustik viib selle kogemuse väikestesse ja keskmise suurusega "
                        "linnadesse üle kogu Euroopa – riiklike võrgustike kaudu, mis räägivad "
                        "iga riigi oma keelt.</p>"
                    ),
                },
                {"_type": "heading", "text": "Riiklikud võrgustikud", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p>SmartEnCity Eesti võrgustikul, Taani võrgustikul Energibyerne ning "
                        "Hispaania, Bulgaaria ja Itaalia võrgustikul on igaühel oma veebisait, "
                        "uudised ja kohtumised.</p>"
                    ),
                },
            ],
        },
        {
            "_key": "cities",
            "title": "Majaka- ja järgijalinnad",
            "slug": "majaka-ja-jargijalinnad",
            "intro": "Viis linna katsetasid SmartEnCity lahendusi esimestena.",
            "body": [
                {"_type": "heading", "text": "Majakalinnad", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p><b>Vitoria-Gasteiz</b> (Hispaania) renoveeris Coronacióni linnaosa "
                        "eluhooneid ja ühendas need taastuvenergial põhineva "
                        "kaugküttevõrguga.</p>"
                        "<p><b>Tartu</b> (Eesti) renoveeris kesklinnas nõukogudeaegseid "
                        "kortermaju nutikateks ja energiatõhusateks kodudeks ning käivitas "
                        "avaliku rattaringluse, kus on kasutusel ka elektrirattad.</p>"
                        "<p><b>Sønderborg</b> (Taani) teeb koostööd ProjectZeroga, et saada "
                        "süsinikuneutraalseks omavalitsuseks.</p>"
                    ),
                },
                {"_type": "heading", "text": "Järgijalinnad", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p><b>Lecce</b> (Itaalia) ja <b>Asenovgrad</b> (Bulgaaria) koostasid "
                        "oma kavad majakalinnade lahenduste ülevõtmiseks.</p>"
                    ),
                },
            ],
        },
        {
            "_key": "join",
            "title": "Liitu võrgustikuga",
            "slug": "liitu-vorgustikuga",
            "intro": "Euroopa väikestele ja keskmise suurusega linnadele on liikmesus tasuta.",
            "body": [
                {"_type": "heading", "text": "Kuidas liituda", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p>Võtke ühendust oma riigi võrgustikuga või, kui teie riigis seda "
                        "veel ei ole, Euroopa võrgustikuga. Rääkige meile oma linnast ja "
                        "inimestest, kes hakkavad võrgustiku töös osalema.</p>"
                        "<p>Seejärel läbib teie linn City Check-up hindamise, mis näitab, kui "
                        "kaugel on teie linn integreeritud energiaplaneerimisega.</p>"
                    ),
                },
            ],
        },
    ],
}
