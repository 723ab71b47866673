"""The demo's join pages, one under each site's home page, and three pending applications.

The European page is written in English and translated into the other five languages; each
national page is written in its national language and translated into English. Everything
is created only where it is missing, so loading twice changes nothing.
"""

import datetime

from django.utils import timezone

from membership.models import ApplicantKind, ApplicationEvent, JoinPage, MembershipApplication
from national_sites.access import network_for_country
from national_sites.translation import translate
from solutions.models import Topic

FIELDS = ("title", "slug", "intro", "thank_you_text", "privacy_notice")

EUROPEAN_PAGE = {
    "title": {
        "en": "Apply to join the network",
        "et": "Taotlege võrgustikuga liitumist",
        "da": "Ansøg om medlemskab af netværket",
        "es": "Solicite su adhesión a la red",
        "bg": "Кандидатствайте за членство в мрежата",
        "it": "Richiesta di adesione alla rete",
    },
    "slug": {
        "en": "apply",
        "et": "liitumistaotlus",
        "da": "ansoeg-om-medlemskab",
        "es": "solicitud-de-adhesion",
        "bg": "kandidatstvane",
        "it": "richiesta-di-adesione",
    },
    "intro": {
        "en": (
            "The SmartEnCity Network welcomes small and medium-sized European cities, and the "
            "urban planners and experts who work with them. Tell us who you are and why you "
            "would like to join, and the national network of your country will answer you "
            "within a few weeks. Member cities then move at their own pace through five "
            "steps: Awareness, Engagement, Attitude, Replicate and Award."
        ),
        "et": (
            "SmartEnCity võrgustik ootab liituma Euroopa väikesi ja keskmise suurusega linnu "
            "ning nendega koostööd tegevaid linnaplaneerijaid ja eksperte. Kirjutage meile, "
            "kes te olete ja miks soovite liituda – teie riigi võrgustik vastab teile mõne "
            "nädala jooksul. Seejärel läbib liikmeslinn omas tempos viis etappi: teadlikkus, "
            "kaasamine, hoiakud, ülevõtmine ja tunnustamine."
        ),
        "da": (
            "SmartEnCity Network byder små og mellemstore europæiske byer velkommen – og også "
            "de byplanlæggere og eksperter, der arbejder sammen med dem. Fortæl os, hvem I er, "
            "og hvorfor I gerne vil være med, så svarer det nationale netværk i jeres land "
            "inden for få uger. Derefter bevæger medlemsbyen sig i sit eget tempo gennem fem "
            "trin: opmærksomhed, engagement, holdning, overførsel og anerkendelse."
        ),
        "es": (
            "La Red SmartEnCity da la bienvenida a las ciudades europeas pequeñas y medianas, "
            "y también a los urbanistas y expertos que trabajan con ellas. Cuéntenos quién es "
            "y por qué desea adherirse: la red nacional de su país le responderá en pocas "
            "semanas. Después, cada ciudad miembro avanza a su propio ritmo por cinco etapas: "
            "conciencia, compromiso, actitud, replicación y reconocimiento."
        ),
        "bg": (
            "Мрежа SmartEnCity посреща малки и средни европейски градове, както и урбанисти и "
            "експерти, които работят с тях. Разкажете ни кои сте и защо искате да се "
            "присъедините – националната мрежа на вашата страна ще ви отговори в рамките на "
            "няколко седмици. След това всеки град член преминава със собствено темпо през "
            "пет етапа: осведоменост, ангажираност, нагласа, възпроизвеждане и отличие."
        ),
        "it": (
            "La Rete SmartEnCity accoglie le città europee piccole e medie, insieme agli "
            "urbanisti e agli esperti che lavorano con loro. Raccontateci chi siete e perché "
            "desiderate aderire: la rete nazionale del vostro Paese vi risponderà entro poche "
            "settimane. Ogni città aderente percorre poi, al proprio ritmo, cinque tappe: "
            "consapevolezza, coinvolgimento, attitudine, replica e riconoscimento."
        ),
    },
    "thank_you_text": {
        "en": (
            "Thank you for applying. We have sent you a confirmation by e-mail. The national "
            "network of your country, or the European team where your country has none yet, "
            "will contact you soon."
        ),
        "et": (
            "Täname taotluse eest! Saatsime teile kinnituse e-postiga. Teie riigi võrgustik – "
            "või Euroopa meeskond, kui teie riigis võrgustikku veel ei ole – võtab teiega "
            "peagi ühendust."
        ),
        "da": (
            "Tak for jeres ansøgning. Vi har sendt jer en bekræftelse på e-mail. Det nationale "
            "netværk i jeres land – eller det europæiske team, hvis jeres land endnu ikke har "
            "et – kontakter jer snarest."
        ),
        "es": (
            "Gracias por su solicitud. Le hemos enviado una confirmación por correo "
            "electrónico. La red nacional de su país, o el equipo europeo si su país aún no "
            "tiene una, se pondrá en contacto con usted en breve."
        ),
        "bg": (
            "Благодарим ви за кандидатурата! Изпратихме ви потвърждение по електронна поща. "
            "Националната мрежа на вашата страна – или европейският екип, ако във вашата "
            "страна все още няма такава – ще се свърже с вас скоро."
        ),
        "it": (
            "Grazie per la vostra richiesta. Vi abbiamo inviato una conferma per e-mail. La "
            "rete nazionale del vostro Paese, o il team europeo se il vostro Paese non ne ha "
            "ancora una, vi contatterà a breve."
        ),
    },
    "privacy_notice": {
        "en": (
            "We use your details only to handle your application and to contact you about "
            "it. Only the network's coordinators and the moderators of your national network "
            "can read them, and we never publish your e-mail address or telephone number."
        ),
        "et": (
            "Kasutame teie andmeid ainult taotluse menetlemiseks ja teiega selle asjus "
            "ühenduse võtmiseks. Neid näevad üksnes võrgustiku koordinaatorid ja teie riigi "
            "võrgustiku moderaatorid ning me ei avalda kunagi teie e-posti aadressi ega "
            "telefoninumbrit."
        ),
        "da": (
            "Vi bruger kun jeres oplysninger til at behandle ansøgningen og til at kontakte "
            "jer om den. Kun netværkets koordinatorer og moderatorerne i jeres nationale "
            "netværk kan se dem, og vi offentliggør aldrig jeres e-mailadresse eller "
            "telefonnummer."
        ),
        "es": (
            "Utilizamos sus datos únicamente para tramitar su solicitud y para ponernos en "
            "contacto con usted sobre ella. Solo pueden consultarlos los coordinadores de la "
            "red y los moderadores de su red nacional, y nunca publicamos su dirección de "
            "correo electrónico ni su número de teléfono."
        ),
        "bg": (
            "Използваме вашите данни само за да разгледаме кандидатурата ви и да се свържем с "
            "вас във връзка с нея. Достъп до тях имат само координаторите на мрежата и "
            "модераторите на вашата национална мрежа и никога не публикуваме вашия имейл "
            "адрес или телефонен номер."
        ),
        "it": (
            "Utilizziamo i vostri dati solo per gestire la richiesta e per contattarvi in "
            "merito. Possono consultarli soltanto i coordinatori della rete e i moderatori "
            "della vostra rete nazionale, e non pubblichiamo mai il vostro indirizzo e-mail né "
            "il vostro numero di telefono."
        ),
    },
}

