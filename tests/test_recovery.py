"""Recovery from a killed run: a run whose process is gone is failed and its `warehouse` slot freed by the next
`courtperf run`, which says so; a run waiting for the pool says so, sleeps, and stops on SIGTERM with its run
marked failed and its claim freed; `courtperf doctor` lists stale runs and held slots with the fix."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from dagster import DagsterEventType, DagsterInstance, DagsterRun, DagsterRunStatus

from cli.doctor import _runs_and_slots
from cli.runner import prepare_instance
from courtperf.settings import PROJECT_ROOT, Settings
from orchestration.pool_wait import EXIT_INTERRUPTED, sleep_while_waiting_for_a_slot
from orchestration.recovery import PID_TAG, WAREHOUSE_POOL, inspect, process_tags, recover
from orchestration.unchanged_night import NOTHING_NEW
from tests.conftest import cli_env, copy_home, courtperf_home
from tests.ops_fixture import courts_db, sources_yaml

POLL = 0.5
PATIENCE = 2400  # seconds: a safety net so a broken test fails instead of hanging (not an assertion on speed)


def _dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(done.stdout)


def _add_run(instance: DagsterInstance, tags: dict[str, str], status=DagsterRunStatus.STARTED) -> str:
    run_id = str(uuid.uuid4())
    instance.add_run(DagsterRun(job_name="nightly", run_id=run_id, status=status, tags=tags))
    return run_id


def _hold_slot(instance: DagsterInstance, run_id: str, step: str = "raw__hr__courts") -> None:
    storage = instance.event_log_storage
    storage.set_concurrency_slots(WAREHOUSE_POOL, 1)
    assert storage.claim_concurrency_slot(WAREHOUSE_POOL, run_id, step).is_claimed


def _holders(instance: DagsterInstance) -> set[str]:
    info = instance.event_log_storage.get_concurrency_info(WAREHOUSE_POOL)
    return {s.run_id for s in info.claimed_slots} | {s.run_id for s in info.pending_steps}


@contextmanager
def _instance(home: Path) -> Iterator[DagsterInstance]:
    """The Dagster instance of the courtperf home `home`, as `courtperf` commands open it."""
    with courtperf_home(home):
        prepare_instance(Settings.from_env())
        with DagsterInstance.get() as instance:
            yield instance


@pytest.fixture
def instance(tmp_path):
    with _instance(tmp_path / "home") as instance:
        yield instance


def test_a_dead_runs_slot_is_freed_and_a_live_runs_is_kept(instance):
    dead = _add_run(instance, {**process_tags(), PID_TAG: str(_dead_pid())})
    live = _add_run(instance, process_tags())
    ended = _add_run(instance, {}, status=DagsterRunStatus.SUCCESS)
    _hold_slot(instance, dead)
    instance.event_log_storage.free_concurrency_slots_for_run(dead)
    _hold_slot(instance, ended)  # the slot of a run that finished without freeing it

    found = inspect(instance)
    assert [s.run_id for s in found.stale] == [dead] and found.finished_holders == {ended}
    lines = [f"{c.status} {c.name}: {c.detail} | {c.fix}" for c in _runs_and_slots(found)]
    (stale,) = [line for line in lines if line.startswith(f"FAIL stale run: run {dead}")]
    assert "holds the warehouse pool" not in stale and "`courtperf run` marks it failed" in stale
    assert any(line.startswith("FAIL held slot: the warehouse pool is held by run " + ended) for line in lines)
    assert any(line.startswith(f"PASS run in progress: run {live}") for line in lines)

    said: list[str] = []
    assert sorted(recover(instance, said.append)) == sorted([dead, ended])
    assert instance.get_run_by_id(dead).status == DagsterRunStatus.FAILURE
    assert instance.get_run_by_id(live).status == DagsterRunStatus.STARTED
    assert _holders(instance) == set()
    assert any(f"marked run {dead} failed" in line for line in said), said
    (failure,) = instance.all_logs(dead, of_type=DagsterEventType.PIPELINE_FAILURE)
    assert "its process" in failure.message and "is gone" in failure.message
    assert recover(instance, said.append) == []  # nothing left to do


def test_a_blocked_step_sleeps_until_its_next_claim_check(instance):
    """Dagster 1.13 returns min(0, …) here, so the executor's sleep is never above 0 and a waiting run spins."""
    from dagster._core.execution.plan.instance_concurrency_context import InstanceConcurrencyContext

    holder = _add_run(instance, process_tags())
    _hold_slot(instance, holder)
    waiting = instance.get_run_by_id(_add_run(instance, process_tags()))
    sleep_while_waiting_for_a_slot()
    with InstanceConcurrencyContext(instance, waiting) as context:
        assert context.claim(WAREHOUSE_POOL, "raw__hr__courts") is False
        assert context.interval_to_next_pending_claim_check() > 0


