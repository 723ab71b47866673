"""The member cities of the Danish national network Energibyerne, in Danish and English."""

CITIES = [
    {
        "title": {"da": "Sønderborg", "en": "Sønderborg"},
        "slug": {"da": "soenderborg", "en": "sonderborg"},
        "country": "DK",
        "population": 27000,
        "latitude": 54.9138,
        "longitude": 9.7922,
        "role": "lighthouse",
        "stage": "award",
        "intro": {
            "da": (
                "Sønderborg er Energibyernes fyrtårnsby og var en af fyrtårnsbyerne i "
                "EU-projektet SmartEnCity. Gennem det offentlig-private partnerskab ProjectZero "
                "arbejder kommunen, virksomheder og borgere sammen om at gøre områdets "
                "energisystem CO2-neutralt i 2029."
            ),
            "en": (
                "Sønderborg is the Lighthouse city of Energibyerne and was one of the "
                "Lighthouse cities of the EU project SmartEnCity. Through the public-private "
                "partnership ProjectZero, the municipality, businesses and citizens work "
                "together to make the area's energy system carbon-neutral by 2029."
            ),
        },
        "solutions": [
            {
                "title": {
                    "da": "ProjectZeros køreplan mod CO2-neutralitet",
                    "en": "ProjectZero's roadmap to carbon neutrality",
                },
                "slug": {"da": "projectzero-koereplan", "en": "projectzero-roadmap"},
                "summary": {
                    "da": (
                        "ProjectZero samler kommune, forsyninger, virksomheder og borgere om "
                        "en fælles køreplan for et CO2-neutralt energisystem i 2029. "
                        "Køreplanen opdateres løbende med nye mål og indsatser."
                    ),
                    "en": (
                        "ProjectZero brings the municipality, utilities, businesses and "
                        "citizens together around a shared roadmap for a carbon-neutral "
                        "energy system by 2029. The roadmap is updated regularly with new "
                        "targets and actions."
                    ),
                },
                "topics": ["energy-planning", "citizen-engagement"],
                "status": "in_progress",
                "key_figures": [
                    {
                        "label": {
                            "da": "Mål for et CO2-neutralt energisystem",
                            "en": "Target for a carbon-neutral energy system",
                        },
                        "value": "2029",
                    },
                    {
                        "label": {"da": "ProjectZero stiftet", "en": "ProjectZero founded"},
                        "value": "2007",
                    },
                ],
            },
            {
                "title": {
                    "da": "Grøn fjernvarme til flere boliger",
                    "en": "Green district heating for more homes",
                },
                "slug": {"da": "groen-fjernvarme", "en": "green-district-heating"},
                "summary": {
                    "da": (
                        "Fjernvarmen i Sønderborg-området bliver udbygget, så flere boliger "
                        "kan udskifte olie- og gasfyr med fjernvarme. Varmen kommer blandt "
                        "andet fra affaldsforbrænding, solvarme og biomasse."
                    ),
                    "en": (
                        "District heating in the Sønderborg area is being extended so that "
                        "more homes can replace oil and gas boilers with district heating. The "
                        "heat comes from sources including waste incineration, solar heating "
                        "and biomass."
                    ),
                },
                "topics": ["district-heating"],
                "status": "in_progress",
                "key_figures": [],
            },
            {
                "title": {
                    "da": "Energirenovering af boliger",
                    "en": "Energy renovation of homes",
                },
                "slug": {
                    "da": "energirenovering-af-boliger",
                    "en": "energy-renovation-of-homes",
                },
                "summary": {
                    "da": (
                        "Med energitjek og rådgivning gennem ZEROhome hjælper ProjectZero og "
                        "lokale håndværkere boligejerne i gang med at efterisolere, skifte "
                        "vinduer og udskifte gamle oliefyr."
                    ),
                    "en": (
                        "Through energy checks and advice from ZEROhome, ProjectZero and local "
                        "craftspeople help homeowners get started with adding insulation, "
                        "replacing windows and swapping out old oil boilers."
                    ),
                },
                "topics": ["building-retrofit", "citizen-engagement"],
                "status": "in_progress",
                "key_figures": [],
            },
            {
                "title": {"da": "Elektrisk mobilitet", "en": "Electric mobility"},
                "slug": {"da": "elektrisk-mobilitet", "en": "electric-mobility"},
                "summary": {
                    "da": (
                        "Kommunen udbygger ladeinfrastrukturen og skifter sine egne køretøjer "
                        "ud med elbiler. Målet er, at flere borgere og virksomheder vælger at "
                        "køre elektrisk."
                    ),
                    "en": (
                        "The municipality is expanding the charging infrastructure and "
                        "replacing its own vehicles with electric cars. The aim is for more "
                        "residents and businesses to choose to drive electric."
                    ),
                },
                "topics": ["sustainable-mobility"],
                "status": "in_progress",
                "key_figures": [],
            },
        ],
    },
    {
        "title": {"da": "Frederikshavn", "en": "Frederikshavn"},
        "slug": {"da": "frederikshavn", "en": "frederikshavn"},
        "country": "DK",
        "population": 22000,
        "latitude": 57.4407,
        "longitude": 10.5366,
        "role": "member",
        "stage": "replicate",
        "intro": {
            "da": (
                "Havnebyen Frederikshavn i Nordjylland har i mange år arbejdet målrettet med "
                "vedvarende energi under navnet Energibyen Frederikshavn. Kommunen vil bruge "
                "lokale ressourcer som affald, biogas og vindkraft i den grønne omstilling."
            ),
            "en": (
                "The port town of Frederikshavn in North Jutland has worked purposefully on "
                "renewable energy for many years under the name Energy City Frederikshavn. The "
                "municipality wants to use local resources such as waste, biogas and wind "
                "power in the green transition."
            ),
        },
        "solutions": [
            {
                "title": {"da": "Energibyen Frederikshavn", "en": "Energy City Frederikshavn"},
                "slug": {"da": "energibyen-frederikshavn", "en": "energy-city-frederikshavn"},
                "summary": {
                    "da": (
                        "En langsigtet energiplan, hvor kommune, forsyning og erhvervsliv "
                        "sammen arbejder hen imod en energiforsyning baseret på vedvarende "
                        "energi. Planen tænker el, varme og transport sammen."
                    ),
                    "en": (
                        "A long-term energy plan in which the municipality, utilities and "
                        "businesses work together towards an energy supply based on renewable "
                        "energy. The plan brings electricity, heat and transport together."
                    ),
                },
                "topics": ["energy-planning"],
                "status": "in_progress",
                "key_figures": [],
            },
            {
                "title": {
                    "da": "Fjernvarme fra lokale kilder",
                    "en": "District heating from local sources",
                },
                "slug": {
                    "da": "fjernvarme-fra-lokale-kilder",
                    "en": "district-heating-from-local-sources",
                },
                "summary": {
                    "da": (
                        "Fjernvarmen i Frederikshavn bygger på varme fra affaldsforbrænding og "
                        "skal i stigende grad komme fra vedvarende kilder som varmepumper og "
                        "overskudsvarme."
                    ),
                    "en": (
                        "District heating in Frederikshavn is based on heat from waste "
                        "incineration and is increasingly to come from renewable sources such "
                        "as heat pumps and surplus heat."
                    ),
                },
                "topics": ["district-heating"],
                "status": "in_progress",
                "key_figures": [],
            },
        ],
    },
    {
        "title": {"da": "Silkeborg", "en": "Silkeborg"},
        "slug": {"da": "silkeborg", "en": "silkeborg"},
        "country": "DK",
        "population": 50000,
        "latitude": 56.1697,
        "longitude": 9.5451,
        "role": "member",
        "stage": "attitude",
        "intro": {
            "da": (
                "Silkeborg ligger midt i Jylland omgivet af søer og skov. Byen er kendt for et "
                "af verdens største solvarmeanlæg, som leverer grøn varme til byens "
                "fjernvarme."
            ),
            "en": (
                "Silkeborg lies in the middle of Jutland, surrounded by lakes and forest. The "
                "town is known for one of the world's largest solar heating plants, which "
                "supplies green heat to the town's district heating."
            ),
        },
        "solutions": [
            {
                "title": {
                    "da": "Solvarme til fjernvarmen",
                    "en": "Solar heat for district heating",
                },
                "slug": {"da": "solvarme-til-fjernvarmen", "en": "solar-heat-district-heating"},
                "summary": {
                    "da": (
                        "Silkeborg Forsyning har opført et stort solvarmeanlæg uden for byen, "
                        "som dækker en væsentlig del af fjernvarmebehovet. Ved indvielsen var "
                        "det blandt de største af sin slags i verden."
                    ),
                    "en": (
                        "Silkeborg Forsyning has built a large solar heating plant outside the "
                        "town, which covers a significant share of the district heating "
                        "demand. When it opened, it was among the largest of its kind in the "
                        "world."
                    ),
                },
                "topics": ["district-heating"],
                "status": "implemented",
                "key_figures": [],
            },
            {
                "title": {
                    "da": "Klimaplan for hele kommunen",
                    "en": "Climate plan for the whole municipality",
                },
                "slug": {"da": "klimaplan", "en": "climate-plan"},
                "summary": {
                    "da": (
                        "Kommunen har udarbejdet en klimaplan efter DK2020-metoden, der sætter "
                        "retningen mod klimaneutralitet senest i 2050. Planen skal nu omsættes "
                        "til konkrete indsatser sammen med borgere og virksomheder."
                    ),
                    "en": (
                        "The municipality has drawn up a climate plan following the DK2020 "
                        "method, setting the course towards climate neutrality by 2050 at the "
                        "latest. The plan is now to be turned into concrete actions together "
                        "with residents and businesses."
                    ),
                },
                "topics": ["energy-planning", "citizen-engagement"],
                "status": "in_progress",
                "key_figures": [],
            },
        ],
    },
    {
        "title": {"da": "Albertslund", "en": "Albertslund"},
        "slug": {"da": "albertslund", "en": "albertslund"},
        "country": "DK",
        "population": 28000,
        "latitude": 55.6573,
        "longitude": 12.3540,
        "role": "member",
        "stage": "award",
        "intro": {
            "da": (
                "Albertslund på Vestegnen ved København har i mange år været et foregangssted "
                "for grøn byudvikling. Kommunen er kendt for energirenovering af sine "
                "rækkehusområder og for at afprøve energieffektiv gadebelysning."
            ),
            "en": (
                "Albertslund, west of Copenhagen, has been a pioneer of green urban "
                "development for many years. The municipality is known for the energy "
                "renovation of its terraced housing areas and for testing energy-efficient "
                "street lighting."
            ),
        },
        "solutions": [
            {
                "title": {
                    "da": "Renovering af rækkehusene i Albertslund Syd",
                    "en": "Renovating the terraced houses of Albertslund Syd",
                },
                "slug": {"da": "renovering-albertslund-syd", "en": "renovating-albertslund-syd"},
                "summary": {
                    "da": (
                        "Rækkehusene fra 1960'erne i Albertslund Syd får ny klimaskærm, bedre "
                        "isolering og nye vinduer, så energiforbruget falder markant. "
                        "Beboerne er med til at beslutte renoveringen."
                    ),
                    "en": (
                        "The terraced houses from the 1960s in Albertslund Syd are getting a "
                        "new building envelope, better insulation and new windows, so that "
                        "energy use falls markedly. Residents take part in deciding on the "
                        "renovation."
                    ),
                },
                "topics": ["building-retrofit", "citizen-engagement"],
                "status": "in_progress",
                "key_figures": [],
            },
            {
                "title": {
                    "da": "Lyslaboratorium for energieffektiv gadebelysning",
                    "en": "Living lab for energy-efficient street lighting",
                },
                "slug": {"da": "lyslaboratorium", "en": "street-lighting-lab"},
                "summary": {
                    "da": (
                        "I DOLL Living Lab i Hersted Industripark afprøves LED-gadelys og "
                        "intelligent lysstyring, som sparer energi og samtidig kan indsamle "
                        "data om byen."
                    ),
                    "en": (
                        "At the DOLL Living Lab in Hersted Industripark, LED street lights and "
                        "intelligent lighting control are tested, saving energy while also "
                        "being able to collect data about the city."
                    ),
                },
                "topics": ["urban-data"],
                "status": "implemented",
                "key_figures": [],
            },
            {
                "title": {
                    "da": "Lavere temperatur i fjernvarmen",
                    "en": "Lower temperatures in district heating",
                },
                "slug": {
                    "da": "lavtemperatur-fjernvarme",
                    "en": "low-temperature-district-heating",
                },
                "summary": {
                    "da": (
                        "Albertslund Forsyning arbejder på at sænke temperaturen i "
                        "fjernvarmenettet. Det mindsker varmetabet og gør det lettere at "
                        "udnytte overskudsvarme og varmepumper."
                    ),
                    "en": (
                        "Albertslund Forsyning is working to lower the temperature in the "
                        "district heating network. This reduces heat losses and makes it "
                        "easier to use surplus heat and heat pumps."
                    ),
                },
                "topics": ["district-heating"],
                "status": "in_progress",
                "key_figures": [],
            },
        ],
    },
    {
        "title": {"da": "Ærø", "en": "Ærø"},
        "slug": {"da": "aeroe", "en": "aeroe"},
        "country": "DK",
        "population": 6000,
        "latitude": 54.8882,
        "longitude": 10.4115,
        "role": "member",
        "stage": "engagement",
        "intro": {
            "da": (
                "Ærø er en økommune i Det Sydfynske Øhav med en lang tradition for lokal, "
                "vedvarende energi. Øens byer får fjernvarme fra store solvarmeanlæg, og en "
                "eldrevet færge forbinder øen med Als."
            ),
            "en": (
                "Ærø is an island municipality in the South Funen Archipelago with a long "
                "tradition of local renewable energy. The island's towns get district heating "
                "from large solar heating plants, and an electric ferry links the island with "
                "Als."
            ),
        },
        "solutions": [
            {
                "title": {"da": "Elfærgen Ellen", "en": "The electric ferry Ellen"},
                "slug": {"da": "elfaergen-ellen", "en": "electric-ferry-ellen"},
                "summary": {
                    "da": (
                        "Den fuldt eldrevne færge Ellen sejler mellem Søby og Fynshav og blev "
                        "udviklet i EU-projektet E-ferry. Færgen sejler udelukkende på batterier, "
                        "som lades op i havn."
                    ),
                    "en": (
                        "The fully electric ferry Ellen sails between Søby and Fynshav and was "
                        "developed in the EU project E-ferry. The ferry runs solely on "
                        "batteries, which are charged in port."
                    ),
                },
                "topics": ["sustainable-mobility"],
                "status": "implemented",
                "key_figures": [],
            },
            {
                "title": {
                    "da": "Solvarme og varmelager i Marstal",
                    "en": "Solar heating and heat storage in Marstal",
                },
                "slug": {"da": "solvarme-marstal", "en": "solar-heating-marstal"},
                "summary": {
                    "da": (
                        "Marstal Fjernvarme henter en stor del af sin varme fra et stort "
                        "solvarmeanlæg med et damvarmelager, der gemmer sommerens solvarme til "
                        "de koldere måneder."
                    ),
                    "en": (
                        "Marstal Fjernvarme gets a large share of its heat from a large solar "
                        "heating plant with a pit heat store that saves the summer's solar "
                        "heat for the colder months."
                    ),
                },
                "topics": ["district-heating"],
                "status": "implemented",
                "key_figures": [],
            },
        ],
    },
    {
        "title": {"da": "Bornholm", "en": "Bornholm"},
        "slug": {"da": "bornholm", "en": "bornholm"},
        "country": "DK",
        "population": 39000,
        "latitude": 55.1009,
        "longitude": 14.7066,
        "role": "member",
        "stage": "awareness",
        "intro": {
            "da": (
                "Bornholm arbejder på at blive en grøn og bæredygtig ø og har længe været "
                "testområde for fremtidens intelligente energisystem. Med Energiø Bornholm "
                "skal øen desuden blive knudepunkt for havvind i Østersøen."
            ),
            "en": (
                "Bornholm is working to become a green and sustainable island and has long "
                "been a test area for the smart energy system of the future. With Energy "
                "Island Bornholm, the island is also to become a hub for offshore wind in the "
                "Baltic Sea."
            ),
        },
        "solutions": [
            {
                "title": {
                    "da": "Fremtidens elnet i EcoGrid-projektet",
                    "en": "The power grid of the future in the EcoGrid project",
                },
                "slug": {"da": "ecogrid", "en": "ecogrid"},
                "summary": {
                    "da": (
                        "I demonstrationsprojektet EcoGrid EU testede bornholmske husstande, "
                        "hvordan elforbruget automatisk kan tilpasses en svingende produktion "
                        "fra vind og sol."
                    ),
                    "en": (
                        "In the EcoGrid EU demonstration project, households on Bornholm "
                        "tested how electricity use can automatically adapt to fluctuating "
                        "production from wind and sun."
                    ),
                },
                "topics": ["urban-data", "citizen-engagement"],
                "status": "implemented",
                "key_figures": [],
            },
            {
                "title": {"da": "Energiø Bornholm", "en": "Energy Island Bornholm"},
                "slug": {"da": "energioe-bornholm", "en": "energy-island-bornholm"},
                "summary": {
                    "da": (
                        "Ud for Bornholm planlægges havvindmølleparker, hvis strøm skal føres "
                        "via øen videre til Sjælland og Tyskland."
                    ),
                    "en": (
                        "Offshore wind farms are planned off Bornholm, and their power is to "
                        "be carried via the island on to Zealand and Germany."
                    ),
                },
                "topics": ["energy-planning"],
                "status": "planned",
                "key_figures": [],
            },
        ],
    },
]
