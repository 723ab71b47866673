"""Events of the Мрежа SmartEnCity България, in Bulgarian with English translations."""

SOURCE_LANGUAGE = "bg"

INDEX = {
    "title": {"bg": "Събития", "en": "Events"},
    "slug": {"bg": "sabitiya", "en": "events"},
    "intro": {
        "bg": "Срещи, обучения и учебни посещения на Мрежа SmartEnCity България. Регистрирайте се за предстоящите събития или се абонирайте за календара.",
        "en": "Meetings, training workshops and study visits of the SmartEnCity Network Bulgaria. Register for the events coming up, or subscribe to the calendar.",
    },
}

EVENTS = [
    {
        "kind": "workshop",
        "weeks": 2,
        "weekday": 2,
        "starts": "10:00",
        "ends": "12:30",
        "time_zone": "Europe/Sofia",
        "online_url": "https://meet.smartencity-network.example/bg-obnovyavane",
        "capacity": 60,
        "topics": ["building-retrofit", "citizen-engagement"],
        "cities": ["asenovgrad", "gabrovo"],
        "title": {
            "bg": "Онлайн обучение: подготовка на проекти за обновяване на многофамилни сгради",
            "en": "Online training: preparing projects to renovate multi-family buildings",
        },
        "slug": {
            "bg": "onlayn-obuchenie-obnovyavane-na-mnogofamilni-sgradi",
            "en": "online-training-renovating-multi-family-buildings",
        },
        "description": [
            {
                "bg": "Обучението е предназначено за общински служители, които подготвят проекти за енергийно обновяване на многофамилни жилищни сгради. Ще разгледаме енергийното обследване, обединяването на собствениците в сдружение и възможностите за финансиране.",
                "en": "The training is for municipal staff who prepare projects for the energy renovation of multi-family residential buildings. It covers the energy audit, bringing the owners together in an association and the options for funding.",
            },
            {
                "bg": "Ако имате конкретен казус от Вашата община, можете да ни го изпратите предварително, за да го обсъдим по време на обучението.",
                "en": "If you have a specific case from your municipality, you can send it to us in advance so that we can discuss it during the training.",
            },
        ],
        "agenda": [
            {"time": "10:00", "title": {"bg": "Откриване", "en": "Opening"}},
            {
                "time": "10:10",
                "title": {
                    "bg": "Енергийното обследване: какво трябва да съдържа",
                    "en": "The energy audit: what it must contain",
                },
            },
            {
                "time": "10:50",
                "title": {
                    "bg": "Сдружението на собствениците: от първата среща до решението",
                    "en": "The owners' association: from the first meeting to the decision",
                },
            },
            {
                "time": "11:40",
                "title": {
                    "bg": "Финансиране: безвъзмездни средства, заеми и собствен принос",
                    "en": "Funding: grants, loans and the owners' own contribution",
                },
            },
            {
                "time": "12:20",
                "title": {"bg": "Въпроси и отговори", "en": "Questions and answers"},
            },
        ],
        "speakers": [
            {
                "name": "Елена Димитрова",
                "organisation": "Община Асеновград",
                "role": {
                    "bg": "Експерт по енергийна ефективност",
                    "en": "Energy efficiency expert",
                },
            },
            {
                "name": "Георги Петров",
                "organisation": "Община Габрово",
                "role": {"bg": "Главен експерт „Проекти“", "en": "Senior projects expert"},
            },
        ],
    },
    {
        "kind": "meeting",
        "weeks": -11,
        "weekday": 3,
        "starts": "10:00",
        "ends": "16:00",
        "time_zone": "Europe/Sofia",
        "venue": {
            "bg": "Община Габрово, заседателна зала",
            "en": "Gabrovo Municipality, meeting hall",
        },
        "address": {
            "bg": "пл. „Възраждане“ 3, 5300 Габрово",
            "en": "3 Vazrazhdane Square, 5300 Gabrovo, Bulgaria",
        },
        "latitude": 42.8747,
        "longitude": 25.3184,
        "capacity": 40,
        "topics": ["building-retrofit", "sustainable-mobility"],
        "cities": ["gabrovo"],
        "title": {
            "bg": "Среща на Мрежа SmartEnCity България в Габрово",
            "en": "Meeting of the SmartEnCity Network Bulgaria in Gabrovo",
        },
        "slug": {"bg": "sreshta-na-mrezhata-v-gabrovo", "en": "network-meeting-in-gabrovo"},
        "description": [
            {
                "bg": "Представители на общините от мрежата се събраха в Габрово, за да обсъдят напредъка в обновяването на жилищните сгради и развитието на обществения транспорт. Домакините показаха обновени сгради и новите тролейбуси на града.",
                "en": "Representatives of the network's municipalities met in Gabrovo to discuss progress in renovating residential buildings and developing public transport. The hosts showed renovated buildings and the town's new trolleybuses.",
            },
        ],
        "agenda": [
            {
                "time": "10:00",
                "title": {
                    "bg": "Откриване и приветствие от домакините",
                    "en": "Opening and welcome from the hosts",
                },
            },
            {
                "time": "10:30",
                "title": {
                    "bg": "Обновяване на жилищни сгради: опитът на Габрово",
                    "en": "Renovating residential buildings: Gabrovo's experience",
                },
            },
            {
                "time": "13:00",
                "title": {
                    "bg": "Посещение на обновени сгради и на тролейбусното депо",
                    "en": "Visit to renovated buildings and the trolleybus depot",
                },
            },
            {
                "time": "15:00",
                "title": {
                    "bg": "Плановете на мрежата за следващата година",
                    "en": "The network's plans for next year",
                },
            },
        ],
        "speakers": [
            {
                "name": "Георги Петров",
                "organisation": "Община Габрово",
                "role": {"bg": "Главен експерт „Проекти“", "en": "Senior projects expert"},
            },
        ],
    },
]
