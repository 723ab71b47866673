"""The member cities of the Bulgarian national network, in Bulgarian and English."""

CITIES = [
    {
        "title": {"bg": "Асеновград", "en": "Asenovgrad"},
        "slug": {"bg": "asenovgrad", "en": "asenovgrad"},
        "country": "BG",
        "population": 48000,
        "latitude": 42.0117,
        "longitude": 24.8772,
        "role": "follower",
        "stage": "replicate",
        "intro": {
            "bg": (
                "Асеновград е град в Пловдивска област, в подножието на Родопите, и град "
                "последовател в европейския проект SmartEnCity. Общината подготви план за "
                "пренасяне на решенията на водещите градове Витория-Гастейс, Тарту и "
                "Сьондербор: енергийно обновяване на сгради, възобновяема енергия, устойчива "
                "мобилност и градски данни."
            ),
            "en": (
                "Asenovgrad is a town in Plovdiv Province, at the foot of the Rhodopes, and a "
                "Follower city of the European SmartEnCity project. The municipality prepared a "
                "plan to replicate the solutions of the Lighthouse cities Vitoria-Gasteiz, Tartu "
                "and Sønderborg: energy retrofit of buildings, renewable energy, sustainable "
                "mobility and urban data."
            ),
        },
        "solutions": [
            {
                "title": {
                    "bg": "Енергийно обновяване на многофамилни жилищни сгради",
                    "en": "Energy retrofit of multi-family residential buildings",
                },
                "slug": {
                    "bg": "energiyno-obnovyavane-na-zhilishtni-sgradi",
                    "en": "residential-building-retrofit",
                },
                "summary": {
                    "bg": (
                        "По примера на водещите градове планът предвижда цялостно обновяване "
                        "на панелни жилищни блокове с топлоизолация, нова дограма и съвременни "
                        "отоплителни инсталации. Собствениците участват още от подготовката "
                        "на проектите."
                    ),
                    "en": (
                        "Following the Lighthouse cities' example, the plan provides for the "
                        "full retrofit of prefabricated apartment blocks with insulation, new "
                        "windows and modern heating systems. Owners take part from the "
                        "preparation of the projects onwards."
                    ),
                },
                "topics": ["building-retrofit", "citizen-engagement"],
                "status": "in_progress",
                "key_figures": [],
            },
            {
                "title": {
                    "bg": "Възобновяема енергия за общинските сгради",
                    "en": "Renewable energy for municipal buildings",
                },
                "slug": {
                    "bg": "vazobnovyaema-energiya-za-obshtinskite-sgradi",
                    "en": "renewable-energy-municipal-buildings",
                },
                "summary": {
                    "bg": (
                        "Планът предвижда фотоволтаични системи и възобновяеми източници на "
                        "топлина в училища, детски градини и други общински сгради, за да се "
                        "намалят разходите за енергия и емисиите."
                    ),
                    "en": (
                        "The plan provides for solar photovoltaic systems and renewable heat "
                        "sources in schools, kindergartens and other municipal buildings, to "
                        "cut energy costs and emissions."
                    ),
                },
                "topics": ["district-heating", "energy-planning"],
                "status": "planned",
                "key_figures": [],
            },
            {
                "title": {
                    "bg": "Устойчива мобилност и градски данни",
                    "en": "Sustainable mobility and urban data",
                },
                "slug": {
                    "bg": "ustoychiva-mobilnost-i-gradski-danni",
                    "en": "sustainable-mobility-urban-data",
                },
                "summary": {
                    "bg": (
                        "Планът предвижда зарядни станции за електромобили, насърчаване на "
                        "колоезденето и градска платформа за данни, която да следи "
                        "потреблението на енергия и резултатите от мерките."
                    ),
                    "en": (
                        "The plan provides for charging points for electric vehicles, support "
                        "for cycling and an urban data platform to monitor energy use and the "
                        "results of the measures."
                    ),
                },
                "topics": ["sustainable-mobility", "urban-data"],
                "status": "planned",
                "key_figures": [],
            },
        ],
    },
    {
        "title": {"bg": "Габрово", "en": "Gabrovo"},
        "slug": {"bg": "gabrovo", "en": "gabrovo"},
        "country": "BG",
        "population": None,
        "latitude": 42.8742,
        "longitude": 25.3186,
        "role": "member",
        "stage": "award",
        "intro": {
            "bg": (
                "Габрово е град в Северна централна България, в подножието на Стара планина, "
                "с дълга индустриална традиция. Общината обновява жилищни и обществени сгради "
                "и развива екологичен градски транспорт с тролейбуси."
            ),
            "en": (
                "Gabrovo is a town in north-central Bulgaria, at the foot of the Balkan "
                "Mountains, with a long industrial tradition. The municipality is renovating "
                "residential and public buildings and developing clean public transport with "
                "trolleybuses."
            ),
        },
        "solutions": [
            {
                "title": {
                    "bg": "Обновяване на многофамилни жилищни сгради",
                    "en": "Renovation of multi-family residential buildings",
                },
                "slug": {
                    "bg": "obnovyavane-na-mnogofamilni-zhilishtni-sgradi",
                    "en": "multi-family-building-renovation",
                },
                "summary": {
                    "bg": (
                        "По Националната програма за енергийна ефективност на многофамилните "
                        "жилищни сгради в града бяха обновени панелни блокове с топлоизолация, "
                        "нова дограма и ремонт на общите части. Собствениците се обединяват в "
                        "сдружения, за да кандидатстват."
                    ),
                    "en": (
                        "Under the National Programme for Energy Efficiency of Multi-family "
                        "Residential Buildings, prefabricated apartment blocks in the town were "
                        "renovated with insulation, new windows and repairs to the common "
                        "areas. Owners form associations in order to apply."
                    ),
                },
                "topics": ["building-retrofit", "citizen-engagement"],
                "status": "implemented",
                "key_figures": [
                    {
                        "label": {
                            "bg": "Безвъзмездно финансиране по националната програма",
                            "en": "Grant funding under the national programme",
                        },
                        "value": "100",
                        "unit": {"bg": "%", "en": "%"},
                    },
                ],
            },
            {
                "title": {
                    "bg": "Тролейбусен градски транспорт",
                    "en": "Trolleybus public transport",
                },
                "slug": {
                    "bg": "troleybusen-gradski-transport",
                    "en": "trolleybus-public-transport",
                },
                "summary": {
                    "bg": (
                        "Габрово е сред българските градове с тролейбусна мрежа и обновява "
                        "превозните средства и инфраструктурата, за да направи градския "
                        "транспорт по-чист и по-удобен."
                    ),
                    "en": (
                        "Gabrovo is one of the Bulgarian towns with a trolleybus network, and "
                        "it is renewing the vehicles and infrastructure to make public "
                        "transport cleaner and more convenient."
                    ),
                },
                "topics": ["sustainable-mobility"],
                "status": "in_progress",
                "key_figures": [],
            },
            {
                "title": {
                    "bg": "Общинска програма за енергийна ефективност",
                    "en": "Municipal energy efficiency programme",
                },
                "slug": {
                    "bg": "obshtinska-programa-za-energiyna-efektivnost",
                    "en": "municipal-energy-efficiency-programme",
                },
                "summary": {
                    "bg": (
                        "Общината планира мерките за енергийна ефективност и възобновяема "
                        "енергия в общинските сгради, уличното осветление и транспорта чрез "
                        "дългосрочни общински програми."
                    ),
                    "en": (
                        "The municipality plans its energy efficiency and renewable energy "
                        "measures in municipal buildings, street lighting and transport "
                        "through long-term municipal programmes."
                    ),
                },
                "topics": ["energy-planning"],
                "status": "in_progress",
                "key_figures": [],
            },
        ],
    },
    {
        "title": {"bg": "Плевен", "en": "Pleven"},
        "slug": {"bg": "pleven", "en": "pleven"},
        "country": "BG",
        "population": None,
        "latitude": 43.4172,
        "longitude": 24.6081,
        "role": "member",
        "stage": "replicate",
        "intro": {
            "bg": (
                "Плевен е един от най-големите градове в Северна България и административен "
                "център на Плевенска област. Градът разполага с една от най-големите "
                "тролейбусни мрежи в страната и обновява жилищни и обществени сгради."
            ),
            "en": (
                "Pleven is one of the largest towns in northern Bulgaria and the administrative "
                "centre of Pleven Province. The town has one of the largest trolleybus networks "
                "in the country and is renovating residential and public buildings."
            ),
        },
        "solutions": [
            {
                "title": {
                    "bg": "Модернизация на тролейбусния транспорт",
                    "en": "Modernising trolleybus transport",
                },
                "slug": {
                    "bg": "modernizatsiya-na-troleybusniya-transport",
                    "en": "trolleybus-modernisation",
                },
                "summary": {
                    "bg": (
                        "Тролейбусите са основата на градския транспорт в Плевен, а общината "
                        "подновява превозните средства и контактната мрежа, за да намали шума "
                        "и вредните емисии."
                    ),
                    "en": (
                        "Trolleybuses are the backbone of public transport in Pleven, and the "
                        "municipality is renewing the vehicles and the overhead lines to reduce "
                        "noise and harmful emissions."
                    ),
                },
                "topics": ["sustainable-mobility"],
                "status": "in_progress",
                "key_figures": [],
            },
            {
                "title": {
                    "bg": "Енергийно обновяване на жилищни блокове",
                    "en": "Energy retrofit of apartment blocks",
                },
                "slug": {
                    "bg": "energiyno-obnovyavane-na-zhilishtni-blokove",
                    "en": "apartment-block-retrofit",
                },
                "summary": {
                    "bg": (
                        "Със средства от националната програма за енергийна ефективност и от "
                        "европейски програми в Плевен се обновяват многофамилни жилищни сгради, "
                        "а собствениците участват чрез своите сдружения."
                    ),
                    "en": (
                        "With funding from the national energy efficiency programme and from "
                        "European programmes, multi-family residential buildings in Pleven are "
                        "being renovated, with owners taking part through their associations."
                    ),
                },
                "topics": ["building-retrofit", "citizen-engagement"],
                "status": "in_progress",
                "key_figures": [],
            },
            {
                "title": {
                    "bg": "Енергийна ефективност в училища и детски градини",
                    "en": "Energy efficiency in schools and kindergartens",
                },
                "slug": {
                    "bg": "energiyna-efektivnost-v-uchilishta-i-detski-gradini",
                    "en": "schools-kindergartens-energy-efficiency",
                },
                "summary": {
                    "bg": (
                        "Общината обновява сградите на училища и детски градини с "
                        "топлоизолация, нова дограма и съвременни отоплителни инсталации."
                    ),
                    "en": (
                        "The municipality is renovating school and kindergarten buildings with "
                        "insulation, new windows and modern heating systems."
                    ),
                },
                "topics": ["building-retrofit"],
                "status": "in_progress",
                "key_figures": [],
            },
        ],
    },
    {
        "title": {"bg": "Добрич", "en": "Dobrich"},
        "slug": {"bg": "dobrich", "en": "dobrich"},
        "country": "BG",
        "population": None,
        "latitude": 43.5726,
        "longitude": 27.8273,
        "role": "member",
        "stage": "attitude",
        "intro": {
            "bg": (
                "Добрич е административен център на Добричка област, в сърцето на Добруджа в "
                "Североизточна България. Общината обновява жилищни и обществени сгради и "
                "подготвя мерки за по-ефективно използване на енергията в града."
            ),
            "en": (
                "Dobrich is the administrative centre of Dobrich Province, in the heart of "
                "Dobrudzha in north-eastern Bulgaria. The municipality is renovating "
                "residential and public buildings and preparing measures for more efficient "
                "energy use in the town."
            ),
        },
        "solutions": [
            {
                "title": {
                    "bg": "Обновяване на жилищни сгради",
                    "en": "Renovation of residential buildings",
                },
                "slug": {
                    "bg": "obnovyavane-na-zhilishtni-sgradi",
                    "en": "residential-building-renovation",
                },
                "summary": {
                    "bg": (
                        "Многофамилни жилищни блокове в Добрич се обновяват с топлоизолация и "
                        "нова дограма по националната програма за енергийна ефективност, което "
                        "намалява сметките на домакинствата."
                    ),
                    "en": (
                        "Multi-family apartment blocks in Dobrich are being renovated with "
                        "insulation and new windows under the national energy efficiency "
                        "programme, which lowers households' bills."
                    ),
                },
                "topics": ["building-retrofit"],
                "status": "in_progress",
                "key_figures": [],
            },
            {
                "title": {
                    "bg": "Енергоефективно улично осветление",
                    "en": "Energy-efficient street lighting",
                },
                "slug": {
                    "bg": "energoefektivno-ulichno-osvetlenie",
                    "en": "energy-efficient-street-lighting",
                },
                "summary": {
                    "bg": (
                        "Общината подменя старите улични осветители със светодиодни, за да "
                        "намали потреблението на електроенергия и разходите за осветление."
                    ),
                    "en": (
                        "The municipality is replacing old street lights with LED lights to "
                        "reduce electricity consumption and lighting costs."
                    ),
                },
                "topics": ["energy-planning"],
                "status": "in_progress",
                "key_figures": [],
            },
            {
                "title": {
                    "bg": "Общинско енергийно планиране",
                    "en": "Municipal energy planning",
                },
                "slug": {
                    "bg": "obshtinsko-energiyno-planirane",
                    "en": "municipal-energy-planning",
                },
                "summary": {
                    "bg": (
                        "Общинските програми за енергийна ефективност и за възобновяема енергия "
                        "определят приоритетните мерки в сградите, осветлението и транспорта."
                    ),
                    "en": (
                        "The municipal programmes for energy efficiency and for renewable "
                        "energy set the priority measures in buildings, lighting and transport."
                    ),
                },
                "topics": ["energy-planning"],
                "status": "in_progress",
                "key_figures": [],
            },
        ],
    },
    {
        "title": {"bg": "Хасково", "en": "Haskovo"},
        "slug": {"bg": "haskovo", "en": "haskovo"},
        "country": "BG",
        "population": None,
        "latitude": 41.9344,
        "longitude": 25.5556,
        "role": "member",
        "stage": "engagement",
        "intro": {
            "bg": (
                "Хасково е административен център на Хасковска област в Южна България, близо "
                "до границите с Гърция и Турция. Градът има тролейбусен транспорт и обновява "
                "жилищни сгради с подкрепата на националните програми."
            ),
            "en": (
                "Haskovo is the administrative centre of Haskovo Province in southern Bulgaria, "
                "close to the borders with Greece and Turkey. The town has trolleybus transport "
                "and is renovating residential buildings with support from national "
                "programmes."
            ),
        },
        "solutions": [
            {
                "title": {
                    "bg": "Чист градски транспорт с тролейбуси",
                    "en": "Clean public transport with trolleybuses",
                },
                "slug": {
                    "bg": "chist-gradski-transport-s-troleybusi",
                    "en": "clean-trolleybus-transport",
                },
                "summary": {
                    "bg": (
                        "Тролейбусната мрежа на Хасково осигурява градски транспорт без "
                        "вредни емисии по улиците, а общината работи за обновяването на "
                        "превозните средства."
                    ),
                    "en": (
                        "Haskovo's trolleybus network provides public transport with no "
                        "harmful emissions in the streets, and the municipality is working to "
                        "renew the vehicles."
                    ),
                },
                "topics": ["sustainable-mobility"],
                "status": "in_progress",
                "key_figures": [],
            },
            {
                "title": {
                    "bg": "Обновяване на панелни блокове",
                    "en": "Renovation of prefabricated apartment blocks",
                },
                "slug": {
                    "bg": "obnovyavane-na-panelni-blokove",
                    "en": "prefabricated-block-renovation",
                },
                "summary": {
                    "bg": (
                        "Общината помага на собствениците да се сдружат и да кандидатстват за "
                        "енергийно обновяване на своите блокове по националните програми."
                    ),
                    "en": (
                        "The municipality helps owners to form associations and apply for the "
                        "energy renovation of their blocks under the national programmes."
                    ),
                },
                "topics": ["building-retrofit", "citizen-engagement"],
                "status": "in_progress",
                "key_figures": [],
            },
        ],
    },
    {
        "title": {"bg": "Велинград", "en": "Velingrad"},
        "slug": {"bg": "velingrad", "en": "velingrad"},
        "country": "BG",
        "population": None,
        "latitude": 42.0275,
        "longitude": 23.9914,
        "role": "member",
        "stage": "awareness",
        "intro": {
            "bg": (
                "Велинград е балнеоложки курорт в Западните Родопи, известен с многобройните "
                "си минерални извори. Общината проучва как топлината на минералните води и "
                "други възобновяеми източници могат да заменят изкопаемите горива в "
                "обществените сгради."
            ),
            "en": (
                "Velingrad is a spa resort in the Western Rhodopes, known for its many mineral "
                "springs. The municipality is exploring how heat from the mineral waters and "
                "other renewable sources can replace fossil fuels in public buildings."
            ),
        },
        "solutions": [
            {
                "title": {
                    "bg": "Геотермална топлина за обществени сгради",
                    "en": "Geothermal heat for public buildings",
                },
                "slug": {
                    "bg": "geotermalna-toplina-za-obshtestveni-sgradi",
                    "en": "geothermal-heat-public-buildings",
                },
                "summary": {
                    "bg": (
                        "Общината проучва използването на топлината на минералните води за "
                        "отопление на училища, детски градини и други обществени сгради."
                    ),
                    "en": (
                        "The municipality is studying the use of heat from the mineral waters "
                        "to heat schools, kindergartens and other public buildings."
                    ),
                },
                "topics": ["district-heating", "energy-planning"],
                "status": "planned",
                "key_figures": [],
            },
            {
                "title": {
                    "bg": "Енергийно обновяване на обществени сгради",
                    "en": "Energy retrofit of public buildings",
                },
                "slug": {
                    "bg": "energiyno-obnovyavane-na-obshtestveni-sgradi",
                    "en": "public-building-retrofit",
                },
                "summary": {
                    "bg": (
                        "Общината подобрява енергийната ефективност на училища и детски "
                        "градини с топлоизолация, нова дограма и съвременни отоплителни "
                        "системи."
                    ),
                    "en": (
                        "The municipality is improving the energy efficiency of schools and "
                        "kindergartens with insulation, new windows and modern heating systems."
                    ),
                },
                "topics": ["building-retrofit"],
                "status": "in_progress",
                "key_figures": [],
            },
        ],
    },
]
