"""Demo cities of the Estonian network: the Lighthouse city Tartu and five member cities."""

CITIES = [
    {
        "title": {"et": "Tartu", "en": "Tartu"},
        "slug": {"et": "tartu", "en": "tartu"},
        "country": "EE",
        "population": 97000,
        "latitude": 58.3803,
        "longitude": 26.7223,
        "role": "lighthouse",
        "stage": "award",
        "intro": {
            "et": (
                "Tartu on SmartEnCity projekti majakalinn, kus kesklinna nõukogudeaegsed "
                "korterelamud muudeti nutikateks ja energiatõhusateks kodudeks. Linn paigaldas "
                "nutika tänavavalgustuse, käivitas elektri- ja tavaratastega rattaringluse ning "
                "võttis linnaliinidel kasutusele gaasibussid."
            ),
            "en": (
                "Tartu is a Lighthouse city of the SmartEnCity project, where Soviet-era "
                "apartment blocks in the city centre were turned into smart, energy-efficient "
                "homes. The city installed smart street lighting, launched a bike-sharing system "
                "with electric and conventional bikes and introduced gas-powered buses on its "
                "city routes."
            ),
        },
        "solutions": [
            {
                "title": {
                    "et": "Smartovka: nutikad korterelamud",
                    "en": "Smartovka: smart apartment blocks",
                },
                "slug": {"et": "smartovka-korterelamud", "en": "smartovka-apartment-blocks"},
                "summary": {
                    "et": (
                        "Kesklinna nõukogudeaegsed korterelamud ehk hruštšovkad renoveeriti "
                        "SmartEnCity projektis põhjalikult: need said uue soojustuse, "
                        "soojustagastusega ventilatsiooni, päikesepaneelid ja nutika kodu "
                        "seiresüsteemi."
                    ),
                    "en": (
                        "Soviet-era apartment blocks in the city centre, known as "
                        "khrushchyovkas, were thoroughly renovated in the SmartEnCity project: "
                        "they received new insulation, ventilation with heat recovery, solar "
                        "panels and a smart home monitoring system."
                    ),
                },
                "topics": ["building-retrofit", "citizen-engagement", "urban-data"],
                "status": "implemented",
                "key_figures": [],
            },
            {
                "title": {"et": "Nutikas tänavavalgustus", "en": "Smart street lighting"},
                "slug": {"et": "nutikas-tanavavalgustus", "en": "smart-street-lighting"},
                "summary": {
                    "et": (
                        "Kesklinna tänavad said energiasäästlikud LED-valgustid, mida saab "
                        "kaugjuhtida ja mille heledus kohandub vastavalt vajadusele."
                    ),
                    "en": (
                        "Streets in the city centre received energy-saving LED lights that can "
                        "be controlled remotely and whose brightness adapts to need."
                    ),
                },
                "topics": ["urban-data", "energy-planning"],
                "status": "implemented",
                "key_figures": [],
            },
            {
                "title": {"et": "Tartu rattaringlus", "en": "Tartu bike-sharing system"},
                "slug": {"et": "rattaringlus", "en": "bike-sharing"},
                "summary": {
                    "et": (
                        "2019. aastal avatud rattaringlus pakub linlastele üle linna paiknevates "
                        "jaamades nii tava- kui ka elektrirattaid."
                    ),
                    "en": (
                        "Opened in 2019, the bike-sharing system offers residents both "
                        "conventional and electric bikes at stations across the city."
                    ),
                },
                "topics": ["sustainable-mobility"],
                "status": "implemented",
                "key_figures": [
                    {
                        "label": {"et": "Käivitamise aasta", "en": "Year launched"},
                        "value": "2019",
                    },
                ],
            },
            {
                "title": {
                    "et": "Gaasibussid linnaliinidel",
                    "en": "Gas-powered buses on city routes",
                },
                "slug": {"et": "gaasibussid", "en": "gas-buses"},
                "summary": {
                    "et": (
                        "Tartu linnaliinidel sõidavad surugaasil töötavad bussid, mis saavad "
                        "kasutada ka biometaani ning on diiselbussidest vaiksemad ja puhtamad."
                    ),
                    "en": (
                        "Buses running on compressed gas, which can also use biomethane, serve "
                        "Tartu's city routes and are quieter and cleaner than diesel buses."
                    ),
                },
                "topics": ["sustainable-mobility"],
                "status": "implemented",
                "key_figures": [],
            },
        ],
    },
    {
        "title": {"et": "Pärnu", "en": "Pärnu"},
        "slug": {"et": "parnu", "en": "parnu"},
        "country": "EE",
        "population": 51000,
        "latitude": 58.3859,
        "longitude": 24.4971,
        "role": "member",
        "stage": "award",
        "intro": {
            "et": (
                "Pärnu on Eesti suvepealinn, kus kaugkütte soojus toodetakse suures osas "
                "kohalikust puiduhakkest ja kus tihe kergliiklusteede võrk teeb rattasõidu "
                "igapäevaseks. Linn jagab oma kogemusi teiste võrgustiku liikmetega ning seob "
                "hoonete, soojuse ja liikuvuse eesmärgid energia- ja kliimakavas."
            ),
            "en": (
                "Pärnu is Estonia's summer capital, where district heat is largely produced from "
                "local wood chips and a dense network of cycle and foot paths makes cycling part "
                "of everyday life. The city shares its experience with other network members and "
                "links its goals for buildings, heat and mobility in an energy and climate plan."
            ),
        },
        "solutions": [
            {
                "title": {
                    "et": "Puiduhakkel töötav kaugküte",
                    "en": "District heating from wood chips",
                },
                "slug": {"et": "kaugkute-puiduhakkest", "en": "district-heating-from-wood-chips"},
                "summary": {
                    "et": (
                        "Suurem osa Pärnu kaugkütte soojusest tuleb koostootmisjaamast, kus "
                        "põletatakse kohalikku puiduhaket ja toodetakse samal ajal ka elektrit."
                    ),
                    "en": (
                        "Most of Pärnu's district heat comes from a combined heat and power "
                        "plant that burns local wood chips and generates electricity at the "
                        "same time."
                    ),
                },
                "topics": ["district-heating"],
                "status": "implemented",
                "key_figures": [],
            },
            {
                "title": {"et": "Kergliiklusteede võrk", "en": "Network of cycle and foot paths"},
                "slug": {"et": "kergliiklusteed", "en": "cycle-and-foot-paths"},
                "summary": {
                    "et": (
                        "Linn on aastate jooksul rajanud ulatusliku kergliiklusteede võrgu, mis "
                        "ühendab kesklinna, rannaala ja elamurajoone."
                    ),
                    "en": (
                        "Over the years the city has built an extensive network of cycle and "
                        "foot paths linking the city centre, the beach area and residential "
                        "districts."
                    ),
                },
                "topics": ["sustainable-mobility"],
                "status": "implemented",
                "key_figures": [],
            },
            {
                "title": {"et": "Energia- ja kliimakava", "en": "Energy and climate plan"},
                "slug": {"et": "energia-ja-kliimakava", "en": "energy-and-climate-plan"},
                "summary": {
                    "et": (
                        "Kava seab eesmärgid hoonete energiatõhususe, taastuvenergia ja säästva "
                        "liikuvuse valdkonnas ning kaasab nende elluviimisse elanikke ja "
                        "ettevõtteid."
                    ),
                    "en": (
                        "The plan sets goals for building energy efficiency, renewable energy "
                        "and sustainable mobility, and involves residents and businesses in "
                        "putting them into practice."
                    ),
                },
                "topics": ["energy-planning", "citizen-engagement"],
                "status": "in_progress",
                "key_figures": [],
            },
        ],
    },
    {
        "title": {"et": "Võru", "en": "Võru"},
        "slug": {"et": "voru", "en": "voru"},
        "country": "EE",
        "population": 11500,
        "latitude": 57.8339,
        "longitude": 27.0192,
        "role": "member",
        "stage": "replicate",
        "intro": {
            "et": (
                "Võru on Kagu-Eesti maakonnakeskus, mis osales ELi projektis +CityxChange "
                "järgijalinnana ja õppis seal positiivse energiaga kvartalite kavandamist. Nüüd "
                "rakendab linn neid kogemusi korterelamute renoveerimisel ja elanike kaasamisel."
            ),
            "en": (
                "Võru is a county centre in south-eastern Estonia that took part in the EU "
                "project +CityxChange as a follower city and learned there how to plan positive "
                "energy blocks. The town now applies this experience to renovating apartment "
                "buildings and involving residents."
            ),
        },
        "solutions": [
            {
                "title": {
                    "et": "Positiivse energiaga kvartal",
                    "en": "Positive energy block",
                },
                "slug": {"et": "positiivse-energiaga-kvartal", "en": "positive-energy-block"},
                "summary": {
                    "et": (
                        "Linn kavandab, kuidas muuta üks kvartal selliseks, mis toodab aasta "
                        "jooksul rohkem taastuvenergiat, kui ise tarbib."
                    ),
                    "en": (
                        "The town is planning how to turn one block into an area that produces "
                        "more renewable energy over a year than it consumes."
                    ),
                },
                "topics": ["energy-planning", "district-heating"],
                "status": "planned",
                "key_figures": [],
            },
            {
                "title": {
                    "et": "Korterelamute renoveerimine",
                    "en": "Apartment building renovation",
                },
                "slug": {
                    "et": "korterelamute-renoveerimine",
                    "en": "apartment-building-renovation",
                },
                "summary": {
                    "et": (
                        "Linn nõustab korteriühistuid riiklike renoveerimistoetuste taotlemisel, "
                        "et vanad korterelamud saaksid uue soojustuse ja ventilatsiooni."
                    ),
                    "en": (
                        "The town advises housing associations on applying for national "
                        "renovation grants so that old apartment buildings receive new "
                        "insulation and ventilation."
                    ),
                },
                "topics": ["building-retrofit", "citizen-engagement"],
                "status": "in_progress",
                "key_figures": [],
            },
            {
                "title": {
                    "et": "Elanike kaasamine energiaüleminekusse",
                    "en": "Involving residents in the energy transition",
                },
                "slug": {"et": "elanike-kaasamine", "en": "involving-residents"},
                "summary": {
                    "et": (
                        "Töötubades ja avalikel aruteludel saavad elanikud kaasa rääkida, kuidas "
                        "linna energiakasutust säästlikumaks muuta."
                    ),
                    "en": (
                        "In workshops and public discussions, residents have a say in how the "
                        "town's energy use can be made more sustainable."
                    ),
                },
                "topics": ["citizen-engagement"],
                "status": "in_progress",
                "key_figures": [],
            },
        ],
    },
    {
        "title": {"et": "Viljandi", "en": "Viljandi"},
        "slug": {"et": "viljandi", "en": "viljandi"},
        "country": "EE",
        "population": 17000,
        "latitude": 58.3636,
        "longitude": 25.5956,
        "role": "member",
        "stage": "attitude",
        "intro": {
            "et": (
                "Viljandi on Lõuna-Eesti kultuuri- ja hariduslinn, mis on seadnud eesmärgiks "
                "vähendada hoonete ja transpordi energiakasutust. Selleks koostab linn energia- "
                "ja kliimakava ning uuendab tänavavalgustust."
            ),
            "en": (
                "Viljandi is a town of culture and education in southern Estonia that aims to "
                "reduce the energy used by buildings and transport. To do so, the town is "
                "drawing up an energy and climate plan and modernising its street lighting."
            ),
        },
        "solutions": [
            {
                "title": {"et": "Energia- ja kliimakava", "en": "Energy and climate plan"},
                "slug": {"et": "energia-ja-kliimakava", "en": "energy-and-climate-plan"},
                "summary": {
                    "et": (
                        "Kava kaardistab linna energiakasutuse ja heitkogused ning seab sammud "
                        "hoonete, soojusvarustuse ja liikuvuse jaoks."
                    ),
                    "en": (
                        "The plan maps the town's energy use and emissions and sets out steps "
                        "for buildings, heat supply and mobility."
                    ),
                },
                "topics": ["energy-planning"],
                "status": "in_progress",
                "key_figures": [],
            },
            {
                "title": {
                    "et": "Energiasäästlik tänavavalgustus",
                    "en": "Energy-saving street lighting",
                },
                "slug": {"et": "tanavavalgustuse-uuendamine", "en": "street-lighting-upgrade"},
                "summary": {
                    "et": (
                        "Vanad tänavavalgustid asendatakse järk-järgult LED-valgustitega, mille "
                        "heledust saab öösel vajaduse järgi vähendada."
                    ),
                    "en": (
                        "Old street lights are gradually being replaced with LED lights whose "
                        "brightness can be lowered at night as needed."
                    ),
                },
                "topics": ["energy-planning", "urban-data"],
                "status": "in_progress",
                "key_figures": [],
            },
        ],
    },
    {
        "title": {"et": "Kuressaare", "en": "Kuressaare"},
        "slug": {"et": "kuressaare", "en": "kuressaare"},
        "country": "EE",
        "population": 13000,
        "latitude": 58.2529,
        "longitude": 22.4853,
        "role": "member",
        "stage": "engagement",
        "intro": {
            "et": (
                "Kuressaare on Saaremaa ainus linn ja saare keskus, kus kohalikud taastuvad "
                "energiaallikad on saarelise asendi tõttu eriti olulised. Võrgustikus alustab "
                "linn oma esimeste kliimasammude kavandamist koos elanike ja ettevõtetega."
            ),
            "en": (
                "Kuressaare is the only town on Saaremaa and the island's centre, where local "
                "renewable energy sources matter all the more because of its island location. "
                "In the network, the town is beginning to plan its first climate steps together "
                "with residents and businesses."
            ),
        },
        "solutions": [
            {
                "title": {
                    "et": "Taastuvenergial põhinev kaugküte",
                    "en": "District heating based on renewable energy",
                },
                "slug": {"et": "taastuv-kaugkute", "en": "renewable-district-heating"},
                "summary": {
                    "et": (
                        "Linn soovib suurendada kohaliku puitkütuse ja päikeseenergia osakaalu "
                        "kaugkütte soojuse tootmisel."
                    ),
                    "en": (
                        "The town wants to increase the share of local wood fuel and solar "
                        "energy in the production of district heat."
                    ),
                },
                "topics": ["district-heating", "energy-planning"],
                "status": "planned",
                "key_figures": [],
            },
            {
                "title": {"et": "Rattasõbralik linnaruum", "en": "Cycle-friendly streets"},
                "slug": {"et": "rattasobralik-linnaruum", "en": "cycle-friendly-streets"},
                "summary": {
                    "et": (
                        "Väikeses ja kompaktses linnas on enamik sihtkohti jalgsi või rattaga "
                        "kergesti kättesaadavad, seepärast kavandab linn turvalisemaid rattateid "
                        "ja rattaparklaid."
                    ),
                    "en": (
                        "In a small, compact town most destinations are easy to reach on foot or "
                        "by bike, so the town is planning safer cycle lanes and bike parking."
                    ),
                },
                "topics": ["sustainable-mobility", "citizen-engagement"],
                "status": "planned",
                "key_figures": [],
            },
        ],
    },
    {
        "title": {"et": "Narva", "en": "Narva"},
        "slug": {"et": "narva", "en": "narva"},
        "country": "EE",
        "population": 53000,
        "latitude": 59.3772,
        "longitude": 28.1903,
        "role": "member",
        "stage": "awareness",
        "intro": {
            "et": (
                "Narva on Eesti idapiiril asuv tööstuslinn, mille elamufond koosneb suures osas "
                "nõukogudeaegsetest korterelamutest. Linn alles tutvub võrgustiku tegevusega ja "
                "otsib õiglase ülemineku raames võimalusi, kuidas muuta kodud soojemaks ja "
                "energiakulud väiksemaks."
            ),
            "en": (
                "Narva is an industrial city on Estonia's eastern border whose housing consists "
                "largely of Soviet-era apartment blocks. The city is just getting to know the "
                "network's work and, as part of the just transition, is looking for ways to make "
                "homes warmer and energy bills lower."
            ),
        },
        "solutions": [
            {
                "title": {
                    "et": "Korterelamute renoveerimine",
                    "en": "Apartment building renovation",
                },
                "slug": {
                    "et": "korterelamute-renoveerimine",
                    "en": "apartment-building-renovation",
                },
                "summary": {
                    "et": (
                        "Linn julgustab korteriühistuid kasutama riiklikke toetusi, et soojustada "
                        "nõukogudeaegseid paneelmaju ja uuendada nende küttesüsteeme."
                    ),
                    "en": (
                        "The city encourages housing associations to use national grants to "
                        "insulate Soviet-era panel buildings and renew their heating systems."
                    ),
                },
                "topics": ["building-retrofit"],
                "status": "in_progress",
                "key_figures": [],
            },
            {
                "title": {"et": "Energia- ja kliimakava", "en": "Energy and climate plan"},
                "slug": {"et": "energia-ja-kliimakava", "en": "energy-and-climate-plan"},
                "summary": {
                    "et": (
                        "Kava peab aitama linnal valmistuda üleminekuks põlevkivil põhinevalt "
                        "soojusvarustuselt puhtamatele energiaallikatele."
                    ),
                    "en": (
                        "The plan is meant to help the city prepare the move from oil-shale-based "
                        "heat supply to cleaner energy sources."
                    ),
                },
                "topics": ["energy-planning", "district-heating"],
                "status": "planned",
                "key_figures": [],
            },
        ],
    },
]
