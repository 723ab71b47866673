"""The check-up's pages stay within their query budget, and the count does not grow with the
questionnaire, a city's earlier submissions, the peers or the recommended content."""

from datetime import timedelta

from django.utils import timezone

import pytest

from checkup.mail import report_path
from tests.academy.factories import AcademySessionPageFactory
from tests.checkup.conftest import (
    BEST,
    MIXED,
    ON_THE_WAY,
    questionnaire_stages,
    stage_answers,
    submit,
)
from tests.query_budget import MAX_QUERIES, count_queries
from tests.solutions.conftest import map_pages, publish  # noqa: F401
from tests.solutions.factories import SolutionPageFactory

pytestmark = pytest.mark.django_db

HOST = "localhost"
ENGLISH = "/en/city-check-up/"


def grow_questionnaire(page, topics, times):
    """Repeat the three stages `times` times: more stages, questions, bands and topics."""
    stages = questionnaire_stages(topics["en"]) * times
    page.stages = stages
    return publish(page)


def measure_pages(client, page):
    """Query counts of the introduction, and of a stage for a visitor with answers."""
    counts = {"index": count_queries(client, HOST, ENGLISH)[0]}
    client.post(
        f"{ENGLISH}stage/1/",
        {**stage_answers(page, 1, ON_THE_WAY), "action": "next"},
        HTTP_HOST=HOST,
    )
    counts["stage"] = count_queries(client, HOST, f"{ENGLISH}stage/2/")[0]
    return counts


def test_the_introduction_and_a_stage_whatever_the_questionnaires_size(
    client,
    checkup,
    topics,  # noqa: F811
):
    small = measure_pages(client, checkup)
    grow_questionnaire(checkup, topics, 4)
    client.cookies.clear()
    large = measure_pages(client, checkup)

    assert small == large
    assert max(large.values()) <= MAX_QUERIES, large


class GrowingNetwork:
    """Earlier submissions of the measured city, other cities' submissions, and solutions and
    sessions on the topics of its weakest stages."""

    def __init__(self, page, content, topics):
        self.page = page
        self.content = content
        self.topics = topics
        self.added = 0

    def grow(self, count):
        now = timezone.now()
        city = self.content["city"]
        academy = self.content["academy"]
        for number in range(self.added, self.added + count):
            submit(self.page, MIXED, when=now - timedelta(days=400 - number))
            submit(self.page, BEST, city_name=f"City {number}", country="DK")
            publish(
                SolutionPageFactory(
                    parent=city,
                    title=f"Solution {number}",
                    slug=f"recommended-solution-{number}",
                    topics=[self.topics["en"]["building-retrofit"]],
                )
            )
            publish(
                AcademySessionPageFactory(
                    parent=academy,
                    title=f"Session {number}",
                    slug=f"recommended-session-{number}",
                    starts_at=now + timedelta(days=number + 1),
                    topics=[self.topics["en"]["urban-data"]],
                )
            )
        self.added += count


def test_the_report_whatever_the_history_peers_and_recommendations(
    client,
    recommending_checkup,
    checkup_content,
    topics,
    map_pages,  # noqa: F811
):
    page = recommending_checkup["en"]
    network = GrowingNetwork(page, checkup_content, topics)
    network.grow(1)
    report = submit(page, ON_THE_WAY)
    path = ENGLISH + report_path(page, report)

    small, _queries = count_queries(client, HOST, path)
    network.grow(9)
    large, queries = count_queries(client, HOST, path)

    assert large == small, "\n".join(queries)
    assert large <= MAX_QUERIES, "\n".join(queries)
    # What was measured is the full report: ten earlier results, the peers' averages and
    # three recommendations of each kind.
    html = client.get(path, HTTP_HOST=HOST).content.decode()
    history = html[html.index('id="checkup-history-heading"') :]
    assert history[: history.index("</table>")].count("<tr>") == 1 + 10
    assert "Network average (11 cities)" in html
    recommended = html[html.index('id="checkup-recommended-heading"') :]
    assert recommended[: recommended.index("</section>")].count("<li>") == 3 + 3
