"""Query budgets: a page's query count must stay under a limit and not grow with content."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

MAX_QUERIES = 12


def count_queries(client, host, path):
    """Queries of one warm anonymous request (the first request fills per-process caches)."""
    client.get(path, HTTP_HOST=host)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200, f"{host}{path} answered {response.status_code}"
    return len(captured.captured_queries), [query["sql"] for query in captured.captured_queries]


def assert_query_budget(client, host, path, budget=MAX_QUERIES):
    """One line per page type: assert_query_budget(client, "dk.localhost", "/da/om/")."""
    count, queries = count_queries(client, host, path)
    summary = "\n".join(query[:160] for query in queries)
    assert count <= budget, f"{host}{path} made {count} queries:\n{summary}"
    return count
