"""End to end on `tiny` demo data, through the CLI, Dagster and dbt: what a court's IT staff would run.

A copy of the session's tiny night is taken through a second run of the same night and an incremental night,
run while readers hold the published copy open (defective exports: tests/test_defective_exports.py).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import sys
import time
from datetime import date
from pathlib import Path
from unittest import mock

import duckdb
import pytest
from dagster import DagsterInstance, DagsterRunStatus

from archive.close import ReasonRequired, close_period
from archive.periods import parse_period
from cli.main import main
from courtperf.publication import publication_info
from courtperf.settings import DBT_PROJECT_DIR, Settings
from ingestion.demo_sources import generate_next_night
from ingestion.demo_sources.reference_data import TINY_BASIC
from orchestration.alerts import checks_not_passed
from orchestration.dbt_runs import CONSOLE
from orchestration.unchanged_night import NOTHING_NEW
from tests.conftest import DEMO_OUTPUT, copy_home, courtperf_home
from tests.night_changes import (
    build_in_full,
    compiled,
    correct_a_closed_case,
    dbt_on,
    differences,
    record_an_engine_build,
    score_build_mode,
)
from tests.readers_fixture import readers_held_open
from tests.warehouse_rows import assert_rows_accounted_for, last_batch, query, raw_counts

pytestmark = pytest.mark.slow

AS_OF = date(2024, 12, 31)
CLOSED_MONTH = "2024-06"
MARTS = {
    "dim_court", "dim_department", "dim_person", "fct_trial_cases", "fct_enforcement_cases", "fct_hearings",
    "fct_documents", "fct_petitions", "fct_mediations", "fct_conduct_events", "fct_work_items",
}  # fmt: skip


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
    batch = last_batch(warehouse)
    assert_rows_accounted_for(warehouse, batch)
    raw = raw_counts(warehouse)
    assert all(n > 0 for n in raw.values()), raw
    assert sum(raw.values()) == sum(generated["rows"].values())  # clean data: nothing quarantined

    marts = {r[0]: r[1] for r in query(
        warehouse,
        "select table_name, estimated_size from duckdb_tables() where schema_name = 'marts'",
    )}  # fmt: skip
    assert set(marts) >= MARTS
    cases = query(
        warehouse,
        "select count(distinct case_id) from raw.trial__cases where not deleted",
    )[0][0]
    assert query(warehouse, "select count(*) from marts.fct_trial_cases")[0][0] == cases
    courts = [r[0] for r in query(warehouse, "select court_code from marts.dim_court order by 1")]
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
    night = {"raw_before": raw_counts(home / "warehouse.duckdb"), "published_before": publication_info(published)}
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
    assert raw_counts(warehouse) == rerun_night["raw_before"]
    batch = last_batch(warehouse)
    reads = query(
        warehouse, "select sum(read), sum(loaded), sum(already_loaded) from raw._load_log where batch_id = ?", [batch]
    )
    assert reads[0][1] == 0 and reads[0][0] == reads[0][2] > 0  # only rows at the watermark, read again


def test_a_night_with_nothing_new_builds_nothing_and_the_published_night_stands(nightly, rerun_night):
    """Nothing landed and the project is unchanged since the published night: dbt does not run, nothing after it
    (checks, scores, notifications, publication) runs, the summary says which night stands, and readers keep the
    copy they had. (The incremental night below lands rows, so it builds again.)"""
    home, _ = nightly
    warehouse = home / "warehouse.duckdb"
    first, rerun = last_batch(warehouse, first=True), last_batch(warehouse)
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
    run_id = last_batch(home / "warehouse.duckdb", first=True)
    steps = {folder.name.split("-")[0]: folder for folder in (home / "dbt_runs").glob(f"*-{run_id[:8]}-*")}
    assert set(steps) == {"courtperf_dbt_models", "courtperf_dbt_scores"}
    for folder in steps.values():
        printed = (folder / CONSOLE).read_text(encoding="utf-8")
        assert "Unable to do partial parsing" not in printed, folder.name
    log = (steps["courtperf_dbt_scores"] / "dbt.log").read_text(encoding="utf-8")
    assert "Partial parsing enabled" in log
    assert (home / "dbt_runs" / "partial_parse.msgpack").is_file()
    assert not list((DBT_PROJECT_DIR / "target").glob(f"*{run_id[:7]}*"))


def test_the_night_builds_scores_after_the_gate_and_leaves_the_unit_tests_to_the_suite(nightly):
    """The models step builds no score or supervision model (they wait for the quality gate), the score step builds
    them; neither runs dbt's unit tests (tests/test_dbt_unit_tests.py runs them)."""
    home, _ = nightly
    run_id = last_batch(home / "warehouse.duckdb", first=True)
    manifest = json.loads((DBT_PROJECT_DIR / "target" / "manifest.json").read_text(encoding="utf-8"))
    after_gate = {uid for uid, node in manifest["nodes"].items() if "after_gate" in node["tags"]}
    ran = {}
    for folder in (home / "dbt_runs").glob(f"*-{run_id[:8]}-*"):
        results = json.loads((folder / "run_results.json").read_text(encoding="utf-8"))["results"]
        ran[folder.name.split("-")[0]] = {r["unique_id"] for r in results}
    models, scores = ran["courtperf_dbt_models"], ran["courtperf_dbt_scores"]
    assert not models & after_gate and {u for u in scores if u.startswith("model.")} <= after_gate
    assert "model.courtperf.score_totals" in scores and "model.courtperf.fct_trial_cases" in models
    assert not [u for u in models | scores if u.startswith("unit_test.")]


