"""The production instance (dagster.postgres.yaml) on a real PostgreSQL server, and credentials that never
reach a log: runs, events and schedule state land in PostgreSQL; a source password given as ${VAR} is in
no event, run record, step log, alert or warehouse row.

`scripts/setup.sh test` (so CI) starts the server and creates the roles (scripts/services/postgres.sh).
Where no server is reachable these tests skip, except under CI, where they fail.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import psycopg2
import pytest
from dagster import DagsterInstance, RetryPolicy, build_run_status_sensor_context

from cli.runner import prepare_instance, run_config_for
from courtperf.settings import PROJECT_ROOT, Settings
from orchestration.alerts import notify_run_failure
from orchestration.definitions import defs
from tests.conftest import courtperf_home
from tests.ops_fixture import COURTS, COURTS_KEY, courts_db, land_courts, landed_courts, sources_yaml
from tests.required import missing

PG_ENV = {
    "DAGSTER_PG_HOST": os.environ.get("COURTPERF_TEST_PG_HOST", "localhost"),
    "DAGSTER_PG_PORT": os.environ.get("COURTPERF_TEST_PG_PORT", "5432"),
    "DAGSTER_PG_DB": "courtperf_dagster",
    "DAGSTER_PG_USER": "courtperf",
    "DAGSTER_PG_PASSWORD": "courtperf",
}
ETL_PASSWORD = "Qz7-etl-k9Vw-src"  # courtperf_etl's password (scripts/services/postgres.sh)


def _connect(db: str = "courtperf_dagster", user: str = "courtperf", password: str = "courtperf"):
    return psycopg2.connect(
        host=PG_ENV["DAGSTER_PG_HOST"], port=PG_ENV["DAGSTER_PG_PORT"], dbname=db, user=user, password=password,
        connect_timeout=5,
    )  # fmt: skip


def _require_server() -> None:
    try:
        _connect().close()
    except psycopg2.Error as exc:
        reason = (
            f"no PostgreSQL server for the tests at {PG_ENV['DAGSTER_PG_HOST']}:{PG_ENV['DAGSTER_PG_PORT']} "
            f"({str(exc).strip().splitlines()[0]}); `sh scripts/setup.sh test` as root installs and starts one"
        )
        missing(reason)


@pytest.fixture
def pg_home(tmp_path, monkeypatch):
    """A courtperf home whose Dagster instance is dagster.postgres.yaml, credentials from the environment."""
    _require_server()
    for key, value in PG_ENV.items():
        monkeypatch.setenv(key, value)
    with courtperf_home(tmp_path / "home"):
        monkeypatch.setenv("COURTPERF_DAGSTER_YAML", str(PROJECT_ROOT / "dagster.postgres.yaml"))
        monkeypatch.setenv("COURTPERF_WAREHOUSE", str(tmp_path / "warehouse.duckdb"))
        monkeypatch.setenv("COURTPERF_NOTIFY_FILE", str(tmp_path / "alerts.jsonl"))
        settings = Settings.from_env()
        prepare_instance(settings)
        yield settings


def _query(sql: str, params=()) -> list[tuple]:
    with _connect() as con, con.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()


def _run_nightly_courts(settings: Settings, sources_file: Path):
    """The real `nightly` job (its retry policy, resources, run config), for raw/hr/courts only."""
    with DagsterInstance.get() as instance:
        return defs.resolve_job_def("nightly").execute_in_process(
            instance=instance,
            run_config=run_config_for(sources_file),
            asset_selection=[COURTS_KEY],
            tags={"courtperf/trigger": "test"},
            raise_on_error=False,
        )


def test_runs_events_and_schedule_state_are_stored_in_postgresql(pg_home, tmp_path):
    sources = sources_yaml(tmp_path, f"sqlite:///{courts_db(tmp_path / 'hr.sqlite')}")
    with DagsterInstance.get() as instance:
        assert type(instance.run_storage).__name__ == "PostgresRunStorage"
        assert type(instance.event_log_storage).__name__ == "PostgresEventLogStorage"
        assert type(instance.schedule_storage).__name__ == "PostgresScheduleStorage"
    result = _run_nightly_courts(pg_home, sources)
    assert result.success and landed_courts(pg_home.warehouse) == ["内06", "内0602"]
    assert _query("select status from runs where run_id = %s", (result.run_id,)) == [("SUCCESS",)]
    events = {e for (e,) in _query("select dagster_event_type from event_logs where run_id = %s", (result.run_id,))}
    assert {"STEP_START", "ASSET_MATERIALIZATION", "STEP_SUCCESS"} <= events
    # An operator pauses the nightly for maintenance, then turns it back on: each explicit change is stored in
    # PostgreSQL. (It runs by default, DefaultScheduleStatus.RUNNING: a default kept in the code, not stored, so a
    # `start` before any `stop` stores nothing. The storage outlives this test, so the first step is the `stop`.)
    env = {**os.environ, "DAGSTER_HOME": str(pg_home.dagster_home)}
    for action, expected in (("stop", "STOPPED"), ("start", "RUNNING")):
        command = [
            sys.executable,
            "-m",
            "dagster",
            "schedule",
            action,
            "nightly_0200",
            "-m",
            "orchestration.definitions",
        ]
        done = subprocess.run(command, env=env, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
        with DagsterInstance.get() as instance:
            (state,) = [s for s in instance.all_instigator_state() if s.name == "nightly_0200"]
        assert state.status.value == expected
        stored = _query("select status from instigators where selector_id = %s", (state.selector_id,))
        assert stored == [(expected,)]


def test_a_source_password_from_the_environment_is_in_no_log(pg_home, tmp_path, monkeypatch):
    with _connect("courtperf_source") as con, con.cursor() as cur:
        cur.execute("drop table if exists courts")
        cur.execute(
            "create table courts (court_code text primary key, court_name text, level text, "
            "parent_court_code text, jurisdiction_population bigint, updated_at text)"
        )
        cur.executemany("insert into courts values (%s, %s, %s, %s, %s, %s)", COURTS)
        cur.execute("grant select on courts to courtperf_etl")
    monkeypatch.setenv("HR_DB_PASSWORD", ETL_PASSWORD)
    host, port = PG_ENV["DAGSTER_PG_HOST"], PG_ENV["DAGSTER_PG_PORT"]
    good = sources_yaml(tmp_path, f"postgresql://courtperf_etl:${{HR_DB_PASSWORD}}@{host}:{port}/courtperf_source")
    result = _run_nightly_courts(pg_home, good)
    assert result.success and landed_courts(pg_home.warehouse) == ["内06", "内0602"]
    # the same password towards a port nobody listens on: retried, failed, alerted
    (tmp_path / "bad").mkdir()
    bad = sources_yaml(tmp_path / "bad", "postgresql://courtperf_etl:${HR_DB_PASSWORD}@127.0.0.1:9/courtperf_source")
    with DagsterInstance.get() as instance:
        failed = land_courts(instance, pg_home.warehouse, bad, RetryPolicy(max_retries=1, delay=0.1))
        assert not failed.success
        notify_run_failure(
            build_run_status_sensor_context(
                sensor_name="notify_run_failure",
                dagster_instance=instance,
                dagster_run=failed.dagster_run,
                dagster_event=failed.get_run_failure_event(),
            ).for_run_failure()
        )
    run_ids = (result.run_id, failed.run_id)
    stored = _query("select run_body from runs where run_id in %s", (run_ids,))
    stored += _query("select event from event_logs where run_id in %s", (run_ids,))
    texts = {"run records and event logs in PostgreSQL": "\n".join(row[0] for row in stored)}
    for path in sorted(pg_home.dagster_home.rglob("*")) + [tmp_path / "alerts.jsonl", good, bad]:
        if path.is_file():
            texts[str(path)] = path.read_text(encoding="utf-8", errors="replace")
    with duckdb.connect(str(pg_home.warehouse), read_only=True) as con:
        texts["raw._load_log"] = str(con.execute("select * from raw._load_log").fetchall())
    # the checks look where the URL is: it is there, masked
    assert (
        "courtperf_etl:***@" in texts["raw._load_log"] and "Connection refused" in texts[str(tmp_path / "alerts.jsonl")]
    )
    assert "courtperf_etl" in texts["run records and event logs in PostgreSQL"]
    assert len(texts) > 5, texts.keys()  # step logs were captured too
    leaks = [where for where, text in texts.items() if ETL_PASSWORD in text]
    assert leaks == []
