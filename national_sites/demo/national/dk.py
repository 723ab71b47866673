"""The Danish national network Energibyerne, written in Danish with its English translation."""

SITE = {
    "da": {
        "home": {
            "title": "Energibyerne",
            "network_name": "Energibyerne",
            "tagline": "Danske kommuner på vej mod smarte, CO2-neutrale byer",
            "intro": (
                "<p>Energibyerne er det danske netværk i SmartEnCity Network. Her mødes små og "
                "mellemstore kommuner, der vil omstille deres energisystem og blive <b>smarte, "
                "CO2-neutrale byer</b>.</p>"
                "<p>Vi bygger videre på erfaringerne fra Sønderborg, der var dansk fyrtårnsby i "
                "EU-projektet SmartEnCity.</p>"
            ),
            "footer_text": (
                "<p>Energibyerne er en del af SmartEnCity Network, som udsprang af "
                "SmartEnCity-projektet under EU's forsknings- og innovationsprogram Horizon "
                "2020.</p>"
            ),
            "navigation": [
                {"label": "Om Energibyerne", "_page": "about"},
                {"label": "Sønderborg", "_page": "soenderborg"},
                {"label": "Bliv medlem", "_page": "join"},
            ],
            "footer_links": [
                {"label": "SmartEnCity-projektet", "_url": "https://smartencity.eu/"},
            ],
            "body": [
                {"_type": "heading", "text": "Sammen om den grønne omstilling", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p>Mange danske kommuner har ambitiøse klimamål, men de små og "
                        "mellemstore kommuner har sjældent de samme ressourcer som de store byer. "
                        "I Energibyerne deler vi viden, erfaringer og konkrete løsninger, så "
                        "ingen kommune behøver at opfinde den dybe tallerken igen.</p>"
                        "<p>Vi sætter fokus på energirenovering af boliger, grøn fjernvarme, "
                        "elektrisk transport og integreret energiplanlægning, hvor kommunen "
                        "tænker varme, el, transport og bygninger sammen.</p>"
                    ),
                },
                {
                    "_type": "membership_steps",
                    "title": "Fem trin for danske kommuner",
                    "intro": (
                        "Medlemskabet er bygget op i fem trin, og jeres kommune bestemmer selv "
                        "tempoet."
                    ),
                    "steps": [
                        {
                            "name": "Skab opmærksomhed",
                            "description": (
                                "Kommunen lærer netværket at kende og ser, hvad Sønderborg og de "
                                "andre SmartEnCity-byer har opnået."
                            ),
                        },
                        {
                            "name": "Skab engagement",
                            "description": (
                                "Kommunen melder sig ind i Energibyerne og udpeger de "
                                "medarbejdere, der skal deltage i netværkets aktiviteter."
                            ),
                        },
                        {
                            "name": "Skab holdning",
                            "description": (
                                "Kommunen gennemfører City Check-up og forpligter sig både "
                                "politisk og administrativt til integreret energiplanlægning."
                            ),
                        },
                        {
                            "name": "Overfør tilgangen",
                            "description": (
                                "Kommunen tager metoden til integreret energiplanlægning i brug "
                                "og tilpasser fyrtårnsbyernes løsninger til lokale forhold."
                            ),
                        },
                        {
                            "name": "Anerkendelse",
                            "description": (
                                "Netværket anerkender kommunens resultater og deler dem med de "
                                "andre medlemmer i Danmark og i resten af Europa."
                            ),
                        },
                    ],
                },
                {
                    "_type": "quote",
                    "text": (
                        "Den grønne omstilling går hurtigere, når kommunerne lærer af hinanden."
                    ),
                    "attribution": "Energibyerne",
                },
                {
                    "_type": "call_to_action",
                    "title": "Er jeres kommune klar til at tage det første skridt?",
                    "text": (
                        "Alle små og mellemstore danske kommuner kan blive medlem af Energibyerne."
                    ),
                    "label": "Bliv medlem",
                    "_page": "join",
                },
            ],
        },
        "pages": [
            {
                "_key": "about",
                "title": "Om Energibyerne",
                "slug": "om-energibyerne",
                "intro": (
                    "Energibyerne er det danske netværk i SmartEnCity Network for kommuner, der "
                    "arbejder hen imod en CO2-neutral fremtid."
                ),
                "body": [
                    {
                        "_type": "heading",
                        "text": "Et dansk netværk i et europæisk fællesskab",
                        "_level": "h2",
                    },
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>SmartEnCity Network består af fem nationale netværk i Estland, "
                            "Danmark, Spanien, Bulgarien og Italien. Energibyerne er det danske, "
                            "og her foregår arbejdet på dansk og med udgangspunkt i danske "
                            "forhold.</p>"
                            "<p>Samtidig giver netværket adgang til erfaringer fra hele Europa, "
                            "blandt andet fra fyrtårnsbyerne Vitoria-Gasteiz og Tartu og fra "
                            "følgebyerne Lecce og Asenovgrad.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "Det arbejder vi med", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Vi samler kommunerne om de emner, der betyder mest for den lokale "
                            "energiomstilling: energirenovering af boliger og offentlige "
                            "bygninger, fjernvarme baseret på vedvarende energi, elektrisk "
                            "transport og brug af data i planlægningen.</p>"
                            "<p>Medlemmerne mødes i netværket, deltager i SmartEnCity Academy og "
                            "akademiets webinarer og hjælper hinanden videre med konkrete "
                            "projekter.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "Fælles mål", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Sammen sigter de nationale netværk mod 60 medlemsbyer i Europa og "
                            "mod mindst 15 byer, der tager metoden til integreret "
                            "energiplanlægning i brug.</p>"
                        ),
                    },
                ],
            },
            {
                "_key": "soenderborg",
                "title": "Sønderborg som fyrtårnsby",
                "slug": "soenderborg-fyrtaarnsby",
                "intro": (
                    "Sønderborg var Danmarks fyrtårnsby i SmartEnCity og viser, hvordan en "
                    "kommune kan gå forrest i den grønne omstilling."
                ),
                "body": [
                    {
                        "_type": "heading",
                        "text": "ProjectZero – et offentligt-privat partnerskab",
                        "_level": "h2",
                    },
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>I Sønderborg samarbejder kommunen, erhvervslivet og andre lokale "
                            "aktører gennem ProjectZero, et offentligt-privat partnerskab, der "
                            "arbejder for et CO2-neutralt energisystem i Sønderborg.</p>"
                            "<p>Partnerskabet gør klimaindsatsen til en fælles opgave for hele "
                            "lokalsamfundet og ikke kun for kommunen.</p>"
                        ),
                    },
                    {
                        "_type": "heading",
                        "text": "Det gjorde Sønderborg i SmartEnCity",
                        "_level": "h2",
                    },
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p><b>Energirenovering af boliger:</b> Boliger blev energirenoveret, "
                            "så de bruger mindre energi til opvarmning.</p>"
                            "<p><b>Fjernvarme:</b> Fjernvarmen blev udviklet, så den udnytter "
                            "energien bedre og i højere grad bygger på vedvarende energi.</p>"
                            "<p><b>Elektrisk transport:</b> Sønderborg fremmede elektrisk "
                            "mobilitet, så flere kan vælge et klimavenligt alternativ til benzin- "
                            "og dieselbiler.</p>"
                        ),
                    },
                    {
                        "_type": "heading",
                        "text": "Hvad kan andre kommuner lære?",
                        "_level": "h2",
                    },
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Sønderborgs erfaringer viser, at den grønne omstilling kommer "
                            "længst, når kommunen, erhvervslivet og borgerne trækker i samme "
                            "retning. Gennem Energibyerne kan andre danske kommuner bruge "
                            "erfaringerne i deres egen planlægning.</p>"
                        ),
                    },
                    {
                        "_type": "call_to_action",
                        "title": "Vil jeres kommune lære af Sønderborg?",
                        "text": (
                            "Som medlem af Energibyerne får I adgang til erfaringerne fra "
                            "fyrtårnsbyerne."
                        ),
                        "label": "Bliv medlem",
                        "_page": "join",
                    },
                ],
            },
            {
                "_key": "join",
                "title": "Bliv medlem af Energibyerne",
                "slug": "bliv-medlem",
                "intro": "Medlemskab er gratis for små og mellemstore danske kommuner.",
                "body": [
                    {
                        "_type": "heading",
                        "text": "Sådan bliver jeres kommune medlem",
                        "_level": "h2",
                    },
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Skriv til Energibyerne, og fortæl kort om jeres kommune, jeres "
                            "klimaarbejde og de medarbejdere, der skal deltage i netværket. Det "
                            "kan for eksempel være medarbejdere fra klima-, plan- eller "
                            "forsyningsområdet.</p>"
                            "<p>Når I er blevet medlem, gennemfører I City Check-up. Den viser, "
                            "hvor langt jeres kommune er nået med integreret energiplanlægning, "
                            "og hvor netværket kan hjælpe jer videre.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "Hvem kan blive medlem?", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Netværket er for små og mellemstore danske kommuner, der vil "
                            "arbejde målrettet med den grønne omstilling. I behøver ikke at have "
                            "en færdig plan – det vigtigste er viljen til at komme i gang og lære "
                            "af andre.</p>"
                        ),
                    },
                ],
            },
        ],
    },
    "en": {
        "home": {
            "title": "Energibyerne",
            "network_name": "Energibyerne",
            "tagline": "Danish municipalities on their way to smart, zero-carbon cities",
            "intro": (
                "<p>Energibyerne is the Danish network within the SmartEnCity Network. It brings "
                "together small and medium-sized municipalities that want to transform their "
                "energy system and become <b>smart, zero-carbon cities</b>.</p>"
                "<p>We build on the experience of Sønderborg, the Danish Lighthouse city in the "
                "EU project SmartEnCity.</p>"
            ),
            "footer_text": (
                "<p>Energibyerne is part of the SmartEnCity Network, which grew out of the "
                "SmartEnCity project under the European Union's Horizon 2020 research and "
                "innovation programme.</p>"
            ),
            "navigation": [
                {"label": "About Energibyerne", "_page": "about"},
                {"label": "Sønderborg", "_page": "soenderborg"},
                {"label": "Become a member", "_page": "join"},
            ],
            "footer_links": [
                {"label": "SmartEnCity project", "_url": "https://smartencity.eu/"},
            ],
            "body": [
                {"_type": "heading", "text": "Together on the green transition", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p>Many Danish municipalities have ambitious climate targets, but small "
                        "and medium-sized municipalities rarely have the same resources as the "
                        "big cities. In Energibyerne we share knowledge, experience and practical "
                        "solutions, so that no municipality has to reinvent the wheel.</p>"
                        "<p>We focus on the energy renovation of homes, green district heating, "
                        "electric transport and integrated energy planning, in which the "
                        "municipality thinks about heating, electricity, transport and buildings "
                        "together.</p>"
                    ),
                },
                {
                    "_type": "membership_steps",
                    "title": "Five steps for Danish municipalities",
                    "intro": (
                        "Membership is built up in five steps, and your municipality sets its own "
                        "pace."
                    ),
                    "steps": [
                        {
                            "name": "Create Awareness",
                            "description": (
                                "The municipality gets to know the network and sees what "
                                "Sønderborg and the other SmartEnCity cities have achieved."
                            ),
                        },
                        {
                            "name": "Create Engagement",
                            "description": (
                                "The municipality joins Energibyerne and appoints the staff who "
                                "will take part in the network's activities."
                            ),
                        },
                        {
                            "name": "Create Attitude",
                            "description": (
                                "The municipality takes the City Check-up and commits, both "
                                "politically and administratively, to integrated energy planning."
                            ),
                        },
                        {
                            "name": "Replicate Approach",
                            "description": (
                                "The municipality puts the Integrated Energy Planning method into "
                                "practice and adapts the Lighthouse cities' solutions to local "
                                "conditions."
                            ),
                        },
                        {
                            "name": "Award",
                            "description": (
                                "The network recognises the municipality's results and shares "
                                "them with the other members in Denmark and across Europe."
                            ),
                        },
                    ],
                },
                {
                    "_type": "quote",
                    "text": (
                        "The green transition moves faster when municipalities learn from each "
                        "other."
                    ),
                    "attribution": "Energibyerne",
                },
                {
                    "_type": "call_to_action",
                    "title": "Is your municipality ready to take the first step?",
                    "text": (
                        "Every small and medium-sized Danish municipality can join Energibyerne."
                    ),
                    "label": "Become a member",
                    "_page": "join",
                },
            ],
        },
        "pages": [
            {
                "_key": "about",
                "title": "About Energibyerne",
                "slug": "about",
                "intro": (
                    "Energibyerne is the Danish network within the SmartEnCity Network, for "
                    "municipalities working towards a carbon-neutral future."
                ),
                "body": [
                    {
                        "_type": "heading",
                        "text": "A Danish network in a European community",
                        "_level": "h2",
                    },
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>The SmartEnCity Network consists of five national networks, in "
                            "Estonia, Denmark, Spain, Bulgaria and Italy. Energibyerne is the "
                            "Danish one: here the work is done in Danish and starts from Danish "
                            "conditions.</p>"
                            "<p>At the same time, the network gives access to experience from "
                            "all over Europe, including the Lighthouse cities Vitoria-Gasteiz "
                            "and Tartu and the Follower cities Lecce and Asenovgrad.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "What we work on", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>We bring municipalities together around the topics that matter "
                            "most to the local energy transition: the energy renovation of homes "
                            "and public buildings, district heating based on renewable energy, "
                            "electric transport and the use of data in planning.</p>"
                            "<p>Members meet in the network, take part in the SmartEnCity Academy "
                            "and its webinars, and help each other move forward with practical "
                            "projects.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "Shared goals", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Together the national networks aim for 60 member cities across "
                            "Europe, and for at least 15 cities that put the Integrated Energy "
                            "Planning method into practice.</p>"
                        ),
                    },
                ],
            },
            {
                "_key": "soenderborg",
                "title": "Sønderborg as a Lighthouse city",
                "slug": "sonderborg-lighthouse-city",
                "intro": (
                    "Sønderborg was Denmark's Lighthouse city in SmartEnCity, and it shows how a "
                    "municipality can lead the way in the green transition."
                ),
                "body": [
                    {
                        "_type": "heading",
                        "text": "ProjectZero – a public-private partnership",
                        "_level": "h2",
                    },
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>In Sønderborg the municipality, local businesses and other local "
                            "partners work together through ProjectZero, a public-private "
                            "partnership working towards a carbon-neutral energy system for "
                            "Sønderborg.</p>"
                            "<p>The partnership makes climate action a shared task for the whole "
                            "local community, not just for the municipality.</p>"
                        ),
                    },
                    {
                        "_type": "heading",
                        "text": "What Sønderborg did in SmartEnCity",
                        "_level": "h2",
                    },
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p><b>Energy renovation of homes:</b> Homes were renovated so that "
                            "they use less energy for heating.</p>"
                            "<p><b>District heating:</b> District heating was developed to use "
                            "energy more efficiently and to rely more on renewable energy.</p>"
                            "<p><b>Electric transport:</b> Sønderborg promoted electric mobility, "
                            "so that more people can choose a climate-friendly alternative to "
                            "petrol and diesel cars.</p>"
                        ),
                    },
                    {
                        "_type": "heading",
                        "text": "What can other municipalities learn?",
                        "_level": "h2",
                    },
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Sønderborg's experience shows that the green transition goes "
                            "furthest when the municipality, businesses and citizens pull in the "
                            "same direction. Through Energibyerne, other Danish municipalities "
                            "can use this experience in their own planning.</p>"
                        ),
                    },
                    {
                        "_type": "call_to_action",
                        "title": "Does your municipality want to learn from Sønderborg?",
                        "text": (
                            "As a member of Energibyerne you gain access to the experience of the "
                            "Lighthouse cities."
                        ),
                        "label": "Become a member",
                        "_page": "join",
                    },
                ],
            },
            {
                "_key": "join",
                "title": "Join Energibyerne",
                "slug": "join",
                "intro": "Membership is free for small and medium-sized Danish municipalities.",
                "body": [
                    {
                        "_type": "heading",
                        "text": "How your municipality joins",
                        "_level": "h2",
                    },
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Write to Energibyerne and tell us briefly about your "
                            "municipality, your climate work and the staff who will take part "
                            "in the network. They might, for example, come from climate, "
                            "planning or utilities.</p>"
                            "<p>Once you have joined, you take the City Check-up. It shows how "
                            "far your municipality has come in integrated energy planning, and "
                            "where the network can help you move forward.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "Who can join?", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>The network is for small and medium-sized Danish municipalities "
                            "that want to work purposefully on the green transition. You do not "
                            "need a finished plan: what matters most is the will to get started "
                            "and to learn from others.</p>"
                        ),
                    },
                ],
            },
        ],
    },
}
