"""The measure models: every count, sum, median and distinct count the catalog asks for, computed in as
few passes over each fact as its period rule allows.

Three shapes, chosen per measure:
- monthly: additive measures (counts, sums) of event rules (filed in, closed in, …) whose filters do
  not depend on the period. Rows are aggregated once per (month, court, department, person) and the
  months rolled up into months, quarters, years and years-to-date: every period is a union of whole
  months, so this is exact, and each row is read once instead of once per period containing it.
- snapshot: pending-at-end and carried-over rules. Every period ends on a month end and starts the day
  after one, so rows are evaluated once per snapshot day d (pending at d) and each period takes the
  snapshot of its end (pending at E) or of the day before its start (carried over). Fields that depend
  on the period end (age at E, …) are evaluated at d, which is exact only when d is E: a carried-over
  measure whose filters read the period (closed by E) is computed per period instead.
- per_period: everything else (medians and distinct counts of event rules, filters that depend on the
  period's end, overlap and label rules): rows are joined to each period that contains them.
Each model groups the levels (court, department, person and the city) in one pass (the rows crossed with the
levels, each taking its level's entity column, then one group by). The passes compute the periods built tonight
(`int_indicator_build_periods`: all of them, or those whose inputs changed, docs/incremental.md).

The three shapes are written once, in dbt (macros/measure_passes.sql). What is particular to a pass is generated
here into its macros (macros/generated/measures__<pass>.sql): its description and its rows (`row_contributions`:
what each row adds to each measure), which its model aggregates and changes.py's change model of its fact runs over
the changed rows to find the periods to build.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from indicators.catalog import Catalog, Measure
from indicators.compiler import HEADER, KEYS, GeneratedModel, conditions_sql, period_join
from indicators.fact_model import PERIOD_START, ROW, Fact, entity_columns
from indicators.facts import FACTS
from indicators.sql_layout import and_lines, case_item, item, lines

SNAPSHOT_KINDS = ("pending_at_end", "carried_over")


def _depends_on_period(fact: Fact, m: Measure, bound: str = "p.period_") -> bool:
    """Whether the measure's filters or field read the period (`bound`: its start or end, or either)."""
    fields = [f.field for f in m.filters] + ([m.field] if m.field else [])
    return any(bound in fact.field(name).expression for name in fields)


def _snapshot_exact(fact: Fact, m: Measure, kind: str) -> bool:
    """A snapshot binds the period's end to its snapshot day: exact for pending at E (the day is E) unless a
    field reads the period's start; for carried over (the day is S - 1) only if no field reads the period."""
    if kind == "pending_at_end":
        return not _depends_on_period(fact, m, PERIOD_START)
    return not _depends_on_period(fact, m)


def shape(m: Measure) -> str:
    fact = FACTS[m.fact]
    kind = fact.periods[m.period].kind
    if kind in SNAPSHOT_KINDS:
        # e.g. carried over and closed by E (旧存案件结案率) needs each period's own end: per period
        return "snapshot" if _snapshot_exact(fact, m, kind) else "per_period"
    if kind == "event" and m.agg in ("count", "sum") and not _depends_on_period(fact, m):
        return "monthly"
    return "per_period"


def model_name(fact: str, period: str, model_shape: str) -> str:
    suffix = "" if model_shape != "per_period" else "__per_period"
    return f"int_indicator_measures__{fact}__{period}{suffix}"


# Sums are taken in decimal: a sum of doubles depends on the order rows are added in, which differs between
# engines (and between runs of a parallel one), and a last-bit difference can flip a value rounded later (scores,
# ranks, a warning's threshold). Nine decimals hold every amount, day count and workload credit exactly.
EXACT_SUM_TYPE = "decimal(38, 9)"


