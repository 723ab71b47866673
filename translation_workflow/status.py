"""How far each site's pages and the network's snippets are translated.

The translation status report and the national editors' dashboard read these rows. A source
page or snippet is, in each language it should be read in:

- translated: its translation exists and nothing changed in the source since the last sync;
- out of date: its translation exists, but the source changed after wagtail-localize last
  read it (the last "Translate" or "Sync"), so the translation lacks the change;
- missing: it has no translation in that language (an alias, which shows the source's words,
  is not one).

A page's change is its last publication: a sync reads the published page, so a draft saved
after the sync is not yet something a translator can sync. A snippet has no revisions, so its
current content is compared with what wagtail-localize last extracted, as wagtail-localize
itself does before it updates a source.

Everything is computed in a fixed number of queries, whatever the number of pages: the pages
of a site are found by the url_path prefix of each of its locale trees.
"""

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import Locale, Page, Site, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import Translation, TranslationSource

from national_sites.access import network_codes_for
from national_sites.models import NationalHomePage
from national_sites.setup import TRANSLATORS_GROUP

TRANSLATED = "translated"
OUT_OF_DATE = "out_of_date"
MISSING = "missing"
STATUS_LABELS = {
    TRANSLATED: _("Translated"),
    OUT_OF_DATE: _("Out of date"),
    MISSING: _("Missing"),
}
PAGES = "pages"

PAGE_FIELDS = [
    "id",
    "title",
    "translation_key",
    "locale_id",
    "url_path",
    "path",
    "live",
    "alias_of_id",
    "last_published_at",
]


@dataclass
class WorkItem:
    """A source page or snippet, and its translation (if any) into one language."""

    status: str
    source: object
    target: object = None
    # The TranslationSource a translator syncs; None where wagtail-localize never read it.
    translation_source_id: int = None
    last_synced_at: object = None


@dataclass
class StatusRow:
    """The work of one site (or of one kind of snippet) in one language."""

    kind: str
    locale: Locale
    site: Site = None
    model: type = Page
    items: list = field(default_factory=list)

    @cached_property
    def counts(self):
        counter = Counter(item.status for item in self.items)
        return {status: counter[status] for status in STATUS_LABELS}

    @property
    def translated(self):
        return self.counts[TRANSLATED]

    @property
    def out_of_date(self):
        return self.counts[OUT_OF_DATE]

    @property
    def missing(self):
        return self.counts[MISSING]

    @property
    def label(self):
        if self.kind == PAGES:
            return _("Pages")
        return self.model._meta.verbose_name_plural.capitalize()

    def items_with(self, status):
        return [item for item in self.items if item.status == status]


@dataclass
class SiteTrees:
    """A site and the root page of each of its locale trees."""

    site: Site
    roots: dict

    @property
    def primary_locale_id(self):
        return self.site.root_page.locale_id


def sees_every_site(user):
    """Coordinators and superusers keep the whole network; translators work on every site."""
    if network_codes_for(user) is None:
        return True
    return user.is_authenticated and user.groups.filter(name=TRANSLATORS_GROUP).exists()


def may_see_status(user):
    """Whether the report has anything for `user`: a whole-network role or a national team."""
    return sees_every_site(user) or bool(network_codes_for(user))


def sites_for(user, every_site=None):
    """The sites whose status `user` may see: every site, or their own national sites."""
    sites = Site.objects.select_related("root_page").order_by("-is_default_site", "site_name")
    if every_site if every_site is not None else sees_every_site(user):
        return list(sites)
    codes = network_codes_for(user)
    homes = NationalHomePage.objects.filter(country_code__in=codes).values("pk")
    return list(sites.filter(root_page_id__in=homes))


def site_trees(sites):
    """Each site with its locale trees' roots: the translations of its root page."""
    keys = {site.root_page.translation_key for site in sites}
    roots = defaultdict(dict)
    for root in Page.objects.filter(translation_key__in=keys).only(*PAGE_FIELDS):
        roots[root.translation_key][root.locale_id] = root
    return [SiteTrees(site, roots[site.root_page.translation_key]) for site in sites]


def _choose_source(members, sources, preferred_locale_id):
    """The member translators translate from: the one wagtail-localize read, preferring the
    preferred locale; failing that, the one in the preferred locale, or the oldest."""
    read = [m for m in members.values() if (m.translation_key, m.locale_id) in sources]
    if read:
        for member in read:
            if member.locale_id == preferred_locale_id:
                return member
        return max(read, key=lambda m: sources[m.translation_key, m.locale_id]["last_updated_at"])
    if preferred_locale_id in members:
        return members[preferred_locale_id]
    return min(members.values(), key=lambda m: m.pk)


def _work_item(source, target, target_locale_id, sources, translations, changed_since):
    if target is None:
        return WorkItem(MISSING, source)
    read = sources.get((source.translation_key, source.locale_id))
    if read is None:
        return WorkItem(TRANSLATED, source, target)
    synced = translations.get((read["id"], target_locale_id))
    # A translation that stopped syncing is kept up to date by hand, as are translations
    # made without wagtail-localize.
    outdated = bool(synced) and changed_since(source, read)
    return WorkItem(
        OUT_OF_DATE if outdated else TRANSLATED,
        source,
        target,
        translation_source_id=read["id"],
        last_synced_at=read["last_updated_at"],
    )


def _translations():
    """{(translation source id, target locale id): whether it still syncs}."""
    return {
        (row["source_id"], row["target_locale_id"]): row["enabled"]
        for row in Translation.objects.values("source_id", "target_locale_id", "enabled")
    }


