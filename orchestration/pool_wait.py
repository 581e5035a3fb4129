"""A CLI run that waits for the `warehouse` pool: it says so, sleeps while it waits, and stops when told.

Why: every step that writes the warehouse is in the `warehouse` pool (one slot). A run whose step finds the
slot taken waits inside Dagster's in-process executor, which in Dagster 1.13 (a) never sleeps while it
waits (`InstanceConcurrencyContext.interval_to_next_pending_claim_check` returns min(0, …), never above
0), so it spins at 100 % CPU, (b) prints nothing, and (c) only records SIGTERM / Ctrl-C, to raise it when
the next step starts, so a waiting run cannot be stopped. `sleep_while_waiting_for_a_slot` replaces that
one method to fix (a) and (c); `PoolWatch`, a thread beside the run, does (b).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable

from orchestration.recovery import HOST_TAG, PID_TAG, WAREHOUSE_POOL, inspect, recover

SAY_EVERY_SECONDS = 30.0
POLL_SECONDS = 1.0
MAX_SLEEP_SECONDS = 1.0  # how late a waiting run notices SIGTERM / Ctrl-C
EXIT_INTERRUPTED = 130
stopped_while_waiting = threading.Event()  # set when a run of this process was stopped while waiting


def sleep_while_waiting_for_a_slot() -> None:
    """A step blocked on a pool sleeps until its next claim check (Dagster backs off from 1 s to 15 s), in
    naps of at most a second; SIGTERM or Ctrl-C caught meanwhile interrupts the run there, as Dagster does
    inside a step: the run is marked failed and its pending claims are freed as the executor unwinds."""
    from dagster._core.errors import DagsterExecutionInterruptedError
    from dagster._core.execution.plan.instance_concurrency_context import InstanceConcurrencyContext
    from dagster._utils.interrupts import pop_captured_interrupt

    def interval_to_next_pending_claim_check(self) -> float:
        if not self._pending_claims:
            return 0.0
        if pop_captured_interrupt():
            stopped_while_waiting.set()
            raise DagsterExecutionInterruptedError("stopped by SIGTERM or Ctrl-C while waiting for a pool slot")
        next_check = min(self._pending_timeouts.values(), default=time.time())
        return min(MAX_SLEEP_SECONDS, max(0.0, next_check - time.time()))

    InstanceConcurrencyContext.interval_to_next_pending_claim_check = interval_to_next_pending_claim_check


class PoolWatch:
    """While this process's run executes (a context manager around execute_in_process): when the run waits
    for the pool, says so at once and every 30 s, naming the holder, and releases a holder whose process
    has died meanwhile."""

    def __init__(self, instance, say: Callable[[str], None], pool: str = WAREHOUSE_POOL):
        self.instance, self.say, self.pool = instance, say, pool
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="courtperf-pool-watch", daemon=True)
        self._run_id: str | None = None

    def __enter__(self) -> PoolWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _watch(self) -> None:
        said_at = None
        while not self._stop.wait(POLL_SECONDS):
            try:
                run_id = self._own_run()
                waiting = run_id is not None and self._waiting(run_id)
            except Exception as exc:  # the storage is busy or gone: try again next second
                self.say(f"(could not check the {self.pool} pool: {type(exc).__name__})")
                continue
            if not waiting:
                said_at = None
                continue
            if said_at is None or time.monotonic() - said_at >= SAY_EVERY_SECONDS:
                said_at = time.monotonic()
                self._say_waiting(run_id)

    def _own_run(self) -> str | None:
        if self._run_id is None:
            from dagster import DagsterRunStatus, RunsFilter

            tags = {PID_TAG: str(os.getpid()), HOST_TAG: socket.gethostname()}
            records = self.instance.get_run_records(
                filters=RunsFilter(tags=tags, statuses=[DagsterRunStatus.STARTED]), limit=1
            )
            self._run_id = records[0].dagster_run.run_id if records else None
        return self._run_id

    def _waiting(self, run_id: str) -> bool:
        info = self.instance.event_log_storage.get_concurrency_info(self.pool)
        if any(slot.run_id == run_id for slot in info.claimed_slots):
            return False
        return any(step.run_id == run_id and step.assigned_timestamp is None for step in info.pending_steps)

    def _say_waiting(self, run_id: str) -> None:
        recover(self.instance, self.say, keep=run_id)  # a holder that died meanwhile is released
        found = inspect(self.instance)
        holders = [r for r in found.runs if r.run_id in found.holders(self.pool) and r.run_id != run_id]
        who = "; ".join(r.describe() for r in holders) or "a run that is finishing"
        self.say(
            f"run {run_id} is waiting for the {self.pool} pool (one writer at a time), held by {who}. "
            f"Ctrl-C or SIGTERM stops this run."
        )
