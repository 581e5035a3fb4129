"""The data quality suites: cross-table and business-rule expectations, run with Great Expectations.

Each suite reads one or more DataFrames from the warehouse with plain SQL (read-only) and states GX
expectations on them. A suite belongs to the asset it validates (a Dagster asset key), so its result shows
as asset checks on that asset. Severity `error` blocks publication (scores and archive); `warn` is reported.

Each rule has one home (docs/architecture.md, "Where each data rule lives"), and these suites repeat none
of the others: landing quarantines source rows with bad types, codes, keys, date order, signs and unknown
references; dbt tests each model's keys, relationships and derived codes. What lives here is what needs the
whole night: cross-column and cross-table business expectations on the marts, the indicator values and
scores, and tonight's landing against the publication policy (defect rates, files, accounting, volume,
freshness).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from quality.policy import PublicationPolicy, load_policy

Severity = Literal["error", "warn"]

# Freshness is judged per source system, not per table, against the system's own rhythm: a system is stale when it
# has been silent (no row of any of its tables updated) for more than FRESHNESS_MAX_HOURS and for longer than its
# longest silence of the past FRESHNESS_HISTORY_DAYS. Silence is measured back from the extraction: the newest
# updated_at landed from any system (or the run's start, if earlier). So a table nobody changed (courts,
# departments) is not stale while its system moves, a personnel or petition system that changes a few times a
# month is not stale after a quiet week, and a system that stopped while the others move is. Sources that all
# stopped at once (an export that no longer runs) show in the volume check.
FRESHNESS_MAX_HOURS = 48
FRESHNESS_HISTORY_DAYS = 365


@dataclass(frozen=True)
class Expectation:
    """One GX expectation on the frame `frame` of a suite, with its severity and the columns that identify a row."""

    name: str
    gx_type: str  # class name in great_expectations.expectations
    kwargs: dict[str, Any]
    severity: Severity = "error"
    frame: str = "main"
    description: str = ""
    reports_column: str = ""  # the business column a derived flag is about

    @property
    def column(self) -> str:
        k = self.kwargs
        pair = ",".join(v for v in (k.get("column_A"), k.get("column_B")) if v)
        return self.reports_column or k.get("column") or pair


@dataclass(frozen=True)
class Suite:
    """Expectations on an asset: frames are SQL queries (named), `keys` the columns reported for failing rows."""

    name: str
    asset_key: tuple[str, ...]
    table: str
    frames: dict[str, str]
    keys: dict[str, list[str]]
    expectations: list[Expectation] = field(default_factory=list)
    additional_assets: tuple[tuple[str, ...], ...] = ()


def _e(name: str, gx_type: str, severity: Severity = "error", frame: str = "main", description: str = "", **kw):
    return Expectation(name, gx_type, kw, severity, frame, description)


def _flag(name: str, column: str, severity: Severity = "error", frame: str = "main", description: str = ""):
    """A derived boolean column that must be true on every row (for rules computed across tables in SQL)."""
    about = column.removesuffix("_known")
    kwargs = {"column": column, "value_set": [True]}
    return Expectation(name, "ExpectColumnValuesToBeInSet", kwargs, severity, frame, description, about)


def staged_suites() -> list[Suite]:
    """Suites on the marts built from staged source data (upstream of indicators and scores)."""
    return [
        Suite(
            name="fct_enforcement_cases",
            asset_key=("marts", "fct_enforcement_cases"),
            table="marts.fct_enforcement_cases",
            frames={"main": "select case_id, applied_amount, executed_amount from marts.fct_enforcement_cases"},
            keys={"main": ["case_id"]},
            expectations=[
                _e(
                    "executed_not_above_applied",
                    "ExpectColumnPairValuesAToBeGreaterThanB",
                    column_A="applied_amount",
                    column_B="executed_amount",
                    or_equal=True,
                    ignore_row_if="either_value_is_missing",
                    description="executed_amount <= applied_amount",
                ),
            ],
        ),
        Suite(
            name="indicator_values",
            asset_key=("marts", "indicator_values"),
            table="marts.indicator_values",
            frames={
                # only the rows a rule can fail on are read (2.4M rows at tiny scale): element counts are of
                # those candidate rows, unexpected counts are exact
                "ratios": """
                    select v.indicator_id, v.level, v.entity_id, v.period, v.value from marts.indicator_values v
                    join marts.indicator_catalog c using (indicator_id)
                    where c.unit = 'ratio' and (
                        v.value < 0
                        or (v.value > 1 and coalesce(c.reference_upper, 1) <= 1 and not c.ratio_of_populations)
                    )
                """,
                "counts": """
                    select v.indicator_id, v.level, v.entity_id, v.period, v.numerator, v.denominator
                    from marts.indicator_values v
                    where v.numerator < 0 or v.denominator < 0
                """,
                "coverage": """
                    with months as (
                        select distinct period from marts.indicator_values
                        where period_type = 'month' and period < strftime(current_date, '%Y-%m')
                    ),
                    judges as (
                        select distinct q.person_id, m.period from intermediate.int_quota_judge_postings q
                        join months m on strftime(q.valid_from, '%Y-%m') <= m.period
                            and (q.valid_to is null or strftime(q.valid_to, '%Y-%m') >= m.period)
                    ),
                    present as (
                        select distinct entity_id as person_id, period from marts.indicator_values
                        where level = 'person' and period_type = 'month'
                    )
                    select j.person_id, j.period, p.person_id is not null as has_values
                    from judges j left join present p using (person_id, period)
                """,
            },
            keys={
                "ratios": ["indicator_id", "level", "entity_id", "period"],
                "counts": ["indicator_id", "level", "entity_id", "period"],
                "coverage": ["person_id", "period"],
            },
            expectations=[
                _e(
                    "ratio_within_0_1",
                    "ExpectColumnValuesToBeBetween",
                    frame="ratios",
                    column="value",
                    min_value=0,
                    max_value=1,
                    description="indicators with unit 'ratio' lie in [0, 1] (not a ratio of two populations)",
                ),
                _e(
                    "numerator_non_negative",
                    "ExpectColumnValuesToBeBetween",
                    frame="counts",
                    column="numerator",
                    min_value=0,
                ),
                _e(
                    "denominator_non_negative",
                    "ExpectColumnValuesToBeBetween",
                    frame="counts",
                    column="denominator",
                    min_value=0,
                ),
                # warn: a judge posted for part of a month, or a catalog that does not yet cover a new role,
                # is a question for the analysts, not a reason to hold everyone's bonuses.
                _flag(
                    "quota_judges_have_monthly_values",
                    "has_values",
                    severity="warn",
                    frame="coverage",
                    description="every active quota judge has indicator values for each closed month",
                ),
            ],
        ),
        Suite(
            name="score_weights",
            asset_key=("intermediate", "cfg_score_indicators"),
            table="intermediate.cfg_score_indicators",
            frames={
                "main": """
                    select peer_group_id, sum(configured_weight) as weight_total,
                        sum(distinct_dim.dimension_weight) as dimension_weight_total
                    from intermediate.cfg_score_indicators
                    join (
                        select peer_group_id, sum(dimension_weight) as dimension_weight from (
                            select distinct peer_group_id, dimension, dimension_weight
                            from intermediate.cfg_score_indicators
                        ) group by 1
                    ) as distinct_dim using (peer_group_id)
                    group by peer_group_id
                """
            },
            keys={"main": ["peer_group_id"]},
            expectations=[
                _e(
                    "weights_sum_to_100",
                    "ExpectColumnValuesToBeBetween",
                    column="weight_total",
                    min_value=99.999,
                    max_value=100.001,
                    description="configured weights sum to 100 per peer group",
                ),
            ],
        ),
    ]


FILE_LEVEL_REASONS = ("file_error", "missing_column", "wrong_encoding")  # a whole file, not a row, is wrong


def _run_id(run_id: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9_-]*", run_id):
        raise ValueError(f"refusing run id {run_id!r}: not a Dagster run id")
    return run_id


def quarantine_suite(run_id: str, policy: PublicationPolicy | None = None) -> Suite:
    """Tonight's landing against the publication policy (dbt_project/config/quality/publication.yaml).

    Row defects do not block: a quarantined row stays out of the marts and marks what it would have fed
    (`data_defects`), and each reason kind is reported (warn) with its rows. What blocks (error) is systemic:
    rows not accounted for, a table whose quarantined rows exceed its threshold (the failing key names the
    table, its counts and the threshold), a file that cannot be read or lacks a column, and a volume collapse
    or explosion against recent incremental nights. Failing keys of the per-reason checks name the source
    table, the row's primary key and the reason (e.g. "closing_before_filing: closing_date='…' < filing_date")."""
    from ingestion.checks import REASON_KINDS

    run_id = _run_id(run_id)
    policy = policy or load_policy()
    overrides = ", ".join(
        f"('{name}', {t.max_share!r}, {t.min_rows})" for name, t in sorted(policy.quarantine_tables.items())
    )
    thresholds = (
        f"(select * from (values {overrides}) as o(table_name, max_share, min_rows))"
        if overrides
        else "(select '' as table_name, 0.0 as max_share, 0 as min_rows where false)"
    )
    systemic = ", ".join(f"'{kind}'" for kind in FILE_LEVEL_REASONS)
    low, high = policy.volume_block_band
    default = policy.quarantine
    return Suite(
        name="quarantine",
        asset_key=("marts", "indicator_values"),
        table="raw._quarantine",
        frames={
            "tables": f"""
                with tonight as (select * from raw._load_log where batch_id = '{run_id}'),
                file_level as (
                    select system || '.' || table_name as table_name, count(*) as file_level_rows
                    from raw._quarantine where batch_id = '{run_id}' and reason_kind in ({systemic})
                    group by 1
                ),
                checked as (
                    select t.table_name, t.read, t.loaded, t.quarantined, t.already_loaded,
                        coalesce(o.max_share, {default.max_share!r}) as max_share,
                        coalesce(o.min_rows, {default.min_rows}) as min_rows,
                        coalesce(f.file_level_rows, 0) as file_level_rows
                    from tonight t left join {thresholds} o using (table_name)
                    left join file_level f using (table_name)
                )
                select *, read = loaded + quarantined + already_loaded as accounted,
                    not (quarantined > max_share * read and quarantined > min_rows) as within_threshold,
                    file_level_rows = 0 as file_readable
                from checked order by table_name
            """,
            "volume": _volume_sql(run_id, policy),
            "freshness": _freshness_sql(run_id),
            "rows": f"""
                select system || '.' || table_name as source_table, source_row, row_key as source_key,
                    reason_kind, reason
                from raw._quarantine where batch_id = '{run_id}'
                order by source_table, source_row
            """,
        },
        keys={
            "tables": ["table_name", "read", "loaded", "quarantined", "max_share", "min_rows"],
            "volume": ["table_name", "loaded", "median_loaded"],
            "freshness": ["table_name", "system", "hours_behind", "max_hours_behind"],
            "rows": ["source_table", "source_key", "source_row", "reason"],
        },
        expectations=[
            _flag("rows_accounted_for", "accounted", frame="tables",
                  description="every row read tonight was loaded, quarantined or already loaded"),
            _flag("quarantine_within_threshold", "within_threshold", frame="tables",
                  description=f"tonight's quarantined rows of a table exceed neither its max_share of the rows "
                  f"read (default {default.max_share:.1%}) nor its min_rows (default {default.min_rows})"),
            _flag("source_files_readable", "file_readable", frame="tables",
                  description="no source file was unreadable, wrongly encoded or missing a column"),
            _flag("volume_within_block_band", "volume_in_band", frame="volume",
                  description=f"rows loaded tonight within {low} x to {high} x the median of the last "
                  f"{policy.volume_nights} incremental nights (tables with a median of at least "
                  f"{policy.volume_min_baseline_rows} rows)"),
            _flag("source_fresh", "fresh", frame="freshness",
                  description=f"the table's source system updated a row within {FRESHNESS_MAX_HOURS} h, or within "
                  f"its longest silence of the past {FRESHNESS_HISTORY_DAYS} days, of the extraction"),
            # one check per reason, reported (warn), so each kind of defect shows with its own sample of rows
            *(
                _e(
                    f"no_rows_quarantined_{kind}",
                    "ExpectColumnValuesToNotBeInSet",
                    severity="warn",
                    frame="rows",
                    column="reason_kind",
                    value_set=[kind],
                    description=f"no row of tonight's extraction was quarantined as {kind}",
                )
                for kind in REASON_KINDS
            ),
        ],
    )  # fmt: skip


