"""Demo Network bulletins and newsletters of the European SmartEnCity Network site.

BULLETIN_INDEX and NEWSLETTER_INDEX describe the two index pages. BULLETINS holds the
twelve Network bulletins of 2025 and 2026, one every two months: numbers 1 to 6 are in
English only, numbers 7 to 12 in all six languages. NEWSLETTERS holds the four half-year
newsletters, in all six languages. Every text is a dictionary keyed by language code, and
all texts of one item have the same languages.
"""

BULLETIN_INDEX = {
    "title": {
        "en": "Network bulletins",
        "et": "Võrgustiku infokirjad",
        "da": "Netværksbulletiner",
        "es": "Boletines de la red",
        "bg": "Бюлетини на мрежата",
        "it": "Bollettini della rete",
    },
    "slug": {
        "en": "network-bulletins",
        "et": "vorgustiku-infokirjad",
        "da": "netvaerksbulletiner",
        "es": "boletines-de-la-red",
        "bg": "byuletini-na-mrezhata",
        "it": "bollettini-della-rete",
    },
    "intro": {
        "en": (
            "Every two months, the Network bulletin brings member cities the latest from the "
            "SmartEnCity Network: new members, Academy sessions, webinars, City Check-up "
            "results and funding calls."
        ),
        "et": (
            "Iga kahe kuu tagant toob võrgustiku infokiri liikmeslinnadele SmartEnCity "
            "võrgustiku värskeimad uudised: uued liikmed, akadeemia sessioonid, "
            "veebiseminarid, City Check-up hindamise tulemused ja rahastusvoorud."
        ),
        "da": (
            "Hver anden måned bringer netværksbulletinen medlemsbyerne det seneste nye fra "
            "SmartEnCity Network: nye medlemmer, sessioner i SmartEnCity Academy, webinarer, "
            "resultater fra City Check-up og relevante puljer."
        ),
        "es": (
            "Cada dos meses, el boletín de la red ofrece a las ciudades miembro las últimas "
            "novedades de la Red SmartEnCity: nuevos miembros, sesiones de la Academy, "
            "seminarios web, resultados del City Check-up y convocatorias de financiación."
        ),
        "bg": (
            "На всеки два месеца бюлетинът на мрежата запознава градовете членове с новините "
            "от Мрежата SmartEnCity: нови членове, сесии на Академията, уебинари, резултати от "
            "проверката City Check-up и покани за финансиране."
        ),
        "it": (
            "Ogni due mesi il bollettino della rete porta alle città aderenti le ultime "
            "notizie della Rete SmartEnCity: nuovi membri, sessioni dell'Academy, webinar, "
            "risultati del City Check-up e bandi di finanziamento."
        ),
    },
}

NEWSLETTER_INDEX = {
    "title": {
        "en": "Newsletters",
        "et": "Uudiskirjad",
        "da": "Nyhedsbreve",
        "es": "Boletines semestrales",
        "bg": "Полугодишни бюлетини",
        "it": "Newsletter",
    },
    "slug": {
        "en": "newsletters",
        "et": "uudiskirjad",
        "da": "nyhedsbreve",
        "es": "boletines-semestrales",
        "bg": "polugodishni-byuletini",
        "it": "newsletter",
    },
    "intro": {
        "en": (
            "Twice a year, the newsletter looks back on six months of the SmartEnCity Network "
            "and its national networks."
        ),
        "et": (
            "Kaks korda aastas heidab uudiskiri pilgu tagasi SmartEnCity võrgustiku ja selle "
            "riiklike võrgustike viimasele kuuele kuule."
        ),
        "da": (
            "To gange om året ser nyhedsbrevet tilbage på seks måneder i SmartEnCity Network "
            "og de nationale netværk."
        ),
        "es": (
            "Dos veces al año, el boletín semestral repasa seis meses de actividad de la Red "
            "SmartEnCity y de sus redes nacionales."
        ),
        "bg": (
            "Два пъти годишно полугодишният бюлетин прави преглед на шест месеца от дейността "
            "на Мрежата SmartEnCity и нейните национални мрежи."
        ),
        "it": (
            "Due volte l'anno la newsletter ripercorre sei mesi di attività della Rete "
            "SmartEnCity e delle sue reti nazionali."
        ),
    },
}

