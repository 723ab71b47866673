"""The Spanish national network site, written in Spanish and translated into English."""

SITE = {
    "es": {
        "home": {
            "title": "Red SmartEnCity España",
            "network_name": "Red SmartEnCity España",
            "tagline": "Municipios que avanzan hacia ciudades inteligentes y de cero emisiones",
            "intro": (
                "<p>La <b>Red SmartEnCity España</b> es el punto de encuentro de los municipios "
                "pequeños y medianos que quieren avanzar hacia la neutralidad climática. Forma "
                "parte de la red europea SmartEnCity y se inspira en la experiencia de "
                "Vitoria-Gasteiz, ciudad faro del proyecto.</p>"
            ),
            "footer_text": (
                "<p>La Red SmartEnCity España forma parte de la Red SmartEnCity europea, que "
                "nació del proyecto SmartEnCity, financiado por el programa Horizonte 2020 de la "
                "Unión Europea.</p>"
            ),
            "navigation": [
                {"label": "La red", "_page": "about"},
                {"label": "Vitoria-Gasteiz", "_page": "vitoria-gasteiz"},
                {"label": "Cómo adherirse", "_page": "join"},
            ],
            "footer_links": [
                {"label": "Proyecto SmartEnCity", "_url": "https://smartencity.eu/"},
            ],
            "body": [
                {
                    "_type": "heading",
                    "text": "Aprender de quienes ya lo han hecho",
                    "_level": "h2",
                },
                {
                    "_type": "paragraph",
                    "text": (
                        "<p>La transición energética no es solo cosa de las grandes ciudades. Los "
                        "ayuntamientos pequeños y medianos también pueden rehabilitar sus "
                        "barrios, apostar por redes de calor renovables, mejorar la movilidad y "
                        "sacar más partido a sus datos, siempre que cuenten con un buen plan y "
                        "con otros municipios con los que compartir el camino.</p>"
                        "<p>En la red, los responsables políticos y los equipos técnicos "
                        "municipales intercambian experiencias, participan en los seminarios web "
                        "de la SmartEnCity Academy y conocen de primera mano lo que se hizo en "
                        "Vitoria-Gasteiz. La red europea se ha propuesto reunir 60 ciudades "
                        "miembro y que al menos 15 de ellas repliquen el método de Planificación "
                        "Energética Integrada.</p>"
                    ),
                },
                {
                    "_type": "membership_steps",
                    "title": "Cinco pasos para avanzar juntos",
                    "intro": (
                        "Cada municipio recorre el modelo de adhesión a su ritmo, con el apoyo de "
                        "la red en cada etapa."
                    ),
                    "steps": [
                        {
                            "name": "Crear conciencia",
                            "description": (
                                "El ayuntamiento conoce la red, sus herramientas y lo que han "
                                "conseguido Vitoria-Gasteiz y otras ciudades europeas, y valora "
                                "qué puede aportar a su municipio."
                            ),
                        },
                        {
                            "name": "Crear compromiso",
                            "description": (
                                "El municipio se adhiere a la red y designa a sus personas de "
                                "referencia, del equipo de gobierno y del personal técnico, que "
                                "participarán en las actividades."
                            ),
                        },
                        {
                            "name": "Crear actitud",
                            "description": (
                                "El municipio realiza el City Check-up para conocer su punto de "
                                "partida y se compromete a planificar su energía de forma "
                                "integrada, en coherencia con los planes que ya tenga en marcha."
                            ),
                        },
                        {
                            "name": "Replicar el enfoque",
                            "description": (
                                "El municipio aplica el método de Planificación Energética "
                                "Integrada y adapta a su escala las soluciones de las ciudades "
                                "faro: rehabilitación de viviendas, redes de calor renovables, "
                                "movilidad sostenible y datos urbanos."
                            ),
                        },
                        {
                            "name": "Reconocimiento",
                            "description": (
                                "La red reconoce los avances del municipio y los da a conocer, "
                                "para que sirvan de ejemplo a otros ayuntamientos de España y de "
                                "Europa."
                            ),
                        },
                    ],
                },
                {
                    "_type": "quote",
                    "text": (
                        "Ningún municipio es demasiado pequeño para hacer su transición "
                        "energética, y menos aún si no la hace solo."
                    ),
                    "attribution": "Red SmartEnCity España",
                },
                {
                    "_type": "call_to_action",
                    "title": "¿Quiere que su municipio forme parte de la red?",
                    "text": (
                        "La adhesión es gratuita para los municipios pequeños y medianos. Le "
                        "explicamos cómo empezar."
                    ),
                    "label": "Cómo adherirse",
                    "_page": "join",
                },
            ],
        },
        "pages": [
            {
                "_key": "about",
                "title": "La red en España",
                "slug": "la-red",
                "intro": (
                    "La Red SmartEnCity España acerca a los municipios españoles la experiencia "
                    "del proyecto SmartEnCity y les ayuda a planificar juntos su transición "
                    "energética."
                ),
                "body": [
                    {"_type": "heading", "text": "Quiénes somos", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Somos la red nacional española de la Red SmartEnCity, una red "
                            "europea de ciudades pequeñas y medianas que trabajan para "
                            "convertirse en ciudades inteligentes de cero emisiones de carbono. "
                            "Junto a las redes de Estonia, Dinamarca, Bulgaria e Italia, formamos "
                            "parte de una comunidad que comparte conocimientos, herramientas y "
                            "experiencias.</p>"
                            "<p>La red nació del proyecto europeo SmartEnCity, financiado por el "
                            "programa Horizonte 2020, en el que Vitoria-Gasteiz fue una de las "
                            "tres ciudades faro, junto con Tartu y Sønderborg.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "Qué ofrecemos", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Ofrecemos a los ayuntamientos un espacio para aprender de otras "
                            "ciudades, conocer soluciones ya probadas y resolver dudas con "
                            "quienes se han enfrentado a los mismos retos. Organizamos encuentros "
                            "entre municipios y acercamos las actividades de la SmartEnCity "
                            "Academy, como sus seminarios web.</p>"
                            "<p>Acompañamos a los municipios en la <b>Planificación Energética "
                            "Integrada</b>, un método que reúne en un mismo plan la "
                            "rehabilitación de edificios, el suministro de energía, la movilidad "
                            "y las tecnologías de la información. Este enfoque encaja bien con "
                            "los compromisos que muchos municipios ya han asumido, como el Pacto "
                            "de las Alcaldías para el Clima y la Energía.</p>"
                        ),
                    },
                ],
            },
            {
                "_key": "vitoria-gasteiz",
                "title": "Vitoria-Gasteiz, ciudad faro",
                "slug": "vitoria-gasteiz-ciudad-faro",
                "intro": (
                    "Vitoria-Gasteiz fue una de las tres ciudades faro del proyecto SmartEnCity y "
                    "es la referencia española de la red."
                ),
                "body": [
                    {
                        "_type": "heading",
                        "text": "Coronación, un barrio que se transforma",
                        "_level": "h2",
                    },
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Dentro de SmartEnCity, Vitoria-Gasteiz centró su intervención en "
                            "el barrio de <b>Coronación</b>, una zona residencial con edificios "
                            "de viviendas de varias décadas de antigüedad. La rehabilitación "
                            "energética de los edificios, con la mejora de su envolvente, permite "
                            "reducir la demanda de energía de los hogares y ganar en confort.</p>"
                            "<p>El trabajo con los vecinos y las comunidades de propietarios fue "
                            "clave: las decisiones sobre cada edificio se toman de forma "
                            "colectiva, y la información y el acompañamiento cercano resultaron "
                            "tan importantes como las soluciones técnicas.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "Calor renovable para el barrio", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>El proyecto impulsó una nueva <b>red de calor</b> alimentada con "
                            "energía renovable, a partir de biomasa, para dar calefacción y agua "
                            "caliente a las viviendas del barrio. Una red de este tipo sustituye "
                            "muchas calderas individuales por una instalación centralizada, más "
                            "eficiente y con menos emisiones.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "Movilidad y datos", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Vitoria-Gasteiz también trabajó en la <b>movilidad "
                            "sostenible</b>, con especial atención a la movilidad eléctrica, y "
                            "desarrolló una <b>plataforma de datos urbanos</b> que reúne "
                            "información de la ciudad para tomar mejores decisiones y compartir "
                            "los resultados.</p>"
                            "<p>El proyecto SmartEnCity estuvo coordinado por el centro "
                            "tecnológico Tecnalia. La experiencia de Vitoria-Gasteiz, que ya "
                            "había sido Capital Verde Europea en 2012, es hoy una referencia para "
                            "los municipios españoles que quieren dar el paso.</p>"
                        ),
                    },
                    {
                        "_type": "call_to_action",
                        "title": "¿Y si su municipio fuera el siguiente?",
                        "text": (
                            "Las soluciones de Vitoria-Gasteiz pueden adaptarse a municipios de "
                            "todos los tamaños."
                        ),
                        "label": "Cómo adherirse",
                        "_page": "join",
                    },
                ],
            },
            {
                "_key": "join",
                "title": "Cómo adherirse a la red",
                "slug": "como-adherirse",
                "intro": (
                    "La adhesión a la Red SmartEnCity España es gratuita y está abierta a los "
                    "municipios pequeños y medianos de todo el país."
                ),
                "body": [
                    {"_type": "heading", "text": "Quién puede adherirse", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Puede adherirse cualquier ayuntamiento pequeño o mediano que "
                            "quiera avanzar hacia la neutralidad climática, tenga o no "
                            "experiencia previa en proyectos europeos. No hace falta tener un "
                            "plan terminado: basta con la voluntad de empezar.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "Paso a paso", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p><b>1. Póngase en contacto con nosotros.</b> Escríbanos a la "
                            "dirección de contacto que figura en esta web y cuéntenos cómo es su "
                            "municipio y qué retos energéticos tiene.</p>"
                            "<p><b>2. Designe a sus representantes.</b> Indíquenos qué personas "
                            "del ayuntamiento participarán en la red, por ejemplo de las áreas de "
                            "medio ambiente, urbanismo o energía.</p>"
                            "<p><b>3. Realice el City Check-up.</b> Este diagnóstico muestra en "
                            "qué punto se encuentra su municipio en materia de planificación "
                            "energética integrada y ayuda a decidir por dónde empezar.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "Y después", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Una vez dentro, su municipio podrá participar en los encuentros "
                            "de la red y en la SmartEnCity Academy, y avanzar paso a paso por el "
                            "modelo de adhesión hasta replicar el enfoque de las ciudades faro y "
                            "ver reconocidos sus resultados.</p>"
                        ),
                    },
                ],
            },
        ],
    },
    "en": {
        "home": {
            "title": "Red SmartEnCity España",
            "network_name": "Red SmartEnCity España",
            "tagline": "Municipalities moving towards smart, zero-emission cities",
            "intro": (
                "<p><b>Red SmartEnCity España</b> is the meeting point for small and medium-sized "
                "municipalities that want to move towards climate neutrality. It is part of the "
                "European SmartEnCity Network and draws on the experience of Vitoria-Gasteiz, a "
                "Lighthouse city of the project.</p>"
            ),
            "footer_text": (
                "<p>Red SmartEnCity España is part of the European SmartEnCity Network, which "
                "grew out of the SmartEnCity project, funded by the European Union's Horizon 2020 "
                "programme.</p>"
            ),
            "navigation": [
                {"label": "The network", "_page": "about"},
                {"label": "Vitoria-Gasteiz", "_page": "vitoria-gasteiz"},
                {"label": "How to join", "_page": "join"},
            ],
            "footer_links": [
                {"label": "SmartEnCity project", "_url": "https://smartencity.eu/"},
            ],
            "body": [
                {
                    "_type": "heading",
                    "text": "Learning from those who have already done it",
                    "_level": "h2",
                },
                {
                    "_type": "paragraph",
                    "text": (
                        "<p>The energy transition is not just a matter for big cities. Small and "
                        "medium-sized town councils can also retrofit their neighbourhoods, "
                        "invest in renewable district heating, improve mobility and make better "
                        "use of their data, as long as they have a good plan and other "
                        "municipalities to share the journey with.</p>"
                        "<p>In the network, elected officials and municipal technical staff "
                        "exchange experiences, take part in the webinars of the SmartEnCity "
                        "Academy and learn first-hand what was done in Vitoria-Gasteiz. The "
                        "European network aims to bring together 60 member cities, and for at "
                        "least 15 of them to replicate the Integrated Energy Planning method.</p>"
                    ),
                },
                {
                    "_type": "membership_steps",
                    "title": "Five steps to move forward together",
                    "intro": (
                        "Each municipality goes through the membership model at its own pace, "
                        "with the network's support at every stage."
                    ),
                    "steps": [
                        {
                            "name": "Create Awareness",
                            "description": (
                                "The town council gets to know the network, its tools and what "
                                "Vitoria-Gasteiz and other European cities have achieved, and "
                                "considers what it could bring to the municipality."
                            ),
                        },
                        {
                            "name": "Create Engagement",
                            "description": (
                                "The municipality joins the network and names its contact people, "
                                "from the governing team and the technical staff, who will take "
                                "part in the activities."
                            ),
                        },
                        {
                            "name": "Create Attitude",
                            "description": (
                                "The municipality takes the City Check-up to find out where it "
                                "stands and commits to planning its energy in an integrated way, "
                                "in line with the plans it already has under way."
                            ),
                        },
                        {
                            "name": "Replicate Approach",
                            "description": (
                                "The municipality applies the Integrated Energy Planning method "
                                "and adapts the solutions of the Lighthouse cities to its own "
                                "scale: housing retrofit, renewable district heating, sustainable "
                                "mobility and urban data."
                            ),
                        },
                        {
                            "name": "Award",
                            "description": (
                                "The network recognises the municipality's progress and makes it "
                                "known, so that it can serve as an example to other town councils "
                                "in Spain and across Europe."
                            ),
                        },
                    ],
                },
                {
                    "_type": "quote",
                    "text": (
                        "No municipality is too small to make its energy transition, and even "
                        "less so when it does not go it alone."
                    ),
                    "attribution": "Red SmartEnCity España",
                },
                {
                    "_type": "call_to_action",
                    "title": "Would you like your municipality to join the network?",
                    "text": (
                        "Membership is free for small and medium-sized municipalities. We explain "
                        "how to get started."
                    ),
                    "label": "How to join",
                    "_page": "join",
                },
            ],
        },
        "pages": [
            {
                "_key": "about",
                "title": "The network in Spain",
                "slug": "about",
                "intro": (
                    "Red SmartEnCity España brings the experience of the SmartEnCity project "
                    "closer to Spanish municipalities and helps them plan their energy transition "
                    "together."
                ),
                "body": [
                    {"_type": "heading", "text": "Who we are", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>We are the Spanish national network of the SmartEnCity Network, a "
                            "European network of small and medium-sized cities working to become "
                            "Smart Zero Carbon Cities. Together with the networks in Estonia, "
                            "Denmark, Bulgaria and Italy, we are part of a community that shares "
                            "knowledge, tools and experience.</p>"
                            "<p>The network grew out of the European SmartEnCity project, funded "
                            "by the Horizon 2020 programme, in which Vitoria-Gasteiz was one of "
                            "the three Lighthouse cities, together with Tartu and Sønderborg.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "What we offer", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>We offer town councils a place to learn from other cities, "
                            "discover solutions that have already been tested and talk through "
                            "their questions with people who have faced the same challenges. We "
                            "organise meetings between municipalities and bring the activities of "
                            "the SmartEnCity Academy, such as its webinars, closer to them.</p>"
                            "<p>We support municipalities in <b>Integrated Energy Planning</b>, a "
                            "method that brings building retrofit, energy supply, mobility and "
                            "information technologies together in a single plan. This approach "
                            "fits well with the commitments many municipalities have already "
                            "made, such as the Covenant of Mayors for Climate and Energy.</p>"
                        ),
                    },
                ],
            },
            {
                "_key": "vitoria-gasteiz",
                "title": "Vitoria-Gasteiz, Lighthouse city",
                "slug": "vitoria-gasteiz-lighthouse-city",
                "intro": (
                    "Vitoria-Gasteiz was one of the three Lighthouse cities of the SmartEnCity "
                    "project and is the network's reference in Spain."
                ),
                "body": [
                    {
                        "_type": "heading",
                        "text": "Coronación, a neighbourhood in transformation",
                        "_level": "h2",
                    },
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Within SmartEnCity, Vitoria-Gasteiz focused its work on the "
                            "<b>Coronación</b> neighbourhood, a residential area with apartment "
                            "buildings that are several decades old. The energy retrofit of the "
                            "buildings, with an improved building envelope, makes it possible to "
                            "reduce households' energy demand and improve comfort.</p>"
                            "<p>Working with residents and homeowners' associations was key: "
                            "decisions about each building are taken collectively, and close "
                            "information and support proved as important as the technical "
                            "solutions.</p>"
                        ),
                    },
                    {
                        "_type": "heading",
                        "text": "Renewable heat for the neighbourhood",
                        "_level": "h2",
                    },
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>The project drove a new <b>district heating network</b> fed by "
                            "renewable energy from biomass, to supply heating and hot water to "
                            "the homes in the neighbourhood. A network of this kind replaces many "
                            "individual boilers with a single central installation that is more "
                            "efficient and produces fewer emissions.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "Mobility and data", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Vitoria-Gasteiz also worked on <b>sustainable mobility</b>, with "
                            "a particular focus on electric mobility, and developed an <b>urban "
                            "data platform</b> that brings together information about the city to "
                            "support better decisions and share the results.</p>"
                            "<p>The SmartEnCity project was coordinated by the technology centre "
                            "Tecnalia. The experience of Vitoria-Gasteiz, which had already been "
                            "European Green Capital in 2012, is today a reference for Spanish "
                            "municipalities that want to take the step.</p>"
                        ),
                    },
                    {
                        "_type": "call_to_action",
                        "title": "What if your municipality were next?",
                        "text": (
                            "The solutions of Vitoria-Gasteiz can be adapted to municipalities of "
                            "all sizes."
                        ),
                        "label": "How to join",
                        "_page": "join",
                    },
                ],
            },
            {
                "_key": "join",
                "title": "How to join the network",
                "slug": "join",
                "intro": (
                    "Membership of Red SmartEnCity España is free and open to small and "
                    "medium-sized municipalities across the country."
                ),
                "body": [
                    {"_type": "heading", "text": "Who can join", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Any small or medium-sized town council that wants to move towards "
                            "climate neutrality can join, whether or not it has previous "
                            "experience of European projects. There is no need to have a finished "
                            "plan: the will to get started is enough.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "Step by step", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p><b>1. Get in touch with us.</b> Write to the contact address "
                            "shown on this website and tell us about your municipality and its "
                            "energy challenges.</p>"
                            "<p><b>2. Name your representatives.</b> Let us know which people "
                            "from the town council will take part in the network, for example "
                            "from the environment, urban planning or energy departments.</p>"
                            "<p><b>3. Take the City Check-up.</b> This assessment shows where "
                            "your municipality stands in integrated energy planning and helps you "
                            "decide where to start.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "What comes next", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Once it has joined, your municipality can take part in the "
                            "network's meetings and in the SmartEnCity Academy, and move step by "
                            "step through the membership model until it replicates the approach "
                            "of the Lighthouse cities and sees its results recognised.</p>"
                        ),
                    },
                ],
            },
        ],
    },
}
