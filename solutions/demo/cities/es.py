"""The member cities of the Spanish national network, in European Spanish and English."""

CITIES = [
    {
        "title": {"es": "Vitoria-Gasteiz", "en": "Vitoria-Gasteiz"},
        "slug": {"es": "vitoria-gasteiz", "en": "vitoria-gasteiz"},
        "country": "ES",
        "population": 255000,
        "latitude": 42.8467,
        "longitude": -2.6726,
        "role": "lighthouse",
        "stage": "award",
        "intro": {
            "es": (
                "Vitoria-Gasteiz, capital de Álava y Capital Verde Europea en 2012, fue ciudad "
                "faro del proyecto europeo SmartEnCity. En el barrio de Coronación puso a prueba "
                "un modelo integral de regeneración urbana que une la rehabilitación energética "
                "de viviendas, una red de calor con biomasa, la movilidad eléctrica y una "
                "plataforma de datos urbanos."
            ),
            "en": (
                "Vitoria-Gasteiz, the capital of Álava and European Green Capital in 2012, was a "
                "Lighthouse city of the European SmartEnCity project. In the Coronación district "
                "it tested a comprehensive model of urban regeneration that combines the energy "
                "retrofit of homes, a biomass district heating network, electric mobility and an "
                "urban data platform."
            ),
        },
        "solutions": [
            {
                "title": {
                    "es": "Rehabilitación energética del barrio de Coronación",
                    "en": "Energy retrofit of the Coronación district",
                },
                "slug": {
                    "es": "rehabilitacion-energetica-coronacion",
                    "en": "coronacion-district-retrofit",
                },
                "summary": {
                    "es": (
                        "Se rehabilitaron edificios de viviendas de Coronación con aislamiento "
                        "de fachadas y cubiertas y ventanas nuevas, acompañando a las "
                        "comunidades de vecinos durante todo el proceso."
                    ),
                    "en": (
                        "Residential buildings in Coronación were retrofitted with façade and "
                        "roof insulation and new windows, with the homeowners' associations "
                        "supported throughout the process."
                    ),
                },
                "topics": ["building-retrofit", "citizen-engagement"],
                "status": "implemented",
                "key_figures": [],
            },
            {
                "title": {
                    "es": "Red de calor con biomasa",
                    "en": "Biomass district heating network",
                },
                "slug": {"es": "red-de-calor-biomasa", "en": "biomass-district-heating"},
                "summary": {
                    "es": (
                        "Una central de biomasa y una red de calor de barrio suministran "
                        "calefacción y agua caliente sanitaria a las viviendas rehabilitadas "
                        "de Coronación."
                    ),
                    "en": (
                        "A biomass plant and a district heating network supply space heating "
                        "and domestic hot water to the retrofitted homes of Coronación."
                    ),
                },
                "topics": ["district-heating"],
                "status": "implemented",
                "key_figures": [],
            },
            {
                "title": {"es": "Autobuses eléctricos", "en": "Electric buses"},
                "slug": {"es": "autobuses-electricos", "en": "electric-buses"},
                "summary": {
                    "es": (
                        "La ciudad ha incorporado autobuses eléctricos al transporte público "
                        "urbano para reducir las emisiones y el ruido en sus calles."
                    ),
                    "en": (
                        "The city has brought electric buses into urban public transport to "
                        "cut emissions and noise in its streets."
                    ),
                },
                "topics": ["sustainable-mobility"],
                "status": "implemented",
                "key_figures": [],
            },
            {
                "title": {"es": "Plataforma de datos urbanos", "en": "Urban data platform"},
                "slug": {"es": "plataforma-datos-urbanos", "en": "urban-data-platform"},
                "summary": {
                    "es": (
                        "Una plataforma abierta reúne los datos de energía, movilidad y "
                        "edificios del proyecto para que el Ayuntamiento pueda planificar y "
                        "hacer seguimiento de los resultados."
                    ),
                    "en": (
                        "An open platform brings together the project's energy, mobility and "
                        "building data so that the City Council can plan and monitor the "
                        "results."
                    ),
                },
                "topics": ["urban-data", "energy-planning"],
                "status": "implemented",
                "key_figures": [],
            },
        ],
    },
    {
        "title": {"es": "Pontevedra", "en": "Pontevedra"},
        "slug": {"es": "pontevedra", "en": "pontevedra"},
        "country": "ES",
        "population": 83000,
        "latitude": 42.4310,
        "longitude": -8.6444,
        "role": "member",
        "stage": "award",
        "intro": {
            "es": (
                "Pontevedra es conocida en toda Europa por su modelo de ciudad pensada para el "
                "peatón, que desde 1999 ha devuelto el centro urbano a quienes caminan. La "
                "reducción del tráfico ha ido de la mano de calles más tranquilas y seguras y "
                "de un comercio de proximidad con vida."
            ),
            "en": (
                "Pontevedra is known throughout Europe for its pedestrian-centred city model, "
                "which since 1999 has given the city centre back to people on foot. Less traffic "
                "has gone hand in hand with calmer, safer streets and thriving local shops."
            ),
        },
        "solutions": [
            {
                "title": {"es": "Centro urbano peatonal", "en": "Pedestrian city centre"},
                "slug": {"es": "centro-urbano-peatonal", "en": "pedestrian-city-centre"},
                "summary": {
                    "es": (
                        "El casco histórico y buena parte del centro se han peatonalizado, y en "
                        "el resto de la ciudad la velocidad máxima se ha limitado a 30 km/h."
                    ),
                    "en": (
                        "The historic quarter and much of the centre have been pedestrianised, "
                        "and across the rest of the city the speed limit has been lowered to "
                        "30 km/h."
                    ),
                },
                "topics": ["sustainable-mobility"],
                "status": "implemented",
                "key_figures": [],
            },
            {
                "title": {
                    "es": "Metrominuto, el mapa de distancias a pie",
                    "en": "Metrominuto, the walking map",
                },
                "slug": {"es": "metrominuto", "en": "metrominuto-walking-map"},
                "summary": {
                    "es": (
                        "Un plano inspirado en los del metro muestra las distancias y los "
                        "minutos a pie entre los principales puntos de la ciudad para animar a "
                        "la gente a caminar."
                    ),
                    "en": (
                        "A map inspired by underground maps shows the distances and walking "
                        "times between the city's main places to encourage people to walk."
                    ),
                },
                "topics": ["sustainable-mobility", "citizen-engagement"],
                "status": "implemented",
                "key_figures": [],
            },
            {
                "title": {
                    "es": "Aparcamientos disuasorios gratuitos",
                    "en": "Free park-and-ride car parks",
                },
                "slug": {
                    "es": "aparcamientos-disuasorios",
                    "en": "park-and-ride-car-parks",
                },
                "summary": {
                    "es": (
                        "Aparcamientos gratuitos en los límites del centro permiten dejar el "
                        "coche a pocos minutos a pie del casco urbano."
                    ),
                    "en": (
                        "Free car parks on the edge of the centre let people leave their car a "
                        "few minutes' walk from the town centre."
                    ),
                },
                "topics": ["sustainable-mobility"],
                "status": "implemented",
                "key_figures": [],
            },
        ],
    },
    {
        "title": {"es": "Soria", "en": "Soria"},
        "slug": {"es": "soria", "en": "soria"},
        "country": "ES",
        "population": 40000,
        "latitude": 41.7636,
        "longitude": -2.4649,
        "role": "member",
        "stage": "replicate",
        "intro": {
            "es": (
                "Soria, capital de provincia en Castilla y León, aprovecha la biomasa forestal "
                "de sus montes para calentar la ciudad. Su red de calor es una de las mayores de "
                "España y sirve de referencia a otras ciudades con inviernos fríos y recursos "
                "forestales cercanos."
            ),
            "en": (
                "Soria, a provincial capital in Castilla y León, uses forest biomass from its "
                "surrounding woodlands to heat the city. Its district heating network is one of "
                "the largest in Spain and a reference for other cities with cold winters and "
                "forest resources close at hand."
            ),
        },
        "solutions": [
            {
                "title": {
                    "es": "Red de calor con biomasa forestal",
                    "en": "Forest biomass district heating network",
                },
                "slug": {"es": "red-de-calor-biomasa", "en": "biomass-district-heating"},
                "summary": {
                    "es": (
                        "Una red de calor alimentada con astilla forestal de la provincia "
                        "suministra calefacción y agua caliente a viviendas, edificios públicos "
                        "y equipamientos de la ciudad."
                    ),
                    "en": (
                        "A district heating network fed with forest wood chips from the province "
                        "supplies heating and hot water to homes, public buildings and "
                        "facilities across the city."
                    ),
                },
                "topics": ["district-heating"],
                "status": "implemented",
                "key_figures": [],
            },
            {
                "title": {
                    "es": "Conexión de nuevas comunidades de vecinos",
                    "en": "Connecting new homeowners' associations",
                },
                "slug": {
                    "es": "conexion-comunidades-vecinos",
                    "en": "connecting-homeowners-associations",
                },
                "summary": {
                    "es": (
                        "La red sigue extendiéndose a nuevos barrios, y se informa a las "
                        "comunidades de vecinos de las ventajas de sustituir sus calderas de "
                        "gasóleo o de gas."
                    ),
                    "en": (
                        "The network keeps extending into new districts, and homeowners' "
                        "associations are informed about the benefits of replacing their oil or "
                        "gas boilers."
                    ),
                },
                "topics": ["district-heating", "citizen-engagement"],
                "status": "in_progress",
                "key_figures": [],
            },
        ],
    },
    {
        "title": {"es": "Pamplona", "en": "Pamplona"},
        "slug": {"es": "pamplona", "en": "pamplona"},
        "country": "ES",
        "population": 205000,
        "latitude": 42.8169,
        "longitude": -1.6432,
        "role": "member",
        "stage": "attitude",
        "intro": {
            "es": (
                "Pamplona, capital de Navarra, combina la regeneración de barrios construidos en "
                "los años cincuenta y sesenta con una apuesta creciente por la bicicleta. En la "
                "Txantrea, el proyecto Efidistrict impulsa la rehabilitación energética de "
                "viviendas y una nueva red de calor."
            ),
            "en": (
                "Pamplona, the capital of Navarre, combines the regeneration of districts built "
                "in the 1950s and 1960s with a growing commitment to cycling. In Txantrea, the "
                "Efidistrict project is driving the energy retrofit of homes and a new district "
                "heating network."
            ),
        },
        "solutions": [
            {
                "title": {
                    "es": "Rehabilitación energética de la Txantrea (Efidistrict)",
                    "en": "Energy retrofit of Txantrea (Efidistrict)",
                },
                "slug": {
                    "es": "rehabilitacion-txantrea-efidistrict",
                    "en": "txantrea-retrofit-efidistrict",
                },
                "summary": {
                    "es": (
                        "Las comunidades de vecinos de la Txantrea rehabilitan sus edificios "
                        "con aislamiento de fachadas y cubiertas, con asesoramiento técnico y "
                        "ayudas públicas."
                    ),
                    "en": (
                        "Homeowners' associations in Txantrea are retrofitting their buildings "
                        "with façade and roof insulation, supported by technical advice and "
                        "public grants."
                    ),
                },
                "topics": ["building-retrofit", "citizen-engagement"],
                "status": "in_progress",
                "key_figures": [],
            },
            {
                "title": {
                    "es": "Red de calor de la Txantrea",
                    "en": "Txantrea district heating network",
                },
                "slug": {"es": "red-de-calor-txantrea", "en": "txantrea-district-heating"},
                "summary": {
                    "es": (
                        "Una red de calor de barrio alimentada con biomasa sustituye a las "
                        "antiguas calderas individuales y comunitarias de las viviendas "
                        "rehabilitadas."
                    ),
                    "en": (
                        "A biomass-fired district heating network replaces the old individual "
                        "and shared boilers of the retrofitted homes."
                    ),
                },
                "topics": ["district-heating"],
                "status": "in_progress",
                "key_figures": [],
            },
            {
                "title": {"es": "Plan de ciclabilidad", "en": "Cycling plan"},
                "slug": {"es": "plan-de-ciclabilidad", "en": "cycling-plan"},
                "summary": {
                    "es": (
                        "La ciudad amplía su red de carriles bici para conectar los barrios "
                        "entre sí y con el centro."
                    ),
                    "en": (
                        "The city is extending its network of cycle lanes to link the districts "
                        "with each other and with the centre."
                    ),
                },
                "topics": ["sustainable-mobility"],
                "status": "in_progress",
                "key_figures": [],
            },
        ],
    },
    {
        "title": {"es": "Castellón de la Plana", "en": "Castellón de la Plana"},
        "slug": {"es": "castellon-de-la-plana", "en": "castellon-de-la-plana"},
        "country": "ES",
        "population": 175000,
        "latitude": 39.9864,
        "longitude": -0.0513,
        "role": "member",
        "stage": "engagement",
        "intro": {
            "es": (
                "Castellón de la Plana, en la costa mediterránea, apostó pronto por la "
                "bicicleta pública y cuenta con un trolebús que circula por plataforma "
                "reservada. Ahora quiere trasladar esa experiencia a la planificación "
                "energética de toda la ciudad."
            ),
            "en": (
                "Castellón de la Plana, on the Mediterranean coast, was quick to back public "
                "bike sharing and has a trolleybus running on a dedicated lane. It now wants to "
                "carry that experience over to energy planning for the whole city."
            ),
        },
        "solutions": [
            {
                "title": {
                    "es": "Bicicas, la bicicleta pública",
                    "en": "Bicicas, public bike sharing",
                },
                "slug": {"es": "bicicas", "en": "bicicas-bike-sharing"},
                "summary": {
                    "es": (
                        "El servicio municipal de bicicleta pública Bicicas tiene estaciones "
                        "repartidas por toda la ciudad para los desplazamientos cortos sin "
                        "coche."
                    ),
                    "en": (
                        "Bicicas, the municipal public bike-sharing service, has stations across "
                        "the whole city for short car-free trips."
                    ),
                },
                "topics": ["sustainable-mobility"],
                "status": "implemented",
                "key_figures": [],
            },
            {
                "title": {
                    "es": "Trolebús en plataforma reservada",
                    "en": "Trolleybus on a dedicated lane",
                },
                "slug": {"es": "trolebus", "en": "trolleybus"},
                "summary": {
                    "es": (
                        "El TRAM de Castelló, un trolebús que circula por plataforma reservada, "
                        "une la universidad, el centro y la zona del litoral con tracción "
                        "eléctrica."
                    ),
                    "en": (
                        "The TRAM de Castelló, a trolleybus running on a dedicated lane, links "
                        "the university, the city centre and the seafront area using electric "
                        "traction."
                    ),
                },
                "topics": ["sustainable-mobility"],
                "status": "implemented",
                "key_figures": [],
            },
            {
                "title": {
                    "es": "Plan de acción para el clima y la energía",
                    "en": "Climate and energy action plan",
                },
                "slug": {
                    "es": "plan-accion-clima-energia",
                    "en": "climate-energy-action-plan",
                },
                "summary": {
                    "es": (
                        "La ciudad prevé elaborar un plan que reúna medidas sobre edificios, "
                        "energía renovable y movilidad, con la participación de vecinos y "
                        "agentes locales."
                    ),
                    "en": (
                        "The city plans to draw up a plan that brings together measures on "
                        "buildings, renewable energy and mobility, with the participation of "
                        "residents and local stakeholders."
                    ),
                },
                "topics": ["energy-planning", "citizen-engagement"],
                "status": "planned",
                "key_figures": [],
            },
        ],
    },
    {
        "title": {"es": "Granada", "en": "Granada"},
        "slug": {"es": "granada", "en": "granada"},
        "country": "ES",
        "population": 230000,
        "latitude": 37.1773,
        "longitude": -3.5986,
        "role": "member",
        "stage": "awareness",
        "intro": {
            "es": (
                "Granada, al pie de Sierra Nevada, da sus primeros pasos en la red con el "
                "objetivo de mejorar la calidad del aire y reducir las emisiones del tráfico. "
                "La ciudad quiere aprender de las ciudades faro para rehabilitar su parque de "
                "viviendas y planificar su transición energética."
            ),
            "en": (
                "Granada, at the foot of the Sierra Nevada, is taking its first steps in the "
                "network, aiming to improve air quality and cut traffic emissions. The city "
                "wants to learn from the Lighthouse cities how to retrofit its housing stock "
                "and plan its energy transition."
            ),
        },
        "solutions": [
            {
                "title": {"es": "Zona de bajas emisiones", "en": "Low-emission zone"},
                "slug": {"es": "zona-bajas-emisiones", "en": "low-emission-zone"},
                "summary": {
                    "es": (
                        "La zona de bajas emisiones limita el acceso de los vehículos más "
                        "contaminantes para mejorar la calidad del aire en la ciudad."
                    ),
                    "en": (
                        "The low-emission zone restricts access for the most polluting vehicles "
                        "to improve air quality in the city."
                    ),
                },
                "topics": ["sustainable-mobility"],
                "status": "in_progress",
                "key_figures": [],
            },
            {
                "title": {
                    "es": "Rehabilitación energética de viviendas",
                    "en": "Energy retrofit of homes",
                },
                "slug": {
                    "es": "rehabilitacion-energetica-viviendas",
                    "en": "energy-retrofit-homes",
                },
                "summary": {
                    "es": (
                        "La ciudad estudia cómo apoyar a las comunidades de vecinos en la "
                        "rehabilitación energética de sus edificios, a partir de la experiencia "
                        "de las ciudades faro."
                    ),
                    "en": (
                        "The city is exploring how to support homeowners' associations in the "
                        "energy retrofit of their buildings, drawing on the experience of the "
                        "Lighthouse cities."
                    ),
                },
                "topics": ["building-retrofit", "citizen-engagement"],
                "status": "planned",
                "key_figures": [],
            },
        ],
    },
]
