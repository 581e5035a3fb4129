"""Compile the validated catalog into dbt models: a few grouped scans per fact, not a query per indicator.

For each (fact, period rule) that the catalog uses, one model joins the fact's rows to the period
calendar once, computes every measure the catalog asks of that fact as a conditional aggregate, and
groups by (level, entity, period) for court, department and person at once. A wide model joins those
measures onto the scaffold of entities and periods, and `indicator_values` turns each indicator into
numerator, denominator and value from those columns. Identical measures are computed once.

Only whitelisted names (facts.py) and checked literals (catalog.py) are written into the SQL.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from orchestration.indicators.catalog import Catalog, Filter, Formula, Indicator, Measure
from orchestration.indicators.facts import FACTS, OPERATORS, PERIOD_END, PERIOD_START, ROW, Fact, PeriodRule

HEADER = "-- Generated from the indicator catalog (dbt_project/config) by orchestration/indicators. Do not edit.\n"
KEYS = ("level", "entity_id", "period_type", "period")


@dataclass(frozen=True)
class GeneratedModel:
    name: str
    sql: str


def literal(value) -> str:
    """A SQL literal for a checked catalog value (strings were checked against the safe character set)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    text = str(value)
    if any(c in text for c in "'\\;{}\""):
        raise ValueError(f"refusing to write unchecked text into SQL: {text!r}")
    return f"'{text}'"


def filter_sql(fact: Fact, flt: Filter) -> str:
    expr = fact.field(flt.field).expression
    match flt.op:
        case "is_true":
            return f"coalesce({expr}, false)"
        case "is_false":
            return f"({expr}) = false"
        case "is_null":
            return f"{expr} is null"
        case "not_null":
            return f"{expr} is not null"
        case "in" | "not_in":
            op = "in" if flt.op == "in" else "not in"
            return f"{expr} {op} ({', '.join(literal(v) for v in flt.value)})"
        case _:
            return f"{expr} {OPERATORS[flt.op]} {literal(flt.value)}"


def _condition(fact: Fact, filters: tuple[Filter, ...]) -> str:
    return " and ".join(f"({filter_sql(fact, f)})" for f in filters) or "true"


def _row_input(fact: Fact, m: Measure) -> str:
    """The per-row input a measure aggregates."""
    cond = _condition(fact, m.filters)
    if m.agg == "count":
        return f"case when {cond} then 1 else 0 end"
    value = fact.field(m.field).expression
    return f"case when {cond} then {value} end"


def _aggregate(m: Measure) -> str:
    col = f"i_{m.column}"
    return {
        "count": f"cast(sum({col}) as {{{{ dbt.type_bigint() }}}})",
        "sum": f"cast(sum({col}) as double)",
        "median": f"cast({{{{ courtperf_median('{col}') }}}} as double)",
        "count_distinct": f"cast(count(distinct {col}) as {{{{ dbt.type_bigint() }}}})",
    }[m.agg]


def _period_join(rule: PeriodRule) -> str:
    if rule.kind == "event":
        return f"{ROW}.{rule.date} >= {PERIOD_START} and {ROW}.{rule.date} <= {PERIOD_END}"
    if rule.kind == "pending_at_end":
        return f"{ROW}.{rule.start} <= {PERIOD_END} and ({ROW}.{rule.end} is null or {ROW}.{rule.end} > {PERIOD_END})"
    if rule.kind == "carried_over":  # pending on S - 1
        return (
            f"{ROW}.{rule.start} < {PERIOD_START} and ({ROW}.{rule.end} is null or {ROW}.{rule.end} >= {PERIOD_START})"
        )
    if rule.kind == "overlaps":
        return (
            f"{ROW}.{rule.start} <= {PERIOD_END} and ({ROW}.{rule.end} is null or {ROW}.{rule.end} >= {PERIOD_START})"
        )
    if rule.kind == "label":
        return f"{ROW}.period = p.period and p.period_type in ('month', 'quarter', 'year')"
    raise ValueError(f"unknown period rule kind {rule.kind}")


def measure_model_name(fact: str, period: str) -> str:
    return f"int_indicator_measures__{fact}__{period}"


