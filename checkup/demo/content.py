"""The demo City Check-up: a questionnaire in the five stages of the Cities4ZERO integrated
energy planning process, in the six languages.

The structure is written once: each stage's key and topics, each question's key, each answer's
score, the feedback bands' starts and their recommended next steps. Only the words are written
per language, so a translation can never change a score. The keys name the blocks (their ids
are derived from them), so a stage, question or answer keeps its id when the loader runs again.

Next steps name what they recommend as it is named in the rest of the demo:
("solution", "<English city slug>/<English solution slug>"), ("topic", "<topic slug>"),
("academy", "<English slug of a session, webinar series or webinar>") and
("resource", "<the resource's address>").

The same English text is always translated the same way in a language, because
wagtail-localize translates a text once for the whole page.
"""

# The resources' addresses, as home/demo/resources.py gives them.
CITIES4ZERO = "https://www.smartencity.eu/outcomes/smartenkit/town-hall-cities4zero-methodology/"
JRC_GUIDEBOOK = "https://doi.org/10.2760/223399"
COVENANT_OF_MAYORS = "https://eu-mayors.ec.europa.eu/en"
COVENANT_REPORTING = "https://eu-mayors.ec.europa.eu/en/resources/reporting"
CLIMATE_NEUTRAL_CITIES = (
    "https://research-and-innovation.ec.europa.eu/funding/funding-opportunities/"
    "funding-programmes-and-open-calls/horizon-europe/eu-missions-horizon-europe/"
    "climate-neutral-and-smart-cities_en"
)
SMART_CITIES_MARKETPLACE = "https://smart-cities-marketplace.ec.europa.eu/"
ELENA = "https://www.eib.org/en/products/advisory-services/elena/index.htm"
LIFE_CLEAN_ENERGY = "https://cinea.ec.europa.eu/programmes/life/clean-energy-transition_en"
INTERREG_LEARNING_PLATFORM = "https://www.interregeurope.eu/policy-learning-platform"
EUROSTAT_ENERGY = "https://ec.europa.eu/eurostat/web/energy"
ENERGY_CITIES = "https://energy-cities.eu/"

# Answers that several questions share.
NO = {"en": "No", "et": "Ei", "da": "Nej", "es": "No", "bg": "Не", "it": "No"}
NOT_YET = {
    "en": "Not yet",
    "et": "Veel mitte",
    "da": "Ikke endnu",
    "es": "Todavía no",
    "bg": "Все още не",
    "it": "Non ancora",
}
IN_PREPARATION = {
    "en": "It is being prepared",
    "et": "Ettevalmistamisel",
    "da": "Under forberedelse",
    "es": "En preparación",
    "bg": "В процес на подготовка",
    "it": "In preparazione",
}
NO_ACTION_PLAN = {
    "en": "We have no action plan yet",
    "et": "Meil pole veel tegevuskava",
    "da": "Vi har endnu ingen handlingsplan",
    "es": "Aún no tenemos plan de acción",
    "bg": "Все още нямаме план за действие",
    "it": "Non abbiamo ancora un piano d'azione",
}

CHECKUP_PAGE = {
    "title": {
        "en": "City Check-up",
        "et": "City Check-up hindamine",
        "da": "City Check-up",
        "es": "City Check-up",
        "bg": "Проверка City Check-up",
        "it": "City Check-up",
    },
    "slug": {
        "en": "city-check-up",
        "et": "city-check-up-hindamine",
        "da": "city-check-up",
        "es": "city-check-up",
        "bg": "proverka-city-check-up",
        "it": "city-check-up",
    },
    "intro": {
        "en": "Find out how far your city has come in integrated energy planning. The questionnaire follows the five steps of the Cities4ZERO method and takes about 15 minutes. You receive a score for each step, feedback with recommended next steps and an anonymous comparison with other cities in the network.",
        "et": "Uurige, kui kaugele on teie linn integreeritud energiaplaneerimisega jõudnud. Küsimustik järgib Cities4ZERO meetodi viit sammu ja selle täitmiseks kulub umbes 15 minutit. Saate iga sammu kohta tulemuse, tagasiside koos soovitatud järgmiste sammudega ning anonüümse võrdluse võrgustiku teiste linnadega.",
        "da": "Find ud af, hvor langt jeres by er nået med integreret energiplanlægning. Spørgeskemaet følger de fem trin i Cities4ZERO-metoden og tager omkring 15 minutter at udfylde. I får en score for hvert trin, feedback med anbefalede næste skridt og en anonym sammenligning med andre byer i netværket.",
        "es": "Descubra hasta dónde ha llegado su ciudad en la planificación energética integrada. El cuestionario sigue los cinco pasos del método Cities4ZERO y se completa en unos 15 minutos. Recibirá una puntuación para cada paso, recomendaciones con los siguientes pasos y una comparación anónima con otras ciudades de la red.",
        "bg": "Разберете докъде е стигнал вашият град в интегрираното енергийно планиране. Въпросникът следва петте стъпки на метода Cities4ZERO и попълването му отнема около 15 минути. Ще получите оценка за всяка стъпка, обратна връзка с препоръки за следващите стъпки и анонимно сравнение с други градове от мрежата.",
        "it": "Scoprite a che punto è la vostra città nella pianificazione energetica integrata. Il questionario segue le cinque fasi del metodo Cities4ZERO e richiede circa 15 minuti. Riceverete un punteggio per ogni fase, un riscontro con i passi successivi consigliati e un confronto anonimo con le altre città della rete.",
    },
    # One paragraph of rich text; the loader wraps it in <p>.
    "privacy_notice": {
        "en": "We store your answers to give your city personal feedback and to compare results anonymously with other cities in the network. Your e-mail address is used only to send you the report. We keep the answers for at most three years and delete them earlier if you ask us to.",
        "et": "Salvestame teie vastused, et anda teie linnale isiklikku tagasisidet ja võrrelda tulemusi anonüümselt võrgustiku teiste linnadega. Teie e-posti aadressi kasutame ainult aruande saatmiseks. Hoiame vastuseid kõige rohkem kolm aastat ja kustutame need teie soovil varem.",
        "da": "Vi gemmer jeres svar for at kunne give jeres by personlig feedback og sammenligne resultaterne anonymt med andre byer i netværket. Jeres e-mailadresse bruges kun til at sende jer rapporten. Vi opbevarer svarene i højst tre år og sletter dem tidligere, hvis I beder om det.",
        "es": "Guardamos sus respuestas para ofrecer a su ciudad recomendaciones personalizadas y comparar los resultados de forma anónima con otras ciudades de la red. Su dirección de correo electrónico solo se utiliza para enviarle el informe. Conservamos las respuestas durante un máximo de tres años y las eliminamos antes si así nos lo solicita.",
        "bg": "Съхраняваме отговорите ви, за да дадем на вашия град персонализирана обратна връзка и да сравним резултатите анонимно с други градове от мрежата. Имейл адресът ви се използва само за изпращане на доклада. Пазим отговорите най-много три години и ги изтриваме по-рано, ако поискате.",
        "it": "Conserviamo le vostre risposte per fornire alla vostra città un riscontro personalizzato e per confrontare i risultati in forma anonima con le altre città della rete. Il vostro indirizzo e-mail viene utilizzato solo per inviarvi il rapporto. Conserviamo le risposte per un massimo di tre anni e le cancelliamo prima, se ce lo chiedete.",
    },
}

