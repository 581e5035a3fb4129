"""Every query of the dashboard, on the published marts (COURTPERF_PUBLISHED), read-only, one connection each.

Pure functions of (published file, viewer's scope, filters) returning DataFrames, so pages stay layout only and
the queries are tested without a browser. Nothing here opens the warehouse the nightly job writes. Every query
of courts, departments or people takes the signed-in viewer's `Scope` (access/scope.py) and filters by it in SQL:
a court, department or person outside it is simply not found, whatever the page or the URL asks for.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from access.scope import Scope
from archive.report import KEY_INDICATORS
from courtperf.labels import code
from courtperf.publication import publication_info, read_published
from indicators.fact_model import CITY, CITY_ENTITY

PERIOD_TYPES = ("year", "quarter", "month", "ytd")
LEVELS = ("court", "department", "person")


@dataclass(frozen=True)
class Filters:
    period_type: str
    period: str
    court: str | None = None  # court_code; None: every court
    dept: str | None = None  # dept_id
    role: str | None = None


def visible(column: str) -> str:
    """SQL: `column` is one of the courts, departments or people the viewer sees; the parameter is `seen(…)`."""
    return f"{column} in (select unnest(?::varchar[]))"


def seen(scope: Scope, level: str) -> list[str]:
    """The courts, departments or people (`level`) the viewer sees; the two-level total (level city) only to
    those who see every court."""
    if level == CITY:
        return [CITY_ENTITY] if scope.kind == "all" else []
    return list({"court": scope.courts, "department": scope.departments, "person": scope.people}[level])


def query(published: Path, sql: str, params: list | None = None) -> pd.DataFrame:
    with read_published(published) as con:
        return con.execute(sql, params or []).df()


def has_table(published: Path, schema: str, name: str) -> bool:
    return bool(
        query(
            published,
            "select count(*) as n from duckdb_tables() where schema_name = ? and table_name = ?",
            [schema, name],
        )["n"][0]
    )


def publication(published: Path) -> dict:
    return publication_info(published)


def periods(published: Path, period_type: str) -> list[str]:
    """Periods with scores (else with indicator values) of this type, latest first."""
    table = "score_totals" if has_table(published, "marts", "score_totals") else "indicator_values"
    df = query(
        published, f"select distinct period from marts.{table} where period_type = ? order by 1 desc", [period_type]
    )
    return df["period"].tolist()


def courts(published: Path, scope: Scope) -> pd.DataFrame:
    return query(
        published,
        "select court_code, court_name, level, parent_court_code from marts.dim_court "
        f"where {visible('court_code')} order by court_code",
        [seen(scope, "court")],
    )


def departments(published: Path, scope: Scope, court: str | None) -> pd.DataFrame:
    return query(
        published,
        "select dept_id, dept_name, court_code, court_name from marts.dim_department "
        f"where (? is null or court_code = ?) and {visible('dept_id')} "
        "order by court_code, dept_id",
        [court, court, seen(scope, "department")],
    )


def roles(published: Path) -> list[str]:
    return query(published, "select distinct role from marts.dim_person where role is not null order by 1")[
        "role"
    ].tolist()


def people(published: Path, scope: Scope, f: Filters) -> pd.DataFrame:
    """The people whose records the viewer sees, of the court, department and role chosen."""
    return query(
        published,
        f"""
        select p.person_id, p.name, p.role, p.court_code, p.dept_id, p.dept_name
        from marts.dim_person as p
        where (? is null or p.court_code = ?) and (? is null or p.dept_id = ?) and (? is null or p.role = ?)
            and {visible("p.person_id")}
        order by p.court_code, p.dept_id, p.person_id
        """,
        [f.court, f.court, f.dept, f.dept, f.role, f.role, seen(scope, "person")],
    )


def catalog(published: Path) -> pd.DataFrame:
    return query(
        published,
        """
        select indicator_id, name_zh, name_en, category, category_name_zh, screen, screen_name_zh, screen_name_en,
            screen_order, dimension, levels, unit, direction,
            scoring_rule, reference_lower, reference_upper, formula_kind, formula_in_words, description, valid_from,
            valid_to
        from marts.indicator_catalog order by category, indicator_id, valid_from
        """,
    )


def screen_values(
    published: Path, scope: Scope, level: str, entity_id: str, period_type: str, screen: str
) -> pd.DataFrame:
    """Every indicator of a dashboard screen for one entity, over every period of the type (the screen's table:
    value, change, same period last year, trend), with the latest definition's names, unit and interval."""
    return query(
        published,
        f"""
        with latest as (
            select * from marts.indicator_catalog
            qualify row_number() over (partition by indicator_id order by valid_from desc) = 1
        )
        select c.indicator_id, c.name_zh, c.name_en, c.category, c.category_name_zh, c.unit, c.direction,
            c.reference_lower, c.reference_upper, v.period, v.value
        from latest as c
        join marts.indicator_values as v on v.indicator_id = c.indicator_id
        where c.screen = ? and v.level = ? and v.entity_id = ? and v.period_type = ? and {visible("v.entity_id")}
        order by c.category != c.screen, c.category, c.indicator_id, v.period  -- the screen's own category first
        """,
        [screen, level, entity_id, period_type, seen(scope, level)],
    )