def fact_period_model(fact: Fact, period: str, measures: list[Measure]) -> GeneratedModel:
    levels = list(fact.entities)
    inputs = ",\n".join(f"        {_row_input(fact, m)} as i_{m.column}" for m in measures)
    entities = ",\n".join(f"        {ROW}.{col} as {level}_entity" for level, col in fact.entities.items())
    by_level = "\n\n    union all\n\n".join(
        f"    select\n        '{level}' as level,\n        {level}_entity as entity_id,\n        period_type,\n"
        f"        period,\n" + ",\n".join(f"        i_{m.column}" for m in measures) + "\n    from in_period"
        for level in levels
    )
    aggregates = ",\n".join(f"    {_aggregate(m)} as {m.column}" for m in measures)
    where = f"\n    where {fact.where}" if fact.where else ""
    sql = f"""{HEADER}-- {fact.name} ({fact.doc}), rows {fact.periods[period].doc}: {len(measures)} measures
with

periods as (

    select * from {{{{ ref('int_indicator_periods') }}}}

),

fact_rows as (

    select * from {{{{ ref('{fact.relation}') }}}} as {ROW}{where}

),

in_period as (

    select
        p.period_type,
        p.period,
{entities},
{inputs}
    from fact_rows as {ROW}
    inner join periods as p
        on {_period_join(fact.periods[period])}

),

by_level as (

{by_level}

)

select
    level,
    entity_id,
    period_type,
    period,
{aggregates}
from by_level
where entity_id is not null
group by level, entity_id, period_type, period
"""
    return GeneratedModel(measure_model_name(fact.name, period), sql)


def measures_by_model(catalog: Catalog) -> dict[tuple[str, str], list[Measure]]:
    groups: dict[tuple[str, str], list[Measure]] = defaultdict(list)
    for m in catalog.measures():
        groups[(m.fact, m.period)].append(m)
    return dict(sorted(groups.items()))


def wide_model(catalog: Catalog) -> GeneratedModel:
    groups = measures_by_model(catalog)
    names = {key: f"m{i}" for i, key in enumerate(groups)}
    imports = "".join(
        f"{alias} as (\n\n    select * from {{{{ ref('{measure_model_name(*key)}') }}}}\n\n),\n\n"
        for key, alias in names.items()
    )
    key_cols = ", ".join(KEYS)
    keys = "\n    union\n".join(
        [f"    select {key_cols} from scaffold"] + [f"    select {key_cols} from {alias}" for alias in names.values()]
    )
    columns = ",\n".join(f"        {alias}.{m.column}" for key, alias in names.items() for m in groups[key])
    joins = "\n".join(
        f"    left join {alias}\n        on " + "\n        and ".join(f"keys.{k} = {alias}.{k}" for k in KEYS)
        for alias in names.values()
    )
    sql = f"""{HEADER}-- Every measure of the catalog, one row per (level, entity, period).
with

periods as (

    select * from {{{{ ref('int_indicator_periods') }}}}

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
    left join scaffold
        on {" and ".join(f"keys.{k} = scaffold.{k}" for k in KEYS)}
{joins}

)

select * from final
"""
    return GeneratedModel("int_indicator_measures", sql)


def _sum(measures: tuple[Measure, ...]) -> str:
    return " + ".join(f"coalesce({m.column}, 0)" for m in measures)


def value_sql(formula: Formula) -> tuple[str, str, str]:
    """(numerator, denominator, value) expressions over the wide measures model."""
    n = _sum(formula.numerator)
    d = _sum(formula.denominator) if formula.denominator else "null"
    scale = "days_in_period" if formula.scale == "days_in_period" else literal(formula.scale or 1)
    kind = formula.kind
    if kind in ("count", "sum"):
        return n, "null", n
    if kind == "median":
        median = formula.numerator[0].column
        return median, d, f"case when {d} > 0 then {median} end"
    if kind == "per_10k_population":
        return n, "population", f"case when population > 0 then cast({n} as double) / population * 10000 end"
    ratio = f"cast({n} as double) / ({d})"
    if kind == "complement_ratio":
        return n, d, f"case when {d} != 0 then 1 - {ratio} end"
    # ratio, average, per_quota_judge
    value = ratio if scale == "1" else f"{ratio} * {scale}"
    return n, d, f"case when {d} != 0 then {value} end"


def _applies(ind: Indicator) -> str:
    conds = [f"level in ({', '.join(literal(lvl) for lvl in ind.levels)})"]
    conds.append(f"period_end >= cast({literal(ind.valid_from.isoformat())} as date)")
    if ind.valid_to:
        conds.append(f"period_end <= cast({literal(ind.valid_to.isoformat())} as date)")
    if ind.roles:
        conds.append(f"(level != 'person' or role in ({', '.join(literal(r) for r in ind.roles)}))")
    if ind.business_lines:
        lines = ", ".join(literal(b) for b in ind.business_lines)
        conds.append(f"(level = 'court' or business_line in ({lines}))")
    return "\n        and ".join(conds)


