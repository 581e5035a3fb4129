"""Runs whose process is gone, and the pool slots they hold: found, reported, and released.

Why: `courtperf run` executes the nightly job in its own process (the in-process executor). When that
process dies without cleaning up (kill -9, the OOM killer, a power cut), Dagster keeps the run STARTED and
its claim on the `warehouse` pool's one slot, so every later run waits for it forever. Dagster's run
monitoring (dagster.yaml `run_monitoring`, run by the daemon) fails runs stuck STARTING or CANCELING and
frees the slots of finished runs, but Dagster's default run launcher cannot tell whether a run's process is
alive, and a CLI run has no launcher at all. So every courtperf run records its host, pid and the pid's
start time as tags (`process_tags`), and a run in progress whose process is gone is stale: `recover` marks
it failed and frees its slots; `courtperf doctor` lists it with the fix.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

HOST_TAG = "courtperf/host"
PID_TAG = "courtperf/pid"
PID_STARTED_TAG = "courtperf/pid_started"  # the pid's start time (Linux): a reused pid is not taken for the run's
WAREHOUSE_POOL = "warehouse"


def process_tags() -> dict[str, str]:
    """Tags that let a later command tell whether this process is still alive."""
    pid = os.getpid()
    return {HOST_TAG: socket.gethostname(), PID_TAG: str(pid), PID_STARTED_TAG: _start_time(pid) or ""}


def _start_time(pid: int) -> str | None:
    """The process's start time in clock ticks since boot (/proc/<pid>/stat field 22), None where unknown."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            stat = f.read()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[-1].split()
    return fields[19] if len(fields) > 19 else None


def _alive(pid: int, started: str) -> bool:
    if os.path.isdir("/proc"):
        now = _start_time(pid)
        return now is not None and (not started or now == started)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass(frozen=True)
class RunState:
    run_id: str
    job: str
    status: str
    since: str  # when the run started (or was created), UTC
    host: str
    pid: int | None
    alive: bool | None  # None: cannot tell (another host, or no process recorded yet)

    def describe(self) -> str:
        where = f"pid {self.pid} on {self.host}" if self.pid else f"no process recorded, host {self.host or '?'}"
        state = {True: "alive", False: "gone", None: "cannot be checked from here"}[self.alive]
        return f"run {self.run_id} ({self.job}, {self.status} since {self.since}; {where}: {state})"


@dataclass
class Inspection:
    runs: list[RunState] = field(default_factory=list)  # every run in progress
    slots: dict[str, list[str]] = field(default_factory=dict)  # pool -> run ids holding or awaiting a slot
    finished_holders: set[str] = field(default_factory=set)  # run ids in a pool whose run ended or is unknown

    @property
    def stale(self) -> list[RunState]:
        return [r for r in self.runs if r.alive is False]

    def holders(self, pool: str = WAREHOUSE_POOL) -> list[str]:
        return self.slots.get(pool, [])


def inspect(instance) -> Inspection:
    """Every run in progress with whether its process lives, and who holds each pool's slots."""
    from dagster import DagsterRunStatus, RunsFilter

    found = Inspection()
    statuses = [DagsterRunStatus.STARTING, DagsterRunStatus.STARTED, DagsterRunStatus.CANCELING]
    local_storage = "Sqlite" in type(instance.run_storage).__name__  # a SQLite instance lives on this machine
    for record in instance.get_run_records(filters=RunsFilter(statuses=statuses)):
        run = record.dagster_run
        host, pid, started = _recorded_process(instance, run, local_storage)
        alive = None
        if pid is not None and host == socket.gethostname():
            alive = _alive(pid, started)
        when = record.start_time or record.create_timestamp.timestamp()
        since = datetime.fromtimestamp(when, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
        found.runs.append(RunState(run.run_id, run.job_name, run.status.value, since, host, pid, alive))
    storage = instance.event_log_storage
    if not storage.supports_global_concurrency_limits:
        return found
    for pool in sorted(storage.get_concurrency_keys()):
        info = storage.get_concurrency_info(pool)
        run_ids = sorted({s.run_id for s in info.claimed_slots} | {s.run_id for s in info.pending_steps})
        if not run_ids:
            continue
        found.slots[pool] = run_ids
        in_progress = {r.run_id for r in found.runs}
        found.finished_holders |= {run_id for run_id in run_ids if run_id not in in_progress}
    return found


def _recorded_process(instance, run, local_storage: bool) -> tuple[str, int | None, str]:
    """(host, pid, pid start time) from courtperf's tags, else from the in-process executor's engine event
    ("Executing steps in process (pid: …)", e.g. a run the daemon launched), which names no host: that pid is
    trusted only with a SQLite instance, which is on this machine."""
    from dagster import DagsterEventType

    tags = run.tags
    if PID_TAG in tags:
        return tags.get(HOST_TAG, ""), int(tags[PID_TAG]), tags.get(PID_STARTED_TAG, "")
    if not local_storage:
        return "", None, ""
    for entry in instance.all_logs(run.run_id, of_type=DagsterEventType.ENGINE_EVENT):
        data = entry.dagster_event.engine_event_data if entry.dagster_event else None
        pid = data.metadata.get("pid") if data else None
        if pid is not None:
            return socket.gethostname(), int(pid.value), ""
    return socket.gethostname(), None, ""


def recover(instance, say: Callable[[str], None], keep: str | None = None) -> list[str]:
    """Mark every stale run failed and free the pool slots of stale and finished runs (except run `keep`);
    says what it found and did, and returns the run ids it recovered."""
    found = inspect(instance)
    recovered = []
    for state in found.stale:
        if state.run_id == keep:
            continue
        run = instance.get_run_by_id(state.run_id)
        say(f"found a run whose process is gone: {state.describe()}")
        instance.report_run_failed(
            run,
            message=f"Marked failed by courtperf: its process (pid {state.pid} on {state.host}) is gone, "
            "e.g. killed or crashed; its pool slots were freed.",
        )
        instance.event_log_storage.free_concurrency_slots_for_run(state.run_id)
        say(f"marked run {state.run_id} failed and freed its pool slots")
        recovered.append(state.run_id)
    for run_id in sorted(found.finished_holders - {keep}):
        pools = [pool for pool, ids in found.slots.items() if run_id in ids]
        instance.event_log_storage.free_concurrency_slots_for_run(run_id)
        say(f"freed the {', '.join(pools)} pool slot(s) still held by run {run_id}, which is no longer running")
        recovered.append(run_id)
    return recovered


def free_run(instance, run_id: str, message: str) -> None:
    """Mark `run_id` failed (unless it already ended) and free its slots and pending claims."""
    run = instance.get_run_by_id(run_id)
    if run is not None and not run.is_finished:
        instance.report_run_failed(run, message=message)
    instance.event_log_storage.free_concurrency_slots_for_run(run_id)
