"""The descriptions of the generated models, for `dbt docs`: each category's value model lists its indicators
with their formulas in words, and each measure model describes every column it computes. A measure model's meta
and its columns' are also its definition, which macros/measure_passes.sql renders as SQL (measures.py).

Written beside the models as `_generated__models.yml` (by codegen/models.py); the hand-written models of the
engine (the calendar, the scaffold, `int_indicator_measures`, `indicator_values`, `indicator_catalog`, the
catalog version) are described in `models/intermediate/indicators/_indicators__models.yml`.
"""

from __future__ import annotations

import yaml

from indicators.catalog import Catalog
from indicators.changes import SCAFFOLD, baseline_model_name, change_model_name, fact_relations
from indicators.compiler import GeneratedModel, category_definitions, category_values_model_name
from indicators.describe import formula_in_words, measure_words
from indicators.facts import FACTS
from indicators.measures import measure_groups, measure_input, model_name, pass_definition

DOCS_FILE = "_generated__models.yml"


def generated_models_yaml(generated: list[GeneratedModel], catalog: Catalog | None = None) -> str | None:
    """The YAML beside a folder of generated models: the catalog's descriptions (with the measures' and indicators'
    definitions) for the engine's folder (`catalog` given), and every model's own meta (a literal table's rows);
    None when there is nothing to say."""
    models = _described(catalog) if catalog else []
    named = {entry["name"]: entry for entry in models}
    for model in generated:
        if model.meta:
            entry = named.get(model.name) or {"name": model.name}
            if model.description:
                entry["description"] = model.description
            entry.setdefault("config", {}).setdefault("meta", {}).update(_flow(model.meta))
            if model.name not in named:
                models.append(entry)
    if not models:
        return None
    header = "# Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.\n"
    body = yaml.dump(
        {"version": 2, "models": models},
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=1000,
    )
    return header + body


def _described(catalog: Catalog) -> list[dict]:
    models = []
    for category in catalog.categories:
        members = [ind for ind in catalog.indicators if ind.category == category.id]
        if not members:
            continue
        lines = [f"- `{ind.id}` {ind.name_zh} ({ind.name_en}): {formula_in_words(ind)}" for ind in members]
        models.append(
            {
                "name": category_values_model_name(category.id),
                "description": f"{category.name_zh} ({category.name_en}): numerator, "
                "denominator and value of each indicator of the category, at the levels and for the roles it "
                "declares (each definition's columns side by side over int_indicator_measures, turned into its rows "
                "by unpivot).\n\n" + "\n".join(lines),
                "config": {"meta": {"indicator_definitions": _flow(category_definitions(catalog, category.id))}},
            }
        )
    for (fact, period, shape), measures in measure_groups(catalog).items():
        rule = FACTS[fact].periods[period].doc
        models.append(
            {
                "name": model_name(fact, period, shape),
                "description": f"The measures of {fact} {rule} ({shape}), per level, entity and period: every "
                "distinct measure the catalog asks of this fact and period rule, computed in one pass.",
                "config": {"meta": {"measure_pass": _flow(_unrendered(pass_definition(FACTS[fact], period, shape)))}},
                "columns": [
                    {
                        "name": m.column,
                        "description": measure_words(m),
                        "config": {"meta": _flow(_unrendered(measure_input(FACTS[fact], m)))},
                    }
                    for m in measures
                ],
            }
        )
    return models + _incremental_models(catalog)


def _incremental_models(catalog: Catalog) -> list[dict]:
    """The models that build the engine by period (indicators/changes.py, docs/incremental.md)."""
    relations = fact_relations(catalog)
    changes = [
        {
            "name": change_model_name(relation),
            "description": f"The periods whose measures the rows of {relation} changed since the last build: its rows "
            "that differ from int_indicator_baseline__" + relation + ", run through each measure pass over it.",
        }
        for relation in relations
    ]
    baselines = [
        {
            "name": baseline_model_name(relation),
            "description": f"{relation} as the last build of the engine used it, for the next night to compare with.",
        }
        for relation in [*relations, SCAFFOLD]
    ]
    return [
        *changes,
        {
            "name": "int_indicator_changed_periods",
            "description": "The periods each relation the engine reads (the facts and the scaffold) changed since "
            "the last build: every period when every period is built.",
        },
        {
            "name": "int_indicator_build_categories",
            "description": "The periods each values table rebuilds tonight: where a relation its indicators read, or "
            "the scaffold, changed.",
        },
        *baselines,
        {
            "name": "int_indicator_build_record",
            "description": "The fingerprint of the engine's models at its last complete build (when it differs, "
            "every period is computed again), when it was built and when the build before it was: the score models "
            "rebuild the periods this build changed only if their last build read the one before.",
        },
    ]


def _unrendered(definition: dict) -> dict:
    """A definition whose SQL calls dbt macros (`{{ dbt.datediff(...) }}`), kept from dbt's rendering of the YAML
    (which knows no macros) as written: macros/measure_passes.sql renders it in the model."""
    return {
        key: _unrendered(value)
        if isinstance(value, dict)
        else f"{{% raw %}}{value}{{% endraw %}}"
        if "{{" in value
        else value
        for key, value in definition.items()
    }


class _Flow(dict):
    """A mapping of plain values, written on one line (`{aggregate: count, when: ...}`)."""


class _FlowList(list):
    """A list of plain values, written on one line (`[court, department, person, city]`)."""


def _flow(value):
    """A definition with its innermost mappings and lists (of plain values only) on one line each."""
    if isinstance(value, dict):
        plain = all(not isinstance(v, dict | list) for v in value.values())
        return _Flow(value) if plain else {k: _flow(v) for k, v in value.items()}
    if isinstance(value, list):
        plain = all(not isinstance(v, dict | list) for v in value)
        return _FlowList(value) if plain else [_flow(v) for v in value]
    return value


class _Dumper(yaml.SafeDumper):
    """Multi-line descriptions as literal blocks (`|`): one indicator a line, as a reader expects; the definitions'
    innermost mappings and lists on one line each."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


_Dumper.add_representer(str, _text)
_Dumper.add_representer(_Flow, lambda dumper, value: dumper.represent_mapping("tag:yaml.org,2002:map", value, True))
_Dumper.add_representer(_FlowList, lambda dumper, v: dumper.represent_sequence("tag:yaml.org,2002:seq", v, True))
