"""The pluggable notifier that supervision warnings and run-failure alerts go through.

A `Notification` is one message with a stable `key`; a notifier delivers a batch of them. The default
appends JSON lines to a file (COURTPERF_NOTIFY_FILE) and logs each batch in one line of counts; setting
COURTPERF_NOTIFY_WEBHOOK adds a webhook that receives the batch as one JSON POST. Deduplication (never
the same warning twice) is the caller's job: the notifier delivers what it is given.
"""

from __future__ import annotations

import json
import logging
import urllib.request
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from courtperf.settings import Settings

_log = logging.getLogger("courtperf.notify")


@dataclass(frozen=True)
class Notification:
    kind: str  # 'warning' | 'run_failure' | ...
    key: str  # stable identity, e.g. the warning id or the run id
    title: str
    level: str = "info"  # 'green' | 'yellow' | 'red' for warnings; 'error' for failures
    details: dict[str, object] = field(default_factory=dict)
    sent_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))

    def as_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, default=str, sort_keys=True)


class Notifier(Protocol):
    def send(self, notifications: Sequence[Notification]) -> None: ...


class FileNotifier:
    """Append one JSON line per notification to `path`, and log the batch in one line: its counts by kind and
    level (a night can raise thousands of warnings; the file, not the log, lists them)."""

    def __init__(self, path: Path, log: logging.Logger | None = None) -> None:
        self.path = path
        self.log = log or _log

    def send(self, notifications: Sequence[Notification]) -> None:
        if not notifications:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as out:
            for notification in notifications:
                out.write(notification.as_json() + "\n")
        self.log.info("%s, written to %s", batch_summary(notifications), self.path)


def batch_summary(notifications: Sequence[Notification]) -> str:
    """One line for a batch: its only message's title, or its counts by kind and level, most first."""
    if len(notifications) == 1:
        (only,) = notifications
        return f"1 notification [{only.kind} {only.level}] {only.title}"
    counts = Counter((n.kind, n.level) for n in notifications)
    parts = ", ".join(f"{kind} {level} {count:,}" for (kind, level), count in counts.most_common())
    return f"{len(notifications):,} notifications ({parts})"


class WebhookNotifier:
    """POST the batch as a JSON array to `url` (a chat bot, an incident system, a court's OA gateway)."""

    def __init__(self, url: str, timeout_seconds: float = 10.0) -> None:
        self.url = url
        self.timeout_seconds = timeout_seconds

    def send(self, notifications: Sequence[Notification]) -> None:
        if not notifications:
            return
        body = "[" + ",".join(n.as_json() for n in notifications) + "]"
        request = urllib.request.Request(
            self.url, data=body.encode("utf-8"), headers={"Content-Type": "application/json; charset=utf-8"}
        )
        with urllib.request.urlopen(request, timeout=self.timeout_seconds) as response:  # noqa: S310 (configured URL)
            if response.status >= 300:
                raise RuntimeError(f"webhook {self.url} answered HTTP {response.status}")


class CompositeNotifier:
    def __init__(self, notifiers: Sequence[Notifier]) -> None:
        self.notifiers = list(notifiers)

    def send(self, notifications: Sequence[Notification]) -> None:
        for notifier in self.notifiers:
            notifier.send(notifications)


def notifier_from_settings(settings: Settings | None = None, log: logging.Logger | None = None) -> Notifier:
    """The configured notifier: always the file (and log); the webhook too when COURTPERF_NOTIFY_WEBHOOK is set."""
    settings = settings or Settings.from_env()
    notifiers: list[Notifier] = [FileNotifier(settings.notify_file, log)]
    if settings.notify_webhook:
        notifiers.append(WebhookNotifier(settings.notify_webhook))
    return CompositeNotifier(notifiers)


def deliver_once(
    con,
    notifier: Notifier,
    collect: Callable[[], list[Notification]],
    sent_table: str,
    sent_rows: Callable[[list[Notification]], list[dict]],
) -> list[Notification]:
    """Send what `collect` finds and record it in `sent_table` (the rows `sent_rows` gives, by column name), in
    one warehouse transaction: if the notifier fails, nothing is recorded and the next run tries again; a rerun
    after success sends nothing."""
    con.begin()
    try:
        batch = collect()
        if not batch:
            con.rollback()
            return []
        # one statement from a frame: a row-by-row executemany took 26 s for the 32,000 defects of a bad night
        import pandas as pd  # here, not at the top: the Definitions import this module, and pandas costs 0.4 s

        sent = pd.DataFrame(sent_rows(batch))
        con.register("notifications_sent", sent)
        try:
            con.execute(f"insert into {sent_table} by name select * from notifications_sent")
        finally:
            con.unregister("notifications_sent")
        notifier.send(batch)
    except BaseException:
        con.rollback()
        raise
    con.commit()
    return batch
