"""The Bulgarian national network site, written in Bulgarian and translated into English."""

SITE = {
    "bg": {
        "home": {
            "title": "Мрежа SmartEnCity България",
            "network_name": "Мрежа SmartEnCity България",
            "tagline": (
                "Български общини заедно към интелигентни градове с нулеви въглеродни емисии"
            ),
            "intro": (
                "<p><b>Мрежа SmartEnCity България</b> събира малки и средни български общини, "
                "които искат да ограничат енергийното си потребление и емисиите си и да "
                "направят градовете си по-добро място за живот. Ние сме част от европейската "
                "мрежа SmartEnCity и стъпваме на опита на Асеновград – българския град "
                "последовател в проекта SmartEnCity.</p>"
            ),
            "footer_text": (
                "<p>Мрежа SmartEnCity България е българската национална мрежа в рамките на "
                "европейската мрежа SmartEnCity, която възникна от проекта SmartEnCity по "
                "програмата на Европейския съюз за научни изследвания и иновации "
                "„Хоризонт 2020“.</p>"
            ),
            "navigation": [
                {"label": "За мрежата", "_page": "about"},
                {"label": "Асеновград", "_page": "asenovgrad"},
                {"label": "Членство", "_page": "join"},
            ],
            "footer_links": [
                {"label": "Проектът SmartEnCity", "_url": "https://smartencity.eu/"},
            ],
            "body": [
                {
                    "_type": "heading",
                    "text": "Енергийният преход започва от общината",
                    "_level": "h2",
                },
                {
                    "_type": "paragraph",
                    "text": (
                        "<p>Общините стопанисват училища, детски градини, административни "
                        "сгради и улично осветление, планират обществения транспорт и облика "
                        "на градската среда. Решенията, които се вземат на местно ниво, "
                        "определят в голяма степен колко енергия потребяваме и колко емисии "
                        "отделяме.</p>"
                        "<p>Мрежата помага на малките и средните общини да подходят към тези "
                        "въпроси цялостно – чрез интегрирано енергийно планиране, което "
                        "обединява сградите, енергията от възобновяеми източници, мобилността "
                        "и градските данни в обща стратегия. Учим се от водещите градове "
                        "Витория-Гастейс, Тарту и Сьондербор, от Лече и най-вече от "
                        "Асеновград, който подготви свой план за възпроизвеждане на техните "
                        "решения.</p>"
                    ),
                },
                {
                    "_type": "membership_steps",
                    "title": "Петте стъпки на членството",
                    "intro": (
                        "Всяка община минава по този път със собствено темпо – от първото "
                        "запознаване с мрежата до признанието за постигнатото."
                    ),
                    "steps": [
                        {
                            "name": "Създаване на осведоменост",
                            "description": (
                                "Общината научава какво предлага мрежата, разглежда опита на "
                                "Асеновград и на водещите градове и преценява какво от него "
                                "може да приложи и тя."
                            ),
                        },
                        {
                            "name": "Създаване на ангажираност",
                            "description": (
                                "Общината се присъединява към мрежата и определя свои "
                                "представители – експерти от общинската администрация, които "
                                "ще участват в срещите и обученията."
                            ),
                        },
                        {
                            "name": "Изграждане на нагласа",
                            "description": (
                                "Общината преминава през проверката City Check-up, вижда къде "
                                "се намира в енергийното планиране и поема ангажимент да "
                                "работи по метода за интегрирано енергийно планиране."
                            ),
                        },
                        {
                            "name": "Възпроизвеждане на подхода",
                            "description": (
                                "Общината прилага метода за интегрирано енергийно планиране и "
                                "адаптира решенията на водещите градове към своите сгради, "
                                "енергийни системи и транспорт."
                            ),
                        },
                        {
                            "name": "Отличие",
                            "description": (
                                "Мрежата отличава постигнатите резултати и ги представя на "
                                "другите български и европейски градове като пример за "
                                "подражание."
                            ),
                        },
                    ],
                },
                {
                    "_type": "quote",
                    "text": (
                        "Не е нужно да си голям град, за да дадеш пример – нужни са ясен план "
                        "и добри партньори."
                    ),
                    "attribution": "Мрежа SmartEnCity България",
                },
                {
                    "_type": "call_to_action",
                    "title": "Искате ли вашата община да се включи?",
                    "text": (
                        "Вижте как една българска община става член на мрежата и кои са "
                        "първите стъпки."
                    ),
                    "label": "Как да се присъедините",
                    "_page": "join",
                },
            ],
        },
        "pages": [
            {
                "_key": "about",
                "title": "За мрежата",
                "slug": "za-mrezhata",
                "intro": (
                    "Мрежа SmartEnCity България свързва общини, които искат да планират "
                    "енергийния си преход заедно и да се учат от опита на европейските градове."
                ),
                "body": [
                    {"_type": "heading", "text": "Какво правим", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Събираме на едно място общини, които търсят практични решения "
                            "за по-ниско енергийно потребление и по-малко емисии. Представяме "
                            "опита от проекта SmartEnCity на български език и го обсъждаме с "
                            "оглед на условията, в които работят българските общини.</p>"
                            "<p>Членовете обменят знания за енергийното обновяване на сградите, "
                            "използването на енергия от възобновяеми източници, устойчивата "
                            "градска мобилност и работата с градски данни. Те могат да "
                            "участват и в Академията SmartEnCity и нейните уебинари.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "Част от европейска мрежа", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Българската мрежа е една от петте национални мрежи на "
                            "SmartEnCity – заедно с мрежите в Естония, Дания, Испания и "
                            "Италия. Общата цел е да се обединят 60 града членове, като поне 15 "
                            "от тях възпроизведат метода за интегрирано енергийно "
                            "планиране.</p>"
                            "<p>Така всяка българска община, която се присъедини, получава "
                            "достъп не само до опита на Асеновград, но и до градове в цяла "
                            "Европа, които решават сходни задачи.</p>"
                        ),
                    },
                ],
            },
            {
                "_key": "asenovgrad",
                "title": "Асеновград",
                "slug": "asenovgrad-grad-posledovatel",
                "intro": (
                    "Асеновград е българският град последовател в проекта SmartEnCity и "
                    "подготви план за възпроизвеждане на решенията на водещите градове."
                ),
                "body": [
                    {"_type": "heading", "text": "Градът последовател", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p><b>Асеновград</b> се намира в Пловдивска област, в подножието "
                            "на Родопите. Като град последовател в проекта SmartEnCity той се "
                            "запозна отблизо с работата на водещите градове Витория-Гастейс, "
                            "Тарту и Сьондербор и проучи кои от техните решения могат да се "
                            "приложат в български условия.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "Планът за възпроизвеждане", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>В рамките на проекта Асеновград подготви план за "
                            "възпроизвеждане, който обхваща четири направления: "
                            "<b>енергийно обновяване на сгради</b>, <b>енергия от възобновяеми "
                            "източници</b>, <b>устойчива мобилност</b> и <b>градски "
                            "данни</b>.</p>"
                            "<p>Тези направления не се разглеждат поотделно: в духа на "
                            "интегрираното енергийно планиране мерките за сградите, енергията "
                            "и транспорта са части от една обща визия за развитието на "
                            "града.</p>"
                        ),
                    },
                    {
                        "_type": "heading",
                        "text": "Какво могат да научат другите общини",
                        "_level": "h2",
                    },
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Опитът на Асеновград показва, че и един неголям български град "
                            "може да работи рамо до рамо с европейски партньори и да адаптира "
                            "техните решения към собствените си нужди. За общините в мрежата "
                            "това е най-близкият пример – на същия език и в същата правна и "
                            "институционална среда.</p>"
                        ),
                    },
                ],
            },
            {
                "_key": "join",
                "title": "Членство в мрежата",
                "slug": "chlenstvo",
                "intro": (
                    "Всяка малка или средна българска община може да стане член на мрежата. "
                    "Членството е безплатно."
                ),
                "body": [
                    {"_type": "heading", "text": "Как да се присъедините", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Пишете ни на адреса за контакт, посочен на този сайт. Разкажете "
                            "накратко за вашата община, за плановете ви в областта на "
                            "енергетиката и за служителите от общинската администрация, които "
                            "ще участват в работата на мрежата.</p>"
                            "<p>След това ще ви поканим да преминете през проверката City "
                            "Check-up. Тя показва докъде е стигнала общината в интегрираното "
                            "енергийно планиране и помага да се очертаят следващите "
                            "стъпки.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "Какво получава общината", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Като член общината получава достъп до опита на Асеновград и на "
                            "водещите градове, до срещите на българската мрежа и до Академията "
                            "SmartEnCity и нейните уебинари. С напредването си по петте стъпки "
                            "на членството тя може да стане един от градовете, които "
                            "възпроизвеждат метода за интегрирано енергийно планиране.</p>"
                        ),
                    },
                ],
            },
        ],
    },
    "en": {
        "home": {
            "title": "SmartEnCity Network Bulgaria",
            "network_name": "SmartEnCity Network Bulgaria",
            "tagline": "Bulgarian municipalities together towards Smart Zero Carbon Cities",
            "intro": (
                "<p><b>SmartEnCity Network Bulgaria</b> brings together small and medium-sized "
                "Bulgarian municipalities that want to reduce their energy consumption and "
                "their emissions and to make their towns better places to live. We are part of "
                "the European SmartEnCity Network and build on the experience of Asenovgrad, "
                "the Bulgarian Follower city in the SmartEnCity project.</p>"
            ),
            "footer_text": (
                "<p>SmartEnCity Network Bulgaria is the Bulgarian national network within the "
                "European SmartEnCity Network, which grew out of the SmartEnCity project under "
                "the European Union's Horizon 2020 research and innovation programme.</p>"
            ),
            "navigation": [
                {"label": "About the network", "_page": "about"},
                {"label": "Asenovgrad", "_page": "asenovgrad"},
                {"label": "Membership", "_page": "join"},
            ],
            "footer_links": [
                {"label": "SmartEnCity project", "_url": "https://smartencity.eu/"},
            ],
            "body": [
                {
                    "_type": "heading",
                    "text": "The energy transition starts in the municipality",
                    "_level": "h2",
                },
                {
                    "_type": "paragraph",
                    "text": (
                        "<p>Municipalities run schools, kindergartens, administrative buildings "
                        "and street lighting, and they plan public transport and the shape of "
                        "the urban environment. The decisions taken locally largely determine "
                        "how much energy we use and how much we emit.</p>"
                        "<p>The network helps small and medium-sized municipalities tackle these "
                        "questions as a whole, through integrated energy planning, which brings "
                        "buildings, renewable energy, mobility and urban data together in one "
                        "strategy. We learn from the Lighthouse cities Vitoria-Gasteiz, Tartu "
                        "and Sønderborg, from Lecce, and above all from Asenovgrad, which "
                        "prepared its own plan to replicate their solutions.</p>"
                    ),
                },
                {
                    "_type": "membership_steps",
                    "title": "The five steps of membership",
                    "intro": (
                        "Every municipality follows this path at its own pace, from its first "
                        "contact with the network to recognition of what it has achieved."
                    ),
                    "steps": [
                        {
                            "name": "Create Awareness",
                            "description": (
                                "The municipality learns what the network offers, looks at the "
                                "experience of Asenovgrad and the Lighthouse cities, and judges "
                                "what it could apply itself."
                            ),
                        },
                        {
                            "name": "Create Engagement",
                            "description": (
                                "The municipality joins the network and names its "
                                "representatives: experts from the municipal administration "
                                "who will take part in meetings and training."
                            ),
                        },
                        {
                            "name": "Create Attitude",
                            "description": (
                                "The municipality takes the City Check-up, sees where it "
                                "stands in energy planning and commits to working with the "
                                "Integrated Energy Planning method."
                            ),
                        },
                        {
                            "name": "Replicate Approach",
                            "description": (
                                "The municipality applies the Integrated Energy Planning "
                                "method and adapts the solutions of the Lighthouse cities to "
                                "its own buildings, energy systems and transport."
                            ),
                        },
                        {
                            "name": "Award",
                            "description": (
                                "The network recognises the results achieved and presents "
                                "them to other Bulgarian and European cities as an example to "
                                "follow."
                            ),
                        },
                    ],
                },
                {
                    "_type": "quote",
                    "text": (
                        "You don't need to be a big city to set an example: you need a clear "
                        "plan and good partners."
                    ),
                    "attribution": "SmartEnCity Network Bulgaria",
                },
                {
                    "_type": "call_to_action",
                    "title": "Would you like your municipality to take part?",
                    "text": (
                        "See how a Bulgarian municipality becomes a member of the network and "
                        "what the first steps are."
                    ),
                    "label": "How to join",
                    "_page": "join",
                },
            ],
        },
        "pages": [
            {
                "_key": "about",
                "title": "About the network",
                "slug": "about",
                "intro": (
                    "SmartEnCity Network Bulgaria connects municipalities that want to plan "
                    "their energy transition together and learn from the experience of European "
                    "cities."
                ),
                "body": [
                    {"_type": "heading", "text": "What we do", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>We bring together municipalities looking for practical "
                            "solutions for lower energy use and lower emissions. We present the "
                            "experience of the SmartEnCity project in Bulgarian and discuss it "
                            "in the light of the conditions in which Bulgarian municipalities "
                            "work.</p>"
                            "<p>Members exchange knowledge on the energy retrofit of buildings, "
                            "the use of renewable energy, sustainable urban mobility and "
                            "working with urban data. They can also take part in the "
                            "SmartEnCity Academy and its webinars.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "Part of a European network", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>The Bulgarian network is one of the five national SmartEnCity "
                            "networks, together with the networks in Estonia, Denmark, Spain "
                            "and Italy. The shared goal is to bring together 60 member cities, "
                            "with at least 15 of them replicating the Integrated Energy "
                            "Planning method.</p>"
                            "<p>So every Bulgarian municipality that joins gains access not "
                            "only to the experience of Asenovgrad, but also to cities all over "
                            "Europe that face similar challenges.</p>"
                        ),
                    },
                ],
            },
            {
                "_key": "asenovgrad",
                "title": "Asenovgrad",
                "slug": "asenovgrad-follower-city",
                "intro": (
                    "Asenovgrad is the Bulgarian Follower city in the SmartEnCity project and "
                    "prepared a plan to replicate the solutions of the Lighthouse cities."
                ),
                "body": [
                    {"_type": "heading", "text": "The Follower city", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p><b>Asenovgrad</b> lies in Plovdiv Province, at the foot of the "
                            "Rhodope Mountains. As a Follower city in the SmartEnCity project, "
                            "it got to know the work of the Lighthouse cities Vitoria-Gasteiz, "
                            "Tartu and Sønderborg at first hand and studied which of their "
                            "solutions could be applied in Bulgarian conditions.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "The replication plan", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Within the project, Asenovgrad prepared a replication plan "
                            "covering four areas: <b>energy retrofit of buildings</b>, "
                            "<b>renewable energy</b>, <b>sustainable mobility</b> and "
                            "<b>urban data</b>.</p>"
                            "<p>These areas are not treated separately: in the spirit of "
                            "integrated energy planning, the measures for buildings, energy "
                            "and transport are parts of one shared vision for the city's "
                            "development.</p>"
                        ),
                    },
                    {
                        "_type": "heading",
                        "text": "What other municipalities can learn",
                        "_level": "h2",
                    },
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Asenovgrad's experience shows that even a modest-sized "
                            "Bulgarian town can work side by side with European partners and "
                            "adapt their solutions to its own needs. For the municipalities in "
                            "the network, it is the closest example: in the same language and "
                            "in the same legal and institutional setting.</p>"
                        ),
                    },
                ],
            },
            {
                "_key": "join",
                "title": "Network membership",
                "slug": "membership",
                "intro": (
                    "Any small or medium-sized Bulgarian municipality can become a member of "
                    "the network. Membership is free."
                ),
                "body": [
                    {"_type": "heading", "text": "How to join", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>Write to us at the contact address given on this site. Tell us "
                            "briefly about your municipality, your energy plans and the staff "
                            "of the municipal administration who will take part in the work of "
                            "the network.</p>"
                            "<p>We will then invite you to take the City Check-up. It shows how "
                            "far the municipality has come in integrated energy planning and "
                            "helps to map out the next steps.</p>"
                        ),
                    },
                    {"_type": "heading", "text": "What the municipality gets", "_level": "h2"},
                    {
                        "_type": "paragraph",
                        "text": (
                            "<p>As a member, the municipality gains access to the experience of "
                            "Asenovgrad and the Lighthouse cities, to the meetings of the "
                            "Bulgarian network, and to the SmartEnCity Academy and its "
                            "webinars. As it moves through the five steps of membership, it can "
                            "become one of the cities that replicate the Integrated Energy "
                            "Planning method.</p>"
                        ),
                    },
                ],
            },
        ],
    },
}
