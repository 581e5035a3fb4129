"""End to end on `tiny` demo data, through the CLI, Dagster and dbt: what a court's IT staff would run.

A copy of the session's tiny night is taken through a second run of the same night and an incremental night,
run while readers hold the published copy open; separate warehouses cover defective CSV exports and GBK-encoded
files.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import sys
import time
from datetime import date
from pathlib import Path
from unittest import mock

import duckdb
import pytest
from dagster import DagsterInstance, DagsterRunStatus

from cli.main import main
from courtperf.publication import publication_info
from courtperf.settings import DBT_PROJECT_DIR
from ingestion.contract import load_contract
from ingestion.demo_sources import generate, generate_next_night
from ingestion.demo_sources.reference_data import TINY_BASIC
from orchestration.alerts import checks_not_passed
from orchestration.dbt_runs import CONSOLE
from orchestration.unchanged_night import NOTHING_NEW
from tests.conftest import DEMO_OUTPUT, copy_home, courtperf_home
from tests.readers_fixture import readers_held_open

pytestmark = pytest.mark.slow

AS_OF = date(2024, 12, 31)
MARTS = {
    "dim_court", "dim_department", "dim_person", "fct_trial_cases", "fct_enforcement_cases", "fct_hearings",
    "fct_documents", "fct_petitions", "fct_mediations", "fct_conduct_events", "fct_work_items",
}  # fmt: skip
# An 18-character ID number or an 11-digit mobile number standing alone in a value.
# Generator defect kind -> the reason kind landing gives it.
DEFECT_REASONS = {
    "duplicate_row": "duplicate_row",
    "closing_before_filing": "closing_before_filing",
    "unknown_reference": "unknown_reference",
    "bad_code": "bad_code",
    "malformed_date": "malformed_date",
    "blank_key": "blank_key",
    "gbk_as_utf8": "wrong_encoding",  # the whole file is set aside
}


def _query(warehouse: Path, sql: str, params=None):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def _raw_counts(warehouse: Path) -> dict[str, int]:
    return {
        t.raw_name: _query(warehouse, f'select count(*) from raw."{t.raw_name}"')[0][0] for t in load_contract().tables
    }


def _last_batch(warehouse: Path, first: bool = False) -> str:
    order = "asc" if first else "desc"
    return _query(warehouse, f"select batch_id from raw._load_log order by finished_at {order} limit 1")[0][0]


def _assert_rows_accounted_for(warehouse: Path, batch_id: str) -> None:
    rows = _query(
        warehouse,
        "select table_name, read, loaded, quarantined, already_loaded from raw._load_log where batch_id = ?",
        [batch_id],
    )
    assert len(rows) == len(load_contract().tables)
    for table, read, loaded, quarantined, already in rows:
        assert read == loaded + quarantined + already, table
    quarantined_rows = _query(warehouse, "select count(*) from raw._quarantine where batch_id = ?", [batch_id])
    assert quarantined_rows[0][0] == sum(r[3] for r in rows)


@pytest.fixture(scope="module")
def nightly(tiny_night, tmp_path_factory):
    """A copy of the session's tiny night, which the tests below take through further nights."""
    home = copy_home(tiny_night[0], tmp_path_factory.mktemp("nightly") / "home")
    with courtperf_home(home):
        yield home, home / "sources"


def test_first_run_lands_every_table_and_builds_every_mart(nightly):
    home, sources = nightly
    warehouse = home / "warehouse.duckdb"
    generated = json.loads((sources / "generation.json").read_text(encoding="utf-8"))
    batch = _last_batch(warehouse)
    _assert_rows_accounted_for(warehouse, batch)
    raw = _raw_counts(warehouse)
    assert all(n > 0 for n in raw.values()), raw
    assert sum(raw.values()) == sum(generated["rows"].values())  # clean data: nothing quarantined

    marts = {r[0]: r[1] for r in _query(
        warehouse,
        "select table_name, estimated_size from duckdb_tables() where schema_name = 'marts'",
    )}  # fmt: skip
    assert set(marts) >= MARTS
    cases = _query(
        warehouse,
        "select count(distinct case_id) from raw.trial__cases where not deleted",
    )[0][0]
    assert _query(warehouse, "select count(*) from marts.fct_trial_cases")[0][0] == cases
    courts = [r[0] for r in _query(warehouse, "select court_code from marts.dim_court order by 1")]
    assert courts == ["内06", *TINY_BASIC]  # the tiny scale: the intermediate court and three basic courts


