"""Unattended operation: schedules in China Standard Time, retries of transient source errors, fast
failure on permanent ones, a locked warehouse, the run queue, and the run-failure alert."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import duckdb
import pytest
import yaml
from dagster import (
    Backoff,
    DagsterEventType,
    DagsterInstance,
    DefaultScheduleStatus,
    DefaultSensorStatus,
    EventRecordsFilter,
    build_run_status_sensor_context,
    build_schedule_context,
)
from dagster._utils.schedules import cron_string_iterator  # what the schedule daemon iterates with

from cli.runner import prepare_instance
from courtperf.settings import DAGSTER_YAML, PROJECT_ROOT, Settings
from ingestion.sources import SourceTransientError, is_transient
from orchestration.alerts import notify_run_failure, step_failure_messages
from orchestration.definitions import SOURCE_RETRY_POLICY, defs, nightly_schedule
from orchestration.resources import WarehouseLockedError, WarehouseResource
from tests.conftest import courtperf_home
from tests.ops_fixture import courts_db, land_courts, landed_courts, sources_yaml

SHANGHAI = ZoneInfo("Asia/Shanghai")


def _events(result, event_type: DagsterEventType):
    return [e for e in result.all_events if e.event_type == event_type]


def _chain(error) -> str:
    """Every message of a serialized error and its causes (a retried error is wrapped by Dagster)."""
    return "" if error is None else error.message + _chain(error.cause) + _chain(error.context)


def _failure_text(result) -> str:
    ((_, message),) = step_failure_messages(result.all_events)
    return message


# ---- schedules


def _ticks(schedule, start: datetime, n: int) -> list[datetime]:
    ticks = cron_string_iterator(start.timestamp(), schedule.cron_schedule, schedule.execution_timezone)
    return [next(ticks) for _ in range(n)]


def test_nightly_ticks_at_two_in_shanghai_which_is_six_pm_utc_the_day_before():
    ticks = _ticks(nightly_schedule, datetime(2024, 12, 30, 12, tzinfo=UTC), 3)
    assert [t.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M") for t in ticks] == [
        "2024-12-31 02:00", "2025-01-01 02:00", "2025-01-02 02:00",
    ]  # fmt: skip
    assert ticks[0].astimezone(UTC) == datetime(2024, 12, 30, 18, tzinfo=UTC)
    assert nightly_schedule.default_status == DefaultScheduleStatus.RUNNING
    with DagsterInstance.ephemeral() as instance:
        context = build_schedule_context(instance=instance, scheduled_execution_time=ticks[0])
        (request,) = nightly_schedule.evaluate_tick(context).run_requests
    assert request.job_name in (None, "nightly") and request.partition_key is None


@pytest.mark.parametrize(
    ("name", "after", "expected"),
    [
        # month closes: 03:00 on every 5th; quarter closes: 5 Jan/Apr/Jul/Oct; the year: 5 January
        ("close_month_schedule", datetime(2024, 1, 31, tzinfo=SHANGHAI), ["2024-02-05 03:00", "2024-03-05 03:00"]),
        ("close_quarter_schedule", datetime(2024, 1, 6, tzinfo=SHANGHAI), ["2024-04-05 03:00", "2024-07-05 03:00"]),
        ("close_year_schedule", datetime(2024, 1, 6, tzinfo=SHANGHAI), ["2025-01-05 03:00", "2026-01-05 03:00"]),
    ],
)
def test_close_schedules_tick_on_the_fifth_at_three_in_shanghai(name, after, expected):
    schedule = defs.resolve_schedule_def(name)
    ticks = _ticks(schedule, after, 2)
    assert [t.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M") for t in ticks] == expected
    assert schedule.default_status == DefaultScheduleStatus.RUNNING


def test_a_close_tick_just_after_midnight_shanghai_closes_the_month_that_ended_in_shanghai():
    """At 2024-03-31 16:30 UTC it is already 1 April in Shanghai: March has ended there, not in UTC."""
    schedule = defs.resolve_schedule_def("close_month_schedule")
    when = datetime(2024, 4, 4, 19, 0, tzinfo=UTC)  # = 5 April 03:00 in Shanghai
    with DagsterInstance.ephemeral() as instance:
        data = schedule.evaluate_tick(build_schedule_context(instance=instance, scheduled_execution_time=when))
    assert [(r.partition_key, r.run_key) for r in data.run_requests] == [("2024-03", "close_month_2024-03")]


# ---- retries and permanent failures


def test_source_errors_are_classified_transient_or_permanent():
    import sqlalchemy as sa

    def operational(message: str) -> sa.exc.OperationalError:
        return sa.exc.OperationalError("select 1", {}, Exception(message))

    assert is_transient(operational("database is locked"))
    assert is_transient(operational('connection to server at "db" (10.0.0.5), port 5432 failed: Connection refused'))
    assert is_transient(operational("could not receive data from server: Connection timed out"))
    assert is_transient(TimeoutError())
    assert not is_transient(operational('FATAL:  password authentication failed for user "etl"'))
    assert not is_transient(operational('FATAL:  database "hr" does not exist'))
    assert not is_transient(operational("unable to open database file"))


def test_the_production_retry_policy_backs_off_exponentially():
    assert SOURCE_RETRY_POLICY.max_retries == 3 and SOURCE_RETRY_POLICY.delay == 30
    assert SOURCE_RETRY_POLICY.backoff == Backoff.EXPONENTIAL
    courts = defs.resolve_job_def("nightly").graph.node_named("raw__hr__courts")
    assert courts.definition.retry_policy == SOURCE_RETRY_POLICY


def test_a_locked_sqlite_source_is_retried_and_then_lands(tmp_path):
    db = courts_db(tmp_path / "hr.sqlite")
    sources = sources_yaml(tmp_path, f"sqlite:///{db}?timeout=0.1")  # give up on the lock after 0.1 s
    writer = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    writer.execute("begin exclusive")  # the court's system is writing: nobody can read for 1.5 s
    release = threading.Timer(1.5, lambda: writer.execute("commit"))
    release.start()
    try:
        with DagsterInstance.ephemeral() as instance:
            result = land_courts(instance, tmp_path / "warehouse.duckdb", sources)
    finally:
        release.join()
        writer.close()
    retries = _events(result, DagsterEventType.STEP_UP_FOR_RETRY)
    assert result.success and retries, "the lock must have been met at least once, then retried"
    assert "OperationalError: database is locked (transient; retried)" in _chain(retries[0].event_specific_data.error)
    assert landed_courts(tmp_path / "warehouse.duckdb") == ["内06", "内0602"]


def test_a_refused_connection_is_retried_then_fails_naming_the_source(tmp_path):
    sources = sources_yaml(tmp_path, "postgresql://etl@127.0.0.1:9/hr?connect_timeout=2")  # nothing listens
    with DagsterInstance.ephemeral() as instance:
        result = land_courts(instance, tmp_path / "warehouse.duckdb", sources)
    assert not result.success
    assert len(_events(result, DagsterEventType.STEP_UP_FOR_RETRY)) == 4
    message = _failure_text(result)
    assert SourceTransientError.__name__ in message and "127.0.0.1" in message and "hr.courts" in message


def _database_without_courts(path):
    with sqlite3.connect(path) as con:
        con.execute("create table staff (staff_id text)")
    return path


@pytest.mark.parametrize(
    ("make_source", "expected"),
    [
        (lambda tmp: f"sqlite:///{tmp / 'gone.sqlite'}", "gone.sqlite does not exist"),
        (lambda tmp: f"sqlite:///{_database_without_courts(tmp / 'staff.sqlite')}", "table hr.courts not found"),
    ],
    ids=["missing-database", "missing-table"],
)
def test_permanent_errors_fail_at_once_with_the_system_table_and_fix(tmp_path, make_source, expected):
    sources = sources_yaml(tmp_path, make_source(tmp_path))
    with DagsterInstance.ephemeral() as instance:
        result = land_courts(instance, tmp_path / "warehouse.duckdb", sources)
    assert not result.success and not _events(result, DagsterEventType.STEP_UP_FOR_RETRY)
    message = _failure_text(result)
    assert message.startswith("hr.courts: ") and expected in message and "\nFix: " in message
    assert not (tmp_path / "gone.sqlite").exists(), "a missing SQLite database must not be created empty"
    if expected.startswith("table"):  # recorded as a file-level quarantine before the step fails
        with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
            logged = con.execute("select table_name, quarantined, file_error from raw._load_log").fetchall()
        assert [(t, q, expected in e) for t, q, e in logged] == [("hr.courts", 1, True)]


# ---- the warehouse: one writer, locked → wait or fail clearly, never a partial write


def _hold_lock(path, seconds: float) -> subprocess.Popen:
    code = f"import duckdb, time; c = duckdb.connect({str(path)!r}); print('held', flush=True); time.sleep({seconds})"
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    return holder


def test_a_locked_warehouse_fails_clearly_and_is_left_as_it_was(tmp_path):
    warehouse = tmp_path / "warehouse.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        con.execute("create table marker as select 42 as answer")
    sources = sources_yaml(tmp_path, f"sqlite:///{courts_db(tmp_path / 'hr.sqlite')}")
    holder = _hold_lock(warehouse, 60)
    try:
        locked = pytest.raises(WarehouseLockedError, match=rf"locked by another program \(.*PID {holder.pid}\)")
        with locked, WarehouseResource(path=str(warehouse)).connect():
            pass
        with DagsterInstance.ephemeral() as instance:
            result = land_courts(instance, warehouse, sources)
    finally:
        holder.kill()
        holder.wait()
    assert not result.success and len(_events(result, DagsterEventType.STEP_UP_FOR_RETRY)) == 4
    assert f"PID {holder.pid}" in _failure_text(result) and "nothing was written" in _failure_text(result)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select table_schema || '.' || table_name from information_schema.tables").fetchall() == [
            ("main.marker",)
        ]


def _release_after_first_retry(instance: DagsterInstance, holder: subprocess.Popen) -> threading.Thread:
    """A thread that ends the lock's holder once the run has met the lock and is up for a retry (not after a fixed
    time, which a busy machine can outlast before the run even starts)."""

    def release() -> None:
        retried = EventRecordsFilter(event_type=DagsterEventType.STEP_UP_FOR_RETRY)
        deadline = time.monotonic() + 120
        while not instance.get_event_records(retried, limit=1) and time.monotonic() < deadline:
            time.sleep(0.05)
        holder.kill()

    thread = threading.Thread(target=release, daemon=True)
    thread.start()
    return thread


def test_a_run_that_meets_a_briefly_locked_warehouse_waits_and_lands(tmp_path):
    warehouse = tmp_path / "warehouse.duckdb"
    sources = sources_yaml(tmp_path, f"sqlite:///{courts_db(tmp_path / 'hr.sqlite')}")
    holder = _hold_lock(warehouse, 300)
    try:
        with DagsterInstance.ephemeral() as instance:
            releaser = _release_after_first_retry(instance, holder)
            result = land_courts(instance, warehouse, sources)
            releaser.join()
    finally:
        holder.kill()
        holder.wait()
    assert result.success and _events(result, DagsterEventType.STEP_UP_FOR_RETRY)
    assert landed_courts(warehouse) == ["内06", "内0602"]


def test_the_instance_queues_runs_one_at_a_time_with_one_warehouse_writer(tmp_path):
    with courtperf_home(tmp_path):
        settings = Settings.from_env()
        prepare_instance(settings)
        with DagsterInstance.get() as instance:
            assert type(instance.run_coordinator).__name__ == "QueuedRunCoordinator"
            concurrency = instance.get_concurrency_config()
            assert concurrency.run_queue_config.max_concurrent_runs == 1
            assert concurrency.pool_config.default_pool_limit == 1
    # every step that writes the warehouse is in the `warehouse` pool
    job = defs.resolve_job_def("nightly")
    assert job.graph.node_named("raw__hr__courts").definition.pool == "warehouse"
    # the production variant keeps the same queue and limits
    local = yaml.safe_load(DAGSTER_YAML.read_text(encoding="utf-8"))
    production = yaml.safe_load((PROJECT_ROOT / "dagster.postgres.yaml").read_text(encoding="utf-8"))
    for section in ("run_coordinator", "concurrency", "run_monitoring", "telemetry"):
        assert production[section] == local[section], section


# ---- the run-failure alert


def test_a_failed_run_is_alerted_once_through_the_notifier(tmp_path):
    sources = sources_yaml(tmp_path, f"sqlite:///{tmp_path / 'gone.sqlite'}")
    with courtperf_home(tmp_path):
        os.environ["COURTPERF_NOTIFY_FILE"] = str(tmp_path / "alerts.jsonl")  # restored by courtperf_home
        with DagsterInstance.ephemeral() as instance:
            result = land_courts(instance, tmp_path / "warehouse.duckdb", sources)
            assert not result.success
            context = build_run_status_sensor_context(
                sensor_name="notify_run_failure",
                dagster_instance=instance,
                dagster_run=result.dagster_run,
                dagster_event=result.get_run_failure_event(),
            ).for_run_failure()
            notify_run_failure(context)
    (alert,) = [json.loads(line) for line in (tmp_path / "alerts.jsonl").read_text(encoding="utf-8").splitlines()]
    assert (alert["kind"], alert["key"], alert["level"]) == ("run_failure", result.run_id, "error")
    assert alert["title"] == "courtperf: run of __ephemeral_asset_job__ failed at raw__hr__courts"
    (step,) = alert["details"]["failed_steps"]
    assert step["step"] == "raw__hr__courts" and "gone.sqlite does not exist" in step["error"]
    assert alert["details"]["run_id"] == result.run_id and result.run_id in alert["details"]["where"]
    sensor = defs.resolve_sensor_def("notify_run_failure")
    assert sensor.default_status == DefaultSensorStatus.RUNNING