def totals_over_years(published: Path, scope: Scope, level: str) -> pd.DataFrame:
    """Every year's total, rank and rank change (places gained in the same peer group since the year before) of
    the level's members the viewer sees (辅助决策), with names."""
    name, join = {
        "person": ("n.name", "left join marts.dim_person as n on n.person_id = t.entity_id"),
        "department": (
            "n.court_name || ' · ' || n.dept_name",
            "left join marts.dim_department as n on n.dept_id = t.entity_id",
        ),
    }[level]  # fmt: skip
    return query(
        published,
        f"""
        with years as (
            select *, lag(rank_in_peer_group) over (partition by entity_id, peer_group_id order by period)
                as previous_rank
            from marts.score_totals where level = ? and period_type = 'year'
        )
        select t.period, t.entity_id, {name} as name, t.peer_group_id, t.peer_group_name_zh,
            cast(t.total as double) as total, t.rank_in_peer_group, t.peer_group_size, t.previous_rank,
            t.previous_rank - t.rank_in_peer_group as rank_change
        from years as t
        {join}
        where {visible("t.entity_id")}
        order by t.period, t.peer_group_id, t.rank_in_peer_group
        """,
        [level, seen(scope, level)],
    )


def court_positions(published: Path, scope: Scope, period_type: str, period: str, screen: str) -> pd.DataFrame:
    """Each court's value of the screen's rates that have a reference interval: the heat map court × indicator."""
    return query(
        published,
        f"""
        with latest as (
            select * from marts.indicator_catalog
            qualify row_number() over (partition by indicator_id order by valid_from desc) = 1
        )
        select d.court_name, c.indicator_id, c.name_zh, c.name_en, c.direction, c.reference_lower,
            c.reference_upper, v.value
        from marts.indicator_values as v
        join latest as c using (indicator_id)
        join marts.dim_court as d on d.court_code = v.entity_id
        where v.level = 'court' and v.period_type = ? and v.period = ? and c.screen = ? and c.unit = 'ratio'
            and c.reference_lower is not null and c.reference_upper is not null and v.value is not null
            and {visible("v.entity_id")}
        order by d.court_code, c.category, c.indicator_id
        """,
        [period_type, period, screen, seen(scope, "court")],
    )


def data_as_of(published: Path) -> str | None:
    """The data's as-of date (the last day a case was changed in the source systems), as text."""
    df = query(
        published,
        "select cast(max(d) as date) as as_of from (select max(updated_at) as d from marts.fct_trial_cases "
        "union all select max(updated_at) from marts.fct_enforcement_cases)",
    )
    return None if df.empty or pd.isna(df["as_of"][0]) else str(df["as_of"][0])[:10]


