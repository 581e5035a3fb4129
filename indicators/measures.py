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
(`int_indicator_build_periods`: all of them, or those whose inputs changed, docs/incremental.md); changes.py runs
changed rows through the same row-level SQL (`row_contributions`) to find those periods.
"""

from __future__ import annotations

from collections import defaultdict

from indicators.catalog import Catalog, Measure
from indicators.compiler import HEADER, KEYS, GeneratedModel, conditions_sql, period_join
from indicators.fact_model import PERIOD_END, PERIOD_START, ROW, Fact, entity_columns
from indicators.facts import FACTS
from indicators.sql_layout import and_lines, case_item, cast_item, item, lines

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


BIGINT = "{{ dbt.type_bigint() }}"


def _aggregate(m: Measure, col: str) -> tuple[str, str]:
    """The aggregate of a measure's row inputs `col`, and the type it is cast to."""
    return {
        "count": (f"sum({col})", BIGINT),
        "sum": (f"sum({col})", "double"),
        "median": (f"{{{{ courtperf_median('{col}') }}}}", "double"),
        "count_distinct": (f"count(distinct {col})", BIGINT),
    }[m.agg]


def _outputs(measures: list[Measure], table: str = "", indent: str = "    ") -> str:
    """Each measure aggregated from its row inputs (`table`: their qualifier, when the query joins)."""
    items = []
    for m in measures:
        aggregate, sql_type = _aggregate(m, f"{table}i_{m.column}")
        items.append(cast_item([aggregate], sql_type, m.column, indent))
    return ",\n".join(items)


def _entities(fact: Fact) -> str:
    return ",\n".join(item(sql, f"{level}_entity", "        ") for level, sql in entity_columns(fact).items())


def _entity_names(fact: Fact) -> list[str]:
    return [f"{level}_entity" for level in entity_columns(fact)]


def _by_level(fact: Fact, source: str) -> str:
    """One row per (level, entity) of each `source` row, every column kept (macros/crossed_with_levels.sql)."""
    levels = ", ".join(f"'{level}'" for level in entity_columns(fact))
    return f"    {{{{ crossed_with_levels('{source}', [{levels}]) }}}}"


def fact_rows_sql(fact: Fact, source: str) -> str:
    """The rows of `source` the fact counts: all of them, or (alias f) those its `where` keeps."""
    if not fact.where:
        return f"    select * from {source}"
    return f"    select {ROW}.*\n    from {source} as {ROW}\n    where {fact.where}"


def _fact_rows(fact: Fact) -> str:
    source = f"{{{{ ref('{fact.relation}') }}}}"
    return f"fact_rows as (\n\n{fact_rows_sql(fact, source)}\n\n)"


def snapshot_day(kind: str) -> str:
    """The snapshot day d of a period `p`: its end (pending at end) or the day before it starts (carried over)."""
    if kind == "pending_at_end":
        return "p.period_end"
    return "cast({{ dbt.dateadd('day', -1, 'p.period_start') }} as date)"


GRAIN = {"monthly": ["month_start"], "snapshot": ["snapshot_day"], "per_period": ["period_type", "period"]}


def contribution_columns(fact: Fact, model_shape: str, measures: list[Measure]) -> list[str]:
    """The columns of a pass's row-level contributions: its grain, the entities, the inputs."""
    return [*GRAIN[model_shape], *_entity_names(fact), *(f"i_{m.column}" for m in measures)]


def row_contributions(
    fact: Fact, period: str, model_shape: str, measures: list[Measure], source: str, carried: str = ""
) -> str:
    """What each row of `source` (alias f) contributes to a pass, before aggregation: one row per (row, month) for
    a monthly pass, per (row, snapshot day it is pending on) for a snapshot pass (the CTE `snapshot_days` in
    scope, one row per day as `period_end`), per (row, period of `periods` it falls in) otherwise. `carried` columns
    of the source come first (the change models carry `net`). The passes and the change models (changes.py)
    share it, so what a change is compared on is exactly what the pass adds up."""
    rule = fact.periods[period]
    inputs = ",\n".join(_row_input(fact, m) for m in measures)
    first = f"        {ROW}.{carried},\n" if carried else ""
    if model_shape == "monthly":
        return f"""    select
{first}        cast({{{{ dbt.date_trunc('month', '{ROW}.{rule.date}') }}}} as date) as month_start,
{_entities(fact)},
{inputs}
    from {source} as {ROW}
    where {ROW}.{rule.date} is not null"""
    if model_shape == "snapshot":
        return f"""    select
{first}        p.period_end as snapshot_day,
{_entities(fact)},
{inputs}
    from {source} as {ROW}
    inner join snapshot_days as p
        on {ROW}.{rule.start} <= {PERIOD_END} and ({ROW}.{rule.end} is null or {ROW}.{rule.end} > {PERIOD_END})"""
    return f"""    select
{first}        p.period_type,
        p.period,
{_entities(fact)},
{inputs}
    from {source} as {ROW}
    inner join periods as p
        on {period_join(rule)}"""


