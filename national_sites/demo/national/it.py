"""Il sito della Rete SmartEnCity Italia, scritto in italiano e tradotto in inglese."""

SITE = {
    "it": {
        "home": {
            "title": "Rete SmartEnCity Italia",
            "network_name": "Rete SmartEnCity Italia",
            "tagline": "I comuni italiani piccoli e medi, insieme verso le emissioni zero",
            "intro": (
                "<p>La <b>Rete SmartEnCity Italia</b> è la rete nazionale italiana della Rete "
                "SmartEnCity europea. Riunisce i comuni piccoli e medi che vogliono diventare "
                "<i>Smart Zero Carbon Cities</i>, città intelligenti a zero emissioni di "
                "carbonio, e parte dall'esperienza di Lecce, città follower del progetto "
                "SmartEnCity.</p>"
            ),
            "footer_text": (
                "<p>La Rete SmartEnCity Italia fa parte della Rete SmartEnCity europea, nata "
                "dal progetto SmartEnCity, finanziato dal programma di ricerca e innovazione "
                "Horizon 2020 dell'Unione europea.</p>"
            ),
            "navigation": [
                {"label": "Chi siamo", "_page": "about"},
                {"label": "Lecce, città follower", "_page": "lecce"},
                {"label": "Come aderire", "_page": "join"},
            ],
            "footer_links": [
                {"label": "Il progetto SmartEnCity", "_url": "https://smartencity.eu/"},
            ],
            "body": [
                {"_type": "heading", "text": "Perché una rete italiana", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p>La maggior parte dei comuni italiani è di piccole o medie "
                        "dimensioni, e spesso dispone di meno personale e meno competenze "
                        "tecniche di una grande città per affrontare la transizione "
                        "energetica. Lavorare in rete permette di mettere in comune strumenti, "
                        "conoscenze ed esperienze, nella nostra lingua.</p>"
                        "<p>La rete accompagna i comuni aderenti con il metodo di "
                        "Pianificazione Energetica Integrata, il City Check-up, i webinar "
                        "della SmartEnCity Academy e il confronto con le città faro "
                        "Vitoria-Gasteiz, Tartu e Sønderborg.</p>"
                    ),
                },
                {
                    "_type": "membership_steps",
                    "title": "Il percorso in cinque tappe",
                    "intro": (
                        "Ogni comune avanza con i propri tempi, dal primo contatto con la rete "
                        "fino al riconoscimento dei risultati raggiunti."
                    ),
                    "steps": [
                        {
                            "name": "Creare consapevolezza",
                            "description": (
                                "Il comune conosce la rete, le soluzioni delle città faro, il "
                                "piano di Lecce e i risultati già ottenuti da altri comuni."
                            ),
                        },
                        {
                            "name": "Creare coinvolgimento",
                            "description": (
                                "Il comune aderisce alla rete e individua gli amministratori e "
                                "i tecnici che ne seguiranno le attività."
                            ),
                        },
                        {
                            "name": "Creare attitudine",
                            "description": (
                                "Il comune svolge il City Check-up, misura il proprio punto di "
                                "partenza e si impegna a pianificare l'energia in modo "
                                "integrato."
                            ),
                        },
                        {
                            "name": "Replicare l'approccio",
                            "description": (
                                "Il comune applica il metodo di Pianificazione Energetica "
                                "Integrata e adatta al proprio territorio le soluzioni delle "
                                "città faro: riqualificazione degli edifici, energie "
                                "rinnovabili, mobilità sostenibile e dati urbani."
                            ),
                        },
                        {
                            "name": "Riconoscimento",
                            "description": (
                                "La rete riconosce i risultati raggiunti dal comune e li fa "
                                "conoscere agli altri membri, in Italia e in Europa."
                            ),
                        },
                    ],
                },
                {
                    "_type": "quote",
                    "text": (
                        "Nessun comune è troppo piccolo per la transizione energetica, se non "
                        "la affronta da solo."
                    ),
                    "attribution": "Rete SmartEnCity Italia",
                },
                {
                    "_type": "call_to_action",
                    "title": "Il tuo comune vuole fare il primo passo?",
                    "text": (
                        "Scopri come aderire alla Rete SmartEnCity Italia e iniziare il percorso."
                    ),
                    "label": "Come aderire",
                    "_page": "join",
                },
            ],
        },
        "pages": [
            {
                "_key": "about",
                "title": "Chi siamo",
                "slug": "chi-siamo",
                "intro": (
                    "La Rete SmartEnCity Italia mette in contatto i comuni italiani che "
                    "vogliono pianificare insieme la propria transizione energetica."
                ),
                "body": [
                    {
                        "_type": "heading",
                        "text": "Una rete nazionale dentro una rete europea",
                        "_level": "h2",
                    },
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>La Rete SmartEnCity Italia è una delle cinque reti nazionali "
                            "della Rete SmartEnCity, insieme a quelle di Estonia, Danimarca, "
                            "Spagna e Bulgaria. Tutte nascono dal progetto europeo SmartEnCity, "
                            "finanziato dal programma Horizon 2020.</p>"
                            "<p>Il nostro compito è portare ai comuni italiani, in italiano, "
                            "ciò che il progetto ha insegnato, e far conoscere in Europa le "
                            "esperienze dei comuni italiani.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "Che cosa offriamo", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Ai comuni aderenti offriamo occasioni di confronto tra "
                            "amministrazioni, il City Check-up per capire da dove partire, il "
                            "metodo di Pianificazione Energetica Integrata e i webinar della "
                            "SmartEnCity Academy.</p>"
                            "<p>Al centro c'è sempre lo scambio tra pari: un comune che ha già "
                            "affrontato un problema può aiutare chi lo incontra per la prima "
                            "volta.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "I nostri obiettivi", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Insieme alle altre reti nazionali, contribuiamo all'obiettivo "
                            "europeo di 60 città aderenti e di almeno 15 città che replichino "
                            "il metodo di Pianificazione Energetica Integrata.</p>"
                        ),
                    },
                ],
            },
            {
                "_key": "lecce",
                "title": "Lecce, città follower",
                "slug": "lecce-citta-follower",
                "intro": (
                    "Lecce ha partecipato al progetto SmartEnCity come città follower e ha "
                    "preparato un piano per replicare le soluzioni delle città faro."
                ),
                "body": [
                    {
                        "_type": "heading",
                        "text": "Una città del Salento in un progetto europeo",
                        "_level": "h2",
                    },
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p><b>Lecce</b>, capoluogo di provincia in Puglia, nel cuore del "
                            "Salento, è nota per il suo centro storico barocco. Nel progetto "
                            "SmartEnCity è stata una delle due città follower, insieme ad "
                            "Asenovgrad in Bulgaria.</p>"
                            "<p>Una città follower segue da vicino ciò che realizzano le città "
                            "faro, Vitoria-Gasteiz, Tartu e Sønderborg, e studia come "
                            "trasferire quelle soluzioni nel proprio contesto.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "Il piano di replicazione", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Il piano di Lecce riguarda quattro ambiti: la "
                            "<b>riqualificazione energetica degli edifici</b>, le <b>energie "
                            "rinnovabili</b>, la <b>mobilità sostenibile</b> e i <b>dati "
                            "urbani</b>, cioè l'uso delle informazioni raccolte in città per "
                            "programmare gli interventi e verificarne i risultati.</p>"
                            "<p>Sono soluzioni nate in climi e contesti diversi: adattarle a "
                            "una città mediterranea, con un patrimonio storico da tutelare, è "
                            "proprio il tipo di lavoro che la rete vuole condividere.</p>"
                        ),
                    },
                    {
                        "_type": "heading",
                        "text": "Che cosa possono imparare gli altri comuni",
                        "_level": "h2",
                    },
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>L'esperienza di Lecce mostra che anche una città che non ospita "
                            "i cantieri pilota può prepararsi alla replicazione con un piano "
                            "chiaro. Per gli altri comuni italiani è un esempio vicino, nella "
                            "stessa lingua e in un contesto simile al loro.</p>"
                        ),
                    },
                    {
                        "_type": "call_to_action",
                        "title": "Vuoi seguire l'esempio di Lecce?",
                        "text": "Il primo passo è aderire alla Rete SmartEnCity Italia.",
                        "label": "Come aderire",
                        "_page": "join",
                    },
                ],
            },
            {
                "_key": "join",
                "title": "Come aderire",
                "slug": "come-aderire",
                "intro": (
                    "L'adesione alla Rete SmartEnCity Italia è aperta a tutti i comuni "
                    "italiani piccoli e medi."
                ),
                "body": [
                    {"_type": "heading", "text": "Chi può aderire", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Possono aderire i comuni italiani piccoli e medi che vogliono "
                            "ridurre i consumi di energia e le emissioni del proprio territorio "
                            "e sono disposti a condividere la propria esperienza con gli altri "
                            "membri.</p>"
                            "<p>Non serve aver già avviato grandi progetti: il percorso della "
                            "rete comincia proprio dal primo passo.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "Come si aderisce", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Scrivici usando i contatti in fondo alla pagina: presentaci il "
                            "tuo comune e indicaci le persone, amministratori e tecnici, che "
                            "seguiranno le attività della rete.</p>"
                            "<p>Dopo l'adesione il comune svolge il City Check-up, che mostra a "
                            "che punto è nella pianificazione energetica integrata e aiuta a "
                            "scegliere le priorità.</p>"
                            "<p>Da lì inizia il percorso in cinque tappe: dalla consapevolezza "
                            "al riconoscimento dei risultati, ogni comune avanza con i propri "
                            "tempi, con il sostegno della rete.</p>"
                        ),
                    },
                ],
            },
        ],
    },
    "en": {
        "home": {
            "title": "Rete SmartEnCity Italia",
            "network_name": "Rete SmartEnCity Italia",
            "tagline": (
                "Small and medium-sized Italian municipalities, together towards zero emissions"
            ),
            "intro": (
                "<p><b>Rete SmartEnCity Italia</b> is the Italian national network of the "
                "European SmartEnCity Network. It brings together small and medium-sized "
                "municipalities that want to become <i>Smart Zero Carbon Cities</i>, smart "
                "cities with zero carbon emissions, and it builds on the experience of Lecce, "
                "a Follower city of the SmartEnCity project.</p>"
            ),
            "footer_text": (
                "<p>Rete SmartEnCity Italia is part of the European SmartEnCity Network, which "
                "grew out of the SmartEnCity project, funded by the European Union's Horizon "
                "2020 research and innovation programme.</p>"
            ),
            "navigation": [
                {"label": "About us", "_page": "about"},
                {"label": "Lecce, Follower city", "_page": "lecce"},
                {"label": "How to join", "_page": "join"},
            ],
            "footer_links": [
                {"label": "The SmartEnCity project", "_url": "https://smartencity.eu/"},
            ],
            "body": [
                {"_type": "heading", "text": "Why an Italian network", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p>Most Italian municipalities are small or medium-sized, and they "
                        "often have fewer staff and less technical expertise than a large city "
                        "to take on the energy transition. Working as a network lets them pool "
                        "tools, knowledge and experience, in our own language.</p>"
                        "<p>The network supports its member municipalities with the Integrated "
                        "Energy Planning method, the City Check-up, the webinars of the "
                        "SmartEnCity Academy and exchanges with the Lighthouse cities "
                        "Vitoria-Gasteiz, Tartu and Sønderborg.</p>"
                    ),
                },
                {
                    "_type": "membership_steps",
                    "title": "The five-step journey",
                    "intro": (
                        "Every municipality moves at its own pace, from its first contact with "
                        "the network to the recognition of its results."
                    ),
                    "steps": [
                        {
                            "name": "Create Awareness",
                            "description": (
                                "The municipality gets to know the network, the solutions of "
                                "the Lighthouse cities, Lecce's plan and the results other "
                                "municipalities have already achieved."
                            ),
                        },
                        {
                            "name": "Create Engagement",
                            "description": (
                                "The municipality joins the network and names the elected "
                                "officials and technical staff who will follow its activities."
                            ),
                        },
                        {
                            "name": "Create Attitude",
                            "description": (
                                "The municipality takes the City Check-up, measures its "
                                "starting point and commits to planning energy in an "
                                "integrated way."
                            ),
                        },
                        {
                            "name": "Replicate Approach",
                            "description": (
                                "The municipality applies the Integrated Energy Planning "
                                "method and adapts the solutions of the Lighthouse cities to "
                                "its own area: building retrofit, renewable energy, "
                                "sustainable mobility and urban data."
                            ),
                        },
                        {
                            "name": "Award",
                            "description": (
                                "The network recognises the municipality's results and makes "
                                "them known to the other members, in Italy and in Europe."
                            ),
                        },
                    ],
                },
                {
                    "_type": "quote",
                    "text": (
                        "No municipality is too small for the energy transition, as long as it "
                        "does not face it alone."
                    ),
                    "attribution": "Rete SmartEnCity Italia",
                },
                {
                    "_type": "call_to_action",
                    "title": "Does your municipality want to take the first step?",
                    "text": (
                        "Find out how to join Rete SmartEnCity Italia and start the journey."
                    ),
                    "label": "How to join",
                    "_page": "join",
                },
            ],
        },
        "pages": [
            {
                "_key": "about",
                "title": "About us",
                "slug": "about",
                "intro": (
                    "Rete SmartEnCity Italia connects Italian municipalities that want to plan "
                    "their energy transition together."
                ),
                "body": [
                    {
                        "_type": "heading",
                        "text": "A national network within a European network",
                        "_level": "h2",
                    },
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Rete SmartEnCity Italia is one of the five national networks "
                            "of the SmartEnCity Network, together with those of Estonia, "
                            "Denmark, Spain and Bulgaria. All of them grew out of the European "
                            "SmartEnCity project, funded by the Horizon 2020 programme.</p>"
                            "<p>Our task is to bring what the project taught to Italian "
                            "municipalities, in Italian, and to make the experience of Italian "
                            "municipalities known in Europe.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "What we offer", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>We offer member municipalities opportunities for exchange "
                            "between local authorities, the City Check-up to see where to "
                            "start, the Integrated Energy Planning method and the webinars of "
                            "the SmartEnCity Academy.</p>"
                            "<p>Peer exchange is always at the heart of it: a municipality "
                            "that has already tackled a problem can help one that is facing it "
                            "for the first time.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "Our goals", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Together with the other national networks, we contribute to "
                            "the European goal of 60 member cities and at least 15 cities "
                            "that replicate the Integrated Energy Planning method.</p>"
                        ),
                    },
                ],
            },
            {
                "_key": "lecce",
                "title": "Lecce, Follower city",
                "slug": "lecce-follower-city",
                "intro": (
                    "Lecce took part in the SmartEnCity project as a Follower city and "
                    "prepared a plan to replicate the solutions of the Lighthouse cities."
                ),
                "body": [
                    {
                        "_type": "heading",
                        "text": "A city of Salento in a European project",
                        "_level": "h2",
                    },
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p><b>Lecce</b>, a provincial capital in Apulia, in the heart of "
                            "Salento, is known for its Baroque historic centre. In the "
                            "SmartEnCity project it was one of the two Follower cities, "
                            "together with Asenovgrad in Bulgaria.</p>"
                            "<p>A Follower city closely follows what the Lighthouse cities, "
                            "Vitoria-Gasteiz, Tartu and Sønderborg, achieve, and studies how "
                            "to transfer those solutions to its own context.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "The replication plan", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Lecce's plan covers four areas: <b>energy retrofit of "
                            "buildings</b>, <b>renewable energy</b>, <b>sustainable "
                            "mobility</b> and <b>urban data</b>, that is, using the information "
                            "gathered in the city to plan interventions and check their "
                            "results.</p>"
                            "<p>These solutions were developed in different climates and "
                            "settings: adapting them to a Mediterranean city with a historic "
                            "heritage to protect is exactly the kind of work the network wants "
                            "to share.</p>"
                        ),
                    },
                    {
                        "_type": "heading",
                        "text": "What other municipalities can learn",
                        "_level": "h2",
                    },
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Lecce's experience shows that a city that does not host the "
                            "pilot works can still prepare for replication with a clear plan. "
                            "For other Italian municipalities it is an example close to home, "
                            "in the same language and in a setting similar to their own.</p>"
                        ),
                    },
                    {
                        "_type": "call_to_action",
                        "title": "Do you want to follow Lecce's example?",
                        "text": "The first step is to join Rete SmartEnCity Italia.",
                        "label": "How to join",
                        "_page": "join",
                    },
                ],
            },
            {
                "_key": "join",
                "title": "How to join",
                "slug": "join",
                "intro": (
                    "Membership of Rete SmartEnCity Italia is open to all small and "
                    "medium-sized Italian municipalities."
                ),
                "body": [
                    {"_type": "heading", "text": "Who can join", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Small and medium-sized Italian municipalities can join if they "
                            "want to reduce the energy use and emissions of their area and are "
                            "willing to share their experience with the other members.</p>"
                            "<p>You do not need to have launched large projects already: the "
                            "network's journey starts with the very first step.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "How to apply", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Write to us using the contact details at the bottom of the "
                            "page: introduce your municipality and tell us who, among elected "
                            "officials and technical staff, will follow the network's "
                            "activities.</p>"
                            "<p>After joining, the municipality takes the City Check-up, which "
                            "shows where it stands in integrated energy planning and helps it "
                            "choose its priorities.</p>"
                            "<p>From there the five-step journey begins: from awareness to the "
                            "recognition of results, every municipality moves at its own pace, "
                            "with the support of the network.</p>"
                        ),
                    },
                ],
            },
        ],
    },
}
