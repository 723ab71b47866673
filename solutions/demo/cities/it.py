"""The member cities of the Italian national network, in Italian and English."""

CITIES = [
    {
        "title": {"it": "Lecce", "en": "Lecce"},
        "slug": {"it": "lecce", "en": "lecce"},
        "country": "IT",
        "population": 94000,
        "latitude": 40.3529,
        "longitude": 18.1743,
        "role": "follower",
        "stage": "replicate",
        "intro": {
            "it": (
                "Lecce, capoluogo del Salento in Puglia, è stata città Follower del progetto "
                "europeo SmartEnCity. Ha preparato un piano per replicare le soluzioni delle "
                "città Lighthouse: riqualificazione energetica degli edifici, energie "
                "rinnovabili, mobilità sostenibile e dati urbani."
            ),
            "en": (
                "Lecce, the capital of Salento in Apulia, was a Follower city of the European "
                "SmartEnCity project. It prepared a plan to replicate the Lighthouse cities' "
                "solutions: energy retrofit of buildings, renewable energy, sustainable "
                "mobility and urban data."
            ),
        },
        "solutions": [
            {
                "title": {
                    "it": "Riqualificazione energetica di un quartiere residenziale",
                    "en": "Energy retrofit of a residential district",
                },
                "slug": {
                    "it": "riqualificazione-quartiere-residenziale",
                    "en": "residential-district-retrofit",
                },
                "summary": {
                    "it": (
                        "Il piano di replicazione prevede l'isolamento degli edifici, nuovi "
                        "serramenti e impianti efficienti in un quartiere residenziale, "
                        "insieme al fotovoltaico sui tetti. I residenti vengono coinvolti fin "
                        "dalla fase di progettazione."
                    ),
                    "en": (
                        "The replication plan provides for insulation, new windows and "
                        "efficient building systems in a residential district, together with "
                        "rooftop solar panels. Residents are involved from the design stage."
                    ),
                },
                "topics": ["building-retrofit", "district-heating", "citizen-engagement"],
                "status": "planned",
                "key_figures": [],
            },
            {
                "title": {
                    "it": "Mobilità elettrica e ciclabile",
                    "en": "Electric mobility and cycling",
                },
                "slug": {
                    "it": "mobilita-elettrica-ciclabile",
                    "en": "electric-mobility-cycling",
                },
                "summary": {
                    "it": (
                        "Autobus elettrici, punti di ricarica per i veicoli elettrici e nuovi "
                        "percorsi ciclabili per ridurre il traffico e le emissioni nel centro "
                        "cittadino."
                    ),
                    "en": (
                        "Electric buses, charging points for electric vehicles and new cycle "
                        "routes to reduce traffic and emissions in the city centre."
                    ),
                },
                "topics": ["sustainable-mobility"],
                "status": "planned",
                "key_figures": [],
            },
            {
                "title": {
                    "it": "Piattaforma urbana per i dati energetici",
                    "en": "Urban platform for energy data",
                },
                "slug": {
                    "it": "piattaforma-dati-energetici",
                    "en": "energy-data-platform",
                },
                "summary": {
                    "it": (
                        "Una piattaforma che raccoglie i dati su consumi, produzione da fonti "
                        "rinnovabili e mobilità, per monitorare i risultati degli interventi e "
                        "orientare la pianificazione energetica della città."
                    ),
                    "en": (
                        "A platform that gathers data on energy use, renewable generation and "
                        "mobility, to monitor the results of the measures and guide the "
                        "city's energy planning."
                    ),
                },
                "topics": ["urban-data", "energy-planning"],
                "status": "planned",
                "key_figures": [],
            },
        ],
    },
    {
        "title": {"it": "Bolzano", "en": "Bolzano"},
        "slug": {"it": "bolzano", "en": "bolzano"},
        "country": "IT",
        "population": 107000,
        "latitude": 46.4981,
        "longitude": 11.3548,
        "role": "member",
        "stage": "award",
        "intro": {
            "it": (
                "Capoluogo dell'Alto Adige, Bolzano è stata una delle due città pilota del "
                "progetto europeo SINFONIA, insieme a Innsbruck. La città ha riqualificato "
                "edifici di edilizia sociale e ampliato la rete di teleriscaldamento."
            ),
            "en": (
                "The capital of South Tyrol, Bolzano was one of the two pilot cities of the "
                "European SINFONIA project, together with Innsbruck. The city has retrofitted "
                "social housing buildings and extended its district heating network."
            ),
        },
        "solutions": [
            {
                "title": {
                    "it": "Riqualificazione dell'edilizia sociale",
                    "en": "Social housing retrofit",
                },
                "slug": {
                    "it": "riqualificazione-edilizia-sociale",
                    "en": "social-housing-retrofit",
                },
                "summary": {
                    "it": (
                        "Nell'ambito di SINFONIA sono stati riqualificati diversi condomini di "
                        "edilizia sociale, con cappotto termico, nuovi serramenti e "
                        "ventilazione controllata, per ridurre in modo netto i consumi di "
                        "energia."
                    ),
                    "en": (
                        "Under SINFONIA, several social housing blocks were retrofitted with "
                        "external insulation, new windows and controlled ventilation, to cut "
                        "their energy use sharply."
                    ),
                },
                "topics": ["building-retrofit", "citizen-engagement"],
                "status": "implemented",
                "key_figures": [],
            },
            {
                "title": {
                    "it": "Teleriscaldamento dal termovalorizzatore",
                    "en": "District heating from the waste-to-energy plant",
                },
                "slug": {
                    "it": "teleriscaldamento-termovalorizzatore",
                    "en": "waste-to-energy-district-heating",
                },
                "summary": {
                    "it": (
                        "Il calore recuperato dal termovalorizzatore cittadino alimenta la rete "
                        "di teleriscaldamento, che viene estesa a nuovi quartieri al posto "
                        "delle caldaie a gas e a gasolio."
                    ),
                    "en": (
                        "Heat recovered from the city's waste-to-energy plant feeds the district "
                        "heating network, which is being extended to new districts in place of "
                        "gas and oil boilers."
                    ),
                },
                "topics": ["district-heating", "energy-planning"],
                "status": "implemented",
                "key_figures": [],
            },
        ],
    },
    {
        "title": {"it": "Ferrara", "en": "Ferrara"},
        "slug": {"it": "ferrara", "en": "ferrara"},
        "country": "IT",
        "population": 130000,
        "latitude": 44.8378,
        "longitude": 11.6197,
        "role": "member",
        "stage": "replicate",
        "intro": {
            "it": (
                "Ferrara, in Emilia-Romagna, è nota come la città delle biciclette e scalda "
                "da decenni parte dei suoi edifici con l'energia geotermica. Nella rete porta "
                "la propria esperienza e ne replica le soluzioni nei quartieri."
            ),
            "en": (
                "Ferrara, in Emilia-Romagna, is known as the city of bicycles and has heated "
                "part of its buildings with geothermal energy for decades. It brings its "
                "experience to the network and replicates its solutions in its districts."
            ),
        },
        "solutions": [
            {
                "title": {
                    "it": "Teleriscaldamento geotermico",
                    "en": "Geothermal district heating",
                },
                "slug": {
                    "it": "teleriscaldamento-geotermico",
                    "en": "geothermal-district-heating",
                },
                "summary": {
                    "it": (
                        "Una rete di teleriscaldamento alimentata soprattutto da acqua calda "
                        "geotermica, integrata dal recupero di calore del termovalorizzatore, "
                        "serve abitazioni ed edifici pubblici della città."
                    ),
                    "en": (
                        "A district heating network fed mainly by geothermal hot water, "
                        "supplemented by heat recovered from the waste-to-energy plant, "
                        "serves homes and public buildings in the city."
                    ),
                },
                "topics": ["district-heating"],
                "status": "implemented",
                "key_figures": [],
            },
            {
                "title": {
                    "it": "Ferrara città delle biciclette",
                    "en": "Ferrara, city of bicycles",
                },
                "slug": {
                    "it": "citta-delle-biciclette",
                    "en": "city-of-bicycles",
                },
                "summary": {
                    "it": (
                        "La bicicletta è il mezzo più usato per gli spostamenti in città, "
                        "grazie a un centro storico in gran parte chiuso al traffico e a una "
                        "rete di piste ciclabili in continua crescita."
                    ),
                    "en": (
                        "The bicycle is the most used means of getting around the city, thanks "
                        "to a historic centre largely closed to traffic and a steadily growing "
                        "network of cycle paths."
                    ),
                },
                "topics": ["sustainable-mobility", "citizen-engagement"],
                "status": "implemented",
                "key_figures": [],
            },
            {
                "title": {
                    "it": "Piano d'azione per l'energia sostenibile e il clima",
                    "en": "Sustainable energy and climate action plan",
                },
                "slug": {
                    "it": "piano-energia-clima",
                    "en": "energy-climate-plan",
                },
                "summary": {
                    "it": (
                        "Come firmataria del Patto dei Sindaci, la città mette in relazione "
                        "edifici, calore rinnovabile e mobilità in un unico piano per ridurre "
                        "le emissioni e adattarsi ai cambiamenti climatici."
                    ),
                    "en": (
                        "As a signatory of the Covenant of Mayors, the city links buildings, "
                        "renewable heat and mobility in a single plan to cut emissions and "
                        "adapt to climate change."
                    ),
                },
                "topics": ["energy-planning"],
                "status": "in_progress",
                "key_figures": [],
            },
        ],
    },
    {
        "title": {"it": "Pesaro", "en": "Pesaro"},
        "slug": {"it": "pesaro", "en": "pesaro"},
        "country": "IT",
        "population": 95000,
        "latitude": 43.9097,
        "longitude": 12.9131,
        "role": "member",
        "stage": "attitude",
        "intro": {
            "it": (
                "Pesaro, sulla costa adriatica delle Marche, ha fatto della bicicletta uno dei "
                "simboli della città con la sua Bicipolitana. Ora vuole estendere lo stesso "
                "approccio all'efficienza energetica degli edifici pubblici."
            ),
            "en": (
                "Pesaro, on the Adriatic coast of the Marche region, has made the bicycle one "
                "of the city's symbols with its Bicipolitana. It now wants to extend the same "
                "approach to the energy efficiency of public buildings."
            ),
        },
        "solutions": [
            {
                "title": {"it": "La Bicipolitana", "en": "The Bicipolitana"},
                "slug": {"it": "bicipolitana", "en": "bicipolitana"},
                "summary": {
                    "it": (
                        "Una rete di piste ciclabili organizzata come una metropolitana, con "
                        "linee numerate e colorate che collegano il centro, i quartieri e il "
                        "lungomare."
                    ),
                    "en": (
                        "A network of cycle paths organised like an underground railway, with "
                        "numbered, colour-coded lines linking the centre, the neighbourhoods "
                        "and the seafront."
                    ),
                },
                "topics": ["sustainable-mobility"],
                "status": "implemented",
                "key_figures": [],
            },
            {
                "title": {
                    "it": "Riqualificazione energetica delle scuole",
                    "en": "Energy retrofit of schools",
                },
                "slug": {
                    "it": "riqualificazione-scuole",
                    "en": "school-retrofit",
                },
                "summary": {
                    "it": (
                        "Isolamento, nuovi serramenti e impianti più efficienti negli edifici "
                        "scolastici comunali, con il coinvolgimento di studenti e insegnanti "
                        "nel monitoraggio dei consumi."
                    ),
                    "en": (
                        "Insulation, new windows and more efficient systems in the "
                        "municipality's school buildings, with students and teachers involved "
                        "in monitoring energy use."
                    ),
                },
                "topics": ["building-retrofit", "citizen-engagement"],
                "status": "planned",
                "key_figures": [],
            },
        ],
    },
    {
        "title": {"it": "Bari", "en": "Bari"},
        "slug": {"it": "bari", "en": "bari"},
        "country": "IT",
        "population": 316000,
        "latitude": 41.1171,
        "longitude": 16.8719,
        "role": "member",
        "stage": "engagement",
        "intro": {
            "it": (
                "Bari, capoluogo della Puglia, punta sulla mobilità sostenibile per ridurre il "
                "traffico e le emissioni. La città ha premiato chi va al lavoro in bicicletta "
                "e sta ampliando la propria rete ciclabile."
            ),
            "en": (
                "Bari, the capital of Apulia, is focusing on sustainable mobility to reduce "
                "traffic and emissions. The city has rewarded people who cycle to work and is "
                "extending its cycle network."
            ),
        },
        "solutions": [
            {
                "title": {
                    "it": "Incentivi per chi va al lavoro in bici",
                    "en": "Incentives for cycling to work",
                },
                "slug": {
                    "it": "incentivi-bici-lavoro",
                    "en": "cycle-to-work-incentives",
                },
                "summary": {
                    "it": (
                        "Con un'app che registra i percorsi, il Comune ha riconosciuto un "
                        "rimborso per ogni chilometro percorso in bicicletta nei tragitti "
                        "casa-lavoro e casa-scuola."
                    ),
                    "en": (
                        "Using an app that records journeys, the municipality paid a refund for "
                        "every kilometre cycled on trips between home and work or school."
                    ),
                },
                "topics": ["sustainable-mobility", "citizen-engagement", "urban-data"],
                "status": "implemented",
                "key_figures": [],
            },
            {
                "title": {
                    "it": "Ampliamento della rete ciclabile",
                    "en": "Extension of the cycle network",
                },
                "slug": {
                    "it": "rete-ciclabile",
                    "en": "cycle-network",
                },
                "summary": {
                    "it": (
                        "Nuove piste ciclabili collegano i quartieri periferici al centro, al "
                        "lungomare e alle stazioni, per rendere la bicicletta una scelta "
                        "sicura e quotidiana."
                    ),
                    "en": (
                        "New cycle paths link the outlying districts to the centre, the "
                        "seafront and the stations, to make cycling a safe, everyday choice."
                    ),
                },
                "topics": ["sustainable-mobility"],
                "status": "in_progress",
                "key_figures": [],
            },
        ],
    },
    {
        "title": {"it": "Cagliari", "en": "Cagliari"},
        "slug": {"it": "cagliari", "en": "cagliari"},
        "country": "IT",
        "population": 147000,
        "latitude": 39.2238,
        "longitude": 9.1217,
        "role": "member",
        "stage": "awareness",
        "intro": {
            "it": (
                "Cagliari, capoluogo della Sardegna, ha aderito da poco alla rete per "
                "conoscere le soluzioni delle altre città. Parte da un trasporto pubblico già "
                "in parte elettrico e dal proprio impegno nel Patto dei Sindaci."
            ),
            "en": (
                "Cagliari, the capital of Sardinia, has recently joined the network to learn "
                "about the other cities' solutions. It starts from public transport that is "
                "already partly electric and from its commitment under the Covenant of "
                "Mayors."
            ),
        },
        "solutions": [
            {
                "title": {
                    "it": "Rete filoviaria cittadina",
                    "en": "City trolleybus network",
                },
                "slug": {
                    "it": "rete-filoviaria",
                    "en": "trolleybus-network",
                },
                "summary": {
                    "it": (
                        "I filobus elettrici del trasporto pubblico locale collegano il centro "
                        "con diversi quartieri senza emissioni allo scarico."
                    ),
                    "en": (
                        "The electric trolleybuses of the local public transport link the "
                        "centre with several neighbourhoods with no exhaust emissions."
                    ),
                },
                "topics": ["sustainable-mobility"],
                "status": "implemented",
                "key_figures": [],
            },
            {
                "title": {
                    "it": "Aggiornamento del piano energia e clima",
                    "en": "Updating the energy and climate plan",
                },
                "slug": {
                    "it": "aggiornamento-piano-energia-clima",
                    "en": "energy-climate-plan-update",
                },
                "summary": {
                    "it": (
                        "La città intende aggiornare il proprio piano d'azione nell'ambito del "
                        "Patto dei Sindaci, con obiettivi per gli edifici pubblici, il solare "
                        "e la mobilità, da definire insieme ai cittadini."
                    ),
                    "en": (
                        "The city intends to update its action plan under the Covenant of "
                        "Mayors, with targets for public buildings, solar power and mobility, "
                        "to be set together with citizens."
                    ),
                },
                "topics": ["energy-planning", "citizen-engagement"],
                "status": "planned",
                "key_figures": [],
            },
        ],
    },
]
