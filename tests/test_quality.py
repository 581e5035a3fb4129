"""The data quality gate: GX suites on small DataFrames, then the gate in a real nightly run on tiny data.

A clean night passes every blocking check; a mart damaged behind the scenes fails the right check with a
message naming table, column and keys, and the score marts are not materialised in that run.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from dagster import AssetSelection, DagsterEventType, Definitions, define_asset_job

from cli.main import main
from courtperf.settings import DBT_PROJECT_DIR
from quality.runner import validate_frames
from quality.suites import Suite, _e, score_suites, staged_suites
from tests.conftest import copy_home, courtperf_home
from tests.indicator_fixture import seed_parse


def _suite(expectations) -> Suite:
    return Suite("t", ("marts", "t"), "marts.t", {"main": "select 1"}, {"main": ["case_id"]}, list(expectations))


# The runner's mechanics on small frames (in the product, keys are dbt tests and date order a landing rule)
def _key_present_and_unique(col: str):
    return [
        _e(f"{col}_present", "ExpectColumnValuesToNotBeNull", column=col),
        _e(f"{col}_unique", "ExpectColumnValuesToBeUnique", column=col),
    ]


def _closing_not_before_filing():
    return _e("closing_date_not_before_filing_date", "ExpectColumnPairValuesAToBeGreaterThanB", column_A="closing_date",
              column_B="filing_date", or_equal=True, ignore_row_if="either_value_is_missing")  # fmt: skip


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
            *_key_present_and_unique("case_id"),
            _closing_not_before_filing(),
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
    suite = _suite([*_key_present_and_unique("case_id"), _closing_not_before_filing()])
    assert all(r.success for r in validate_frames(suite, {"main": frame}))
    for s in [*staged_suites(), *score_suites()]:
        names = [e.name for e in s.expectations]
        assert len(names) == len(set(names)), s.name


def _landed(tmp_path: Path, load_log: list[tuple], quarantine: list[tuple]) -> Path:
    """A warehouse with raw._load_log and raw._quarantine rows (as landing writes them)."""
    from ingestion.landing import ensure_raw_schema

    warehouse = tmp_path / "w.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        ensure_raw_schema(con)
        for batch, table, read, loaded, quarantined, before, started in load_log:
            con.execute(
                "insert into raw._load_log (batch_id, table_name, source, read, loaded, quarantined, "
                "already_loaded, watermark_before, started_at) values (?, ?, 'src', ?, ?, ?, 0, ?, ?)",
                [batch, table, read, loaded, quarantined, before, started],
            )
        for batch, system, table, row, kind, reason, key in quarantine:
            con.execute(
                "insert into raw._quarantine (batch_id, loaded_at, system, table_name, source, source_row, "
                "reason_kind, reason, row_json, row_key) values (?, now(), ?, ?, 'src', ?, ?, ?, '{}', ?)",
                [batch, system, table, row, kind, reason, key],
            )
    return warehouse


def test_row_defects_are_reported_and_only_a_table_over_its_threshold_blocks(tmp_path):
    """Hand-worked: max_share 1 % and min_rows 5 (publication.yaml). trial.cases: 7 of 400 quarantined
    (1.75 % > 1 %, 7 > 5) blocks; trial.hearings: 5 of 100 (5 %, but not more than 5 rows) and hr.staff:
    3 of 1,000 (0.3 %) only report their rows; a per-table max_share of 2 % lets trial.cases through."""
    from quality.policy import PublicationPolicy, QuarantineThreshold
    from quality.runner import run_suite
    from quality.suites import quarantine_suite

    night = "2024-12-31 02:00:00"
    cases = [("tonight", "trial", "cases", 10 + i, "closing_before_filing",
              f"closing_before_filing: closing_date='2024-01-0{i + 1}' < filing_date='2024-03-01'", f"case_id=C-{i}")
             for i in range(7)]  # fmt: skip
    warehouse = _landed(
        tmp_path,
        [("tonight", "trial.cases", 400, 393, 7, None, night), ("tonight", "trial.hearings", 100, 95, 5, None, night),
         ("tonight", "hr.staff", 1000, 997, 3, None, night)],
        [*cases, ("tonight", "trial", "cases", 9, "duplicate_row", "duplicate_row: same as row 8", "case_id=C-8"),
         ("tonight", "hr", "staff", 3, "blank_key", "blank_key: person_id is empty", "person_id=(blank)"),
         ("last-night", "trial", "cases", 1, "bad_code", "bad_code: procedure='fast'", "case_id=C-1")],
    )  # fmt: skip
    default = PublicationPolicy(quarantine=QuarantineThreshold(0.01, 5))
    results = {r.expectation: r for r in run_suite(warehouse, quarantine_suite("tonight", default))}
    gate = results["quarantine_within_threshold"]
    assert not gate.success and gate.severity == "error" and gate.unexpected_count == 1
    assert gate.failing_keys == [{"table_name": "trial.cases", "read": 400, "loaded": 393, "quarantined": 7,
                                  "max_share": 0.01, "min_rows": 5}]  # fmt: skip
    assert "max_share=0.01" in gate.message and "trial.cases" in gate.message
    order = results["no_rows_quarantined_closing_before_filing"]
    assert not order.success and order.severity == "warn" and order.unexpected_count == 7
    assert order.failing_keys[0] == {"source_table": "trial.cases", "source_key": "case_id=C-0", "source_row": 10,
                                     "reason": cases[0][5]}  # fmt: skip
    assert not results["no_rows_quarantined_blank_key"].success
    assert results["no_rows_quarantined_bad_code"].success  # last night's rows are not tonight's
    assert results["rows_accounted_for"].success and results["source_files_readable"].success
    blocking = [r.expectation for r in results.values() if not r.success and r.severity == "error"]
    assert blocking == ["quarantine_within_threshold"]

    lenient = PublicationPolicy(quarantine=QuarantineThreshold(0.01, 5),
                                quarantine_tables={"trial.cases": QuarantineThreshold(0.02, 5)})  # fmt: skip
    results = {r.expectation: r for r in run_suite(warehouse, quarantine_suite("tonight", lenient))}
    assert results["quarantine_within_threshold"].success
    with pytest.raises(ValueError, match="refusing run id"):
        quarantine_suite("x' or 1=1 --", default)


def test_systemic_failures_block_unaccounted_rows_unreadable_files_and_a_volume_collapse(tmp_path):
    """Rows read but neither loaded nor quarantined, a file-level defect, and tonight's 10 rows against an
    incremental median of 1,000 (below 0.05 x) each block; the first full load is no baseline."""
    from quality.policy import PublicationPolicy, QuarantineThreshold
    from quality.runner import run_suite
    from quality.suites import quarantine_suite

    log = [("full", "trial.hearings", 90_000, 90_000, 0, None, "2024-12-20 02:00:00")]
    log += [(f"n{i}", "trial.hearings", 1000, 1000, 0, "2024-12-01", f"2024-12-2{i} 02:00:00") for i in range(1, 4)]
    log += [("tonight", "trial.hearings", 10, 10, 0, "2024-12-01", "2024-12-31 02:00:00"),
            ("tonight", "trial.documents", 50, 40, 0, "2024-12-01", "2024-12-31 02:00:00"),
            ("tonight", "petition.petitions", 1, 0, 1, "2024-12-01", "2024-12-31 02:00:00")]  # fmt: skip
    quarantine = [("tonight", "petition", "petitions", None, "missing_column",
                   "missing_column: petition.petitions has no column(s) handler_id", "(file)")]  # fmt: skip
    warehouse = _landed(tmp_path, log, quarantine)
    policy = PublicationPolicy(quarantine=QuarantineThreshold(0.01, 5))
    results = {r.expectation: r for r in run_suite(warehouse, quarantine_suite("tonight", policy))}
    assert [k["table_name"] for k in results["rows_accounted_for"].failing_keys] == ["trial.documents"]
    assert [k["table_name"] for k in results["source_files_readable"].failing_keys] == ["petition.petitions"]
    volume = results["volume_within_block_band"]
    assert not volume.success and volume.failing_keys == [
        {"table_name": "trial.hearings", "loaded": 10, "median_loaded": 1000.0}
    ]


def test_freshness_is_judged_per_source_system_against_its_own_rhythm(tmp_path):
    """A historic extraction (newest row 2024-12-31, run today) is measured from its own newest row. hr's courts
    changed once, long ago, but staff every 20 days: hr is fresh after 10 quiet days. Petitions come monthly and
    have been quiet 20 days: fresh. Enforcement changed every day, then stopped 5 days ago while trial moves on:
    both its tables are stale."""
    from ingestion.contract import load_contract
    from ingestion.landing import ensure_raw_schema
    from quality.policy import PublicationPolicy, QuarantineThreshold
    from quality.runner import run_suite
    from quality.suites import quarantine_suite

    newest = pd.Timestamp("2024-12-31 18:00")
    days = pd.Timedelta(days=1)
    updates = {
        "hr__courts": [newest - 300 * days],
        "hr__staff": [newest - (10 + 20 * k) * days for k in range(12)],
        "trial__cases": [newest - k * days for k in range(60)],
        "trial__hearings": [newest - 40 * days],
        "enforcement__enforcement_cases": [newest - (5 + k) * days for k in range(60)],
        "petition__petitions": [newest - (20 + 30 * k) * days for k in range(10)],
    }
    warehouse = tmp_path / "w.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        ensure_raw_schema(con)
        for table, stamps in updates.items():
            con.executemany(f'insert into raw."{table}" (updated_at) values (?)', [[t.to_pydatetime()] for t in stamps])
        for t in load_contract().tables:
            con.execute(
                "insert into raw._load_log (batch_id, table_name, source, read, loaded, quarantined, already_loaded, "
                "started_at, finished_at) values ('tonight', ?, 'src', 1, 1, 0, 0, now(), now())",
                [t.qualified_name],
            )
    policy = PublicationPolicy(quarantine=QuarantineThreshold(0.01, 5))
    results = {r.expectation: r for r in run_suite(warehouse, quarantine_suite("tonight", policy), sample=50)}
    fresh = results["source_fresh"]
    assert fresh.severity == "error" and not fresh.success  # a stale source blocks publication
    assert {k["table_name"] for k in fresh.failing_keys} == {
        "enforcement.enforcement_cases",
        "enforcement.enforcement_actions",
    }
    assert results["volume_within_block_band"].success  # no earlier nights to compare with


@pytest.fixture(scope="module")
def nightly(tiny_night, tmp_path_factory):
    """A copy of the session's tiny night (clean demo data), which the tests below damage."""
    home = copy_home(tiny_night[0], tmp_path_factory.mktemp("quality") / "home")
    with courtperf_home(home):
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
    assert by_table["marts.indicator_values"][1] >= 4
    assert by_table["trial.cases"][4] > 0  # landing counts from raw._load_log
    report = by_table["marts.indicator_values"][5]
    assert report and (home / "quality").exists() and "indicator_values" in Path(report).read_text(encoding="utf-8")
    with courtperf_home(home):
        capsys.readouterr()
        assert main(["quality"]) == 0
    out = capsys.readouterr().out
    assert "data quality of run" in out and "marts.indicator_values" in out and "publication allowed" in out
    docs = Path(report).parents[1] / "gx" / "uncommitted" / "data_docs" / "local_site"  # beside the run's report
    assert f"Great Expectations Data Docs: {docs / 'index.html'}" in out
    pages = list((docs / "validations" / "fct_enforcement_cases__main").rglob("*.html"))
    assert pages and "executed_amount" in pages[0].read_text(encoding="utf-8")  # rendered by GX


