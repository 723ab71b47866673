"""What a report recommends, in the report's language where a translation exists.

Each stage's feedback band names next steps (solutions, topics, Academy events, resources);
beyond those, the report suggests solutions and Academy events on the topics of the city's
weakest stages. They are the same for every report of a check-up in a language, so they are
looked up once (one query per kind of thing, whatever the number of stages and steps) and
kept in the cache until a page is published, unpublished, moved or deleted, or a topic or
resource changes.
"""

from zoneinfo import ZoneInfo

from django.core.cache import cache
from django.db.models import Case, DateTimeField, F, IntegerField, Q, When
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, Site

from bulletins.links import path_url
from home import generations
from home.chrome import page_url, site_chrome
from home.locales import language_of
from home.models import ExternalResource
from solutions.models import Topic
from solutions.network_data import content_version, topics_in

LIMIT = 3
LINKS_KEY = "checkup:links:{page}:{language}:{site}:{version}:{resources}"
RECOMMENDED_KEY = "checkup:recommended:{locale}:{site}:{version}:{slugs}"
RESOURCES_VERSION_KEY = "checkup:resources-version"
# Upcoming events come first: a cached list is kept only briefly, so it follows the clock.
RECOMMENDED_TIMEOUT = 10 * 60
LINKS_TIMEOUT = 24 * 60 * 60

STEP_KINDS = {
    "solution": _("Solution"),
    "topic": _("Topic"),
    "academy": _("SmartEnCity Academy"),
    "resource": _("Resource"),
}


def resources_version():
    return generations.current(RESOURCES_VERSION_KEY)


@receiver(post_save, sender=ExternalResource)
@receiver(post_delete, sender=ExternalResource)
def forget_links_when_a_resource_changes(**kwargs):
    generations.start_new(RESOURCES_VERSION_KEY)


def site_id(request):
    # Links are relative on the request's own site and absolute elsewhere.
    site = Site.find_for_request(request)
    return site.pk if site else None


def translated(model, ids, locale_id, **conditions):
    """{id: the object or its translation in the locale}, for translatable models, in one
    query. An object without a translation there stays itself; `conditions` (such as
    live=True) must hold for what is returned."""
    if not ids:
        return {}
    keys = model.objects.filter(pk__in=ids).values("translation_key")
    rows = list(
        model.objects.filter(Q(pk__in=ids) | Q(locale_id=locale_id, translation_key__in=keys))
    )
    own = {row.translation_key: row for row in rows if row.locale_id == locale_id}
    result = {}
    for row in rows:
        if row.pk in ids:
            best = own.get(row.translation_key, row)
            if all(getattr(best, name) == value for name, value in conditions.items()):
                result[row.pk] = best
    return result


def band_key(stage_id, band):
    # A stage's bands start at different scores (StageBlock.clean), so the start names one.
    return f"{stage_id}:{band.from_percent}"


def read_links(stages, language, locale_id, request):
    """{"topics": {topic id: slug}, "steps": {band key: [step, ...]}} of every band."""
    wanted = {"solution": set(), "academy": set(), "topic": set(), "resource": set()}
    for stage in stages:
        wanted["topic"].update(stage.topic_ids)
        for band in stage.bands:
            for step in band.next_steps.raw_data:
                if step["type"] in wanted and step["value"]:
                    wanted[step["type"]].add(step["value"])
    slugs = (
        dict(Topic.objects.filter(pk__in=wanted["topic"]).values_list("pk", "slug"))
        if wanted["topic"]
        else {}
    )
    pages = translated(Page, wanted["solution"] | wanted["academy"], locale_id, live=True)
    resources = translated(ExternalResource, wanted["resource"], locale_id)
    map_url = (site_chrome(request) or {}).get("map_url")
    topic_names = topics_in(language)

    def link(kind, value):
        if kind in ("solution", "academy") and value in pages:
            return {"title": pages[value].title, "url": page_url(pages[value], request) or ""}
        if kind == "topic" and value in slugs:
            slug = slugs[value]
            return {
                "title": topic_names.get(slug, (slug,))[0],
                "url": f"{map_url}?topic={slug}" if map_url else "",
            }
        if kind == "resource" and value in resources:
            return {"title": resources[value].title, "url": resources[value].url}
        return None  # deleted, unpublished or of a kind this version does not know

    steps = {}
    for stage in stages:
        for band in stage.bands:
            entries = []
            for step in band.next_steps.raw_data:
                found = link(step["type"], step["value"])
                if found:
                    entries.append({"kind": step["type"], **found})
            steps[band_key(stage.id, band)] = entries
    return {"topics": slugs, "steps": steps}


