"""Helpers for testing a night built by period: a late correction in the demo sources, and the indicator engine and
the score models built in full on a copy of the warehouse to compare with."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from courtperf.settings import DBT_PROJECT_DIR
from tests.dbt_session import DbtSession
from tests.indicator_fixture import run_dbt, seed_parse

# the indicator engine, the score models and what they read (each build record comes last), and the score marts
# built whole from the score tables
BUILT_BY_PERIOD = ("+int_indicator_build_record", "+int_score_build_record", "+grades", "+rank_trend")
# what the score models build by period, and the marts computed from them, compared with a full build
SCORE_TABLES = (
    "intermediate.int_score_members", "intermediate.int_office_workload", "intermediate.int_score_adjustments",
    "intermediate.int_score_points", "intermediate.int_score_contributions", "intermediate.int_score_lines",
    "marts.scores", "marts.score_totals", "marts.score_explanations", "marts.strengths_weaknesses", "marts.grades",
    "marts.rank_trend",
)  # fmt: skip


def correct_a_closed_case(sources: Path, month: str, corrected_at: str) -> str:
    """A late correction in the trial system: one case closed by judgment in `month` ('YYYY-MM') is recorded as
    closed by mediation instead, updated at `corrected_at`; returns its case_id."""
    con = sqlite3.connect(sources / "trial.sqlite")
    try:
        (case_id,) = con.execute(
            "select case_id from cases where substr(closing_date, 1, 7) = ? and closing_method = 'judgment'"
            " and deleted = 0 order by case_id limit 1",
            [month],
        ).fetchone()
        con.execute(
            "update cases set closing_method = 'mediation', updated_at = ? where case_id = ?", [corrected_at, case_id]
        )
        con.commit()
    finally:
        con.close()
    return case_id


def build_in_full(warehouse: Path, work: Path) -> Path:
    """A copy of `warehouse` with the indicator engine and the score models rebuilt from scratch
    (`dbt run --full-refresh`)."""
    copy = work / "full.duckdb"
    shutil.copyfile(warehouse, copy)
    seed_parse(work / "target")  # dbt's own files in the test's folder, from the session's parse (not a full one)
    result = run_dbt(
        DBT_PROJECT_DIR, copy, "run", "--full-refresh", "--select", *BUILT_BY_PERIOD,
        "--target-path", str(work / "target"), "--log-path", str(work / "logs"),
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    return copy


def differences(built: Path, full: Path) -> dict[str, tuple[int, int]]:
    """table -> (rows only in `built`, rows only in `full`) for every values table and score table (SCORE_TABLES)
    where they differ, as multisets; raises if there is no values table to compare."""
    con = duckdb.connect(str(built), read_only=True)
    try:
        con.execute(f"attach '{full}' as full_build (read_only)")
        tables = [
            name
            for (name,) in con.execute(
                "select table_name from information_schema.tables where table_catalog = current_database()"
                " and table_schema = 'intermediate' and table_name like 'int_indicator_values__%' order by 1"
            ).fetchall()
        ]
        assert len(tables) >= 20, tables
        found = {}
        for table in [*(f"intermediate.{name}" for name in tables), *SCORE_TABLES]:
            mine, theirs = table, f"full_build.{table}"
            only_built = con.execute(f"select count(*) from (from {mine} except all from {theirs})").fetchone()[0]
            only_full = con.execute(f"select count(*) from (from {theirs} except all from {mine})").fetchone()[0]
            if only_built or only_full:
                found[table] = (only_built, only_full)
        return found
    finally:
        con.close()


@contextmanager
def dbt_on(warehouse: Path, work: Path) -> Iterator[DbtSession]:
    """One dbt process for the commands a test runs on `warehouse` (tests/dbt_session.py), dbt's own files in
    `work`, starting from the session's parse (not a full one)."""
    seed_parse(work / "target")
    files = ("--target-path", str(work / "target"), "--log-path", str(work / "logs"))
    with DbtSession.on_warehouse(DBT_PROJECT_DIR, warehouse, work / "dbt.log", files) as dbt:
        yield dbt


def compiled(dbt: DbtSession, jinja: str) -> str:
    """What `jinja` (a macro call of the project) compiles to on the session's warehouse now."""
    return dbt.run_ok(["compile", "--quiet", "--inline", jinja]).strip().splitlines()[-1]


def score_build_mode(dbt: DbtSession) -> str:
    """What the score models would build on the session's warehouse now (macros/score_periods.sql):
    'everything', 'values_changed' or 'values_unchanged'."""
    return compiled(dbt, "{{ score_build_mode() }}")


def record_an_engine_build(dbt: DbtSession) -> None:
    """Write the engine's build record again, as a night whose scores are not built would."""
    dbt.run_ok(["run", "--select", "int_indicator_build_record"])