def key_indicators(published: Path) -> pd.DataFrame:
    """The overview's key indicators (as `courtperf archive show` uses), with their names and units."""
    return query(
        published,
        "select indicator_id, name_zh, name_en, unit, direction, reference_lower, reference_upper "
        "from marts.indicator_catalog where indicator_id in (select unnest(?)) and valid_to is null "
        "order by list_position(?, indicator_id)",
        [list(KEY_INDICATORS), list(KEY_INDICATORS)],
    )


def indicator_trend(
    published: Path, scope: Scope, level: str, entity_id: str, period_type: str, indicators: list[str]
) -> pd.DataFrame:
    """Values of the indicators for one entity over every period of the type (for trend charts and deltas)."""
    return query(
        published,
        "select indicator_id, period, value, numerator, denominator from marts.indicator_values "
        "where level = ? and entity_id = ? and period_type = ? and indicator_id in (select unnest(?)) "
        f"and {visible('entity_id')} order by indicator_id, period",
        [level, entity_id, period_type, indicators, seen(scope, level)],
    )


def compare(published: Path, scope: Scope, level: str, f: Filters, indicators: list[str]) -> pd.DataFrame:
    """Courts, the departments of the chosen court, or the people of the chosen department (else court) side by
    side on the indicators, for one period."""
    if level == "court":
        entities = "select court_code as entity_id, court_name as name from marts.dim_court"
        params: list = []
    elif level == "person":
        entities = (
            "select person_id as entity_id, name from marts.dim_person "
            "where (? is null or court_code = ?) and (? is null or dept_id = ?)"
        )
        params = [f.court, f.court, f.dept, f.dept]
    else:
        entities = (
            "select dept_id as entity_id, dept_name as name from marts.dim_department where ? is null or court_code = ?"
        )
        params = [f.court, f.court]
    return query(
        published,
        f"""
        with entities as ({entities})
        select e.entity_id, e.name, v.indicator_id, v.value
        from entities as e
        join marts.indicator_values as v on v.entity_id = e.entity_id
        where v.level = ? and v.period_type = ? and v.period = ? and v.indicator_id in (select unnest(?))
            and {visible("e.entity_id")}
        order by e.entity_id, v.indicator_id
        """,
        [*params, level, f.period_type, f.period, indicators, seen(scope, level)],
    )


def ranking(published: Path, scope: Scope, level: str, f: Filters, peer_group: str | None = None) -> pd.DataFrame:
    """Ranked entities of a level in their peer group for the period (unranked ones last, with the reason): of
    the viewer's scope, and for everyone the whole peer group they are ranked in themselves."""
    names = {
        "person": "left join marts.dim_person as n on n.person_id = t.entity_id",
        "department": "left join marts.dim_department as n on n.dept_id = t.entity_id",
        "court": "left join marts.dim_court as n on n.court_code = t.entity_id",
    }[level]
    name = {"person": "n.name", "department": "n.dept_name", "court": "n.court_name"}[level]
    return query(
        published,
        f"""
        select t.rank_in_peer_group, t.peer_group_size, t.entity_id, {name} as name, t.court_code, t.dept_id,
            t.role, t.peer_group_id, t.peer_group_name_zh, cast(t.total as double) as total,
            t.percentile, t.is_eligible, coalesce(t.not_ranked_reason, t.eligibility_reason) as not_ranked_reason,
            t.data_defects
        from marts.score_totals as t {names}
        where t.level = ? and t.period_type = ? and t.period = ?
            and (? is null or t.court_code = ?) and (? is null or t.dept_id = ?)
            and (? is null or t.role = ?) and (? is null or t.peer_group_id = ?)
            and ({visible("t.entity_id")} or t.peer_group_id in (
                select own.peer_group_id from marts.score_totals as own where own.level = 'person'
                and own.entity_id = ? and own.period_type = t.period_type and own.period = t.period))
        order by t.peer_group_id, t.rank_in_peer_group nulls last, t.total desc, t.entity_id
        """,
        [level, f.period_type, f.period, f.court, f.court, f.dept, f.dept, f.role, f.role, peer_group, peer_group,
         seen(scope, level), scope.person_id],
    )  # fmt: skip


