"""News of the Rete SmartEnCity Italia, in Italian with English translations."""

SOURCE_LANGUAGE = "it"

INDEX = {
    "title": {"it": "Notizie", "en": "News"},
    "slug": {"it": "notizie", "en": "news"},
    "intro": {
        "it": "Le notizie della Rete SmartEnCity Italia e dei comuni aderenti: incontri, visite di studio, webinar e passi avanti nella transizione energetica locale.",
        "en": "News from the Rete SmartEnCity Italia and its member municipalities: meetings, study visits, webinars and progress in the local energy transition.",
    },
}

NEWS = [
    {
        "date": "2025-01-30",
        "author": "Segreteria della Rete SmartEnCity Italia",
        "topics": ["energy-planning", "building-retrofit"],
        "cities": ["lecce"],
        "solutions": ["residential-district-retrofit", "energy-data-platform"],
        "title": {
            "it": "A Lecce il primo incontro nazionale della Rete nel 2025",
            "en": "The network's first national meeting of 2025 takes place in Lecce",
        },
        "slug": {
            "it": "a-lecce-il-primo-incontro-nazionale-2025",
            "en": "first-national-meeting-of-2025-in-lecce",
        },
        "intro": {
            "it": "I referenti dei comuni aderenti si sono ritrovati a Lecce, città follower del progetto SmartEnCity, per fare il punto sul piano di replicazione delle soluzioni delle città faro.",
            "en": "The contact persons of the member municipalities met in Lecce, a Follower city of the SmartEnCity project, to take stock of its plan to replicate the solutions of the Lighthouse cities.",
        },
        "body": [
            {
                "it": "La mattinata è stata dedicata al piano con cui Lecce intende riqualificare un quartiere residenziale e raccogliere i dati energetici degli edifici pubblici in un'unica piattaforma. I tecnici del Comune hanno illustrato le scelte fatte, gli ostacoli incontrati con i condomini e il ruolo dei dati nel monitorare i risultati nel tempo.",
                "en": "The morning was devoted to the plan with which Lecce intends to retrofit a residential district and gather the energy data of public buildings in a single platform. The municipality's technical staff described the choices made, the obstacles met with the condominiums and the role of data in monitoring results over time.",
            },
            {
                "it": "Nel pomeriggio i partecipanti hanno discusso il calendario dell'anno: gli incontri della SmartEnCity Academy, una visita di studio in autunno e l'avvio del City Check-up per i comuni entrati da poco nella Rete. La segreteria invierà a tutti i referenti una sintesi dei lavori e il programma aggiornato.",
                "en": "In the afternoon the participants discussed the year's calendar: the SmartEnCity Academy sessions, a study visit in the autumn and the start of the City Check-up for the municipalities that have recently joined the network. The secretariat will send all contact persons a summary of the meeting and the updated programme.",
            },
        ],
    },
    {
        "date": "2025-09-18",
        "author": "Giulia Conti",
        "topics": ["building-retrofit", "district-heating"],
        "cities": ["bolzano"],
        "solutions": ["social-housing-retrofit", "waste-to-energy-district-heating"],
        "title": {
            "it": "Visita di studio a Bolzano: case popolari riqualificate e teleriscaldamento",
            "en": "Study visit to Bolzano: retrofitted social housing and district heating",
        },
        "slug": {
            "it": "visita-di-studio-a-bolzano",
            "en": "study-visit-to-bolzano",
        },
        "intro": {
            "it": "Una delegazione di comuni della Rete ha visitato Bolzano per conoscere da vicino la riqualificazione dell'edilizia sociale e la rete di teleriscaldamento alimentata dal termovalorizzatore.",
            "en": "A delegation of the network's municipalities visited Bolzano to see at close hand the retrofit of social housing and the district heating network supplied by the waste-to-energy plant.",
        },
        "body": [
            {
                "it": "Il programma è iniziato con la visita ad alcuni edifici di edilizia sociale riqualificati, dove i tecnici hanno spiegato gli interventi sull'involucro, i nuovi impianti e il coinvolgimento degli inquilini durante i cantieri. Molte domande hanno riguardato la gestione dei lavori con gli edifici abitati e il monitoraggio dei consumi dopo l'intervento.",
                "en": "The programme began with a visit to several retrofitted social housing buildings, where the technical staff explained the work on the building envelope, the new systems and how tenants were involved while the work was under way. Many questions concerned managing the work in occupied buildings and monitoring consumption after the retrofit.",
            },
            {
                "it": "La seconda parte della giornata è stata dedicata al teleriscaldamento, che a Bolzano sfrutta il calore recuperato dal termovalorizzatore dei rifiuti. Per i comuni del Sud, dove il fabbisogno di riscaldamento è minore, lo spunto più interessante è stato il metodo: pianificare insieme edifici e reti energetiche, come prevede l'approccio SmartEnCity.",
                "en": "The second part of the day was devoted to district heating, which in Bolzano uses heat recovered from the waste-to-energy plant. For the municipalities in the south, where heating demand is lower, the most useful insight was the method: planning buildings and energy networks together, as the SmartEnCity approach proposes.",
            },
        ],
    },
    {
        "date": "2025-09-25",
        "author": "Marco Bianchi",
        "topics": ["sustainable-mobility"],
        "cities": ["ferrara", "pesaro", "bari"],
        "solutions": ["city-of-bicycles", "bicipolitana", "cycle-to-work-incentives"],
        "title": {
            "it": "Webinar dell'Academy: la bicicletta come scelta quotidiana",
            "en": "Academy webinar: cycling as an everyday choice",
        },
        "slug": {
            "it": "webinar-bicicletta-scelta-quotidiana",
            "en": "webinar-cycling-as-an-everyday-choice",
        },
        "intro": {
            "it": "In un webinar della SmartEnCity Academy, Ferrara, Pesaro e Bari hanno raccontato tre modi diversi di fare della bicicletta il mezzo di tutti i giorni.",
            "en": "In a SmartEnCity Academy webinar, Ferrara, Pesaro and Bari presented three different ways of making the bicycle the everyday means of transport.",
        },
        "body": [
            {
                "it": "Ferrara, da tempo conosciuta come la città delle biciclette, ha spiegato come un centro storico in gran parte chiuso al traffico e una rete di piste ciclabili in continua crescita rendano la bici il mezzo più usato per muoversi in città. Pesaro ha presentato la Bicipolitana, una rete di percorsi ciclabili organizzata come una metropolitana, con linee numerate e colorate.",
                "en": "Ferrara, long known as the city of bicycles, explained how a historic centre largely closed to traffic and a steadily growing network of cycle paths make the bike the most used means of getting around the city. Pesaro presented the Bicipolitana, a network of cycle routes organised like an underground railway, with numbered, colour-coded lines.",
            },
            {
                "it": "Bari ha illustrato invece l'esperienza degli incentivi per chi va al lavoro o a scuola in bicicletta: grazie a un'app che registra gli spostamenti, il Comune ha riconosciuto un rimborso per ogni chilometro percorso. Nel dibattito i partecipanti hanno discusso di sicurezza, di costi e di come misurare i risultati. La registrazione è disponibile per i comuni aderenti.",
                "en": "Bari, for its part, described its incentives for people who cycle to work or school: using an app that records journeys, the municipality paid a refund for every kilometre travelled. In the discussion, the participants talked about safety, costs and how to measure the results. The recording is available to member municipalities.",
            },
        ],
    },
    {
        "date": "2026-11-05",
        "author": "Giulia Conti",
        "topics": ["sustainable-mobility", "energy-planning"],
        "cities": ["cagliari"],
        "solutions": ["trolleybus-network", "energy-climate-plan-update"],
        "title": {
            "it": "Cagliari entra nella Rete SmartEnCity Italia",
            "en": "Cagliari joins the Rete SmartEnCity Italia",
        },
        "slug": {
            "it": "cagliari-entra-nella-rete",
            "en": "cagliari-joins-the-network",
        },
        "intro": {
            "it": "Diamo il benvenuto a Cagliari, il primo comune sardo della Rete, che parte da un trasporto pubblico già in parte elettrico e dagli impegni presi con il Patto dei Sindaci.",
            "en": "We welcome Cagliari, the network's first Sardinian municipality, which starts from public transport that is already partly electric and from its commitments under the Covenant of Mayors.",
        },
        "body": [
            {
                "it": "Il capoluogo sardo porta nella Rete l'esperienza dei filobus elettrici del trasporto pubblico locale, che collegano il centro con diversi quartieri senza emissioni allo scarico. Il Comune intende inoltre aggiornare il proprio piano d'azione nell'ambito del Patto dei Sindaci, con obiettivi per gli edifici pubblici, il fotovoltaico e la mobilità da definire insieme ai cittadini.",
                "en": "Sardinia's capital brings to the network its experience with the electric trolleybuses of local public transport, which link the centre with several neighbourhoods with no exhaust emissions. The city also intends to update its action plan under the Covenant of Mayors, with targets for public buildings, solar power and mobility to be set together with citizens.",
            },
            {
                "it": "Nei prossimi mesi i referenti del Comune parteciperanno agli incontri della Rete e agli appuntamenti della SmartEnCity Academy, per conoscere da vicino le soluzioni delle altre città. Il confronto con le città che stanno lavorando ai propri piani, come Ferrara, sarà particolarmente utile per impostare il nuovo piano. Benvenuta, Cagliari!",
                "en": "In the coming months, the municipality's contact persons will take part in the network's meetings and in SmartEnCity Academy sessions to get to know the other cities' solutions at close hand. Exchanges with cities that are working on their own plans, such as Ferrara, will be particularly useful in setting up the new plan. Welcome, Cagliari!",
            },
        ],
    },
    {
        "date": "2026-11-19",
        "author": "Segreteria della Rete SmartEnCity Italia",
        "topics": ["energy-planning", "building-retrofit"],
        "cities": ["pesaro"],
        "solutions": ["school-retrofit", "bicipolitana"],
        "title": {
            "it": "Pesaro ha completato il City Check-up",
            "en": "Pesaro has completed the City Check-up",
        },
        "slug": {
            "it": "pesaro-ha-completato-il-city-check-up",
            "en": "pesaro-has-completed-the-city-check-up",
        },
        "intro": {
            "it": "Il Comune di Pesaro ha completato il City Check-up, l'autovalutazione guidata che mostra a che punto è una città nella pianificazione energetica integrata.",
            "en": "The Municipality of Pesaro has completed the City Check-up, the guided self-assessment that shows how far a city has come in integrated energy planning.",
        },
        "body": [
            {
                "it": "Nel corso di alcuni incontri di lavoro, i tecnici dei settori mobilità, lavori pubblici e ambiente hanno esaminato con la segreteria della Rete come si collegano tra loro i diversi piani comunali. Tra i punti di forza è emersa l'esperienza della Bicipolitana, che dimostra la capacità del Comune di portare avanti un progetto di lungo periodo e di comunicarlo ai cittadini.",
                "en": "Over a few working meetings, staff from the mobility, public works and environment departments reviewed with the network's secretariat how the different municipal plans fit together. Among the strengths was the experience of the Bicipolitana, which shows the municipality's ability to carry through a long-term project and to communicate it to citizens.",
            },
            {
                "it": "Il Check-up ha indicato come prossimo passo la riqualificazione energetica degli edifici scolastici, da realizzare coinvolgendo studenti e insegnanti nel monitoraggio dei consumi. Pesaro userà i risultati per definire le priorità dei prossimi anni e presenterà il proprio percorso alle altre città della Rete nel primo incontro del 2027.",
                "en": "The Check-up pointed to the energy retrofit of school buildings as the next step, to be carried out with students and teachers involved in monitoring energy use. Pesaro will use the results to set its priorities for the coming years and will present its journey to the other cities in the network at the first meeting of 2027.",
            },
        ],
    },
]