def _row_input(fact: Fact, m: Measure, indent: str = "        ") -> str:
    """The select item of what one row adds to measure `m`: 1 or 0 for a count, the field where the filters hold."""
    conditions, alias = conditions_sql(fact, m.filters), f"i_{m.column}"
    if m.agg == "count":
        return case_item(conditions, "1", "0", alias, indent)
    cast_to = EXACT_SUM_TYPE if m.agg == "sum" else None
    return case_item(conditions, fact.field(m.field).expression, None, alias, indent, cast_to)


def _entities(fact: Fact) -> str:
    return ",\n".join(item(sql, f"{level}_entity", "        ") for level, sql in entity_columns(fact).items())


def pass_name(fact: str, period: str, model_shape: str) -> str:
    """A pass's name: its model's without the prefix, and its macros' (macros/generated/measures__<name>.sql)."""
    return model_name(fact, period, model_shape).removeprefix("int_indicator_measures__")


def row_contributions(fact: Fact, period: str, model_shape: str, measures: list[Measure], source: str) -> str:
    """What each row of `source` (alias f) that the fact counts contributes to a pass, before aggregation: one row
    per (row, month) for a monthly pass, per (row, snapshot day it is pending on) for a snapshot pass (the CTE
    `snapshot_days` in scope, one row per day as `period_end`), per (row, period of `periods` it falls in)
    otherwise; the `carried` columns of the source first (the change models carry `net`). The body of the pass's
    rows macro, which the pass and the change model of its fact (macros/measure_passes.sql) both run, so what a
    change is compared on is exactly what the pass adds up."""
    rule = fact.periods[period]
    inputs = ",\n".join(_row_input(fact, m) for m in measures)
    carried = "        {%- for column in carried %}\n        f.{{ column }},\n        {%- endfor %}\n"
    if model_shape == "monthly":
        counted = f"\n        and {fact.where}" if fact.where else ""  # the rows the fact counts, if not all
        return f"""    select
{carried}        cast({{{{ dbt.date_trunc('month', '{ROW}.{rule.date}') }}}} as date) as month_start,
{_entities(fact)},
{inputs}
    from {source} as {ROW}
    where {ROW}.{rule.date} is not null{counted}"""
    counted = f"\n    where {fact.where}" if fact.where else ""
    if model_shape == "snapshot":
        pending_on_day = replace(rule, kind="pending_at_end")  # the rows pending at the snapshot day, p.period_end
        return f"""    select
{carried}        p.period_end as snapshot_day,
{_entities(fact)},
{inputs}
    from {source} as {ROW}
    inner join snapshot_days as p
        on {period_join(pending_on_day)}{counted}"""
    return f"""    select
{carried}        p.period_type,
        p.period,
{_entities(fact)},
{inputs}
    from {source} as {ROW}
    inner join periods as p
        on {period_join(rule)}{counted}"""


def _pass_spec(fact: Fact, period: str, model_shape: str, measures: list[Measure]) -> str:
    """The pass's description (macros/measure_passes.sql reads it): what measure_pass and measure_changes need."""
    name = pass_name(fact.name, period, model_shape)
    snapshot = f"\n        'snapshot': '{fact.periods[period].kind}'," if model_shape == "snapshot" else ""
    levels = ", ".join(f"'{level}'" for level in entity_columns(fact))
    listed = "\n".join(f"            '{m.column}': '{m.agg}'," for m in measures)
    return f"""{{{{ return({{
        'fact': '{fact.relation}',
        'shape': '{model_shape}',{snapshot}
        'levels': [{levels}],
        'measures': {{
{listed}
        }},
        'rows': measure_rows__{name},
    }}) }}}}"""


def pass_macros(fact: Fact, period: str, model_shape: str, measures: list[Measure]) -> GeneratedModel:
    """The generated macros of one pass: its description and its rows."""
    name = pass_name(fact.name, period, model_shape)
    sql = f"""{{#- {HEADER.removeprefix("-- ").strip()} -#}}
{{#-
    {_about(fact, period, model_shape, measures)}: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}}

{{% macro measures__{name}() -%}}
    {_pass_spec(fact, period, model_shape, measures)}
{{%- endmacro %}}

{{% macro measure_rows__{name}(relation, carried=[]) -%}}
{row_contributions(fact, period, model_shape, measures, "{{ relation }}")}
{{%- endmacro %}}
"""
    return GeneratedModel(f"measures__{name}", sql)