def totals_over_time(published: Path, scope: Scope, level: str, entity_id: str, period_type: str) -> pd.DataFrame:
    return query(
        published,
        "select period, cast(total as double) as total, rank_in_peer_group, peer_group_size, peer_group_name_zh, "
        "rank_in_court, percentile, is_eligible, not_ranked_reason, data_defects "
        "from marts.score_totals where level = ? and entity_id = ? and period_type = ? "
        f"and {visible('entity_id')} order by period",
        [level, entity_id, period_type, seen(scope, level)],
    )


def dimension_points(published: Path, scope: Scope, level: str, entity_id: str, period_type: str) -> pd.DataFrame:
    return query(
        published,
        "select period, dimension, points, effective_weight, cast(contribution as double) as contribution "
        "from marts.scores where level = ? and entity_id = ? and period_type = ? "
        f"and {visible('entity_id')} order by period, dimension",
        [level, entity_id, period_type, seen(scope, level)],
    )


def explanation(
    published: Path, scope: Scope, level: str, entity_id: str, period_type: str, period: str
) -> pd.DataFrame:
    """The lines of a score: their contributions add up exactly to the total."""
    return query(
        published,
        f"""
        select line_number, line_type, dimension, indicator_id, indicator_name_zh, rule, value, points,
            effective_weight, cast(contribution as double) as contribution, event_type, event_date, note
        from marts.score_explanations
        where level = ? and entity_id = ? and period_type = ? and period = ? and {visible("entity_id")}
        order by line_number
        """,
        [level, entity_id, period_type, period, seen(scope, level)],
    )


def strengths_weaknesses(
    published: Path, scope: Scope, level: str, entity_id: str, period_type: str, period: str
) -> pd.DataFrame:
    return query(
        published,
        "select kind, list_position, indicator_id, indicator_name_zh, dimension, value, peer_median, points, "
        "gap_to_median from marts.strengths_weaknesses "
        "where level = ? and entity_id = ? and period_type = ? and period = ? "
        f"and {visible('entity_id')} order by kind, list_position",
        [level, entity_id, period_type, period, seen(scope, level)],
    )


def warnings(
    published: Path, scope: Scope, f: Filters, person: str | None = None, open_only: bool = True
) -> pd.DataFrame | None:
    """Warnings (marts.warnings, one row per warning ever raised) the viewer may see: a person's only by those who
    see the person's record, others by those who see the court or department; None when the mart is not published."""
    if not has_table(published, "marts", "warnings"):
        return None
    return query(
        published,
        f"""
        select level, rule, title as warning_title, subject_type, subject_id, court_code, dept_id, person_id,
            first_seen, last_seen, closed_on, is_open, facts, warning_id
        from marts.warnings
        where (? is null or court_code = ?) and (? is null or dept_id = ?) and (? is null or person_id = ?)
            and (not ? or is_open)
            and case when person_id is not null then {visible("person_id")}
                     when dept_id is not null then {visible("dept_id")}
                     else {visible("court_code")} end
        order by case level when 'red' then 0 when 'yellow' then 1 else 2 end, first_seen, warning_id
        """,
        [f.court, f.court, f.dept, f.dept, person, person, open_only,
         seen(scope, "person"), seen(scope, "department"), seen(scope, "court")],
    )  # fmt: skip


def quality_status(published: Path) -> pd.DataFrame:
    """The data quality of the run that was published: per table rows read/loaded/quarantined, checks."""
    if not has_table(published, "quality", "data_quality"):
        return pd.DataFrame()
    return query(
        published,
        """
        select table_name, rows_read, rows_loaded, rows_quarantined, checks_passed, checks_failed, errors_failed
        from quality.data_quality
        where run_id = (  -- the published run's, else the latest recorded
            select run_id from quality.data_quality
            order by run_id = (select run_id from main.publication) desc, recorded_at desc limit 1
        )
        order by errors_failed desc, checks_failed desc, table_name
        """,
    )


