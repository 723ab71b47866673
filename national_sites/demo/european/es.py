"""The European network site in Spanish, translated from the English source."""

SITE = {
    "home": {
        "title": "Red SmartEnCity",
        "network_name": "Red SmartEnCity",
        "tagline": (
            "Ciudades pequeñas y medianas en camino hacia ciudades inteligentes y de cero "
            "emisiones"
        ),
        "intro": (
            "<p>La Red SmartEnCity reúne a ciudades europeas pequeñas y medianas que quieren "
            "convertirse en <b>ciudades inteligentes de cero emisiones de carbono</b>. Sus "
            "miembros aprenden de las ciudades faro, Vitoria-Gasteiz, Tartu y Sønderborg, y de "
            "las ciudades seguidoras, Lecce y Asenovgrad.</p>"
        ),
        "footer_text": (
            "<p>La Red SmartEnCity nació del proyecto SmartEnCity, financiado por el programa de "
            "investigación e innovación Horizonte 2020 de la Unión Europea.</p>"
        ),
        "navigation": [
            {"label": "Sobre la red", "_page": "about"},
            {"label": "Ciudades faro y seguidoras", "_page": "cities"},
            {"label": "Únase a la red", "_page": "join"},
        ],
        "footer_links": [
            {"label": "Proyecto SmartEnCity", "_url": "https://smartencity.eu/"},
        ],
        "body": [
            {
                "_type": "heading",
                "text": "Una red de ciudades que pasan a la acción",
                "_level": "h2",
            },
            {
                "_type": "paragraph",
                "text": (
                    "<p>Cinco redes nacionales, en Estonia, Dinamarca, España, Bulgaria e Italia, "
                    "conectan a las ciudades de cada país en su propia lengua. Juntas aspiran a "
                    "reunir 60 ciudades miembro y a que al menos 15 de ellas repliquen el método "
                    "de Planificación Energética Integrada.</p>"
                    "<p>Los miembros comparten soluciones de rehabilitación de edificios, redes "
                    "de calor, movilidad sostenible y plataformas de datos urbanos, y participan "
                    "en la SmartEnCity Academy y en sus seminarios web.</p>"
                ),
            },
            {
                "_type": "membership_steps",
                "title": "Cinco pasos hacia una ciudad inteligente de cero emisiones",
                "intro": "Cada ciudad miembro avanza en la red a su propio ritmo.",
                "steps": [
                    {
                        "name": "Crear conciencia",
                        "description": (
                            "La ciudad descubre lo que ofrece la red y lo que han logrado otras "
                            "ciudades."
                        ),
                    },
                    {
                        "name": "Crear compromiso",
                        "description": (
                            "La ciudad se une a la red y designa a las personas que van a "
                            "participar."
                        ),
                    },
                    {
                        "name": "Crear actitud",
                        "description": (
                            "La ciudad realiza el City Check-up y se compromete con la "
                            "planificación energética integrada."
                        ),
                    },
                    {
                        "name": "Replicar el enfoque",
                        "description": (
                            "La ciudad aplica el método de Planificación Energética Integrada y "
                            "las soluciones de las ciudades faro."
                        ),
                    },
                    {
                        "name": "Reconocimiento",
                        "description": (
                            "La red reconoce los resultados de la ciudad y los comparte con todos "
                            "sus miembros."
                        ),
                    },
                ],
            },
            {
                "_type": "quote",
                "text": (
                    "Las ciudades pequeñas y medianas pueden avanzar rápido cuando aprenden unas "
                    "de otras."
                ),
                "attribution": "Red SmartEnCity",
            },
            {
                "_type": "call_to_action",
                "title": "¿Está su ciudad preparada para dar el primer paso?",
                "text": "La red está abierta a todas las ciudades europeas pequeñas y medianas.",
                "label": "Únase a la red",
                "_page": "join",
            },
        ],
    },
    "pages": [
        {
            "_key": "about",
            "title": "Sobre la red",
            "slug": "sobre-la-red",
            "intro": (
                "La Red SmartEnCity ayuda a las ciudades a planificar y llevar a cabo juntas su "
                "transición energética."
            ),
            "body": [
                {"_type": "heading", "text": "El origen de la red", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p>El proyecto SmartEnCity demostró en tres ciudades faro cómo un barrio "
                        "entero puede reducir su demanda de energía y sus emisiones: "
                        "rehabilitando edificios, con redes de calor renovables, con una "
                        "movilidad limpia y con datos urbanos abiertos.</p>"
                        "<p>La red lleva esa experiencia a ciudades pequeñas y medianas de toda "
                        "Europa, a través de redes nacionales que hablan la lengua de cada "
                        "país.</p>"
                    ),
                },
                {"_type": "heading", "text": "Las redes nacionales", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p>SmartEnCity Network Estonia, la red danesa Energibyerne y las redes "
                        "española, búlgara e italiana tienen cada una su propio sitio web, sus "
                        "noticias y sus encuentros.</p>"
                    ),
                },
            ],
        },
        {
            "_key": "cities",
            "title": "Ciudades faro y seguidoras",
            "slug": "ciudades",
            "intro": "Cinco ciudades fueron las primeras en probar las soluciones de SmartEnCity.",
            "body": [
                {"_type": "heading", "text": "Ciudades faro", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p><b>Vitoria-Gasteiz</b> (España) rehabilitó viviendas en el barrio de "
                        "Coronación y las conectó a una red de calor renovable.</p>"
                        "<p><b>Tartu</b> (Estonia) transformó bloques de viviendas de la época "
                        "soviética de su centro en hogares inteligentes y eficientes, y puso en "
                        "marcha un sistema público de bicicletas compartidas con bicicletas "
                        "eléctricas.</p>"
                        "<p><b>Sønderborg</b> (Dinamarca) trabaja con ProjectZero para "
                        "convertirse en un municipio neutro en carbono.</p>"
                    ),
                },
                {"_type": "heading", "text": "Ciudades seguidoras", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p><b>Lecce</b> (Italia) y <b>Asenovgrad</b> (Bulgaria) prepararon sus "
                        "propios planes para replicar las soluciones de las ciudades faro.</p>"
                    ),
                },
            ],
        },
        {
            "_key": "join",
            "title": "Únase a la red",
            "slug": "unase-a-la-red",
            "intro": "La adhesión es gratuita para las ciudades europeas pequeñas y medianas.",
            "body": [
                {"_type": "heading", "text": "Cómo adherirse", "_level": "h2"},
                {
                    "_type": "paragraph",
                    "text": (
                        "<p>Escriba a la red nacional de su país, o a la red europea si en su "
                        "país todavía no existe ninguna. Cuéntenos cómo es su ciudad y quiénes "
                        "van a participar.</p>"
                        "<p>A continuación, su ciudad realizará el City Check-up, que muestra en "
                        "qué punto se encuentra en materia de planificación energética "
                        "integrada.</p>"
                    ),
                },
            ],
        },
    ],
}