STAGES = [
    {
        "key": "commitment",
        "topics": ["energy-planning"],
        "title": {
            "en": "Political commitment and coordination",
            "et": "Poliitiline pühendumus ja koordineerimine",
            "da": "Politisk forankring og koordinering",
            "es": "Compromiso político y coordinación",
            "bg": "Политически ангажимент и координация",
            "it": "Impegno politico e coordinamento",
        },
        "intro": {
            "en": "How firmly the energy transition is anchored in the city's leadership, and who coordinates the work across departments and partners.",
            "et": "Kui kindlalt on energiaüleminek linna juhtimises kinnistunud ning kes koordineerib tööd ametite ja partnerite vahel.",
            "da": "Hvor solidt energiomstillingen er forankret i byens ledelse, og hvem der koordinerer arbejdet på tværs af forvaltninger og partnere.",
            "es": "El grado de arraigo de la transición energética en el gobierno municipal y quién coordina el trabajo entre las áreas municipales y los socios.",
            "bg": "Доколко енергийният преход е утвърден като приоритет от ръководството на града и кой координира работата между отделите и партньорите.",
            "it": "Quanto è radicata la transizione energetica nella guida della città e chi coordina il lavoro tra i diversi settori e i partner.",
        },
        "questions": [
            {
                "key": "council-commitment",
                "text": {
                    "en": "Has the city council formally committed to climate neutrality or to an integrated energy plan?",
                    "et": "Kas linnavolikogu on ametlikult võtnud kohustuse saavutada kliimaneutraalsus või koostada integreeritud energiakava?",
                    "da": "Har byrådet formelt forpligtet sig til klimaneutralitet eller til en integreret energiplan?",
                    "es": "¿Ha adoptado el pleno municipal un compromiso formal con la neutralidad climática o con un plan energético integrado?",
                    "bg": "Приел ли е общинският съвет официален ангажимент за климатична неутралност или за интегриран енергиен план?",
                    "it": "Il consiglio comunale ha assunto un impegno formale per la neutralità climatica o per un piano energetico integrato?",
                },
                "help_text": {
                    "en": "For example a council resolution, joining the Covenant of Mayors or a climate neutrality target in the city's strategy.",
                    "et": "Näiteks volikogu otsus, Linnapeade paktiga ühinemine või kliimaneutraalsuse eesmärk linna arengukavas.",
                    "da": "For eksempel en byrådsbeslutning, tilslutning til Borgmesterpagten eller et mål om klimaneutralitet i kommunens strategi.",
                    "es": "Por ejemplo, un acuerdo plenario, la adhesión al Pacto de los Alcaldes o un objetivo de neutralidad climática en la estrategia municipal.",
                    "bg": "Например решение на общинския съвет, присъединяване към Споразумението на кметовете или цел за климатична неутралност в стратегията на общината.",
                    "it": "Ad esempio una delibera del consiglio comunale, l'adesione al Patto dei Sindaci o un obiettivo di neutralità climatica nella strategia della città.",
                },
                "options": [
                    {
                        "score": 3,
                        "label": {
                            "en": "Yes, with a target year and a mandate for the administration",
                            "et": "Jah, koos sihtaasta ja ülesandega linnavalitsusele",
                            "da": "Ja, med et målår og et mandat til forvaltningen",
                            "es": "Sí, con un año objetivo y un mandato para la administración municipal",
                            "bg": "Да, с целева година и възложени задачи на администрацията",
                            "it": "Sì, con un anno obiettivo e un mandato agli uffici comunali",
                        },
                    },
                    {
                        "score": 2,
                        "label": {
                            "en": "Yes, as a general statement of intent",
                            "et": "Jah, üldise kavatsuste deklaratsioonina",
                            "da": "Ja, som en generel hensigtserklæring",
                            "es": "Sí, como una declaración de intenciones general",
                            "bg": "Да, като обща декларация за намерения",
                            "it": "Sì, come dichiarazione d'intenti generale",
                        },
                    },
                    {"score": 1, "label": IN_PREPARATION},
                    {"score": 0, "label": NO},
                ],
            },
            {
                "key": "coordination-group",
                "text": {
                    "en": "Does the city have a cross-departmental coordination group for energy planning?",
                    "et": "Kas linnal on energiaplaneerimise jaoks ametkondadevaheline koordineerimisrühm?",
                    "da": "Har kommunen en tværgående koordineringsgruppe for energiplanlægning?",
                    "es": "¿Cuenta el ayuntamiento con un grupo de coordinación interdepartamental para la planificación energética?",
                    "bg": "Има ли общината координационна група за енергийно планиране, в която участват различни отдели?",
                    "it": "Il Comune dispone di un tavolo di coordinamento intersettoriale per la pianificazione energetica?",
                },
                "help_text": {
                    "en": "A standing group in which departments such as planning, buildings, mobility and finance work on the energy plan together.",
                    "et": "Alaline töörühm, kus näiteks planeerimise, hoonete, liikuvuse ja rahanduse valdkonna ametnikud töötavad energiakava kallal koos.",
                    "da": "En fast gruppe, hvor fx planlægning, bygninger, mobilitet og økonomi arbejder sammen om energiplanen.",
                    "es": "Un grupo estable en el que áreas como urbanismo, edificios, movilidad y hacienda trabajan juntas en el plan energético.",
                    "bg": "Постоянна група, в която отдели като устройство на територията, сгради, мобилност и финанси работят заедно по енергийния план.",
                    "it": "Un gruppo stabile in cui settori come urbanistica, edilizia, mobilità e bilancio lavorano insieme al piano energetico.",
                },
                "options": [
                    {
                        "score": 3,
                        "label": {
                            "en": "Yes, it meets regularly",
                            "et": "Jah, see koguneb regulaarselt",
                            "da": "Ja, den mødes regelmæssigt",
                            "es": "Sí, se reúne con regularidad",
                            "bg": "Да, събира се редовно",
                            "it": "Sì, si riunisce regolarmente",
                        },
                    },
                    {
                        "score": 1,
                        "label": {
                            "en": "Yes, but it rarely meets",
                            "et": "Jah, kuid see koguneb harva",
                            "da": "Ja, men den mødes sjældent",
                            "es": "Sí, pero rara vez se reúne",
                            "bg": "Да, но рядко се събира",
                            "it": "Sì, ma si riunisce raramente",
                        },
                    },
                    {"score": 0, "label": NOT_YET},
                ],
            },
            {
                "key": "energy-coordinator",
                "text": {
                    "en": "Is one person in the administration responsible for coordinating the energy transition?",
                    "et": "Kas linnavalitsuses on konkreetne inimene, kes vastutab energiaülemineku koordineerimise eest?",
                    "da": "Er der en bestemt medarbejder i forvaltningen, som har ansvaret for at koordinere energiomstillingen?",
                    "es": "¿Hay en la administración municipal una persona responsable de coordinar la transición energética?",
                    "bg": "Има ли в общинската администрация конкретен служител, който отговаря за координацията на енергийния преход?",
                    "it": "C'è una persona dell'amministrazione comunale incaricata di coordinare la transizione energetica?",
                },
                "help_text": {
                    "en": "Someone whose job includes energy planning, with the time and authority to do it.",
                    "et": "Inimene, kelle tööülesannete hulka kuulub energiaplaneerimine ning kellel on selleks piisavalt aega ja volitusi.",
                    "da": "En person, hvis job omfatter energiplanlægning, og som har tid og beføjelser til opgaven.",
                    "es": "Alguien cuyo puesto incluya la planificación energética y que disponga del tiempo y la autoridad necesarios.",
                    "bg": "Човек, чиито задължения включват енергийното планиране и който разполага с необходимото време и правомощия.",
                    "it": "Una persona che abbia la pianificazione energetica tra i propri compiti e disponga del tempo e dell'autorità necessari.",
                },
                "options": [
                    {
                        "score": 3,
                        "label": {
                            "en": "Yes, with dedicated working time",
                            "et": "Jah, selleks on ette nähtud eraldi tööaeg",
                            "da": "Ja, med afsat arbejdstid til opgaven",
                            "es": "Sí, con dedicación específica",
                            "bg": "Да, с отделено работно време за това",
                            "it": "Sì, con tempo di lavoro dedicato",
                        },
                    },
                    {
                        "score": 1,
                        "label": {
                            "en": "Yes, alongside many other tasks",
                            "et": "Jah, paljude muude ülesannete kõrval",
                            "da": "Ja, ved siden af mange andre opgaver",
                            "es": "Sí, junto con muchas otras tareas",
                            "bg": "Да, наред с много други задачи",
                            "it": "Sì, insieme a molti altri compiti",
                        },
                    },
                    {"score": 0, "label": NO},
                ],
            },
            {
                "key": "external-partners",
                "text": {
                    "en": "Are external partners, such as energy companies, housing associations or universities, part of the coordination?",
                    "et": "Kas koordineerimisse on kaasatud välispartnerid, näiteks energiaettevõtted, korteriühistud või ülikoolid?",
                    "da": "Deltager eksterne partnere som forsyningsselskaber, boligforeninger eller universiteter i koordineringen?",
                    "es": "¿Participan en la coordinación socios externos, como empresas energéticas, entidades de vivienda o universidades?",
                    "bg": "Участват ли в координацията външни партньори като енергийни дружества, сдружения на собствениците или университети?",
                    "it": "Partecipano al coordinamento partner esterni come aziende energetiche, enti per l'edilizia residenziale o università?",
                },
                "help_text": {
                    "en": "Many measures depend on organisations the city does not control. Involving them early makes the plan realistic.",
                    "et": "Paljud meetmed sõltuvad organisatsioonidest, mida linn ei juhi. Kui need varakult kaasata, on kava realistlikum.",
                    "da": "Mange tiltag afhænger af organisationer, som kommunen ikke styrer. Inddrages de tidligt, bliver planen mere realistisk.",
                    "es": "Muchas medidas dependen de organizaciones que el ayuntamiento no controla. Implicarlas desde el principio hace que el plan sea realista.",
                    "bg": "Много мерки зависят от организации, които общината не контролира. Ранното им включване прави плана реалистичен.",
                    "it": "Molte misure dipendono da organizzazioni che il Comune non controlla. Coinvolgerle fin dall'inizio rende il piano realistico.",
                },
                "options": [
                    {
                        "score": 3,
                        "label": {
                            "en": "Yes, through a formal partnership or agreement",
                            "et": "Jah, ametliku partnerluse või kokkuleppe alusel",
                            "da": "Ja, gennem et formelt partnerskab eller en aftale",
                            "es": "Sí, mediante una alianza o un acuerdo formal",
                            "bg": "Да, чрез официално партньорство или споразумение",
                            "it": "Sì, attraverso un partenariato o un accordo formale",
                        },
                    },
                    {
                        "score": 2,
                        "label": {
                            "en": "Yes, for single projects",
                            "et": "Jah, üksikute projektide puhul",
                            "da": "Ja, i enkelte projekter",
                            "es": "Sí, en proyectos concretos",
                            "bg": "Да, по отделни проекти",
                            "it": "Sì, per singoli progetti",
                        },
                    },
                    {"score": 0, "label": NOT_YET},
                ],
            },
            {
                "key": "political-support",
                "text": {
                    "en": "Does the energy transition have support across political parties, so that it lasts beyond one term of office?",
                    "et": "Kas energiaüleminekut toetavad erinevad erakonnad, nii et see jätkub ka pärast ühe valimisperioodi lõppu?",
                    "da": "Har energiomstillingen bred politisk opbakning, så den holder ud over én valgperiode?",
                    "es": "¿Cuenta la transición energética con el apoyo de distintos partidos, de modo que perdure más allá de una legislatura?",
                    "bg": "Има ли енергийният преход подкрепата на различни политически партии, така че да продължи и след края на един мандат?",
                    "it": "La transizione energetica gode di un sostegno trasversale tra i partiti, tale da durare oltre un singolo mandato?",
                },
                "help_text": {
                    "en": "Broad political support protects long-term plans and budgets when the majority changes.",
                    "et": "Lai poliitiline toetus kaitseb pikaajalisi plaane ja eelarveid, kui võimuliit vahetub.",
                    "da": "Bred politisk opbakning beskytter langsigtede planer og budgetter, når flertallet skifter.",
                    "es": "Un amplio respaldo político protege los planes y presupuestos a largo plazo cuando cambia la mayoría de gobierno.",
                    "bg": "Широката политическа подкрепа защитава дългосрочните планове и бюджети, когато мнозинството се смени.",
                    "it": "Un ampio sostegno politico protegge i piani e i bilanci di lungo periodo quando cambia la maggioranza.",
                },
                "options": [
                    {
                        "score": 3,
                        "label": {
                            "en": "Yes, it has broad support",
                            "et": "Jah, sellel on lai toetus",
                            "da": "Ja, der er bred opbakning",
                            "es": "Sí, cuenta con un amplio apoyo",
                            "bg": "Да, има широка подкрепа",
                            "it": "Sì, gode di un ampio sostegno",
                        },
                    },
                    {
                        "score": 1,
                        "label": {
                            "en": "Partly, it depends on the current majority",
                            "et": "Osaliselt, see sõltub praegusest võimuliidust",
                            "da": "Delvist, det afhænger af det nuværende flertal",
                            "es": "En parte, depende de la mayoría actual",
                            "bg": "Отчасти, зависи от сегашното мнозинство",
                            "it": "In parte, dipende dalla maggioranza attuale",
                        },
                    },
                    {
                        "score": 0,
                        "label": {
                            "en": "No, it is politically disputed",
                            "et": "Ei, see on poliitiliselt vastuoluline",
                            "da": "Nej, det er politisk omstridt",
                            "es": "No, es un asunto políticamente controvertido",
                            "bg": "Не, въпросът е политически спорен",
                            "it": "No, è un tema politicamente controverso",
                        },
                    },
                ],
            },
        ],
        "feedback": [
            {
                "from_percent": 0,
                "text": {
                    "en": "Your city is at the start of this step. The most useful move now is a council decision that makes the energy transition a shared priority, and a small group of colleagues from different departments who meet regularly to take it forward.",
                    "et": "Teie linn on selle sammu alguses. Praegu on kõige kasulikum volikogu otsus, mis muudab energiaülemineku ühiseks prioriteediks, ning väike eri ametite töötajatest koosnev rühm, kes kohtub regulaarselt ja viib asja edasi.",
                    "da": "Jeres by står ved begyndelsen af dette trin. Det mest nyttige nu er en byrådsbeslutning, der gør energiomstillingen til en fælles prioritet, og en lille gruppe kolleger fra forskellige forvaltninger, der mødes fast og driver arbejdet frem.",
                    "es": "Su ciudad está al comienzo de este paso. Lo más útil ahora es un acuerdo del pleno que convierta la transición energética en una prioridad compartida y un pequeño equipo de personas de distintas áreas que se reúna con regularidad para impulsarla.",
                    "bg": "Вашият град е в началото на тази стъпка. Най-полезно сега е решение на общинския съвет, което да превърне енергийния преход в общ приоритет, и малък екип от служители от различни отдели, който да се събира редовно и да движи работата.",
                    "it": "La vostra città è all'inizio di questa fase. Il passo più utile ora è una delibera del consiglio comunale che faccia della transizione energetica una priorità condivisa, insieme a un piccolo gruppo di colleghi di settori diversi che si riunisca regolarmente per portarla avanti.",
                },
                "next_steps": [
                    ("academy", "step-1-strategic-planning"),
                    ("resource", CITIES4ZERO),
                    ("resource", COVENANT_OF_MAYORS),
                ],
            },
            {
                "from_percent": 40,
                "text": {
                    "en": "The foundations are in place, but the commitment is not yet firmly anchored. Give the coordination group a clear mandate and regular meetings, and bring in the partners the plan depends on, such as energy companies and housing associations.",
                    "et": "Alus on olemas, kuid pühendumus pole veel kindlalt juurdunud. Andke koordineerimisrühmale selge mandaat ja korrapärased kohtumised ning kaasake partnerid, kellest kava sõltub, näiteks energiaettevõtted ja korteriühistud.",
                    "da": "Fundamentet er på plads, men forankringen er endnu ikke solid. Giv koordineringsgruppen et klart mandat og faste møder, og inddrag de partnere, planen afhænger af, fx forsyningsselskaber og boligforeninger.",
                    "es": "Las bases están puestas, pero el compromiso aún no está bien asentado. Dé al grupo de coordinación un mandato claro y reuniones periódicas, e implique a los socios de los que depende el plan, como las empresas energéticas y las entidades de vivienda.",
                    "bg": "Основите са поставени, но ангажиментът все още не е здраво утвърден. Дайте на координационната група ясен мандат и редовни срещи и привлечете партньорите, от които зависи планът, като енергийните дружества и сдруженията на собствениците.",
                    "it": "Le basi ci sono, ma l'impegno non è ancora ben radicato. Date al tavolo di coordinamento un mandato chiaro e incontri regolari, e coinvolgete i partner da cui dipende il piano, come le aziende energetiche e gli enti per l'edilizia residenziale.",
                },
                "next_steps": [
                    ("academy", "step-1-strategic-planning"),
                    ("solution", "sonderborg/projectzero-roadmap"),
                    ("topic", "energy-planning"),
                ],
            },
            {
                "from_percent": 75,
                "text": {
                    "en": "Your city has strong political backing and a coordination structure that works. Keep it going beyond the next election by involving all parties, and share your experience with other cities in the network.",
                    "et": "Teie linnal on tugev poliitiline toetus ja toimiv koordineerimisstruktuur. Hoidke seda ka pärast järgmisi valimisi, kaasates kõiki erakondi, ning jagage oma kogemusi võrgustiku teiste linnadega.",
                    "da": "Jeres by har stærk politisk opbakning og en koordinering, der fungerer. Sørg for, at den holder efter næste valg, ved at inddrage alle partier, og del jeres erfaringer med andre byer i netværket.",
                    "es": "Su ciudad cuenta con un sólido respaldo político y una estructura de coordinación que funciona. Manténgala más allá de las próximas elecciones implicando a todos los grupos políticos y comparta su experiencia con otras ciudades de la red.",
                    "bg": "Вашият град има силна политическа подкрепа и работеща координационна структура. Запазете я и след следващите избори, като включите всички партии, и споделете опита си с другите градове от мрежата.",
                    "it": "La vostra città ha un forte sostegno politico e una struttura di coordinamento che funziona. Mantenetela anche dopo le prossime elezioni coinvolgendo tutte le forze politiche e condividete la vostra esperienza con le altre città della rete.",
                },
                "next_steps": [
                    ("solution", "sonderborg/projectzero-roadmap"),
                    ("resource", ENERGY_CITIES),
                    ("resource", CLIMATE_NEUTRAL_CITIES),
                ],
            },
        ],
    },
    {
        "key": "baseline",
        "topics": ["energy-planning", "urban-data"],
        "title": {
            "en": "Baseline inventory and targets",
            "et": "Lähteolukord ja eesmärgid",
            "da": "Energiregnskab og mål",
            "es": "Inventario de referencia y objetivos",
            "bg": "Изходно състояние и цели",
            "it": "Inventario di base e obiettivi",
        },
        "intro": {
            "en": "What the city knows about its energy use and emissions today, and the targets it has set for the coming years.",
            "et": "Mida linn teab oma praegusest energiatarbimisest ja heitkogustest ning milliseid eesmärke on ta seadnud järgmisteks aastateks.",
            "da": "Hvad kommunen ved om byens energiforbrug og udledninger i dag, og hvilke mål den har sat for de kommende år.",
            "es": "Lo que sabe la ciudad sobre su consumo de energía y sus emisiones actuales, y los objetivos que se ha fijado para los próximos años.",
            "bg": "Какво знае градът за сегашното си енергийно потребление и емисии и какви цели си е поставил за следващите години.",
            "it": "Che cosa sa la città dei propri consumi energetici e delle proprie emissioni attuali, e quali obiettivi si è data per i prossimi anni.",
        },
        "questions": [
            {
                "key": "emission-inventory",
                "text": {
                    "en": "Does the city have an inventory of energy use and greenhouse gas emissions for its whole territory?",
                    "et": "Kas linnal on kogu territooriumi hõlmav energiatarbimise ja kasvuhoonegaaside heite inventuur?",
                    "da": "Har kommunen et regnskab over energiforbrug og drivhusgasudledning for hele sit geografiske område?",
                    "es": "¿Dispone la ciudad de un inventario del consumo de energía y de las emisiones de gases de efecto invernadero de todo su término municipal?",
                    "bg": "Разполага ли градът с инвентаризация на енергийното потребление и емисиите на парникови газове за цялата си територия?",
                    "it": "La città dispone di un inventario dei consumi energetici e delle emissioni di gas serra per l'intero territorio comunale?",
                },
                "help_text": {
                    "en": "A baseline inventory covers buildings, transport, industry and services across the city, not only the municipality's own buildings.",
                    "et": "Lähteinventuur hõlmab kogu linna hooneid, transporti, tööstust ja teenuseid, mitte ainult omavalitsuse enda hooneid.",
                    "da": "Et basisregnskab omfatter bygninger, transport, industri og service i hele kommunen, ikke kun kommunens egne bygninger.",
                    "es": "Un inventario de referencia abarca los edificios, el transporte, la industria y los servicios de toda la ciudad, no solo los edificios municipales.",
                    "bg": "Базовата инвентаризация обхваща сградите, транспорта, промишлеността и услугите в целия град, а не само сградите на общината.",
                    "it": "Un inventario di base comprende edifici, trasporti, industria e servizi di tutta la città, non solo gli edifici comunali.",
                },
                "options": [
                    {
                        "score": 3,
                        "label": {
                            "en": "Yes, for the whole territory, updated in the last five years",
                            "et": "Jah, kogu territooriumi kohta ja viimase viie aasta jooksul ajakohastatud",
                            "da": "Ja, for hele kommunen og opdateret inden for de seneste fem år",
                            "es": "Sí, de todo el término municipal y actualizado en los últimos cinco años",
                            "bg": "Да, за цялата територия и актуализирана през последните пет години",
                            "it": "Sì, per l'intero territorio e aggiornato negli ultimi cinque anni",
                        },
                    },
                    {
                        "score": 2,
                        "label": {
                            "en": "Yes, but it is more than five years old",
                            "et": "Jah, kuid see on vanem kui viis aastat",
                            "da": "Ja, men det er mere end fem år gammelt",
                            "es": "Sí, pero tiene más de cinco años",
                            "bg": "Да, но е отпреди повече от пет години",
                            "it": "Sì, ma risale a più di cinque anni fa",
                        },
                    },
                    {
                        "score": 1,
                        "label": {
                            "en": "Only for the municipality's own buildings and services",
                            "et": "Ainult omavalitsuse enda hoonete ja teenuste kohta",
                            "da": "Kun for kommunens egne bygninger og aktiviteter",
                            "es": "Solo de los edificios y servicios municipales",
                            "bg": "Само за сградите и услугите на общината",
                            "it": "Solo per gli edifici e i servizi comunali",
                        },
                    },
                    {"score": 0, "label": NO},
                ],
            },
            {
                "key": "data-sources",
                "text": {
                    "en": "Where does the data in the inventory mostly come from?",
                    "et": "Kust pärinevad inventuuri andmed peamiselt?",
                    "da": "Hvor kommer data i regnskabet primært fra?",
                    "es": "¿De dónde proceden principalmente los datos del inventario?",
                    "bg": "Откъде идват основно данните в инвентаризацията?",
                    "it": "Da dove provengono principalmente i dati dell'inventario?",
                },
                "help_text": {
                    "en": "Measured data from energy companies and grid operators is more reliable than national averages, and it shows the effect of local measures.",
                    "et": "Energiaettevõtete ja võrguettevõtjate mõõdetud andmed on usaldusväärsemad kui riiklikud keskmised ning näitavad kohalike meetmete mõju.",
                    "da": "Målte data fra forsyningsselskaber og netselskaber er mere pålidelige end landsgennemsnit og viser effekten af lokale tiltag.",
                    "es": "Los datos medidos por las compañías energéticas y las distribuidoras son más fiables que las medias nacionales y muestran el efecto de las medidas locales.",
                    "bg": "Измерените данни от енергийните дружества и мрежовите оператори са по-надеждни от средните стойности за страната и показват ефекта от местните мерки.",
                    "it": "I dati misurati forniti dalle aziende energetiche e dai gestori di rete sono più affidabili delle medie nazionali e mostrano l'effetto delle misure locali.",
                },
                "options": [
                    {
                        "score": 3,
                        "label": {
                            "en": "Measured data from energy companies, grid operators and our own meters",
                            "et": "Energiaettevõtete, võrguettevõtjate ja linna enda arvestite mõõdetud andmed",
                            "da": "Målte data fra forsyningsselskaber, netselskaber og vores egne målere",
                            "es": "Datos medidos por compañías energéticas, distribuidoras y contadores propios",
                            "bg": "Измерени данни от енергийни дружества, мрежови оператори и собствените ни уреди за измерване",
                            "it": "Dati misurati da aziende energetiche, gestori di rete e contatori propri",
                        },
                    },
                    {
                        "score": 2,
                        "label": {
                            "en": "A mix of measured data and estimates",
                            "et": "Mõõdetud andmete ja hinnangute kombinatsioon",
                            "da": "En blanding af målte data og skøn",
                            "es": "Una combinación de datos medidos y estimaciones",
                            "bg": "Комбинация от измерени данни и оценки",
                            "it": "Un insieme di dati misurati e stime",
                        },
                    },
                    {
                        "score": 1,
                        "label": {
                            "en": "Mostly national or regional averages",
                            "et": "Peamiselt riiklikud või piirkondlikud keskmised",
                            "da": "Primært lands- eller regionsgennemsnit",
                            "es": "Sobre todo medias nacionales o regionales",
                            "bg": "Предимно средни стойности за страната или региона",
                            "it": "Soprattutto medie nazionali o regionali",
                        },
                    },
                    {
                        "score": 0,
                        "label": {
                            "en": "We have no inventory yet",
                            "et": "Meil pole veel inventuuri",
                            "da": "Vi har endnu ikke et regnskab",
                            "es": "Aún no tenemos inventario",
                            "bg": "Все още нямаме инвентаризация",
                            "it": "Non abbiamo ancora un inventario",
                        },
                    },
                ],
            },
            {
                "key": "municipal-buildings",
                "text": {
                    "en": "Does the city know the energy use of its own buildings, such as schools, offices and sports halls?",
                    "et": "Kas linn teab oma hoonete, näiteks koolide, büroohoonete ja spordihoonete energiatarbimist?",
                    "da": "Kender kommunen energiforbruget i sine egne bygninger, fx skoler, administrationsbygninger og idrætshaller?",
                    "es": "¿Conoce el ayuntamiento el consumo energético de sus propios edificios, como colegios, oficinas y polideportivos?",
                    "bg": "Знае ли общината колко енергия потребяват собствените ѝ сгради, като училища, административни сгради и спортни зали?",
                    "it": "Il Comune conosce i consumi energetici dei propri edifici, come scuole, uffici e palestre?",
                },
                "help_text": {
                    "en": "Regular meter readings or an energy management system show where savings are possible and whether they are achieved.",
                    "et": "Regulaarsed arvestinäidud või energiaseiresüsteem näitavad, kus saab kokku hoida ja kas kokkuhoid ka saavutatakse.",
                    "da": "Regelmæssige måleraflæsninger eller et energistyringssystem viser, hvor der kan spares, og om besparelserne bliver til noget.",
                    "es": "Las lecturas periódicas de contadores o un sistema de gestión energética muestran dónde se puede ahorrar y si el ahorro se consigue.",
                    "bg": "Редовното отчитане на уредите или система за енергиен мениджмънт показват къде има възможност за икономии и дали те се постигат.",
                    "it": "Letture regolari dei contatori o un sistema di gestione dell'energia mostrano dove è possibile risparmiare e se i risparmi vengono raggiunti.",
                },
                "options": [
                    {
                        "score": 3,
                        "label": {
                            "en": "Yes, from monthly or more frequent readings",
                            "et": "Jah, igakuiste või sagedasemate näitude põhjal",
                            "da": "Ja, ud fra månedlige eller hyppigere aflæsninger",
                            "es": "Sí, con lecturas mensuales o más frecuentes",
                            "bg": "Да, от месечни или по-чести отчитания",
                            "it": "Sì, da letture mensili o più frequenti",
                        },
                    },
                    {
                        "score": 2,
                        "label": {
                            "en": "Yes, from yearly bills",
                            "et": "Jah, aastaste arvete põhjal",
                            "da": "Ja, ud fra årsopgørelser",
                            "es": "Sí, a partir de las facturas anuales",
                            "bg": "Да, от годишните сметки",
                            "it": "Sì, dalle bollette annuali",
                        },
                    },
                    {
                        "score": 1,
                        "label": {
                            "en": "Only for some buildings",
                            "et": "Ainult mõne hoone kohta",
                            "da": "Kun for nogle bygninger",
                            "es": "Solo de algunos edificios",
                            "bg": "Само за някои сгради",
                            "it": "Solo per alcuni edifici",
                        },
                    },
                    {"score": 0, "label": NO},
                ],
            },
            {
                "key": "targets",
                "text": {
                    "en": "Has the city set measurable targets for energy savings, renewable energy and emissions?",
                    "et": "Kas linn on seadnud mõõdetavad eesmärgid energiasäästu, taastuvenergia ja heitkoguste kohta?",
                    "da": "Har kommunen sat målbare mål for energibesparelser, vedvarende energi og udledninger?",
                    "es": "¿Ha fijado la ciudad objetivos medibles de ahorro energético, energías renovables y emisiones?",
                    "bg": "Поставил ли си е градът измерими цели за енергийни икономии, възобновяема енергия и емисии?",
                    "it": "La città ha fissato obiettivi misurabili di risparmio energetico, energie rinnovabili ed emissioni?",
                },
                "help_text": {
                    "en": "A good target names a base year, a target year and a figure, for example 55% fewer emissions in 2030 than in 2015.",
                    "et": "Hea eesmärk sisaldab baasaastat, sihtaastat ja arvu, näiteks 55% väiksem heide 2030. aastal võrreldes 2015. aastaga.",
                    "da": "Et godt mål har et basisår, et målår og et tal, fx 55 % lavere udledning i 2030 end i 2015.",
                    "es": "Un buen objetivo indica un año base, un año objetivo y una cifra; por ejemplo, un 55 % menos de emisiones en 2030 que en 2015.",
                    "bg": "Добрата цел посочва базова година, целева година и стойност, например с 55% по-малко емисии през 2030 г. спрямо 2015 г.",
                    "it": "Un buon obiettivo indica un anno base, un anno obiettivo e un valore, ad esempio il 55% di emissioni in meno nel 2030 rispetto al 2015.",
                },
                "options": [
                    {
                        "score": 3,
                        "label": {
                            "en": "Yes, with interim targets and a target year",
                            "et": "Jah, koos vahe-eesmärkide ja sihtaastaga",
                            "da": "Ja, med delmål og et målår",
                            "es": "Sí, con objetivos intermedios y un año objetivo",
                            "bg": "Да, с междинни цели и целева година",
                            "it": "Sì, con obiettivi intermedi e un anno obiettivo",
                        },
                    },
                    {
                        "score": 2,
                        "label": {
                            "en": "Yes, but only a long-term target",
                            "et": "Jah, kuid ainult pikaajaline eesmärk",
                            "da": "Ja, men kun et langsigtet mål",
                            "es": "Sí, pero solo un objetivo a largo plazo",
                            "bg": "Да, но само дългосрочна цел",
                            "it": "Sì, ma solo un obiettivo di lungo periodo",
                        },
                    },
                    {
                        "score": 1,
                        "label": {
                            "en": "Only general goals without figures",
                            "et": "Ainult üldised eesmärgid ilma arvudeta",
                            "da": "Kun overordnede mål uden tal",
                            "es": "Solo metas generales sin cifras",
                            "bg": "Само общи цели без конкретни стойности",
                            "it": "Solo obiettivi generali senza valori numerici",
                        },
                    },
                    {"score": 0, "label": NO},
                ],
            },
            {
                "key": "climate-risks",
                "text": {
                    "en": "Has the city assessed its climate risks, such as heat waves, drought or flooding?",
                    "et": "Kas linn on hinnanud oma kliimariske, näiteks kuumalaineid, põuda või üleujutusi?",
                    "da": "Har kommunen vurderet byens klimarisici, fx hedebølger, tørke eller oversvømmelser?",
                    "es": "¿Ha evaluado la ciudad sus riesgos climáticos, como olas de calor, sequías o inundaciones?",
                    "bg": "Оценил ли е градът климатичните си рискове, като горещи вълни, суша или наводнения?",
                    "it": "La città ha valutato i propri rischi climatici, come ondate di calore, siccità o alluvioni?",
                },
                "help_text": {
                    "en": "A Sustainable Energy and Climate Action Plan covers adaptation to climate change as well as cutting emissions.",
                    "et": "Säästva energia ja kliima tegevuskava hõlmab lisaks heite vähendamisele ka kliimamuutustega kohanemist.",
                    "da": "En handlingsplan for bæredygtig energi og klima omfatter både klimatilpasning og reduktion af udledningerne.",
                    "es": "Un Plan de Acción para el Clima y la Energía Sostenible (PACES) incluye la adaptación al cambio climático además de la reducción de emisiones.",
                    "bg": "Планът за действие за устойчива енергия и климат обхваща освен намаляването на емисиите и адаптацията към изменението на климата.",
                    "it": "Un Piano d'azione per l'energia sostenibile e il clima (PAESC) comprende l'adattamento ai cambiamenti climatici oltre alla riduzione delle emissioni.",
                },
                "options": [
                    {
                        "score": 3,
                        "label": {
                            "en": "Yes, and the results are used in planning",
                            "et": "Jah, ja tulemusi kasutatakse planeerimisel",
                            "da": "Ja, og resultaterne bruges i planlægningen",
                            "es": "Sí, y los resultados se tienen en cuenta en la planificación",
                            "bg": "Да, и резултатите се използват при планирането",
                            "it": "Sì, e i risultati sono utilizzati nella pianificazione",
                        },
                    },
                    {
                        "score": 1,
                        "label": {
                            "en": "Yes, but the results are not used yet",
                            "et": "Jah, kuid tulemusi veel ei kasutata",
                            "da": "Ja, men resultaterne bruges endnu ikke",
                            "es": "Sí, pero los resultados aún no se aplican",
                            "bg": "Да, но резултатите все още не се използват",
                            "it": "Sì, ma i risultati non sono ancora utilizzati",
                        },
                    },
                    {"score": 0, "label": NO},
                ],
            },
        ],
        "feedback": [
            {
                "from_percent": 0,
                "text": {
                    "en": "Your city does not yet have a reliable picture of its energy use and emissions. Start with what the municipality controls, such as its own buildings, street lighting and vehicles, and then extend the inventory to the whole territory.",
                    "et": "Teie linnal pole veel usaldusväärset pilti oma energiatarbimisest ja heitkogustest. Alustage sellest, mida omavalitsus ise juhib, näiteks oma hoonetest, tänavavalgustusest ja sõidukitest, ning laiendage seejärel inventuuri kogu territooriumile.",
                    "da": "Jeres by har endnu ikke et pålideligt billede af sit energiforbrug og sine udledninger. Begynd med det, kommunen selv råder over, fx egne bygninger, gadebelysning og køretøjer, og udvid derefter regnskabet til hele kommunen.",
                    "es": "Su ciudad aún no tiene una imagen fiable de su consumo de energía y de sus emisiones. Empiece por lo que depende del ayuntamiento, como sus edificios, el alumbrado público y la flota de vehículos, y amplíe después el inventario a todo el término municipal.",
                    "bg": "Вашият град все още няма надеждна картина на енергийното си потребление и емисиите. Започнете с това, което общината управлява пряко, като собствените ѝ сгради, уличното осветление и превозните средства, и след това разширете инвентаризацията върху цялата територия.",
                    "it": "La vostra città non ha ancora un quadro affidabile dei propri consumi energetici e delle proprie emissioni. Partite da ciò che dipende direttamente dal Comune, come gli edifici comunali, l'illuminazione pubblica e il parco veicoli, e poi estendete l'inventario all'intero territorio.",
                },
                "next_steps": [
                    ("academy", "step-2-baseline-and-diagnosis"),
                    ("resource", JRC_GUIDEBOOK),
                    ("resource", EUROSTAT_ENERGY),
                ],
            },
            {
                "from_percent": 40,
                "text": {
                    "en": "You have a baseline, but parts of it rely on estimates or are out of date. Ask energy companies and grid operators for measured data, and turn your long-term goal into interim targets you can check.",
                    "et": "Teil on lähteolukorra ülevaade olemas, kuid osa sellest põhineb hinnangutel või on aegunud. Küsige energiaettevõtetelt ja võrguettevõtjatelt mõõdetud andmeid ning jagage pikaajaline eesmärk vahe-eesmärkideks, mille täitmist saab kontrollida.",
                    "da": "I har et udgangspunkt, men dele af det bygger på skøn eller er forældet. Bed forsyningsselskaber og netselskaber om målte data, og omsæt jeres langsigtede mål til delmål, som I kan følge op på.",
                    "es": "Ya tiene una línea de base, pero parte de ella se basa en estimaciones o está desactualizada. Pida datos medidos a las compañías energéticas y a las distribuidoras, y convierta su objetivo a largo plazo en objetivos intermedios que pueda comprobar.",
                    "bg": "Имате изходни данни, но част от тях се основават на оценки или са остарели. Поискайте измерени данни от енергийните дружества и мрежовите оператори и превърнете дългосрочната си цел в междинни цели, чието изпълнение може да се проверява.",
                    "it": "Avete una situazione di partenza, ma in parte si basa su stime o non è aggiornata. Chiedete dati misurati alle aziende energetiche e ai gestori di rete e traducete l'obiettivo di lungo periodo in obiettivi intermedi verificabili.",
                },
                "next_steps": [
                    ("academy", "step-2-baseline-and-diagnosis"),
                    ("solution", "parnu/energy-and-climate-plan"),
                    ("resource", COVENANT_REPORTING),
                ],
            },
            {
                "from_percent": 75,
                "text": {
                    "en": "Your city knows where it stands and where it is heading. Keep the inventory up to date and consider publishing the data as open data, so that partners and residents can follow the progress too.",
                    "et": "Teie linn teab, kus ta praegu on ja kuhu liigub. Hoidke inventuur ajakohasena ja kaaluge andmete avaldamist avaandmetena, et ka partnerid ja elanikud saaksid edenemist jälgida.",
                    "da": "Jeres by ved, hvor den står, og hvor den er på vej hen. Hold regnskabet opdateret, og overvej at offentliggøre data som åbne data, så partnere og borgere også kan følge med i udviklingen.",
                    "es": "Su ciudad sabe dónde está y hacia dónde va. Mantenga el inventario actualizado y considere publicar los datos en abierto para que los socios y la ciudadanía también puedan seguir los avances.",
                    "bg": "Вашият град знае къде се намира и накъде върви. Поддържайте инвентаризацията актуална и помислете за публикуването на данните като отворени данни, за да могат партньорите и жителите също да следят напредъка.",
                    "it": "La vostra città sa dove si trova e dove sta andando. Tenete aggiornato l'inventario e valutate di pubblicare i dati come dati aperti, così che anche i partner e i cittadini possano seguire i progressi.",
                },
                "next_steps": [
                    ("solution", "vitoria-gasteiz/urban-data-platform"),
                    ("topic", "urban-data"),
                    ("resource", COVENANT_REPORTING),
                ],
            },
        ],
    },
    {
        "key": "participation",
        "topics": ["citizen-engagement"],
        "title": {
            "en": "Citizen and stakeholder participation",
            "et": "Kodanike ja huvirühmade kaasamine",
            "da": "Inddragelse af borgere og interessenter",
            "es": "Participación de la ciudadanía y los agentes locales",
            "bg": "Участие на гражданите и заинтересованите страни",
            "it": "Partecipazione dei cittadini e dei portatori di interesse",
        },
        "intro": {
            "en": "How residents, businesses and local organisations help to shape and carry out the city's energy transition.",
            "et": "Kuidas elanikud, ettevõtted ja kohalikud organisatsioonid aitavad linna energiaüleminekut kujundada ja ellu viia.",
            "da": "Hvordan borgere, virksomheder og lokale organisationer er med til at forme og gennemføre byens energiomstilling.",
            "es": "Cómo participan los vecinos, las empresas y las organizaciones locales en el diseño y la ejecución de la transición energética de la ciudad.",
            "bg": "Как жителите, бизнесът и местните организации участват в планирането и осъществяването на енергийния преход на града.",
            "it": "Come residenti, imprese e organizzazioni locali contribuiscono a definire e realizzare la transizione energetica della città.",
        },
        "questions": [
            {
                "key": "stakeholder-map",
                "text": {
                    "en": "Has the city identified the groups affected by its energy plans, and how to reach each of them?",
                    "et": "Kas linn on välja selgitanud, keda tema energiakavad puudutavad ja kuidas kõigi nende rühmadeni jõuda?",
                    "da": "Har kommunen kortlagt, hvilke grupper energiplanerne berører, og hvordan hver af dem kan nås?",
                    "es": "¿Ha identificado la ciudad a los colectivos afectados por sus planes energéticos y la mejor forma de llegar a cada uno?",
                    "bg": "Установил ли е градът кои групи са засегнати от енергийните му планове и как да достигне до всяка от тях?",
                    "it": "La città ha individuato i gruppi interessati dai suoi piani energetici e il modo di raggiungere ciascuno di essi?",
                },
                "help_text": {
                    "en": "A stakeholder map lists residents, housing associations, companies, schools and other groups, with the best way to involve each.",
                    "et": "Huvirühmade kaardistus loetleb elanikud, korteriühistud, ettevõtted, koolid ja teised rühmad ning parima viisi igaühe kaasamiseks.",
                    "da": "En interessentanalyse opregner borgere, boligforeninger, virksomheder, skoler og andre grupper og den bedste måde at inddrage hver af dem på.",
                    "es": "Un mapa de agentes recoge a vecinos, comunidades de propietarios, empresas, centros educativos y otros colectivos, con la mejor manera de implicar a cada uno.",
                    "bg": "Картата на заинтересованите страни включва жителите, сдруженията на собствениците, фирмите, училищата и други групи, както и най-подходящия начин за включване на всяка от тях.",
                    "it": "Una mappa dei portatori di interesse elenca residenti, condomini, imprese, scuole e altri gruppi, con il modo migliore per coinvolgere ciascuno.",
                },
                "options": [
                    {
                        "score": 3,
                        "label": {
                            "en": "Yes, and it is updated regularly",
                            "et": "Jah, ja seda ajakohastatakse regulaarselt",
                            "da": "Ja, og kortlægningen opdateres løbende",
                            "es": "Sí, y se actualiza con regularidad",
                            "bg": "Да, и редовно се актуализира",
                            "it": "Sì, con aggiornamenti regolari",
                        },
                    },
                    {
                        "score": 2,
                        "label": {
                            "en": "Yes, once, when the plan was prepared",
                            "et": "Jah, üks kord, kava koostamise ajal",
                            "da": "Ja, én gang, da planen blev udarbejdet",
                            "es": "Sí, una vez, al elaborar el plan",
                            "bg": "Да, еднократно, при изготвянето на плана",
                            "it": "Sì, una volta, durante la stesura del piano",
                        },
                    },
                    {"score": 0, "label": NO},
                ],
            },
            {
                "key": "early-involvement",
                "text": {
                    "en": "At what point are residents involved in energy projects?",
                    "et": "Millises etapis kaasatakse elanikke energiaprojektidesse?",
                    "da": "Hvornår inddrages borgerne i energiprojekter?",
                    "es": "¿En qué momento se implica a los vecinos en los proyectos energéticos?",
                    "bg": "На какъв етап се включват жителите в енергийните проекти?",
                    "it": "In quale momento vengono coinvolti i residenti nei progetti energetici?",
                },
                "help_text": {
                    "en": "Involving people while the choices are still open leads to better projects and fewer objections later.",
                    "et": "Kui inimesed kaasatakse ajal, mil valikud on veel lahtised, tulevad projektid paremad ja hiljem on vähem vastuväiteid.",
                    "da": "Når folk inddrages, mens valgene endnu er åbne, bliver projekterne bedre, og der kommer færre indsigelser senere.",
                    "es": "Implicar a la gente cuando las decisiones aún están abiertas da lugar a mejores proyectos y a menos objeciones después.",
                    "bg": "Когато хората се включат, докато решенията все още не са взети, проектите стават по-добри, а възраженията по-късно са по-малко.",
                    "it": "Coinvolgere le persone quando le scelte sono ancora aperte porta a progetti migliori e a meno opposizioni in seguito.",
                },
                "options": [
                    {
                        "score": 3,
                        "label": {
                            "en": "From the start, while the options are still open",
                            "et": "Algusest peale, kui valikud on veel lahtised",
                            "da": "Fra begyndelsen, mens mulighederne stadig er åbne",
                            "es": "Desde el principio, cuando las opciones aún están abiertas",
                            "bg": "От самото начало, докато все още се обсъждат различни варианти",
                            "it": "Fin dall'inizio, quando le opzioni sono ancora aperte",
                        },
                    },
                    {
                        "score": 2,
                        "label": {
                            "en": "When a proposal is ready, by asking for their views",
                            "et": "Kui ettepanek on valmis, küsitakse nende arvamust",
                            "da": "Når der ligger et forslag, gennem en borgerdialog",
                            "es": "Cuando hay una propuesta, mediante una consulta",
                            "bg": "Когато има готово предложение, чрез консултация",
                            "it": "Quando c'è una proposta, chiedendo il loro parere",
                        },
                    },
                    {
                        "score": 1,
                        "label": {
                            "en": "Only in the public hearing required by law",
                            "et": "Ainult seadusega nõutud avalikul arutelul",
                            "da": "Kun i den lovpligtige høring",
                            "es": "Solo en el trámite de información pública que exige la ley",
                            "bg": "Само на общественото обсъждане, изисквано по закон",
                            "it": "Solo nella fase di osservazioni prevista dalla legge",
                        },
                    },
                    {
                        "score": 0,
                        "label": {
                            "en": "Hardly ever",
                            "et": "Peaaegu mitte kunagi",
                            "da": "Næsten aldrig",
                            "es": "Prácticamente nunca",
                            "bg": "Почти никога",
                            "it": "Quasi mai",
                        },
                    },
                ],
            },
            {
                "key": "energy-advice",
                "text": {
                    "en": "Does the city offer residents and businesses advice on saving energy and on renovation?",
                    "et": "Kas linn pakub elanikele ja ettevõtetele nõu energia säästmise ja renoveerimise kohta?",
                    "da": "Tilbyder kommunen borgere og virksomheder rådgivning om energibesparelser og renovering?",
                    "es": "¿Ofrece la ciudad a vecinos y empresas asesoramiento sobre ahorro energético y rehabilitación?",
                    "bg": "Предлага ли градът на жителите и фирмите консултации за пестене на енергия и за обновяване на сгради?",
                    "it": "La città offre a residenti e imprese consulenza sul risparmio energetico e sulla riqualificazione?",
                },
                "help_text": {
                    "en": "For example an energy advice office, home visits or a one-stop shop that guides owners through a renovation.",
                    "et": "Näiteks energianõustamise keskus, kodukülastused või ühe akna teenus, mis juhatab omanikke renoveerimise kõigis etappides.",
                    "da": "For eksempel en energirådgivning, hjemmebesøg eller en samlet indgang, der guider boligejere gennem en renovering.",
                    "es": "Por ejemplo, una oficina de asesoramiento energético, visitas a domicilio o una ventanilla única que acompañe a los propietarios durante la rehabilitación.",
                    "bg": "Например офис за енергийни консултации, посещения по домовете или обслужване на едно гише, което придружава собствениците през целия процес на обновяване.",
                    "it": "Ad esempio uno sportello energia, visite a domicilio o un servizio unico che accompagni i proprietari lungo tutta la riqualificazione.",
                },
                "options": [
                    {
                        "score": 3,
                        "label": {
                            "en": "Yes, a permanent service that is well known",
                            "et": "Jah, alaline ja hästi tuntud teenus",
                            "da": "Ja, et fast tilbud, som er velkendt",
                            "es": "Sí, un servicio permanente y conocido",
                            "bg": "Да, постоянна и добре позната услуга",
                            "it": "Sì, un servizio permanente e ben conosciuto",
                        },
                    },
                    {
                        "score": 2,
                        "label": {
                            "en": "Yes, in campaigns or pilot projects",
                            "et": "Jah, kampaaniate või pilootprojektide raames",
                            "da": "Ja, i kampagner eller pilotprojekter",
                            "es": "Sí, en campañas o proyectos piloto",
                            "bg": "Да, в рамките на кампании или пилотни проекти",
                            "it": "Sì, con campagne o progetti pilota",
                        },
                    },
                    {
                        "score": 1,
                        "label": {
                            "en": "Only information on the website",
                            "et": "Ainult teave veebilehel",
                            "da": "Kun information på hjemmesiden",
                            "es": "Solo información en la web",
                            "bg": "Само информация на уебсайта",
                            "it": "Solo informazioni sul sito web",
                        },
                    },
                    {"score": 0, "label": NO},
                ],
            },
            {
                "key": "energy-poverty",
                "text": {
                    "en": "Do the city's programmes reach households at risk of energy poverty?",
                    "et": "Kas linna programmid jõuavad energiaostuvõimetuse ohus leibkondadeni?",
                    "da": "Når kommunens programmer ud til husstande i risiko for energifattigdom?",
                    "es": "¿Llegan los programas de la ciudad a los hogares en riesgo de pobreza energética?",
                    "bg": "Достигат ли програмите на града до домакинствата в риск от енергийна бедност?",
                    "it": "I programmi della città raggiungono le famiglie a rischio di povertà energetica?",
                },
                "help_text": {
                    "en": "Households that struggle to pay for heating are often the hardest to reach. Working with social services helps.",
                    "et": "Leibkondadeni, kellel on raske kütte eest maksta, on sageli kõige keerulisem jõuda. Aitab koostöö sotsiaaltöötajatega.",
                    "da": "Husstande, der har svært ved at betale for varmen, er ofte de sværeste at nå. Et samarbejde med socialforvaltningen hjælper.",
                    "es": "Los hogares con dificultades para pagar la calefacción suelen ser los más difíciles de alcanzar. Colaborar con los servicios sociales ayuda.",
                    "bg": "Домакинствата, които трудно плащат за отопление, често са най-трудни за достигане. Помага сътрудничеството със социалните служби.",
                    "it": "Le famiglie che faticano a pagare il riscaldamento sono spesso le più difficili da raggiungere. Collaborare con i servizi sociali aiuta.",
                },
                "options": [
                    {
                        "score": 3,
                        "label": {
                            "en": "Yes, with targeted measures developed with social services",
                            "et": "Jah, sihipäraste meetmetega, mis on välja töötatud koos sotsiaaltöötajatega",
                            "da": "Ja, med målrettede tiltag udviklet sammen med socialforvaltningen",
                            "es": "Sí, con medidas específicas diseñadas junto con los servicios sociales",
                            "bg": "Да, с целеви мерки, разработени съвместно със социалните служби",
                            "it": "Sì, con misure mirate sviluppate insieme ai servizi sociali",
                        },
                    },
                    {
                        "score": 1,
                        "label": {
                            "en": "Partly, through general programmes",
                            "et": "Osaliselt, üldiste programmide kaudu",
                            "da": "Delvist, gennem generelle programmer",
                            "es": "En parte, a través de programas generales",
                            "bg": "Отчасти, чрез общи програми",
                            "it": "In parte, attraverso programmi generali",
                        },
                    },
                    {"score": 0, "label": NOT_YET},
                ],
            },
            {
                "key": "community-energy",
                "text": {
                    "en": "Does the city support energy communities or citizen investment in local renewable energy?",
                    "et": "Kas linn toetab energiakogukondi või kodanike investeeringuid kohalikku taastuvenergiasse?",
                    "da": "Støtter kommunen energifællesskaber eller borgernes investeringer i lokal vedvarende energi?",
                    "es": "¿Apoya la ciudad las comunidades energéticas o la inversión ciudadana en energías renovables locales?",
                    "bg": "Подкрепя ли градът енергийни общности или инвестиции на граждани в местна възобновяема енергия?",
                    "it": "La città sostiene le comunità energetiche o gli investimenti dei cittadini nelle energie rinnovabili locali?",
                },
                "help_text": {
                    "en": "For example cooperatives that own solar panels or wind turbines, or district heating owned by its consumers.",
                    "et": "Näiteks ühistud, kellele kuuluvad päikesepaneelid või tuulikud, või tarbijatele kuuluv kaugküttevõrk.",
                    "da": "For eksempel andelsselskaber, der ejer solceller eller vindmøller, eller forbrugerejet fjernvarme.",
                    "es": "Por ejemplo, cooperativas propietarias de paneles solares o aerogeneradores, o redes de calor que pertenecen a sus usuarios.",
                    "bg": "Например кооперации, които притежават слънчеви панели или вятърни турбини, или централно отопление, собственост на потребителите.",
                    "it": "Ad esempio cooperative che possiedono pannelli solari o pale eoliche, oppure reti di teleriscaldamento di proprietà degli utenti.",
                },
                "options": [
                    {
                        "score": 3,
                        "label": {
                            "en": "Yes, there are active projects with municipal support",
                            "et": "Jah, linna toel on käimas mitu projekti",
                            "da": "Ja, der er aktive projekter med kommunal støtte",
                            "es": "Sí, hay proyectos en marcha con apoyo municipal",
                            "bg": "Да, има действащи проекти с подкрепата на общината",
                            "it": "Sì, ci sono progetti attivi con il sostegno del Comune",
                        },
                    },
                    {
                        "score": 1,
                        "label": {
                            "en": "We are exploring the possibilities",
                            "et": "Uurime võimalusi",
                            "da": "Vi undersøger mulighederne",
                            "es": "Estamos estudiando las posibilidades",
                            "bg": "Проучваме възможностите",
                            "it": "Stiamo valutando le possibilità",
                        },
                    },
                    {"score": 0, "label": NO},
                ],
            },
        ],
        "feedback": [
            {
                "from_percent": 0,
                "text": {
                    "en": "Residents and local organisations are hardly involved yet. Start by mapping who is affected by the plan, and offer simple ways to take part, such as an open meeting in a neighbourhood where a project is planned.",
                    "et": "Elanikke ja kohalikke organisatsioone pole veel peaaegu kaasatud. Alustage sellest, et selgitate välja, keda kava puudutab, ning pakkuge lihtsaid osalemisvõimalusi, näiteks avatud koosolekut naabruskonnas, kuhu projekt on kavandatud.",
                    "da": "Borgere og lokale organisationer er endnu næsten ikke inddraget. Begynd med at kortlægge, hvem planen berører, og tilbyd enkle måder at deltage på, fx et åbent møde i et kvarter, hvor der er planlagt et projekt.",
                    "es": "Los vecinos y las organizaciones locales apenas participan todavía. Empiece por identificar a quién afecta el plan y ofrezca formas sencillas de participar, como una reunión abierta en un barrio donde esté previsto un proyecto.",
                    "bg": "Жителите и местните организации все още почти не участват. Започнете, като установите кого засяга планът, и предложете лесни начини за участие, например открита среща в квартал, в който се планира проект.",
                    "it": "Residenti e organizzazioni locali sono ancora poco coinvolti. Cominciate individuando chi è interessato dal piano e offrite modi semplici per partecipare, come un incontro aperto in un quartiere dove è previsto un progetto.",
                },
                "next_steps": [
                    ("academy", "step-3-citizen-and-stakeholder-participation"),
                    ("solution", "voru/involving-residents"),
                    ("topic", "citizen-engagement"),
                ],
            },
            {
                "from_percent": 40,
                "text": {
                    "en": "People are informed and consulted, but often late in the process. Involve them while the options are still open, and make sure that your programmes also reach households at risk of energy poverty.",
                    "et": "Inimesi teavitatakse ja nende arvamust küsitakse, kuid sageli protsessi hilises etapis. Kaasake neid ajal, mil valikud on veel lahtised, ja veenduge, et teie programmid jõuaksid ka energiaostuvõimetuse ohus leibkondadeni.",
                    "da": "Borgerne bliver informeret og hørt, men ofte sent i processen. Inddrag dem, mens mulighederne stadig er åbne, og sørg for, at jeres programmer også når ud til husstande i risiko for energifattigdom.",
                    "es": "La ciudadanía recibe información y se la consulta, pero a menudo tarde. Implíquela cuando las opciones aún estén abiertas y asegúrese de que sus programas lleguen también a los hogares en riesgo de pobreza energética.",
                    "bg": "Хората биват информирани и консултирани, но често късно в процеса. Включвайте ги, докато все още се обсъждат различни варианти, и се погрижете програмите ви да достигат и до домакинствата в риск от енергийна бедност.",
                    "it": "I cittadini vengono informati e consultati, ma spesso tardi. Coinvolgeteli quando le opzioni sono ancora aperte e assicuratevi che i vostri programmi raggiungano anche le famiglie a rischio di povertà energetica.",
                },
                "next_steps": [
                    ("academy", "step-3-citizen-and-stakeholder-participation"),
                    ("academy", "energy-poverty-fair-transition"),
                    ("academy", "renovating-together-apartment-owners"),
                ],
            },
            {
                "from_percent": 75,
                "text": {
                    "en": "Participation is one of your city's strengths. Consider the next step: helping residents to invest in and own local renewable energy, for example through an energy community.",
                    "et": "Kaasamine on teie linna üks tugevusi. Mõelge järgmisele sammule: aidake elanikel investeerida kohalikku taastuvenergiasse ja seda ise omada, näiteks energiakogukonna kaudu.",
                    "da": "Inddragelse er en af jeres bys styrker. Overvej næste skridt: at hjælpe borgerne med selv at investere i og eje lokal vedvarende energi, fx gennem et energifællesskab.",
                    "es": "La participación es uno de los puntos fuertes de su ciudad. Piense en el siguiente paso: ayudar a los vecinos a invertir en energías renovables locales y a ser sus propietarios, por ejemplo a través de una comunidad energética.",
                    "bg": "Участието е една от силните страни на вашия град. Помислете за следващата стъпка: да помогнете на жителите да инвестират в местна възобновяема енергия и да я притежават, например чрез енергийна общност.",
                    "it": "La partecipazione è uno dei punti di forza della vostra città. Pensate al passo successivo: aiutare i residenti a investire nelle energie rinnovabili locali e a diventarne proprietari, ad esempio attraverso una comunità energetica.",
                },
                "next_steps": [
                    ("academy", "energy-communities"),
                    ("solution", "aeroe/solar-heating-marstal"),
                    ("academy", "schools-young-energy-ambassadors"),
                ],
            },
        ],
    },
    {
        "key": "action-plan",
        "topics": ["energy-planning", "building-retrofit", "district-heating"],
        "title": {
            "en": "Action plan and financing",
            "et": "Tegevuskava ja rahastamine",
            "da": "Handlingsplan og finansiering",
            "es": "Plan de acción y financiación",
            "bg": "План за действие и финансиране",
            "it": "Piano d'azione e finanziamento",
        },
        "intro": {
            "en": "Whether the city has turned its targets into concrete measures with budgets, and how it pays for them.",
            "et": "Kas linn on oma eesmärgid muutnud konkreetseteks eelarvestatud meetmeteks ja kuidas ta neid rahastab.",
            "da": "Om kommunen har omsat sine mål til konkrete tiltag med budgetter, og hvordan den finansierer dem.",
            "es": "Si la ciudad ha convertido sus objetivos en medidas concretas con presupuesto y cómo las financia.",
            "bg": "Дали градът е превърнал целите си в конкретни мерки с бюджет и как ги финансира.",
            "it": "Se la città ha tradotto i propri obiettivi in misure concrete, con le relative risorse, e come le finanzia.",
        },
        "questions": [
            {
                "key": "action-plan",
                "text": {
                    "en": "Does the city have an action plan with concrete measures to reach its targets?",
                    "et": "Kas linnal on tegevuskava konkreetsete meetmetega eesmärkide saavutamiseks?",
                    "da": "Har kommunen en handlingsplan med konkrete tiltag til at nå sine mål?",
                    "es": "¿Dispone la ciudad de un plan de acción con medidas concretas para alcanzar sus objetivos?",
                    "bg": "Има ли градът план за действие с конкретни мерки за постигане на целите си?",
                    "it": "La città ha un piano d'azione con misure concrete per raggiungere i propri obiettivi?",
                },
                "help_text": {
                    "en": "For example a Sustainable Energy and Climate Action Plan (SECAP) or an integrated energy plan.",
                    "et": "Näiteks säästva energia ja kliima tegevuskava (SECAP) või integreeritud energiakava.",
                    "da": "For eksempel en klimahandlingsplan, en SECAP under Borgmesterpagten eller en integreret energiplan.",
                    "es": "Por ejemplo, un Plan de Acción para el Clima y la Energía Sostenible (PACES) o un plan energético integrado.",
                    "bg": "Например план за действие за устойчива енергия и климат (ПДУЕК) или интегриран енергиен план.",
                    "it": "Ad esempio un Piano d'azione per l'energia sostenibile e il clima (PAESC) o un piano energetico integrato.",
                },
                "options": [
                    {
                        "score": 3,
                        "label": {
                            "en": "Yes, adopted by the city council",
                            "et": "Jah, volikogu on selle vastu võtnud",
                            "da": "Ja, vedtaget af byrådet",
                            "es": "Sí, aprobado por el pleno municipal",
                            "bg": "Да, приет от общинския съвет",
                            "it": "Sì, approvato dal consiglio comunale",
                        },
                    },
                    {
                        "score": 2,
                        "label": {
                            "en": "Yes, drafted but not yet adopted",
                            "et": "Jah, kavand on valmis, kuid seda pole veel vastu võetud",
                            "da": "Ja, et udkast, som endnu ikke er vedtaget",
                            "es": "Sí, redactado pero aún no aprobado",
                            "bg": "Да, изготвен, но още не е приет",
                            "it": "Sì, redatto ma non ancora approvato",
                        },
                    },
                    {"score": 1, "label": IN_PREPARATION},
                    {"score": 0, "label": NO},
                ],
            },
            {
                "key": "responsibilities",
                "text": {
                    "en": "Does each measure have a responsible department, a timetable and a cost estimate?",
                    "et": "Kas igal meetmel on vastutav amet, ajakava ja kuluhinnang?",
                    "da": "Har hvert tiltag en ansvarlig forvaltning, en tidsplan og et overslag over omkostningerne?",
                    "es": "¿Tiene cada medida un área responsable, un calendario y una estimación de costes?",
                    "bg": "Има ли всяка мярка отговорен отдел, график и прогнозна стойност?",
                    "it": "Ogni misura ha un settore responsabile, un cronoprogramma e una stima dei costi?",
                },
                "help_text": {
                    "en": "Measures with an owner, a deadline and a price are far more likely to be carried out.",
                    "et": "Meetmed, millel on vastutaja, tähtaeg ja hind, viiakse palju suurema tõenäosusega ellu.",
                    "da": "Tiltag med en ejer, en deadline og en pris bliver langt oftere gennemført.",
                    "es": "Las medidas con un responsable, un plazo y un coste tienen muchas más probabilidades de llevarse a cabo.",
                    "bg": "Мерките, които имат отговорник, срок и цена, имат много по-голям шанс да бъдат изпълнени.",
                    "it": "Le misure con un responsabile, una scadenza e un costo hanno molte più probabilità di essere realizzate.",
                },
                "options": [
                    {
                        "score": 3,
                        "label": {
                            "en": "Yes, all or nearly all measures",
                            "et": "Jah, kõigil või peaaegu kõigil meetmetel",
                            "da": "Ja, alle eller næsten alle tiltag",
                            "es": "Sí, todas o casi todas las medidas",
                            "bg": "Да, всички или почти всички мерки",
                            "it": "Sì, tutte o quasi tutte le misure",
                        },
                    },
                    {
                        "score": 2,
                        "label": {
                            "en": "About half of the measures",
                            "et": "Umbes pooltel meetmetel",
                            "da": "Omkring halvdelen af tiltagene",
                            "es": "Aproximadamente la mitad de las medidas",
                            "bg": "Около половината от мерките",
                            "it": "Circa la metà delle misure",
                        },
                    },
                    {
                        "score": 1,
                        "label": {
                            "en": "Only a few measures",
                            "et": "Vaid mõnel meetmel",
                            "da": "Kun nogle få tiltag",
                            "es": "Solo unas pocas medidas",
                            "bg": "Само няколко мерки",
                            "it": "Solo poche misure",
                        },
                    },
                    {"score": 0, "label": NO_ACTION_PLAN},
                ],
            },
            {
                "key": "sectors",
                "text": {
                    "en": "Does the plan cover buildings, heating, electricity and mobility together?",
                    "et": "Kas kava hõlmab koos hooneid, kütet, elektrit ja liikuvust?",
                    "da": "Omfatter planen både bygninger, varme, el og mobilitet?",
                    "es": "¿Abarca el plan de forma conjunta los edificios, la calefacción, la electricidad y la movilidad?",
                    "bg": "Обхваща ли планът заедно сградите, отоплението, електроенергията и мобилността?",
                    "it": "Il piano considera insieme edifici, riscaldamento, elettricità e mobilità?",
                },
                "help_text": {
                    "en": "An integrated plan links the sectors, for example district heating with building retrofit, or charging points with renewable electricity.",
                    "et": "Integreeritud kava seob valdkonnad omavahel, näiteks kaugkütte hoonete renoveerimisega või laadimispunktid taastuvelektriga.",
                    "da": "En integreret plan kobler sektorerne, fx fjernvarme med bygningsrenovering eller ladestandere med vedvarende el.",
                    "es": "Un plan integrado relaciona los sectores, por ejemplo las redes de calor con la rehabilitación de edificios o los puntos de recarga con la electricidad renovable.",
                    "bg": "Интегрираният план свързва секторите, например централното отопление с обновяването на сгради или зарядните станции с електроенергия от възобновяеми източници.",
                    "it": "Un piano integrato collega i settori, ad esempio il teleriscaldamento con la riqualificazione degli edifici o i punti di ricarica con l'elettricità rinnovabile.",
                },
                "options": [
                    {
                        "score": 3,
                        "label": {
                            "en": "Yes, all four and the links between them",
                            "et": "Jah, kõiki nelja ja nendevahelisi seoseid",
                            "da": "Ja, alle fire og sammenhængen mellem dem",
                            "es": "Sí, los cuatro y la relación entre ellos",
                            "bg": "Да, и четирите, както и връзките между тях",
                            "it": "Sì, tutti e quattro e i legami tra di essi",
                        },
                    },
                    {
                        "score": 2,
                        "label": {
                            "en": "Several sectors, but planned separately",
                            "et": "Mitut valdkonda, kuid neid planeeritakse eraldi",
                            "da": "Flere sektorer, men planlagt hver for sig",
                            "es": "Varios sectores, pero planificados por separado",
                            "bg": "Няколко сектора, но планирани поотделно",
                            "it": "Più settori, ma pianificati separatamente",
                        },
                    },
                    {
                        "score": 1,
                        "label": {
                            "en": "Only one sector",
                            "et": "Ainult ühte valdkonda",
                            "da": "Kun én sektor",
                            "es": "Solo un sector",
                            "bg": "Само един сектор",
                            "it": "Un solo settore",
                        },
                    },
                    {"score": 0, "label": NO_ACTION_PLAN},
                ],
            },
            {
                "key": "budget",
                "text": {
                    "en": "Are the measures of the plan included in the city's multi-year budget?",
                    "et": "Kas kava meetmed on arvesse võetud linna eelarvestrateegias?",
                    "da": "Er planens tiltag indarbejdet i kommunens flerårige budget?",
                    "es": "¿Están incluidas las medidas del plan en el presupuesto plurianual del ayuntamiento?",
                    "bg": "Включени ли са мерките от плана в многогодишната бюджетна прогноза на общината?",
                    "it": "Le misure del piano sono inserite nel bilancio pluriennale del Comune?",
                },
                "help_text": {
                    "en": "A plan without money in the budget often stays on paper.",
                    "et": "Kava, mille jaoks eelarves raha pole, jääb sageli paberile.",
                    "da": "En plan uden penge i budgettet bliver ofte kun på papiret.",
                    "es": "Un plan sin dinero en el presupuesto suele quedarse en papel mojado.",
                    "bg": "План без пари в бюджета често остава само на хартия.",
                    "it": "Un piano senza risorse in bilancio spesso resta sulla carta.",
                },
                "options": [
                    {
                        "score": 3,
                        "label": {
                            "en": "Yes, with earmarked funds",
                            "et": "Jah, selleks on eraldatud rahalised vahendid",
                            "da": "Ja, med øremærkede midler",
                            "es": "Sí, con fondos asignados",
                            "bg": "Да, с целево отделени средства",
                            "it": "Sì, con fondi dedicati",
                        },
                    },
                    {
                        "score": 2,
                        "label": {
                            "en": "Partly, decided year by year",
                            "et": "Osaliselt, igal aastal eraldi otsustades",
                            "da": "Delvist, fra år til år",
                            "es": "En parte, año a año",
                            "bg": "Отчасти, решава се всяка година",
                            "it": "In parte, di anno in anno",
                        },
                    },
                    {"score": 0, "label": NO},
                ],
            },
            {
                "key": "funding-sources",
                "text": {
                    "en": "Which sources of funding does the city use for energy projects besides its own budget?",
                    "et": "Milliseid rahastamisallikaid kasutab linn energiaprojektideks lisaks oma eelarvele?",
                    "da": "Hvilke finansieringskilder bruger kommunen til energiprojekter ud over sit eget budget?",
                    "es": "¿Qué fuentes de financiación utiliza la ciudad para sus proyectos energéticos, además de su propio presupuesto?",
                    "bg": "Какви източници на финансиране използва градът за енергийни проекти освен собствения си бюджет?",
                    "it": "Quali fonti di finanziamento utilizza la città per i progetti energetici, oltre al proprio bilancio?",
                },
                "help_text": {
                    "en": "For example EU programmes, national grants, loans, energy performance contracts or citizen investment.",
                    "et": "Näiteks ELi programmid, riiklikud toetused, laenud, energiatõhususlepingud või kodanike investeeringud.",
                    "da": "For eksempel EU-programmer, statslige tilskud, lån, ESCO-aftaler eller borgerinvesteringer.",
                    "es": "Por ejemplo, programas europeos, subvenciones nacionales, préstamos, contratos de rendimiento energético o inversión ciudadana.",
                    "bg": "Например програми на ЕС, национални безвъзмездни средства, заеми, договори с гарантиран резултат или инвестиции на граждани.",
                    "it": "Ad esempio programmi europei, contributi nazionali, prestiti, contratti di rendimento energetico o investimenti dei cittadini.",
                },
                "options": [
                    {
                        "score": 3,
                        "label": {
                            "en": "Several sources, combined in a financing strategy",
                            "et": "Mitut allikat, mis on ühendatud rahastamisstrateegiaks",
                            "da": "Flere kilder, samlet i en finansieringsstrategi",
                            "es": "Varias fuentes, combinadas en una estrategia de financiación",
                            "bg": "Няколко източника, обединени в стратегия за финансиране",
                            "it": "Più fonti, combinate in una strategia di finanziamento",
                        },
                    },
                    {
                        "score": 2,
                        "label": {
                            "en": "One or two sources, project by project",
                            "et": "Üht või kaht allikat, projektipõhiselt",
                            "da": "En eller to kilder, projekt for projekt",
                            "es": "Una o dos fuentes, proyecto a proyecto",
                            "bg": "Един или два източника, за всеки проект поотделно",
                            "it": "Una o due fonti, progetto per progetto",
                        },
                    },
                    {
                        "score": 1,
                        "label": {
                            "en": "We have applied, but have not received funding yet",
                            "et": "Oleme taotlenud, kuid pole veel rahastust saanud",
                            "da": "Vi har søgt, men endnu ikke fået midler",
                            "es": "Hemos presentado solicitudes, pero aún no hemos obtenido financiación",
                            "bg": "Кандидатствали сме, но все още не сме получили финансиране",
                            "it": "Abbiamo presentato domanda, ma non abbiamo ancora ottenuto finanziamenti",
                        },
                    },
                    {
                        "score": 0,
                        "label": {
                            "en": "Only the city's own budget",
                            "et": "Ainult linna enda eelarvet",
                            "da": "Kun kommunens eget budget",
                            "es": "Solo el presupuesto municipal",
                            "bg": "Само собствения бюджет на общината",
                            "it": "Solo il bilancio comunale",
                        },
                    },
                ],
            },
            {
                "key": "project-pipeline",
                "text": {
                    "en": "Does the city have projects ready for funding, with feasibility studies and cost estimates?",
                    "et": "Kas linnal on rahastamiseks valmis projekte, millel on olemas tasuvusuuring ja kuluhinnang?",
                    "da": "Har kommunen projekter, der er klar til at søge finansiering, med forundersøgelser og overslag?",
                    "es": "¿Tiene la ciudad proyectos listos para su financiación, con estudios de viabilidad y estimación de costes?",
                    "bg": "Има ли градът проекти, готови за финансиране, с предпроектни проучвания и прогнозна стойност?",
                    "it": "La città ha progetti pronti per essere finanziati, con studi di fattibilità e stime dei costi?",
                },
                "help_text": {
                    "en": "Calls for funding often open at short notice. Projects prepared in advance have a much better chance.",
                    "et": "Taotlusvoorud avatakse sageli lühikese etteteatamisega. Varem ette valmistatud projektidel on palju paremad võimalused.",
                    "da": "Ansøgningsrunder åbner ofte med kort varsel. Projekter, der er forberedt på forhånd, har langt bedre chancer.",
                    "es": "Las convocatorias suelen abrirse con poca antelación. Los proyectos preparados de antemano tienen muchas más posibilidades.",
                    "bg": "Поканите за финансиране често се обявяват в кратки срокове. Предварително подготвените проекти имат много по-добър шанс.",
                    "it": "I bandi aprono spesso con poco preavviso. I progetti preparati in anticipo hanno molte più possibilità.",
                },
                "options": [
                    {
                        "score": 3,
                        "label": {
                            "en": "Yes, several projects are ready",
                            "et": "Jah, mitu projekti on valmis",
                            "da": "Ja, flere projekter er klar",
                            "es": "Sí, hay varios proyectos listos",
                            "bg": "Да, няколко проекта са готови",
                            "it": "Sì, diversi progetti sono pronti",
                        },
                    },
                    {
                        "score": 2,
                        "label": {
                            "en": "One project is ready or nearly ready",
                            "et": "Üks projekt on valmis või peaaegu valmis",
                            "da": "Ét projekt er klar eller næsten klar",
                            "es": "Hay un proyecto listo o casi listo",
                            "bg": "Един проект е готов или почти готов",
                            "it": "Un progetto è pronto o quasi pronto",
                        },
                    },
                    {"score": 0, "label": NOT_YET},
                ],
            },
        ],
        "feedback": [
            {
                "from_percent": 0,
                "text": {
                    "en": "Your city does not yet have an action plan with concrete measures. Use the targets from your baseline to choose a few priority measures, each with a responsible department and a first cost estimate.",
                    "et": "Teie linnal pole veel konkreetsete meetmetega tegevuskava. Valige lähteolukorra põhjal seatud eesmärkide alusel välja mõned esmatähtsad meetmed ning määrake igaühele vastutav amet ja esialgne kuluhinnang.",
                    "da": "Jeres by har endnu ikke en handlingsplan med konkrete tiltag. Brug målene fra jeres udgangspunkt til at vælge nogle få prioriterede tiltag, hver med en ansvarlig forvaltning og et første overslag over omkostningerne.",
                    "es": "Su ciudad aún no tiene un plan de acción con medidas concretas. Parta de los objetivos de su diagnóstico para elegir unas pocas medidas prioritarias, cada una con un área responsable y una primera estimación de costes.",
                    "bg": "Вашият град все още няма план за действие с конкретни мерки. Използвайте целите от изходното състояние, за да изберете няколко приоритетни мерки, всяка с отговорен отдел и първоначална оценка на разходите.",
                    "it": "La vostra città non ha ancora un piano d'azione con misure concrete. Partite dagli obiettivi fissati sulla base dell'inventario per scegliere alcune misure prioritarie, ciascuna con un settore responsabile e una prima stima dei costi.",
                },
                "next_steps": [
                    ("academy", "steps-4-and-5-action-plan-and-implementation"),
                    ("resource", JRC_GUIDEBOOK),
                    ("resource", CITIES4ZERO),
                ],
            },
            {
                "from_percent": 40,
                "text": {
                    "en": "You have a plan, but its funding is not yet secured. Build a financing strategy that combines the city's budget with EU programmes, loans and private investment, and prepare projects before the calls open.",
                    "et": "Teil on kava olemas, kuid selle rahastus pole veel tagatud. Koostage rahastamisstrateegia, mis ühendab linna eelarve ELi programmide, laenude ja erainvesteeringutega, ning valmistage projektid ette enne taotlusvoorude avanemist.",
                    "da": "I har en plan, men finansieringen er endnu ikke sikret. Læg en finansieringsstrategi, der kombinerer kommunens budget med EU-programmer, lån og private investeringer, og forbered projekterne, før ansøgningsrunderne åbner.",
                    "es": "Tiene un plan, pero su financiación aún no está asegurada. Elabore una estrategia de financiación que combine el presupuesto municipal con programas europeos, préstamos e inversión privada, y prepare los proyectos antes de que se abran las convocatorias.",
                    "bg": "Имате план, но финансирането му все още не е осигурено. Изгответе стратегия за финансиране, която съчетава бюджета на общината с програми на ЕС, заеми и частни инвестиции, и подгответе проектите, преди да бъдат обявени поканите.",
                    "it": "Avete un piano, ma il suo finanziamento non è ancora garantito. Definite una strategia di finanziamento che combini il bilancio comunale con programmi europei, prestiti e investimenti privati, e preparate i progetti prima che aprano i bandi.",
                },
                "next_steps": [
                    ("academy", "financing-the-energy-transition"),
                    ("academy", "eu-funding-for-local-energy-projects"),
                    ("resource", ELENA),
                    ("resource", LIFE_CLEAN_ENERGY),
                ],
            },
            {
                "from_percent": 75,
                "text": {
                    "en": "Your plan is concrete and largely funded. Look for ways to attract more private investment, such as energy performance contracts, and present your projects to investors.",
                    "et": "Teie kava on konkreetne ja suures osas rahastatud. Otsige võimalusi kaasata rohkem erainvesteeringuid, näiteks energiatõhususlepingute abil, ja tutvustage oma projekte investoritele.",
                    "da": "Jeres plan er konkret og i vid udstrækning finansieret. Se på, hvordan I kan tiltrække flere private investeringer, fx med ESCO-aftaler, og præsenter jeres projekter for investorer.",
                    "es": "Su plan es concreto y está financiado en gran parte. Busque maneras de atraer más inversión privada, como los contratos de rendimiento energético, y presente sus proyectos a inversores.",
                    "bg": "Планът ви е конкретен и до голяма степен финансиран. Потърсете начини да привлечете повече частни инвестиции, например чрез договори с гарантиран резултат, и представете проектите си пред инвеститори.",
                    "it": "Il vostro piano è concreto e in gran parte finanziato. Cercate modi per attirare più investimenti privati, come i contratti di rendimento energetico, e presentate i vostri progetti agli investitori.",
                },
                "next_steps": [
                    ("academy", "energy-performance-contracting-public-buildings"),
                    ("academy", "from-idea-to-bankable-project"),
                    ("solution", "vitoria-gasteiz/coronacion-district-retrofit"),
                    ("resource", SMART_CITIES_MARKETPLACE),
                ],
            },
        ],
    },
    {
        "key": "monitoring",
        "topics": ["urban-data", "energy-planning"],
        "title": {
            "en": "Monitoring and evaluation",
            "et": "Seire ja hindamine",
            "da": "Opfølgning og evaluering",
            "es": "Seguimiento y evaluación",
            "bg": "Мониторинг и оценка",
            "it": "Monitoraggio e valutazione",
        },
        "intro": {
            "en": "How the city follows the progress of its measures, learns from the results and reports on them.",
            "et": "Kuidas linn jälgib oma meetmete edenemist, õpib tulemustest ja annab neist aru.",
            "da": "Hvordan kommunen følger tiltagenes fremdrift, lærer af resultaterne og rapporterer om dem.",
            "es": "Cómo sigue la ciudad el avance de sus medidas, aprende de los resultados e informa sobre ellos.",
            "bg": "Как градът следи напредъка на мерките си, учи се от резултатите и отчита постигнатото.",
            "it": "Come la città segue l'avanzamento delle proprie misure, impara dai risultati e ne rende conto.",
        },
        "questions": [
            {
                "key": "indicators",
                "text": {
                    "en": "Has the city defined indicators to follow the progress of its plan?",
                    "et": "Kas linn on määranud näitajad, mille abil oma kava edenemist jälgida?",
                    "da": "Har kommunen fastlagt indikatorer til at følge planens fremdrift?",
                    "es": "¿Ha definido la ciudad indicadores para seguir el avance de su plan?",
                    "bg": "Определил ли е градът показатели, с които да следи напредъка по плана си?",
                    "it": "La città ha definito indicatori per seguire l'avanzamento del proprio piano?",
                },
                "help_text": {
                    "en": "For example energy use per inhabitant, the share of renewable heat or the number of renovated homes.",
                    "et": "Näiteks energiatarbimine elaniku kohta, taastuvsoojuse osakaal või renoveeritud kodude arv.",
                    "da": "For eksempel energiforbrug pr. indbygger, andelen af vedvarende varme eller antallet af renoverede boliger.",
                    "es": "Por ejemplo, el consumo de energía por habitante, la proporción de calor renovable o el número de viviendas rehabilitadas.",
                    "bg": "Например потреблението на енергия на жител, делът на топлината от възобновяеми източници или броят на обновените жилища.",
                    "it": "Ad esempio il consumo di energia per abitante, la quota di calore da fonti rinnovabili o il numero di abitazioni riqualificate.",
                },
                "options": [
                    {
                        "score": 3,
                        "label": {
                            "en": "Yes, each with a base value and a target value",
                            "et": "Jah, igaühel on lähteväärtus ja sihtväärtus",
                            "da": "Ja, hver med en basisværdi og en målværdi",
                            "es": "Sí, cada uno con un valor de partida y un valor objetivo",
                            "bg": "Да, всеки с базова и целева стойност",
                            "it": "Sì, ciascuno con un valore di partenza e un valore obiettivo",
                        },
                    },
                    {
                        "score": 2,
                        "label": {
                            "en": "Yes, but without target values",
                            "et": "Jah, kuid ilma sihtväärtusteta",
                            "da": "Ja, men uden målværdier",
                            "es": "Sí, pero sin valores objetivo",
                            "bg": "Да, но без целеви стойности",
                            "it": "Sì, ma senza valori obiettivo",
                        },
                    },
                    {"score": 0, "label": NO},
                ],
            },
            {
                "key": "review-frequency",
                "text": {
                    "en": "How often does the city collect monitoring data and review progress?",
                    "et": "Kui sageli kogub linn seireandmeid ja vaatab edenemise üle?",
                    "da": "Hvor ofte indsamler kommunen data og gør status over fremdriften?",
                    "es": "¿Con qué frecuencia recoge la ciudad datos de seguimiento y revisa los avances?",
                    "bg": "Колко често градът събира данни за мониторинг и преглежда напредъка?",
                    "it": "Con quale frequenza la città raccoglie i dati di monitoraggio e verifica i progressi?",
                },
                "help_text": {
                    "en": "A yearly review lets the city correct its course while there is still time to reach the targets.",
                    "et": "Iga-aastane ülevaatus võimaldab linnal suunda korrigeerida ajal, mil eesmärke on veel võimalik saavutada.",
                    "da": "En årlig status giver kommunen mulighed for at justere kursen, mens der stadig er tid til at nå målene.",
                    "es": "Una revisión anual permite a la ciudad corregir el rumbo mientras aún hay tiempo para alcanzar los objetivos.",
                    "bg": "Ежегодният преглед позволява на града да коригира курса, докато все още има време за постигане на целите.",
                    "it": "Una verifica annuale permette alla città di correggere la rotta quando c'è ancora tempo per raggiungere gli obiettivi.",
                },
                "options": [
                    {
                        "score": 3,
                        "label": {
                            "en": "Every year or more often",
                            "et": "Igal aastal või sagedamini",
                            "da": "Hvert år eller oftere",
                            "es": "Cada año o con más frecuencia",
                            "bg": "Всяка година или по-често",
                            "it": "Ogni anno o più spesso",
                        },
                    },
                    {
                        "score": 2,
                        "label": {
                            "en": "Every two to four years",
                            "et": "Iga kahe kuni nelja aasta järel",
                            "da": "Hvert andet til fjerde år",
                            "es": "Cada dos a cuatro años",
                            "bg": "На всеки две до четири години",
                            "it": "Ogni due-quattro anni",
                        },
                    },
                    {
                        "score": 1,
                        "label": {
                            "en": "Only at the end of the plan period",
                            "et": "Ainult kavaperioodi lõpus",
                            "da": "Kun ved afslutningen af planperioden",
                            "es": "Solo al final del periodo del plan",
                            "bg": "Само в края на периода на плана",
                            "it": "Solo alla fine del periodo del piano",
                        },
                    },
                    {
                        "score": 0,
                        "label": {
                            "en": "Not at all",
                            "et": "Üldse mitte",
                            "da": "Slet ikke",
                            "es": "Nunca",
                            "bg": "Изобщо не",
                            "it": "Mai",
                        },
                    },
                ],
            },
            {
                "key": "shared-data",
                "text": {
                    "en": "Is monitoring data kept in one place that all departments can use?",
                    "et": "Kas seireandmeid hoitakse ühes kohas, mida kõik ametid saavad kasutada?",
                    "da": "Samles data fra opfølgningen ét sted, som alle forvaltninger kan bruge?",
                    "es": "¿Se guardan los datos de seguimiento en un único lugar que todas las áreas pueden usar?",
                    "bg": "Съхраняват ли се данните от мониторинга на едно място, достъпно за всички отдели?",
                    "it": "I dati di monitoraggio sono raccolti in un unico luogo accessibile a tutti i settori?",
                },
                "help_text": {
                    "en": "With an urban data platform or a shared database, departments no longer each keep their own figures.",
                    "et": "Linnaandmete platvormi või ühise andmebaasi korral ei pea iga amet enam oma arvandmeid eraldi pidama.",
                    "da": "Med en bydataplatform eller en fælles database skal hver forvaltning ikke længere føre sine egne tal.",
                    "es": "Con una plataforma de datos urbanos o una base de datos compartida, cada área deja de llevar sus propias cifras.",
                    "bg": "С платформа за градски данни или обща база данни не се налага всеки отдел да води собствена статистика.",
                    "it": "Con una piattaforma di dati urbani o una banca dati condivisa, i settori non devono più tenere ciascuno i propri numeri.",
                },
                "options": [
                    {
                        "score": 3,
                        "label": {
                            "en": "Yes, on an urban data platform or in a shared database",
                            "et": "Jah, linnaandmete platvormil või ühises andmebaasis",
                            "da": "Ja, på en bydataplatform eller i en fælles database",
                            "es": "Sí, en una plataforma de datos urbanos o en una base de datos compartida",
                            "bg": "Да, в платформа за градски данни или в обща база данни",
                            "it": "Sì, su una piattaforma di dati urbani o in una banca dati condivisa",
                        },
                    },
                    {
                        "score": 2,
                        "label": {
                            "en": "In spreadsheets kept by the coordinator",
                            "et": "Koordinaatori peetavates tabelites",
                            "da": "I regneark, som koordinatoren fører",
                            "es": "En hojas de cálculo que lleva la persona coordinadora",
                            "bg": "В електронни таблици, които води координаторът",
                            "it": "In fogli di calcolo tenuti dal coordinatore",
                        },
                    },
                    {
                        "score": 0,
                        "label": {
                            "en": "Scattered across departments",
                            "et": "Eri ametite vahel laiali",
                            "da": "Spredt ud på forvaltningerne",
                            "es": "Dispersos entre las distintas áreas",
                            "bg": "Разпръснати в различни отдели",
                            "it": "Sparsi tra i vari settori",
                        },
                    },
                ],
            },
            {
                "key": "public-reporting",
                "text": {
                    "en": "Does the city report its progress to the council and to the public?",
                    "et": "Kas linn annab edenemisest aru volikogule ja avalikkusele?",
                    "da": "Rapporterer kommunen om fremdriften til byrådet og offentligheden?",
                    "es": "¿Informa la ciudad de sus avances al pleno municipal y a la ciudadanía?",
                    "bg": "Отчита ли градът напредъка си пред общинския съвет и обществеността?",
                    "it": "La città rende conto dei propri progressi al consiglio comunale e ai cittadini?",
                },
                "help_text": {
                    "en": "Regular public reports keep the plan on the political agenda and build trust. Signatories of the Covenant of Mayors report through MyCovenant.",
                    "et": "Korrapärased avalikud aruanded hoiavad kava poliitilises päevakorras ja suurendavad usaldust. Linnapeade paktiga ühinenud linnad annavad aru MyCovenanti platvormi kaudu.",
                    "da": "Regelmæssige offentlige rapporter holder planen på den politiske dagsorden og skaber tillid. Kommuner, der har tilsluttet sig Borgmesterpagten, rapporterer via MyCovenant.",
                    "es": "Los informes públicos periódicos mantienen el plan en la agenda política y generan confianza. Los firmantes del Pacto de los Alcaldes informan a través de MyCovenant.",
                    "bg": "Редовните публични отчети поддържат плана в политическия дневен ред и изграждат доверие. Градовете, подписали Споразумението на кметовете, отчитат напредъка си чрез платформата MyCovenant.",
                    "it": "Rapporti pubblici regolari mantengono il piano nell'agenda politica e creano fiducia. I firmatari del Patto dei Sindaci rendicontano attraverso MyCovenant.",
                },
                "options": [
                    {
                        "score": 3,
                        "label": {
                            "en": "Yes, to the council and to the public",
                            "et": "Jah, nii volikogule kui ka avalikkusele",
                            "da": "Ja, både til byrådet og offentligheden",
                            "es": "Sí, al pleno y a la ciudadanía",
                            "bg": "Да, пред общинския съвет и пред обществеността",
                            "it": "Sì, sia al consiglio comunale sia ai cittadini",
                        },
                    },
                    {
                        "score": 2,
                        "label": {
                            "en": "Only to the council or to funders",
                            "et": "Ainult volikogule või rahastajatele",
                            "da": "Kun til byrådet eller bevillingsgiverne",
                            "es": "Solo al pleno o a los financiadores",
                            "bg": "Само пред общинския съвет или пред финансиращите организации",
                            "it": "Solo al consiglio comunale o ai finanziatori",
                        },
                    },
                    {
                        "score": 1,
                        "label": {
                            "en": "Only within the administration",
                            "et": "Ainult linnavalitsuse siseselt",
                            "da": "Kun internt i forvaltningen",
                            "es": "Solo dentro de la administración municipal",
                            "bg": "Само вътре в администрацията",
                            "it": "Solo all'interno dell'amministrazione",
                        },
                    },
                    {"score": 0, "label": NO},
                ],
            },
            {
                "key": "plan-update",
                "text": {
                    "en": "Is the plan adjusted when monitoring shows that measures are falling behind?",
                    "et": "Kas kava korrigeeritakse, kui seire näitab, et meetmed jäävad ajakavast maha?",
                    "da": "Bliver planen justeret, når opfølgningen viser, at tiltagene halter bagefter?",
                    "es": "¿Se ajusta el plan cuando el seguimiento muestra que las medidas van con retraso?",
                    "bg": "Коригира ли се планът, когато мониторингът покаже, че мерките изостават?",
                    "it": "Il piano viene modificato quando il monitoraggio mostra che le misure sono in ritardo?",
                },
                "help_text": {
                    "en": "Monitoring is useful only if its results lead to decisions, such as new measures or a shifted budget.",
                    "et": "Seirest on kasu ainult siis, kui selle tulemuste põhjal tehakse otsuseid, näiteks võetakse kasutusele uued meetmed või jagatakse eelarve ümber.",
                    "da": "Opfølgning er kun nyttig, hvis resultaterne fører til beslutninger, fx nye tiltag eller en omprioritering af budgettet.",
                    "es": "El seguimiento solo es útil si sus resultados llevan a decisiones, como nuevas medidas o una redistribución del presupuesto.",
                    "bg": "Мониторингът е полезен само ако резултатите му водят до решения, например нови мерки или преразпределяне на бюджета.",
                    "it": "Il monitoraggio è utile solo se i suoi risultati portano a decisioni, come nuove misure o una diversa ripartizione del bilancio.",
                },
                "options": [
                    {
                        "score": 3,
                        "label": {
                            "en": "Yes, through a fixed review procedure",
                            "et": "Jah, kindla ülevaatamise korra alusel",
                            "da": "Ja, gennem en fast procedure for revision af planen",
                            "es": "Sí, mediante un procedimiento de revisión establecido",
                            "bg": "Да, чрез установена процедура за преглед",
                            "it": "Sì, attraverso una procedura di revisione stabilita",
                        },
                    },
                    {
                        "score": 2,
                        "label": {
                            "en": "Sometimes, case by case",
                            "et": "Mõnikord, juhtumipõhiselt",
                            "da": "Nogle gange, fra sag til sag",
                            "es": "A veces, caso por caso",
                            "bg": "Понякога, в отделни случаи",
                            "it": "A volte, caso per caso",
                        },
                    },
                    {"score": 0, "label": NO},
                ],
            },
        ],
        "feedback": [
            {
                "from_percent": 0,
                "text": {
                    "en": "Your city does not yet follow up its measures in a systematic way. Choose a handful of indicators that matter, each with a base value and a target, and agree who collects the data every year.",
                    "et": "Teie linn ei jälgi veel oma meetmeid süsteemselt. Valige välja mõned olulised näitajad, määrake igaühele lähte- ja sihtväärtus ning leppige kokku, kes andmeid igal aastal kogub.",
                    "da": "Jeres by følger endnu ikke systematisk op på sine tiltag. Vælg en håndfuld vigtige indikatorer, hver med en basisværdi og en målværdi, og aftal, hvem der indsamler data hvert år.",
                    "es": "Su ciudad aún no hace un seguimiento sistemático de sus medidas. Elija unos pocos indicadores relevantes, cada uno con un valor de partida y un valor objetivo, y acuerde quién recogerá los datos cada año.",
                    "bg": "Вашият град все още не следи систематично изпълнението на мерките си. Изберете няколко важни показателя, всеки с базова и целева стойност, и договорете кой ще събира данните всяка година.",
                    "it": "La vostra città non segue ancora in modo sistematico le proprie misure. Scegliete pochi indicatori significativi, ciascuno con un valore di partenza e un valore obiettivo, e stabilite chi raccoglierà i dati ogni anno.",
                },
                "next_steps": [
                    ("academy", "steps-4-and-5-action-plan-and-implementation"),
                    ("resource", COVENANT_REPORTING),
                    ("topic", "urban-data"),
                ],
            },
            {
                "from_percent": 40,
                "text": {
                    "en": "You collect monitoring data, but it does not yet steer decisions. Review progress every year with the coordination group, report to the council and adjust the plan where measures fall behind.",
                    "et": "Te kogute seireandmeid, kuid need ei suuna veel otsuseid. Vaadake edenemine igal aastal koordineerimisrühmaga üle, andke aru volikogule ja korrigeerige kava seal, kus meetmed jäävad maha.",
                    "da": "I indsamler data, men de styrer endnu ikke beslutningerne. Gør status hvert år i koordineringsgruppen, rapportér til byrådet, og justér planen, hvor tiltagene halter bagefter.",
                    "es": "Recoge datos de seguimiento, pero todavía no orientan las decisiones. Revise los avances cada año con el grupo de coordinación, informe al pleno y ajuste el plan allí donde las medidas se retrasen.",
                    "bg": "Събирате данни от мониторинга, но те все още не насочват решенията. Преглеждайте напредъка всяка година с координационната група, отчитайте се пред общинския съвет и коригирайте плана там, където мерките изостават.",
                    "it": "Raccogliete dati di monitoraggio, ma non orientano ancora le decisioni. Verificate i progressi ogni anno con il tavolo di coordinamento, riferite al consiglio comunale e modificate il piano dove le misure sono in ritardo.",
                },
                "next_steps": [
                    ("academy", "steps-4-and-5-action-plan-and-implementation"),
                    ("solution", "lecce/energy-data-platform"),
                    ("resource", INTERREG_LEARNING_PLATFORM),
                ],
            },
            {
                "from_percent": 75,
                "text": {
                    "en": "Your city monitors and reports its progress well. Publish the data openly and compare your results with similar cities, for example through the Covenant of Mayors.",
                    "et": "Teie linn jälgib oma edenemist ja annab sellest hästi aru. Avaldage andmed avaandmetena ja võrrelge oma tulemusi sarnaste linnadega, näiteks Linnapeade pakti kaudu.",
                    "da": "Jeres by følger godt op på fremdriften og rapporterer om den. Offentliggør data åbent, og sammenlign jeres resultater med lignende byer, fx gennem Borgmesterpagten.",
                    "es": "Su ciudad hace un buen seguimiento de sus avances e informa bien sobre ellos. Publique los datos en abierto y compare sus resultados con los de ciudades similares, por ejemplo a través del Pacto de los Alcaldes.",
                    "bg": "Вашият град добре следи и отчита напредъка си. Публикувайте данните като отворени данни и сравнявайте резултатите си с тези на сходни градове, например чрез Споразумението на кметовете.",
                    "it": "La vostra città monitora e rendiconta bene i propri progressi. Pubblicate i dati in formato aperto e confrontate i vostri risultati con quelli di città simili, ad esempio attraverso il Patto dei Sindaci.",
                },
                "next_steps": [
                    ("resource", COVENANT_REPORTING),
                    ("solution", "vitoria-gasteiz/urban-data-platform"),
                    ("resource", INTERREG_LEARNING_PLATFORM),
                ],
            },
        ],
    },
]
