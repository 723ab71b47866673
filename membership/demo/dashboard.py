"""Load the demo network dashboard and a history of membership stages for every demo city.

Both are idempotent: the dashboard page is found again by its type under the European home,
and a city that already has a recorded history keeps it.
"""

import datetime
import zlib

from django.utils import timezone

from membership.models import NetworkDashboardPage
from national_sites.translation import translate
from solutions.demo.loader import texts
from solutions.models import CityPage, MembershipStage, MembershipStageChange
from solutions.stage_history import apply_latest_stage, record_stage_change

SOURCE_LANGUAGE = "en"

DASHBOARD = {
    "title": {
        "en": "The network in numbers",
        "et": "Võrgustik arvudes",
        "da": "Netværket i tal",
        "es": "La red en cifras",
        "bg": "Мрежата в числа",
        "it": "La rete in cifre",
    },
    "slug": {
        "en": "network-in-numbers",
        "et": "vorgustik-arvudes",
        "da": "netvaerket-i-tal",
        "es": "la-red-en-cifras",
        "bg": "mrezhata-v-chisla",
        "it": "la-rete-in-cifre",
    },
    "intro": {
        "en": "How many cities have joined the SmartEnCity Network, how far they have come on the five steps to a Smart Zero Carbon City, and how many take the City Check-up.",
        "et": "Kui palju linnu on SmartEnCity võrgustikuga liitunud, kui kaugele on nad jõudnud viie sammu teel nutika süsinikuneutraalse linnani ja kui paljud läbivad City Check-up hindamise.",
        "da": "Hvor mange byer der er med i SmartEnCity-netværket, hvor langt de er nået på de fem trin mod en smart, CO2-neutral by, og hvor mange der gennemfører City Check-up.",
        "es": "Cuántas ciudades se han unido a la Red SmartEnCity, cuánto han avanzado en los cinco pasos hacia una ciudad inteligente de cero emisiones y cuántas realizan el City Check-up.",
        "bg": "Колко града са се присъединили към Мрежата SmartEnCity, докъде са стигнали по петте стъпки към интелигентен град с нулеви въглеродни емисии и колко от тях преминават през проверката City Check-up.",
        "it": "Quante città hanno aderito alla Rete SmartEnCity, a che punto sono nei cinque passi verso una Smart Zero Carbon City e quante svolgono il City Check-up.",
    },
}

# What the coordinators noted when a city reached each step (the history is admin-only, so
# in English).
NOTES = {
    MembershipStage.AWARENESS: "Joined the network after the national network's introduction day.",
    MembershipStage.ENGAGEMENT: "Signed the letter of intent and named an energy planning contact.",
    MembershipStage.ATTITUDE: "Took the City Check-up; the city council adopted integrated energy planning.",
    MembershipStage.REPLICATE: "Started its first Integrated Energy Planning project, using a Lighthouse city's solutions.",
    MembershipStage.AWARD: "Received the award at the network's annual conference.",
}

FIRST_JOINED = datetime.date(2023, 1, 16)


def load_dashboard(loader):
    """Write the dashboard under the European home and translate it; return the page."""
    home = loader.homes["eu"]
    page = NetworkDashboardPage.objects.child_of(home).first()
    if page is None:
        page = NetworkDashboardPage(
            title=DASHBOARD["title"][SOURCE_LANGUAGE], slug=DASHBOARD["slug"][SOURCE_LANGUAGE]
        )
        home.add_child(instance=page)
    page.title = DASHBOARD["title"][SOURCE_LANGUAGE]
    page.slug = DASHBOARD["slug"][SOURCE_LANGUAGE]
    page.intro = DASHBOARD["intro"][SOURCE_LANGUAGE]
    page.save_revision().publish()
    for language in DASHBOARD["title"]:
        if language != SOURCE_LANGUAGE and language in loader.locales:
            translate(
                page, loader.locales[language], texts(DASHBOARD, SOURCE_LANGUAGE, language, {})
            )
    return page


def source_cities(loader):
    """The demo cities as written, not their translations: those under each site's source
    home page, which is in the site's own language."""
    cities = []
    for home in loader.homes.values():
        cities.extend(CityPage.objects.descendant_of(home).order_by("path"))
    return cities


def milestones(city, today):
    """The dates on which `city` reached each step up to its stage, from 2023 on.

    Each city gets its own dates, the same at every run: it joins within 2023, and takes
    four to nine months for each next step; none lies after `today`.
    """
    seed = zlib.crc32(str(city.translation_key).encode())
    day = FIRST_JOINED + datetime.timedelta(days=seed % 330)
    stages = list(MembershipStage)
    reached = []
    for index, stage in enumerate(stages[: stages.index(city.membership_stage) + 1]):
        if index:
            day += datetime.timedelta(days=120 + (seed >> index * 4) % 150)
        reached.append((stage, min(day, today)))
    return reached


def load_stage_histories(loader):
    """Record, for each demo city without a history, its way to its present stage; return
    how many cities got one."""
    today = timezone.localdate()
    count = 0
    for city in source_cities(loader):
        if MembershipStageChange.objects.filter(city_key=city.translation_key).exists():
            continue
        (first_stage, joined), *steps = milestones(city, today)
        # Joining is where the history starts: it has no previous stage.
        MembershipStageChange.objects.create(
            city_key=city.translation_key,
            city=city,
            stage=first_stage,
            date=joined,
            note=NOTES[first_stage],
        )
        for stage, day in steps:
            award = f"SmartEnCity Award {day.year}" if stage == MembershipStage.AWARD else ""
            record_stage_change(city, stage, date=day, note=NOTES[stage], award=award)
        apply_latest_stage(city.translation_key)
        count += 1
    return count
