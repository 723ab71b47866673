"""The network in numbers, for the public dashboard page and the admin home page.

Everything is read in two queries whatever the size of the network: the live cities, and the
check-up submissions counted per quarter. A city counts once however many languages it is
published in. No personal data is read: only countries, stages and counts.
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count
from django.db.models.functions import TruncQuarter
from django.utils import timezone
from django.utils.translation import gettext

from django_countries import countries

from checkup.models import CheckupSubmission
from membership.models import NetworkDashboardPage
from solutions.models import CityPage, MembershipStage

QUARTERS_SHOWN = 8
# The steps at which a city replicates the Integrated Energy Planning method.
REPLICATING_STAGES = {MembershipStage.REPLICATE, MembershipStage.AWARD}


def share(count, total):
    """`count` as a whole percentage of `total`, at most 100, for the width of a bar."""
    if not total:
        return 0
    return min(100, round(100 * count / total))


@dataclass
class Goal:
    count: int
    goal: int

    @property
    def share(self):
        return share(self.count, self.goal)

    @property
    def reached(self):
        return self.count >= self.goal


@dataclass
class Bar:
    """One row of a bar chart: what it counts, the number, and the bar's width in percent."""

    key: str
    label: str
    count: int
    share: int = 0


@dataclass
class NetworkDashboard:
    members: Goal
    replicating: Goal
    by_country: list = field(default_factory=list)
    by_stage: list = field(default_factory=list)
    checkups: list = field(default_factory=list)

    @property
    def checkups_total(self):
        return sum(bar.count for bar in self.checkups)


def member_cities():
    """{translation key: (country code, stage)} of every city with a live page."""
    rows = (
        CityPage.objects.live()
        .order_by()
        .values_list("translation_key", "country", "membership_stage")
        .distinct()
    )
    cities = {}
    for key, country, stage in rows:
        cities.setdefault(key, (country, stage))
    return cities


def stage_bars(cities):
    counts = Counter(stage for _country, stage in cities.values())
    total = len(cities)
    return [
        Bar(
            key=stage.value,
            label=stage.label,
            count=counts.get(stage.value, 0),
            share=share(counts.get(stage.value, 0), total),
        )
        for stage in MembershipStage
    ]


def country_bars(cities):
    """Members per country, most members first, then by the country's name in the visitor's
    language."""
    counts = Counter(country for country, _stage in cities.values())
    most = max(counts.values(), default=0)
    bars = [
        Bar(key=code, label=str(countries.name(code)), count=count, share=share(count, most))
        for code, count in counts.items()
    ]
    return sorted(bars, key=lambda bar: (-bar.count, bar.label.casefold()))


def quarter_of(day):
    """The quarter of `day` as one number: year × 4 + (0 for January–March … 3)."""
    return day.year * 4 + (day.month - 1) // 3


def first_day_of(quarter):
    return datetime.date(quarter // 4, quarter % 4 * 3 + 1, 1)


def checkup_bars(today=None, quarters=QUARTERS_SHOWN):
    """Check-ups submitted in each of the last `quarters` quarters, oldest first, this one
    included."""
    today = today or timezone.localdate()
    last = quarter_of(today)
    first = last - quarters + 1
    since = timezone.make_aware(datetime.datetime.combine(first_day_of(first), datetime.time()))
    rows = (
        CheckupSubmission.objects.filter(submitted_at__gte=since)
        .annotate(quarter=TruncQuarter("submitted_at"))
        .order_by()
        .values("quarter")
        .annotate(submissions=Count("pk"))
    )
    counts = {}
    for row in rows:
        number = quarter_of(row["quarter"])
        counts[number] = counts.get(number, 0) + row["submissions"]
    most = max(counts.values(), default=0)
    bars = []
    for number in range(first, last + 1):
        count = counts.get(number, 0)
        bars.append(
            Bar(
                key=first_day_of(number).isoformat(),
                label=gettext("Q%(quarter)s %(year)s")
                % {"quarter": number % 4 + 1, "year": number // 4},
                count=count,
                share=share(count, most),
            )
        )
    return bars


def network_dashboard(member_goal, replication_goal, *, with_countries=True, with_checkups=True):
    """The dashboard's figures, with country names and labels in the active language."""
    cities = member_cities()
    replicating = sum(1 for _country, stage in cities.values() if stage in REPLICATING_STAGES)
    return NetworkDashboard(
        members=Goal(len(cities), member_goal),
        replicating=Goal(replicating, replication_goal),
        by_country=country_bars(cities) if with_countries else [],
        by_stage=stage_bars(cities),
        checkups=checkup_bars() if with_checkups else [],
    )


def network_goals():
    """(member goal, replication goal) of the published dashboard page, or the defaults."""
    goals = (
        NetworkDashboardPage.objects.live()
        .order_by("pk")
        .values_list("member_goal", "replication_goal")
        .first()
    )
    if goals:
        return goals
    fields = NetworkDashboardPage._meta
    return (
        fields.get_field("member_goal").default,
        fields.get_field("replication_goal").default,
    )
