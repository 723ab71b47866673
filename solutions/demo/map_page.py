"""The network map page of every site, in the six languages."""

MAP_PAGE = {
    "en": {
        "title": "Network map",
        "slug": "map",
        "intro": "Find the member cities and the solutions they have carried out, by topic.",
    },
    "et": {
        "title": "Võrgustiku kaart",
        "slug": "kaart",
        "intro": "Leidke võrgustiku liikmeslinnad ja nende ellu viidud lahendused teemade kaupa.",
    },
    "da": {
        "title": "Netværkskort",
        "slug": "kort",
        "intro": "Find netværkets medlemsbyer og de løsninger, de har gennemført, efter emne.",
    },
    "es": {
        "title": "Mapa de la red",
        "slug": "mapa",
        "intro": "Encuentre las ciudades de la red y las soluciones que han puesto en marcha, por tema.",
    },
    "bg": {
        "title": "Карта на мрежата",
        "slug": "karta",
        "intro": "Открийте градовете членове на мрежата и решенията, които са въвели, по теми.",
    },
    "it": {
        "title": "Mappa della rete",
        "slug": "mappa",
        "intro": "Scopra le città della rete e le soluzioni che hanno realizzato, per tema.",
    },
}


def with_map_page(site, language):
    """The site's content with its map page added, and linked first in the navigation."""
    words = MAP_PAGE[language]
    page = {"_key": "map", "_model": "map", **words, "body": []}
    home = {
        **site["home"],
        "navigation": [{"label": words["title"], "_page": "map"}, *site["home"]["navigation"]],
    }
    return {**site, "home": home, "pages": [*site["pages"], page]}
