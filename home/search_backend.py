"""Wagtail's database search backend, with one PostgreSQL text search configuration per language.

On PostgreSQL, Wagtail's backend keeps one `tsvector` per object in the shared
`wagtailsearch_indexentry` table. It builds that vector with the backend's single
`SEARCH_CONFIG` when indexing, and every `tsquery` with the same configuration when searching.
The stems only match when both sides use the same configuration, and our pages are in six
languages. Several backends, one per language, would each write every object into that one
table and overwrite each other. So this backend:

- indexes each object with the configuration of its own locale's language;
- searches with the configuration of the language being searched: the `LANGUAGE` parameter
  (`get_search_backend(LANGUAGE="da")`), or else the active language, so the admin's search
  follows the editor's language;
- reads the configurations from `SEARCH_CONFIGS` ({language code: configuration}), checked once
  per process against `pg_ts_config`; a language without one on this server (Bulgarian, and
  Estonian where PostgreSQL has no stemmer for it) uses `SEARCH_CONFIG`, normally `simple`;
- matches every query term as a prefix of the indexed stems, because Snowball leaves short
  words alone (Danish "byer" stays "byer", so "by" would miss it) and stems some singulars
  shorter than their plurals (Spanish "ciudad" gives "ciud", "ciudades" gives "ciudad").

Any other database (SQLite, MySQL) gets Wagtail's own database backend; on SQLite, with double
quotes taken out of the query, as its full-text search refuses them with an error.
`manage.py update_index` and publishing both index through `add_items`, so both use this.
"""

import copy
import operator
import re
from collections import defaultdict
from functools import cache, reduce

from django.contrib.postgres.search import SearchQuery
from django.db import connection, connections
from django.utils.translation import get_language

from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend
from wagtail.search.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.search.backends.database.postgres.query import Lexeme
from wagtail.search.query import PlainText

from home.locales import language_of

FALLBACK_CONFIG = "simple"


@cache
def installed_configs(alias):
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_catalog.pg_ts_config")
        return frozenset(row[0] for row in cursor.fetchall())


class LocalizedPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        by_config = defaultdict(list)
        for obj in objs:
            by_config[self.backend.config_for_object(obj)].append(obj)
        # Wagtail's indexer reads the configuration from the backend, so each group is written
        # through a copy of this index whose backend carries that group's configuration.
        for config, group in by_config.items():
            index = copy.copy(self)
            index.backend = self.backend.with_config(config)
            super(LocalizedPostgresIndex, index).add_items(model, group)


class LocalizedQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return backend.config_for_language(backend.language or get_language())

    def build_tsquery_content(self, query, config=None, invert=False):
        if not isinstance(query, PlainText):
            return super().build_tsquery_content(query, config=config, invert=invert)
        terms = [term for term in re.split(r"[\s\-]+", query.query_string) if term]
        if not terms:
            return None
        combine = operator.and_ if query.operator == "and" else operator.or_
        lexemes = reduce(combine, (Lexeme(term, invert=invert, prefix=True) for term in terms))
        return SearchQuery(lexemes, search_type="raw", config=config)


class LocalizedPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = LocalizedQueryCompiler
    index_class = LocalizedPostgresIndex

    def __init__(self, params):
        super().__init__(params)
        self.config = params.get("SEARCH_CONFIG") or FALLBACK_CONFIG
        self.configs = params.get("SEARCH_CONFIGS", {})
        self.language = params.get("LANGUAGE")

    def config_for_language(self, language):
        config = self.configs.get((language or "").split("-")[0])
        if config and config in installed_configs(connection.alias):
            return config
        return self.config

    def config_for_object(self, obj):
        return self.config_for_language(language_of(getattr(obj, "locale_id", None)))

    def with_config(self, config):
        backend = copy.copy(self)
        backend.config = config
        return backend


def SearchBackend(params):  # noqa: N802 (Wagtail looks the backend up by this name)
    if connection.vendor == "postgresql":
        return LocalizedPostgresSearchBackend(params)
    backend = DatabaseSearchBackend(params)
    if connection.vendor == "sqlite":
        # Wagtail's SQLite module defines a model for SQLite only: never imported elsewhere.
        from home.sqlite_search import quote_safe

        return quote_safe(backend, params)
    return backend
