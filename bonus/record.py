"""Allocate a closed period's bonus from its archived grades and keep the result in the archive.

The people, their roles, grades and totals come from the period's current archived version (`grades_current`),
the known courts and departments from its `score_totals_current`. An allocation is kept with its pools and the
hash of everything it was computed from (the results version's hash, the rules file, the pools): allocating an
unchanged period again writes nothing; a changed input (a restated version, new rules or pools) needs a reason
and appends allocation N+1 beside N. Tables, in the archive file:

    bonus_runs            one row per allocation of a period: inputs, hashes, time, reason, totals
    bonus_pools           the pools file's lines, as read
    bonus_allocations     per person: pool, coefficients, weight, share, amount
    bonus_explanations    per person: the lines that add up to the amount
    <table>_current       the latest allocation of each period
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import duckdb

from archive import store
from archive.periods import ClosedPeriod
from archive.store import ArchiveError
from bonus.allocate import Allocation, Member, allocate
from bonus.pools import read_pools
from bonus.rules import BonusRules

_DDL = """
create table if not exists bonus_runs (
    allocation_id bigint primary key, grain varchar not null, closed_period varchar not null,
    allocation integer not null, results_version integer not null, results_version_hash varchar not null,
    rules_version varchar not null, pools_file varchar, input_hash varchar not null, content_hash varchar not null,
    allocated_at varchar not null, reason varchar, people bigint not null, total_amount bigint not null
);
create table if not exists bonus_pools (
    allocation_id bigint not null, line integer not null, court_code varchar not null, dept_id varchar,
    amount bigint not null
);
create table if not exists bonus_allocations (
    allocation_id bigint not null, person_id varchar not null, court_code varchar, dept_id varchar, role varchar,
    pool_line integer not null, pool_court_code varchar not null, pool_dept_id varchar, scale varchar, grade varchar,
    total decimal(12, 2), role_coefficient decimal(8, 4), grade_coefficient decimal(8, 4), score_factor double,
    weight double, share decimal(18, 2), adjustment varchar, remainder_rank integer, amount bigint not null
);
create table if not exists bonus_explanations (
    allocation_id bigint not null, person_id varchar not null, line_number integer not null, kind varchar not null,
    text varchar not null, amount decimal(18, 2)
);
create or replace view bonus_current as
select * from bonus_runs
qualify row_number() over (partition by grain, closed_period order by allocation desc) = 1;
create or replace view bonus_allocations_current as
select r.grain, r.closed_period, r.allocation, a.* exclude (allocation_id) from bonus_allocations as a
inner join bonus_current as r using (allocation_id);
create or replace view bonus_explanations_current as
select r.grain, r.closed_period, r.allocation, e.* exclude (allocation_id) from bonus_explanations as e
inner join bonus_current as r using (allocation_id);
create or replace view bonus_pools_current as
select r.grain, r.closed_period, r.allocation, p.* exclude (allocation_id) from bonus_pools as p
inner join bonus_current as r using (allocation_id);
"""


class BonusReasonRequired(ArchiveError):
    """The period was allocated before from other inputs: a new allocation needs a reason."""


@dataclass
class BonusOutcome:
    period: ClosedPeriod
    status: str  # allocated | unchanged
    allocation: int
    allocations: list[Allocation]
    unpooled: dict[str, int]  # court -> people of the period in no pool

    @property
    def total(self) -> int:
        return sum(a.amount for a in self.allocations)


def _current_version(con: duckdb.DuckDBPyConnection, period: ClosedPeriod) -> dict:
    row = con.execute(
        "select version, version_hash from archive_current where grain = ? and closed_period = ?",
        [period.grain, period.label],
    ).fetchone()
    if row is None:
        raise ArchiveError(f"{period} is not closed: close it first (courtperf close-period {period})")
    if not store.has_table(con, "grades"):
        raise ArchiveError(f"{period} was closed without grades: close it again after a nightly run that builds them")
    return {"version": row[0], "version_hash": row[1]}


def members_of(con: duckdb.DuckDBPyConnection, period: ClosedPeriod) -> list[Member]:
    rows = con.execute(
        "select entity_id, court_code, dept_id, role, peer_group_id, scale, grade, total from grades_current "
        "where grain = ? and closed_period = ? and level = 'person' and period_type = ? and period = ? "
        "order by entity_id",
        [period.grain, period.label, period.grain, period.label],
    ).fetchall()
    if not rows:
        raise ArchiveError(f"the archived version of {period} has no graded people")
    return [Member(*row) for row in rows]


def departments_of(con: duckdb.DuckDBPyConnection, period: ClosedPeriod) -> dict[str, set[str]]:
    known: dict[str, set[str]] = {}
    for level, entity, court in con.execute(
        "select level, entity_id, court_code from score_totals_current where grain = ? and closed_period = ? "
        "and level in ('court', 'department') and period_type = ? and period = ?",
        [period.grain, period.label, period.grain, period.label],
    ).fetchall():
        known.setdefault(court if level == "department" else entity, set())
        if level == "department":
            known[court].add(entity)
    return known


def _digest(value) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


def allocate_period(
    period: ClosedPeriod, pools_file: Path, *, archive: Path, rules: BonusRules, reason: str | None = None
) -> BonusOutcome:
    """Allocate and record; nothing is written when the pools file or the rules are wrong or nothing changed."""
    reason = (reason or "").strip() or None
    with store.connect(archive) as con:
        con.execute(_DDL)
        version = _current_version(con, period)
        pools = read_pools(pools_file, departments_of(con, period))
        members = members_of(con, period)
        allocations = allocate(members, pools, rules)
        pooled = {a.member.person_id for a in allocations}
        unpooled: dict[str, int] = {}
        for m in members:
            if m.person_id not in pooled:
                unpooled[m.court_code] = unpooled.get(m.court_code, 0) + 1
        pool_rows = [(p.line, p.court_code, p.dept_id, int(p.amount)) for p in pools]
        input_hash = _digest([version["version_hash"], rules.version, pool_rows])
        latest = con.execute(
            "select allocation, input_hash from bonus_current where grain = ? and closed_period = ?",
            [period.grain, period.label],
        ).fetchone()
        if latest and latest[1] == input_hash:
            return BonusOutcome(period, "unchanged", latest[0], allocations, unpooled)
        if latest and not reason:
            raise BonusReasonRequired(
                f"{period} was allocated before (allocation {latest[0]}) from other pools, rules or results. Nothing "
                f"was written. To record allocation {latest[0] + 1}, run it again with --reason TEXT."
            )
        rows = [_allocation_row(a) for a in allocations]
        lines = [(a.member.person_id, n, kind, text, amount) for a in allocations
                 for n, (kind, text, amount) in enumerate(a.lines, start=1)]  # fmt: skip
        number = latest[0] + 1 if latest else 1
        why = reason if latest else (reason or "首次分配")
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        allocation_id = con.execute("select coalesce(max(allocation_id), 0) + 1 from bonus_runs").fetchone()[0]
        con.execute("begin transaction")
        try:
            con.execute(
                "insert into bonus_runs values (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?)",
                [allocation_id, period.grain, period.label, number, version["version"], version["version_hash"],
                 rules.version, Path(pools_file).name, input_hash, now, why, len(rows),
                 sum(a.amount for a in allocations)],
            )  # fmt: skip
            con.executemany("insert into bonus_pools values (?, ?, ?, ?, ?)", [(allocation_id, *p) for p in pool_rows])
            con.executemany(
                f"insert into bonus_allocations values ({', '.join('?' * 19)})", [(allocation_id, *r) for r in rows]
            )
            con.executemany("insert into bonus_explanations values (?, ?, ?, ?, ?, ?)",
                            [(allocation_id, *line) for line in lines])  # fmt: skip
            con.execute(
                "update bonus_runs set content_hash = ? where allocation_id = ?",
                [content_hash(con, allocation_id), allocation_id],
            )
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise
    return BonusOutcome(period, "allocated", number, allocations, unpooled)


def content_hash(con: duckdb.DuckDBPyConnection, allocation_id: int) -> str:
    """SHA-256 of an allocation as stored: its run's fields (but this hash) and its pools, amounts and lines."""
    parts = []
    for table, order in (("bonus_runs", "1"), ("bonus_pools", "line"), ("bonus_allocations", "person_id"),
                         ("bonus_explanations", "person_id, line_number")):  # fmt: skip
        exclude = " exclude (content_hash)" if table == "bonus_runs" else ""
        parts.append(
            con.execute(
                f"select *{exclude} from {table} where allocation_id = ? order by {order}", [allocation_id]
            ).fetchall()
        )
    return _digest(parts)


def verify(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Every allocation whose stored rows no longer match the hash written with them (`archive verify`)."""
    if not store.has_table(con, "bonus_runs"):
        return []
    runs = con.execute(
        "select allocation_id, grain, closed_period, allocation, content_hash from bonus_runs"
    ).fetchall()
    return [
        f"bonus allocation {number} of {period} ({grain}): its pools, amounts or lines were changed after writing"
        for allocation_id, grain, period, number, digest in runs
        if content_hash(con, allocation_id) != digest
    ]


def _allocation_row(a: Allocation) -> tuple:
    m = a.member
    share = (Decimal(a.share.numerator) / Decimal(a.share.denominator)).quantize(Decimal("0.01"))
    return (
        m.person_id, m.court_code, m.dept_id, m.role, a.pool.line, a.pool.court_code, a.pool.dept_id, m.scale,
        m.grade, m.total, a.role_coefficient, a.grade_coefficient, float(a.score_factor), float(a.weight), share,
        a.adjustment, a.remainder_rank, a.amount,
    )  # fmt: skip
