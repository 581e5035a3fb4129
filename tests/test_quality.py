"""The data quality gate: GX suites on small DataFrames, then the gate in a real nightly run on tiny data.

A clean night passes every blocking check; a mart damaged behind the scenes fails the right check with a
message naming table, column and keys, and the score marts are not materialised in that run.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from dagster import AssetSelection, DagsterEventType, Definitions, define_asset_job

from orchestration.cli import main
from quality.runner import validate_frames
from quality.suites import Suite, _e, _not_before, _unique, staged_suites
from tests.conftest import courtperf_home

AS_OF = date(2024, 12, 31)


def _suite(expectations) -> Suite:
    return Suite("t", ("marts", "t"), "marts.t", {"main": "select 1"}, {"main": ["case_id"]}, list(expectations))


def test_suites_flag_duplicates_date_order_and_amounts_on_small_frames():
    frame = pd.DataFrame(
        {
            "case_id": ["A", "B", "B", "C", None],
            "filing_date": pd.to_datetime(["2024-01-01"] * 5),
            "closing_date": pd.to_datetime(["2024-02-01", "2023-12-01", None, "2024-01-01", "2024-03-01"]),
            "applied_amount": [10.0, 5.0, 1.0, 0.0, 3.0],
            "executed_amount": [5.0, 6.0, -1.0, 0.0, 3.0],
        }
    )
    suite = _suite(
        [
            *_unique("case_id"),
            _not_before("closing_date", "filing_date"),
            _e("executed_non_negative", "ExpectColumnValuesToBeBetween", column="executed_amount", min_value=0),
            _e("not_above", "ExpectColumnPairValuesAToBeGreaterThanB", column_A="applied_amount",
               column_B="executed_amount", or_equal=True),
        ]
    )  # fmt: skip
    results = {r.expectation: r for r in validate_frames(suite, {"main": frame})}
    assert not results["case_id_present"].success and results["case_id_present"].unexpected_count == 1
    assert not results["case_id_unique"].success
    assert {k["case_id"] for k in results["case_id_unique"].failing_keys} == {"B"}
    order = results["closing_date_not_before_filing_date"]
    assert not order.success and order.failing_keys == [{"case_id": "B"}]
    assert results["executed_non_negative"].failing_keys == [{"case_id": "B"}]
    assert results["not_above"].failing_keys == [{"case_id": "B"}]
    assert "marts.t.executed_amount" in results["executed_non_negative"].message
    assert "case_id=B" in results["executed_non_negative"].message


def test_a_clean_frame_passes_and_suites_have_unique_names():
    frame = pd.DataFrame({"case_id": ["A", "B"], "filing_date": [1, 2], "closing_date": [1, None]})
    suite = _suite([*_unique("case_id"), _not_before("closing_date", "filing_date")])
    assert all(r.success for r in validate_frames(suite, {"main": frame}))
    for s in staged_suites():
        names = [e.name for e in s.expectations]
        assert len(names) == len(set(names)), s.name


def test_tonights_quarantine_blocks_publication_per_reason_and_names_table_key_and_column(tmp_path):
    from ingestion.landing import QUARANTINE_DDL
    from quality.runner import run_suite
    from quality.suites import quarantine_suite

    warehouse = tmp_path / "w.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        con.execute("create schema raw")
        con.execute(QUARANTINE_DDL)
        rows = [
            ("tonight", "trial", "cases", 7, "closing_before_filing",
             "closing_before_filing: closing_date='2024-01-02' < filing_date='2024-03-01'", {"case_id": "C-7"}),
            ("tonight", "trial", "cases", 9, "duplicate_row", "duplicate_row: same as row 8", {"case_id": "C-8"}),
            ("tonight", "hr", "staff_postings", 3, "blank_key", "blank_key: posting_id is blank",
             {"person_id": "P1", "dept_id": "D1"}),
            ("last-night", "trial", "cases", 1, "bad_code", "bad_code: procedure='fast'", {"case_id": "C-1"}),
        ]  # fmt: skip
        for batch, system, table, row, kind, reason, key in rows:
            con.execute(
                "insert into raw._quarantine values (?, now(), ?, ?, 'src', ?, ?, ?, ?)",
                [batch, system, table, row, kind, reason, json.dumps(key)],
            )
    results = {r.expectation: r for r in run_suite(warehouse, quarantine_suite("tonight"))}
    order = results["no_rows_quarantined_closing_before_filing"]
    assert not order.success and order.severity == "error" and order.unexpected_count == 1
    assert order.failing_keys == [
        {"source_table": "trial.cases", "source_key": "case_id=C-7", "source_row": 7,
         "reason": "closing_before_filing: closing_date='2024-01-02' < filing_date='2024-03-01'"}
    ]  # fmt: skip
    assert "raw._quarantine.reason_kind" in order.message and "closing_date" in order.message
    blank = results["no_rows_quarantined_blank_key"]
    assert not blank.success and blank.failing_keys[0]["source_key"] == "posting_id=(blank)"
    duplicate = results["no_rows_quarantined_duplicate_row"]
    assert not duplicate.success and duplicate.severity == "warn"  # an exact duplicate loses nothing
    assert results["no_rows_quarantined_bad_code"].success  # last night's rows are not tonight's
    assert sum(not r.success for r in results.values()) == 3
    with pytest.raises(ValueError, match="refusing run id"):
        quarantine_suite("x' or 1=1 --")


@pytest.fixture(scope="module")
def nightly(tmp_path_factory):
    from ingestion.demo_sources import generate

    home = tmp_path_factory.mktemp("qhome")
    with courtperf_home(home):
        sources = home / "sources"
        generate(sources, scale="tiny", seed=7, years=1, as_of=AS_OF)
        assert main(["run", "--sources", str(sources / "sources.yaml")]) == 0
        yield home


@pytest.mark.slow
def test_a_clean_night_passes_every_blocking_check_and_is_recorded(nightly, capsys):
    home = nightly
    warehouse = home / "warehouse.duckdb"
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute(
            "select table_name, checks_passed, checks_failed, errors_failed, rows_read, report_path "
            "from quality.data_quality"
        ).fetchall()
    by_table = {r[0]: r for r in rows}
    assert sum(r[3] for r in rows) == 0, rows
    assert by_table["marts.fct_trial_cases"][1] >= 8
    assert by_table["trial.cases"][4] > 0  # landing counts from raw._load_log
    report = by_table["marts.fct_trial_cases"][5]
    assert report and (home / "quality").exists() and "fct_trial_cases" in Path(report).read_text(encoding="utf-8")
    with courtperf_home(home):
        capsys.readouterr()
        assert main(["quality"]) == 0
    out = capsys.readouterr().out
    assert "data quality of run" in out and "marts.fct_trial_cases" in out and "publication allowed" in out
    docs = home / "quality" / "gx" / "uncommitted" / "data_docs" / "local_site"
    assert f"Great Expectations Data Docs: {docs / 'index.html'}" in out
    pages = list((docs / "validations" / "fct_trial_cases__main").rglob("*.html"))
    assert pages and "values must be unique" in pages[0].read_text(encoding="utf-8")  # rendered by GX


@pytest.mark.slow
def test_a_damaged_mart_fails_the_gate_and_scores_are_not_built(nightly):
    from orchestration.dbt_assets import courtperf_dbt_scores
    from orchestration.dbt_manifest import dbt_cli
    from orchestration.quality_checks import build_quality_checks
    from orchestration.resources import WarehouseResource

    home = nightly
    warehouse = home / "warehouse.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        case_id = con.execute("select min(case_id) from marts.fct_trial_cases").fetchone()[0]
        con.execute(
            "insert into marts.fct_trial_cases select * from marts.fct_trial_cases where case_id = ?", [case_id]
        )
        con.execute("update marts.dim_person set person_id = person_id || '-gone' where person_id in "
                    "(select handling_judge_id from marts.fct_trial_cases where case_id = ?)", [case_id])  # fmt: skip

    gate = build_quality_checks()[0]
    defs = Definitions(
        assets=[courtperf_dbt_scores],
        asset_checks=[gate],
        jobs=[define_asset_job("gate_then_scores", AssetSelection.groups("scores") | AssetSelection.checks(gate))],
        resources={"warehouse": WarehouseResource(path=str(warehouse)), "dbt": dbt_cli()},
    )
    with courtperf_home(home):
        result = defs.resolve_job_def("gate_then_scores").execute_in_process(raise_on_error=False)
    assert not result.success
    failures = [e for e in result.all_events if e.is_step_failure]
    assert [e.step_key for e in failures] == ["publication_gate"]
    assert "blocking asset check" in str(failures[0].event_specific_data.error.message)
    materialized = [e for e in result.all_events if e.event_type == DagsterEventType.ASSET_MATERIALIZATION]
    assert materialized == []  # no score mart was built from damaged data
    evaluations = {
        (e.event_specific_data.asset_key.path[-1], e.event_specific_data.check_name): e.event_specific_data
        for e in result.all_events
        if e.event_type == DagsterEventType.ASSET_CHECK_EVALUATION
    }
    unique = evaluations["fct_trial_cases", "gx_case_id_unique"]
    assert not unique.passed and unique.asset_key.path == ["marts", "fct_trial_cases"]
    assert case_id in unique.description and "marts.fct_trial_cases.case_id" in unique.description
    judge = evaluations["fct_trial_cases", "gx_handling_judge_id_in_dim_person"]
    assert not judge.passed and "handling_judge_id" in judge.description and case_id in judge.description
    assert judge.metadata["unexpected_count"].value >= 1
    assert evaluations["cfg_score_indicators", "gx_weights_sum_to_100"].passed


@pytest.mark.slow
def test_runs_not_started_from_the_cli_are_recorded_by_the_run_status_sensor(nightly):
    """A scheduled or UI run has no CLI to record its quality: the sensor does, from the run in the instance."""
    from dagster import DagsterInstance, build_run_status_sensor_context

    from orchestration.definitions import defs
    from orchestration.settings import Settings

    home = nightly
    warehouse = home / "warehouse.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        run_id, before = con.execute(
            "select run_id, count(*) from quality.data_quality group by run_id order by max(recorded_at) desc limit 1"
        ).fetchone()
        con.execute("delete from quality.data_quality")
    with courtperf_home(home):
        Settings.from_env().export()  # DAGSTER_HOME, as courtperf sets it
        instance = DagsterInstance.get()
        run = instance.get_run_by_id(run_id)
        success = next(
            e.dagster_event
            for e in instance.all_logs(run_id)
            if e.dagster_event and e.dagster_event.event_type_value == "PIPELINE_SUCCESS"
        )
        sensor = defs.get_sensor_def("record_data_quality_on_success")
        sensor(build_run_status_sensor_context(sensor.name, success, instance, run))
        sensor(build_run_status_sensor_context(sensor.name, success, instance, run))  # again: idempotent
    with duckdb.connect(str(warehouse), read_only=True) as con:
        after = con.execute("select count(*), count(distinct run_id) from quality.data_quality").fetchone()
    assert after == (before, 1)
    assert {s.name for s in defs.sensors} >= {"record_data_quality_on_success", "record_data_quality_on_failure"}