def _volume_sql(run_id: str, policy: PublicationPolicy, band: tuple[float, float] | None = None) -> str:
    """Tonight's loaded rows per table against the median of the last incremental nights (a first load, with
    no watermark before it, is no baseline); `volume_in_band` for `band` (default: the blocking band)."""
    low, high = band or policy.volume_block_band
    return f"""
        with runs as (
            select batch_id, min(started_at) as started_at from raw._load_log group by 1
        ),
        tonight as (select * from raw._load_log where batch_id = '{run_id}'),
        recent as (
            select l.table_name, median(l.loaded) as median_loaded from raw._load_log l
            join runs r using (batch_id)
            where l.batch_id != '{run_id}' and l.loaded > 0 and l.watermark_before is not null
              and r.started_at in (
                  select started_at from runs order by started_at desc limit {policy.volume_nights + 1}
              )
            group by 1
        )
        select t.table_name, t.loaded, r.median_loaded, t.started_at,
            r.median_loaded is null or r.median_loaded < {policy.volume_min_baseline_rows if band is None else 0}
                or t.loaded between {low} * r.median_loaded and {high} * r.median_loaded as volume_in_band
        from tonight t left join recent r using (table_name)
        order by t.table_name
    """


def score_suites() -> list[Suite]:
    """Suites on the score marts (upstream of the archive)."""
    return [
        Suite(
            name="score_totals",
            asset_key=("marts", "score_totals"),
            table="marts.score_totals",
            additional_assets=(("marts", "score_explanations"),),
            frames={
                "main": """
                    select t.level, t.entity_id, t.period_type, t.period, t.peer_group_id,
                        abs(t.total - coalesce(e.explained, 0)) as explanation_gap
                    from marts.score_totals t
                    left join (
                        select level, entity_id, period_type, period, peer_group_id, sum(contribution) as explained
                        from marts.score_explanations group by all
                    ) as e using (level, entity_id, period_type, period, peer_group_id)
                    where t.total is not null
                """
            },
            keys={"main": ["level", "entity_id", "period_type", "period", "peer_group_id"]},
            expectations=[
                _e(
                    "explanations_sum_to_total",
                    "ExpectColumnValuesToBeBetween",
                    column="explanation_gap",
                    min_value=0,
                    max_value=0.0001,
                    description="score_explanations' contributions add up to score_totals.total",
                ),
            ],
        ),
    ]


