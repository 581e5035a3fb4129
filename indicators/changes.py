"""The models that let a night compute only the periods whose inputs changed (docs/incremental.md).

- `int_indicator_changes__<relation>`, one per fact relation the measures read: the rows that differ from the
  relation's baseline (last build's copy of the columns the measures read), counted as multisets in one pass
  (net +1 for a version gone, -1 for a version come), run through every pass over that relation exactly as the
  pass computes them (`measure_rows` and `measure_changes` in macros/measure_passes.sql).
  A period changes where the contributions' net count is not 0:
  so a re-delivered row, or a column no measure reads, changes no period, and a case closed today changes the
  periods around today, not every month it was pending (it contributed the same to those in both versions).
- `int_indicator_changed_periods`: their union, per relation, with the scaffold's changes (a changed posting
  history changes the periods it touches); int_indicator_build_periods is its union of periods.
- `int_indicator_build_categories`: the periods each values table rebuilds, those where a relation its indicators
  read, or the scaffold, changed.
- `int_indicator_baseline__<relation>`: the relation as tonight's build used it (the columns the measures read),
  written after every values table (so a night that fails before them is caught up by the next), for the next
  night to compare with; the scaffold's too.
- `int_indicator_build_record`: the engine's fingerprint (macros/incremental_periods.sql), written last.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict

from indicators.catalog import Catalog, Measure
from indicators.compiler import (
    HEADER,
    LITERAL_ROWS,
    STRING,
    GeneratedModel,
    category_values_model_name,
    literal_rows,
    value_categories,
)
from indicators.fact_model import ROW
from indicators.facts import FACTS
from indicators.measures import measure_groups, measure_input, pass_definition
from indicators.sql_layout import lines, select

SCAFFOLD = "int_indicator_scaffold"


def _select_periods(first: str) -> str:
    return select([first, "period_type", "period"])


def change_model_name(relation: str) -> str:
    return f"int_indicator_changes__{relation}"


def baseline_model_name(relation: str) -> str:
    return f"int_indicator_baseline__{relation}"


def fact_relations(catalog: Catalog) -> list[str]:
    """The relations the catalog's measure passes read."""
    return list(_relations(catalog))


def _relations(catalog: Catalog) -> dict[str, list[tuple[str, str, str, list[Measure]]]]:
    """fact relation -> the passes over it: (fact, period rule, shape, measures)."""
    passes: dict[str, list[tuple[str, str, str, list[Measure]]]] = defaultdict(list)
    for (fact, period, shape), measures in measure_groups(catalog).items():
        passes[FACTS[fact].relation].append((fact, period, shape, measures))
    return dict(sorted(passes.items()))


def read_columns(passes: list[tuple[str, str, str, list[Measure]]]) -> list[str]:
    """The columns of a relation that its passes read (f.<column> in their definitions and their measures'): what
    its baseline keeps and what is compared."""
    definitions = [
        [pass_definition(FACTS[fact], period, shape), [measure_input(FACTS[fact], m) for m in measures]]
        for fact, period, shape, measures in passes
    ]
    return sorted(set(re.findall(rf"\b{ROW}\.([a-z_][a-z0-9_]*)", json.dumps(definitions, ensure_ascii=False))))


def change_model(relation: str, passes: list[tuple[str, str, str, list[Measure]]]) -> GeneratedModel:
    """The periods whose measures the relation's changed rows change, through each of its passes
    (measure_changes, macros/measure_passes.sql)."""
    columns = lines([repr(c) for c in read_columns(passes)], "        ")
    about = f"{relation}: the periods whose measures its rows changed since the last build, through each of its"
    sql = f"""{HEADER}-- {about}
-- {len(passes)} measure passes (those whose meta names it), which read these of its columns
{{{{ config(materialized=measure_part_materialization()) }}}}
{{{{ measure_changes(
    '{relation}',
    columns=[
{columns}
    ],
) }}}}
"""
    return GeneratedModel(change_model_name(relation), sql)


