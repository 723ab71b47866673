"""The demo members' areas, one per network, each in its site's own language.

`pdf_title` and `pdf_text` are what the procedure's PDF shows: the demo PDFs use a standard
font without Cyrillic letters, so the Bulgarian PDF is written in Latin letters.
"""

AREAS = {
    "eu": {
        "title": "Members' area",
        "slug": "members",
        "intro": "<p>Working documents of the SmartEnCity Network's member cities: common "
        "procedures, meeting minutes and drafts that are not public yet.</p>",
        "minutes_title": "Minutes of the network meeting, Vitoria-Gasteiz, 12 March 2026",
        "minutes_slug": "minutes-2026-03",
        "minutes_intro": "Twenty-four cities met to agree on a common procedure for "
        "integrated energy planning.",
        "minutes_body": [
            "The cities agreed to use the common procedure for integrated energy planning "
            "for their next energy plans, and to report on it at the autumn meeting.",
            "The lighthouse cities offered study visits for the follower cities' planners.",
        ],
        "procedure_title": "Common procedure for integrated energy planning",
        "procedure_file": "common-procedure-integrated-energy-planning.pdf",
        "pdf_text": "Five steps that every member city follows to plan its energy "
        "transition: baseline, vision, measures, financing and monitoring, agreed by the "
        "network's cities in March 2026.",
    },
    "ee": {
        "title": "Liikmete ala",
        "slug": "liikmed",
        "intro": "<p>Võrgustiku liikmeslinnade töödokumendid: ühised menetlused, "
        "koosolekute protokollid ja mitteavalikud mustandid.</p>",
        "minutes_title": "Võrgustiku koosoleku protokoll, Tartu, 5. märts 2026",
        "minutes_slug": "protokoll-2026-03",
        "minutes_intro": "Eesti linnad leppisid kokku integreeritud energiaplaneerimise "
        "ühises menetluses.",
        "minutes_body": [
            "Linnad otsustasid kasutada ühist menetlust oma järgmistes energiakavades.",
            "Tartu pakub õppevisiite teiste linnade planeerijatele.",
        ],
        "procedure_title": "Integreeritud energiaplaneerimise ühine menetlus",
        "procedure_file": "uhine-menetlus-energiaplaneerimine.pdf",
        "pdf_text": "Viis sammu, mida iga liikmeslinn oma energiaülemineku kavandamisel "
        "järgib: lähteolukord, visioon, meetmed, rahastamine ja seire.",
    },
    "dk": {
        "title": "Medlemsområde",
        "slug": "medlemmer",
        "intro": "<p>Arbejdsdokumenter for Energibyernes medlemsbyer: fælles procedurer, "
        "referater og udkast, der endnu ikke er offentlige.</p>",
        "minutes_title": "Referat af netværksmødet i Sønderborg, 10. marts 2026",
        "minutes_slug": "referat-2026-03",
        "minutes_intro": "De danske byer blev enige om en fælles procedure for integreret "
        "energiplanlægning.",
        "minutes_body": [
            "Byerne besluttede at bruge den fælles procedure i deres næste energiplaner og "
            "at fortælle om erfaringerne på efterårsmødet.",
            "Sønderborg tilbyder studiebesøg for de andre byers planlæggere.",
        ],
        "procedure_title": "Fælles procedure for integreret energiplanlægning",
        "procedure_file": "faelles-procedure-energiplanlaegning.pdf",
        "pdf_text": "Fem trin, som hver medlemsby følger, når den planlægger sin "
        "energiomstilling: udgangspunkt, vision, tiltag, finansiering og opfølgning.",
    },
    "es": {
        "title": "Área de socios",
        "slug": "socios",
        "intro": "<p>Documentos de trabajo de las ciudades de la red: procedimientos comunes, "
        "actas de reuniones y borradores que aún no son públicos.</p>",
        "minutes_title": "Acta de la reunión de la red, Vitoria-Gasteiz, 12 de marzo de 2026",
        "minutes_slug": "acta-2026-03",
        "minutes_intro": "Las ciudades españolas acordaron un procedimiento común de "
        "planificación energética integrada.",
        "minutes_body": [
            "Las ciudades decidieron aplicar el procedimiento común en sus próximos planes "
            "energéticos e informar de ello en la reunión de otoño.",
            "Vitoria-Gasteiz ofrece visitas de estudio a los técnicos de las demás ciudades.",
        ],
        "procedure_title": "Procedimiento común de planificación energética integrada",
        "procedure_file": "procedimiento-comun-planificacion-energetica.pdf",
        "pdf_text": "Cinco pasos que cada ciudad de la red sigue al planificar su "
        "transición energética: diagnóstico, visión, medidas, financiación y seguimiento.",
    },
    "bg": {
        "title": "Зона за членове",
        "slug": "chlenove",
        "intro": "<p>Работни документи на градовете членове: общи процедури, протоколи от "
        "срещи и проекти, които още не са публични.</p>",
        "minutes_title": "Протокол от срещата на мрежата, София, 11 март 2026 г.",
        "minutes_slug": "protokol-2026-03",
        "minutes_intro": "Българските градове се договориха за обща процедура за "
        "интегрирано енергийно планиране.",
        "minutes_body": [
            "Градовете решиха да използват общата процедура в следващите си енергийни планове.",
            "София предлага учебни посещения за специалистите от другите градове.",
        ],
        "procedure_title": "Обща процедура за интегрирано енергийно планиране",
        "procedure_file": "obshta-procedura-energiyno-planirane.pdf",
        "pdf_title": "Obshta protsedura za integrirano energiyno planirane",
        "pdf_text": "Pet stapki, koito vseki grad chlen sledva pri planiraneto na "
        "energiyniya si prehod: izhodno polozhenie, vizia, merki, finansirane i nablyudenie.",
    },
    "it": {
        "title": "Area soci",
        "slug": "soci",
        "intro": "<p>Documenti di lavoro delle città della rete: procedure comuni, verbali "
        "delle riunioni e bozze non ancora pubbliche.</p>",
        "minutes_title": "Verbale della riunione della rete, Bologna, 9 marzo 2026",
        "minutes_slug": "verbale-2026-03",
        "minutes_intro": "Le città italiane hanno concordato una procedura comune di "
        "pianificazione energetica integrata.",
        "minutes_body": [
            "Le città hanno deciso di applicare la procedura comune nei prossimi piani "
            "energetici e di riferirne alla riunione d'autunno.",
            "Bologna offre visite di studio ai tecnici delle altre città.",
        ],
        "procedure_title": "Procedura comune di pianificazione energetica integrata",
        "procedure_file": "procedura-comune-pianificazione-energetica.pdf",
        "pdf_text": "Cinque passi che ogni città della rete segue nel pianificare la propria "
        "transizione energetica: situazione di partenza, visione, misure, finanziamento "
        "e monitoraggio.",
    },
}