def test_the_demo_prints_a_short_summary_that_names_every_check_not_passed(tiny_night, tmp_path):
    """What `courtperf demo` prints fits a screen or two: progress and summaries, not dbt's per-model lines or one
    line per warning; it ends with every check that failed or warned, by name, and next steps that work pasted."""
    home, _ = tiny_night
    output = (home / DEMO_OUTPUT).read_text(encoding="utf-8")
    lines = output.splitlines()
    assert len(lines) < 200, f"{len(lines)} lines"
    assert not [line for line in lines if " START sql " in line or " OK created sql " in line]  # in console.log
    with courtperf_home(home):
        os.environ["DAGSTER_HOME"] = str(home / "dagster_home")
        with DagsterInstance.get() as instance:
            (run,) = instance.get_runs()
            events = [e.dagster_event for e in instance.all_logs(run.run_id) if e.dagster_event]
    not_passed = checks_not_passed(events)
    summary = output[output.rindex("== nightly run") :]
    for check in not_passed:
        assert f"{check.asset} · {check.check}" in summary
    assert f"checks: {sum(c.severity == 'ERROR' for c in not_passed)} failed" in summary or not not_passed
    assert "Next:" in summary and f"{Path(sys.executable).parent / 'courtperf'} ui" in summary
    # the demo's dashboard accounts, each of which signs in
    from access.accounts import sign_in

    listed = [line.split() for line in output[output.index("Demo accounts") :].splitlines()[1:] if " password " in line]
    assert [a[0] for a in listed] == ["judge", "chief", "leader"]
    accounts = Path(
        shutil.copy(home / "accounts.sqlite", tmp_path)
    )  # signing in writes: the session's night stays as built
    for username, _, password, *_ in listed:
        assert sign_in(accounts, username, password).ok, username


def test_runs_are_recorded_in_the_dagster_instance(nightly):
    home, _ = nightly
    with courtperf_home(home):
        import os

        os.environ["DAGSTER_HOME"] = str(home / "dagster_home")
        with DagsterInstance.get() as instance:
            runs = instance.get_runs()
    assert runs and all(r.job_name == "nightly" for r in runs)
    assert runs[-1].status == DagsterRunStatus.SUCCESS


@pytest.fixture(scope="module")
def rerun_night(nightly):
    """The same night run again, on the same sources: nothing new."""
    home, sources = nightly
    published = home / "published.duckdb"
    night = {"raw_before": _raw_counts(home / "warehouse.duckdb"), "published_before": publication_info(published)}
    printed = io.StringIO()
    with courtperf_home(home), contextlib.redirect_stdout(printed):
        night["exit_code"] = main(["run", "--sources", str(sources / "sources.yaml")])
    night["printed"] = printed.getvalue()
    night["published_after"] = publication_info(published)
    return night


def test_rerunning_the_same_night_loads_nothing_twice(nightly, rerun_night):
    home, _ = nightly
    warehouse = home / "warehouse.duckdb"
    assert rerun_night["exit_code"] == 0
    assert _raw_counts(warehouse) == rerun_night["raw_before"]
    batch = _last_batch(warehouse)
    reads = _query(
        warehouse, "select sum(read), sum(loaded), sum(already_loaded) from raw._load_log where batch_id = ?", [batch]
    )
    assert reads[0][1] == 0 and reads[0][0] == reads[0][2] > 0  # only rows at the watermark, read again


def test_a_night_with_nothing_new_builds_nothing_and_the_published_night_stands(nightly, rerun_night):
    """Nothing landed and the project is unchanged since the published night: dbt does not run, nothing after it
    (checks, scores, notifications, publication) runs, the summary says which night stands, and readers keep the
    copy they had. (The incremental night below lands rows, so it builds again.)"""
    home, _ = nightly
    warehouse = home / "warehouse.duckdb"
    first, rerun = _last_batch(warehouse, first=True), _last_batch(warehouse)
    assert f"{NOTHING_NEW} {first}: dbt did not run" in rerun_night["printed"]
    assert not list((home / "dbt_runs").glob(f"*-{rerun[:8]}-*"))
    assert rerun_night["published_after"] == rerun_night["published_before"]
    dagster_home = {"DAGSTER_HOME": str(home / "dagster_home")}
    with courtperf_home(home), mock.patch.dict(os.environ, dagster_home), DagsterInstance.get() as instance:
        events = [e.dagster_event for e in instance.all_logs(rerun) if e.dagster_event]
    skipped = {e.step_key for e in events if e.is_step_skipped}
    assert {"courtperf_dbt_scores", "publication_gate", "published_marts"} <= skipped


