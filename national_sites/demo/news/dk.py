"""News of the Danish network Energibyerne, in Danish with English translations."""

SOURCE_LANGUAGE = "da"

INDEX = {
    "title": {"da": "Nyheder", "en": "News"},
    "slug": {"da": "nyheder", "en": "news"},
    "intro": {
        "da": "Nyt fra Energibyerne og fra kommunerne i netværket: møder, studieture, webinarer og resultater fra den lokale grønne omstilling.",
        "en": "News from Energibyerne and its member municipalities: meetings, study tours, webinars and results from the local green transition.",
    },
}

NEWS = [
    {
        "date": "2025-03-13",
        "author": "Energibyernes sekretariat",
        "topics": ["energy-planning", "district-heating"],
        "cities": ["sonderborg"],
        "solutions": ["projectzero-roadmap", "green-district-heating"],
        "title": {
            "da": "Årets første netværksmøde samlede kommunerne i Sønderborg",
            "en": "The year's first network meeting brought the municipalities together in Sønderborg",
        },
        "slug": {
            "da": "aarets-foerste-netvaerksmoede-i-soenderborg",
            "en": "first-network-meeting-of-the-year-in-sonderborg",
        },
        "intro": {
            "da": "Medarbejdere fra medlemskommunerne mødtes i Sønderborg for at høre, hvordan ProjectZero arbejder med køreplanen mod et CO2-neutralt energisystem.",
            "en": "Staff from the member municipalities met in Sønderborg to hear how ProjectZero works with its roadmap towards a carbon-neutral energy system.",
        },
        "body": [
            {
                "da": "Netværksmødet begyndte med en gennemgang af ProjectZeros køreplan. Kommunen, forsyningerne og virksomhederne fortalte, hvordan de fordeler opgaverne mellem sig, og hvordan de følger op på målene år for år. Flere deltagere hæftede sig ved, at køreplanen ikke er et dokument, der ligger i en skuffe, men et redskab, som partnerne bruger i det daglige arbejde.",
                "en": "The network meeting began with a walk through ProjectZero's roadmap. The municipality, the utilities and local businesses explained how they share the tasks and how they follow up on the targets year by year. Several participants noted that the roadmap is not a document left in a drawer, but a tool the partners use in their daily work.",
            },
            {
                "da": "Om eftermiddagen besøgte deltagerne fjernvarmeselskabet, hvor de så, hvordan overskudsvarme og vedvarende energi efterhånden har erstattet fossile brændsler. Dagen sluttede med en drøftelse af, hvad de mindre kommuner kan tage med hjem, og sekretariatet samler nu forslagene til årets webinarer i SmartEnCity Academy.",
                "en": "In the afternoon the participants visited the district heating company, where they saw how surplus heat and renewable energy have gradually replaced fossil fuels. The day ended with a discussion of what the smaller municipalities can take home, and the secretariat is now collecting the suggestions for this year's SmartEnCity Academy webinars.",
            },
        ],
    },
    {
        "date": "2025-03-27",
        "author": "Mette Hansen",
        "topics": ["energy-planning", "citizen-engagement"],
        "cities": ["aeroe"],
        "solutions": ["electric-ferry-ellen", "solar-heating-marstal"],
        "title": {
            "da": "Ærø Kommune er blevet medlem af Energibyerne",
            "en": "Ærø Municipality has joined Energibyerne",
        },
        "slug": {
            "da": "aeroe-kommune-er-blevet-medlem",
            "en": "aeroe-municipality-has-joined",
        },
        "intro": {
            "da": "Vi byder Ærø velkommen i netværket. Økommunen har mange års erfaring med vedvarende energi og vil nu dele den med de andre medlemmer.",
            "en": "We welcome Ærø to the network. The island municipality has many years of experience with renewable energy and now wants to share it with the other members.",
        },
        "body": [
            {
                "da": "Ærø er kendt for elfærgen Ellen og for de store solvarmeanlæg, der leverer varme til fjernvarmen i Marstal. Som økommune står Ærø over for særlige udfordringer, når det gælder energiforsyning og transport, og netop derfor er erfaringerne interessante for mange andre små kommuner i netværket.",
                "en": "Ærø is known for the electric ferry Ellen and for the large solar heating plants that supply the district heating in Marstal. As an island municipality, Ærø faces particular challenges in energy supply and transport, and that is exactly why its experience is of interest to many other small municipalities in the network.",
            },
            {
                "da": "Kommunen har udpeget medarbejdere fra klima- og planområdet, som vil deltage i netværksmøderne og i SmartEnCity Academy. Næste skridt er City Check-up, der skal give et samlet billede af, hvor langt kommunen er nået med integreret energiplanlægning. Vi glæder os til samarbejdet.",
                "en": "The municipality has appointed staff from its climate and planning departments, who will take part in the network meetings and in the SmartEnCity Academy. The next step is the City Check-up, which will give an overall picture of how far the municipality has come with integrated energy planning. We look forward to working together.",
            },
        ],
    },
    {
        "date": "2025-09-04",
        "author": "Jonas Kristensen",
        "topics": ["sustainable-mobility", "district-heating"],
        "cities": ["aeroe"],
        "solutions": ["electric-ferry-ellen", "solar-heating-marstal"],
        "title": {
            "da": "Studietur til Ærø: elfærge og solvarme",
            "en": "Study tour to Ærø: electric ferry and solar heating",
        },
        "slug": {
            "da": "studietur-til-aeroe-elfaerge-og-solvarme",
            "en": "study-tour-to-aeroe-electric-ferry-and-solar-heating",
        },
        "intro": {
            "da": "Medlemmer af Energibyerne tog på studietur til Ærø for at se, hvordan en lille økommune bruger elfærgen Ellen og solvarmen i Marstal i den grønne omstilling.",
            "en": "Members of Energibyerne went on a study tour to Ærø to see how a small island municipality uses the electric ferry Ellen and solar heating in Marstal in its green transition.",
        },
        "body": [
            {
                "da": "Turen begyndte om bord på elfærgen Ellen, hvor deltagerne hørte om de overvejelser, der gik forud for valget af en helt eldrevet færge, og om erfaringerne med drift, opladning og vedligeholdelse. For flere af kommunerne med færgeforbindelser var det første gang, de så en eldrevet færge i daglig drift.",
                "en": "The tour began on board the electric ferry Ellen, where the participants heard about the considerations that preceded the choice of a fully electric ferry and about the experience with operation, charging and maintenance. For several of the municipalities with ferry services, it was the first time they had seen an electric ferry in daily service.",
            },
            {
                "da": "Om eftermiddagen gik turen til Marstal, hvor det forbrugerejede fjernvarmeværk forsyner byen med varme fra store solfangerfelter. Deltagerne fik indblik i, hvordan anlægget er udbygget over tid, og hvordan andelsejerskabet har skabt lokal opbakning. Mange tog idéen om at samle borgerne om fælles energiløsninger med hjem.",
                "en": "In the afternoon the tour continued to Marstal, where the consumer-owned district heating plant supplies the town with heat from large fields of solar collectors. The participants learned how the plant has been expanded over time and how cooperative ownership has built local support. Many took home the idea of bringing citizens together around shared energy solutions.",
            },
        ],
    },
    {
        "date": "2026-01-22",
        "author": "Energibyernes sekretariat",
        "topics": ["district-heating", "building-retrofit"],
        "cities": ["albertslund"],
        "solutions": ["low-temperature-district-heating", "renovating-albertslund-syd"],
        "title": {
            "da": "Webinar: Lavtemperaturfjernvarme og renovering i Albertslund",
            "en": "Webinar: low-temperature district heating and renovation in Albertslund",
        },
        "slug": {
            "da": "webinar-lavtemperaturfjernvarme-i-albertslund",
            "en": "webinar-low-temperature-district-heating-in-albertslund",
        },
        "intro": {
            "da": "Albertslund fortalte på et webinar i SmartEnCity Academy, hvordan kommunen kombinerer renovering af boliger med omstilling til lavtemperaturfjernvarme.",
            "en": "In a SmartEnCity Academy webinar, Albertslund explained how the municipality combines the renovation of homes with the switch to low-temperature district heating.",
        },
        "body": [
            {
                "da": "Albertslund har i en årrække arbejdet på at sænke temperaturen i fjernvarmenettet. Det mindsker varmetabet i rørene og gør det lettere at udnytte overskudsvarme og vedvarende energi. Forudsætningen er, at bygningerne kan holdes varme med en lavere fremløbstemperatur, og derfor hænger omstillingen tæt sammen med renoveringen af boligområderne, blandt andet i Albertslund Syd.",
                "en": "For a number of years, Albertslund has been working to lower the temperature in its district heating network. This reduces heat losses in the pipes and makes it easier to use surplus heat and renewable energy. The precondition is that buildings can be kept warm with a lower supply temperature, which is why the transition is closely linked to the renovation of the housing estates, among them Albertslund Syd.",
            },
            {
                "da": "På webinaret fortalte kommunen om samarbejdet med boligorganisationerne og om, hvordan man prioriterer, hvilke områder der skal omstilles først. Deltagerne spurgte især til økonomien og til beboernes oplevelse af at få renoveret deres boliger. Optagelsen ligger klar til medlemmerne, og sekretariatet planlægger en studietur til Albertslund senere på året.",
                "en": "In the webinar, the municipality described its cooperation with the housing associations and how it decides which areas to convert first. Participants asked in particular about the finances and about residents' experience of having their homes renovated. The recording is available to members, and the secretariat is planning a study tour to Albertslund later in the year.",
            },
        ],
    },
    {
        "date": "2026-10-01",
        "author": "Mette Hansen",
        "topics": ["energy-planning", "district-heating"],
        "cities": ["silkeborg"],
        "solutions": ["climate-plan", "solar-heat-district-heating"],
        "title": {
            "da": "Silkeborg har gennemført City Check-up",
            "en": "Silkeborg has completed the City Check-up",
        },
        "slug": {
            "da": "silkeborg-har-gennemfoert-city-check-up",
            "en": "silkeborg-has-completed-the-city-check-up",
        },
        "intro": {
            "da": "Silkeborg Kommune er den seneste i netværket, der har gennemført City Check-up. Resultatet viser et godt udgangspunkt og et par områder, hvor samarbejdet kan styrkes.",
            "en": "Silkeborg Municipality is the latest in the network to complete the City Check-up. The result shows a good starting point and a few areas where cooperation can be strengthened.",
        },
        "body": [
            {
                "da": "City Check-up er en guidet selvevaluering, der viser, hvor langt en kommune er nået med integreret energiplanlægning. Sammen med sekretariatet gennemgik medarbejdere fra klima-, plan- og forsyningsområdet, hvordan kommunens klimaplan hænger sammen med varmeplanlægningen, transporten og arbejdet med bygningerne. Gennemgangen foregik over to møder i løbet af september.",
                "en": "The City Check-up is a guided self-assessment that shows how far a municipality has come with integrated energy planning. Together with the secretariat, staff from the climate, planning and utilities departments reviewed how the municipality's climate plan fits together with heat planning, transport and the work on buildings. The review took place over two meetings in September.",
            },
            {
                "da": "Silkeborg står stærkt på fjernvarmen, hvor solvarme i dag dækker en del af byens varmebehov. Check-uppen viste samtidig, at data om energiforbruget kan deles bedre mellem forvaltningerne, og at borgerne kan inddrages tidligere i planlægningen. Kommunen vil nu bruge resultatet i den kommende opdatering af klimaplanen og har tilbudt at fortælle om forløbet på næste netværksmøde.",
                "en": "Silkeborg is strong on district heating, where solar heat now covers part of the town's heat demand. At the same time, the check-up showed that data on energy use could be shared better between departments and that citizens could be involved earlier in planning. The municipality will now use the result in the coming update of its climate plan and has offered to present the process at the next network meeting.",
            },
        ],
    },
]
