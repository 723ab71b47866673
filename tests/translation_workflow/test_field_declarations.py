"""Every translatable model of ours says, field by field, what a translation does with it.

wagtail-localize guesses when a model has no `translatable_fields`, and once a model has the
list, a field left out of it is neither translated nor synchronized: a translation silently
keeps whatever value it was created with. So a new field must be declared, and the kinds of
field that identify or measure something (coordinates, dates, numbers, slugs, addresses) must be
synchronized, so a translation can never change them.
"""

from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import models

from modelcluster.models import ClusterableModel, get_all_child_relations
from wagtail.admin.panels import ObjectList
from wagtail.models import COMMENTS_RELATION_NAME, Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

import pytest

from solutions.models import CityPage, Topic

# Our apps are the ones in the project's own folder, so a new app is walked too.
OUR_APPS = {
    app.label for app in apps.get_app_configs() if Path(app.path).parent == settings.BASE_DIR
}

# The fields of Page that an editor fills in on every page; the rest of Page's fields are
# Wagtail's tree, publishing and locking bookkeeping, which wagtail-localize manages itself.
PAGE_CONTENT_FIELDS = set(
    ObjectList(Page.content_panels + Page.promote_panels)
    .bind_to_model(Page)
    .get_form_options()["fields"]
)
PAGE_INTERNALS = {field.name for field in Page._meta.get_fields()} - PAGE_CONTENT_FIELDS
MIXIN_INTERNALS = {field.name for field in TranslatableMixin._meta.get_fields()}

TRANSLATABLE_MODELS = sorted(
    (
        model
        for model in apps.get_models()
        if issubclass(model, TranslatableMixin) and model._meta.app_label in OUR_APPS
    ),
    key=lambda model: model._meta.label,
)


def own_editable_fields(model):
    """The fields an editor sets on this model, beyond Wagtail's own bookkeeping."""
    internals = MIXIN_INTERNALS | (PAGE_INTERNALS if issubclass(model, Page) else set())
    fields = {}
    for field in model._meta.get_fields():
        if field.auto_created or not (field.concrete or field.many_to_many):
            continue
        if not field.editable or field.name in internals:
            continue
        if isinstance(field, models.OneToOneField) and field.remote_field.parent_link:
            continue
        fields[field.name] = field
    if issubclass(model, ClusterableModel):
        for relation in get_all_child_relations(model):
            if relation.name != COMMENTS_RELATION_NAME:
                fields[relation.name] = relation
    return fields


def declarations(model):
    return {declared.field_name: declared for declared in model.translatable_fields}


def must_be_synchronized(field):
    """Why a translation must never change this field, or None when it holds words."""
    if field.name == "location":
        return "a coordinate"
    if isinstance(field, models.DateField):
        return "a date"
    if isinstance(field, models.IntegerField | models.FloatField | models.DecimalField):
        return "a number"
    if isinstance(field, models.URLField | models.EmailField | models.SlugField):
        return "an address or identifier"
    if isinstance(field, models.BooleanField):
        return "a yes/no setting"
    if getattr(field, "choices", None):
        return "a choice"
    if field.many_to_many:
        return "a set of links (wagtail-localize can only synchronize those)"
    if isinstance(field, models.ForeignKey) and not (
        issubclass(field.related_model, TranslatableMixin)
        and not issubclass(field.related_model, Page)
    ):
        return "a link to something that is not translated"
    return None


def must_not_be_overridable(field):
    """Values a translator must not even override in the translation editor."""
    return field.name == "location" or isinstance(
        field, models.URLField | models.EmailField | models.SlugField
    )


def test_the_walk_finds_every_translatable_model():
    """The walk covers our pages and snippets (a broken filter would make every test pass)."""
    labels = {model._meta.label for model in TRANSLATABLE_MODELS}
    assert {
        "home.StandardPage",
        "home.ExternalResource",
        "solutions.CityPage",
        "solutions.Topic",
        "checkup.CheckupPage",
        "membership.JoinPage",
    } <= labels
    assert "title" not in PAGE_INTERNALS and "live" in PAGE_INTERNALS


@pytest.mark.parametrize("model", TRANSLATABLE_MODELS, ids=lambda model: model._meta.label)
def test_every_field_is_declared(model):
    """A field missing from `translatable_fields` would be silently left behind by translations."""
    assert "translatable_fields" in vars(model) or any(
        "translatable_fields" in vars(base) for base in model.__mro__[1:]
    ), f"{model._meta.label} has no translatable_fields, so wagtail-localize guesses"
    declared = declarations(model)
    expected = set(own_editable_fields(model))
    if issubclass(model, Page):
        expected |= PAGE_CONTENT_FIELDS
    missing = sorted(expected - set(declared))
    assert not missing, f"{model._meta.label} does not declare {', '.join(missing)}"
    unknown = sorted(
        name for name in declared if name not in {f.name for f in model._meta.get_fields()}
    )
    assert not unknown, f"{model._meta.label} declares fields it does not have: {unknown}"


@pytest.mark.parametrize("model", TRANSLATABLE_MODELS, ids=lambda model: model._meta.label)
def test_identifiers_and_measures_are_synchronized(model):
    """Coordinates, dates, numbers, slugs, URLs, choices and such are never translated."""
    declared = declarations(model)
    wrong = []
    for name, field in own_editable_fields(model).items():
        # A page's slug is a word of its address (/da/om-netvaerket/), so it is translated.
        is_page_slug = issubclass(model, Page) and name == "slug"
        reason = None if is_page_slug else must_be_synchronized(field)
        if reason and not isinstance(declared.get(name), SynchronizedField):
            wrong.append(f"{name} ({reason}) must be a SynchronizedField")
        elif reason and must_not_be_overridable(field) and declared[name].overridable:
            wrong.append(f"{name} ({reason}) must be SynchronizedField(..., overridable=False)")
        elif (
            not reason
            and name in declared
            and not isinstance(declared[name], TranslatableField | SynchronizedField)
        ):
            wrong.append(f"{name} is declared as neither translatable nor synchronized")
    assert not wrong, f"{model._meta.label}: " + "; ".join(wrong)


def test_words_are_translatable():
    """The walk does not simply synchronize everything: the words of a city are translated."""
    city = declarations(CityPage)
    assert isinstance(city["title"], TranslatableField)
    assert isinstance(city["intro"], TranslatableField)
    assert isinstance(city["body"], TranslatableField)
    assert isinstance(declarations(Topic)["name"], TranslatableField)
