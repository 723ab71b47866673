"""Events of the Red SmartEnCity España, in Spanish with English translations."""

SOURCE_LANGUAGE = "es"

INDEX = {
    "title": {"es": "Eventos", "en": "Events"},
    "slug": {"es": "eventos", "en": "events"},
    "intro": {
        "es": "Reuniones, talleres de capacitación y visitas de estudio de la Red SmartEnCity España. Inscríbase en las próximas actividades o suscríbase al calendario.",
        "en": "Meetings, capacity-building workshops and study visits of the Red SmartEnCity España. Register for the events coming up, or subscribe to the calendar.",
    },
}

EVENTS = [
    {
        "kind": "study-visit",
        "weeks": 7,
        "weekday": 4,
        "starts": "10:00",
        "ends": "14:00",
        "time_zone": "Europe/Madrid",
        "venue": {
            "es": "Casa Consistorial de Vitoria-Gasteiz (punto de encuentro)",
            "en": "Vitoria-Gasteiz City Hall (meeting point)",
        },
        "address": {
            "es": "Plaza de España, 1, 01001 Vitoria-Gasteiz",
            "en": "Plaza de España 1, 01001 Vitoria-Gasteiz, Spain",
        },
        "latitude": 42.8465,
        "longitude": -2.6723,
        "capacity": 6,
        "topics": ["building-retrofit", "district-heating", "citizen-engagement"],
        "cities": ["vitoria-gasteiz"],
        "title": {
            "es": "Visita de estudio al barrio de Coronación, en Vitoria-Gasteiz",
            "en": "Study visit to the Coronación district in Vitoria-Gasteiz",
        },
        "slug": {"es": "visita-de-estudio-coronacion", "en": "study-visit-coronacion"},
        "description": [
            {
                "es": "Recorreremos a pie el barrio de Coronación, donde el proyecto SmartEnCity rehabilitó energéticamente edificios de viviendas y los conectó a una red de calor de biomasa. Vecinos, personal técnico municipal y la empresa que gestiona la red explicarán cómo se tomaron las decisiones y qué resultados se han obtenido.",
                "en": "We will walk through the Coronación district, where the SmartEnCity project retrofitted residential buildings and connected them to a biomass district heating network. Residents, municipal technical staff and the company that runs the network will explain how the decisions were made and what the results have been.",
            },
            {
                "es": "Las plazas son limitadas porque la visita incluye el acceso a viviendas y a la central térmica. Si no quedan plazas, puede apuntarse a la lista de espera: le avisaremos por correo electrónico si se libera alguna.",
                "en": "Places are limited because the visit includes access to homes and to the heating plant. If there are no places left, you can join the waiting list: we will let you know by e-mail if one becomes free.",
            },
        ],
        "agenda": [
            {
                "time": "10:00",
                "title": {
                    "es": "Recepción en la Casa Consistorial",
                    "en": "Reception at City Hall",
                },
            },
            {
                "time": "10:30",
                "title": {
                    "es": "Recorrido por los edificios rehabilitados",
                    "en": "Walk through the retrofitted buildings",
                },
            },
            {
                "time": "12:00",
                "title": {
                    "es": "Visita a la central de calor de biomasa",
                    "en": "Visit to the biomass heating plant",
                },
            },
            {
                "time": "13:15",
                "title": {"es": "Coloquio con los vecinos", "en": "Discussion with residents"},
            },
        ],
        "speakers": [
            {
                "name": "Ainhoa Etxeberria",
                "organisation": "Ayuntamiento de Vitoria-Gasteiz",
                "role": {"es": "Técnica de energía", "en": "Energy officer"},
            },
            {
                "name": "Jon Arrieta",
                "organisation": "Tecnalia",
                "role": {"es": "Investigador", "en": "Researcher"},
            },
        ],
        # Every place is taken and two people wait for one.
        "registrations": [
            {
                "name": "Iñaki Goñi",
                "organisation": "Ayuntamiento de Pamplona",
                "city": "Pamplona",
                "country": "ES",
                "email": "inaki.goni@example.org",
                "status": "confirmed",
            },
            {
                "name": "Marta Lafuente",
                "organisation": "Ayuntamiento de Soria",
                "city": "Soria",
                "country": "ES",
                "email": "marta.lafuente@example.org",
                "status": "confirmed",
            },
            {
                "name": "Lucía Ortega",
                "organisation": "Ayuntamiento de Castellón de la Plana",
                "city": "Castellón de la Plana",
                "country": "ES",
                "email": "lucia.ortega@example.org",
                "status": "confirmed",
            },
            {
                "name": "Xoán Barreiro",
                "organisation": "Concello de Pontevedra",
                "city": "Pontevedra",
                "country": "ES",
                "email": "xoan.barreiro@example.org",
                "status": "confirmed",
            },
            {
                "name": "Carmen Ruiz",
                "organisation": "Ayuntamiento de Granada",
                "city": "Granada",
                "country": "ES",
                "email": "carmen.ruiz@example.org",
                "status": "confirmed",
            },
            {
                "name": "Javier Moreno",
                "organisation": "Diputación Provincial de Soria",
                "city": "Soria",
                "country": "ES",
                "email": "javier.moreno@example.org",
                "status": "confirmed",
            },
            {
                "name": "Elena Castro",
                "organisation": "Ayuntamiento de Pamplona",
                "city": "Pamplona",
                "country": "ES",
                "email": "elena.castro@example.org",
                "status": "waiting",
            },
            {
                "name": "Pablo Navarro",
                "organisation": "Ayuntamiento de Granada",
                "city": "Granada",
                "country": "ES",
                "email": "pablo.navarro@example.org",
                "status": "waiting",
            },
        ],
    },
    {
        "kind": "meeting",
        "weeks": -4,
        "weekday": 1,
        "starts": "11:00",
        "ends": "13:00",
        "time_zone": "Europe/Madrid",
        "online_url": "https://meet.smartencity-network.example/red-espana-paces",
        "capacity": 100,
        "topics": ["energy-planning"],
        "cities": ["pamplona", "soria"],
        "title": {
            "es": "Reunión en línea de la Red: los planes de acción para el clima y la energía",
            "en": "Online network meeting: climate and energy action plans",
        },
        "slug": {"es": "reunion-en-linea-planes-de-accion", "en": "online-meeting-action-plans"},
        "description": [
            {
                "es": "Las ciudades de la Red compartieron el estado de sus Planes de Acción para el Clima y la Energía Sostenible (PACES): qué medidas han puesto en marcha, cómo las financian y qué indicadores utilizan para su seguimiento. Pamplona y Soria presentaron su experiencia.",
                "en": "The network's cities shared the state of their Sustainable Energy and Climate Action Plans (SECAPs): which measures they have started, how they fund them and which indicators they use to monitor them. Pamplona and Soria presented their experience.",
            },
        ],
        "agenda": [
            {"time": "11:00", "title": {"es": "Bienvenida", "en": "Welcome"}},
            {
                "time": "11:10",
                "title": {
                    "es": "Pamplona: el seguimiento del PACES con datos abiertos",
                    "en": "Pamplona: monitoring the SECAP with open data",
                },
            },
            {
                "time": "11:40",
                "title": {
                    "es": "Soria: cómo financiar las medidas en un municipio mediano",
                    "en": "Soria: funding the measures in a medium-sized municipality",
                },
            },
            {
                "time": "12:20",
                "title": {"es": "Debate y próximos pasos", "en": "Discussion and next steps"},
            },
        ],
        "speakers": [
            {
                "name": "Iñaki Goñi",
                "organisation": "Ayuntamiento de Pamplona",
                "role": {"es": "Técnico de medio ambiente", "en": "Environmental officer"},
            },
            {
                "name": "Marta Lafuente",
                "organisation": "Ayuntamiento de Soria",
                "role": {
                    "es": "Responsable de proyectos europeos",
                    "en": "European projects officer",
                },
            },
        ],
    },
]
