"""The Estonian national network site, written in Estonian, with its English translation."""

SITE = {
    "et": {
        "home": {
            "title": "SmartEnCity Eesti võrgustik",
            "network_name": "SmartEnCity Eesti võrgustik",
            "tagline": "Eesti linnad üheskoos nutika ja süsinikuneutraalse tuleviku poole",
            "intro": (
                "<p>SmartEnCity Eesti võrgustik ühendab Eesti väikesi ja keskmise suurusega "
                "linnu, mis tahavad saada <b>nutikateks süsinikuneutraalseteks linnadeks</b>. "
                "Meile on eeskujuks Tartu, üks projekti SmartEnCity kolmest majakalinnast.</p>"
                "<p>Oleme osa üleeuroopalisest SmartEnCity võrgustikust, kuhu kuuluvad ka "
                "Taani, Hispaania, Bulgaaria ja Itaalia riiklikud võrgustikud.</p>"
            ),
            "footer_text": (
                "<p>SmartEnCity Eesti võrgustik on üleeuroopalise SmartEnCity võrgustiku osa. "
                "Võrgustik sai alguse projektist SmartEnCity, mida rahastati Euroopa Liidu "
                "programmist Horisont 2020.</p>"
            ),
            "navigation": [
                {"label": "Võrgustikust", "_page": "about"},
                {"label": "Tartu – majakalinn", "_page": "tartu"},
                {"label": "Liitu võrgustikuga", "_page": "join"},
            ],
            "footer_links": [
                {"label": "Projekt SmartEnCity", "_url": "https://smartencity.eu/"},
            ],
            "body": [
                {"_type": "heading", "text": "Koos jõuame kaugemale", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p>Energiaüleminek puudutab iga Eesti linna. Tuleb renoveerida "
                        "korterelamuid, muuta kaugküte tõhusamaks ja puhtamaks ning pakkuda "
                        "linlastele mugavaid ja keskkonnasõbralikke liikumisvõimalusi. Väiksemal "
                        "linnal ei pruugi kõige jaoks olla oma spetsialiste ega kogemusi, kuid "
                        "teistelt õppides on lihtsam teha häid otsuseid ja vältida vigu.</p>"
                        "<p>Võrgustikus jagame Tartu ja teiste Euroopa linnade kogemusi, toome "
                        "kokku linnade spetsialistid ning toetame liikmeid integreeritud "
                        "energiaplaneerimise meetodi kasutuselevõtul – eesti keeles ja Eesti "
                        "olusid arvestades.</p>"
                    ),
                },
                {
                    "_type": "membership_steps",
                    "title": "Viis sammu liikmesusest tulemusteni",
                    "intro": "Iga linn liigub võrgustikus edasi omas tempos, samm-sammult.",
                    "steps": [
                        {
                            "name": "Teadlikkuse loomine",
                            "description": (
                                "Linna juhid ja spetsialistid tutvuvad Tartu ja teiste "
                                "SmartEnCity linnade kogemustega ning saavad teada, mida "
                                "võrgustik Eesti linnadele pakub."
                            ),
                        },
                        {
                            "name": "Kaasamine",
                            "description": (
                                "Linn liitub võrgustikuga, määrab oma kontaktisikud ning osaleb "
                                "võrgustiku kohtumistel ja veebiseminaridel."
                            ),
                        },
                        {
                            "name": "Hoiakute kujundamine",
                            "description": (
                                "Linn selgitab City Check-up hindamise abil välja oma lähteseisu "
                                "ja võtab kohustuse lähtuda energiaotsustes integreeritud "
                                "energiaplaneerimisest."
                            ),
                        },
                        {
                            "name": "Lähenemisviisi ülevõtmine",
                            "description": (
                                "Linn rakendab integreeritud energiaplaneerimise meetodit ning "
                                "kohandab majakalinnade lahendusi, näiteks korterelamute "
                                "terviklikku renoveerimist, oma oludele."
                            ),
                        },
                        {
                            "name": "Tunnustamine",
                            "description": (
                                "Võrgustik tunnustab linna saavutusi ja tutvustab neid eeskujuna "
                                "teistele Eesti ja Euroopa linnadele."
                            ),
                        },
                    ],
                },
                {
                    "_type": "quote",
                    "text": (
                        "Iga Eesti linn, olgu suur või väike, saab anda oma panuse "
                        "süsinikuneutraalsesse tulevikku – ja üheskoos jõuame sinna kiiremini."
                    ),
                    "attribution": "SmartEnCity Eesti võrgustik",
                },
                {
                    "_type": "call_to_action",
                    "title": "Kas teie linn on valmis esimeseks sammuks?",
                    "text": (
                        "Võrgustikuga on oodatud liituma kõik Eesti väikesed ja keskmise "
                        "suurusega linnad."
                    ),
                    "label": "Vaata, kuidas liituda",
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
                    "SmartEnCity Eesti võrgustik toob kokku Eesti linnad, mis soovivad "
                    "energiaüleminekut targalt ja üheskoos ette võtta."
                ),
                "body": [
                    {"_type": "heading", "text": "Kes me oleme", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>SmartEnCity Eesti võrgustik on üks viiest riiklikust "
                            "võrgustikust, mis moodustavad üheskoos Euroopa SmartEnCity "
                            "võrgustiku. Võrgustik kasvas välja Euroopa Liidu programmi "
                            "Horisont 2020 projektist SmartEnCity, milles Tartu oli "
                            "Vitoria-Gasteizi ja Sønderborgi kõrval üks kolmest "
                            "majakalinnast.</p>"
                            "<p>Soovime, et Tartus saadud kogemused ei jääks ühe linna "
                            "teadmisteks, vaid jõuaksid kõigi Eesti linnadeni, mis tahavad "
                            "vähendada oma energiatarbimist ja kasvuhoonegaaside heidet.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "Mida võrgustik pakub", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Liikmed saavad õppida teiste linnade kogemustest, osaleda "
                            "SmartEnCity akadeemia veebiseminaridel ning vahetada mõtteid "
                            "kolleegidega nii Eestis kui ka mujal Euroopas.</p>"
                            "<p>Keskendume teemadele, mis on Eesti linnadele eriti tähtsad: "
                            "korterelamute renoveerimine, kaugküte, säästev liikuvus ja "
                            "linnaandmete kasutamine otsuste tegemisel.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "Ühised eesmärgid", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Euroopa SmartEnCity võrgustik soovib kasvada 60 liikmeslinnani, "
                            "millest vähemalt 15 võtab üle integreeritud energiaplaneerimise "
                            "meetodi. Eesti linnad saavad sellesse ühisesse eesmärki oma "
                            "panuse anda.</p>"
                        ),
                    },
                ],
            },
            {
                "_key": "tartu",
                "title": "Tartu – majakalinn",
                "slug": "tartu-majakalinn",
                "intro": (
                    "Projektis SmartEnCity oli Tartu üks kolmest majakalinnast. Linn näitas, "
                    "kuidas nõukogudeaegsetest kortermajadest saavad nutikad ja energiatõhusad "
                    "kodud."
                ),
                "body": [
                    {
                        "_type": "heading",
                        "text": "Smartovkad: vanadest kortermajadest nutikad kodud",
                        "_level": "h2",
                    },
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Tartu kesklinnas renoveeriti nõukogude ajal ehitatud "
                            "kortermaju, mida rahvasuus kutsutakse hruštšovkadeks. Selle nimetuse "
                            "eeskujul hakati uuendatud maju kutsuma <b>Smartovkadeks</b>.</p>"
                            "<p>Majad said parema soojustuse, uued tehnosüsteemid ja nutikad "
                            "lahendused, mis aitavad elanikel oma energiatarbimist jälgida. Nii "
                            "muutusid kodud mugavamaks ja nende energiakulu vähenes.</p>"
                        ),
                    },
                    {
                        "_type": "heading",
                        "text": "Säästev liikuvus ja nutikas linnaruum",
                        "_level": "h2",
                    },
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Tartus käivitati avalik rattaringlus, kus on kasutusel ka "
                            "elektrirattad. Rattaringlusest on saanud paljude tartlaste "
                            "igapäevase liikumise loomulik osa.</p>"
                            "<p>Linnaliinidel võeti kasutusele gaasibussid, mis on "
                            "keskkonnasõbralikumad kui diiselbussid.</p>"
                            "<p>Tänavavalgustust uuendati nutikate valgustitega, mida saab "
                            "juhtida vastavalt vajadusele ja mis aitavad elektrit säästa.</p>"
                        ),
                    },
                    {
                        "_type": "call_to_action",
                        "title": "Kas soovite Tartu kogemustest õppida?",
                        "text": (
                            "Võrgustiku liikmena saate Tartu lahendustega lähemalt tutvuda ja "
                            "neid oma linnas rakendada."
                        ),
                        "label": "Liitu võrgustikuga",
                        "_page": "join",
                    },
                ],
            },
            {
                "_key": "join",
                "title": "Liitu võrgustikuga",
                "slug": "liitu-vorgustikuga",
                "intro": (
                    "Võrgustikuga võivad liituda Eesti väikesed ja keskmise suurusega linnad, "
                    "mis soovivad liikuda süsinikuneutraalsuse poole."
                ),
                "body": [
                    {"_type": "heading", "text": "Kuidas liituda", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Võtke meiega ühendust ja tutvustage lühidalt oma linna: millised "
                            "on teie energia- ja kliimaeesmärgid ning kes linnavalitsusest "
                            "hakkab võrgustiku töös osalema.</p>"
                            "<p>Seejärel teeb linn City Check-up hindamise. See näitab, kui "
                            "kaugel olete integreeritud energiaplaneerimisega ja millised "
                            "järgmised sammud annaksid teie linnale kõige rohkem kasu.</p>"
                        ),
                    },
                    {
                        "_type": "heading",
                        "text": "Mida liitumine linnale annab",
                        "_level": "h2",
                    },
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Liikmena saate kasutada Tartu ja teiste Euroopa linnade "
                            "kogemusi, osaleda SmartEnCity akadeemia veebiseminaridel ning "
                            "küsida kolleegidelt nõu oma energiaprojektide kavandamisel.</p>"
                            "<p>Võrgustik aitab ka teie linna tulemusi Eestis ja Euroopas "
                            "tutvustada.</p>"
                        ),
                    },
                ],
            },
        ],
    },
    "en": {
        "home": {
            "title": "SmartEnCity Network Estonia",
            "network_name": "SmartEnCity Network Estonia",
            "tagline": "Estonian cities together towards a smart, zero-carbon future",
            "intro": (
                "<p>SmartEnCity Network Estonia brings together small and medium-sized "
                "Estonian cities that want to become <b>Smart Zero Carbon Cities</b>. Our "
                "example is Tartu, one of the three Lighthouse cities of the SmartEnCity "
                "project.</p>"
                "<p>We are part of the European SmartEnCity Network, which also includes the "
                "national networks of Denmark, Spain, Bulgaria and Italy.</p>"
            ),
            "footer_text": (
                "<p>SmartEnCity Network Estonia is part of the European SmartEnCity Network. "
                "The network grew out of the SmartEnCity project, funded by the European "
                "Union's Horizon 2020 programme.</p>"
            ),
            "navigation": [
                {"label": "About the network", "_page": "about"},
                {"label": "Tartu, the Lighthouse city", "_page": "tartu"},
                {"label": "Join the network", "_page": "join"},
            ],
            "footer_links": [
                {"label": "SmartEnCity project", "_url": "https://smartencity.eu/"},
            ],
            "body": [
                {"_type": "heading", "text": "Together we get further", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p>The energy transition concerns every Estonian city. Apartment "
                        "buildings need to be renovated, district heating has to become more "
                        "efficient and cleaner, and residents need convenient, "
                        "environmentally friendly ways to get around. A smaller city may not "
                        "have its own specialists or experience for everything, but learning "
                        "from others makes it easier to take good decisions and avoid "
                        "mistakes.</p>"
                        "<p>In the network we share the experience of Tartu and other European "
                        "cities, bring together the cities' specialists and support members in "
                        "taking up the Integrated Energy Planning method – in Estonian and "
                        "with Estonian conditions in mind.</p>"
                    ),
                },
                {
                    "_type": "membership_steps",
                    "title": "Five steps from membership to results",
                    "intro": "Every city moves through the network at its own pace, step by step.",
                    "steps": [
                        {
                            "name": "Create Awareness",
                            "description": (
                                "The city's leaders and specialists get to know the experience "
                                "of Tartu and the other SmartEnCity cities, and find out what "
                                "the network offers Estonian cities."
                            ),
                        },
                        {
                            "name": "Create Engagement",
                            "description": (
                                "The city joins the network, names its contact persons and "
                                "takes part in the network's meetings and webinars."
                            ),
                        },
                        {
                            "name": "Create Attitude",
                            "description": (
                                "The city assesses its starting point with the City Check-up "
                                "and commits to basing its energy decisions on integrated "
                                "energy planning."
                            ),
                        },
                        {
                            "name": "Replicate Approach",
                            "description": (
                                "The city applies the Integrated Energy Planning method and "
                                "adapts the Lighthouse cities' solutions, such as the "
                                "comprehensive renovation of apartment buildings, to its own "
                                "conditions."
                            ),
                        },
                        {
                            "name": "Award",
                            "description": (
                                "The network recognises the city's achievements and presents "
                                "them as an example to other cities in Estonia and Europe."
                            ),
                        },
                    ],
                },
                {
                    "_type": "quote",
                    "text": (
                        "Every Estonian city, large or small, can contribute to a zero-carbon "
                        "future – and together we will get there faster."
                    ),
                    "attribution": "SmartEnCity Network Estonia",
                },
                {
                    "_type": "call_to_action",
                    "title": "Is your city ready for the first step?",
                    "text": (
                        "All small and medium-sized Estonian cities are welcome to join the "
                        "network."
                    ),
                    "label": "See how to join",
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
                    "SmartEnCity Network Estonia brings together Estonian cities that want to "
                    "take on the energy transition wisely and together."
                ),
                "body": [
                    {"_type": "heading", "text": "Who we are", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>SmartEnCity Network Estonia is one of the five national "
                            "networks that together make up the European SmartEnCity Network. "
                            "The network grew out of the SmartEnCity project of the European "
                            "Union's Horizon 2020 programme, in which Tartu was one of the "
                            "three Lighthouse cities, alongside Vitoria-Gasteiz and "
                            "Sønderborg.</p>"
                            "<p>We want the experience gained in Tartu not to remain the "
                            "knowledge of one city, but to reach every Estonian city that "
                            "wants to reduce its energy consumption and greenhouse gas "
                            "emissions.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "What the network offers", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Members can learn from the experience of other cities, take "
                            "part in the webinars of the SmartEnCity Academy and exchange "
                            "ideas with colleagues both in Estonia and elsewhere in "
                            "Europe.</p>"
                            "<p>We focus on the topics that matter most to Estonian cities: "
                            "the renovation of apartment buildings, district heating, "
                            "sustainable mobility and the use of urban data in "
                            "decision-making.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "Shared goals", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>The European SmartEnCity Network aims to grow to 60 member "
                            "cities, at least 15 of which replicate the Integrated Energy "
                            "Planning method. Estonian cities can contribute to this shared "
                            "goal.</p>"
                        ),
                    },
                ],
            },
            {
                "_key": "tartu",
                "title": "Tartu, the Lighthouse city",
                "slug": "tartu-lighthouse-city",
                "intro": (
                    "In the SmartEnCity project, Tartu was one of the three Lighthouse cities. "
                    "The city showed how Soviet-era apartment blocks can become smart, "
                    "energy-efficient homes."
                ),
                "body": [
                    {
                        "_type": "heading",
                        "text": "Smartovkas: from old apartment blocks to smart homes",
                        "_level": "h2",
                    },
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>In the centre of Tartu, apartment blocks built in the Soviet "
                            "era, popularly known as khrushchyovkas, were renovated. Modelled on "
                            "that name, the renovated buildings came to be called "
                            "<b>Smartovkas</b>.</p>"
                            "<p>The buildings received better insulation, new building "
                            "services and smart solutions that help residents follow their "
                            "energy use. As a result, the homes became more comfortable and "
                            "their energy consumption went down.</p>"
                        ),
                    },
                    {
                        "_type": "heading",
                        "text": "Sustainable mobility and a smart urban space",
                        "_level": "h2",
                    },
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Tartu launched a public bike-sharing system that includes "
                            "electric bikes. Bike sharing has become a natural part of everyday "
                            "travel for many people in Tartu.</p>"
                            "<p>Gas-powered buses were introduced on the city's bus lines; they "
                            "are more environmentally friendly than diesel buses.</p>"
                            "<p>Street lighting was renewed with smart lamps that can be "
                            "controlled as needed and help save electricity.</p>"
                        ),
                    },
                    {
                        "_type": "call_to_action",
                        "title": "Would you like to learn from Tartu's experience?",
                        "text": (
                            "As a member of the network, you can get to know Tartu's solutions "
                            "more closely and apply them in your own city."
                        ),
                        "label": "Join the network",
                        "_page": "join",
                    },
                ],
            },
            {
                "_key": "join",
                "title": "Join the network",
                "slug": "join",
                "intro": (
                    "Small and medium-sized Estonian cities that want to move towards carbon "
                    "neutrality can join the network."
                ),
                "body": [
                    {"_type": "heading", "text": "How to join", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Get in touch with us and briefly introduce your city: what "
                            "your energy and climate goals are, and who from the city "
                            "government will take part in the network's work.</p>"
                            "<p>The city then takes the City Check-up. It shows how far you "
                            "have come with integrated energy planning and which next steps "
                            "would benefit your city most.</p>"
                        ),
                    },
                    {
                        "_type": "heading",
                        "text": "What joining gives your city",
                        "_level": "h2",
                    },
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>As a member, you can draw on the experience of Tartu and other "
                            "European cities, take part in the webinars of the SmartEnCity "
                            "Academy and ask colleagues for advice when planning your energy "
                            "projects.</p>"
                            "<p>The network also helps to present your city's results in "
                            "Estonia and in Europe.</p>"
                        ),
                    },
                ],
            },
        ],
    },
}
