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

The SQL of the three shapes, and of what a row adds to a measure, is written once, in dbt
(macros/measure_passes.sql). What is particular to a pass is data, generated here into the meta of its model and
of its columns (_generated__models.yml, model_docs.py): the pass's fact, shape, entities and grain
(`pass_definition`), and each measure's aggregate, condition and field (`measure_input`). Its model aggregates its
rows, and changes.py's change model of its fact runs the same rows over the changed rows to find the periods to
build.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from indicators.catalog import Catalog, Measure
from indicators.compiler import HEADER, GeneratedModel, conditions_sql, period_join
from indicators.fact_model import PERIOD_START, ROW, Fact, entity_columns
from indicators.facts import FACTS
from indicators.sql_layout import lines

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


def measure_input(fact: Fact, m: Measure) -> dict[str, str]:
    """What one row adds to measure `m` (its column's meta, which `measure_input` in macros/measure_passes.sql
    renders): the aggregate, the condition the row must meet and, but for a count, the field it adds."""
    definition = {"aggregate": m.agg, "when": " and ".join(conditions_sql(fact, m.filters))}
    if m.agg != "count":
        definition["value"] = fact.field(m.field).expression
    return definition


def pass_name(fact: str, period: str, model_shape: str) -> str:
    """A pass's name: its model's without the prefix (the change models list their passes by it)."""
    return model_name(fact, period, model_shape).removeprefix("int_indicator_measures__")


def pass_definition(fact: Fact, period: str, model_shape: str) -> dict[str, object]:
    """What a pass's rows are, besides its measures (the model's meta, macros/measure_passes.sql reads it): its fact
    and shape, the entity of each level, and which rows count for which grain: for a monthly pass the date whose
    month a row falls in, otherwise the join to the periods (per period) or to the snapshot days (a snapshot pass:
    the rows pending at the day, `p.period_end`), and the rows the fact counts, if not all."""
    rule = fact.periods[period]
    definition: dict[str, object] = {"fact": fact.relation, "shape": model_shape}
    if model_shape == "snapshot":
        definition["snapshot"] = rule.kind
    definition["entities"] = entity_columns(fact)
    if model_shape == "monthly":
        definition["month_of"] = f"{ROW}.{rule.date}"
    else:
        definition["join"] = period_join(replace(rule, kind="pending_at_end") if model_shape == "snapshot" else rule)
    if fact.where:
        definition["where"] = fact.where
    return definition


_ABOUT = {
    "monthly": "{n} additive measures by month, rolled up",
    "snapshot": "{n} measures, evaluated once per snapshot day",
    "per_period": "{n} measures, rows joined to each period",
}


def _about(fact: Fact, period: str, model_shape: str, measures: list[Measure]) -> str:
    return f"{fact.name}, rows {fact.periods[period].doc}: " + _ABOUT[model_shape].format(n=len(measures))


def pass_model(fact: Fact, period: str, model_shape: str, measures: list[Measure]) -> GeneratedModel:
    sql = f"""{HEADER}-- {_about(fact, period, model_shape, measures)}
-- what each row adds to each measure: the model's and its columns' meta (_generated__models.yml);
-- the SQL, written once for every pass: macros/measure_passes.sql
{{{{ config(materialized=measure_part_materialization()) }}}}
{{{{ {model_shape}_measure_pass(ref('{fact.relation}')) }}}}
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


def wide_model(catalog: Catalog) -> GeneratedModel:
    """Every measure of the catalog on one row per (level, entity, period), over the scaffold: its passes, by name
    (`wide_measures`, macros/measure_passes.sql, reads each pass's measures from its meta)."""
    names = lines([repr(pass_name(*key)) for key in measure_groups(catalog)], "    ")
    sql = f"""{HEADER}-- Every measure of the catalog, one row per (level, entity, period): the measures of these passes
{{{{ wide_measures([
{names}
]) }}}}
"""
    return GeneratedModel("int_indicator_measures", sql)
