"""News of SmartEnCity Network Estonia, in Estonian with English translations."""

SOURCE_LANGUAGE = "et"

INDEX = {
    "title": {"et": "Uudised", "en": "News"},
    "slug": {"et": "uudised", "en": "news"},
    "intro": {
        "et": "Uudised SmartEnCity Eesti võrgustikust ja selle liikmeslinnadest: kohtumised, õppevisiidid, veebiseminarid ja linnade edusammud.",
        "en": "News from SmartEnCity Network Estonia and its member cities: meetings, study visits, webinars and the cities' progress.",
    },
}

NEWS = [
    {
        "date": "2025-01-23",
        "author": "Kadri Tamm",
        "topics": ["energy-planning"],
        "cities": ["viljandi"],
        "solutions": ["energy-and-climate-plan"],
        "title": {
            "et": "Viljandi läbis City Check-up hindamise",
            "en": "Viljandi has completed the City Check-up",
        },
        "slug": {
            "et": "viljandi-labis-city-check-up-hindamise",
            "en": "viljandi-completed-the-city-check-up",
        },
        "intro": {
            "et": "Viljandi on tänavu esimene linn, mis on City Check-up hindamise läbinud. Tulemused näitavad, kuhu linn integreeritud energiaplaneerimises jõudnud on.",
            "en": "Viljandi is the first city to complete the City Check-up this year. The results show how far the city has come in integrated energy planning.",
        },
        "body": [
            {
                "et": "Hindamise käigus analüüsisid linnavalitsuse spetsialistid koos võrgustiku meeskonnaga, kuidas on Viljandis omavahel seotud energia- ja kliimakava, hoonete renoveerimine, tänavavalgustus ja liikuvus. Arutelu tõi esile, et paljud vajalikud otsused on juba tehtud, kuid andmeid eri valdkondade vahel jagatakse veel liiga vähe.",
                "en": "During the check-up, specialists from the city government and the network team assessed how Viljandi's energy and climate plan, building renovation, street lighting and mobility are linked to each other. The discussion showed that many of the necessary decisions have already been taken, but that data is still shared too little between the different fields.",
            },
            {
                "et": "Tulemuste põhjal valmib Viljandile lühike tegevuskava, mis aitab energia- ja kliimakava elluviimist järgmistel aastatel paremini planeerida. Võrgustiku meeskond toetab tegevuskava koostamist nõu ja teiste linnade kogemustega. Linn on valmis oma kogemust jagama ka teiste Eesti omavalitsustega, mis hindamist alles kavandavad. Järgmine võrgustiku kohtumine toimub kevadel Tartus.",
                "en": "Based on the results, a short action plan will be drawn up for Viljandi to help plan the implementation of its energy and climate plan in the coming years. The network team will support the drafting of the plan with advice and the experience of other cities. The city is also ready to share its experience with other Estonian municipalities that are still planning their check-up. The next network meeting will take place in Tartu in the spring.",
            },
        ],
    },
    {
        "date": "2025-06-05",
        "author": "SmartEnCity Eesti võrgustiku meeskond",
        "topics": ["building-retrofit"],
        "cities": ["tartu", "voru", "narva"],
        "solutions": ["smartovka-apartment-blocks"],
        "title": {
            "et": "Võrgustiku kohtumine Tartus: õppevisiit Smartovka majadesse",
            "en": "Network meeting in Tartu: a study visit to the Smartovka buildings",
        },
        "slug": {
            "et": "vorgustiku-kohtumine-tartus-smartovka",
            "en": "network-meeting-in-tartu-smartovka",
        },
        "intro": {
            "et": "Juunikuine võrgustiku kohtumine viis liikmeslinnade esindajad Tartu kesklinna, kus nõukogudeaegsetest korterelamutest on saanud nutikad ja energiatõhusad kodud.",
            "en": "The June network meeting took representatives of the member cities to the centre of Tartu, where Soviet-era apartment blocks have become smart, energy-efficient homes.",
        },
        "body": [
            {
                "et": "Smartovka nime all tuntud majad renoveeriti SmartEnCity projekti käigus ja neid tutvustasid linna ning korteriühistute esindajad. Külalised said teada, kuidas korteriühistud otsuse tegid, kuidas renoveerimist rahastati ja milline on elu majades pärast tööde lõppu. Eriti palju küsimusi tekitasid ventilatsioon, nutikad arvestid ja elanike teavitamine ehituse ajal.",
                "en": "The buildings known as Smartovka were renovated during the SmartEnCity project, and they were presented by representatives of the city and of the housing associations. The visitors learned how the housing associations reached their decision, how the renovation was financed and what life in the buildings is like now that the work is finished. Ventilation, smart meters and keeping residents informed during construction raised the most questions.",
            },
            {
                "et": "Pärastlõunal arutasid Võru ja Narva esindajad, mida Tartu kogemusest saab üle võtta nende linnades, kus korterelamute renoveerimine on samuti üks suurimaid väljakutseid. Kokkuvõtvalt leiti, et kõige tähtsam on elanike usaldus ning et linn saab korteriühistuid toetada nõu ja hea eeskujuga.",
                "en": "In the afternoon, representatives of Võru and Narva discussed what can be taken over from Tartu's experience in their own cities, where renovating apartment buildings is also one of the biggest challenges. In conclusion, the participants agreed that residents' trust matters most and that the city can support housing associations with advice and a good example.",
            },
        ],
    },
    {
        "date": "2025-06-19",
        "author": "Mari Kuusk",
        "topics": ["citizen-engagement", "energy-planning"],
        "cities": ["voru"],
        "solutions": ["positive-energy-block", "involving-residents"],
        "title": {
            "et": "Võru arutas elanikega positiivse energiaga kvartali tulevikku",
            "en": "Võru discussed the future of its positive energy block with residents",
        },
        "slug": {
            "et": "voru-arutas-elanikega-positiivse-energiaga-kvartali-tulevikku",
            "en": "voru-discussed-positive-energy-block-with-residents",
        },
        "intro": {
            "et": "Võru linn kutsus ühe kvartali korterelamute elanikud kokku, et arutada, kuidas sellest võiks saada piirkond, mis toodab rohkem energiat, kui tarbib.",
            "en": "The town of Võru invited the residents of the apartment buildings in one block to discuss how it could become an area that produces more energy than it uses.",
        },
        "body": [
            {
                "et": "Positiivse energiaga kvartal toodab aasta jooksul rohkem taastuvenergiat, kui ise tarbib. Võru õppis selliseid kvartaleid kavandama ELi projektis +CityxChange, kus linn osales järgijalinnana. Praktikas tähendab see korterelamute põhjalikku renoveerimist, päikesepaneele ja nutikat energiajuhtimist. Linn soovib, et elanikud oleksid otsuste juures algusest peale, sest ilma korteriühistute toetuseta ei ole sellist kava võimalik ellu viia.",
                "en": "A positive energy block produces more renewable energy over a year than it consumes. Võru learned how to plan such blocks in the EU project +CityxChange, in which it took part as a follower city. In practice, this means a thorough renovation of apartment buildings, solar panels and smart energy management. The town wants residents to be part of the decisions from the very beginning, because a plan like this cannot be carried out without the support of the housing associations.",
            },
            {
                "et": "Kohtumisel esitasid elanikud küsimusi renoveerimise kulude, ehitustööde ajal elamise ja tulevaste küttearvete kohta. Linna spetsialistid tutvustasid toetusvõimalusi ja Tartu Smartovka majade kogemust ning lubasid korraldada sügisel korteriühistutele eraldi nõustamispäevad. Kohtumine on osa laiemast kaasamisprotsessist, mis jätkub kogu aasta. Võrgustik aitab Võrul jagada oma kogemusi ka teiste Eesti linnadega.",
                "en": "At the meeting, residents asked about the cost of renovation, about living in their homes during construction and about future heating bills. The town's specialists presented the available support and the experience of Tartu's Smartovka buildings, and promised to organise separate advice days for housing associations in the autumn. The meeting is part of a wider engagement process that continues throughout the year. The network will help Võru share its experience with other Estonian towns.",
            },
        ],
    },
    {
        "date": "2026-02-10",
        "author": "Kadri Tamm",
        "topics": ["district-heating", "energy-planning"],
        "cities": ["kuressaare"],
        "solutions": ["renewable-district-heating", "cycle-friendly-streets"],
        "title": {
            "et": "Kuressaare liitus SmartEnCity Eesti võrgustikuga",
            "en": "Kuressaare has joined SmartEnCity Network Estonia",
        },
        "slug": {
            "et": "kuressaare-liitus-vorgustikuga",
            "en": "kuressaare-has-joined-the-network",
        },
        "intro": {
            "et": "Võrgustik sai uue liikme: Saaremaa ainus linn Kuressaare hakkab koos teiste Eesti linnadega oma esimesi kliimasamme kavandama.",
            "en": "The network has a new member: Kuressaare, the only town on Saaremaa, will plan its first climate steps together with other Estonian towns.",
        },
        "body": [
            {
                "et": "Liitumise otsustas Saaremaa vald, mille keskus Kuressaare on. Saarelinna jaoks on kohalikud taastuvad energiaallikad eriti olulised, sest muidu tuleb suur osa energiast tuua mandrilt. Linn soovib suurendada kohaliku puitkütuse ja päikeseenergia osakaalu kaugkütte soojuse tootmisel ning muuta väikeses ja kompaktses linnas liikumise jalgsi ja rattaga turvalisemaks.",
                "en": "The decision to join was taken by the rural municipality of Saaremaa, whose centre Kuressaare is. For an island town, local renewable energy sources matter all the more, because much of its energy would otherwise have to come from the mainland. The town wants to increase the share of local wood fuel and solar energy in the production of district heat and to make walking and cycling safer in its small, compact centre.",
            },
            {
                "et": "Valla esindajad osalevad edaspidi võrgustiku kohtumistel ja SmartEnCity akadeemia veebiseminaridel. Esimese sammuna tutvub Kuressaare Pärnu ja Tartu kogemusega ning valmistub koos elanike ja kohalike ettevõtetega City Check-up hindamiseks, mis aitab selgitada linna lähteseisu integreeritud energiaplaneerimises. Tervitame Kuressaaret võrgustikus ja ootame head koostööd!",
                "en": "Representatives of the municipality will take part in the network's meetings and in SmartEnCity Academy webinars. As a first step, Kuressaare will get to know the experience of Pärnu and Tartu and, together with residents and local businesses, prepare for the City Check-up, which will help to establish the town's starting point in integrated energy planning. We welcome Kuressaare to the network and look forward to working together!",
            },
        ],
    },
    {
        "date": "2026-09-17",
        "author": "SmartEnCity Eesti võrgustiku meeskond",
        "topics": ["district-heating"],
        "cities": ["parnu", "kuressaare"],
        "solutions": ["district-heating-from-wood-chips", "renewable-district-heating"],
        "title": {
            "et": "Õppevisiit Pärnusse: kaugküte kohalikust puiduhakkest",
            "en": "Study visit to Pärnu: district heating from local wood chips",
        },
        "slug": {
            "et": "oppevisiit-parnusse-kaugkute-puiduhakkest",
            "en": "study-visit-to-parnu-district-heating-from-wood-chips",
        },
        "intro": {
            "et": "Septembris külastasid võrgustiku liikmed Pärnut, et näha, kuidas kohalikust puiduhakkest toodetakse linnale soojust ja elektrit.",
            "en": "In September, network members visited Pärnu to see how local wood chips are used to produce heat and electricity for the city.",
        },
        "body": [
            {
                "et": "Suurem osa Pärnu kaugküttesoojusest tuleb koostootmisjaamast, kus põletatakse kohalikku puiduhaket ja toodetakse samal ajal ka elektrit. Ringkäigul jaamas selgitasid jaama spetsialistid, kust kütus tuleb, kuidas hoitakse selle kvaliteeti ühtlasena ja kuidas on linna kaugküttevõrku aastate jooksul järk-järgult uuendatud, et vähendada soojuskadusid torustikes.",
                "en": "Most of Pärnu's district heat comes from a combined heat and power plant that burns local wood chips and generates electricity at the same time. During a tour of the plant, specialists explained where the fuel comes from, how its quality is kept even and how the city's district heating network has been gradually renewed over the years to reduce heat losses in the pipes.",
            },
            {
                "et": "Eriti huvitas külastus Kuressaare esindajaid, sest linn soovib suurendada kohaliku puitkütuse ja päikeseenergia osakaalu oma kaugküttes. Arutelul räägiti ka sellest, kui palju puitkütust on piirkonnas säästvalt saada ja kuidas selgitada elanikele, miks kaugküte on kliima seisukohast hea valik. Järgmine õppevisiit on kavas Võrru.",
                "en": "The visit was of particular interest to the representatives of Kuressaare, as the town wants to increase the share of local wood fuel and solar energy in its district heating. The discussion also covered how much wood fuel can be obtained sustainably in the region and how to explain to residents why district heating is a good choice for the climate. The next study visit is planned for Võru.",
            },
        ],
    },
]
