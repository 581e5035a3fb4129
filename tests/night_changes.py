"""Helpers for testing a night built by period: a late correction in the demo sources, and the engine built in full
on a copy of the warehouse to compare with."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import duckdb

from courtperf.settings import DBT_PROJECT_DIR
from tests.indicator_fixture import run_dbt

ENGINE = "+int_indicator_build_record"  # the indicator engine and what it reads; the build record comes last


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


def build_engine_in_full(warehouse: Path, work: Path) -> Path:
    """A copy of `warehouse` with the indicator engine rebuilt from scratch (`dbt run --full-refresh`)."""
    copy = work / "full.duckdb"
    shutil.copyfile(warehouse, copy)
    result = run_dbt(
        DBT_PROJECT_DIR, copy, "run", "--full-refresh", "--select", ENGINE,
        "--target-path", str(work / "target"), "--log-path", str(work / "logs"),
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    return copy


def differences(built: Path, full: Path) -> dict[str, tuple[int, int]]:
    """table -> (rows only in `built`, rows only in `full`) for every values table where they differ, as multisets;
    raises if there is no values table to compare."""
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
        for table in tables:
            mine, theirs = f"intermediate.{table}", f"full_build.intermediate.{table}"
            only_built = con.execute(f"select count(*) from (from {mine} except all from {theirs})").fetchone()[0]
            only_full = con.execute(f"select count(*) from (from {theirs} except all from {mine})").fetchone()[0]
            if only_built or only_full:
                found[table] = (only_built, only_full)
        return found
    finally:
        con.close()