def _close_the_month(home: Path):
    with courtperf_home(home):
        return close_period(
            parse_period(CLOSED_MONTH), warehouse=home / "warehouse.duckdb", archive=Settings.from_env().archive
        )


@pytest.fixture(scope="module")
def incremental_night(nightly, rerun_night, tmp_path_factory):
    """The next night's changes (new, re-delivered and deleted rows), run after the rerun above while two readers
    hold the published copy open in other processes."""
    home, sources = nightly
    warehouse, published = home / "warehouse.duckdb", home / "published.duckdb"
    night = {"raw_before": raw_counts(warehouse), "published_before": publication_info(published)}
    night["closed"] = _close_the_month(home)  # a month of the first night, closed into the archive
    generate_next_night(sources, seed=8)
    # and, besides the next day's changes, a late correction to a case closed in that month
    night["corrected"] = correct_a_closed_case(sources, CLOSED_MONTH, corrected_at="2025-01-01 09:00:00")
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
    after = raw_counts(warehouse)
    assert after["trial__cases"] > before["trial__cases"]
    assert_rows_accounted_for(warehouse, last_batch(warehouse))
    # A re-delivered case is one row in the mart, with its latest values; a deleted case is gone.
    deleted = query(
        warehouse,
        """
        select case_id from raw.trial__cases
        qualify row_number() over (partition by case_id order by updated_at desc, _loaded_at desc) = 1
            and deleted
        """,
    )
    assert deleted, "the incremental night should delete some cases"
    in_mart = query(
        warehouse,
        "select count(*) from marts.fct_trial_cases where case_id in (select unnest(?))",
        [[d[0] for d in deleted]],
    )
    assert in_mart == [(0,)]
    versions = query(warehouse, "select count(*) - count(distinct case_id) from raw.trial__cases")[0][0]
    assert versions > 0, "some cases should have been re-delivered with a later updated_at"
    live = query(
        warehouse,
        """
        select count(*) from (
            select case_id, deleted from raw.trial__cases
            qualify row_number() over (partition by case_id order by updated_at desc, _loaded_at desc) = 1
        ) where not deleted
        """,
    )[0][0]
    assert query(warehouse, "select count(*) from marts.fct_trial_cases")[0][0] == live