def test_dbt_writes_in_the_home_and_each_step_hands_its_parse_to_the_next(nightly):
    """The night's dbt steps write their target folders in the home, never in the source tree, and each starts
    from a parse made before: the first from the one made at set-up (a home's first night; the profile names no
    warehouse path, engines/dbt_warehouse.py), the score step from the one the models step left there. dbt parses
    only what changed, never the whole project."""
    home, _ = nightly
    run_id = _last_batch(home / "warehouse.duckdb", first=True)
    steps = {folder.name.split("-")[0]: folder for folder in (home / "dbt_runs").glob(f"*-{run_id[:8]}-*")}
    assert set(steps) == {"courtperf_dbt_models", "courtperf_dbt_scores"}
    for folder in steps.values():
        printed = (folder / CONSOLE).read_text(encoding="utf-8")
        assert "Unable to do partial parsing" not in printed, folder.name
    log = (steps["courtperf_dbt_scores"] / "dbt.log").read_text(encoding="utf-8")
    assert "Partial parsing enabled" in log
    assert (home / "dbt_runs" / "partial_parse.msgpack").is_file()
    assert not list((DBT_PROJECT_DIR / "target").glob(f"*{run_id[:7]}*"))


@pytest.fixture(scope="module")
def incremental_night(nightly, rerun_night, tmp_path_factory):
    """The next night's changes (new, re-delivered and deleted rows), run after the rerun above while two readers
    hold the published copy open in other processes."""
    home, sources = nightly
    warehouse, published = home / "warehouse.duckdb", home / "published.duckdb"
    night = {"raw_before": _raw_counts(warehouse), "published_before": publication_info(published)}
    generate_next_night(sources, seed=8)
    with readers_held_open(published, tmp_path_factory.mktemp("readers")) as observed:
        night["started"] = time.time()
        with courtperf_home(home):
            night["exit_code"] = main(["run", "--sources", str(sources / "sources.yaml")])
        night["finished"] = time.time()
    night["published_after"] = publication_info(published)
    night["observed"] = observed
    return night


def test_an_incremental_night_adds_updates_and_deletes(nightly, incremental_night):
    home, _ = nightly
    warehouse = home / "warehouse.duckdb"
    assert incremental_night["exit_code"] == 0
    before = incremental_night["raw_before"]
    after = _raw_counts(warehouse)
    assert after["trial__cases"] > before["trial__cases"]
    _assert_rows_accounted_for(warehouse, _last_batch(warehouse))
    # A re-delivered case is one row in the mart, with its latest values; a deleted case is gone.
    deleted = _query(
        warehouse,
        """
        select case_id from raw.trial__cases
        qualify row_number() over (partition by case_id order by updated_at desc, _loaded_at desc) = 1
            and deleted
        """,
    )
    assert deleted, "the incremental night should delete some cases"
    in_mart = _query(
        warehouse,
        "select count(*) from marts.fct_trial_cases where case_id in (select unnest(?))",
        [[d[0] for d in deleted]],
    )
    assert in_mart == [(0,)]
    versions = _query(warehouse, "select count(*) - count(distinct case_id) from raw.trial__cases")[0][0]
    assert versions > 0, "some cases should have been re-delivered with a later updated_at"
    live = _query(
        warehouse,
        """
        select count(*) from (
            select case_id, deleted from raw.trial__cases
            qualify row_number() over (partition by case_id order by updated_at desc, _loaded_at desc) = 1
        ) where not deleted
        """,
    )[0][0]
    assert _query(warehouse, "select count(*) from marts.fct_trial_cases")[0][0] == live


