"""The records behind each archived number: lineage SQL generated from the same compiled catalog.

The indicator models aggregate `case when <filters> then … end` over the rows of a fact that a period
rule puts in a period (compiler.py). Lineage runs the same pieces — `compiler.filter_sql`, the facts'
period rules, entity columns, `where` and key — without aggregating, for the closed period only, when
it is closed (not every night for every period):

    lineage           (measure, fact, period_type, period, record_id, court_id, department_id, person_id, amount)
                      one row per record a measure counts (amount 1), sums or takes the median of
                      (amount = the value); for a count_distinct measure (quota judges), one row per
                      distinct value (the judge) and posting's court and department
    lineage_measures  (indicator_id, definition_valid_from, part, measure, fact, …) which measures
                      make an indicator's numerator and denominator

An indicator value of entity E at level L is then: the lineage rows of its numerator (denominator)
measures whose `<L>_id` is E — `count(*)` or `sum(amount)` of them is the archived numerator
(denominator). A per-10k-population denominator (population) is not itemised.
"""

from __future__ import annotations

import jinja2

from indicators.catalog import Catalog, Measure
from indicators.compiler import filter_sql, literal, measures_by_model, period_join
from indicators.facts import FACTS, LEVELS, ROW, Fact

LINEAGE_COLUMNS = (
    "measure varchar, fact varchar, period_type varchar, period varchar, record_id varchar, "
    "court_id varchar, department_id varchar, person_id varchar, amount double"
)
MEASURE_COLUMNS = (
    "indicator_id varchar, definition_valid_from date, part varchar, measure varchar, fact varchar, "
    "period_rule varchar, agg varchar, field varchar, filters varchar, formula_kind varchar"
)


class _DuckdbMacros:
    """The dbt cross-database macros the facts' field SQL uses, as dbt-duckdb renders them."""

    @staticmethod
    def datediff(first: str, second: str, part: str) -> str:
        return f"(date_diff('{part}', ({first})::timestamp, ({second})::timestamp))"

    @staticmethod
    def type_bigint() -> str:
        return "bigint"


_JINJA = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False)


def render(sql: str) -> str:
    """Field SQL is written for dbt (`{{ dbt.datediff(...) }}`); render it for DuckDB."""
    return _JINJA.from_string(sql).render(dbt=_DuckdbMacros) if "{{" in sql else sql


def _measure_condition(fact: Fact, m: Measure) -> str:
    return " and ".join(f"({render(filter_sql(fact, f))})" for f in m.filters) or "true"


def _periods_cte(periods: list[tuple]) -> str:
    values = ", ".join(
        f"({literal(pt)}, {literal(p)}, cast({literal(s.isoformat())} as date), cast({literal(e.isoformat())} as date))"
        for pt, p, s, e in periods
    )
    return f"select * from (values {values}) as p(period_type, period, period_start, period_end)"


def _entities(fact: Fact) -> str:
    return ", ".join(
        f"cast({ROW}.{fact.entities[level]} as varchar) as {level}_id" if level in fact.entities
        else f"cast(null as varchar) as {level}_id"
        for level in LEVELS
    )  # fmt: skip


def lineage_queries(catalog: Catalog, relations: dict[str, str], periods: list[tuple]) -> list[str]:
    """SELECTs (columns as LINEAGE_COLUMNS) listing the records of every measure of the catalog in `periods`.

    `relations` maps each fact's dbt model name to the relation to read (e.g. `wh.marts.fct_trial_cases`);
    `periods` holds (period_type, period, start, end). One scan per (fact, period rule), as in the models.
    """
    queries = []
    for (fact_name, rule), measures in measures_by_model(catalog).items():
        fact = FACTS[fact_name]
        relation = relations[fact.relation]
        where = f" and ({render(fact.where)})" if fact.where else ""
        base = (
            f"from {relation} as {ROW} inner join ({_periods_cte(periods)}) as p "
            f"on {render(period_join(fact.periods[rule]))}{where}"
        )
        items = []
        for m in measures:
            cond = _measure_condition(fact, m)
            if m.agg == "count":
                items.append(f"{{'measure': {literal(m.column)}, 'hit': {cond}, 'amount': cast(1 as double)}}")
            elif m.agg in ("sum", "median"):
                value = render(fact.field(m.field).expression)
                items.append(
                    f"{{'measure': {literal(m.column)}, 'hit': ({cond}) and ({value}) is not null, "
                    f"'amount': cast({value} as double)}}"
                )
            else:  # count_distinct: the distinct values are what is counted
                value = render(fact.field(m.field).expression)
                queries.append(
                    f"select distinct {literal(m.column)} as measure, {literal(fact.name)} as fact, p.period_type, "
                    f"p.period, cast({value} as varchar) as record_id, {_entities(fact)}, cast(1 as double) as amount "
                    f"{base} where ({cond}) and ({value}) is not null"
                )
        if items:
            queries.append(
                f"select h.measure, {literal(fact.name)} as fact, period_type, period, record_id, court_id, "
                f"department_id, person_id, h.amount from (select p.period_type, p.period, "
                f"cast({ROW}.{fact.key} as varchar) as record_id, {_entities(fact)}, "
                f"unnest([{', '.join(items)}]) as h {base}) where h.hit"
            )
    return queries


def measure_rows(catalog: Catalog) -> list[tuple]:
    """Rows of lineage_measures: which measures make each indicator definition's numerator and denominator."""
    rows = []
    for ind in catalog.indicators:
        f = ind.formula
        parts = [("numerator", f.numerator)]
        if f.kind not in ("count", "sum", "per_10k_population"):
            parts.append(("denominator", f.denominator))
        for part, measures in parts:
            for m in measures:
                filters = "; ".join(f"{x.field} {x.op}" + ("" if x.value is None else f" {x.value}") for x in m.filters)
                rows.append((ind.id, ind.valid_from, part, m.column, m.fact, m.period, m.agg, m.field, filters, f.kind))
    return rows


def needed_relations(catalog: Catalog) -> set[str]:
    return {FACTS[fact].relation for fact, _ in measures_by_model(catalog)}