DEFECT_COLUMNS = """
    d.court_code, coalesce(c.court_name, d.court_code) as court_name, d.dept_id,
    coalesce(p.dept_name, d.dept_id) as dept_name, d.responsible_person_id,
    coalesce(d.responsible_name || '（' || d.responsible_person_id || '）', d.responsible_person_id) as responsible,
    d.case_number, d.reason_zh, d.reason_detail, d.source_system || '.' || d.source_table as source_table, d.row_key,
    d.first_seen, d.last_seen, d.nights_seen, d.fixed_on, d.is_open, d.defect_id"""
DEFECT_FROM = """
    from marts.data_defects as d
    left join marts.dim_court as c on c.court_code = d.court_code
    left join marts.dim_department as p on p.dept_id = d.dept_id
    where (? is null or d.court_code = ?) and (? is null or d.dept_id = ?)
        and (? is null or d.responsible_person_id = ?)
        and (d.responsible_person_id in (select unnest(?::varchar[]))
             or (? and d.court_code in (select unnest(?::varchar[])))
             or (? and d.dept_id in (select unnest(?::varchar[]))))"""
DEFECT_ORDER = {  # the worklist grouped by court, department or responsible person
    "court": "d.court_code nulls last, d.dept_id nulls last, d.responsible_person_id nulls last",
    "department": "d.dept_id nulls last, d.responsible_person_id nulls last",
    "person": "d.responsible_person_id nulls last, d.court_code nulls last",
}


def _defect_params(scope: Scope, f: Filters, person: str | None) -> list:
    """Filters, then the scope: the viewer's people's defects; a court's all for whom sees the court, a
    department's for whom sees the department."""
    by_court, by_dept = scope.kind in ("all", "court"), scope.kind == "department"
    return [f.court, f.court, f.dept, f.dept, person, person, seen(scope, "person"),
            by_court, seen(scope, "court"), by_dept, seen(scope, "department")]  # fmt: skip


def data_defects(
    published: Path,
    scope: Scope,
    f: Filters,
    person: str | None = None,
    include_fixed: bool = False,
    group: str = "court",
) -> pd.DataFrame | None:
    """The data-defect worklist (marts.data_defects) of the court, department and person chosen, open ones
    only unless `include_fixed`, grouped by `group` (a key of DEFECT_ORDER); None when it is not published."""
    if not has_table(published, "marts", "data_defects"):
        return None
    return query(
        published,
        f"select {DEFECT_COLUMNS} {DEFECT_FROM} and (? or d.is_open) "
        f"order by {DEFECT_ORDER[group]}, d.first_seen, source_table, d.row_key",
        [*_defect_params(scope, f, person), include_fixed],
    )


def defect_people(published: Path, scope: Scope, f: Filters) -> pd.DataFrame:
    """The responsible people with a defect (open or fixed) in the court and department chosen."""
    if not has_table(published, "marts", "data_defects"):
        return pd.DataFrame(columns=["responsible_person_id", "responsible"])
    return query(
        published,
        f"select distinct d.responsible_person_id, "
        f"coalesce(d.responsible_name || '（' || d.responsible_person_id || '）', d.responsible_person_id) "
        f"as responsible {DEFECT_FROM} and d.responsible_person_id is not null order by 1",
        _defect_params(scope, f, None),
    )


def defect_trend(published: Path, scope: Scope, f: Filters, person: str | None = None) -> pd.DataFrame:
    """Open defects per landing night: open at a night when first seen on or before it and not fixed by then.
    The nights are those the worklist records (a defect first or last seen, or fixed): the landing's own dates,
    not the quality summary's clock, which may differ from the data's in tests and across time zones."""
    if not has_table(published, "marts", "data_defects"):
        return pd.DataFrame(columns=["night", "open_defects"])
    return query(
        published,
        f"""
        with defects as (select d.first_seen, d.fixed_on {DEFECT_FROM}),
        nights as (
            select first_seen as night from marts.data_defects union select last_seen from marts.data_defects
            union select fixed_on from marts.data_defects
        )
        select n.night, count(d.first_seen) as open_defects
        from nights as n
        left join defects as d on d.first_seen <= n.night and (d.fixed_on is null or d.fixed_on > n.night)
        where n.night is not null
        group by n.night order by n.night
        """,
        _defect_params(scope, f, person),
    )