def _value_branch(ind: Indicator, catalog_version: str) -> str:
    n, d, v = value_sql(ind.formula)
    return f"""    select
        {literal(ind.id)} as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast({n} as double) as numerator,
        cast({d} as double) as denominator,
        cast({v} as double) as value,
        {literal(ind.valid_from.isoformat())} as definition_valid_from,
        {literal(catalog_version)} as catalog_version
    from measures
    where
        {_applies(ind)}"""


def category_values_model_name(category: str) -> str:
    return f"int_indicator_values__{category}"


def category_values_model(catalog: Catalog, category: str) -> GeneratedModel:
    """The values of one category's indicators. One model per category keeps each query small: the
    planner's cost grows faster than linearly with the branches of a single union."""
    members = [ind for ind in catalog.indicators if ind.category == category]
    union = "\n\n    union all\n\n".join(_value_branch(ind, catalog.version) for ind in members)
    sql = f"""{HEADER}-- {category}: {len(members)} indicator definitions; catalog version {catalog.version}
with

measures as (

    select * from {{{{ ref('int_indicator_measures') }}}}

),

final as (

{union}

)

select * from final
"""
    return GeneratedModel(category_values_model_name(category), sql)


def values_models(catalog: Catalog) -> list[GeneratedModel]:
    """One model per category, and `indicator_values`, their union: the public mart."""
    categories = [c.id for c in catalog.categories if any(i.category == c.id for i in catalog.indicators)]
    union = "\n\n    union all\n\n".join(
        f"    select * from {{{{ ref('{category_values_model_name(c)}') }}}}" for c in categories
    )
    final = GeneratedModel(
        "indicator_values",
        f"""{HEADER}{{{{ config(schema='marts') }}}}
-- {len(catalog.indicators)} indicator definitions in {len(categories)} categories; catalog version {catalog.version}
with

final as (

{union}

)

select * from final
""",
    )
    return [*(category_values_model(catalog, c) for c in categories), final]


def _date_literal(value) -> str:
    return "null" if value is None else literal(value.isoformat())


def catalog_model(catalog: Catalog) -> GeneratedModel:
    from orchestration.indicators.describe import formula_in_words

    names = {c.id: c for c in catalog.categories}
    rows = []
    for ind in catalog.indicators:
        low, high = ind.reference_interval or (None, None)
        rows.append(
            "    select "
            + ", ".join(
                [
                    f"{literal(ind.id)} as indicator_id",
                    f"{literal(ind.name_zh)} as name_zh",
                    f"{literal(ind.name_en)} as name_en",
                    f"{literal(ind.domain)} as domain",
                    f"{literal(ind.category)} as category",
                    f"{literal(names[ind.category].name_zh)} as category_name_zh",
                    f"{literal(ind.dimension)} as dimension",
                    f"{literal(','.join(ind.levels))} as levels",
                    f"{literal(','.join(ind.roles or ['any']))} as roles",
                    f"{literal(','.join(ind.business_lines or ['any']))} as business_lines",
                    f"{literal(ind.unit)} as unit",
                    f"{literal(ind.direction)} as direction",
                    f"cast({literal(ind.weight)} as double) as default_weight",
                    f"{literal(ind.scoring)} as scoring_rule",
                    f"cast({'null' if low is None else literal(low)} as double) as reference_lower",
                    f"cast({'null' if high is None else literal(high)} as double) as reference_upper",
                    f"cast({_date_literal(ind.valid_from)} as date) as valid_from",
                    f"cast({_date_literal(ind.valid_to)} as date) as valid_to",
                    f"{literal(ind.formula.kind)} as formula_kind",
                    f"{literal(formula_in_words(ind))} as formula_in_words",
                    f"{literal(ind.description)} as description",
                    f"{literal(catalog.version)} as catalog_version",
                ]
            )
        )
    union = "\n    union all\n".join(rows)
    sql = f"""{HEADER}{{{{ config(schema='marts') }}}}
-- The indicator catalog itself, for BI tools: one row per indicator definition.
with

final as (

{union}

)

select * from final
"""
    return GeneratedModel("indicator_catalog", sql)


def compile_catalog(catalog: Catalog) -> list[GeneratedModel]:
    models = [fact_period_model(FACTS[fact], period, ms) for (fact, period), ms in measures_by_model(catalog).items()]
    return [*models, wide_model(catalog), *values_models(catalog), catalog_model(catalog)]