def changed_periods_model(relations: list[str]) -> GeneratedModel:
    union = "\n\n    union all\n\n".join(
        _select_periods("relation") + f"\n    from {{{{ ref('{change_model_name(r)}') }}}}" for r in relations
    )
    sql = f"""{HEADER}-- The periods each relation the engine reads changed since the last build (every period when
-- every period is built tonight): the facts the measures read, and the scaffold (who was posted where)
-- depends_on: {{{{ ref('{SCAFFOLD}') }}}}
{{%- set everything = indicator_engine_builds_everything() %}}
{{%- set scaffold_baseline = none if everything else indicator_baseline(ref('{SCAFFOLD}')) %}}
with

scaffold_changes as (

    {{% if scaffold_baseline is none -%}}
    select
        period_type,
        period
    from {{{{ ref('int_indicator_periods') }}}}
    {{%- else -%}}
    select distinct
        changed.period_type,
        changed.period
    from ({{{{ changed_rows(ref('{SCAFFOLD}'), scaffold_baseline) }}}}) as changed
    {{%- endif %}}

),

final as (

{union}

    union all

    select
        '{SCAFFOLD}' as relation,
        period_type,
        period
    from scaffold_changes

)

select * from final
"""
    return GeneratedModel("int_indicator_changed_periods", sql)


def category_relations(catalog: Catalog) -> dict[str, list[str]]:
    """Values category -> the fact relations its indicators' measures are computed from."""
    found: dict[str, set[str]] = defaultdict(set)
    for ind in catalog.indicators:
        for m in (*ind.formula.numerator, *ind.formula.denominator):
            found[ind.category].add(FACTS[m.fact].relation)
    return {category: sorted(found[category]) for category in value_categories(catalog)}


def build_categories_model(catalog: Catalog) -> GeneratedModel:
    """Which periods each values category rebuilds: those where a relation it reads, or the scaffold, changed."""
    read = category_relations(catalog)
    rows = [(category, relation) for category, relations in read.items() for relation in [*relations, SCAFFOLD]]
    sql = f"""{HEADER}-- The periods each values table rebuilds tonight: where a relation its indicators read, or the
-- scaffold, changed since the last build (a late enforcement changes a 2024 dispute's periods for 营商环境 only)
with

changed as (

    select * from {{{{ ref('int_indicator_changed_periods') }}}}

),

-- the relations each category's indicators read, and the scaffold, which every category reads
category_relations as (

{LITERAL_ROWS}

),

final as (

    select distinct
        category_relations.category,
        changed.period_type,
        changed.period
    from category_relations
    inner join changed
        on category_relations.relation = changed.relation

)

select * from final
"""
    table = literal_rows([("category", STRING), ("relation", STRING)], rows)
    return GeneratedModel("int_indicator_build_categories", sql, table)


def baseline_model(relation: str, columns: list[str] | None, values_models: list[str]) -> GeneratedModel:
    depends = "".join(f"-- depends_on: {{{{ ref('{name}') }}}}\n" for name in values_models)
    selected = "select\n" + lines(columns, "    ") if columns else "select *"
    sql = f"""{HEADER}-- {relation} as tonight's build used it (the columns the measures read), for the next night to
-- compare with; written after every values table, so a night that fails before them leaves the last build's copy,
-- and the next night computes its changes again
{{{{ config(materialized='table') }}}}
{depends}
{selected}
from {{{{ ref('{relation}') }}}}
"""
    return GeneratedModel(baseline_model_name(relation), sql)


def build_record_model(relations: list[str]) -> GeneratedModel:
    depends = "".join(f"-- depends_on: {{{{ ref('{baseline_model_name(r)}') }}}}\n" for r in relations)
    sql = f"""{HEADER}-- The engine's fingerprint at the last complete build (macros/incremental_periods.sql), written
-- last
{{{{ config(materialized='table') }}}}
{depends}
select
    '{{{{ indicator_engine_fingerprint() }}}}' as engine_fingerprint,
    cast({{{{ dbt.current_timestamp() }}}} as timestamp) as built_at,
    {{{{ last_engine_build_time() }}}} as previous_built_at
"""
    return GeneratedModel("int_indicator_build_record", sql)


def change_models(catalog: Catalog) -> list[GeneratedModel]:
    """Every model of incremental building, for the catalog's passes and values tables."""
    passes = _relations(catalog)
    values = [category_values_model_name(c) for c in value_categories(catalog)]
    return [
        *(change_model(relation, relation_passes) for relation, relation_passes in passes.items()),
        changed_periods_model(list(passes)),
        build_categories_model(catalog),
        *(baseline_model(relation, read_columns(p), values) for relation, p in passes.items()),
        baseline_model(SCAFFOLD, None, values),
        build_record_model([*passes, SCAFFOLD]),
    ]
