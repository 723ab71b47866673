"""News of the Red SmartEnCity España, in Spanish with English translations."""

SOURCE_LANGUAGE = "es"

INDEX = {
    "title": {"es": "Noticias", "en": "News"},
    "slug": {"es": "noticias", "en": "news"},
    "intro": {
        "es": "Actualidad de la Red SmartEnCity España y de sus municipios: encuentros, visitas de estudio, seminarios web y avances en la transición energética local.",
        "en": "News from the Red SmartEnCity España and its municipalities: meetings, study visits, webinars and progress in the local energy transition.",
    },
}

NEWS = [
    {
        "date": "2025-02-06",
        "author": "Secretaría de la Red SmartEnCity España",
        "topics": ["building-retrofit", "district-heating"],
        "cities": ["vitoria-gasteiz"],
        "solutions": ["coronacion-district-retrofit", "biomass-district-heating"],
        "title": {
            "es": "Primera jornada del año en Vitoria-Gasteiz: visita al barrio de Coronación",
            "en": "First meeting of the year in Vitoria-Gasteiz: a visit to the Coronación district",
        },
        "slug": {
            "es": "primera-jornada-del-ano-en-vitoria-gasteiz",
            "en": "first-meeting-of-the-year-in-vitoria-gasteiz",
        },
        "intro": {
            "es": "Técnicos de los municipios de la red recorrieron Coronación para conocer de primera mano la rehabilitación energética de sus edificios y la red de calor con biomasa.",
            "en": "Technical staff from the network's municipalities toured Coronación to see at first hand the energy retrofit of its buildings and its biomass district heating network.",
        },
        "body": [
            {
                "es": "La jornada comenzó en el centro cívico del barrio con una presentación del Ayuntamiento de Vitoria-Gasteiz sobre el proceso seguido en el proyecto SmartEnCity. Se explicó cómo se informó a los vecinos, cómo se tomaron las decisiones en las comunidades de propietarios y qué ayudas hicieron posible las obras de rehabilitación de las fachadas y las cubiertas.",
                "en": "The day began at the district's civic centre with a presentation by Vitoria-Gasteiz City Council on the process followed in the SmartEnCity project. The speakers explained how residents were kept informed, how decisions were taken in the homeowners' associations and which grants made the retrofit of façades and roofs possible.",
            },
            {
                "es": "Por la tarde, los participantes visitaron la central de la red de calor y varios portales ya rehabilitados. Los técnicos de Soria y Pamplona, que trabajan en proyectos similares, compartieron sus propias experiencias. La secretaría de la red recogerá las conclusiones en un breve documento que se presentará en el próximo seminario web de la SmartEnCity Academy.",
                "en": "In the afternoon, the participants visited the heating plant and several buildings that have already been retrofitted. Staff from Soria and Pamplona, who work on similar projects, shared their own experience. The network's secretariat will gather the conclusions in a short document to be presented at the next SmartEnCity Academy webinar.",
            },
        ],
    },
    {
        "date": "2025-05-14",
        "author": "Lucía Fernández",
        "topics": ["sustainable-mobility"],
        "cities": ["pontevedra"],
        "solutions": ["pedestrian-city-centre", "metrominuto-walking-map"],
        "title": {
            "es": "Seminario web de la Academy: Pontevedra, una ciudad pensada para caminar",
            "en": "Academy webinar: Pontevedra, a city designed for walking",
        },
        "slug": {
            "es": "seminario-web-pontevedra-ciudad-para-caminar",
            "en": "webinar-pontevedra-city-designed-for-walking",
        },
        "intro": {
            "es": "Técnicos de numerosos municipios siguieron el seminario web en el que Pontevedra explicó cómo ha devuelto su centro urbano a los peatones.",
            "en": "Staff from many municipalities followed the webinar in which Pontevedra explained how it has given its city centre back to pedestrians.",
        },
        "body": [
            {
                "es": "Pontevedra lleva más de dos décadas transformando su centro urbano en un espacio peatonal, con calles de prioridad para las personas y aparcamientos disuasorios en el exterior. En el seminario, los técnicos municipales repasaron las etapas de este cambio y las dificultades de los primeros años, cuando parte del comercio temía perder clientes.",
                "en": "For more than two decades, Pontevedra has been transforming its city centre into a pedestrian area, with streets that give priority to people and park-and-ride car parks on the outskirts. In the webinar, the municipal staff went through the stages of this change and the difficulties of the early years, when some shopkeepers feared losing customers.",
            },
            {
                "es": "También presentaron el Metrominuto, un plano que muestra las distancias y los tiempos a pie entre los principales puntos de la ciudad, y que otras localidades han adaptado después. En el turno de preguntas, varios municipios se interesaron por cómo medir los resultados. La grabación está disponible para los miembros de la red.",
                "en": "They also presented Metrominuto, a map that shows the distances and walking times between the main places in the city and that other towns have since adapted. During the questions, several municipalities asked how to measure the results. The recording is available to the network's members.",
            },
        ],
    },
    {
        "date": "2025-05-29",
        "author": "Ane Etxeberria",
        "topics": ["sustainable-mobility", "energy-planning"],
        "cities": ["castellon-de-la-plana"],
        "solutions": ["bicicas-bike-sharing", "trolleybus", "climate-energy-action-plan"],
        "title": {
            "es": "Castellón de la Plana se incorpora a la Red SmartEnCity España",
            "en": "Castellón de la Plana joins the Red SmartEnCity España",
        },
        "slug": {
            "es": "castellon-de-la-plana-se-incorpora-a-la-red",
            "en": "castellon-de-la-plana-joins-the-network",
        },
        "intro": {
            "es": "Damos la bienvenida a Castellón de la Plana, una ciudad con larga experiencia en movilidad sostenible que quiere integrar ahora su planificación energética y climática.",
            "en": "We welcome Castellón de la Plana, a city with long experience in sustainable mobility that now wants to integrate its energy and climate planning.",
        },
        "body": [
            {
                "es": "Castellón cuenta con una larga trayectoria en movilidad sostenible: su sistema de bicicleta compartida, BiciCas, funciona desde hace años, y su trolebús recorre la ciudad por una plataforma reservada. Esta experiencia será muy útil para otros municipios de la red que empiezan a diseñar sus propios servicios, y Castellón ya se ha ofrecido a compartirla en uno de los próximos encuentros.",
                "en": "Castellón has a long track record in sustainable mobility: its bike-sharing system, BiciCas, has been running for years, and its trolleybus crosses the city on a reserved lane. This experience will be very useful for other municipalities in the network that are starting to design their own services, and Castellón has already offered to share it at one of the next meetings.",
            },
            {
                "es": "Con su incorporación, el Ayuntamiento ha designado un equipo técnico de las áreas de movilidad, urbanismo y medio ambiente que participará en los encuentros de la red y en la SmartEnCity Academy. El siguiente paso será el City Check-up, que servirá de base para el plan de acción por el clima y la energía que la ciudad quiere elaborar con la participación de los vecinos y los agentes locales.",
                "en": "On joining, the City Council appointed a technical team from its mobility, urban planning and environment departments, which will take part in the network's meetings and in the SmartEnCity Academy. The next step will be the City Check-up, which will lay the groundwork for the climate and energy action plan that the city wants to draw up with residents and local stakeholders.",
            },
        ],
    },
    {
        "date": "2026-10-08",
        "author": "Secretaría de la Red SmartEnCity España",
        "topics": ["district-heating", "citizen-engagement"],
        "cities": ["soria"],
        "solutions": ["biomass-district-heating", "connecting-homeowners-associations"],
        "title": {
            "es": "Visita de estudio a Soria: una red de calor con biomasa de los montes cercanos",
            "en": "Study visit to Soria: a heating network fed by biomass from nearby forests",
        },
        "slug": {
            "es": "visita-de-estudio-a-soria-red-de-calor",
            "en": "study-visit-to-soria-heating-network",
        },
        "intro": {
            "es": "Técnicos municipales de toda la red visitaron Soria para conocer cómo la ciudad ha conectado numerosas comunidades de propietarios a una red de calor alimentada con biomasa forestal.",
            "en": "Municipal staff from across the network visited Soria to learn how the city has connected many homeowners' associations to a district heating network fed by forest biomass.",
        },
        "body": [
            {
                "es": "Soria aprovecha la biomasa de los montes de su entorno para producir calor que llega por tuberías enterradas a viviendas, equipamientos públicos y edificios de servicios. Durante la visita a la central, los participantes conocieron cómo se gestiona el suministro de astilla, cómo se ha ido ampliando la red por fases y qué papel desempeñan los bosques de la provincia en el proyecto.",
                "en": "Soria uses biomass from the forests around the city to produce heat that reaches homes, public facilities and service buildings through underground pipes. During the visit to the plant, the participants learned how the supply of wood chips is managed, how the network has been extended in phases and what role the province's forests play in the project.",
            },
            {
                "es": "La parte más comentada de la jornada fue la relación con las comunidades de propietarios. Los responsables explicaron cómo presentan la conexión a los vecinos, qué dudas surgen en las juntas y cómo se sustituyen las antiguas calderas de gasóleo o de gas. Varios municipios con edificios similares se llevaron ideas concretas para sus propios proyectos de redes de calor.",
                "en": "The most discussed part of the day was the relationship with homeowners' associations. Those in charge explained how they present the connection to residents, what doubts come up at owners' meetings and how old oil or gas boilers are replaced. Several municipalities with similar buildings took home concrete ideas for their own district heating projects.",
            },
        ],
    },
    {
        "date": "2026-10-22",
        "author": "Ane Etxeberria",
        "topics": ["energy-planning", "building-retrofit"],
        "cities": ["pamplona"],
        "solutions": ["txantrea-retrofit-efidistrict", "txantrea-district-heating"],
        "title": {
            "es": "Pamplona completa el City Check-up",
            "en": "Pamplona completes the City Check-up",
        },
        "slug": {
            "es": "pamplona-completa-el-city-check-up",
            "en": "pamplona-completes-the-city-check-up",
        },
        "intro": {
            "es": "El Ayuntamiento de Pamplona ha completado el City Check-up, la autoevaluación guiada que muestra el grado de avance de un municipio en planificación energética integrada.",
            "en": "Pamplona City Council has completed the City Check-up, the guided self-assessment that shows how far a municipality has progressed in integrated energy planning.",
        },
        "body": [
            {
                "es": "Durante varias sesiones de trabajo, técnicos de las áreas de urbanismo, movilidad y energía revisaron con la secretaría de la red cómo encajan entre sí los distintos planes municipales. El análisis tomó como referencia la experiencia del barrio de la Txantrea, donde la rehabilitación energética de los edificios se combina con una nueva red de calor con biomasa que sustituye a las antiguas calderas.",
                "en": "Over several working sessions, staff from the urban planning, mobility and energy departments reviewed with the network's secretariat how the different municipal plans fit together. The analysis drew on the experience of the Txantrea district, where the energy retrofit of buildings goes hand in hand with a new biomass district heating network that replaces the old boilers.",
            },
            {
                "es": "El resultado destaca como puntos fuertes la experiencia acumulada en la rehabilitación de barrios y el plan de ciclabilidad. Entre los retos, señala la necesidad de compartir mejor los datos energéticos entre departamentos y de dar continuidad a los equipos una vez terminados los proyectos europeos. Pamplona presentará sus conclusiones en el próximo encuentro de la red.",
                "en": "The result highlights the experience gained in retrofitting districts and the cycling plan as strengths. Among the challenges, it points to the need to share energy data better between departments and to keep teams in place once European projects have ended. Pamplona will present its conclusions at the network's next meeting.",
            },
        ],
    },
]