NATIONAL_PAGES = {
    "ee": {
        "title": {"et": "Liitumistaotlus", "en": "Apply to join"},
        "slug": {"et": "liitumistaotlus", "en": "apply"},
        "intro": {
            "et": (
                "SmartEnCity Eesti võrgustik ootab liituma Eesti väikesi ja keskmise suurusega "
                "linnu ja valdu ning nendega koostööd tegevaid planeerijaid ja eksperte. "
                "Kirjutage meile, kes te olete ja miks soovite liituda – vastame teile mõne "
                "nädala jooksul. Liikmeks saanud omavalitsus läbib omas tempos viis etappi: "
                "teadlikkus, kaasamine, hoiakud, ülevõtmine ja tunnustamine."
            ),
            "en": (
                "SmartEnCity Network Estonia welcomes small and medium-sized Estonian towns "
                "and rural municipalities, and the planners and experts who work with them. "
                "Tell us who you are and why you would like to join, and we will answer you "
                "within a few weeks. A member municipality then moves at its own pace through "
                "five steps: Awareness, Engagement, Attitude, Replicate and Award."
            ),
        },
        "thank_you_text": {
            "et": (
                "Täname taotluse eest! Saatsime teile kinnituse e-postiga ja võtame teiega "
                "peagi ühendust."
            ),
            "en": (
                "Thank you for applying. We have sent you a confirmation by e-mail and will "
                "contact you soon."
            ),
        },
        "privacy_notice": {
            "et": (
                "Kasutame teie andmeid ainult taotluse menetlemiseks ja teiega ühenduse "
                "võtmiseks. Neid näevad üksnes SmartEnCity Eesti võrgustiku moderaatorid ja "
                "võrgustiku koordinaatorid ning me ei avalda kunagi teie e-posti aadressi ega "
                "telefoninumbrit."
            ),
            "en": (
                "We use your details only to handle your application and to contact you. Only "
                "the moderators of SmartEnCity Network Estonia and the network's coordinators "
                "can read them, and we never publish your e-mail address or telephone number."
            ),
        },
    },
    "dk": {
        "title": {"da": "Ansøg om medlemskab", "en": "Apply for membership"},
        "slug": {"da": "ansoeg-om-medlemskab", "en": "apply"},
        "intro": {
            "da": (
                "Energibyerne byder små og mellemstore danske kommuner velkommen – og også de "
                "planlæggere og eksperter, der arbejder sammen med dem. Fortæl os, hvem I er, "
                "og hvorfor I gerne vil være med, så svarer vi inden for få uger. Som medlem "
                "bevæger kommunen sig i sit eget tempo gennem fem trin: opmærksomhed, "
                "engagement, holdning, overførsel og anerkendelse."
            ),
            "en": (
                "Energibyerne welcomes small and medium-sized Danish municipalities, and the "
                "planners and experts who work with them. Tell us who you are and why you would "
                "like to take part, and we will answer you within a few weeks. As a member, the "
                "municipality moves at its own pace through five steps: Awareness, Engagement, "
                "Attitude, Replicate and Award."
            ),
        },
        "thank_you_text": {
            "da": (
                "Tak for jeres ansøgning. Vi har sendt jer en bekræftelse på e-mail og "
                "kontakter jer snarest."
            ),
            "en": (
                "Thank you for your application. We have sent you a confirmation by e-mail and "
                "will contact you soon."
            ),
        },
        "privacy_notice": {
            "da": (
                "Vi bruger kun jeres oplysninger til at behandle ansøgningen og til at kontakte "
                "jer. Kun Energibyernes moderatorer og netværkets koordinatorer kan se dem, og "
                "vi offentliggør aldrig jeres e-mailadresse eller telefonnummer."
            ),
            "en": (
                "We use your details only to handle your application and to contact you. Only "
                "the moderators of Energibyerne and the network's coordinators can read them, "
                "and we never publish your e-mail address or telephone number."
            ),
        },
    },
    "es": {
        "title": {"es": "Solicitud de adhesión", "en": "Apply to join"},
        "slug": {"es": "solicitud-de-adhesion", "en": "apply"},
        "intro": {
            "es": (
                "La Red SmartEnCity España da la bienvenida a los municipios españoles pequeños "
                "y medianos, y también a los urbanistas y expertos que colaboran con ellos. "
                "Cuéntenos quién es y por qué desea adherirse, y le responderemos en pocas "
                "semanas. Cada municipio miembro avanza después a su propio ritmo por cinco "
                "etapas: conciencia, compromiso, actitud, replicación y reconocimiento."
            ),
            "en": (
                "Red SmartEnCity España welcomes small and medium-sized Spanish municipalities, "
                "and the urban planners and experts who work with them. Tell us who you are and "
                "why you would like to join, and we will answer you within a few weeks. Each "
                "member municipality then moves at its own pace through five steps: Awareness, "
                "Engagement, Attitude, Replicate and Award."
            ),
        },
        "thank_you_text": {
            "es": (
                "Gracias por su solicitud. Le hemos enviado una confirmación por correo "
                "electrónico y nos pondremos en contacto con usted en breve."
            ),
            "en": (
                "Thank you for your application. We have sent you a confirmation by e-mail and "
                "will contact you soon."
            ),
        },
        "privacy_notice": {
            "es": (
                "Utilizamos sus datos únicamente para tramitar su solicitud y para ponernos en "
                "contacto con usted. Solo pueden consultarlos los moderadores de la Red "
                "SmartEnCity España y los coordinadores de la red, y nunca publicamos su "
                "dirección de correo electrónico ni su número de teléfono."
            ),
            "en": (
                "We use your details only to handle your application and to contact you. Only "
                "the moderators of Red SmartEnCity España and the network's coordinators can "
                "read them, and we never publish your e-mail address or telephone number."
            ),
        },
    },
    "bg": {
        "title": {"bg": "Заявка за членство", "en": "Apply for membership"},
        "slug": {"bg": "zayavka-za-chlenstvo", "en": "apply"},
        "intro": {
            "bg": (
                "Мрежа SmartEnCity България посреща малки и средни български общини, както и "
                "урбанисти и експерти, които работят с тях. Разкажете ни кои сте и защо искате "
                "да се присъедините – ще ви отговорим в рамките на няколко седмици. След това "
                "всяка община членка преминава със собствено темпо през пет етапа: "
                "осведоменост, ангажираност, нагласа, възпроизвеждане и отличие."
            ),
            "en": (
                "SmartEnCity Network Bulgaria welcomes small and medium-sized Bulgarian "
                "municipalities, and the urban planners and experts who work with them. Tell us "
                "who you are and why you would like to join, and we will answer you within a "
                "few weeks. Each member municipality then moves at its own pace through five "
                "steps: Awareness, Engagement, Attitude, Replicate and Award."
            ),
        },
        "thank_you_text": {
            "bg": (
                "Благодарим ви за заявката! Изпратихме ви потвърждение по електронна поща и "
                "скоро ще се свържем с вас."
            ),
            "en": (
                "Thank you for your application. We have sent you a confirmation by e-mail and "
                "will contact you soon."
            ),
        },
        "privacy_notice": {
            "bg": (
                "Използваме вашите данни само за да разгледаме заявката ви и да се свържем с "
                "вас. Достъп до тях имат само модераторите на Мрежа SmartEnCity България и "
                "координаторите на мрежата и никога не публикуваме вашия имейл адрес или "
                "телефонен номер."
            ),
            "en": (
                "We use your details only to handle your application and to contact you. Only "
                "the moderators of SmartEnCity Network Bulgaria and the network's coordinators "
                "can read them, and we never publish your e-mail address or telephone number."
            ),
        },
    },
    "it": {
        "title": {"it": "Richiesta di adesione", "en": "Apply to join"},
        "slug": {"it": "richiesta-di-adesione", "en": "apply"},
        "intro": {
            "it": (
                "La Rete SmartEnCity Italia accoglie i comuni italiani piccoli e medi, insieme "
                "agli urbanisti e agli esperti che lavorano con loro. Raccontateci chi siete e "
                "perché desiderate aderire: vi risponderemo entro poche settimane. Ogni comune "
                "aderente percorre poi, al proprio ritmo, cinque tappe: consapevolezza, "
                "coinvolgimento, attitudine, replica e riconoscimento."
            ),
            "en": (
                "Rete SmartEnCity Italia welcomes small and medium-sized Italian "
                "municipalities, and the urban planners and experts who work with them. Tell us "
                "who you are and why you would like to join, and we will answer you within a "
                "few weeks. Each member municipality then moves at its own pace through five "
                "steps: Awareness, Engagement, Attitude, Replicate and Award."
            ),
        },
        "thank_you_text": {
            "it": (
                "Grazie per la vostra richiesta. Vi abbiamo inviato una conferma per e-mail e "
                "vi contatteremo a breve."
            ),
            "en": (
                "Thank you for your application. We have sent you a confirmation by e-mail and "
                "will contact you soon."
            ),
        },
        "privacy_notice": {
            "it": (
                "Utilizziamo i vostri dati solo per gestire la richiesta e per contattarvi. "
                "Possono consultarli soltanto i moderatori della Rete SmartEnCity Italia e i "
                "coordinatori della rete, e non pubblichiamo mai il vostro indirizzo e-mail né "
                "il vostro numero di telefono."
            ),
            "en": (
                "We use your details only to handle your application and to contact you. Only "
                "the moderators of Rete SmartEnCity Italia and the network's coordinators can "
                "read them, and we never publish your e-mail address or telephone number."
            ),
        },
    },
}