# ---- the real command in a subprocess


def _courtperf(home: Path, *args: str, **popen) -> subprocess.Popen:
    env = cli_env(home)  # and the session's key for personal information, which built the session's tiny night
    command = [sys.executable, "-m", "cli.main", *args]
    return subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, text=True, **popen)


def _wait_for(condition, what: str):
    deadline = time.monotonic() + PATIENCE
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(POLL)
    pytest.fail(f"gave up waiting for {what}")


def test_a_run_killed_during_dbt_is_failed_and_freed_by_the_next_run(tiny_night, tmp_path):
    """The next day's night is killed once its rows have landed, as dbt starts; the run after it frees the slot and
    builds what the killed night landed (nothing new has landed since, but it was never built)."""
    from ingestion.demo_sources import generate_next_night

    home = copy_home(tiny_night[0], tmp_path / "home")
    sources = home / "sources"
    generate_next_night(sources, seed=8)
    args = ("run", "--sources", str(sources / "sources.yaml"))
    with _instance(home) as instance:
        earlier = {run.run_id for run in instance.get_runs()}  # the session's tiny night
    first = _courtperf(home, *args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        with _instance(home) as instance:

            def dbt_started() -> str | None:
                for record in instance.get_run_records():
                    if record.dagster_run.run_id in earlier:
                        continue
                    starts = instance.all_logs(record.dagster_run.run_id, of_type=DagsterEventType.STEP_START)
                    if any("dbt" in (e.step_key or "") for e in starts):
                        return record.dagster_run.run_id
                assert first.poll() is None, "the first run ended before dbt started"
                return None

            killed = _wait_for(dbt_started, "the first run to start dbt")
            os.killpg(first.pid, signal.SIGKILL)  # the CLI and its dbt process, as a crash would
            first.wait()
            assert instance.get_run_by_id(killed).status == DagsterRunStatus.STARTED
            assert killed in _holders(instance)  # the slot the next run would wait for forever
    finally:
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)

    second = _courtperf(home, *args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out, _ = second.communicate(timeout=PATIENCE)
    assert second.returncode == 0, out[-3000:]
    assert f"found a run whose process is gone: run {killed}" in out
    assert f"marked run {killed} failed and freed its pool slots" in out
    assert NOTHING_NEW not in out  # the killed night's rows, landed but never built, are built now
    with _instance(home) as instance:
        assert instance.get_run_by_id(killed).status == DagsterRunStatus.FAILURE
        assert _holders(instance) == set()


def test_sigterm_stops_a_run_waiting_for_the_pool_and_frees_its_claim(tmp_path):
    home = tmp_path / "home"
    sources = sources_yaml(tmp_path, f"sqlite:///{courts_db(tmp_path / 'hr.sqlite')}")
    with _instance(home) as instance:
        holder = _add_run(instance, process_tags())  # this test's process: alive, so never taken for stale
        _hold_slot(instance, holder)
    waiting = _courtperf(home, "run", "--sources", str(sources), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        lines: list[str] = []

        def said_waiting() -> bool:
            line = waiting.stdout.readline()
            assert line or waiting.poll() is None, "".join(lines)[-3000:]
            lines.append(line)
            return "is waiting for the warehouse pool" in line

        _wait_for(said_waiting, "the run to say it waits for the pool")
        assert f"held by run {holder}" in lines[-1] and "Ctrl-C or SIGTERM stops this run" in lines[-1]
        waiting.send_signal(signal.SIGTERM)
        out, _ = waiting.communicate(timeout=120)
    finally:
        if waiting.poll() is None:
            waiting.kill()
    assert waiting.returncode == EXIT_INTERRUPTED, out
    stopped = [line for line in out.splitlines() if "stopped: run" in line]
    assert stopped and "marked failed and its warehouse pool claim freed" in stopped[0], out
    run_id = stopped[0].split("stopped: run ")[1].split()[0]
    with _instance(home) as instance:
        assert instance.get_run_by_id(run_id).status == DagsterRunStatus.FAILURE
        assert _holders(instance) == {holder}  # its claim is gone; the live holder keeps its slot