def questionnaire_links(page, request):
    """The topics' slugs and every band's next steps of a check-up page, from the cache."""
    language = language_of(page.locale_id)
    key = LINKS_KEY.format(
        page=page.pk,
        language=language,
        site=site_id(request),
        version=content_version(),
        resources=resources_version(),
    )
    links = cache.get(key)
    if links is None:
        links = read_links(page.questionnaire, language, page.locale_id, request)
        cache.set(key, links, LINKS_TIMEOUT)
    return links


def next_steps(links, stage_id, band):
    return [
        {**step, "kind_label": STEP_KINDS[step["kind"]]}
        for step in links["steps"].get(band_key(stage_id, band), [])
    ]


def topic_entries(slugs, language):
    topics = topics_in(language)
    return [
        {"slug": slug, "name": name} for slug, (name, _colour) in topics.items() if slug in slugs
    ]


def read_solutions(slugs, locale_id, request):
    """Up to three live solutions on the topics, in the locale, newest first."""
    from solutions.models import SolutionPage

    tagged = SolutionPage.topics.through.objects.filter(topic__slug__in=slugs)
    solutions = (
        SolutionPage.objects.live()
        .filter(locale_id=locale_id, pk__in=tagged.values("solutionpage_id"))
        .only("title", "summary", "url_path", "locale_id")
        .order_by("-first_published_at", "-pk")[:LIMIT]
    )
    return [
        {
            "title": solution.title,
            "summary": solution.summary,
            "url": page_url(solution, request) or "",
        }
        for solution in solutions
    ]


def read_events(slugs, locale_id, request):
    """Up to three live Academy sessions and webinars on the topics, in the locale: upcoming
    ones first, soonest first, then the most recent past ones. One query for both kinds."""
    from academy.models import AcademySessionPage, WebinarPage

    now = timezone.now()

    def events(model):
        tagged = model.topics.through.objects.filter(topic__slug__in=slugs)
        return (
            model.objects.live()
            .filter(locale_id=locale_id, pk__in=tagged.values(f"{model._meta.model_name}_id"))
            .annotate(
                past=Case(When(starts_at__lt=now, then=1), default=0, output_field=IntegerField()),
                soon=Case(
                    When(starts_at__gte=now, then=F("starts_at")),
                    default=None,
                    output_field=DateTimeField(),
                ),
            )
            .values_list(
                "title", "url_path", "locale_id", "starts_at", "time_zone", "past", "soon"
            )
            .order_by()
        )

    rows = (
        events(AcademySessionPage)
        .union(events(WebinarPage), all=True)
        .order_by("past", "soon", "-starts_at")[:LIMIT]
    )
    entries = []
    for title, url_path, page_locale_id, starts_at, zone, _past, _soon in rows:
        try:
            local_start = starts_at.astimezone(ZoneInfo(zone))
        except (ValueError, KeyError):
            local_start = timezone.localtime(starts_at)
        entries.append(
            {
                "title": title,
                "url": path_url(url_path, page_locale_id, request) or "",
                "starts_at": local_start,
            }
        )
    return entries


def recommended(slugs, page, request):
    """{"solutions": [...], "events": [...]} on the topics `slugs`, in the page's locale."""
    if not slugs:
        return {"solutions": [], "events": []}
    key = RECOMMENDED_KEY.format(
        locale=page.locale_id,
        site=site_id(request),
        version=content_version(),
        slugs=",".join(sorted(slugs)),
    )
    found = cache.get(key)
    if found is None:
        found = {
            "solutions": read_solutions(slugs, page.locale_id, request),
            "events": read_events(slugs, page.locale_id, request),
        }
        cache.set(key, found, RECOMMENDED_TIMEOUT)
    now = timezone.now()
    for event in found["events"]:
        event["upcoming"] = event["starts_at"] >= now
    return found