@pytest.mark.slow
def test_the_clean_demo_quarantines_nothing_and_fails_or_warns_no_check(nightly):
    """A default demo night is clean: no source row quarantined, and no check failed, not even a warning (the
    originals of appeals exist, extensions are lawful, the slowly changing hr tables count as fresh)."""
    from quality.report import load_results, run_dir

    home = nightly
    with duckdb.connect(str(home / "warehouse.duckdb"), read_only=True) as con:
        assert con.execute("select count(*) from raw._quarantine").fetchone()[0] == 0
        run_id = con.execute("select run_id from quality.data_quality order by recorded_at desc limit 1").fetchone()[0]
        failing = con.execute(
            "select table_name, checks_failed from quality.data_quality where run_id = ? and checks_failed > 0",
            [run_id],
        ).fetchall()
    assert failing == []
    results = load_results(run_dir(home, run_id))
    assert [r["message"] for r in results if not r["success"]] == []
    ran = {r["expectation"] for r in results}
    assert {"executed_not_above_applied", "source_fresh", "volume_in_band", "quota_judges_have_monthly_values"} <= ran


@pytest.mark.slow
def test_a_damaged_mart_fails_the_gate_and_scores_are_not_built(nightly):
    from orchestration.dbt_assets import courtperf_dbt_scores
    from orchestration.dbt_manifest import dbt_cli
    from orchestration.quality_checks import build_quality_checks
    from orchestration.resources import WarehouseResource

    home = nightly
    warehouse = home / "warehouse.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        ratio, person, period = con.execute(
            "select v.indicator_id, v.entity_id, v.period from marts.indicator_values v"
            " join marts.indicator_catalog c using (indicator_id)"
            " where c.unit = 'ratio' and coalesce(c.reference_upper, 1) <= 1 and not c.ratio_of_populations"
            " and v.level = 'person'"
            " and v.period_type = 'month' order by all limit 1"
        ).fetchone()
        # indicator_values is a view over the category models: damage a table copy in its place
        con.execute("create table marts.indicator_values_copy as select * from marts.indicator_values")
        con.execute("drop view marts.indicator_values")
        con.execute("alter table marts.indicator_values_copy rename to indicator_values")
        damaged = "indicator_id = ? and level = 'person' and entity_id = ? and period = ? and period_type = 'month'"
        con.execute(f"update marts.indicator_values set value = 1.5, numerator = -3 where {damaged}",
                    [ratio, person, period])  # fmt: skip

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
    share = evaluations["indicator_values", "gx_ratio_within_0_1"]
    assert not share.passed and share.asset_key.path == ["marts", "indicator_values"]
    assert "marts.indicator_values.value" in share.description
    assert ratio in share.description and person in share.description  # names the row's keys
    numerator = evaluations["indicator_values", "gx_numerator_non_negative"]
    assert not numerator.passed and numerator.metadata["unexpected_count"].value == 1
    assert evaluations["cfg_score_indicators", "gx_weights_sum_to_100"].passed