def _sources(content_types, with_content=False):
    fields = ["id", "object_id", "locale_id", "last_updated_at"]
    if with_content:
        fields.append("content_json")
    rows = TranslationSource.objects.filter(object__content_type__in=content_types).values(*fields)
    return {(row["object_id"], row["locale_id"]): row for row in rows}


def _page_changed(source, read):
    return bool(source.last_published_at and source.last_published_at > read["last_updated_at"])


def _tree_of(page, prefixes):
    """The (site trees, locale id) whose root's url_path starts `page`'s, longest first."""
    for prefix, tree in prefixes:
        if page.url_path.startswith(prefix):
            return tree
    return None


def page_rows(trees, locales, translations=None):
    """One row per site and language its pages are translated into."""
    if not trees:
        return []
    prefixes = sorted(
        (
            (root.url_path, (tree, locale_id))
            for tree in trees
            for locale_id, root in tree.roots.items()
        ),
        key=lambda pair: len(pair[0]),
        reverse=True,
    )
    in_trees = Q()
    for prefix, _tree in prefixes:
        in_trees |= Q(url_path__startswith=prefix)
    groups = defaultdict(dict)
    for page in Page.objects.filter(in_trees).only(*PAGE_FIELDS).order_by("path"):
        # The lists show each page's language: read from the loaded locales, not per page.
        page.locale = locales[page.locale_id]
        found = _tree_of(page, prefixes)
        if found is not None:
            groups[found[0].site.pk, page.translation_key][page.locale_id] = page
    sources = _sources([ContentType.objects.get_for_model(Page)])
    translations = _translations() if translations is None else translations

    trees_by_site = {tree.site.pk: tree for tree in trees}
    rows = {}
    for tree in trees:
        for locale_id in tree.roots:
            if locale_id != tree.primary_locale_id:
                rows[tree.site.pk, locale_id] = StatusRow(PAGES, locales[locale_id], tree.site)
    for (site_id, _key), members in groups.items():
        tree = trees_by_site[site_id]
        translations_of = {
            locale_id: page for locale_id, page in members.items() if not page.alias_of_id
        }
        if not translations_of:
            continue
        source = _choose_source(translations_of, sources, tree.primary_locale_id)
        if not source.live:
            continue
        for locale_id in tree.roots:
            if locale_id == source.locale_id:
                continue
            row = rows.setdefault(
                (site_id, locale_id), StatusRow(PAGES, locales[locale_id], tree.site)
            )
            row.items.append(
                _work_item(
                    source,
                    translations_of.get(locale_id),
                    locale_id,
                    sources,
                    translations,
                    _page_changed,
                )
            )
    return list(rows.values())


def translatable_snippet_models():
    """Every registered snippet that can be translated, in a stable order."""
    models = {m for m in get_snippet_models() if issubclass(m, TranslatableMixin)}
    return sorted(models, key=lambda m: m._meta.label)


def _extracted_content(instance):
    # The same serialisation wagtail-localize compares before it updates a source.
    if isinstance(instance, ClusterableModel):
        return json.loads(instance.to_json())
    return json.loads(
        json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder)
    )


def _snippet_changed(source, read):
    return _extracted_content(source) != json.loads(read["content_json"])


def snippet_rows(locales, locale_ids, translations=None):
    """One row per translatable snippet model and language in `locale_ids`."""
    models = translatable_snippet_models()
    if not models:
        return []
    content_types = ContentType.objects.get_for_models(
        *[m.get_translation_model() for m in models]
    )
    sources = _sources(content_types.values(), with_content=True)
    translations = _translations() if translations is None else translations
    default_locale_id = next(
        (pk for pk, locale in locales.items() if locale.language_code == settings.LANGUAGE_CODE),
        None,
    )
    rows = []
    for model in models:
        members_by_key = defaultdict(dict)
        for instance in model._default_manager.all():
            instance.locale = locales[instance.locale_id]
            members_by_key[instance.translation_key][instance.locale_id] = instance
        by_locale = {
            locale_id: StatusRow(model._meta.label, locales[locale_id], model=model)
            for locale_id in locale_ids
        }
        for members in members_by_key.values():
            source = _choose_source(members, sources, default_locale_id)
            for locale_id, row in by_locale.items():
                if locale_id != source.locale_id:
                    row.items.append(
                        _work_item(
                            source,
                            members.get(locale_id),
                            locale_id,
                            sources,
                            translations,
                            _snippet_changed,
                        )
                    )
        rows.extend(row for row in by_locale.values() if row.items)
    return rows


@dataclass
class TranslationStatus:
    """Everything the report shows one user."""

    pages: list
    snippets: list

    def find(self, kind, locale_code, site_id=None):
        for row in self.pages + self.snippets:
            if (
                row.kind == kind
                and row.locale.language_code == locale_code
                and (site_id is None or row.site.pk == site_id)
            ):
                return row
        return None


def translation_status(user):
    """The rows `user` may see: their sites' pages, and the snippets in those sites'
    languages (all languages for those who see every site)."""
    every_site = sees_every_site(user)
    sites = sites_for(user, every_site)
    locales = {locale.pk: locale for locale in Locale.objects.order_by("language_code")}
    trees = site_trees(sites)
    translations = _translations()
    if every_site:
        snippet_locale_ids = list(locales)
    else:
        snippet_locale_ids = [pk for pk in locales if any(pk in tree.roots for tree in trees)]
    return TranslationStatus(
        pages=page_rows(trees, locales, translations),
        snippets=snippet_rows(locales, snippet_locale_ids, translations),
    )