# Pending applications, as if sent from the join pages a few days ago.
APPLICATIONS = [
    {
        "kind": ApplicantKind.CITY,
        "organisation": "Vejle Kommune",
        "country": "DK",
        "contact_name": "Anders Kjær",
        "email": "anders.kjaer@vejle.example",
        "phone": "+45 76 81 00 00",
        "language": "da",
        "topics": ["district-heating", "energy-planning"],
        "days_ago": 2,
        "motivation": (
            "Vejle Kommune er i gang med en ny strategisk energiplan. Vi vil gerne lære af "
            "Sønderborg om fjernvarme fra overskudsvarme, og om hvordan man får borgerne med i "
            "den grønne omstilling."
        ),
    },
    {
        "kind": ApplicantKind.CITY,
        "organisation": "Ayuntamiento de Huesca",
        "country": "ES",
        "contact_name": "Lucía Martín Sanz",
        "email": "lucia.martin@huesca.example",
        "phone": "",
        "language": "es",
        "topics": ["building-retrofit", "energy-planning"],
        "days_ago": 5,
        "motivation": (
            "Huesca prepara la rehabilitación energética de dos barrios construidos en los "
            "años sesenta. Queremos conocer la experiencia de Vitoria-Gasteiz en Coronación y "
            "las herramientas de planificación energética integrada de la red."
        ),
    },
    {
        "kind": ApplicantKind.EXPERT,
        "organisation": "Studio Associato Energia e Territorio",
        "country": "IT",
        "contact_name": "Giulia Ferraro",
        "email": "giulia.ferraro@energiaterritorio.example",
        "phone": "+39 0832 000 000",
        "language": "it",
        "topics": ["energy-planning", "citizen-engagement"],
        "days_ago": 9,
        "motivation": (
            "Siamo uno studio di ingegneri e urbanisti che affianca i piccoli comuni pugliesi "
            "nei piani d'azione per l'energia sostenibile e il clima. Vorremmo condividere la "
            "nostra esperienza e imparare dalle città faro della rete."
        ),
    },
]


