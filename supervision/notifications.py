"""Notify new and escalated supervision warnings once (the `supervision/notifications` asset runs it after
`marts.warnings`: orchestration/notification_assets.py).

What was sent is kept in the warehouse (`supervision.notifications_sent`, one row per notification key), so a
rerun of the same night sends nothing and the next night sends only what is new. The key is the warning id
and its level: a warning is announced when it opens, and once more, as an escalation (`escalated_from` in its
details: the highest level announced before), if it escalates above every level already announced (a case's
time-limit warning from yellow to red, its pending-age warning from green to yellow to red: the same warning
escalates in place, marts.warnings); never twice at a level, and not when it eases (red → yellow). A warning
carried over from the old one-per-level rules keeps its old id, so what was announced under it stays
announced. The rows are written in the same transaction as the send: if the notifier fails, nothing is
recorded and the next run tries again.
"""

import json

import duckdb

from courtperf.notify import Notification, Notifier, deliver_once

SENT_TABLE = "supervision.notifications_sent"
_SEVERITY = "case {0}level when 'red' then 2 when 'yellow' then 1 else 0 end"
_LEVELS = ("green", "yellow", "red")

_DDL = f"""
create schema if not exists supervision;
create table if not exists {SENT_TABLE} (
    notification_key varchar primary key,
    warning_id varchar not null,
    level varchar not null,
    rule varchar not null,
    last_seen date,
    run_id varchar,
    sent_at timestamp default current_timestamp
);
"""


def unsent_warnings(con: duckdb.DuckDBPyConnection) -> list[Notification]:
    """Open warnings at a level above every level notified for them before, most severe first; those notified
    before at a lower level carry `escalated_from`."""
    con.execute(_DDL)
    cursor = con.execute(
        f"""
        with announced as (
            select warning_id, max({_SEVERITY.format("")}) as severity from {SENT_TABLE} group by warning_id
        )
        select w.warning_id, w.level, w.rule, w.title, w.subject_type, w.subject_id, w.court_code, w.dept_id,
               w.person_id, w.first_seen, w.last_seen, w.facts, a.severity as announced_severity
        from marts.warnings as w
        left join announced as a on a.warning_id = w.warning_id
        where w.is_open and (a.severity is null or a.severity < {_SEVERITY.format("w.")})
        order by {_SEVERITY.format("w.")} desc, w.rule, w.court_code, w.warning_id
        """
    )
    names = [c[0] for c in cursor.description]
    out = []
    for row in cursor.fetchall():
        w = dict(zip(names, row, strict=True))
        details = {k: w[k] for k in ("rule", "subject_type", "subject_id", "court_code", "dept_id", "person_id")}
        details |= {
            "first_seen": str(w["first_seen"]),
            "last_seen": str(w["last_seen"]),
            "facts": json.loads(w["facts"]),
            "escalated_from": None if w["announced_severity"] is None else _LEVELS[w["announced_severity"]],
        }
        out.append(Notification("warning", f"{w['warning_id']}:{w['level']}", w["title"], w["level"], details))
    return out


def send_new_warnings(con: duckdb.DuckDBPyConnection, notifier: Notifier, run_id: str = "") -> list[Notification]:
    """Send the unsent open warnings through `notifier` and record them, in one transaction."""
    con.execute(_DDL)

    def sent_rows(batch: list[Notification]) -> list[dict]:
        return [
            {"notification_key": n.key, "warning_id": n.key.rsplit(":", 1)[0], "level": n.level,
             "rule": n.details["rule"], "last_seen": n.details["last_seen"], "run_id": run_id}
            for n in batch
        ]  # fmt: skip

    return deliver_once(con, notifier, lambda: unsent_warnings(con), SENT_TABLE, sent_rows)
