"""A hand-made warehouse and private catalog for the archive tests (no dbt).

Judge J1 of department D1, court K1, closed these trial cases (closing date, has a statutory limit,
closed within it):

    C1  2024-02-10  limit  within        C4  2024-03-25  no limit
    C2  2024-03-05  limit  late          C5  2024-04-02  limit  within   (Q2)
    C3  2024-03-20  limit  within        C6  open
J2 (same department) closed C7 on 2024-01-15, within its limit.

So in 2024-Q1 J1's within_limit_closure_rate is 2/3: numerator {C1, C3}, denominator {C1, C2, C3};
closed_cases is 4 {C1, C2, C3, C4}. marts.indicator_values holds these values (as dbt would compute them),
a view over a table, as dbt publishes it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

from courtperf.settings import WAREHOUSE_CATALOG
from indicators.catalog import CONFIG_DIR, Catalog, load_catalog

INDICATORS_YAML = """
domain: trial
defaults:
  category: trial
  levels: [court, department, person]
  roles: any
  business_lines: any
  valid_from: 2016-01-01
  weight: 1
indicators:
  - id: closed_cases
    name_zh: 结案数
    name_en: Closed cases
    dimension: workload
    unit: cases
    direction: higher
    scoring: peer_relative
    description: Cases closed in the period.
    formula: {kind: count, measure: {fact: trial_cases, period: closed_in}}
  - id: within_limit_closure_rate
    name_zh: 法定审限内结案率
    name_en: Closure rate within the statutory time limit
    dimension: efficiency
    unit: ratio
    direction: higher
    scoring: reference_interval
    reference_interval: [0.95, 1.0]
    description: Cases closed within their statutory limit over cases closed whose type has a limit.
    formula:
      kind: ratio
      numerator: {fact: trial_cases, period: closed_in, filters: [{field: is_within_limit, op: is_true}]}
      denominator: {fact: trial_cases, period: closed_in, filters: [{field: has_statutory_limit, op: is_true}]}
