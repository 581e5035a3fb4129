"""The audit log: every sign-in (failed ones too) and every look at a personal record: who, whose, what, when, where.

The dashboard appends each event as one JSON line to a spool beside the archive (`<home>/audit_spool.jsonl`,
under a file lock), because the archive has one writer and the dashboard must never wait for a close. Moving
the spool into the archive (`courtperf audit`, and every period close) appends the events to the archive's
`audit_log` table, append-only and hash-chained: each row's hash covers its fields and the previous row's hash,
so `courtperf archive verify` finds an edited, inserted or deleted row. Each period close also seals the log's
head (its last row and hash) into the version it writes, whose hash is signed with the archive's key: rewriting
the log and recomputing its hashes is then caught too. Reading (`read_events`) shows the archive's rows and the
spool's, oldest first.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import duckdb

TABLE = "audit_log"
FIELDS = ("occurred_at", "event", "viewer", "subject", "what", "origin", "outcome", "detail")
EVENTS = ("sign_in", "sign_out", "view")
_DDL = """
create table if not exists audit_log (
    seq bigint primary key, occurred_at varchar not null, event varchar not null, viewer varchar, subject varchar,
    what varchar, origin varchar, outcome varchar not null, detail varchar, prev_hash varchar, row_hash varchar not null
)"""


@contextmanager
def _locked(spool: Path) -> Iterator[None]:
    spool.parent.mkdir(parents=True, exist_ok=True)
    with open(spool.with_suffix(".lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def record(spool: Path, event: str, *, viewer: str | None, outcome: str, subject: str | None = None,
           what: str | None = None, origin: str | None = None, detail: str | None = None) -> dict:  # fmt: skip
    """Append one event to the spool (never raises on content: every value is text)."""
    assert event in EVENTS, event
    row = {"occurred_at": datetime.now().isoformat(" ", "milliseconds"), "event": event, "viewer": viewer,
           "subject": subject, "what": what, "origin": origin, "outcome": outcome, "detail": detail}  # fmt: skip
    with _locked(spool), open(spool, "a", encoding="utf-8") as out:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return row


def row_hash(prev_hash: str | None, row: dict) -> str:
    body = json.dumps([prev_hash, *(row.get(f) for f in FIELDS)], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def ensure_table(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(_DDL)


def _spooled(spool: Path) -> list[dict]:
    if not spool.exists():
        return []
    return [json.loads(line) for line in spool.read_text(encoding="utf-8").splitlines() if line.strip()]


def import_spool(con: duckdb.DuckDBPyConnection, spool: Path) -> int:
    """Append the spool's events to `audit_log` (a write connection to the archive), chained; empty the spool.
    Returns the number of events moved."""
    ensure_table(con)
    with _locked(spool):
        rows = _spooled(spool)
        if not rows:
            return 0
        last = con.execute("select seq, row_hash from audit_log order by seq desc limit 1").fetchone()
        seq, prev = (last[0], last[1]) if last else (0, None)
        con.execute("begin transaction")
        try:
            for row in rows:
                seq += 1
                digest = row_hash(prev, row)
                con.execute(
                    f"insert into audit_log (seq, {', '.join(FIELDS)}, prev_hash, row_hash) "
                    f"values (?, {', '.join('?' for _ in FIELDS)}, ?, ?)",
                    [seq, *(row.get(f) for f in FIELDS), prev, digest],
                )
                prev = digest
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise
        spool.unlink()
    return len(rows)


def head(con: duckdb.DuckDBPyConnection) -> tuple[int, str] | None:
    """The log's last row number and that row's hash, for a closing version to seal (None when empty)."""
    ensure_table(con)
    return con.execute("select seq, row_hash from audit_log order by seq desc limit 1").fetchone()


def verify(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Problems of the audit chain and of the heads sealed into versions (none when the archive has no audit log)."""
    if not con.execute("select count(*) from duckdb_tables() where table_name = 'audit_log'").fetchone()[0]:
        return []
    problems = []
    for version_id, seq, sealed in con.execute(
        "select version_id, row_count, content_hash from version_tables where table_name = ? order by 1", [TABLE]
    ).fetchall():
        found = con.execute("select row_hash from audit_log where seq = ?", [seq]).fetchone()
        if found is None or found[0] != sealed:
            problems.append(f"audit_log: rows up to {seq}, sealed by version_id {version_id}, were changed since")
    prev, expected = None, 1
    cur = con.execute(f"select seq, {', '.join(FIELDS)}, prev_hash, row_hash from audit_log order by seq")
    for seq, *values, prev_hash, stored in cur.fetchall():
        row = dict(zip(FIELDS, values, strict=True))
        if seq != expected or prev_hash != prev:
            problems.append(f"audit_log: row {seq} does not follow row {expected - 1} (rows deleted or inserted)")
        elif row_hash(prev, row) != stored:
            problems.append(
                f"audit_log: row {seq} ({row['occurred_at']}, {row['event']} by {row['viewer']}) was changed"
            )
        prev, expected = stored, seq + 1
    return problems


def read_events(con: duckdb.DuckDBPyConnection | None, spool: Path, *, viewer: str | None = None,
                subject: str | None = None, since: str | None = None) -> list[dict]:  # fmt: skip
    """Events of the archive's log (`con`: the archive attached, may be None) and of the spool, oldest first; the
    archive's filtered in SQL (the log grows with every view), the spool's (events not moved yet) in Python."""
    rows: list[dict] = []
    if (
        con is not None
        and con.execute("select count(*) from duckdb_tables() where table_name = 'audit_log'").fetchone()[0]
    ):
        cur = con.execute(
            f"select {', '.join(FIELDS)} from audit_log where (? is null or viewer = ?) and (? is null or subject = ?) "
            "and (? is null or occurred_at >= ?) order by seq",
            [viewer, viewer, subject, subject, since, since],
        )
        rows = [dict(zip(FIELDS, r, strict=True)) for r in cur.fetchall()]
    return rows + [
        r for r in _spooled(spool)
        if (viewer is None or r["viewer"] == viewer) and (subject is None or r["subject"] == subject)
        and (since is None or r["occurred_at"] >= since)
    ]  # fmt: skip