def paragraph(text):
    return f"<p>{text}</p>"


def strings_between(spec, source, target):
    """Source → target texts, as wagtail-localize segments them (one per paragraph)."""
    return {spec[field][source]: spec[field][target] for field in FIELDS}


def ensure_join_page(home, spec, source, loader):
    page = home.get_children().type(JoinPage).specific().first()
    if page is None:
        page = JoinPage(
            title=spec["title"][source],
            slug=spec["slug"][source],
            intro=paragraph(spec["intro"][source]),
            thank_you_text=paragraph(spec["thank_you_text"][source]),
            privacy_notice=paragraph(spec["privacy_notice"][source]),
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        loader.log(f"Wrote the join page {page.title!r} ({source}).")
    for language in spec["title"]:
        if language == source or language not in loader.locales:
            continue
        locale = loader.locales[language]
        if not page.get_translations().filter(locale=locale).exists():
            translate(page, locale, strings_between(spec, source, language))
    return page


def load_applications(loader):
    created = 0
    for spec in APPLICATIONS:
        lookup = {"organisation": spec["organisation"], "country": spec["country"]}
        if MembershipApplication.objects.filter(**lookup).exists():
            continue
        submitted_at = timezone.now() - datetime.timedelta(days=spec["days_ago"])
        application = MembershipApplication.objects.create(
            **lookup,
            kind=spec["kind"],
            network=network_for_country(spec["country"]),
            contact_name=spec["contact_name"],
            email=spec["email"],
            phone=spec["phone"],
            motivation=spec["motivation"],
            language=spec["language"],
            submitted_at=submitted_at,
        )
        locale = loader.locales.get(spec["language"])
        application.topics.set(Topic.objects.filter(locale=locale, slug__in=spec["topics"]))
        ApplicationEvent.objects.create(
            application=application, action=ApplicationEvent.Action.SUBMITTED, at=submitted_at
        )
        created += 1
    return created


def load_join_pages(loader):
    """A join page under every home page in `loader.homes`, and the sample applications."""
    pages = [ensure_join_page(loader.homes["eu"], EUROPEAN_PAGE, "en", loader)]
    for code, spec in NATIONAL_PAGES.items():
        if code in loader.homes:
            source = loader.homes[code].locale.language_code
            pages.append(ensure_join_page(loader.homes[code], spec, source, loader))
    created = load_applications(loader)
    loader.log(f"Loaded {len(pages)} join pages and {created} new sample applications.")
    return pages