"""

CASES = [  # case_id, judge, filing, closing, has_limit, within
    ("C1", "J1", "2024-01-05", "2024-02-10", True, True),
    ("C2", "J1", "2023-10-01", "2024-03-05", True, False),
    ("C3", "J1", "2024-02-01", "2024-03-20", True, True),
    ("C4", "J1", "2024-03-01", "2024-03-25", False, None),
    ("C5", "J1", "2024-03-10", "2024-04-02", True, True),
    ("C6", "J1", "2024-03-15", None, True, None),
    ("C7", "J2", "2024-01-02", "2024-01-15", True, True),
]


def private_catalog(root: Path) -> tuple[Path, Catalog]:
    config = root / "config"
    (config / "indicators").mkdir(parents=True)
    shutil.copyfile(CONFIG_DIR / "categories.yaml", config / "categories.yaml")
    (config / "indicators" / "trial.yaml").write_text(INDICATORS_YAML, encoding="utf-8")
    return config, load_catalog(config)


def _values(catalog_version: str) -> list[tuple]:
    """(indicator_id, level, entity_id, period_type, period, numerator, denominator, value) by hand."""
    rows = []
    for period_type, period in (("quarter", "2024-Q1"), ("month", "2024-03"), ("ytd", "2024-03"), ("year", "2024")):
        # closed cases per judge in the period, and (within, with limit)
        closed = {
            ("quarter", "2024-Q1"): {"J1": (4, 2, 3), "J2": (1, 1, 1)},
            ("month", "2024-03"): {"J1": (3, 1, 2)},
            ("ytd", "2024-03"): {"J1": (4, 2, 3), "J2": (1, 1, 1)},
            ("year", "2024"): {"J1": (5, 3, 4), "J2": (1, 1, 1)},
        }[(period_type, period)]
        for judge, (n, within, limited) in closed.items():
            rows.append(("closed_cases", "person", judge, period_type, period, n, None, n))
            rows.append(("within_limit_closure_rate", "person", judge, period_type, period, within, limited,
                         within / limited))  # fmt: skip
        total = [sum(x[i] for x in closed.values()) for i in range(3)]
        for level, entity in (("department", "D1"), ("court", "K1")):
            rows.append(("closed_cases", level, entity, period_type, period, total[0], None, total[0]))
            rows.append(("within_limit_closure_rate", level, entity, period_type, period, total[1], total[2],
                         total[1] / total[2]))  # fmt: skip
    return [(*r, "2016-01-01", catalog_version) for r in rows]


JUDGE_NAMES = {"J1": "王法官", "J2": "李法官"}


def case_number(case_id: str) -> str:
    """The 案号 of a fixture case, as courts print it: C3 -> （2024）内0602民初3号."""
    return f"（2024）内0602民初{case_id[1:]}号"


def build_warehouse(path: Path, catalog: Catalog) -> None:
    with duckdb.connect(str(path)) as con:
        con.execute("create schema marts; create schema raw")
        con.execute(
            "create table marts.fct_trial_cases (case_id varchar, court_code varchar, dept_id varchar, "
            "handling_judge_id varchar, filing_date date, closing_date date, has_statutory_limit boolean, "
            "is_within_limit boolean, case_number varchar)"
        )
        con.executemany(
            "insert into marts.fct_trial_cases values (?, 'K1', 'D1', ?, ?, ?, ?, ?, ?)",
            [(c, j, f, cl, lim, w, case_number(c)) for c, j, f, cl, lim, w in CASES],
        )
        con.execute("create table marts.dim_person (person_id varchar, name varchar)")
        con.executemany("insert into marts.dim_person values (?, ?)", list(JUDGE_NAMES.items()))
        con.execute("create schema intermediate")
        con.execute(
            "create table intermediate.indicator_value_rows (indicator_id varchar, level varchar, entity_id varchar, "
            "period_type varchar, period varchar, numerator double, denominator double, value double, "
            "definition_valid_from varchar, catalog_version varchar)"
        )
        con.executemany("insert into intermediate.indicator_value_rows values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        _values(catalog.version))  # fmt: skip
        con.execute("create table raw._watermarks (table_name varchar, watermark timestamp, batch_id varchar)")
        con.execute("insert into raw._watermarks values ('trial.cases', '2024-04-05 01:00:00', 'batch-1')")
        con.execute(
            "create table raw._load_log (batch_id varchar, table_name varchar, loaded bigint, started_at timestamp)"
        )
        con.execute("insert into raw._load_log values ('batch-1', 'trial.cases', 7, '2024-04-05 01:00:00')")
    # as dbt publishes it: a view naming its table through the fixed catalog name the warehouse is attached as
    with duckdb.connect() as con:
        con.execute(f"attach '{path}' as {WAREHOUSE_CATALOG}")
        con.execute(
            f"create view {WAREHOUSE_CATALOG}.marts.indicator_values as "
            f"select * from {WAREHOUSE_CATALOG}.intermediate.indicator_value_rows"
        )


def add_score_totals(path: Path, ranks: dict[str, tuple[float, int]]) -> None:
    """A small fake marts.score_totals (the scoring engineer's mart) for 2024-Q1: judge -> (total, rank)."""
    with duckdb.connect(str(path)) as con:
        con.execute(
            "create or replace table marts.score_totals (level varchar, entity_id varchar, period_type varchar, "
            "period varchar, peer_group_id varchar, total decimal(12, 2), rank_in_peer_group integer, "
            "peer_group_size integer, scoring_config_version varchar)"
        )
        con.executemany(
            "insert into marts.score_totals values ('person', ?, 'quarter', '2024-Q1', 'judges', ?, ?, 2, 'sc1')",
            [(judge, total, rank) for judge, (total, rank) in ranks.items()],
        )


def land_correction(path: Path) -> None:
    """A late correction: C2 was closed within its limit after all (a new batch moves the watermark)."""
    with duckdb.connect(str(path)) as con:
        con.execute("update marts.fct_trial_cases set is_within_limit = true where case_id = 'C2'")
        con.execute(
            "update intermediate.indicator_value_rows "
            "set numerator = numerator + 1, value = (numerator + 1) / denominator "
            "where indicator_id = 'within_limit_closure_rate' and period in ('2024-Q1', '2024-03', '2024') "
            "and period_type != 'month' and entity_id in ('J1', 'D1', 'K1')"
        )
        con.execute(
            "update intermediate.indicator_value_rows "
            "set numerator = numerator + 1, value = (numerator + 1) / denominator "
            "where indicator_id = 'within_limit_closure_rate' and period_type = 'month' and period = '2024-03' "
            "and entity_id in ('J1', 'D1', 'K1')"
        )
        con.execute("update raw._watermarks set watermark = '2024-05-05 01:00:00', batch_id = 'batch-2'")
        con.execute("insert into raw._load_log values ('batch-2', 'trial.cases', 1, '2024-05-05 01:00:00')")