def _source_updates_sql() -> str:
    """Every landed row version's updated_at, with its source system, over all raw tables of the contract."""
    from ingestion.contract import load_contract

    return "\n                    union all ".join(
        f"select '{t.system}' as system, updated_at from raw.\"{t.raw_name}\"" for t in load_contract().tables
    )


def _freshness_sql(run_id: str) -> str:
    """Tonight's tables with their source system's freshness (see FRESHNESS_MAX_HOURS): `fresh` per table."""
    return f"""
        with tonight as (
            select *, split_part(table_name, '.', 1) as system from raw._load_log where batch_id = '{run_id}'
        ),
        row_updates as (
            {_source_updates_sql()}
        ),
        updates as (
            select distinct system, date_trunc('hour', updated_at) as updated_hour from row_updates
            where updated_at is not null
        ),
        silences as (
            select system, updated_hour,
                date_diff('hour', lag(updated_hour) over (partition by system order by updated_hour),
                    updated_hour) as silence_hours
            from updates
        ),
        systems as (
            select system, max(updated_hour) as newest from updates group by 1
        ),
        longest as (
            select s.system, coalesce(max(h.silence_hours), 0) as longest_silence_hours
            from systems s join silences h using (system)
            where h.updated_hour >= s.newest - to_days({FRESHNESS_HISTORY_DAYS})
            group by 1
        ),
        extraction as (select max(newest) as newest from systems),
        measured as (
            select t.table_name, t.system,
                date_diff('hour', s.newest, least(e.newest, t.started_at)) as hours_behind,
                greatest({FRESHNESS_MAX_HOURS}, l.longest_silence_hours) as max_hours_behind
            from tonight t
            cross join extraction e
            left join systems s using (system)
            left join longest l using (system)
        )
        select table_name, system, hours_behind, max_hours_behind,
            hours_behind is null or hours_behind <= max_hours_behind as fresh
        from measured
        order by table_name
    """


def landing_suite(run_id: str, policy: PublicationPolicy | None = None) -> Suite:
    """Volume per source table of tonight's landing against the warn band (warn: a quiet night is not wrong
    data). Freshness, which blocks, is in the publication gate (`quarantine_suite`)."""
    run_id, policy = _run_id(run_id), policy or load_policy()
    return Suite(
        name="landing",
        asset_key=("raw",),
        table="raw._load_log",
        frames={"main": _volume_sql(run_id, policy, policy.volume_warn_band)},
        keys={"main": ["table_name"]},
        expectations=[
            _flag(
                "volume_in_band",
                "volume_in_band",
                "warn",
                description=f"rows loaded tonight within {policy.volume_warn_band} x the median of the last "
                f"{policy.volume_nights} incremental nights",
            ),
        ],
    )
