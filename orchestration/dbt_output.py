"""What a dbt step says on the terminal: progress while it runs, one summary when it ends.

dagster-dbt echoes every dbt event to stdout (two lines per model and test, ~700 a night); `build_in` sends that
echo to `console.log` in the invocation's folder, and the step's log gets, instead, a progress line now and then
(nodes done of those selected, elapsed) and a summary counted from dbt's run_results.json.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

from dagster import AssetCheckResult, AssetMaterialization, AssetObservation, Output

PROGRESS_SECONDS = 20.0  # at most one progress line per this many seconds
_NODE_EVENTS = (Output, AssetMaterialization, AssetCheckResult, AssetObservation)
_KINDS = ("model", "seed", "snapshot", "test", "unit_test")  # in the summary's order; operations (hooks) are left out
_OUTCOMES = {"success": "ok", "pass": "ok", "warn": "warned", "fail": "failed", "error": "failed",
             "skipped": "skipped", "runtime error": "failed"}  # dbt's statuses, in the summary's words  # fmt: skip


class Progress:
    """Counts a dbt step's node events and logs `done of total` at most every PROGRESS_SECONDS."""

    def __init__(self, log, step: str, total: int, every: float = PROGRESS_SECONDS) -> None:
        self.log, self.step, self.total, self.every = log, step, total, every
        self.done = 0
        self.started = self.last = time.monotonic()

    def seen(self, event: object) -> None:
        if isinstance(event, _NODE_EVENTS):
            self.done = min(self.done + 1, self.total)
        now = time.monotonic()
        if now - self.last >= self.every:
            self.last = now
            self.log.info(f"{self.step}: {self.done} of {self.total} models, seeds, snapshots and tests done, "
                          f"{now - self.started:.0f} s")  # fmt: skip


def summary(step: str, run_results: Path, console: Path) -> str:
    """One line: what dbt ran, by kind and outcome, how long it took, and where its per-node output is."""
    if not run_results.exists():
        return f"{step}: dbt wrote no results; its output is in {console}"
    results = json.loads(run_results.read_text(encoding="utf-8"))
    kinds = Counter(r["unique_id"].split(".")[0] for r in results["results"])
    outcomes = Counter(_OUTCOMES.get(r["status"], r["status"]) for r in results["results"]
                       if r["unique_id"].split(".")[0] in _KINDS)  # fmt: skip
    ran = ", ".join(f"{kinds[kind]} {kind.replace('_', ' ')}s" for kind in _KINDS if kinds[kind])
    ended = ", ".join(f"{outcomes[word]} {word}" for word in dict.fromkeys(_OUTCOMES.values()) if outcomes[word])
    seconds = results["elapsed_time"]
    return f"{step}: {ran or 'nothing'} in {seconds:.0f} s ({ended or 'nothing ran'}); output: {console}"