BULLETINS = [
    {
        "number": 1,
        "issue_date": "2025-01-20",
        "title": {
            "en": "Network bulletin 1: A year of check-ups ahead",
        },
        "slug": {
            "en": "network-bulletin-1-a-year-of-check-ups-ahead",
        },
        "summary": {
            "en": (
                "The first bulletin of 2025 opens a new round of the City Check-up Assessment "
                "and sets out the year's Academy and webinar programme."
            ),
        },
        "body": [
            {
                "en": (
                    "Welcome to the first Network bulletin. Every two months it brings member "
                    "cities the news of the SmartEnCity Network: who has joined, what the "
                    "SmartEnCity Academy is preparing, which webinars are coming up and which "
                    "funding calls are worth a look. The national networks in Estonia, "
                    "Denmark, Spain, Bulgaria and Italy publish their own news in their own "
                    "languages; this bulletin gathers what matters across borders."
                ),
            },
            {
                "en": (
                    "In 2025 the network wants every member city to take the City Check-up "
                    "Assessment. Based on the Cities4ZERO integrated energy planning method, "
                    "it looks at how a city plans, decides, finances and involves its citizens "
                    "in the energy transition. The first cities have already started, and the "
                    "national coordinators will help the others fill in the questionnaire and "
                    "read their results."
                ),
            },
            {
                "en": (
                    "The Academy's programme for the year follows the same method step by "
                    "step, from a shared vision to the monitoring of results. Two webinar "
                    "series will run alongside it, with speakers from the Lighthouse cities "
                    "Vitoria-Gasteiz, Tartu and Sønderborg and from member cities that have "
                    "already tried their solutions at home."
                ),
            },
        ],
    },
    {
        "number": 2,
        "issue_date": "2025-03-17",
        "title": {
            "en": "Network bulletin 2: Retrofitting homes together",
        },
        "slug": {
            "en": "network-bulletin-2-retrofitting-homes-together",
        },
        "summary": {
            "en": (
                "Building retrofit takes centre stage this spring, with an Academy session "
                "built on the experience of Tartu and Vitoria-Gasteiz, a new member city in "
                "Spain and the first national meetings of the year."
            ),
        },
        "body": [
            {
                "en": (
                    "Most of the energy a small or medium-sized city uses goes into heating "
                    "its buildings, and most of those buildings will still be standing in "
                    "2050. This spring the SmartEnCity Academy looks at how to retrofit them "
                    "at district scale. Tartu will present the renovation of its Soviet-era "
                    "apartment blocks, and Vitoria-Gasteiz the retrofit of homes in the "
                    "Coronación district, where owners had to agree before any work could "
                    "start."
                ),
            },
            {
                "en": (
                    "The session will also cover what happens before the scaffolding goes up: "
                    "how to reach apartment owners, how to combine national grants with "
                    "private loans, and how to keep residents informed while the work is under "
                    "way. Member cities that are preparing retrofit programmes of their own "
                    "are invited to bring a short description of their plans to discuss with "
                    "the speakers."
                ),
            },
            {
                "en": (
                    "We welcome Castellón de la Plana, which has joined the Spanish network "
                    "and named its contact people. Across the national networks, the first "
                    "meetings of the year have taken place in Lecce and Sønderborg, and "
                    "Asenovgrad will host the Bulgarian network later this month. In Estonia, "
                    "Viljandi was among the first cities to complete the City Check-up "
                    "Assessment."
                ),
            },
        ],
    },
    {
        "number": 3,
        "issue_date": "2025-05-19",
        "title": {
            "en": "Network bulletin 3: Clean mobility and open data",
        },
        "slug": {
            "en": "network-bulletin-3-clean-mobility-and-open-data",
        },
        "summary": {
            "en": (
                "The first webinars of the year looked at clean mobility, the national "
                "coordinators met in Vitoria-Gasteiz, and the next webinars turn to urban data "
                "platforms."
            ),
        },
        "body": [
            {
                "en": (
                    "Spring was the season of mobility webinars. In April, Tartu explained how "
                    "it launched its public bike-sharing system with electric bikes and what "
                    "it has learned since, and the Spanish network followed with Pontevedra, a "
                    "city designed for walking. Both showed that clean vehicles are only part "
                    "of the answer: cycle lanes, walkable streets, reliable public transport "
                    "and good information are what change the way people travel."
                ),
            },
            {
                "en": (
                    "The next webinars turn to urban data platforms. In the SmartEnCity "
                    "project the Lighthouse cities gathered energy and mobility data on open "
                    "platforms to follow the effect of their actions. Member cities will hear "
                    "how to start small, with the data they already have, and how to share it "
                    "with citizens and businesses while respecting data protection rules."
                ),
            },
            {
                "en": (
                    "In April the coordinators of the five national networks met in "
                    "Vitoria-Gasteiz to plan the year and to visit the retrofitted Coronación "
                    "district. They agreed to exchange experience more often and to publish a "
                    "short guide to the City Check-up, which the national networks are now "
                    "translating. We also welcome Ærø, the island municipality that has joined "
                    "Energibyerne, the Danish network."
                ),
            },
        ],
    },
    {
        "number": 4,
        "issue_date": "2025-07-14",
        "title": {
            "en": "Network bulletin 4: What the first check-ups tell us",
        },
        "slug": {
            "en": "network-bulletin-4-what-the-first-check-ups-tell-us",
        },
        "summary": {
            "en": (
                "The first results of the City Check-up Assessment show where member cities "
                "are strong and where they need support, and the Academy adapts its autumn "
                "programme."
            ),
        },
        "body": [
            {
                "en": (
                    "Member cities in all five countries have now completed the City Check-up "
                    "Assessment, and the first results are in. Most cities score well on "
                    "political commitment: their councils have adopted climate targets, and "
                    "many have signed the Covenant of Mayors. Fewer have a team that brings "
                    "together the departments for energy, planning, housing and mobility, and "
                    "fewer still follow their progress with regular energy data."
                ),
            },
            {
                "en": (
                    "These results shape the Academy's autumn programme. Sessions after the "
                    "summer will focus on building a cross-department energy team and on "
                    "setting up a simple energy and emissions baseline. Cities that scored "
                    "well on these points, such as Albertslund and Pärnu, will share how they "
                    "organised their work and which data they collect."
                ),
            },
            {
                "en": (
                    "Each city receives its own report with its results and a few "
                    "recommendations, which the national coordinators discuss with the city "
                    "team. In June the Estonian network met in Tartu for a study visit to the "
                    "renovated Smartovka buildings. The next bulletin follows in September; "
                    "until then, we wish everyone a good summer."
                ),
            },
        ],
    },
    {
        "number": 5,
        "issue_date": "2025-09-15",
        "title": {
            "en": "Network bulletin 5: Energy teams and new cities",
        },
        "slug": {
            "en": "network-bulletin-5-energy-teams-and-new-cities",
        },
        "summary": {
            "en": (
                "The Academy resumes with a session on energy teams, the network prepares an "
                "autumn call for new cities, and member cities will meet online in October to "
                "set priorities for 2026."
            ),
        },
        "body": [
            {
                "en": (
                    "The SmartEnCity Academy resumes after the summer with a session on energy "
                    "teams: who should sit at the table, how to secure the support of the "
                    "mayor and council, and how to keep the team going from one term of office "
                    "to the next. A second session, in November, will show how to build an "
                    "energy and emissions baseline from the data a city already has. Both "
                    "answer gaps that the first check-ups revealed."
                ),
            },
            {
                "en": (
                    "In October the network will open a call for new member cities. Membership "
                    "is free for small and medium-sized European cities, and new members can "
                    "take the City Check-up before the end of the year. Member cities can help "
                    "by passing the call on to neighbouring municipalities, and the national "
                    "networks will present it at regional events."
                ),
            },
            {
                "en": (
                    "Study visits remain among the most popular network activities. Earlier "
                    "this month the Danish network visited Ærø's electric ferry and solar "
                    "heating plants, and later this month the Italian network visits "
                    "retrofitted social housing in Bolzano. In October member cities will meet "
                    "online to take stock of the year and agree on priorities for 2026. We "
                    "also welcome Velingrad and Granada, which have started the Awareness step."
                ),
            },
        ],
    },
    {
        "number": 6,
        "issue_date": "2025-11-17",
        "title": {
            "en": "Network bulletin 6: Funding the transition",
        },
        "slug": {
            "en": "network-bulletin-6-funding-the-transition",
        },
        "summary": {
            "en": (
                "A look at the European funding that can turn member cities' energy plans into "
                "projects, the priorities agreed for 2026 and the first response to the call "
                "for new members."
            ),
        },
        "body": [
            {
                "en": (
                    "Good plans need money to become projects. This bulletin looks at the "
                    "European sources most used by cities of our size: the LIFE Clean Energy "
                    "Transition sub-programme, project development assistance such as ELENA "
                    "from the European Investment Bank, and the cohesion policy funds managed "
                    "by national and regional authorities. An Academy webinar on EU funding is "
                    "planned for early 2026."
                ),
            },
            {
                "en": (
                    "Calls change every year, so the network lists open calls on its resources "
                    "page and points to them in the bulletins. Cities that have completed the "
                    "City Check-up Assessment have an advantage: their results describe the "
                    "starting point, the gaps and the priorities that most applications ask "
                    "for. The Bulgarian network's recent webinar on trolleybuses also showed "
                    "how cities combine European and national funding for clean transport."
                ),
            },
            {
                "en": (
                    "At their online autumn meeting in October, member cities agreed on three "
                    "priorities for 2026: district heating, citizen engagement and the "
                    "replication of the Lighthouse solutions. The call for new members has "
                    "already drawn interest, and Haskovo in Bulgaria has joined the network. A "
                    "summary of the meeting will be shared with all members."
                ),
            },
        ],
    },
    {
        "number": 7,
        "issue_date": "2026-01-19",
        "title": {
            "en": "Network bulletin 7: Heat for whole districts",
            "et": "Võrgustiku infokiri 7: soojus tervetele linnaosadele",
            "da": "Netværksbulletin 7: Varme til hele bydele",
            "es": "Boletín de la red 7: calor para barrios enteros",
            "bg": "Бюлетин на мрежата 7: топлина за цели квартали",
            "it": "Bollettino della rete 7: calore per interi quartieri",
        },
        "slug": {
            "en": "network-bulletin-7-heat-for-whole-districts",
            "et": "vorgustiku-infokiri-7-soojus-tervetele-linnaosadele",
            "da": "netvaerksbulletin-7-varme-til-hele-bydele",
            "es": "boletin-de-la-red-7-calor-para-barrios-enteros",
            "bg": "byuletin-na-mrezhata-7-toplina-za-tseli-kvartali",
            "it": "bollettino-della-rete-7-calore-per-interi-quartieri",
        },
        "summary": {
            "en": (
                "The network opens 2026 with a focus on district heating, a new round of City "
                "Check-ups and the first Academy session of the year."
            ),
            "et": (
                "Võrgustik alustab 2026. aastat kaugkütte teemaga, City Check-up hindamise uue "
                "vooruga ja aasta esimese akadeemia sessiooniga."
            ),
            "da": (
                "Netværket indleder 2026 med fokus på fjernvarme, en ny runde City Check-ups "
                "og årets første session i SmartEnCity Academy."
            ),
            "es": (
                "La red empieza 2026 centrada en las redes de calor, con una nueva ronda del "
                "City Check-up y la primera sesión del año de la SmartEnCity Academy."
            ),
            "bg": (
                "Мрежата започва 2026 г. с фокус върху централното отопление, нов кръг на "
                "проверката City Check-up и първата за годината сесия на Академията "
                "SmartEnCity."
            ),
            "it": (
                "La rete apre il 2026 puntando sul teleriscaldamento, con un nuovo ciclo del "
                "City Check-up e la prima sessione dell'anno della SmartEnCity Academy."
            ),
        },
        "body": [
            {
                "en": (
                    "District heating is the network's theme for the first months of 2026. "
                    "Sønderborg will share how ProjectZero brought the municipality, the local "
                    "utility and citizens together around a renewable heat supply, and Tartu "
                    "will show how much less heat its renovated apartment blocks now need from "
                    "the city's district heating network. Member cities that plan new heat "
                    "networks, or want to move existing ones away from fossil fuels, are "
                    "invited to send their questions in advance."
                ),
                "et": (
                    "Kaugküte on võrgustiku teema 2026. aasta esimestel kuudel. Sønderborg "
                    "jagab kogemust, kuidas ProjectZero tõi omavalitsuse, kohaliku "
                    "energiaettevõtte ja elanikud kokku taastuvatel allikatel põhineva "
                    "soojusvarustuse ümber, ning Tartu näitab, kui palju vähem soojust vajavad "
                    "linna renoveeritud kortermajad nüüd kaugküttevõrgust. Liikmeslinnadel, "
                    "kes kavandavad uusi soojusvõrke või soovivad olemasolevad võrgud "
                    "fossiilkütustelt ümber viia, palume oma küsimused ette saata."
                ),
                "da": (
                    "Fjernvarme er netværkets tema i de første måneder af 2026. Sønderborg "
                    "fortæller, hvordan ProjectZero samlede kommunen, det lokale "
                    "forsyningsselskab og borgerne om en vedvarende varmeforsyning, og Tartu "
                    "viser, hvor meget mindre varme byens renoverede etageboliger nu henter "
                    "fra fjernvarmenettet. Medlemsbyer, der planlægger nye varmenet eller vil "
                    "omstille de eksisterende fra fossile brændsler, er velkomne til at sende "
                    "deres spørgsmål på forhånd."
                ),
                "es": (
                    "Las redes de calor son el tema central de la Red SmartEnCity en los "
                    "primeros meses de 2026. Sønderborg contará cómo ProjectZero reunió al "
                    "ayuntamiento, a la empresa energética local y a la ciudadanía en torno a "
                    "un suministro de calor renovable, y Tartu mostrará cuánto menos calor "
                    "necesitan ahora de la red urbana sus bloques de viviendas rehabilitados. "
                    "Las ciudades miembro que planifican nuevas redes, o quieren que las "
                    "existentes dejen atrás los combustibles fósiles, pueden enviar sus "
                    "preguntas con antelación."
                ),
                "bg": (
                    "Централното отопление е темата на мрежата през първите месеци на 2026 г. "
                    "Сьондербор ще разкаже как ProjectZero обедини общината, местното "
                    "енергийно дружество и гражданите около топлоснабдяване от възобновяеми "
                    "източници, а Тарту ще покаже колко по-малко топлина от градската "
                    "топлофикационна мрежа използват сега обновените му жилищни блокове. "
                    "Градовете членове, които планират нови топлофикационни мрежи или искат "
                    "съществуващите да преминат от изкопаеми горива към възобновяеми "
                    "източници, могат да изпратят въпросите си предварително."
                ),
                "it": (
                    "Il teleriscaldamento è il tema della rete nei primi mesi del 2026. "
                    "Sønderborg racconterà come ProjectZero abbia riunito il comune, l'azienda "
                    "energetica locale e i cittadini attorno a una fornitura di calore "
                    "rinnovabile, e Tartu mostrerà quanto meno calore richiedano oggi alla "
                    "rete di teleriscaldamento i suoi condomini riqualificati. Le città "
                    "aderenti che progettano nuove reti di calore, o vogliono liberare quelle "
                    "esistenti dai combustibili fossili, possono inviare le loro domande in "
                    "anticipo."
                ),
            },
            {
                "en": (
                    "A new round of the City Check-up Assessment opens this month. Based on "
                    "the Cities4ZERO integrated energy planning method, the check-up shows "
                    "each city where it stands, from political commitment and energy data to "
                    "financing and citizen engagement. Cities that took it in 2025 can repeat "
                    "it to measure their progress, and the national networks will help "
                    "newcomers complete it in their own language."
                ),
                "et": (
                    "Sel kuul algab City Check-up hindamise uus voor. Cities4ZERO "
                    "integreeritud energiaplaneerimise meetodil põhinev hindamine näitab igale "
                    "linnale, kus ta seisab – alates poliitilisest pühendumusest ja "
                    "energiaandmetest kuni rahastamise ja elanike kaasamiseni. Linnad, kes "
                    "läbisid hindamise 2025. aastal, saavad seda korrata, et oma edusamme "
                    "mõõta, ning riiklikud võrgustikud aitavad uutel liikmetel hindamise oma "
                    "keeles läbida."
                ),
                "da": (
                    "En ny runde af City Check-up åbner i denne måned. Check-uppen bygger på "
                    "Cities4ZERO-metoden til integreret energiplanlægning og viser hver by, "
                    "hvor den står – fra politisk opbakning og energidata til finansiering og "
                    "borgerinddragelse. Byer, der gennemførte den i 2025, kan tage den igen "
                    "for at måle deres fremskridt, og de nationale netværk hjælper nye "
                    "medlemmer med at udfylde den på deres eget sprog."
                ),
                "es": (
                    "Este mes se abre una nueva ronda del City Check-up. Basado en el método "
                    "Cities4ZERO de planificación energética integrada, el diagnóstico muestra "
                    "a cada ciudad en qué punto se encuentra, desde el compromiso político y "
                    "los datos energéticos hasta la financiación y la participación ciudadana. "
                    "Las ciudades que lo realizaron en 2025 pueden repetirlo para medir sus "
                    "avances, y las redes nacionales ayudarán a las recién llegadas a "
                    "completarlo en su propio idioma."
                ),
                "bg": (
                    "Този месец започва нов кръг на проверката City Check-up. Основана на "
                    "метода Cities4ZERO за интегрирано енергийно планиране, тя показва на "
                    "всеки град докъде е стигнал – от политическата ангажираност и енергийните "
                    "данни до финансирането и участието на гражданите. Градовете, които "
                    "преминаха проверката през 2025 г., могат да я повторят, за да измерят "
                    "напредъка си, а националните мрежи ще помогнат на новите членове да я "
                    "попълнят на своя език."
                ),
                "it": (
                    "Questo mese si apre un nuovo ciclo del City Check-up. Basato sul metodo "
                    "Cities4ZERO di pianificazione energetica integrata, il check-up mostra a "
                    "ogni città a che punto si trova, dall'impegno politico e dai dati "
                    "energetici fino al finanziamento e al coinvolgimento dei cittadini. Le "
                    "città che lo hanno svolto nel 2025 possono ripeterlo per misurare i "
                    "propri progressi, e le reti nazionali aiuteranno i nuovi membri a "
                    "compilarlo nella propria lingua."
                ),
            },
            {
                "en": (
                    "The SmartEnCity Academy returns in March with a session on the first "
                    "phases of integrated energy planning, and both webinar series continue "
                    "through the spring. Recordings of the 2025 webinars remain available to "
                    "all members. Finally, we welcome Kuressaare in Estonia and Bari in Italy, "
                    "which joined the network at the end of 2025 and have already named the "
                    "teams that will take part."
                ),
                "et": (
                    "Märtsis toimub SmartEnCity akadeemia järgmine sessioon, mis käsitleb "
                    "integreeritud energiaplaneerimise esimesi etappe, ning mõlemad "
                    "veebiseminaride sarjad jätkuvad kogu kevade. 2025. aasta veebiseminaride "
                    "salvestused on endiselt kõigile liikmetele kättesaadavad. Lõpetuseks "
                    "tervitame Kuressaaret Eestis ja Barit Itaalias, kes liitusid võrgustikuga "
                    "2025. aasta lõpus ja on juba nimetanud oma meeskonnad."
                ),
                "da": (
                    "SmartEnCity Academy vender tilbage i marts med en session om de første "
                    "faser af integreret energiplanlægning, og begge webinarserier fortsætter "
                    "hen over foråret. Optagelserne af webinarerne fra 2025 er stadig "
                    "tilgængelige for alle medlemmer. Til sidst byder vi velkommen til "
                    "Kuressaare i Estland og Bari i Italien, som blev medlemmer af netværket i "
                    "slutningen af 2025 og allerede har udpeget de teams, der skal deltage."
                ),
                "es": (
                    "La SmartEnCity Academy vuelve en marzo con una sesión sobre las primeras "
                    "fases de la planificación energética integrada, y las dos series de "
                    "seminarios web continúan durante la primavera. Las grabaciones de los "
                    "seminarios de 2025 siguen a disposición de todos los miembros. Por "
                    "último, damos la bienvenida a Kuressaare, en Estonia, y a Bari, en "
                    "Italia, que se unieron a la red a finales de 2025 y ya han designado los "
                    "equipos que participarán."
                ),
                "bg": (
                    "Академията SmartEnCity се завръща през март със сесия за първите етапи на "
                    "интегрираното енергийно планиране, а двете поредици уебинари продължават "
                    "през цялата пролет. Записите на уебинарите от 2025 г. остават достъпни за "
                    "всички членове. И накрая, приветстваме Куресааре в Естония и Бари в "
                    "Италия, които се присъединиха към мрежата в края на 2025 г. и вече "
                    "определиха екипите си."
                ),
                "it": (
                    "La SmartEnCity Academy torna a marzo con una sessione sulle prime fasi "
                    "della pianificazione energetica integrata, e le due serie di webinar "
                    "proseguono per tutta la primavera. Le registrazioni dei webinar del 2025 "
                    "restano a disposizione di tutti i membri. Infine, diamo il benvenuto a "
                    "Kuressaare, in Estonia, e a Bari, in Italia, che hanno aderito alla rete "
                    "alla fine del 2025 e hanno già indicato i gruppi di lavoro che "
                    "parteciperanno."
                ),
            },
        ],
    },
    {
        "number": 8,
        "issue_date": "2026-03-16",
        "title": {
            "en": "Network bulletin 8: Planning with the Cities4ZERO method",
            "et": "Võrgustiku infokiri 8: planeerimine Cities4ZERO meetodiga",
            "da": "Netværksbulletin 8: Planlægning med Cities4ZERO-metoden",
            "es": "Boletín de la red 8: planificar con el método Cities4ZERO",
            "bg": "Бюлетин на мрежата 8: планиране с метода Cities4ZERO",
            "it": "Bollettino della rete 8: pianificare con il metodo Cities4ZERO",
        },
        "slug": {
            "en": "network-bulletin-8-planning-with-the-cities4zero-method",
            "et": "vorgustiku-infokiri-8-planeerimine-cities4zero-meetodiga",
            "da": "netvaerksbulletin-8-planlaegning-med-cities4zero-metoden",
            "es": "boletin-de-la-red-8-planificar-con-el-metodo-cities4zero",
            "bg": "byuletin-na-mrezhata-8-planirane-s-metoda-cities4zero",
            "it": "bollettino-della-rete-8-pianificare-con-il-metodo-cities4zero",
        },
        "summary": {
            "en": (
                "The SmartEnCity Academy opens its 2026 programme on integrated energy "
                "planning, and two webinars look at EU funding and at the Follower cities' "
                "replication plans."
            ),
            "et": (
                "SmartEnCity akadeemia alustab 2026. aasta programmi integreeritud "
                "energiaplaneerimisest ning kaks veebiseminari käsitlevad ELi rahastust ja "
                "järgijalinnade ülevõtmiskavasid."
            ),
            "da": (
                "SmartEnCity Academy åbner sit program for 2026 om integreret "
                "energiplanlægning, og to webinarer ser på EU-finansiering og følgebyernes "
                "planer for overførsel."
            ),
            "es": (
                "La SmartEnCity Academy inaugura su programa de 2026 sobre planificación "
                "energética integrada, y dos seminarios web abordan la financiación europea y "
                "los planes de replicación de las ciudades seguidoras."
            ),
            "bg": (
                "Академията SmartEnCity започва програмата си за 2026 г. по интегрирано "
                "енергийно планиране, а два уебинара разглеждат европейското финансиране и "
                "плановете за възпроизвеждане на градовете последователи."
            ),
            "it": (
                "La SmartEnCity Academy apre il programma 2026 sulla pianificazione energetica "
                "integrata, e due webinar affrontano i finanziamenti europei e i piani di "
                "replica delle città follower."
            ),
        },
        "body": [
            {
                "en": (
                    "This month the SmartEnCity Academy opens its 2026 programme. Its sessions "
                    "follow the Cities4ZERO method, developed in the SmartEnCity project to "
                    "guide cities through integrated energy planning, from strategy and "
                    "planning to implementation and monitoring. The first session looks at the "
                    "strategy phase: how a city agrees on a long-term vision, who takes part "
                    "in the work and how the council commits to it, with examples from "
                    "Sønderborg and Vitoria-Gasteiz."
                ),
                "et": (
                    "Sel kuul alustab SmartEnCity akadeemia oma 2026. aasta programmi. "
                    "Sessioonid järgivad Cities4ZERO meetodit, mis töötati projektis "
                    "SmartEnCity välja selleks, et juhatada linnu läbi integreeritud "
                    "energiaplaneerimise – strateegiast ja kavandamisest kuni elluviimise ja "
                    "seireni. Esimene sessioon käsitleb strateegiaetappi: kuidas linn lepib "
                    "kokku pikaajalises visioonis, kes töös osalevad ja kuidas volikogu "
                    "sellele oma toetuse annab. Näiteid toovad Sønderborg ja Vitoria-Gasteiz."
                ),
                "da": (
                    "I denne måned åbner SmartEnCity Academy sit program for 2026. Sessionerne "
                    "følger Cities4ZERO-metoden, som blev udviklet i SmartEnCity-projektet for "
                    "at guide byer gennem integreret energiplanlægning – fra strategi og "
                    "planlægning til gennemførelse og opfølgning. Første session handler om "
                    "strategifasen: hvordan en by bliver enig om en langsigtet vision, hvem "
                    "der deltager i arbejdet, og hvordan byrådet forpligter sig til den. "
                    "Eksemplerne kommer fra Sønderborg og Vitoria-Gasteiz."
                ),
                "es": (
                    "Este mes la SmartEnCity Academy inaugura su programa de 2026. Las "
                    "sesiones siguen el método Cities4ZERO, desarrollado en el proyecto "
                    "SmartEnCity para guiar a las ciudades en la planificación energética "
                    "integrada, desde la estrategia y la planificación hasta la ejecución y el "
                    "seguimiento. La primera sesión aborda la fase estratégica: cómo una "
                    "ciudad acuerda una visión a largo plazo, quién participa en el trabajo y "
                    "cómo se compromete el pleno municipal, con ejemplos de Sønderborg y "
                    "Vitoria-Gasteiz."
                ),
                "bg": (
                    "Този месец Академията SmartEnCity започва програмата си за 2026 г. "
                    "Сесиите следват метода Cities4ZERO, разработен в проекта SmartEnCity, за "
                    "да води градовете през интегрираното енергийно планиране – от стратегията "
                    "и планирането до изпълнението и мониторинга. Първата сесия е посветена на "
                    "стратегическия етап: как градът постига съгласие за дългосрочна визия, "
                    "кой участва в работата и как общинският съвет поема ангажимент към нея, с "
                    "примери от Сьондербор и Витория-Гастейс."
                ),
                "it": (
                    "Questo mese la SmartEnCity Academy apre il programma 2026. Le sessioni "
                    "seguono il metodo Cities4ZERO, sviluppato nel progetto SmartEnCity per "
                    "accompagnare le città nella pianificazione energetica integrata, dalla "
                    "strategia e dalla pianificazione fino all'attuazione e al monitoraggio. "
                    "La prima sessione è dedicata alla fase strategica: come una città "
                    "concorda una visione di lungo periodo, chi partecipa al lavoro e come il "
                    "consiglio comunale si impegna a sostenerla, con esempi da Sønderborg e "
                    "Vitoria-Gasteiz."
                ),
            },
            {
                "en": (
                    "Last week an Academy webinar gave member cities an overview of EU funding "
                    "for their energy plans, from the Clean Energy Transition calls of the "
                    "LIFE programme to Horizon Europe and the cohesion policy funds, with "
                    "practical advice on preparing strong proposals. Later this month the "
                    "Follower cities Lecce and Asenovgrad will show in a European webinar how "
                    "their replication plans are turning into projects."
                ),
                "et": (
                    "Eelmisel nädalal andis akadeemia veebiseminar liikmeslinnadele ülevaate "
                    "ELi rahastusvõimalustest nende energiakavade jaoks – LIFE programmi "
                    "puhtale energiale ülemineku voorudest kuni programmi „Euroopa horisont“ "
                    "ja ühtekuuluvuspoliitika fondideni – ning praktilisi nõuandeid tugeva "
                    "taotluse koostamiseks. Selle kuu lõpus näitavad järgijalinnad Lecce ja "
                    "Asenovgrad Euroopa veebiseminaril, kuidas nende ülevõtmiskavadest saavad "
                    "projektid."
                ),
                "da": (
                    "I sidste uge gav et webinar i SmartEnCity Academy medlemsbyerne et "
                    "overblik over EU-finansiering til deres energiplaner – fra "
                    "LIFE-programmets opslag om omstilling til ren energi til Horizon Europe "
                    "og samhørighedspolitikkens fonde – med praktiske råd om at skrive stærke "
                    "ansøgninger. Senere i måneden viser følgebyerne Lecce og Asenovgrad på et "
                    "europæisk webinar, hvordan deres planer for overførsel bliver til "
                    "projekter."
                ),
                "es": (
                    "La semana pasada, un seminario web de la Academy ofreció a las ciudades "
                    "miembro un panorama de la financiación europea para sus planes "
                    "energéticos, desde las convocatorias de Transición a una Energía Limpia "
                    "del programa LIFE hasta Horizonte Europa y los fondos de la política de "
                    "cohesión, con consejos prácticos para preparar propuestas sólidas. A "
                    "finales de mes, las ciudades seguidoras Lecce y Asenovgrad mostrarán en "
                    "un seminario web europeo cómo sus planes de replicación se están "
                    "convirtiendo en proyectos."
                ),
                "bg": (
                    "Миналата седмица уебинар на Академията даде на градовете членове преглед "
                    "на европейското финансиране за техните енергийни планове – от поканите по "
                    "подпрограмата „Преход към чиста енергия“ на LIFE до „Хоризонт Европа“ и "
                    "фондовете на кохезионната политика, с практически съвети за подготовката "
                    "на силни предложения. В края на месеца градовете последователи Лече и "
                    "Асеновград ще покажат на европейски уебинар как плановете им за "
                    "възпроизвеждане се превръщат в проекти."
                ),
                "it": (
                    "La settimana scorsa un webinar dell'Academy ha offerto alle città "
                    "aderenti una panoramica dei finanziamenti europei per i loro piani "
                    "energetici, dai bandi Transizione all'energia pulita del programma LIFE a "
                    "Orizzonte Europa e ai fondi della politica di coesione, con consigli "
                    "pratici per preparare proposte solide. A fine mese le città follower "
                    "Lecce e Asenovgrad mostreranno in un webinar europeo come i loro piani di "
                    "replica si stiano trasformando in progetti."
                ),
            },
            {
                "en": (
                    "The national networks have been busy too. Energibyerne held a meeting for "
                    "Danish member cities on local heat planning, the Bulgarian network "
                    "brought together municipalities preparing building renovation projects, "
                    "and the Italian network started a working group on cycling and energy "
                    "with Ferrara, Pesaro and Bari. Presentations from these meetings are "
                    "available from the national networks."
                ),
                "et": (
                    "Aktiivsed on olnud ka riiklikud võrgustikud. Energibyerne korraldas Taani "
                    "liikmeslinnadele kohtumise kohaliku soojusplaneerimise teemal, Bulgaaria "
                    "võrgustik tõi kokku omavalitsused, kes valmistavad ette hoonete "
                    "renoveerimise projekte, ning Itaalia võrgustik käivitas koos Ferrara, "
                    "Pesaro ja Bariga jalgrattaliikluse ja energeetika töörühma. Nende "
                    "kohtumiste ettekanded on saadaval riiklike võrgustike kaudu."
                ),
                "da": (
                    "De nationale netværk har også haft travlt. Energibyerne holdt et møde for "
                    "de danske medlemsbyer om lokal varmeplanlægning, det bulgarske netværk "
                    "samlede kommuner, der forbereder renoveringsprojekter, og det italienske "
                    "netværk har startet en arbejdsgruppe om cykling og energi med Ferrara, "
                    "Pesaro og Bari. Præsentationerne fra møderne kan fås hos de nationale "
                    "netværk."
                ),
                "es": (
                    "Las redes nacionales también han estado activas. Energibyerne organizó "
                    "una reunión para las ciudades miembro danesas sobre planificación local "
                    "del calor, la red búlgara reunió a municipios que preparan proyectos de "
                    "rehabilitación de edificios y la red italiana ha creado un grupo de "
                    "trabajo sobre bicicleta y energía con Ferrara, Pesaro y Bari. Las "
                    "presentaciones de estas reuniones pueden solicitarse a las redes "
                    "nacionales."
                ),
                "bg": (
                    "Националните мрежи също бяха активни. Energibyerne организира среща за "
                    "датските градове членове по темата за местното топлинно планиране, "
                    "българската мрежа събра общини, които подготвят проекти за обновяване на "
                    "сгради, а италианската мрежа създаде работна група за велосипедното "
                    "движение и енергията с Ферара, Пезаро и Бари. Презентациите от тези срещи "
                    "могат да бъдат получени от националните мрежи."
                ),
                "it": (
                    "Anche le reti nazionali sono state attive. Energibyerne ha organizzato un "
                    "incontro per le città danesi sulla pianificazione locale del calore, la "
                    "rete bulgara ha riunito i comuni che preparano progetti di "
                    "riqualificazione degli edifici e la rete italiana ha avviato un gruppo di "
                    "lavoro su bicicletta ed energia con Ferrara, Pesaro e Bari. Le "
                    "presentazioni di questi incontri si possono richiedere alle reti "
                    "nazionali."
                ),
            },
        ],
    },
    {
        "number": 9,
        "issue_date": "2026-05-18",
        "title": {
            "en": "Network bulletin 9: Citizens at the centre",
            "et": "Võrgustiku infokiri 9: elanikud keskmes",
            "da": "Netværksbulletin 9: Borgerne i centrum",
            "es": "Boletín de la red 9: la ciudadanía en el centro",
            "bg": "Бюлетин на мрежата 9: гражданите в центъра",
            "it": "Bollettino della rete 9: i cittadini al centro",
        },
        "slug": {
            "en": "network-bulletin-9-citizens-at-the-centre",
            "et": "vorgustiku-infokiri-9-elanikud-keskmes",
            "da": "netvaerksbulletin-9-borgerne-i-centrum",
            "es": "boletin-de-la-red-9-la-ciudadania-en-el-centro",
            "bg": "byuletin-na-mrezhata-9-grazhdanite-v-tsentara",
            "it": "bollettino-della-rete-9-i-cittadini-al-centro",
        },
        "summary": {
            "en": (
                "This spring's theme is citizen engagement: how member cities involve their "
                "residents, from island communities to city districts, with a webinar on "
                "energy communities."
            ),
            "et": (
                "Selle kevade teema on elanike kaasamine: kuidas liikmeslinnad kaasavad oma "
                "elanikke saarekogukondadest linnaosadeni. Lisaks toimub veebiseminar "
                "energiakogukondadest."
            ),
            "da": (
                "Forårets tema er borgerinddragelse: hvordan medlemsbyerne inddrager deres "
                "borgere, fra øsamfund til bydele, og et webinar om energifællesskaber."
            ),
            "es": (
                "El tema de esta primavera es la participación ciudadana: cómo implican las "
                "ciudades miembro a sus vecinos, de las comunidades insulares a los barrios, "
                "con un seminario web sobre comunidades energéticas."
            ),
            "bg": (
                "Темата тази пролет е участието на гражданите: как градовете членове ангажират "
                "жителите си – от островни общности до градски квартали. Предстои и уебинар за "
                "енергийните общности."
            ),
            "it": (
                "Il tema di questa primavera è il coinvolgimento dei cittadini: come le città "
                "aderenti coinvolgono i residenti, dalle comunità insulari ai quartieri, con "
                "un webinar sulle comunità energetiche."
            ),
        },
        "body": [
            {
                "en": (
                    "No energy plan works without the people who live with it. Citizen "
                    "engagement, one of the priorities agreed at the network's autumn meeting "
                    "in 2025, is the theme of this spring. Ærø will tell how an island "
                    "community built support for local renewable energy, from solar heating "
                    "plants to an electric ferry, and Tartu will share what it learned from "
                    "the apartment associations that voted on the renovation of their "
                    "buildings."
                ),
                "et": (
                    "Ükski energiakava ei toimi ilma inimesteta, keda see puudutab. Elanike "
                    "kaasamine, üks 2025. aasta sügiskohtumisel kokku lepitud prioriteetidest, "
                    "on selle kevade teema. Ærø räägib, kuidas saarekogukond kogus toetust "
                    "kohalikule taastuvenergiale – päikesesoojusjaamadest elektrilise "
                    "parvlaevani –, ning Tartu jagab, mida õppis korteriühistutelt, kes "
                    "hääletasid oma maja renoveerimise üle."
                ),
                "da": (
                    "Ingen energiplan virker uden de mennesker, der skal leve med den. "
                    "Borgerinddragelse, en af de prioriteter, der blev vedtaget på netværkets "
                    "efterårsmøde i 2025, er forårets tema. Ærø fortæller, hvordan et øsamfund "
                    "skabte opbakning til lokal vedvarende energi – fra solvarmeanlæg til en "
                    "elfærge – og Tartu deler sine erfaringer fra de ejerforeninger, der "
                    "stemte om renoveringen af deres bygninger."
                ),
                "es": (
                    "Ningún plan energético funciona sin las personas que conviven con él. La "
                    "participación ciudadana, una de las prioridades acordadas en el encuentro "
                    "de otoño de 2025, es el tema de esta primavera. Ærø contará cómo una "
                    "comunidad insular logró el apoyo a las energías renovables locales, desde "
                    "las plantas solares térmicas hasta un transbordador eléctrico, y Tartu "
                    "compartirá lo que aprendió de las comunidades de propietarios que votaron "
                    "la rehabilitación de sus edificios."
                ),
                "bg": (
                    "Нито един енергиен план не работи без хората, които живеят с него. "
                    "Участието на гражданите, един от приоритетите, договорени на есенната "
                    "среща на мрежата през 2025 г., е темата тази пролет. Ерьо ще разкаже как "
                    "една островна общност спечели подкрепа за местната възобновяема енергия – "
                    "от слънчевите топлинни централи до електрическия ферибот, а Тарту ще "
                    "сподели какво научи от сдруженията на собствениците, които гласуваха за "
                    "обновяването на сградите си."
                ),
                "it": (
                    "Nessun piano energetico funziona senza le persone che lo vivono ogni "
                    "giorno. Il coinvolgimento dei cittadini, una delle priorità concordate "
                    "all'incontro autunnale della rete nel 2025, è il tema di questa "
                    "primavera. Ærø racconterà come una comunità insulare abbia costruito il "
                    "consenso attorno alle rinnovabili locali, dagli impianti solari termici "
                    "al traghetto elettrico, e Tartu condividerà quanto ha imparato dalle "
                    "assemblee condominiali che hanno votato la riqualificazione dei propri "
                    "edifici."
                ),
            },
            {
                "en": (
                    "A webinar in June looks at energy communities: groups of citizens, local "
                    "businesses and municipalities that produce and share renewable energy "
                    "together. European rules now give such communities a place in the energy "
                    "market, and several member cities want to support them. Speakers will "
                    "explain the first steps, the legal forms available in each country and "
                    "the mistakes to avoid."
                ),
                "et": (
                    "Juunis toimuv veebiseminar käsitleb energiakogukondi: elanike, kohalike "
                    "ettevõtete ja omavalitsuste ühendusi, mis toodavad ja jagavad "
                    "taastuvenergiat ühiselt. Euroopa reeglid annavad sellistele kogukondadele "
                    "nüüd koha energiaturul ja mitu liikmeslinna soovib neid toetada. Esinejad "
                    "selgitavad esimesi samme, igas riigis kasutatavaid õiguslikke vorme ja "
                    "vigu, mida tasub vältida."
                ),
                "da": (
                    "Et webinar i juni handler om energifællesskaber: borgere, lokale "
                    "virksomheder og kommuner, der sammen producerer og deler vedvarende "
                    "energi. EU's regler giver nu sådanne fællesskaber en plads på "
                    "energimarkedet, og flere medlemsbyer vil gerne støtte dem. Oplægsholderne "
                    "forklarer de første skridt, de selskabsformer, der findes i de enkelte "
                    "lande, og de fejl, man bør undgå."
                ),
                "es": (
                    "Un seminario web en junio tratará las comunidades energéticas: "
                    "agrupaciones de ciudadanos, empresas locales y ayuntamientos que producen "
                    "y comparten energía renovable. La normativa europea da ya a estas "
                    "comunidades un lugar en el mercado energético, y varias ciudades miembro "
                    "quieren apoyarlas. Los ponentes explicarán los primeros pasos, las formas "
                    "jurídicas disponibles en cada país y los errores que conviene evitar."
                ),
                "bg": (
                    "Уебинар през юни ще разгледа енергийните общности: обединения на "
                    "граждани, местни фирми и общини, които заедно произвеждат и споделят "
                    "възобновяема енергия. Европейските правила вече дават на тези общности "
                    "място на енергийния пазар и няколко града членове искат да ги подкрепят. "
                    "Лекторите ще обяснят първите стъпки, правните форми във всяка страна и "
                    "грешките, които трябва да се избягват."
                ),
                "it": (
                    "Un webinar a giugno sarà dedicato alle comunità energetiche: gruppi di "
                    "cittadini, imprese locali e comuni che producono e condividono insieme "
                    "energia rinnovabile. Le norme europee riconoscono ormai a queste comunità "
                    "un ruolo nel mercato dell'energia, e diverse città aderenti vogliono "
                    "sostenerle. I relatori spiegheranno i primi passi, le forme giuridiche "
                    "disponibili in ciascun paese e gli errori da evitare."
                ),
            },
            {
                "en": (
                    "The City Check-up Assessment has been updated as well. Its questions on "
                    "citizen engagement now ask not only whether a city consults its "
                    "residents, but also whether they can take part in decisions and projects. "
                    "Cities that repeat the check-up this year will see the new questions. "
                    "Finally, we welcome Cagliari, which has joined the network and builds on "
                    "its trolleybus network and its commitments under the Covenant of Mayors."
                ),
                "et": (
                    "Uuendatud on ka City Check-up hindamist. Elanike kaasamise küsimused ei "
                    "uuri nüüd enam üksnes seda, kas linn konsulteerib elanikega, vaid ka "
                    "seda, kas nad saavad osaleda otsuste tegemises ja projektides. Linnad, "
                    "kes hindamist tänavu kordavad, näevad juba uusi küsimusi. Lõpetuseks "
                    "tervitame Cagliarit, kes liitus võrgustikuga ja kelle lähtekohaks on "
                    "trollibussivõrk ning linnapeade kliima- ja energiapakti raames võetud "
                    "kohustused."
                ),
                "da": (
                    "City Check-up er også blevet opdateret. Spørgsmålene om borgerinddragelse "
                    "handler nu ikke kun om, hvorvidt byen hører sine borgere, men også om, "
                    "hvorvidt de kan være med i beslutninger og projekter. Byer, der tager "
                    "check-uppen igen i år, vil møde de nye spørgsmål. Til sidst byder vi "
                    "velkommen til Cagliari, der er blevet medlem af netværket og bygger "
                    "videre på sit trolleybusnet og sine forpligtelser under Borgmesteraftalen."
                ),
                "es": (
                    "El City Check-up también se ha actualizado. Sus preguntas sobre "
                    "participación ciudadana ya no se limitan a saber si la ciudad consulta a "
                    "sus vecinos, sino también si estos pueden participar en las decisiones y "
                    "en los proyectos. Las ciudades que repitan el diagnóstico este año verán "
                    "las nuevas preguntas. Por último, damos la bienvenida a Cagliari, que se "
                    "ha incorporado a la red y parte de un sistema de trolebuses ya en marcha "
                    "y de sus compromisos en el marco del Pacto de los Alcaldes."
                ),
                "bg": (
                    "Проверката City Check-up също беше обновена. Въпросите ѝ за участието на "
                    "гражданите вече питат не само дали градът се допитва до жителите си, но и "
                    "дали те могат да участват в решенията и проектите. Градовете, които "
                    "повтарят проверката тази година, ще видят новите въпроси. И накрая, "
                    "приветстваме Каляри, който се присъедини към мрежата, като стъпва на "
                    "своята тролейбусна мрежа и на ангажиментите си по Споразумението на "
                    "кметовете."
                ),
                "it": (
                    "Anche il City Check-up è stato aggiornato. Le domande sul coinvolgimento "
                    "dei cittadini non chiedono più soltanto se la città consulta i residenti, "
                    "ma anche se questi possono partecipare alle decisioni e ai progetti. Le "
                    "città che ripetono il check-up quest'anno troveranno le nuove domande. "
                    "Infine, diamo il benvenuto a Cagliari, che è entrata nella rete e parte "
                    "dal trasporto filoviario e dagli impegni assunti con il Patto dei Sindaci."
                ),
            },
        ],
    },
    {
        "number": 10,
        "issue_date": "2026-07-13",
        "title": {
            "en": "Network bulletin 10: From plans to replication",
            "et": "Võrgustiku infokiri 10: plaanidest ülevõtmiseni",
            "da": "Netværksbulletin 10: Fra planer til overførsel",
            "es": "Boletín de la red 10: de los planes a la replicación",
            "bg": "Бюлетин на мрежата 10: от плановете към възпроизвеждането",
            "it": "Bollettino della rete 10: dai piani alla replica",
        },
        "slug": {
            "en": "network-bulletin-10-from-plans-to-replication",
            "et": "vorgustiku-infokiri-10-plaanidest-ulevotmiseni",
            "da": "netvaerksbulletin-10-fra-planer-til-overfoersel",
            "es": "boletin-de-la-red-10-de-los-planes-a-la-replicacion",
            "bg": "byuletin-na-mrezhata-10-ot-planovete-kam-vazproizvezhdaneto",
            "it": "bollettino-della-rete-10-dai-piani-alla-replica",
        },
        "summary": {
            "en": (
                "Several member cities have reached the Replicate step and are applying the "
                "Lighthouse solutions at home; the Academy's second session of the year looked "
                "at what makes replication succeed."
            ),
            "et": (
                "Mitu liikmeslinna on jõudnud lähenemisviisi ülevõtmise sammuni ja rakendavad "
                "majakalinnade lahendusi oma linnas; akadeemia aasta teine sessioon uuris, mis "
                "teeb ülevõtmise edukaks."
            ),
            "da": (
                "Flere medlemsbyer er nået til trinnet Overfør tilgangen og bruger "
                "fyrtårnsbyernes løsninger på hjemmebane; årets anden session i SmartEnCity "
                "Academy så på, hvad der får overførslen til at lykkes."
            ),
            "es": (
                "Varias ciudades miembro han llegado al paso Replicar el enfoque y aplican en "
                "casa las soluciones de las ciudades faro; la segunda sesión del año de la "
                "SmartEnCity Academy analizó las claves de una buena replicación."
            ),
            "bg": (
                "Няколко града членове стигнаха до стъпката „Възпроизвеждане на подхода“ и "
                "прилагат у дома решенията на водещите градове; втората за годината сесия на "
                "Академията разгледа какво прави възпроизвеждането успешно."
            ),
            "it": (
                "Diverse città aderenti sono arrivate al passo Replicare l'approccio e "
                "applicano a casa propria le soluzioni delle città faro; la seconda sessione "
                "dell'anno della SmartEnCity Academy ha esaminato che cosa rende la replica un "
                "successo."
            ),
        },
        "body": [
            {
                "en": (
                    "Replication is at the heart of the network: taking what worked in the "
                    "Lighthouse cities and making it work elsewhere. Several member cities "
                    "have now reached the Replicate step. Võru is renovating apartment "
                    "buildings and involving their residents, much as Tartu did; Soria is "
                    "connecting more homeowners' associations to its biomass district heating "
                    "network; and Frederikshavn is drawing more of its district heat from "
                    "local resources."
                ),
                "et": (
                    "Ülevõtmine on võrgustiku töö tuum: see, mis toimis majakalinnades, tuleb "
                    "panna toimima ka mujal. Mitu liikmeslinna on nüüd jõudnud lähenemisviisi "
                    "ülevõtmise sammuni. Võru renoveerib kortermaju ja kaasab nende elanikke "
                    "sarnaselt Tartuga, Soria ühendab oma biomassil töötava kaugküttevõrguga "
                    "üha uusi korteriühistuid ning Frederikshavn toodab üha suurema osa oma "
                    "kaugküttest kohalikest ressurssidest."
                ),
                "da": (
                    "Overførsel er kernen i netværkets arbejde: at tage det, der virkede i "
                    "fyrtårnsbyerne, og få det til at virke andre steder. Flere medlemsbyer er "
                    "nu nået til trinnet Overfør tilgangen. Võru renoverer etageboliger og "
                    "inddrager beboerne, ligesom Tartu gjorde; Soria kobler flere "
                    "ejerforeninger på sit biomassefyrede fjernvarmenet; og Frederikshavn "
                    "henter en stadig større del af sin fjernvarme fra lokale ressourcer."
                ),
                "es": (
                    "La replicación es el núcleo de la red: llevar lo que funcionó en las "
                    "ciudades faro a otros lugares y lograr que funcione también allí. Varias "
                    "ciudades miembro han llegado ya al paso Replicar el enfoque. Võru "
                    "rehabilita edificios de viviendas e implica a sus vecinos, como hizo "
                    "Tartu; Soria conecta cada vez más comunidades de propietarios a su red de "
                    "calor de biomasa; y Frederikshavn obtiene una parte creciente de su "
                    "calefacción urbana de recursos locales."
                ),
                "bg": (
                    "Възпроизвеждането е в основата на работата на мрежата: да пренесем това, "
                    "което проработи във водещите градове, и да го накараме да работи и "
                    "другаде. Няколко града членове вече стигнаха до стъпката „Възпроизвеждане "
                    "на подхода“. Въру обновява жилищни сгради и ангажира живеещите в тях, "
                    "както направи Тарту; Сория свързва все повече етажни собствености към "
                    "своята топлофикационна мрежа на биомаса; а Фредериксхавн получава все "
                    "по-голяма част от топлинната си енергия от местни ресурси."
                ),
                "it": (
                    "La replica è il cuore della rete: prendere ciò che ha funzionato nelle "
                    "città faro e farlo funzionare altrove. Diverse città aderenti sono ora "
                    "arrivate al passo Replicare l'approccio. Võru riqualifica edifici "
                    "residenziali coinvolgendo i residenti, come ha fatto Tartu; Soria collega "
                    "sempre nuovi condomini alla sua rete di teleriscaldamento a biomassa; e "
                    "Frederikshavn ricava una quota crescente del proprio teleriscaldamento da "
                    "risorse locali."
                ),
            },
            {
                "en": (
                    "The Academy's second session of the year, on the implementation phase of "
                    "the Cities4ZERO method, looked at what makes replication succeed. "
                    "Participants pointed to three conditions: a project team with a clear "
                    "mandate that stays the same from planning to construction, early contact "
                    "with the residents concerned, and funding that covers the preparation of "
                    "projects, not only the works. The Follower cities Lecce and Asenovgrad "
                    "had made the same points in their March webinar."
                ),
                "et": (
                    "Akadeemia aasta teine sessioon, mis käsitles Cities4ZERO meetodi "
                    "elluviimise etappi, uuris, mis teeb ülevõtmise edukaks. Osalejad tõid "
                    "esile kolm tingimust: selge volitusega projektimeeskond, mis püsib samana "
                    "planeerimisest ehituseni, varajane suhtlus asjaomaste elanikega ja "
                    "rahastus, mis katab lisaks ehitustöödele ka projektide ettevalmistuse. "
                    "Sama rõhutasid märtsikuisel veebiseminaril ka järgijalinnad Lecce ja "
                    "Asenovgrad."
                ),
                "da": (
                    "Årets anden session i SmartEnCity Academy handlede om gennemførelsesfasen "
                    "i Cities4ZERO-metoden og om, hvad der får overførslen til at lykkes. "
                    "Deltagerne pegede på tre forudsætninger: et projektteam med et klart "
                    "mandat, som er det samme fra planlægning til udførelse, tidlig kontakt "
                    "med de berørte beboere og finansiering, der dækker forberedelsen af "
                    "projekterne og ikke kun selve anlægsarbejdet. Følgebyerne Lecce og "
                    "Asenovgrad havde peget på det samme i deres webinar i marts."
                ),
                "es": (
                    "La segunda sesión del año de la Academy, dedicada a la fase de ejecución "
                    "del método Cities4ZERO, analizó qué hace que la replicación tenga éxito. "
                    "Los participantes señalaron tres condiciones: un equipo de proyecto con "
                    "un mandato claro que se mantenga desde la planificación hasta las obras, "
                    "el contacto temprano con los vecinos afectados y una financiación que "
                    "cubra la preparación de los proyectos, no solo la construcción. Las "
                    "ciudades seguidoras Lecce y Asenovgrad ya lo habían subrayado en su "
                    "seminario web de marzo."
                ),
                "bg": (
                    "Втората за годината сесия на Академията, посветена на етапа на изпълнение "
                    "в метода Cities4ZERO, разгледа какво прави възпроизвеждането успешно. "
                    "Участниците посочиха три условия: проектен екип с ясен мандат, който "
                    "остава същият от планирането до строителството, ранен контакт със "
                    "засегнатите жители и финансиране, което покрива подготовката на "
                    "проектите, а не само строителните работи. Градовете последователи Лече и "
                    "Асеновград бяха подчертали същото в своя уебинар през март."
                ),
                "it": (
                    "La seconda sessione dell'anno dell'Academy, dedicata alla fase di "
                    "attuazione del metodo Cities4ZERO, ha esaminato le condizioni per una "
                    "replica riuscita. I partecipanti ne hanno indicate tre: un gruppo di "
                    "progetto con un mandato chiaro, che resti lo stesso dalla pianificazione "
                    "al cantiere, il contatto tempestivo con i residenti interessati e "
                    "finanziamenti che coprano la preparazione dei progetti, non solo i "
                    "lavori. Le città follower Lecce e Asenovgrad lo avevano già sottolineato "
                    "nel loro webinar di marzo."
                ),
            },
            {
                "en": (
                    "The network aims for at least 15 cities that replicate the Integrated "
                    "Energy Planning method. With the cities now at the Replicate step, and "
                    "others preparing to follow after their check-ups, the national networks "
                    "see that goal within reach. The bulletin takes a summer break in August; "
                    "the September issue will present the cities that have reached the Award "
                    "step."
                ),
                "et": (
                    "Võrgustiku eesmärk on, et vähemalt 15 linna võtaksid üle integreeritud "
                    "energiaplaneerimise meetodi. Arvestades linnu, kes on juba ülevõtmise "
                    "sammul, ja neid, kes valmistuvad pärast hindamist neile järgnema, peavad "
                    "riiklikud võrgustikud seda eesmärki saavutatavaks. Augustis peab infokiri "
                    "suvepausi; septembrikuu number tutvustab linnu, kes on jõudnud "
                    "tunnustamise sammuni."
                ),
                "da": (
                    "Netværket sigter mod, at mindst 15 byer overtager metoden til integreret "
                    "energiplanlægning. Med de byer, der nu er på trinnet Overfør tilgangen, "
                    "og andre, der forbereder sig på at følge efter deres check-up, vurderer "
                    "de nationale netværk, at målet er inden for rækkevidde. Bulletinen holder "
                    "sommerpause i august; septembernummeret præsenterer de byer, der er nået "
                    "til trinnet Anerkendelse."
                ),
                "es": (
                    "La red aspira a que al menos 15 ciudades repliquen el método de "
                    "planificación energética integrada. Con las ciudades que ya están en el "
                    "paso Replicar el enfoque y otras que se preparan para seguirlas tras su "
                    "diagnóstico, las redes nacionales consideran que el objetivo está al "
                    "alcance. El boletín se toma un descanso en agosto; el número de "
                    "septiembre presentará a las ciudades que han alcanzado el paso "
                    "Reconocimiento."
                ),
                "bg": (
                    "Мрежата си поставя за цел поне 15 града да възпроизведат метода за "
                    "интегрирано енергийно планиране. С градовете, които вече са на стъпката "
                    "„Възпроизвеждане на подхода“, и с други, които се подготвят да ги "
                    "последват след проверката си, националните мрежи смятат целта за "
                    "постижима. През август бюлетинът няма да излезе заради лятната почивка; "
                    "септемврийският брой ще представи градовете, достигнали стъпката "
                    "„Отличие“."
                ),
                "it": (
                    "La rete punta ad avere almeno 15 città che replicano il metodo di "
                    "pianificazione energetica integrata. Considerando le città già al passo "
                    "Replicare l'approccio e quelle che si preparano a seguirle dopo il "
                    "check-up, le reti nazionali ritengono l'obiettivo alla portata. Il "
                    "bollettino si ferma ad agosto per la pausa estiva; il numero di settembre "
                    "presenterà le città che hanno raggiunto il passo Riconoscimento."
                ),
            },
        ],
    },
    {
        "number": 11,
        "issue_date": "2026-09-14",
        "title": {
            "en": "Network bulletin 11: Recognising results",
            "et": "Võrgustiku infokiri 11: tulemuste tunnustamine",
            "da": "Netværksbulletin 11: Anerkendelse af resultater",
            "es": "Boletín de la red 11: reconocer los resultados",
            "bg": "Бюлетин на мрежата 11: признание за резултатите",
            "it": "Bollettino della rete 11: riconoscere i risultati",
        },
        "slug": {
            "en": "network-bulletin-11-recognising-results",
            "et": "vorgustiku-infokiri-11-tulemuste-tunnustamine",
            "da": "netvaerksbulletin-11-anerkendelse-af-resultater",
            "es": "boletin-de-la-red-11-reconocer-los-resultados",
            "bg": "byuletin-na-mrezhata-11-priznanie-za-rezultatite",
            "it": "bollettino-della-rete-11-riconoscere-i-risultati",
        },
        "summary": {
            "en": (
                "The Award step recognises cities that have turned integrated energy planning "
                "into lasting results; this autumn the network presents the member cities that "
                "have reached it."
            ),
            "et": (
                "Tunnustamise samm tõstab esile linnad, kes on muutnud integreeritud "
                "energiaplaneerimise püsivateks tulemusteks; sel sügisel tutvustab võrgustik "
                "liikmeslinnu, kes on selle sammuni jõudnud."
            ),
            "da": (
                "Trinnet Anerkendelse fremhæver byer, der har omsat integreret "
                "energiplanlægning til varige resultater; i efteråret præsenterer netværket de "
                "medlemsbyer, der er nået dertil."
            ),
            "es": (
                "El paso Reconocimiento distingue a las ciudades que han convertido la "
                "planificación energética integrada en resultados duraderos; este otoño la red "
                "presenta a las ciudades miembro que lo han alcanzado."
            ),
            "bg": (
                "Стъпката „Отличие“ дава признание на градовете, превърнали интегрираното "
                "енергийно планиране в трайни резултати; тази есен мрежата представя градовете "
                "членове, които са я достигнали."
            ),
            "it": (
                "Il passo Riconoscimento premia le città che hanno trasformato la "
                "pianificazione energetica integrata in risultati duraturi; quest'autunno la "
                "rete presenta le città aderenti che lo hanno raggiunto."
            ),
        },
        "body": [
            {
                "en": (
                    "Award is the last of the network's five steps. It recognises cities that "
                    "have turned integrated energy planning into lasting results and share "
                    "them with other members. This autumn the network presents the member "
                    "cities that have reached it: Albertslund, Bolzano, Gabrovo, Pärnu and "
                    "Pontevedra, which join the Lighthouse cities Vitoria-Gasteiz, Tartu and "
                    "Sønderborg. Their results will be celebrated at the network's annual "
                    "meeting in Sønderborg in November."
                ),
                "et": (
                    "Tunnustamine on võrgustiku viiest sammust viimane. See tõstab esile "
                    "linnad, kes on muutnud integreeritud energiaplaneerimise püsivateks "
                    "tulemusteks ja jagavad neid teiste liikmetega. Sel sügisel tutvustab "
                    "võrgustik liikmeslinnu, kes on selle sammuni jõudnud: Albertslund, "
                    "Bolzano, Gabrovo, Pärnu ja Pontevedra, kes ühinevad majakalinnade "
                    "Vitoria-Gasteizi, Tartu ja Sønderborgiga. Nende tulemusi tähistatakse "
                    "novembris Sønderborgis toimuval võrgustiku aastakohtumisel."
                ),
                "da": (
                    "Anerkendelse er det sidste af netværkets fem trin. Det fremhæver byer, "
                    "der har omsat integreret energiplanlægning til varige resultater og deler "
                    "dem med de andre medlemmer. I efteråret præsenterer netværket de "
                    "medlemsbyer, der er nået dertil: Albertslund, Bolzano, Gabrovo, Pärnu og "
                    "Pontevedra, som slutter sig til fyrtårnsbyerne Vitoria-Gasteiz, Tartu og "
                    "Sønderborg. Deres resultater fejres på netværkets årsmøde i Sønderborg i "
                    "november."
                ),
                "es": (
                    "El Reconocimiento es el último de los cinco pasos de la red. Distingue a "
                    "las ciudades que han convertido la planificación energética integrada en "
                    "resultados duraderos y los comparten con los demás miembros. Este otoño "
                    "la red presenta a las ciudades miembro que lo han alcanzado: Albertslund, "
                    "Bolzano, Gabrovo, Pärnu y Pontevedra, que se suman a las ciudades faro "
                    "Vitoria-Gasteiz, Tartu y Sønderborg. Sus resultados se celebrarán en el "
                    "encuentro anual de la red en Sønderborg, en noviembre."
                ),
                "bg": (
                    "„Отличие“ е последната от петте стъпки на мрежата. Тя дава признание на "
                    "градовете, които са превърнали интегрираното енергийно планиране в трайни "
                    "резултати и ги споделят с останалите членове. Тази есен мрежата представя "
                    "градовете членове, които са я достигнали: Албертслунд, Болцано, Габрово, "
                    "Пярну и Понтеведра, които се присъединяват към водещите градове "
                    "Витория-Гастейс, Тарту и Сьондербор. Резултатите им ще бъдат отбелязани "
                    "на годишната среща на мрежата в Сьондербор през ноември."
                ),
                "it": (
                    "Il Riconoscimento è l'ultimo dei cinque passi della rete. Premia le città "
                    "che hanno trasformato la pianificazione energetica integrata in risultati "
                    "duraturi e li condividono con gli altri membri. Quest'autunno la rete "
                    "presenta le città aderenti che lo hanno raggiunto: Albertslund, Bolzano, "
                    "Gabrovo, Pärnu e Pontevedra, che si affiancano alle città faro "
                    "Vitoria-Gasteiz, Tartu e Sønderborg. I loro risultati saranno festeggiati "
                    "all'incontro annuale della rete a Sønderborg, a novembre."
                ),
            },
            {
                "en": (
                    "Each of these cities stands out in its own way. Pärnu produces much of "
                    "its district heat from local wood chips, Gabrovo has renovated "
                    "multi-family residential buildings, Albertslund is renovating its "
                    "terraced housing areas, Bolzano has retrofitted social housing and "
                    "extended its district heating, and Pontevedra has given its centre back "
                    "to people on foot. In a webinar this autumn they will explain how they "
                    "got there and what comes next."
                ),
                "et": (
                    "Iga linn paistab silma omal moel. Pärnu toodab suure osa oma kaugküttest "
                    "kohalikust hakkpuidust, Gabrovo on renoveerinud kortermaju, Albertslund "
                    "uuendab oma ridaelamupiirkondi, Bolzano on tõstnud sotsiaaleluasemete "
                    "energiatõhusust ja laiendanud kaugküttevõrku ning Pontevedra on andnud "
                    "oma kesklinna tagasi jalakäijatele. Sügisesel veebiseminaril räägivad "
                    "linnad, kuidas nad selleni jõudsid ja mis neil edasi plaanis on."
                ),
                "da": (
                    "Hver af byerne skiller sig ud på sin egen måde. Pärnu producerer en stor "
                    "del af sin fjernvarme på lokal træflis, Gabrovo har renoveret "
                    "etageboliger, Albertslund er i gang med at renovere sine rækkehusområder, "
                    "Bolzano har energirenoveret almene boliger og udbygget fjernvarmen, og "
                    "Pontevedra har givet bymidten tilbage til fodgængerne. På et webinar i "
                    "efteråret fortæller byerne, hvordan de nåede dertil, og hvad de har "
                    "planlagt nu."
                ),
                "es": (
                    "Cada una de ellas destaca a su manera. Pärnu produce buena parte de su "
                    "calefacción urbana con astilla de madera local, Gabrovo ha rehabilitado "
                    "edificios residenciales plurifamiliares, Albertslund está renovando sus "
                    "barrios de viviendas adosadas, Bolzano ha rehabilitado vivienda social y "
                    "ampliado su red de calor, y Pontevedra ha devuelto su centro a los "
                    "peatones. En un seminario web este otoño, las ciudades contarán cómo lo "
                    "lograron y cuáles son sus próximos pasos."
                ),
                "bg": (
                    "Всеки от тези градове се откроява по свой начин. Пярну произвежда голяма "
                    "част от топлината за централното си отопление от местен дървесен чипс, "
                    "Габрово обнови многофамилни жилищни сгради, Албертслунд обновява "
                    "кварталите си с редови къщи, Болцано обнови социални жилища и разшири "
                    "топлофикационната си мрежа, а Понтеведра върна центъра си на пешеходците. "
                    "На уебинар тази есен градовете ще разкажат как са постигнали това и какво "
                    "предстои."
                ),
                "it": (
                    "Ognuna di queste città si distingue a modo suo. Pärnu produce gran parte "
                    "del proprio teleriscaldamento con cippato di legno locale, Gabrovo ha "
                    "riqualificato edifici residenziali plurifamiliari, Albertslund sta "
                    "rinnovando i suoi quartieri di case a schiera, Bolzano ha riqualificato "
                    "l'edilizia sociale e ampliato il teleriscaldamento, e Pontevedra ha "
                    "restituito il centro ai pedoni. In un webinar quest'autunno le città "
                    "racconteranno come ci sono arrivate e quali sono i prossimi passi."
                ),
            },
            {
                "en": (
                    "Monitoring is the subject of another autumn webinar: how to follow energy "
                    "use and emissions once a project is finished, and how to report results "
                    "to the council and citizens. We also welcome Bornholm in Denmark and "
                    "Narva in Estonia, which have started the Awareness step. Bornholm brings "
                    "long experience with smart energy systems; Narva is looking for ways to "
                    "make homes warmer and energy bills lower."
                ),
                "et": (
                    "Seire on teise sügisese veebiseminari teema: kuidas jälgida "
                    "energiakasutust ja heitkoguseid pärast projekti lõppu ning kuidas "
                    "tulemustest volikogule ja elanikele aru anda. Tervitame ka Bornholmi "
                    "Taanis ja Narvat Eestis, kes on alustanud teadlikkuse loomise sammuga. "
                    "Bornholmil on pikaajaline kogemus nutikate energiasüsteemidega, Narva aga "
                    "otsib võimalusi, kuidas muuta kodud soojemaks ja energiaarved väiksemaks."
                ),
                "da": (
                    "Opfølgning er emnet for endnu et webinar i efteråret: hvordan man følger "
                    "energiforbrug og udledninger, når et projekt er afsluttet, og hvordan man "
                    "rapporterer resultaterne til byrådet og borgerne. Vi byder også velkommen "
                    "til Bornholm i Danmark og Narva i Estland, som er begyndt på trinnet Skab "
                    "opmærksomhed. Bornholm har mange års erfaring med intelligente "
                    "energisystemer, mens Narva søger veje til varmere boliger og lavere "
                    "energiregninger."
                ),
                "es": (
                    "El seguimiento es el tema de otro seminario web de otoño: cómo medir el "
                    "consumo de energía y las emisiones una vez terminado un proyecto y cómo "
                    "rendir cuentas de los resultados ante el pleno y la ciudadanía. También "
                    "damos la bienvenida a Bornholm, en Dinamarca, y a Narva, en Estonia, que "
                    "han iniciado el paso Crear conciencia. Bornholm aporta una larga "
                    "experiencia en sistemas energéticos inteligentes; Narva busca maneras de "
                    "tener viviendas más cálidas y facturas de energía más bajas."
                ),
                "bg": (
                    "Мониторингът е темата на още един есенен уебинар: как да се следят "
                    "потреблението на енергия и емисиите след приключването на даден проект и "
                    "как резултатите да се докладват на общинския съвет и на гражданите. "
                    "Приветстваме също Борнхолм в Дания и Нарва в Естония, които започнаха "
                    "стъпката „Създаване на осведоменост“. Борнхолм има дългогодишен опит с "
                    "интелигентни енергийни системи, а Нарва търси начини домовете да станат "
                    "по-топли, а сметките за енергия – по-ниски."
                ),
                "it": (
                    "Il monitoraggio è il tema di un altro webinar autunnale: come seguire i "
                    "consumi energetici e le emissioni una volta concluso un progetto e come "
                    "rendere conto dei risultati al consiglio comunale e ai cittadini. Diamo "
                    "inoltre il benvenuto a Bornholm, in Danimarca, e a Narva, in Estonia, che "
                    "hanno avviato il passo Creare consapevolezza. Bornholm porta una lunga "
                    "esperienza con i sistemi energetici intelligenti; Narva cerca il modo di "
                    "rendere le case più calde e le bollette più leggere."
                ),
            },
        ],
    },
    {
        "number": 12,
        "issue_date": "2026-11-16",
        "title": {
            "en": "Network bulletin 12: Looking ahead to 2027",
            "et": "Võrgustiku infokiri 12: pilk 2027. aastasse",
            "da": "Netværksbulletin 12: Et blik frem mod 2027",
            "es": "Boletín de la red 12: mirando a 2027",
            "bg": "Бюлетин на мрежата 12: поглед към 2027 г.",
            "it": "Bollettino della rete 12: uno sguardo al 2027",
        },
        "slug": {
            "en": "network-bulletin-12-looking-ahead-to-2027",
            "et": "vorgustiku-infokiri-12-pilk-2027-aastasse",
            "da": "netvaerksbulletin-12-et-blik-frem-mod-2027",
            "es": "boletin-de-la-red-12-mirando-a-2027",
            "bg": "byuletin-na-mrezhata-12-pogled-kam-2027-g",
            "it": "bollettino-della-rete-12-uno-sguardo-al-2027",
        },
        "summary": {
            "en": (
                "The last bulletin of 2026 reports on the annual meeting in Sønderborg, looks "
                "back on a busy year and looks ahead to the Academy and the funding calls of "
                "2027."
            ),
            "et": (
                "2026. aasta viimane infokiri annab ülevaate Sønderborgi aastakohtumisest, "
                "vaatab tagasi töörohkele aastale ning heidab pilgu 2027. aasta akadeemiale ja "
                "rahastusvoorudele."
            ),
            "da": (
                "Årets sidste bulletin fortæller om årsmødet i Sønderborg, ser tilbage på et "
                "travlt år og ser frem mod akademiet og puljerne i 2027."
            ),
            "es": (
                "El último boletín de 2026 repasa el encuentro anual de Sønderborg, hace "
                "balance de un año intenso y mira a la Academy y a las convocatorias de "
                "financiación de 2027."
            ),
            "bg": (
                "Последният бюлетин за 2026 г. разказва за годишната среща в Сьондербор, прави "
                "равносметка на една натоварена година и поглежда към Академията и поканите за "
                "финансиране през 2027 г."
            ),
            "it": (
                "L'ultimo bollettino del 2026 racconta l'incontro annuale di Sønderborg, fa il "
                "bilancio di un anno intenso e guarda all'Academy e ai bandi del 2027."
            ),
        },
        "body": [
            {
                "en": (
                    "This last bulletin of 2026 follows the network's annual meeting in "
                    "Sønderborg, hosted by the Danish Lighthouse city and ProjectZero. Member "
                    "cities from all five national networks heard how Sønderborg is working "
                    "towards a carbon-neutral energy system by 2029, reported on their year "
                    "and recognised the cities that have started to replicate the Integrated "
                    "Energy Planning method."
                ),
                "et": (
                    "See 2026. aasta viimane infokiri ilmub vahetult pärast võrgustiku "
                    "aastakohtumist Sønderborgis, mille korraldasid Taani majakalinn ja "
                    "ProjectZero. Kõigi viie riikliku võrgustiku liikmeslinnad kuulsid, kuidas "
                    "Sønderborg liigub 2029. aastaks süsinikuneutraalse energiasüsteemi poole, "
                    "andsid ülevaate oma aastast ja tunnustasid linnu, kes on hakanud "
                    "integreeritud energiaplaneerimise meetodit üle võtma."
                ),
                "da": (
                    "Årets sidste bulletin kommer lige efter netværkets årsmøde i Sønderborg, "
                    "hvor den danske fyrtårnsby og ProjectZero var værter. Medlemsbyer fra "
                    "alle fem nationale netværk hørte, hvordan Sønderborg arbejder mod et "
                    "CO2-neutralt energisystem i 2029, fortalte om deres år og hædrede de "
                    "byer, der er begyndt at overføre metoden til integreret energiplanlægning."
                ),
                "es": (
                    "Este último boletín de 2026 llega tras el encuentro anual de la red en "
                    "Sønderborg, organizado por la ciudad faro danesa y ProjectZero. Ciudades "
                    "miembro de las cinco redes nacionales conocieron cómo avanza Sønderborg "
                    "hacia un sistema energético neutro en carbono en 2029, presentaron el "
                    "balance de su año y reconocieron a las ciudades que han empezado a "
                    "replicar el método de planificación energética integrada."
                ),
                "bg": (
                    "Този последен бюлетин за 2026 г. излиза след годишната среща на мрежата в "
                    "Сьондербор, домакинствана от датския водещ град и ProjectZero. Градове "
                    "членове от всичките пет национални мрежи научиха как Сьондербор върви към "
                    "въглеродно неутрална енергийна система до 2029 г., отчетоха своята година "
                    "и отличиха градовете, които започнаха да възпроизвеждат метода за "
                    "интегрирано енергийно планиране."
                ),
                "it": (
                    "Quest'ultimo bollettino del 2026 arriva dopo l'incontro annuale della "
                    "rete a Sønderborg, ospitato dalla città faro danese e da ProjectZero. Le "
                    "città aderenti di tutte e cinque le reti nazionali hanno scoperto come "
                    "Sønderborg lavori per un sistema energetico a impatto climatico zero "
                    "entro il 2029, hanno fatto il punto sul loro anno e hanno premiato le "
                    "città che hanno cominciato a replicare il metodo di pianificazione "
                    "energetica integrata."
                ),
            },
            {
                "en": (
                    "It has been a busy year. Member cities took or repeated the City Check-up "
                    "Assessment, the Academy followed the Cities4ZERO method from strategy to "
                    "implementation, and both webinar series brought together speakers from "
                    "Lighthouse, Follower and member cities. The Academy programme for 2027 "
                    "will be published early in the new year, with its first sessions in "
                    "January and February; registration runs through the national networks."
                ),
                "et": (
                    "Aasta oli töörohke. Liikmeslinnad läbisid City Check-up hindamise või "
                    "kordasid seda, akadeemia järgis Cities4ZERO meetodit strateegiast "
                    "elluviimiseni ning mõlemas veebiseminaride sarjas esinesid majaka-, "
                    "järgija- ja liikmeslinnade esindajad. Akadeemia 2027. aasta programm "
                    "avaldatakse uue aasta alguses ja selle esimesed sessioonid toimuvad "
                    "jaanuaris ja veebruaris; registreerimine käib riiklike võrgustike kaudu."
                ),
                "da": (
                    "Det har været et travlt år. Medlemsbyerne gennemførte City Check-up eller "
                    "tog den igen, akademiet fulgte Cities4ZERO-metoden fra strategi til "
                    "gennemførelse, og begge webinarserier samlede oplægsholdere fra "
                    "fyrtårns-, følge- og medlemsbyer. Akademiets program for 2027 "
                    "offentliggøres i begyndelsen af det nye år med de første sessioner i "
                    "januar og februar; tilmelding sker gennem de nationale netværk."
                ),
                "es": (
                    "Ha sido un año intenso. Las ciudades miembro realizaron o repitieron el "
                    "City Check-up, la Academy siguió el método Cities4ZERO desde la "
                    "estrategia hasta la ejecución y las dos series de seminarios web "
                    "reunieron a ponentes de ciudades faro, seguidoras y miembro. El programa "
                    "de la Academy para 2027 se publicará a principios del nuevo año, con sus "
                    "primeras sesiones en enero y febrero; las inscripciones se gestionan a "
                    "través de las redes nacionales."
                ),
                "bg": (
                    "Годината беше натоварена. Градовете членове преминаха или повториха "
                    "проверката City Check-up, Академията следваше метода Cities4ZERO от "
                    "стратегията до изпълнението, а двете поредици уебинари събраха лектори от "
                    "водещите градове, градовете последователи и градовете членове. Програмата "
                    "на Академията за 2027 г. ще бъде публикувана в началото на новата година, "
                    "като първите сесии ще са през януари и февруари; регистрацията става чрез "
                    "националните мрежи."
                ),
                "it": (
                    "È stato un anno intenso. Le città aderenti hanno svolto o ripetuto il "
                    "City Check-up, l'Academy ha seguito il metodo Cities4ZERO dalla strategia "
                    "all'attuazione e le due serie di webinar hanno riunito relatori delle "
                    "città faro, follower e aderenti. Il programma dell'Academy per il 2027 "
                    "sarà pubblicato all'inizio del nuovo anno, con le prime sessioni a "
                    "gennaio e febbraio; le iscrizioni passano per le reti nazionali."
                ),
            },
            {
                "en": (
                    "New European funding calls are expected in 2027, among them those of the "
                    "LIFE Clean Energy Transition sub-programme, and the network will point to "
                    "open calls in the coming bulletins. We thank all member cities, national "
                    "coordinators and speakers for their work in 2026, and wish everyone a "
                    "good end of the year."
                ),
                "et": (
                    "2027. aastal on oodata uusi Euroopa rahastusvoore, nende seas LIFE "
                    "programmi puhtale energiale ülemineku alamprogrammi voore, ning võrgustik "
                    "juhib järgmistes infokirjades tähelepanu avatud voorudele. Täname kõiki "
                    "liikmeslinnu, riiklikke koordinaatoreid ja esinejaid 2026. aasta töö eest "
                    "ning soovime kõigile head aastalõppu!"
                ),
                "da": (
                    "Der ventes nye europæiske puljer i 2027, blandt andet under "
                    "LIFE-programmets delprogram for omstilling til ren energi, og netværket "
                    "vil henvise til åbne opslag i de kommende bulletiner. Vi takker alle "
                    "medlemsbyer, nationale koordinatorer og oplægsholdere for indsatsen i "
                    "2026 og ønsker alle en god afslutning på året."
                ),
                "es": (
                    "En 2027 se esperan nuevas convocatorias europeas de financiación, entre "
                    "ellas las del subprograma Transición a una Energía Limpia de LIFE, y la "
                    "red señalará las convocatorias abiertas en los próximos boletines. "
                    "Agradecemos a todas las ciudades miembro, a los coordinadores nacionales "
                    "y a los ponentes su trabajo en 2026, y les deseamos a todos un buen final "
                    "de año."
                ),
                "bg": (
                    "През 2027 г. се очакват нови европейски покани за финансиране, сред които "
                    "тези по подпрограмата „Преход към чиста енергия“ на LIFE, и мрежата ще "
                    "насочва вниманието към отворените покани в следващите бюлетини. "
                    "Благодарим на всички градове членове, национални координатори и лектори "
                    "за работата им през 2026 г. и пожелаваме на всички успешен край на "
                    "годината."
                ),
                "it": (
                    "Nel 2027 sono attesi nuovi bandi europei, tra cui quelli del "
                    "sottoprogramma LIFE Transizione all'energia pulita, e la rete segnalerà i "
                    "bandi aperti nei prossimi bollettini. Ringraziamo tutte le città "
                    "aderenti, i coordinatori nazionali e i relatori per il lavoro svolto nel "
                    "2026, e auguriamo a tutti una buona fine d'anno."
                ),
            },
        ],
    },
]

