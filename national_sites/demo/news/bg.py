"""News of SmartEnCity Network Bulgaria, in Bulgarian with English translations."""

SOURCE_LANGUAGE = "bg"

INDEX = {
    "title": {"bg": "Новини", "en": "News"},
    "slug": {"bg": "novini", "en": "news"},
    "intro": {
        "bg": "Новини от Мрежа SmartEnCity България и от общините членки: срещи, учебни посещения, уебинари и напредък в енергийния преход на местно ниво.",
        "en": "News from SmartEnCity Network Bulgaria and its member municipalities: meetings, study visits, webinars and progress in the local energy transition.",
    },
}

NEWS = [
    {
        "date": "2025-03-20",
        "author": "Екип на Мрежа SmartEnCity България",
        "topics": ["energy-planning", "building-retrofit"],
        "cities": ["asenovgrad"],
        "solutions": ["residential-building-retrofit"],
        "title": {
            "bg": "Асеновград беше домакин на първата национална среща на мрежата за годината",
            "en": "Asenovgrad hosted the network's first national meeting of the year",
        },
        "slug": {
            "bg": "asenovgrad-domakin-na-parvata-nacionalna-sreshta",
            "en": "asenovgrad-hosted-first-national-meeting",
        },
        "intro": {
            "bg": "Представители на общините от мрежата се събраха в Асеновград, за да научат как градът последовател подготвя възпроизвеждането на решенията от проекта SmartEnCity.",
            "en": "Representatives of the network's municipalities gathered in Asenovgrad to learn how the Follower city is preparing to replicate the solutions of the SmartEnCity project.",
        },
        "body": [
            {
                "bg": "Като град последовател в проекта SmartEnCity Асеновград изготви собствен план за възпроизвеждане на решенията, изпитани във водещите градове Витория-Гастейс, Тарту и Сьондербор. Експерти от общината представиха основните мерки в плана, сред които енергийното обновяване на многофамилни жилищни сгради и използването на възобновяема енергия в общински сгради.",
                "en": "As a Follower city in the SmartEnCity project, Asenovgrad prepared its own plan to replicate the solutions tested in the Lighthouse cities of Vitoria-Gasteiz, Tartu and Sønderborg. Experts from the municipality presented the main measures of the plan, including the energy retrofit of multi-family residential buildings and the use of renewable energy in municipal buildings.",
            },
            {
                "bg": "Във втората част на срещата участниците обсъдиха как собствениците в многофамилните сгради да бъдат убедени да се включат в обновяването и как общините могат да им помогнат с информация и консултации. Следващата среща на мрежата ще бъде онлайн, като част от програмата на Академията SmartEnCity.",
                "en": "In the second part of the meeting, the participants discussed how to persuade the owners in multi-family buildings to take part in the retrofit and how municipalities can help them with information and advice. The network's next meeting will take place online, as part of the SmartEnCity Academy programme.",
            },
        ],
    },
    {
        "date": "2025-11-06",
        "author": "Мария Петрова",
        "topics": ["sustainable-mobility"],
        "cities": ["gabrovo", "pleven"],
        "solutions": ["trolleybus-public-transport", "trolleybus-modernisation"],
        "title": {
            "bg": "Уебинар на Академията: тролейбусите като основа на чистия градски транспорт",
            "en": "Academy webinar: trolleybuses as the backbone of clean urban transport",
        },
        "slug": {
            "bg": "uebinar-troleybusite-i-chistiyat-gradski-transport",
            "en": "webinar-trolleybuses-and-clean-urban-transport",
        },
        "intro": {
            "bg": "Габрово и Плевен споделиха опита си с тролейбусния транспорт в уебинар на Академията SmartEnCity, организиран от националната мрежа.",
            "en": "Gabrovo and Pleven shared their experience with trolleybus transport in a SmartEnCity Academy webinar organised by the national network.",
        },
        "body": [
            {
                "bg": "Тролейбусите имат дълга история в много български градове, но днес те отново привличат внимание като чист и тих градски транспорт. Представителите на Габрово и Плевен разказаха как поддържат и обновяват тролейбусните си мрежи, какви нови превозни средства са закупили и как планират следващите етапи от модернизацията.",
                "en": "Trolleybuses have a long history in many Bulgarian towns, but today they are again attracting attention as clean and quiet urban transport. The representatives of Gabrovo and Pleven explained how they maintain and renew their trolleybus networks, what new vehicles they have bought and how they are planning the next stages of modernisation.",
            },
            {
                "bg": "В дискусията участниците поставиха въпроси за финансирането на новите тролейбуси, за разходите за поддръжка на контактната мрежа и за връзката между градския транспорт и плановете за устойчива градска мобилност. Записът на уебинара е достъпен за общините членки на мрежата, а темата ще бъде обсъдена отново и през следващата година.",
                "en": "In the discussion, the participants asked about the financing of new trolleybuses, the cost of maintaining the overhead lines and the link between urban transport and sustainable urban mobility plans. The recording of the webinar is available to the network's member municipalities, and the subject will be discussed again next year.",
            },
        ],
    },
    {
        "date": "2025-11-27",
        "author": "Георги Иванов",
        "topics": ["building-retrofit", "sustainable-mobility"],
        "cities": ["haskovo"],
        "solutions": ["prefabricated-block-renovation", "clean-trolleybus-transport"],
        "title": {
            "bg": "Хасково се присъедини към Мрежа SmartEnCity България",
            "en": "Haskovo has joined SmartEnCity Network Bulgaria",
        },
        "slug": {
            "bg": "haskovo-se-prisaedini-kam-mrezhata",
            "en": "haskovo-has-joined-the-network",
        },
        "intro": {
            "bg": "Приветстваме Община Хасково като нов член на мрежата. Общината иска да използва опита на другите градове в обновяването на жилищни сгради и в развитието на чистия градски транспорт.",
            "en": "We welcome Haskovo Municipality as a new member of the network. The municipality wants to draw on other towns' experience in renovating residential buildings and developing clean urban transport.",
        },
        "body": [
            {
                "bg": "Хасково вече помага на собствениците в многофамилните сгради да се обединяват в сдружения и да кандидатстват за енергийно обновяване на блоковете си по националните програми. Градът разполага и с тролейбусен транспорт, който осигурява придвижване без вредни емисии по улиците, а общината работи за обновяването на превозните средства.",
                "en": "Haskovo already helps owners in multi-family buildings to form associations and apply for the energy renovation of their blocks under the national programmes. The town also has trolleybus transport, which provides travel with no harmful emissions in the streets, and the municipality is working to renew the vehicles.",
            },
            {
                "bg": "Общината определи експерти от няколко отдела, които ще участват в срещите на мрежата и в уебинарите на Академията SmartEnCity. Първата им стъпка ще бъде запознаването с опита на Габрово и Плевен, а след това общината ще се подготви за проверката City Check-up. Пожелаваме успех на Хасково и очакваме ползотворно сътрудничество!",
                "en": "The municipality has appointed experts from several departments, who will take part in the network's meetings and in SmartEnCity Academy webinars. Their first step will be to learn from the experience of Gabrovo and Pleven, after which the municipality will prepare for the City Check-up. We wish Haskovo every success and look forward to fruitful cooperation!",
            },
        ],
    },
    {
        "date": "2026-02-19",
        "author": "Екип на Мрежа SmartEnCity България",
        "topics": ["district-heating", "building-retrofit"],
        "cities": ["velingrad"],
        "solutions": ["geothermal-heat-public-buildings", "public-building-retrofit"],
        "title": {
            "bg": "Учебно посещение във Велинград: топлината на минералните води за обществените сгради",
            "en": "Study visit to Velingrad: heat from mineral waters for public buildings",
        },
        "slug": {
            "bg": "uchebno-poseshtenie-vav-velingrad",
            "en": "study-visit-to-velingrad",
        },
        "intro": {
            "bg": "Представители на общините от мрежата посетиха Велинград, за да се запознаят с проучванията на общината за отопление на училища и детски градини с топлината на минералните води.",
            "en": "Representatives of the network's municipalities visited Velingrad to learn about the municipality's studies on heating schools and kindergartens with heat from its mineral waters.",
        },
        "body": [
            {
                "bg": "Велинград е известен с многобройните си минерални извори, а общината проучва как тяхната топлина може да замени изкопаемите горива в обществените сгради. Експертите на общината представиха първите резултати от проучванията и обясниха какви въпроси остава да бъдат решени – от температурата и дебита на изворите до разходите за изграждане на необходимите съоръжения.",
                "en": "Velingrad is known for its many mineral springs, and the municipality is studying how their heat could replace fossil fuels in public buildings. The municipality's experts presented the first results of the studies and explained which questions are still to be answered, from the temperature and flow of the springs to the cost of building the necessary installations.",
            },
            {
                "bg": "Участниците посетиха и детска градина, обновена с изолация, нова дограма и модерна отоплителна инсталация. Домакините подчертаха, че доброто обновяване на сградите е първата стъпка, защото намалява нуждата от топлина, независимо от източника ѝ. Други общини с геотермални ресурси проявиха интерес към съвместна работа по темата в рамките на мрежата.",
                "en": "The participants also visited a kindergarten that has been renovated with insulation, new windows and a modern heating system. The hosts stressed that a good building renovation is the first step, because it reduces the need for heat whatever its source. Other municipalities with geothermal resources showed interest in working together on the subject within the network.",
            },
        ],
    },
    {
        "date": "2026-07-09",
        "author": "Мария Петрова",
        "topics": ["energy-planning"],
        "cities": ["dobrich"],
        "solutions": ["municipal-energy-planning", "energy-efficient-street-lighting"],
        "title": {
            "bg": "Добрич премина през проверката City Check-up",
            "en": "Dobrich has completed the City Check-up",
        },
        "slug": {
            "bg": "dobrich-premina-prez-proverkata-city-check-up",
            "en": "dobrich-has-completed-the-city-check-up",
        },
        "intro": {
            "bg": "Община Добрич завърши проверката City Check-up, която показва докъде е стигнала общината в интегрираното енергийно планиране и къде мрежата може да ѝ помогне.",
            "en": "Dobrich Municipality has completed the City Check-up, which shows how far the municipality has come in integrated energy planning and where the network can help.",
        },
        "body": [
            {
                "bg": "В няколко работни срещи експерти от общината заедно с екипа на мрежата прегледаха как общинските програми за енергийна ефективност и за възобновяема енергия са свързани с обновяването на жилищните сгради, уличното осветление и транспорта. Анализът показа, че общината вече има ясни приоритети и добър опит с подмяната на уличното осветление със светодиодно.",
                "en": "In several working meetings, experts from the municipality and the network team reviewed how the municipal programmes for energy efficiency and renewable energy are linked with the renovation of residential buildings, street lighting and transport. The analysis showed that the municipality already has clear priorities and good experience with replacing street lighting with LED lights.",
            },
            {
                "bg": "Сред предизвикателствата бяха посочени събирането и споделянето на данни за енергийното потребление между отделите, както и по-ранното включване на гражданите в планирането. Общината ще използва резултатите при следващото актуализиране на своите програми, а опитът ѝ ще бъде представен на есенната среща на мрежата.",
                "en": "The challenges identified included collecting and sharing data on energy use between departments and involving citizens earlier in planning. The municipality will use the results in the next update of its programmes, and its experience will be presented at the network's autumn meeting.",
            },
        ],
    },
]
