"""What the dashboard reads from the archive rather than the published copy: bonus allocations (奖金分配), which
`courtperf bonus` records there for closed periods. Read-only, one short connection per query; an archive that is
missing or being written (a close, an allocation) reads as nothing allocated yet."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from access.scope import Scope
from archive import store

LINES = ["line_number", "kind", "text", "amount"]
TABLE = ["person_id", "court_code", "dept_id", "role", "grade", "total", "role_coefficient", "grade_coefficient",
         "score_factor", "amount"]  # fmt: skip


def _read(archive: Path, sql: str, params: list, columns: list[str]) -> pd.DataFrame:
    try:
        with store.connect(archive, read_only=True) as con:
            if not store.has_table(con, "bonus_runs"):
                return pd.DataFrame(columns=columns)
            return con.execute(sql, params).df()
    except (store.ArchiveError, duckdb.Error):
        return pd.DataFrame(columns=columns)


def bonus_lines(archive: Path, scope: Scope, person: str, grain: str, period: str) -> pd.DataFrame:
    """A person's amount, line by line (the lines add up to it); empty unless the viewer may see that amount."""
    if not scope.sees_amount(person):
        return pd.DataFrame(columns=LINES)
    return _read(
        archive,
        "select line_number, kind, text, amount from bonus_explanations_current "
        "where grain = ? and closed_period = ? and person_id = ? order by line_number",
        [grain, period, person],
        LINES,
    )


def bonus_table(archive: Path, scope: Scope, grain: str, period: str) -> pd.DataFrame:
    """The allocation of the people whose amounts the viewer may see (themselves only without the bonus right)."""
    people = list(scope.people) if scope.bonus else [scope.person_id]
    return _read(
        archive,
        f"select {', '.join(TABLE)} from bonus_allocations_current where grain = ? and closed_period = ? "
        "and person_id in (select unnest(?::varchar[])) order by court_code, dept_id, amount desc, person_id",
        [grain, period, people],
        TABLE,
    )
