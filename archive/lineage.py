"""The records behind each archived number: lineage SQL generated from the same compiled catalog.

The indicator models aggregate `case when <filters> then … end` over the rows of a fact that a period
rule puts in a period (compiler.py). Lineage runs the same pieces — `compiler.filter_sql`, the facts'
period rules, entity columns, `where` and key — without aggregating, for the closed period only, when
it is closed (not every night for every period):

    lineage           (measure, fact, period_type, period, record_id, court_id, department_id, person_id, amount)
                      one row per record a measure counts (amount 1), sums or takes the median of
                      (amount = the value); for a count_distinct measure (quota judges), one row per
                      distinct value (the judge) and posting's court and department
                      … and, resolved when the period is closed so that the number stays traceable after
                      the warehouse is rebuilt: record_label (the 案号 of the case the record belongs to; a
                      petition's, mediation's or item's own id), record_start / record_end (filing and closing,
                      hearing scheduled and held, … dates) and person_name (the 承办人 or other person credited)
    lineage_measures  (indicator_id, definition_valid_from, part, measure, fact, …) which measures
                      make an indicator's numerator and denominator

An indicator value of entity E at level L is then: the lineage rows of its numerator (denominator)
measures whose `<L>_id` is E — `count(*)` or `sum(amount)` of them is the archived numerator
(denominator). A per-10k-population denominator (population) is not itemised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import jinja2

from indicators.catalog import Catalog, Measure
from indicators.compiler import filter_sql, literal, measures_by_model, period_join
from indicators.fact_model import LEVELS, ROW, Fact
from indicators.facts import FACTS

LINEAGE_COLUMNS = (
    "measure varchar, fact varchar, period_type varchar, period varchar, record_id varchar, "
    "court_id varchar, department_id varchar, person_id varchar, amount double, "
    "record_label varchar, record_start date, record_end date, person_name varchar"
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


def stage_lineage_rows(
    con, catalog: Catalog, relations: dict[str, str], periods: list[tuple], only: set[str] | None = None
) -> None:
    """Temp table `lineage_rows`: the records of every measure of the catalog (or of the measure columns `only`)
    in `periods`, labelled with their 案号, dates and person. `relations`: model name -> relation to read."""
    con.execute(f"create or replace temp table lineage_rows ({LINEAGE_COLUMNS})")
    for query in lineage_queries(catalog, relations, periods, only):
        con.execute(f"insert into lineage_rows {query}")
    facts = {f for (f,) in con.execute("select distinct fact from lineage_rows").fetchall()}
    labelled = {spec.relation for spec in RECORD_LABELS.values()} | {"fct_trial_cases", "dim_person"}
    columns = {
        m: {row[0] for row in con.execute(f"describe {relations[m]}").fetchall()} for m in labelled & set(relations)
    }
    for update in label_updates(relations, columns, facts):
        con.execute(update)


def lineage_queries(
    catalog: Catalog, relations: dict[str, str], periods: list[tuple], only: set[str] | None = None
) -> list[str]:
    """SELECTs (columns as LINEAGE_COLUMNS) listing the records of every measure of the catalog in `periods`
    (or of the measure columns `only`).

    `relations` maps each fact's dbt model name to the relation to read (e.g. `wh.marts.fct_trial_cases`);
    `periods` holds (period_type, period, start, end). One scan per (fact, period rule), as in the models.
    """
    queries = []
    for (fact_name, rule), all_measures in measures_by_model(catalog).items():
        measures = [m for m in all_measures if only is None or m.column in only]
        if not measures:
            continue
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
                    f"p.period, cast({value} as varchar) as record_id, {_entities(fact)}, cast(1 as double) as amount, "
                    f"{_UNLABELLED} {base} where ({cond}) and ({value}) is not null"
                )
        if items:
            queries.append(
                f"select h.measure, {literal(fact.name)} as fact, period_type, period, record_id, court_id, "
                f"department_id, person_id, h.amount, {_UNLABELLED} from (select p.period_type, p.period, "
                f"cast({ROW}.{fact.key} as varchar) as record_id, {_entities(fact)}, "
                f"unnest([{', '.join(items)}]) as h {base}) where h.hit"
            )
    return queries


_UNLABELLED = "null as record_label, null as record_start, null as record_end, null as person_name"


@dataclass(frozen=True)
class RecordLabel:
    """How a fact's records are shown: the relation, its key, the label and the two dates (`r` the record,
    `c` its case when `case_of` names the case table it belongs to)."""

    relation: str
    key: str
    label: str
    start: str
    end: str = "null"
    case_of: str | None = None


_TRIAL = RecordLabel("fct_trial_cases", "case_id", "r.case_number", "r.filing_date", "r.closing_date")
_EITHER_CASE = RecordLabel("cases", "case_id", "r.case_number", "r.filing_date", "r.closing_date")
RECORD_LABELS = {
    "trial_cases": _TRIAL,
    "case_reviews": _TRIAL,
    "enforcement_cases": RecordLabel(
        "fct_enforcement_cases", "case_id", "r.case_number", "r.filing_date", "r.closing_date"
    ),
    "enforcement_actions": RecordLabel(
        "fct_enforcement_actions", "action_id", "c.case_number", "r.action_date", case_of="fct_enforcement_cases"
    ),
    "hearings": RecordLabel(
        "fct_hearings", "hearing_id", "c.case_number", "r.scheduled_date", "r.held_date", "fct_trial_cases"
    ),
    "documents": RecordLabel(
        "fct_documents", "doc_id", "c.case_number", "r.signed_date", "r.published_date", "fct_trial_cases"
    ),
    "case_inspections": RecordLabel(
        "fct_case_inspections", "inspection_id", "c.case_number", "r.inspection_date", case_of="fct_trial_cases"
    ),
    "petitions": RecordLabel("fct_petitions", "petition_id", "r.petition_id", "r.received_date", "r.resolved_date"),
    "mediations": RecordLabel("fct_mediations", "mediation_id", "r.mediation_id", "r.received_date", "r.closed_date"),
    "conduct_events": RecordLabel(
        "fct_conduct_events", "event_id", "coalesce(r.case_number, r.event_id)", "r.event_date"
    ),
    "work_items": RecordLabel("fct_work_items", "item_id", "r.item_id", "r.item_date"),
    # a commercial dispute from the filing of its 民初 to the close of its enforcement (or its effective date)
    "commercial_disputes": RecordLabel(
        "int_commercial_disputes",
        "case_id",
        "r.case_number",
        "r.filing_date",
        "coalesce(r.enforcement_closing_date, r.effective_date)",
    ),
    "case_workload": _EITHER_CASE,
    "workload_credits": _EITHER_CASE,
}


_CASE_COLUMNS = {"case_id", "case_number", "filing_date", "closing_date"}


def _uses(spec: RecordLabel, alias: str) -> set[str]:
    return set(re.findall(rf"\b{alias}\.(\w+)", " ".join((spec.label, spec.start, spec.end)))) | (
        {spec.key} if alias == "r" else set()
    )


def label_updates(relations: dict[str, str], columns: dict[str, set[str]], facts: set[str]) -> list[str]:
    """UPDATEs of `lineage_rows` that fill record_label, record_start, record_end and person_name from the
    warehouse (`relations`: model name -> relation, `columns`: model name -> its columns); a fact whose tables
    or columns are not there stays unlabelled (its records keep their ids)."""
    case_models = [m for m in ("fct_trial_cases", "fct_enforcement_cases") if columns.get(m, set()) >= _CASE_COLUMNS]
    tables, columns = dict(relations), dict(columns)
    if case_models:
        tables["cases"] = "(" + " union all ".join(
            f"select case_id, case_number, filing_date, closing_date from {relations[m]}" for m in case_models
        ) + ")"  # fmt: skip
        columns["cases"] = _CASE_COLUMNS
    updates = []
    for fact in sorted(facts):
        spec = RECORD_LABELS.get(fact)
        if spec is None or not _uses(spec, "r") | ({"case_id"} if spec.case_of else set()) <= columns.get(
            spec.relation, set()
        ):
            continue
        if spec.case_of and not _uses(spec, "c") | {"case_id"} <= columns.get(spec.case_of, set()):
            continue
        join = f" left join {tables[spec.case_of]} as c on c.case_id = r.case_id" if spec.case_of else ""
        updates.append(
            f"update lineage_rows set record_label = s.label, record_start = s.start_date, record_end = s.end_date "
            f"from (select cast(r.{spec.key} as varchar) as record_id, cast({spec.label} as varchar) as label, "
            f"cast({spec.start} as date) as start_date, cast({spec.end} as date) as end_date "
            f"from {tables[spec.relation]} as r{join}) as s "
            f"where lineage_rows.fact = {literal(fact)} and lineage_rows.record_id = s.record_id"
        )
    if {"person_id", "name"} <= columns.get("dim_person", set()):
        updates.append(
            f"update lineage_rows set person_name = p.name from {relations['dim_person']} as p "
            "where lineage_rows.person_id = cast(p.person_id as varchar)"
        )
    return updates


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


def needed_relations(catalog: Catalog, only: set[str] | None = None) -> set[str]:
    """The relations the lineage of every measure (or of the measure columns `only`) reads."""
    return {
        FACTS[fact].relation
        for (fact, _), measures in measures_by_model(catalog).items()
        if only is None or any(m.column in only for m in measures)
    }