def test_a_reader_held_open_during_a_nightly_run_neither_blocks_it_nor_sees_partial_data(incremental_night):
    assert incremental_night["exit_code"] == 0  # not blocked by the readers
    first, second = incremental_night["published_before"], incremental_night["published_after"]
    assert second["run_id"] != first["run_id"]
    assert second["tables"]["marts.fct_trial_cases"] > first["tables"]["marts.fct_trial_cases"]

    held, fresh = incremental_night["observed"]["held"], incremental_night["observed"]["fresh"]
    for seen in (held, fresh):  # reading the whole night
        assert seen[0]["at"] < incremental_night["started"] and seen[-1]["at"] > incremental_night["finished"]
    # the held connection sees the previous complete state all night, whatever was swapped in
    assert all(obs["run_id"] == first["run_id"] and obs["live"] == first["tables"] for obs in held)
    # a fresh connection sees one complete state or the other, never a mix
    for obs in fresh:
        assert obs["run_id"] in (first["run_id"], second["run_id"])
        assert obs["live"] == obs["recorded"] == (first if obs["run_id"] == first["run_id"] else second)["tables"]
    runs = [obs["run_id"] for obs in fresh]
    assert runs[0] == first["run_id"] and runs[-1] == second["run_id"]  # the previous state, then the new one
    assert runs == sorted(runs, key=lambda r: r == second["run_id"])  # and never back