def conduct_events(restricted: Path, scope: Scope, f: Filters) -> pd.DataFrame:
    """Conduct events (纪检监察's records, marts.fct_conduct_events) of the viewer's courts, from the restricted copy
    (COURTPERF_PUBLISHED_RESTRICTED); nothing for a viewer without the conduct right."""
    if not scope.conduct:
        return pd.DataFrame(columns=["event_date", "court_code", "dept_name", "name", "person_id", "event_type"])
    return query(
        restricted,
        f"""
        select e.event_date, e.court_code, d.dept_name, p.name, e.person_id, e.event_type, e.severity,
            e.is_commendation, e.case_number, e.verified
        from marts.fct_conduct_events as e
        left join marts.dim_person as p on p.person_id = e.person_id
        left join marts.dim_department as d on d.dept_id = e.dept_id
        where {visible("e.court_code")} and (? is null or e.court_code = ?) and (? is null or e.dept_id = ?)
        order by e.event_date desc, e.event_id
        """,
        [seen(scope, "court"), f.court, f.court, f.dept, f.dept],
    )


def grade(published: Path, scope: Scope, person: str, f: Filters) -> pd.DataFrame:
    """A person's 考核等次 of the period (months, quarters, years), with the rule that decided it."""
    if not has_table(published, "marts", "grades"):
        return pd.DataFrame(columns=["grade", "decided_by", "decided_reason", "is_provisional"])
    return query(
        published,
        "select grade, scale, decided_by, decided_reason, band_grade, graded_in_unit, quota, quota_rank, "
        "is_period_open, is_provisional from marts.grades "
        f"where level = 'person' and entity_id = ? and period_type = ? and period = ? and {visible('entity_id')}",
        [person, f.period_type, f.period, seen(scope, "person")],
    )


def grade_distribution(published: Path, scope: Scope, level: str, f: Filters) -> pd.DataFrame:
    """奖惩分布: people per grade in each court or department (`level`) the viewer sees, for the period; a grade's
    place in its scale (1 = top) orders the columns. Not graded counts as 不定等次 (grade_position null), in
    Chinese like the grade names, which are the court's own words (grades.yaml)."""
    if not has_table(published, "marts", "grades"):
        return pd.DataFrame(columns=["unit", "name", "grade", "grade_position", "people"])
    unit, names = {
        "court": ("g.court_code", "left join marts.dim_court as n on n.court_code = g.court_code"),
        "department": ("g.dept_id", "left join marts.dim_department as n on n.dept_id = g.dept_id"),
    }[level]
    name = "n.court_name" if level == "court" else "n.court_name || ' · ' || n.dept_name"  # 立案庭 is in every court
    return query(
        published,
        f"""
        select {unit} as unit, any_value({name}) as name, coalesce(g.grade, ?) as grade, g.grade_position,
            cast(count(*) as integer) as people,
            cast(count(*) filter (where g.decided_by = 'quota') as integer) as quota_cut,
            cast(count(*) filter (where g.decided_by = 'veto') as integer) as vetoed
        from marts.grades as g {names}
        where g.level = 'person' and g.period_type = ? and g.period = ? and {visible(unit)}
            and (? is null or g.court_code = ?) and (? is null or g.dept_id = ?)
        group by 1, 3, 4
        order by 1, g.grade_position nulls last
        """,
        [code("decided_by", "not_graded"), f.period_type, f.period, seen(scope, level), f.court, f.court, f.dept,
         f.dept],
    )  # fmt: skip
