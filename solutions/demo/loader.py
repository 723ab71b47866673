"""Load the demo topics, cities and solutions (see `solutions/demo/__init__.py`)."""

from national_sites.translation import translate
from solutions.demo.topics import TOPICS
from solutions.geo import format_point
from solutions.models import CityPage, SolutionPage, Topic

SOURCE_LANGUAGE = "en"


def load_topics(locales):
    """Create the topics in English and translate them into the other languages."""
    source_locale = locales[SOURCE_LANGUAGE]
    for order, spec in enumerate(TOPICS):
        topic = Topic.objects.filter(slug=spec["slug"], locale=source_locale).first()
        topic = topic or Topic(slug=spec["slug"], locale=source_locale)
        topic.name = spec["name"][SOURCE_LANGUAGE]
        topic.description = spec["description"][SOURCE_LANGUAGE]
        topic.colour = spec["colour"]
        topic.sort_order = order
        topic.save()
        for language, locale in locales.items():
            if language == SOURCE_LANGUAGE or language not in spec["name"]:
                continue
            translate(
                topic,
                locale,
                {
                    spec["name"][SOURCE_LANGUAGE]: spec["name"][language],
                    spec["description"][SOURCE_LANGUAGE]: spec["description"][language],
                },
            )


def texts(spec, source, target, strings):
    """Collect source → target pairs from every {language: text} dictionary in `spec`."""
    if isinstance(spec, dict):
        if source in spec and target in spec and all(isinstance(v, str) for v in spec.values()):
            if spec[source] != spec[target]:
                strings[spec[source]] = spec[target]
            return strings
        for value in spec.values():
            texts(value, source, target, strings)
    elif isinstance(spec, list):
        for item in spec:
            texts(item, source, target, strings)
    return strings


# A scaled copy of a city carries this many solutions, repeating its real ones, so that
# `--scale 10` reaches the sizes the map's budgets are measured at (600 cities, 3 000
# solutions across sites and locales).
SOLUTIONS_PER_SCALED_CITY = 6


def copy_suffix(copy):
    return ("", "") if copy == 0 else (f" {copy + 1}", f"-{copy + 1}")


def solution_specs(spec, copy):
    """The city's solutions; a scaled copy repeats them up to SOLUTIONS_PER_SCALED_CITY."""
    solutions = spec["solutions"]
    if copy == 0 or not solutions:
        return [(solution, "", "") for solution in solutions]
    repeated = []
    for number in range(SOLUTIONS_PER_SCALED_CITY):
        solution = solutions[number % len(solutions)]
        round_number = number // len(solutions)
        suffix = (
            ("", "") if round_number == 0 else (f" · {round_number + 1}", f"-{round_number + 1}")
        )
        repeated.append((solution, *suffix))
    return repeated


def load_cities(home, locales, cities, scale=1):
    """Write each city and its solutions under `home`, then translate them into English.

    With `scale` above 1, each city is repeated that many times (numbered, slightly moved), so
    the map and its budgets can be measured at a larger size.
    """
    language = home.locale.language_code
    english = locales[SOURCE_LANGUAGE]
    topics = {topic.slug: topic for topic in Topic.objects.filter(locale=home.locale)}
    count = 0
    for copy in range(scale):
        title_suffix, slug_suffix = copy_suffix(copy)
        for spec in cities:
            strings = texts(spec, language, SOURCE_LANGUAGE, {})
            slug = spec["slug"][language] + slug_suffix
            city = home.get_children().filter(slug=slug).specific().first()
            city = city or home.add_child(
                instance=CityPage(
                    title=spec["title"][language], slug=slug, country=spec["country"]
                )
            )
            city.title = spec["title"][language] + title_suffix
            city.country = spec["country"]
            city.population = spec["population"]
            city.address = spec["title"][language]
            city.location = format_point(
                round(spec["latitude"] + 0.02 * copy, 4), round(spec["longitude"] + 0.02 * copy, 4)
            )
            city.role = spec["role"]
            city.membership_stage = spec["stage"]
            city.intro = spec["intro"][language]
            city.save_revision().publish()
            if title_suffix:
                strings[city.title] = spec["title"][SOURCE_LANGUAGE] + title_suffix
                strings[slug] = spec["slug"][SOURCE_LANGUAGE] + slug_suffix

            solutions = []
            for solution_spec, solution_title_suffix, solution_slug_suffix in solution_specs(
                spec, copy
            ):
                solution_slug = solution_spec["slug"][language] + solution_slug_suffix
                solution = city.get_children().filter(slug=solution_slug).specific().first()
                solution = solution or city.add_child(
                    instance=SolutionPage(
                        title=solution_spec["title"][language],
                        slug=solution_slug,
                        summary=solution_spec["summary"][language],
                    )
                )
                solution.title = solution_spec["title"][language] + solution_title_suffix
                if solution_title_suffix:
                    strings[solution.title] = (
                        solution_spec["title"][SOURCE_LANGUAGE] + solution_title_suffix
                    )
                    strings[solution_slug] = (
                        solution_spec["slug"][SOURCE_LANGUAGE] + solution_slug_suffix
                    )
                solution.summary = solution_spec["summary"][language]
                solution.status = solution_spec["status"]
                solution.key_figures = [
                    (
                        "figure",
                        {
                            "label": figure["label"][language],
                            "value": figure["value"],
                            "unit": figure["unit"][language] if figure.get("unit") else "",
                        },
                    )
                    for figure in solution_spec.get("key_figures", [])
                ]
                solution.topics.set([topics[slug] for slug in solution_spec["topics"]])
                solution.save_revision().publish()
                solutions.append(solution)

            translate(city, english, strings)
            for solution in solutions:
                translate(solution, english, strings)
            count += 1
    return count
