"""Run-failure alerts: every failed run of the code location (nightly, closes, backfills) becomes one
`Notification` through the same notifier as supervision warnings (file + log, webhook when configured).

The sensor runs by default in the Dagster daemon (`courtperf ui`, or `dagster-daemon run` in production);
its cursor makes each failed run alert once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dagster import (
    DagsterEvent,
    DagsterEventType,
    DagsterRun,
    DefaultSensorStatus,
    RunFailureSensorContext,
    run_failure_sensor,
)
from dagster._utils.error import SerializableErrorInfo

from courtperf.notify import Notification, notifier_from_settings

PARTITION_TAG = "dagster/partition"
MAX_MESSAGE_CHARS = 2000


def _error_text(error: SerializableErrorInfo | None) -> str:
    """The error's message and its causes' ("Exceeded max_retries of 3" is followed by what failed)."""
    parts = []
    while error is not None:
        parts.append(error.message.strip())
        error = error.cause or error.context
    return "\ncaused by: ".join(p for p in parts if p)


def step_failure_messages(events: Sequence[DagsterEvent]) -> list[tuple[str, str]]:
    """(step, message) for each failed step: our `Failure` description, else the error and its causes."""
    messages = []
    for event in events:
        if not event.is_step_failure:
            continue
        data = event.step_failure_data
        user = data.user_failure_data
        text = user.description if user and user.description else _error_text(data.error)
        messages.append((event.step_key or "", text.strip()[:MAX_MESSAGE_CHARS]))
    return messages


@dataclass(frozen=True)
class CheckOutcome:
    severity: str  # 'ERROR' (blocks what depends on it) or 'WARN'
    asset: str
    check: str
    description: str


def checks_not_passed(events: Sequence[DagsterEvent]) -> list[CheckOutcome]:
    """Each asset check of the run that failed (severity ERROR) or warned (WARN), errors first, by asset and name."""
    found = {
        (data.severity.value, data.asset_key.to_user_string(), data.check_name): (data.description or "").strip()
        for event in events
        if event.event_type == DagsterEventType.ASSET_CHECK_EVALUATION
        and not (data := event.asset_check_evaluation_data).passed
    }
    return [CheckOutcome(*key, text.splitlines()[0][:200] if text else "") for key, text in sorted(found.items())]


def failure_notification(run: DagsterRun, run_message: str, step_failures: Sequence[DagsterEvent]) -> Notification:
    steps = step_failure_messages(step_failures)
    partition = run.tags.get(PARTITION_TAG)
    title = f"courtperf: run of {run.job_name}" + (f" for {partition}" if partition else "") + " failed"
    if steps:
        title += f" at {steps[0][0]}" + (f" (+{len(steps) - 1} more steps)" if len(steps) > 1 else "")
    return Notification(
        kind="run_failure",
        key=run.run_id,
        title=title,
        level="error",
        details={
            "run_id": run.run_id,
            "job": run.job_name,
            "partition": partition or "",
            "trigger": run.tags.get("courtperf/trigger") or run.tags.get("dagster/schedule_name", ""),
            "message": run_message,
            "failed_steps": [{"step": step, "error": error} for step, error in steps],
            "where": f"Dagster UI (courtperf ui) -> Runs -> {run.run_id}",
        },
    )


@run_failure_sensor(
    name="notify_run_failure",
    default_status=DefaultSensorStatus.RUNNING,
    description="Send every failed run (which steps, why) through the courtperf notifier.",
)
def notify_run_failure(context: RunFailureSensorContext) -> None:
    notification = failure_notification(
        context.dagster_run, context.failure_event.message or "", context.get_step_failure_events()
    )
    notifier_from_settings().send([notification])
    context.log.info(f"alerted: {notification.title}")