def test_an_incremental_night_computes_the_periods_its_changes_touch_and_equals_a_full_build(
    nightly, incremental_night, tmp_path
):
    home, _ = nightly
    warehouse = home / "warehouse.duckdb"
    assert incremental_night["exit_code"] == 0
    calendar = set(query(warehouse, "select period_type, period from intermediate.int_indicator_periods"))
    rebuilt = set(query(warehouse, "select period_type, period from intermediate.int_indicator_build_periods"))
    # the new day's month and the late correction's month (and the quarter, year and years-to-date holding them)
    assert {("month", "2025-01"), ("month", CLOSED_MONTH), ("quarter", "2024-Q2"), ("ytd", "2024-12")} <= rebuilt
    months = {period for period in calendar if period[0] == "month"}
    assert len(rebuilt & months) < len(months) / 2, "months nothing touched were computed again"
    measured = set(query(warehouse, "select distinct period_type, period from intermediate.int_indicator_measures"))
    assert measured == rebuilt
    # the score models: the periods whose values changed, not every period
    scored = set(query(warehouse, "select period_type, period from intermediate.int_score_build_periods"))
    assert {("month", "2025-01"), ("month", CLOSED_MONTH)} <= scored and len(scored & months) < len(months) / 2
    # row for row what a full build computes from the same facts
    assert differences(warehouse, build_in_full(warehouse, tmp_path)) == {}


def test_the_scores_are_computed_in_full_when_the_engine_built_twice_since_they_last_read_it(
    nightly, incremental_night, tmp_path
):
    """A night whose scores the publication gate held back leaves the engine a build ahead of them: the periods
    the engine rebuilds the next night no longer cover what changed since the scores' last build, so every period
    is scored."""
    home, _ = nightly
    assert incremental_night["exit_code"] == 0
    copy = tmp_path / "warehouse.duckdb"
    shutil.copyfile(home / "warehouse.duckdb", copy)
    with dbt_on(copy, tmp_path) as dbt:
        assert score_build_mode(dbt) == "values_unchanged"  # the scores read the engine's last build
        record_an_engine_build(dbt)  # tonight's engine build: its changes are the scores' to rebuild
        assert score_build_mode(dbt) == "values_changed"
        record_an_engine_build(dbt)  # and another, whose scores were held back
        assert score_build_mode(dbt) == "everything"


def test_a_missing_incremental_table_makes_the_models_it_belongs_with_build_every_period(
    nightly, incremental_night, tmp_path
):
    """A values table dropped by hand makes the engine build every period, and leaves the scores as they were; a
    score table dropped makes the scores build every period."""
    home, _ = nightly
    assert incremental_night["exit_code"] == 0
    copy = tmp_path / "warehouse.duckdb"
    shutil.copyfile(home / "warehouse.duckdb", copy)
    engine_builds_everything = "{{ indicator_engine_builds_everything() }}"
    with dbt_on(copy, tmp_path) as dbt:
        assert compiled(dbt, engine_builds_everything) == "False"
        with duckdb.connect(str(copy)) as con:
            con.execute("drop table intermediate.int_indicator_values__petition")
        assert compiled(dbt, engine_builds_everything) == "True"
        assert score_build_mode(dbt) == "values_unchanged"
        with duckdb.connect(str(copy)) as con:
            con.execute("drop table marts.score_totals")
        assert score_build_mode(dbt) == "everything"


def test_a_late_change_to_a_closed_period_is_a_restatement_candidate_not_a_silent_change(nightly, incremental_night):
    home, _ = nightly
    closed = incremental_night["closed"]
    assert closed.published and closed.version == 1
    with pytest.raises(ReasonRequired) as restated:
        _close_the_month(home)
    # the archive keeps version 1; closing again needs a reason, and the difference shows what the correction moved
    text = str(restated.value)
    assert f"{CLOSED_MONTH} was published as version 1" in text
    changed = re.search(r"indicator values: (\d+) changed", text)
    assert changed and int(changed.group(1)) > 0 and "mediation" in text, text[:3000]


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
    runs = [r[0] for r in query(warehouse, "select batch_id from raw._load_log group by 1 order by min(started_at)")]
    sql = "select warning_id, level from supervision.notifications_sent where run_id = ?"
    first, rerun, second = (set(query(warehouse, sql, [run])) for run in runs[:3])
    night_1 = query(warehouse, "select min(first_seen) from marts.warnings")[0][0]
    opened_1 = query(warehouse, "select warning_id from marts.warnings where first_seen = ?", [night_1])
    opened_2 = set(query(warehouse, "select warning_id, level from marts.warnings where first_seen > ?", [night_1]))
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
