"""Wagtail's SQLite search backend, with double quotes taken out of the query.

It puts each term in double quotes for FTS5 without escaping the quotes inside it, so an
admin search for `src="x"` was an FTS5 syntax error and a 500. SQLite serves the demo and
development; PostgreSQL has its own backend (home/search_backend.py).
"""

import copy

from wagtail.search.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from wagtail.search.query import Phrase, PlainText


def without_double_quotes(query):
    if isinstance(query, PlainText | Phrase) and '"' in query.query_string:
        query = copy.copy(query)
        query.query_string = query.query_string.replace('"', " ")
    return query


class QuoteSafeSQLiteQueryCompiler(SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        return super().build_search_query_content(without_double_quotes(query), config)


class QuoteSafeSQLiteAutocompleteQueryCompiler(SQLiteAutocompleteQueryCompiler):
    def build_search_query_content(self, query, config=None):
        return super().build_search_query_content(without_double_quotes(query), config)


class QuoteSafeSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = QuoteSafeSQLiteQueryCompiler
    autocomplete_query_compiler_class = QuoteSafeSQLiteAutocompleteQueryCompiler


def quote_safe(backend, params):
    """The quote-safe backend in place of Wagtail's FTS5 one; its fallback stays as it is."""
    if isinstance(backend, SQLiteSearchBackend):
        return QuoteSafeSQLiteSearchBackend(params)
    return backend