_ABOUT = {
    "monthly": "{n} additive measures by month, rolled up",
    "snapshot": "{n} measures, evaluated once per snapshot day",
    "per_period": "{n} measures, rows joined to each period",
}


def _about(fact: Fact, period: str, model_shape: str, measures: list[Measure]) -> str:
    return f"{fact.name}, rows {fact.periods[period].doc}: " + _ABOUT[model_shape].format(n=len(measures))


def pass_model(fact: Fact, period: str, model_shape: str, measures: list[Measure]) -> GeneratedModel:
    name = pass_name(fact.name, period, model_shape)
    sql = f"""{HEADER}-- {_about(fact, period, model_shape, measures)}
-- each row's inputs: macros/generated/measures__{name}.sql
-- their aggregation: macros/measure_passes.sql
{{{{ config(materialized=measure_part_materialization()) }}}}
{{{{ measure_pass(measures__{name}()) }}}}
"""
    return GeneratedModel(model_name(fact.name, period, model_shape), sql)


def measure_groups(catalog: Catalog) -> dict[tuple[str, str, str], list[Measure]]:
    """(fact, period rule, shape) -> the measures computed together in one model."""
    groups: dict[tuple[str, str, str], list[Measure]] = defaultdict(list)
    for m in catalog.measures():
        groups[(m.fact, m.period, shape(m))].append(m)
    return dict(sorted(groups.items()))


def measure_models(catalog: Catalog) -> list[GeneratedModel]:
    return [pass_model(FACTS[fact], period, s, ms) for (fact, period, s), ms in measure_groups(catalog).items()]


def measure_macros(catalog: Catalog) -> list[GeneratedModel]:
    return [pass_macros(FACTS[fact], period, s, ms) for (fact, period, s), ms in measure_groups(catalog).items()]


def wide_model(catalog: Catalog) -> GeneratedModel:
    """Every measure of the catalog on one row per (level, entity, period), over the scaffold."""
    groups = measure_groups(catalog)
    names = {key: f"m{i}" for i, key in enumerate(groups)}
    imports = "".join(
        f"{alias} as (\n\n    select * from {{{{ ref('{model_name(*key)}') }}}}\n\n),\n\n"
        for key, alias in names.items()
    )
    key_cols = lines(list(KEYS), "        ")
    keys = "\n    union\n".join(f"    select\n{key_cols}\n    from {table}" for table in ["scaffold", *names.values()])
    columns = ",\n".join(f"        {alias}.{m.column}" for key, alias in names.items() for m in groups[key])
    joins = "\n".join(
        f"    left join {alias}\n        on\n" + and_lines([f"keys.{k} = {alias}.{k}" for k in KEYS], " " * 12)
        for alias in ["scaffold", *names.values()]
    )
    sql = f"""{HEADER}-- Every measure of the catalog, one row per (level, entity, period).
with

periods as (

    select * from {{{{ ref('int_indicator_build_periods') }}}}

),

scaffold as (

    select * from {{{{ ref('int_indicator_scaffold') }}}}

),

{imports}keys as (

{keys}

),

final as (

    select
        keys.level,
        keys.entity_id,
        keys.period_type,
        keys.period,
        periods.period_start,
        periods.period_end,
        periods.days_in_period,
        scaffold.court_code,
        scaffold.role,
        scaffold.business_line,
        scaffold.population,
{columns}
    from keys
    inner join periods
        on keys.period_type = periods.period_type and keys.period = periods.period
{joins}

)

select * from final
"""
    return GeneratedModel("int_indicator_measures", sql)