def test_warnings_are_notified_once_across_nights(nightly, incremental_night):
    """Night 1 notifies every warning it raised, its rerun nothing, night 2 only what is new (or escalated)."""
    home, _ = nightly
    warehouse = home / "warehouse.duckdb"
    runs = [r[0] for r in _query(warehouse, "select batch_id from raw._load_log group by 1 order by min(started_at)")]
    sql = "select warning_id, level from supervision.notifications_sent where run_id = ?"
    first, rerun, second = (set(_query(warehouse, sql, [run])) for run in runs[:3])
    night_1 = _query(warehouse, "select min(first_seen) from marts.warnings")[0][0]
    opened_1 = _query(warehouse, "select warning_id from marts.warnings where first_seen = ?", [night_1])
    opened_2 = set(_query(warehouse, "select warning_id, level from marts.warnings where first_seen > ?", [night_1]))
    assert first and len(first) == len(opened_1)  # every warning of night 1, at its level then
    assert rerun == set()
    # night 2: its new warnings, plus warnings of night 1 that escalated in place (same id, a higher level since);
    # nothing sent again at the level it was sent at
    assert opened_2 <= second
    before = dict(first)
    severity = {"green": 0, "yellow": 1, "red": 2}
    escalated = second - opened_2
    assert all(w in before and severity[level] > severity[before[w]] for w, level in escalated)
    lines = (home / "notifications.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(first) + len(second) == len({json.loads(line)["key"] for line in lines})


def test_every_defect_kind_is_quarantined_and_a_defect_rate_over_the_threshold_blocks(tmp_path, capsys):
    """Each injected defect is quarantined with its reason; the check for that reason reports it, naming the
    source table, row key and column; 20 % of rows is over the threshold, so scores and the archive are not
    built; `courtperf quality` names the check and the threshold."""
    with courtperf_home(tmp_path):
        sources = tmp_path / "defective"
        generate(sources, scale="tiny", seed=11, years=1, as_of=AS_OF, fmt="csv", defect_rate=0.2)
        assert main(["run", "--source-dir", str(sources)]) == 1  # the run fails at the publication gate
        warehouse = tmp_path / "warehouse.duckdb"
        batch = _last_batch(warehouse)
        with DagsterInstance.get() as instance:
            events = [e.dagster_event for e in instance.all_logs(batch) if e.dagster_event]
        run_summary = capsys.readouterr().out
        assert main(["quality"]) == 0
        summary = capsys.readouterr().out
    _assert_rows_accounted_for(warehouse, batch)
    injected = json.loads((sources / "generation.json").read_text(encoding="utf-8"))["defects"]
    assert {d["kind"] for d in injected} == set(DEFECT_REASONS)
    found = set(
        _query(
            warehouse,
            "select system || '.' || table_name, reason_kind from raw._quarantine where batch_id = ?",
            [batch],
        )
    )
    wrong_files = {f"{d['system']}.{d['table']}" for d in injected if d["kind"] == "gbk_as_utf8"}
    for defect in injected:
        table = f"{defect['system']}.{defect['table']}"
        # a file in the wrong encoding is set aside whole: its other defects are quarantined as that
        expected = (table, "wrong_encoding" if table in wrong_files else DEFECT_REASONS[defect["kind"]])
        assert expected in found, defect

    checks = {
        e.event_specific_data.check_name: e.event_specific_data
        for e in events
        if e.event_type_value == "ASSET_CHECK_EVALUATION"
        and e.event_specific_data.asset_key.path == ["marts", "indicator_values"]
    }
    injected_keys = {
        (d["kind"], f"{d['system']}.{d['table']}", ", ".join(f"{k}={v}" for k, v in d["key"].items()))
        for d in injected
        if d["key"]
    }
    for kind, reason in DEFECT_REASONS.items():
        check = checks[f"gx_no_rows_quarantined_{reason}"]
        assert not check.passed, kind
        assert check.severity.value == "WARN", kind  # a row defect is reported; only a threshold blocks
        sample = check.metadata["failing_keys_sample"].value
        assert sample and "raw._quarantine.reason_kind" in check.description, kind
        if kind in ("unknown_reference", "blank_key", "gbk_as_utf8"):
            continue  # cascades (children of a quarantined row), blanked or garbled keys: not the injected key
        for row in sample:  # every example is a row the generator damaged in this way, and names its column
            assert (kind, row["source_table"], row["source_key"]) in injected_keys, (kind, row)
            columns = {d["column"] for d in injected if d["kind"] == kind and d["column"]}
            assert kind == "duplicate_row" or any(c in row["reason"] for c in columns), (kind, row)

    gate = checks["gx_quarantine_within_threshold"]  # 20 % of rows is over the 1 % default: systemic
    assert not gate.passed and gate.severity.value == "ERROR"
    assert "max_share" in str(gate.metadata["failing_keys_sample"].value)
    failed_steps = [e.step_key for e in events if e.event_type_value == "STEP_FAILURE"]
    assert failed_steps == ["publication_gate"]
    materialized = {
        e.event_specific_data.materialization.asset_key.path[-1]
        for e in events
        if e.event_type_value == "ASSET_MATERIALIZATION"
    }
    assert "indicator_values" in materialized  # analysts still get tonight's marts
    assert not materialized & {"scores", "score_totals", "score_explanations"}  # nothing partial is published
    assert "scores and archive were NOT published" in summary and "raw._quarantine" in summary
    assert "[blocking] quarantine_within_threshold" in summary and "max_share=0.01" in summary
    # the run's own summary ends with the checks by name: the blocking one failed, the row defects warned
    assert "FAILED marts/indicator_values · gx_quarantine_within_threshold" in run_summary
    for reason in DEFECT_REASONS.values():
        assert f"warned marts/indicator_values · gx_no_rows_quarantined_{reason}" in run_summary


def test_csv_in_gbk_is_ingested_correctly(tmp_path):
    """The nightly job's ingestion steps, with the run config `courtperf run --source-dir … --encoding gbk` gives,
    land every row of a GBK export with its Chinese intact (what dbt builds from raw does not depend on the
    encoding, so the dbt steps are not run)."""
    from cli.runner import prepare_instance, run_config_for
    from courtperf.settings import Settings
    from orchestration.definitions import defs
    from orchestration.ingestion_assets import raw_asset_key

    sources = tmp_path / "gbk"
    generate(sources, scale="tiny", seed=3, years=1, as_of=AS_OF, fmt="csv", encoding="gbk")
    with courtperf_home(tmp_path):
        prepare_instance(Settings.from_env())
        result = defs.resolve_job_def("nightly").execute_in_process(
            run_config=run_config_for(source_dir=sources, encoding="gbk"),
            asset_selection=[raw_asset_key(table) for table in load_contract().tables],
        )
    assert result.success
    warehouse = tmp_path / "warehouse.duckdb"
    generated = json.loads((sources / "generation.json").read_text(encoding="utf-8"))
    assert sum(_raw_counts(warehouse).values()) == sum(generated["rows"].values())
    assert _query(warehouse, "select count(*) from raw._quarantine") == [(0,)]
    names = dict(_query(warehouse, "select court_code, court_name from raw.hr__courts"))
    assert names["内06"] == "鄂尔多斯市中级人民法院"
    assert names["内0622"] == "准格尔旗人民法院"
    causes = _query(warehouse, "select count(*) from raw.trial__cases where cause_of_action like '%纠纷%'")
    assert causes[0][0] > 0