@pytest.mark.slow
def test_a_duplicated_key_fails_its_dbt_test_which_is_an_error(nightly, tmp_path):
    """Keys are dbt's (one home per rule): a mart with a case twice fails `unique` at severity error, and a
    person who vanished from dim_person is reported by `relationships` (a warning: landing already quarantines
    unknown references, so the test only sees what a later deletion breaks)."""
    warehouse = nightly / "warehouse.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        case_id = con.execute("select min(case_id) from marts.fct_trial_cases").fetchone()[0]
        con.execute("insert into marts.fct_trial_cases select * from marts.fct_trial_cases where case_id = ?",
                    [case_id])  # fmt: skip
        con.execute("update marts.dim_person set person_id = person_id || '-gone' where person_id in "
                    "(select handling_judge_id from marts.fct_trial_cases where case_id = ?)", [case_id])  # fmt: skip
    dbt = Path(sys.executable).parent / "dbt"
    seed_parse(tmp_path / "target")
    result = subprocess.run(
        [str(dbt), "test", "--select", "fct_trial_cases", "--target-path", str(tmp_path / "target"),
         "--log-path", str(tmp_path / "logs")],
        cwd=DBT_PROJECT_DIR, env={**os.environ, "COURTPERF_WAREHOUSE": str(warehouse)},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1, result.stdout[-4000:]
    failed = re.findall(r"(FAIL|WARN) \d+ (\S+) ", result.stdout)
    assert ("FAIL", "unique_fct_trial_cases_case_id") in failed, result.stdout[-4000:]
    assert ("WARN", "relationships_fct_trial_cases_handling_judge_id__person_id__ref_dim_person_") in failed


@pytest.mark.slow
def test_runs_not_started_from_the_cli_are_recorded_by_the_run_status_sensor(nightly):
    """A scheduled or UI run has no CLI to record its quality: the sensor does, from the run in the instance."""
    from dagster import DagsterInstance, build_run_status_sensor_context

    from courtperf.settings import Settings
    from orchestration.definitions import defs

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