def monthly_model(fact: Fact, period: str, measures: list[Measure]) -> GeneratedModel:
    sums = ",\n".join(item(f"sum(i_{m.column})", f"i_{m.column}", "        ") for m in measures)
    outputs = _outputs(measures, "level_months.")
    entity_cols = ", ".join(_entity_names(fact))
    about = f"{fact.name}, rows {fact.periods[period].doc}: {len(measures)} additive measures by month, rolled up"
    sql = f"""{HEADER}-- {about}
{{{{ config(materialized=measure_part_materialization()) }}}}
with

period_months as (

    select * from {{{{ ref('int_indicator_build_period_months') }}}}

),

{_fact_rows(fact)},

row_inputs as (

{row_contributions(fact, period, "monthly", measures, "fact_rows")}

),

entity_months as (

    select
        month_start,
{lines(_entity_names(fact), "        ")},
{sums}
    from row_inputs
    group by month_start, {entity_cols}

),

by_level as (

{_by_level(fact, "entity_months")}

),

level_months as (

    select
        level,
        entity_id,
        month_start,
{sums}
    from by_level
    where entity_id is not null
    group by level, entity_id, month_start

)

select
    level_months.level,
    level_months.entity_id,
    period_months.period_type,
    period_months.period,
{outputs}
from level_months
inner join period_months
    on level_months.month_start = period_months.month_start
group by level_months.level, level_months.entity_id, period_months.period_type, period_months.period
"""
    return GeneratedModel(model_name(fact.name, period, "monthly"), sql)


def snapshot_model(fact: Fact, period: str, measures: list[Measure]) -> GeneratedModel:
    rule = fact.periods[period]
    day = snapshot_day(rule.kind)
    outputs = _outputs(measures, indent="        ")
    sql = f"""{HEADER}-- {fact.name}, rows {rule.doc}: {len(measures)} measures, evaluated once per snapshot day
{{{{ config(materialized=measure_part_materialization()) }}}}
with

periods as (

    select * from {{{{ ref('int_indicator_build_periods') }}}}

),

snapshot_days as (

    select distinct {day}{"" if day == PERIOD_END else " as period_end"}
    from periods as p

),

{_fact_rows(fact)},

pending as (

{row_contributions(fact, period, "snapshot", measures, "fact_rows")}

),

by_level as (

{_by_level(fact, "pending")}

),

by_day as (

    select
        level,
        entity_id,
        snapshot_day,
{outputs}
    from by_level
    where entity_id is not null
    group by level, entity_id, snapshot_day

)

select
    by_day.level,
    by_day.entity_id,
    p.period_type,
    p.period,
{",".join(f"{chr(10)}    by_day.{m.column}" for m in measures)}
from by_day
inner join periods as p
    on by_day.snapshot_day = {day}
"""
    return GeneratedModel(model_name(fact.name, period, "snapshot"), sql)


def per_period_model(fact: Fact, period: str, measures: list[Measure]) -> GeneratedModel:
    outputs = _outputs(measures)
    by_level = _by_level(fact, "in_period")
    about = f"{fact.name}, rows {fact.periods[period].doc}: {len(measures)} measures, rows joined to each period"
    sql = f"""{HEADER}-- {about}
{{{{ config(materialized=measure_part_materialization()) }}}}
with

periods as (

    select * from {{{{ ref('int_indicator_build_periods') }}}}

),

{_fact_rows(fact)},

in_period as (

{row_contributions(fact, period, "per_period", measures, "fact_rows")}

),

by_level as (

{by_level}

)

select
    level,
    entity_id,
    period_type,
    period,
{outputs}
from by_level
where entity_id is not null
group by level, entity_id, period_type, period
"""
    return GeneratedModel(model_name(fact.name, period, "per_period"), sql)


_BUILDERS = {"monthly": monthly_model, "snapshot": snapshot_model, "per_period": per_period_model}


def measure_groups(catalog: Catalog) -> dict[tuple[str, str, str], list[Measure]]:
    """(fact, period rule, shape) -> the measures computed together in one model."""
    groups: dict[tuple[str, str, str], list[Measure]] = defaultdict(list)
    for m in catalog.measures():
        groups[(m.fact, m.period, shape(m))].append(m)
    return dict(sorted(groups.items()))


def measure_models(catalog: Catalog) -> list[GeneratedModel]:
    return [_BUILDERS[s](FACTS[fact], period, ms) for (fact, period, s), ms in measure_groups(catalog).items()]


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