NEWSLETTERS = [
    {
        "issue_date": "2024-12-15",
        "title": {
            "en": "Newsletter: the second half of 2024",
            "et": "Uudiskiri: 2024. aasta teine poolaasta",
            "da": "Nyhedsbrev: andet halvår 2024",
            "es": "Boletín semestral: segundo semestre de 2024",
            "bg": "Полугодишен бюлетин: второто полугодие на 2024 г.",
            "it": "Newsletter: il secondo semestre 2024",
        },
        "slug": {
            "en": "newsletter-second-half-2024",
            "et": "uudiskiri-2024-teine-poolaasta",
            "da": "nyhedsbrev-andet-halvaar-2024",
            "es": "boletin-semestral-segundo-semestre-2024",
            "bg": "polugodishen-byuletin-vtoro-polugodie-2024",
            "it": "newsletter-secondo-semestre-2024",
        },
        "summary": {
            "en": (
                "A round-up of the network's second half of 2024: the national networks, the "
                "first City Check-ups and the plans for the SmartEnCity Academy in 2025."
            ),
            "et": (
                "Ülevaade võrgustiku 2024. aasta teisest poolaastast: riiklikud võrgustikud, "
                "esimesed City Check-up hindamised ja SmartEnCity akadeemia plaanid 2025. "
                "aastaks."
            ),
            "da": (
                "Et overblik over netværkets andet halvår 2024: de nationale netværk, de "
                "første City Check-ups og planerne for SmartEnCity Academy i 2025."
            ),
            "es": (
                "Un repaso al segundo semestre de 2024 en la red: las redes nacionales, los "
                "primeros City Check-up y los planes de la SmartEnCity Academy para 2025."
            ),
            "bg": (
                "Преглед на второто полугодие на 2024 г. в мрежата: националните мрежи, "
                "първите проверки City Check-up и плановете за Академията SmartEnCity през "
                "2025 г."
            ),
            "it": (
                "Un riepilogo del secondo semestre 2024 della rete: le reti nazionali, i primi "
                "City Check-up e i programmi della SmartEnCity Academy per il 2025."
            ),
        },
        "body": [
            {
                "en": (
                    "The second half of 2024 was about foundations. The five national networks "
                    "in Estonia, Denmark, Spain, Bulgaria and Italy each set up their own site "
                    "and began to contact the small and medium-sized cities of their country. "
                    "In Denmark the network works under the name Energibyerne; elsewhere it "
                    "carries the SmartEnCity name in the national language."
                ),
                "et": (
                    "2024. aasta teine poolaasta oli alusepanemise aeg. Viis riiklikku "
                    "võrgustikku – Eestis, Taanis, Hispaanias, Bulgaarias ja Itaalias – lõid "
                    "igaüks oma veebilehe ja hakkasid võtma ühendust oma riigi väikeste ja "
                    "keskmise suurusega linnadega. Taanis tegutseb võrgustik nime all "
                    "Energibyerne, mujal kannab see SmartEnCity nime riigi keeles."
                ),
                "da": (
                    "Andet halvår 2024 handlede om at lægge fundamentet. De fem nationale "
                    "netværk i Estland, Danmark, Spanien, Bulgarien og Italien fik hver deres "
                    "egen hjemmeside og begyndte at kontakte de små og mellemstore byer i "
                    "deres land. I Danmark arbejder netværket under navnet Energibyerne; i de "
                    "andre lande bærer det SmartEnCity-navnet på landets eget sprog."
                ),
                "es": (
                    "El segundo semestre de 2024 estuvo dedicado a sentar las bases. Las cinco "
                    "redes nacionales, en Estonia, Dinamarca, España, Bulgaria e Italia, "
                    "pusieron en marcha su propio sitio web y empezaron a contactar con las "
                    "ciudades pequeñas y medianas de su país. En Dinamarca la red trabaja con "
                    "el nombre de Energibyerne; en los demás países lleva el nombre "
                    "SmartEnCity en su propia lengua."
                ),
                "bg": (
                    "Второто полугодие на 2024 г. беше посветено на полагането на основите. "
                    "Петте национални мрежи – в Естония, Дания, Испания, България и Италия – "
                    "създадоха свои уебсайтове и започнаха да се свързват с малките и средните "
                    "градове в своите страни. В Дания мрежата работи под името Energibyerne, а "
                    "в останалите страни носи името SmartEnCity на съответния език."
                ),
                "it": (
                    "Il secondo semestre del 2024 è stato dedicato alle fondamenta. Le cinque "
                    "reti nazionali, in Estonia, Danimarca, Spagna, Bulgaria e Italia, hanno "
                    "avviato ciascuna il proprio sito e hanno cominciato a contattare le città "
                    "piccole e medie del proprio paese. In Danimarca la rete opera con il nome "
                    "Energibyerne; negli altri paesi porta il nome SmartEnCity nella lingua "
                    "nazionale."
                ),
            },
            {
                "en": (
                    "Several cities completed a first version of the City Check-up Assessment, "
                    "which helped the network test its questions and improve the guidance that "
                    "comes with them. Their answers already show a common picture: cities have "
                    "ambitious climate targets, but often lack the data and the "
                    "cross-department teams that integrated energy planning needs."
                ),
                "et": (
                    "Mitu linna täitis City Check-up hindamise esimese versiooni, mis aitas "
                    "võrgustikul küsimusi katsetada ja nendega kaasnevaid juhiseid parandada. "
                    "Vastustest joonistub juba välja ühine pilt: linnadel on ambitsioonikad "
                    "kliimaeesmärgid, kuid sageli puuduvad andmed ja osakondadevahelised "
                    "meeskonnad, mida integreeritud energiaplaneerimine vajab."
                ),
                "da": (
                    "Flere byer gennemførte en første udgave af City Check-up, og det hjalp "
                    "netværket med at afprøve spørgsmålene og forbedre vejledningen til dem. "
                    "Svarene tegner allerede et fælles billede: byerne har ambitiøse klimamål, "
                    "men mangler ofte de data og de tværgående teams, som integreret "
                    "energiplanlægning kræver."
                ),
                "es": (
                    "Varias ciudades completaron una primera versión del City Check-up, lo que "
                    "permitió a la red probar sus preguntas y mejorar la guía que las "
                    "acompaña. Sus respuestas ya dibujan un panorama común: las ciudades "
                    "tienen objetivos climáticos ambiciosos, pero a menudo les faltan los "
                    "datos y los equipos transversales que exige la planificación energética "
                    "integrada."
                ),
                "bg": (
                    "Няколко града попълниха първа версия на проверката City Check-up, което "
                    "помогна на мрежата да изпробва въпросите и да подобри придружаващите ги "
                    "указания. Отговорите вече очертават обща картина: градовете имат "
                    "амбициозни климатични цели, но често им липсват данните и екипите от "
                    "различни отдели, от които се нуждае интегрираното енергийно планиране."
                ),
                "it": (
                    "Diverse città hanno completato una prima versione del City Check-up, "
                    "permettendo alla rete di mettere alla prova le domande e di migliorare la "
                    "guida che le accompagna. Le risposte delineano già un quadro comune: le "
                    "città hanno obiettivi climatici ambiziosi, ma spesso mancano i dati e i "
                    "gruppi di lavoro intersettoriali di cui la pianificazione energetica "
                    "integrata ha bisogno."
                ),
            },
            {
                "en": (
                    "For 2025 the network is preparing the SmartEnCity Academy, with sessions "
                    "that follow the Cities4ZERO method step by step, and two webinar series. "
                    "The Lighthouse cities Vitoria-Gasteiz, Tartu and Sønderborg and the "
                    "Follower cities Lecce and Asenovgrad will share their experience. We wish "
                    "all member cities a good end of the year."
                ),
                "et": (
                    "2025. aastaks valmistab võrgustik ette SmartEnCity akadeemiat, mille "
                    "sessioonid järgivad samm-sammult Cities4ZERO meetodit, ning kaht "
                    "veebiseminaride sarja. Oma kogemusi jagavad majakalinnad Vitoria-Gasteiz, "
                    "Tartu ja Sønderborg ning järgijalinnad Lecce ja Asenovgrad. Soovime "
                    "kõigile liikmeslinnadele head aastalõppu!"
                ),
                "da": (
                    "Til 2025 forbereder netværket SmartEnCity Academy med sessioner, der "
                    "følger Cities4ZERO-metoden trin for trin, og to webinarserier. "
                    "Fyrtårnsbyerne Vitoria-Gasteiz, Tartu og Sønderborg og følgebyerne Lecce "
                    "og Asenovgrad deler deres erfaringer. Vi ønsker alle medlemsbyer en god "
                    "afslutning på året."
                ),
                "es": (
                    "Para 2025 la red prepara la SmartEnCity Academy, con sesiones que siguen "
                    "paso a paso el método Cities4ZERO, y dos series de seminarios web. Las "
                    "ciudades faro Vitoria-Gasteiz, Tartu y Sønderborg y las ciudades "
                    "seguidoras Lecce y Asenovgrad compartirán su experiencia. Deseamos a "
                    "todas las ciudades miembro un buen final de año."
                ),
                "bg": (
                    "За 2025 г. мрежата подготвя Академията SmartEnCity със сесии, които "
                    "следват стъпка по стъпка метода Cities4ZERO, както и две поредици "
                    "уебинари. Водещите градове Витория-Гастейс, Тарту и Сьондербор и "
                    "градовете последователи Лече и Асеновград ще споделят своя опит. "
                    "Пожелаваме на всички градове членове успешен край на годината."
                ),
                "it": (
                    "Per il 2025 la rete prepara la SmartEnCity Academy, con sessioni che "
                    "seguono passo dopo passo il metodo Cities4ZERO, e due serie di webinar. "
                    "Le città faro Vitoria-Gasteiz, Tartu e Sønderborg e le città follower "
                    "Lecce e Asenovgrad condivideranno la loro esperienza. Auguriamo a tutte "
                    "le città aderenti una buona fine d'anno."
                ),
            },
        ],
    },
    {
        "issue_date": "2025-06-16",
        "title": {
            "en": "Newsletter: the first half of 2025",
            "et": "Uudiskiri: 2025. aasta esimene poolaasta",
            "da": "Nyhedsbrev: første halvår 2025",
            "es": "Boletín semestral: primer semestre de 2025",
            "bg": "Полугодишен бюлетин: първото полугодие на 2025 г.",
            "it": "Newsletter: il primo semestre 2025",
        },
        "slug": {
            "en": "newsletter-first-half-2025",
            "et": "uudiskiri-2025-esimene-poolaasta",
            "da": "nyhedsbrev-foerste-halvaar-2025",
            "es": "boletin-semestral-primer-semestre-2025",
            "bg": "polugodishen-byuletin-parvo-polugodie-2025",
            "it": "newsletter-primo-semestre-2025",
        },
        "summary": {
            "en": (
                "A round-up of the network's first half of 2025: the first round of City "
                "Check-ups, the Academy's spring session on building retrofit and the first "
                "webinars."
            ),
            "et": (
                "Ülevaade võrgustiku 2025. aasta esimesest poolaastast: City Check-up "
                "hindamise esimene voor, akadeemia kevadine sessioon hoonete renoveerimisest "
                "ja esimesed veebiseminarid."
            ),
            "da": (
                "Et overblik over netværkets første halvår 2025: den første runde City "
                "Check-ups, akademiets forårssession om energirenovering af bygninger og de "
                "første webinarer."
            ),
            "es": (
                "Un repaso al primer semestre de 2025 en la red: la primera ronda del City "
                "Check-up, la sesión de primavera de la Academy sobre rehabilitación de "
                "edificios y los primeros seminarios web."
            ),
            "bg": (
                "Преглед на първото полугодие на 2025 г. в мрежата: първият кръг на проверката "
                "City Check-up, пролетната сесия на Академията за обновяване на сгради и "
                "първите уебинари."
            ),
            "it": (
                "Un riepilogo del primo semestre 2025 della rete: il primo ciclo del City "
                "Check-up, la sessione primaverile dell'Academy sulla riqualificazione degli "
                "edifici e i primi webinar."
            ),
        },
        "body": [
            {
                "en": (
                    "The first half of 2025 was the season of the City Check-up Assessment. "
                    "Member cities in all five countries answered its questions on strategy, "
                    "governance, data, financing and citizen engagement, helped by their "
                    "national coordinators and by a new short guide to the check-up. Each city "
                    "receives a report with its results and a few recommendations."
                ),
                "et": (
                    "2025. aasta esimene poolaasta möödus City Check-up hindamise tähe all. "
                    "Liikmeslinnad kõigis viies riigis vastasid selle küsimustele strateegia, "
                    "juhtimise, andmete, rahastamise ja elanike kaasamise kohta, toeks "
                    "riiklikud koordinaatorid ja uus lühike hindamisjuhend. Iga linn saab "
                    "aruande oma tulemuste ja mõne soovitusega."
                ),
                "da": (
                    "Første halvår 2025 stod i City Check-uppens tegn. Medlemsbyer i alle fem "
                    "lande besvarede spørgsmålene om strategi, organisering, data, "
                    "finansiering og borgerinddragelse med hjælp fra deres nationale "
                    "koordinatorer og en ny, kort vejledning til check-uppen. Hver by får en "
                    "rapport med sine resultater og nogle anbefalinger."
                ),
                "es": (
                    "El primer semestre de 2025 fue la temporada del City Check-up. Ciudades "
                    "miembro de los cinco países respondieron a sus preguntas sobre "
                    "estrategia, gobernanza, datos, financiación y participación ciudadana, "
                    "con la ayuda de sus coordinadores nacionales y de una nueva guía breve "
                    "del diagnóstico. Cada ciudad recibe un informe con sus resultados y "
                    "algunas recomendaciones."
                ),
                "bg": (
                    "Първото полугодие на 2025 г. премина под знака на проверката City "
                    "Check-up. Градове членове от всичките пет страни отговориха на въпросите "
                    "ѝ за стратегията, управлението, данните, финансирането и участието на "
                    "гражданите с помощта на националните координатори и на ново кратко "
                    "ръководство за проверката. Всеки град получава доклад със своите "
                    "резултати и няколко препоръки."
                ),
                "it": (
                    "Il primo semestre del 2025 è stato la stagione del City Check-up. Città "
                    "aderenti di tutti e cinque i paesi hanno risposto alle sue domande su "
                    "strategia, governance, dati, finanziamento e coinvolgimento dei "
                    "cittadini, con l'aiuto dei coordinatori nazionali e di una nuova breve "
                    "guida al check-up. Ogni città riceve un rapporto con i propri risultati e "
                    "alcune raccomandazioni."
                ),
            },
            {
                "en": (
                    "The SmartEnCity Academy held its spring session on building retrofit, "
                    "with lessons from Tartu and Vitoria-Gasteiz on renovating whole apartment "
                    "blocks and districts. The webinars began with sustainable mobility, from "
                    "Tartu's bike-sharing system to Pontevedra's streets designed for walking, "
                    "and went on to urban data platforms that help cities follow the effect of "
                    "their actions."
                ),
                "et": (
                    "SmartEnCity akadeemia kevadine sessioon oli pühendatud hoonete "
                    "renoveerimisele: Tartu ja Vitoria-Gasteiz jagasid kogemusi tervete "
                    "kortermajade ja linnaosade uuendamisest. Veebiseminarid algasid säästva "
                    "liikuvusega – Tartu rattaringlusest Pontevedra jalakäijatele kujundatud "
                    "tänavateni – ning jätkusid linnaandmete platvormidega, mis aitavad "
                    "linnadel oma tegevuse mõju jälgida."
                ),
                "da": (
                    "SmartEnCity Academy holdt sin forårssession om energirenovering af "
                    "bygninger, hvor Tartu og Vitoria-Gasteiz delte deres erfaringer med at "
                    "renovere hele boligblokke og bydele. Webinarerne begyndte med bæredygtig "
                    "mobilitet – fra Tartus bycykelsystem til Pontevedras gader, der er "
                    "indrettet til fodgængere – og fortsatte med bydataplatforme, der hjælper "
                    "byerne med at følge effekten af deres indsatser."
                ),
                "es": (
                    "La SmartEnCity Academy celebró su sesión de primavera sobre "
                    "rehabilitación de edificios, con las lecciones de Tartu y Vitoria-Gasteiz "
                    "sobre la renovación de bloques de viviendas y barrios enteros. Los "
                    "seminarios web empezaron con la movilidad sostenible, de la bicicleta "
                    "compartida de Tartu a las calles de Pontevedra pensadas para caminar, y "
                    "continuaron con las plataformas de datos urbanos que ayudan a las "
                    "ciudades a seguir el efecto de sus acciones."
                ),
                "bg": (
                    "Академията SmartEnCity проведе пролетната си сесия за обновяване на "
                    "сгради, в която Тарту и Витория-Гастейс споделиха поуките от обновяването "
                    "на цели жилищни блокове и квартали. Уебинарите започнаха с устойчивата "
                    "мобилност – от системата за споделени велосипеди в Тарту до улиците на "
                    "Понтеведра, създадени за пешеходци – и продължиха с платформите за "
                    "градски данни, които помагат на градовете да следят ефекта от своите "
                    "действия."
                ),
                "it": (
                    "La SmartEnCity Academy ha tenuto la sessione primaverile sulla "
                    "riqualificazione degli edifici, con le lezioni di Tartu e Vitoria-Gasteiz "
                    "sul rinnovamento di interi condomini e quartieri. I webinar sono partiti "
                    "dalla mobilità sostenibile, dal bike sharing di Tartu alle strade di "
                    "Pontevedra pensate per chi va a piedi, per passare poi alle piattaforme "
                    "di dati urbani che aiutano le città a seguire l'effetto delle proprie "
                    "azioni."
                ),
            },
            {
                "en": (
                    "The network grew as well: Castellón de la Plana in Spain and Ærø in "
                    "Denmark joined. The national networks held their first meetings of the "
                    "year in Lecce, Vitoria-Gasteiz, Sønderborg, Asenovgrad and Tartu, and in "
                    "April the national coordinators met in Vitoria-Gasteiz to plan the year "
                    "together. We wish everyone a good summer."
                ),
                "et": (
                    "Võrgustik ka kasvas: liitusid Castellón de la Plana Hispaanias ja Ærø "
                    "Taanis. Riiklikud võrgustikud pidasid aasta esimesi kohtumisi Lecces, "
                    "Vitoria-Gasteizis, Sønderborgis, Asenovgradis ja Tartus ning aprillis "
                    "kohtusid riiklikud koordinaatorid Vitoria-Gasteizis, et aastat koos "
                    "planeerida. Soovime kõigile ilusat suve!"
                ),
                "da": (
                    "Netværket voksede også: Castellón de la Plana i Spanien og Ærø i Danmark "
                    "blev medlemmer. De nationale netværk holdt årets første møder i Lecce, "
                    "Vitoria-Gasteiz, Sønderborg, Asenovgrad og Tartu, og i april mødtes de "
                    "nationale koordinatorer i Vitoria-Gasteiz for at planlægge året sammen. "
                    "Vi ønsker alle en god sommer."
                ),
                "es": (
                    "La red también creció: se incorporaron Castellón de la Plana, en España, "
                    "y Ærø, en Dinamarca. Las redes nacionales celebraron sus primeras "
                    "reuniones del año en Lecce, Vitoria-Gasteiz, Sønderborg, Asenovgrad y "
                    "Tartu, y en abril los coordinadores nacionales se reunieron en "
                    "Vitoria-Gasteiz para planificar juntos el año. Les deseamos a todos un "
                    "buen verano."
                ),
                "bg": (
                    "Мрежата също се разрасна: присъединиха се Кастельон де ла Плана в Испания "
                    "и Ерьо в Дания. Националните мрежи проведоха първите си срещи за годината "
                    "в Лече, Витория-Гастейс, Сьондербор, Асеновград и Тарту, а през април "
                    "националните координатори се събраха във Витория-Гастейс, за да планират "
                    "заедно годината. Пожелаваме на всички приятно лято."
                ),
                "it": (
                    "Anche la rete è cresciuta: hanno aderito Castellón de la Plana, in "
                    "Spagna, e Ærø, in Danimarca. Le reti nazionali hanno tenuto i primi "
                    "incontri dell'anno a Lecce, Vitoria-Gasteiz, Sønderborg, Asenovgrad e "
                    "Tartu, e ad aprile i coordinatori nazionali si sono riuniti a "
                    "Vitoria-Gasteiz per programmare insieme l'anno. Auguriamo a tutti una "
                    "buona estate."
                ),
            },
        ],
    },
    {
        "issue_date": "2025-12-15",
        "title": {
            "en": "Newsletter: the second half of 2025",
            "et": "Uudiskiri: 2025. aasta teine poolaasta",
            "da": "Nyhedsbrev: andet halvår 2025",
            "es": "Boletín semestral: segundo semestre de 2025",
            "bg": "Полугодишен бюлетин: второто полугодие на 2025 г.",
            "it": "Newsletter: il secondo semestre 2025",
        },
        "slug": {
            "en": "newsletter-second-half-2025",
            "et": "uudiskiri-2025-teine-poolaasta",
            "da": "nyhedsbrev-andet-halvaar-2025",
            "es": "boletin-semestral-segundo-semestre-2025",
            "bg": "polugodishen-byuletin-vtoro-polugodie-2025",
            "it": "newsletter-secondo-semestre-2025",
        },
        "summary": {
            "en": (
                "A round-up of the second half of 2025: what the check-ups showed, the call "
                "for new cities, the priorities for 2026 and new member cities."
            ),
            "et": (
                "Ülevaade 2025. aasta teisest poolaastast: mida näitasid hindamised, üleskutse "
                "uutele linnadele, 2026. aasta prioriteedid ja uued liikmeslinnad."
            ),
            "da": (
                "Et overblik over andet halvår 2025: hvad check-uppene viste, opfordringen til "
                "nye byer, prioriteterne for 2026 og nye medlemsbyer."
            ),
            "es": (
                "Un repaso al segundo semestre de 2025: lo que mostraron los diagnósticos, la "
                "convocatoria para nuevas ciudades, las prioridades para 2026 y las nuevas "
                "ciudades miembro."
            ),
            "bg": (
                "Преглед на второто полугодие на 2025 г.: какво показаха проверките, поканата "
                "към нови градове, приоритетите за 2026 г. и новите градове членове."
            ),
            "it": (
                "Un riepilogo del secondo semestre 2025: che cosa hanno mostrato i check-up, "
                "l'invito alle nuove città, le priorità per il 2026 e le nuove città aderenti."
            ),
        },
        "body": [
            {
                "en": (
                    "The results of the first City Check-ups shaped the second half of the "
                    "year. They showed that most member cities have strong political "
                    "commitment, but fewer have a cross-department energy team or regular "
                    "energy data. The Academy responded with autumn sessions on building an "
                    "energy team and on setting up an energy and emissions baseline from the "
                    "data a city already has."
                ),
                "et": (
                    "Aasta teist poolt kujundasid esimeste City Check-up hindamiste tulemused. "
                    "Need näitasid, et enamikul liikmeslinnadel on tugev poliitiline tahe, "
                    "kuid vähematel on osakondi ühendav energiameeskond või korrapärased "
                    "energiaandmed. Akadeemia vastas sellele sügisesete sessioonidega "
                    "energiameeskonna loomisest ning energiakasutuse ja heitkoguste "
                    "lähteolukorra kaardistamisest nende andmete põhjal, mis linnal juba "
                    "olemas on."
                ),
                "da": (
                    "Resultaterne af de første City Check-ups prægede årets andet halvår. De "
                    "viste, at de fleste medlemsbyer har en stærk politisk opbakning, men "
                    "færre har et tværgående energiteam eller løbende energidata. Akademiet "
                    "fulgte op med efterårssessioner om at opbygge et energiteam og om at lave "
                    "en basisopgørelse af energi og udledninger ud fra de data, byen allerede "
                    "har."
                ),
                "es": (
                    "Los resultados de los primeros City Check-up marcaron el segundo "
                    "semestre. Mostraron que la mayoría de las ciudades miembro cuenta con un "
                    "fuerte compromiso político, pero menos disponen de un equipo energético "
                    "transversal o de datos energéticos periódicos. La Academy respondió con "
                    "sesiones de otoño sobre cómo crear un equipo energético y cómo elaborar "
                    "un inventario de referencia de energía y emisiones con los datos de que "
                    "la ciudad ya dispone."
                ),
                "bg": (
                    "Резултатите от първите проверки City Check-up определиха второто "
                    "полугодие. Те показаха, че повечето градове членове имат силна "
                    "политическа ангажираност, но по-малко от тях разполагат с енергиен екип "
                    "от различни отдели или с редовни енергийни данни. Академията отговори с "
                    "есенни сесии за изграждането на енергиен екип и за съставянето на базова "
                    "оценка на енергията и емисиите въз основа на данните, с които градът вече "
                    "разполага."
                ),
                "it": (
                    "I risultati dei primi City Check-up hanno segnato il secondo semestre. "
                    "Hanno mostrato che la maggior parte delle città aderenti ha un forte "
                    "impegno politico, ma meno città dispongono di un gruppo di lavoro "
                    "sull'energia che riunisca più settori o di dati energetici regolari. "
                    "L'Academy ha risposto con sessioni autunnali sulla costruzione di un "
                    "gruppo di lavoro sull'energia e sulla definizione di un inventario di "
                    "base di energia ed emissioni a partire dai dati che la città possiede già."
                ),
            },
            {
                "en": (
                    "In October the network opened a call for new member cities, and member "
                    "cities met online to agree on three priorities for 2026: district "
                    "heating, citizen engagement and the replication of the Lighthouse "
                    "solutions. Study visits took the Danish network to Ærø and the Italian "
                    "network to Bolzano, and the November bulletin gave an overview of "
                    "European funding for local energy projects."
                ),
                "et": (
                    "Oktoobris kuulutas võrgustik välja üleskutse uutele liikmeslinnadele ning "
                    "liikmeslinnad leppisid veebikohtumisel kokku kolm prioriteeti 2026. "
                    "aastaks: kaugküte, elanike kaasamine ja majakalinnade lahenduste "
                    "ülevõtmine. Õppereisid viisid Taani võrgustiku Ærøle ja Itaalia "
                    "võrgustiku Bolzanosse ning novembrikuu infokiri andis ülevaate Euroopa "
                    "rahastusvõimalustest kohalikele energiaprojektidele."
                ),
                "da": (
                    "I oktober sendte netværket en opfordring ud til nye byer om at blive "
                    "medlemmer, og medlemsbyerne mødtes online og blev enige om tre "
                    "prioriteter for 2026: fjernvarme, borgerinddragelse og overførsel af "
                    "fyrtårnsbyernes løsninger. Studieture bragte det danske netværk til Ærø "
                    "og det italienske til Bolzano, og novemberbulletinen gav et overblik over "
                    "europæisk finansiering af lokale energiprojekter."
                ),
                "es": (
                    "En octubre la red abrió una convocatoria para nuevas ciudades miembro, y "
                    "los miembros se reunieron en línea para acordar tres prioridades para "
                    "2026: las redes de calor, la participación ciudadana y la replicación de "
                    "las soluciones de las ciudades faro. Las visitas de estudio llevaron a la "
                    "red danesa a Ærø y a la italiana a Bolzano, y el boletín de noviembre "
                    "ofreció un panorama de la financiación europea para proyectos energéticos "
                    "locales."
                ),
                "bg": (
                    "През октомври мрежата отправи покана към нови градове да се присъединят, "
                    "а градовете членове се събраха онлайн и договориха три приоритета за 2026 "
                    "г.: централното отопление, участието на гражданите и възпроизвеждането на "
                    "решенията на водещите градове. Учебни посещения отведоха датската мрежа "
                    "на Ерьо и италианската в Болцано, а ноемврийският бюлетин даде преглед на "
                    "европейското финансиране за местни енергийни проекти."
                ),
                "it": (
                    "A ottobre la rete ha lanciato un invito alle nuove città, e le città "
                    "aderenti si sono riunite online per concordare tre priorità per il 2026: "
                    "il teleriscaldamento, il coinvolgimento dei cittadini e la replica delle "
                    "soluzioni delle città faro. Le visite di studio hanno portato la rete "
                    "danese a Ærø e quella italiana a Bolzano, e il bollettino di novembre ha "
                    "offerto una panoramica dei finanziamenti europei per i progetti "
                    "energetici locali."
                ),
            },
            {
                "en": (
                    "Several cities joined the network or started getting to know it: Haskovo "
                    "and Velingrad in Bulgaria, Granada in Spain, Kuressaare in Estonia and "
                    "Bari in Italy. In 2026 a new round of check-ups will let cities measure "
                    "their progress. We thank all members for their work this year and wish "
                    "everyone happy holidays."
                ),
                "et": (
                    "Mitu linna liitus võrgustikuga või hakkas sellega tutvuma: Haskovo ja "
                    "Velingrad Bulgaarias, Granada Hispaanias, Kuressaare Eestis ja Bari "
                    "Itaalias. 2026. aastal saavad linnad uue hindamisvooru abil oma edusamme "
                    "mõõta. Täname kõiki liikmeid selle aasta töö eest ja soovime kõigile "
                    "rahulikke pühi!"
                ),
                "da": (
                    "Flere byer blev medlemmer af netværket eller begyndte at lære det at "
                    "kende: Haskovo og Velingrad i Bulgarien, Granada i Spanien, Kuressaare i "
                    "Estland og Bari i Italien. I 2026 kan byerne måle deres fremskridt i en "
                    "ny runde check-ups. Vi takker alle medlemmer for årets indsats og ønsker "
                    "alle en glædelig jul og et godt nytår."
                ),
                "es": (
                    "Varias ciudades se unieron a la red o empezaron a conocerla: Haskovo y "
                    "Velingrad, en Bulgaria; Granada, en España; Kuressaare, en Estonia; y "
                    "Bari, en Italia. En 2026, una nueva ronda de diagnósticos permitirá a las "
                    "ciudades medir sus avances. Agradecemos a todos los miembros su trabajo "
                    "este año y les deseamos felices fiestas."
                ),
                "bg": (
                    "Няколко града се присъединиха към мрежата или започнаха да се запознават "
                    "с нея: Хасково и Велинград в България, Гранада в Испания, Куресааре в "
                    "Естония и Бари в Италия. През 2026 г. нов кръг проверки ще позволи на "
                    "градовете да измерят напредъка си. Благодарим на всички членове за "
                    "работата им през годината и им пожелаваме весели празници."
                ),
                "it": (
                    "Diverse città hanno aderito alla rete o hanno cominciato a conoscerla: "
                    "Haskovo e Velingrad in Bulgaria, Granada in Spagna, Kuressaare in Estonia "
                    "e Bari in Italia. Nel 2026 un nuovo ciclo di check-up permetterà alle "
                    "città di misurare i propri progressi. Ringraziamo tutti i membri per il "
                    "lavoro di quest'anno e auguriamo a tutti buone feste."
                ),
            },
        ],
    },
    {
        "issue_date": "2026-06-15",
        "title": {
            "en": "Newsletter: the first half of 2026",
            "et": "Uudiskiri: 2026. aasta esimene poolaasta",
            "da": "Nyhedsbrev: første halvår 2026",
            "es": "Boletín semestral: primer semestre de 2026",
            "bg": "Полугодишен бюлетин: първото полугодие на 2026 г.",
            "it": "Newsletter: il primo semestre 2026",
        },
        "slug": {
            "en": "newsletter-first-half-2026",
            "et": "uudiskiri-2026-esimene-poolaasta",
            "da": "nyhedsbrev-foerste-halvaar-2026",
            "es": "boletin-semestral-primer-semestre-2026",
            "bg": "polugodishen-byuletin-parvo-polugodie-2026",
            "it": "newsletter-primo-semestre-2026",
        },
        "summary": {
            "en": (
                "A round-up of the first half of 2026: district heating, the Academy's "
                "programme on the Cities4ZERO method, citizen engagement and more cities at "
                "the Replicate step."
            ),
            "et": (
                "Ülevaade 2026. aasta esimesest poolaastast: kaugküte, akadeemia programm "
                "Cities4ZERO meetodist, elanike kaasamine ja uued linnad ülevõtmise sammul."
            ),
            "da": (
                "Et overblik over første halvår 2026: fjernvarme, akademiets program om "
                "Cities4ZERO-metoden, borgerinddragelse og flere byer på trinnet Overfør "
                "tilgangen."
            ),
            "es": (
                "Un repaso al primer semestre de 2026: las redes de calor, el programa de la "
                "Academy sobre el método Cities4ZERO, la participación ciudadana y más "
                "ciudades en el paso Replicar el enfoque."
            ),
            "bg": (
                "Преглед на първото полугодие на 2026 г.: централното отопление, програмата на "
                "Академията по метода Cities4ZERO, участието на гражданите и още градове на "
                "стъпката „Възпроизвеждане на подхода“."
            ),
            "it": (
                "Un riepilogo del primo semestre 2026: il teleriscaldamento, il programma "
                "dell'Academy sul metodo Cities4ZERO, il coinvolgimento dei cittadini e nuove "
                "città al passo Replicare l'approccio."
            ),
        },
        "body": [
            {
                "en": (
                    "The network opened 2026 with district heating, the first of the "
                    "priorities agreed at the autumn meeting. Sønderborg and Tartu shared "
                    "their experience, the Danish network held a webinar on low-temperature "
                    "district heating in Albertslund, and cities planning heat networks, such "
                    "as Kuressaare and Pamplona, discussed their plans. A new round of the "
                    "City Check-up Assessment let the cities that took part in 2025 measure "
                    "their progress."
                ),
                "et": (
                    "Võrgustik alustas 2026. aastat kaugküttega, mis oli esimene "
                    "sügiskohtumisel kokku lepitud prioriteetidest. Sønderborg ja Tartu "
                    "jagasid oma kogemusi, Taani võrgustik korraldas veebiseminari "
                    "Albertslundi madalatemperatuurilisest kaugküttest ning soojusvõrke "
                    "kavandavad linnad, näiteks Kuressaare ja Pamplona, arutasid oma plaane. "
                    "City Check-up hindamise uus voor võimaldas 2025. aastal osalenud linnadel "
                    "oma edusamme mõõta."
                ),
                "da": (
                    "Netværket indledte 2026 med fjernvarme, den første af de prioriteter, der "
                    "blev vedtaget på efterårsmødet. Sønderborg og Tartu delte deres "
                    "erfaringer, det danske netværk holdt et webinar om "
                    "lavtemperaturfjernvarme i Albertslund, og byer, der planlægger varmenet, "
                    "som Kuressaare og Pamplona, drøftede deres planer. En ny runde City "
                    "Check-up gav de byer, der deltog i 2025, mulighed for at måle deres "
                    "fremskridt."
                ),
                "es": (
                    "La red empezó 2026 con las redes de calor, la primera de las prioridades "
                    "acordadas en el encuentro de otoño. Sønderborg y Tartu compartieron su "
                    "experiencia, la red danesa organizó un seminario web sobre la red de "
                    "calor de baja temperatura de Albertslund, y ciudades que planifican redes "
                    "de calor, como Kuressaare y Pamplona, debatieron sus proyectos. Una nueva "
                    "ronda del City Check-up permitió a las ciudades que participaron en 2025 "
                    "medir sus avances."
                ),
                "bg": (
                    "Мрежата започна 2026 г. с централното отопление – първия от приоритетите, "
                    "договорени на есенната среща. Сьондербор и Тарту споделиха опита си, "
                    "датската мрежа проведе уебинар за нискотемпературното централно отопление "
                    "в Албертслунд, а градове, които планират топлофикационни мрежи, като "
                    "Куресааре и Памплона, обсъдиха плановете си. Нов кръг на проверката City "
                    "Check-up позволи на градовете, участвали през 2025 г., да измерят "
                    "напредъка си."
                ),
                "it": (
                    "La rete ha aperto il 2026 con il teleriscaldamento, la prima delle "
                    "priorità concordate all'incontro autunnale. Sønderborg e Tartu hanno "
                    "condiviso la loro esperienza, la rete danese ha organizzato un webinar "
                    "sul teleriscaldamento a bassa temperatura di Albertslund, e città che "
                    "progettano reti di calore, come Kuressaare e Pamplona, hanno discusso i "
                    "propri piani. Un nuovo ciclo del City Check-up ha permesso alle città che "
                    "avevano partecipato nel 2025 di misurare i propri progressi."
                ),
            },
            {
                "en": (
                    "The SmartEnCity Academy opened its 2026 programme on the Cities4ZERO "
                    "method with the strategy phase. In March, webinars covered EU funding for "
                    "cities and the replication plans of the Follower cities Lecce and "
                    "Asenovgrad. In spring, citizen engagement brought stories from Ærø and "
                    "Tartu and a June webinar on energy communities, and the check-up's "
                    "questions on citizen engagement were updated."
                ),
                "et": (
                    "SmartEnCity akadeemia alustas 2026. aasta programmi Cities4ZERO meetodi "
                    "strateegiaetapiga. Märtsis käsitlesid veebiseminarid ELi rahastust "
                    "linnadele ning järgijalinnade Lecce ja Asenovgradi ülevõtmiskavasid. "
                    "Kevadel tõi elanike kaasamise teema kogemusi Ærølt ja Tartult ning "
                    "juunikuise veebiseminari energiakogukondadest; uuendati ka hindamise "
                    "küsimusi elanike kaasamise kohta."
                ),
                "da": (
                    "SmartEnCity Academy åbnede sit program for 2026 om Cities4ZERO-metoden "
                    "med strategifasen. I marts handlede webinarerne om EU-finansiering til "
                    "byer og om følgebyerne Lecces og Asenovgrads planer for overførsel. I "
                    "foråret bragte temaet borgerinddragelse erfaringer fra Ærø og Tartu og et "
                    "webinar i juni om energifællesskaber, og check-uppens spørgsmål om "
                    "borgerinddragelse blev opdateret."
                ),
                "es": (
                    "La SmartEnCity Academy inauguró su programa de 2026 sobre el método "
                    "Cities4ZERO con la fase estratégica. En marzo, los seminarios web "
                    "trataron la financiación europea para las ciudades y los planes de "
                    "replicación de las ciudades seguidoras Lecce y Asenovgrad. En primavera, "
                    "la participación ciudadana trajo las experiencias de Ærø y Tartu y un "
                    "seminario web en junio sobre comunidades energéticas, y se actualizaron "
                    "las preguntas del diagnóstico sobre participación ciudadana."
                ),
                "bg": (
                    "Академията SmartEnCity започна програмата си за 2026 г. по метода "
                    "Cities4ZERO със стратегическия етап. През март уебинарите бяха посветени "
                    "на европейското финансиране за градовете и на плановете за "
                    "възпроизвеждане на градовете последователи Лече и Асеновград. През "
                    "пролетта темата за участието на гражданите донесе опита на Ерьо и Тарту и "
                    "уебинар през юни за енергийните общности, а въпросите на проверката за "
                    "участието на гражданите бяха обновени."
                ),
                "it": (
                    "La SmartEnCity Academy ha aperto il programma 2026 sul metodo Cities4ZERO "
                    "con la fase strategica. A marzo i webinar hanno affrontato i "
                    "finanziamenti europei per le città e i piani di replica delle città "
                    "follower Lecce e Asenovgrad. In primavera il tema del coinvolgimento dei "
                    "cittadini ha portato le esperienze di Ærø e Tartu e un webinar di giugno "
                    "sulle comunità energetiche, e sono state aggiornate le domande del "
                    "check-up sul coinvolgimento dei cittadini."
                ),
            },
            {
                "en": (
                    "Several member cities have now reached the Replicate step, among them "
                    "Võru, Soria, Frederikshavn, Ferrara and Pleven, and Cagliari has joined "
                    "the network. In the second half of the year the network will present the "
                    "cities that have reached the Award step and prepare the Academy sessions "
                    "of early 2027. We wish everyone a good summer."
                ),
                "et": (
                    "Mitu liikmeslinna on nüüdseks jõudnud ülevõtmise sammuni, nende seas "
                    "Võru, Soria, Frederikshavn, Ferrara ja Pleven, ning võrgustikuga on "
                    "liitunud Cagliari. Aasta teisel poolel tutvustab võrgustik linnu, kes on "
                    "jõudnud tunnustamise sammuni, ja valmistab ette 2027. aasta alguse "
                    "akadeemia sessioone. Soovime kõigile ilusat suve!"
                ),
                "da": (
                    "Flere medlemsbyer er nu nået til trinnet Overfør tilgangen, blandt dem "
                    "Võru, Soria, Frederikshavn, Ferrara og Pleven, og Cagliari er blevet "
                    "medlem af netværket. I andet halvår præsenterer netværket de byer, der er "
                    "nået til trinnet Anerkendelse, og forbereder akademiets sessioner i "
                    "begyndelsen af 2027. Vi ønsker alle en god sommer."
                ),
                "es": (
                    "Varias ciudades miembro han llegado ya al paso Replicar el enfoque, entre "
                    "ellas Võru, Soria, Frederikshavn, Ferrara y Pleven, y Cagliari se ha "
                    "incorporado a la red. En el segundo semestre, la red presentará a las "
                    "ciudades que han alcanzado el paso Reconocimiento y preparará las "
                    "sesiones de la Academy de principios de 2027. Les deseamos a todos un "
                    "buen verano."
                ),
                "bg": (
                    "Няколко града членове вече стигнаха до стъпката „Възпроизвеждане на "
                    "подхода“, сред тях Въру, Сория, Фредериксхавн, Ферара и Плевен, а Каляри "
                    "се присъедини към мрежата. През второто полугодие мрежата ще представи "
                    "градовете, достигнали стъпката „Отличие“, и ще подготви сесиите на "
                    "Академията в началото на 2027 г. Пожелаваме на всички приятно лято."
                ),
                "it": (
                    "Diverse città aderenti sono ora arrivate al passo Replicare l'approccio, "
                    "tra cui Võru, Soria, Frederikshavn, Ferrara e Pleven, e Cagliari è "
                    "entrata nella rete. Nel secondo semestre la rete presenterà le città che "
                    "hanno raggiunto il passo Riconoscimento e preparerà le sessioni "
                    "dell'Academy di inizio 2027. Auguriamo a tutti una buona estate."
                ),
            },
        ],
    },
]
