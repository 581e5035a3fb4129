"""marts.warnings on hand-made nights: one time-limit and one pending-age warning per case, escalating in place,
and the first night on a warehouse that still holds the old one-warning-per-level rules (time_limit_80, …).

Only the mart is built (`dbt build --select warnings`, its data tests included): each night the test writes
the mart's two inputs, `int_supervision_as_of` and `int_warnings_tonight`, as the intermediate models would.
"""

# ruff: noqa: E501 - expected rows read best one record per line

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from supervision.notifications import SENT_TABLE, send_new_warnings
from tests.dbt_session import DbtSession
from tests.supervision_fixture import supervision_project

OLD_COLUMNS = """warning_id varchar, rule varchar, level varchar, subject_type varchar, subject_id varchar,
    court_code varchar, dept_id varchar, person_id varchar, title varchar, facts varchar, first_seen date,
    last_seen date, closed_on date, is_open boolean"""


def warning_id(rule: str, subject_type: str, subject_id: str) -> str:
    """The id int_warnings_tonight gives (macros/supervision.sql: md5 of rule|subject type|subject id|detail)."""
    return hashlib.md5(f"{rule}|{subject_type}|{subject_id}|".encode()).hexdigest()  # noqa: S324 (dbt's hash)


class Nights:
    def __init__(self, warehouse: Path, dbt: DbtSession):
        self.warehouse = warehouse
        self._dbt = dbt

    def night(self, as_of: str, raised: list[tuple]) -> dict[str, dict]:
        """Build the mart for a night that raises `raised` [(rule, level, subject_type, subject_id)]; its rows by id."""
        with duckdb.connect(str(self.warehouse)) as con:
            con.execute("create schema if not exists intermediate")
            con.execute(
                "create or replace table intermediate.int_supervision_as_of as select cast(? as date) as as_of_date",
                [as_of],
            )
            con.execute(
                "create or replace table intermediate.int_warnings_tonight (warning_id varchar, rule varchar, level varchar, "
                "subject_type varchar, subject_id varchar, detail_key varchar, court_code varchar, dept_id varchar, "
                "person_id varchar, title varchar, facts varchar, as_of_date date)"
            )
            con.executemany(
                "insert into intermediate.int_warnings_tonight values (?, ?, ?, ?, ?, null, 'K1', 'D1', 'J1', ?, ?, ?)",
                [(warning_id(rule, kind, subject), rule, level, kind, subject, f"{rule} {level} {subject} {as_of}",
                  f'{{"as_of_date": "{as_of}"}}', as_of) for rule, level, kind, subject in raised],
            )  # fmt: skip
        self._dbt.run_ok(["build", "--select", "warnings"])
        return self.rows()

    def rows(self) -> dict[str, dict]:
        with duckdb.connect(str(self.warehouse), read_only=True) as con:
            cursor = con.execute("select * from marts.warnings")
            names = [c[0] for c in cursor.description]
            rows = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
        return {
            r["warning_id"]: r | {k: str(v) for k, v in r.items() if k.endswith(("_seen", "_on", "_since")) and v}
            for r in rows
        }


@pytest.fixture
def nights(tmp_path) -> Iterator[Nights]:
    """A test's nights on a private supervision project, their dbt builds in one process (tests/dbt_session.py)."""
    project, _ = supervision_project(tmp_path)
    warehouse = tmp_path / "warehouse.duckdb"
    with DbtSession.on_warehouse(project, warehouse, tmp_path / "dbt.log") as dbt:
        yield Nights(warehouse, dbt)


def _by_case(rows: dict[str, dict]) -> dict[tuple[str, str], list[tuple]]:
    out: dict[tuple[str, str], list[tuple]] = {}
    for r in rows.values():
        out.setdefault((r["rule"], r["subject_id"]), []).append(
            (r["warning_id"], r["level"], r["first_seen"], r["level_since"], r["last_seen"], r["closed_on"])
        )
    return out


def test_a_case_keeps_one_warning_per_theme_as_it_escalates(nights):
    lp, tl, gone = (
        warning_id("long_pending", "case", "C1"),
        warning_id("time_limit", "case", "C2"),
        warning_id("time_limit", "case", "C3"),
    )
    # C1 pending 13 months (green), C2 at 80 % (yellow), C3 at 80 % and closed before night 2
    n1 = nights.night("2025-01-31", [("long_pending", "green", "case", "C1"), ("time_limit", "yellow", "case", "C2"),
                                     ("time_limit", "yellow", "case", "C3")])  # fmt: skip
    assert _by_case(n1) == {
        ("long_pending", "C1"): [(lp, "green", "2025-01-31", "2025-01-31", "2025-01-31", None)],
        ("time_limit", "C2"): [(tl, "yellow", "2025-01-31", "2025-01-31", "2025-01-31", None)],
        ("time_limit", "C3"): [(gone, "yellow", "2025-01-31", "2025-01-31", "2025-01-31", None)],
    }
    # six months on: C1 pending 19 months (yellow), C2 past 100 % (red); C3 no longer raised
    night2 = [("long_pending", "yellow", "case", "C1"), ("time_limit", "red", "case", "C2")]
    n2 = nights.night("2025-07-31", night2)
    expected2 = {
        ("long_pending", "C1"): [(lp, "yellow", "2025-01-31", "2025-07-31", "2025-07-31", None)],
        ("time_limit", "C2"): [(tl, "red", "2025-01-31", "2025-07-31", "2025-07-31", None)],
        ("time_limit", "C3"): [(gone, "yellow", "2025-01-31", "2025-01-31", "2025-01-31", "2025-07-31")],
    }
    assert _by_case(n2) == expected2
    assert n2[tl]["title"] == "time_limit red C2 2025-07-31"  # tonight's title and facts
    # rerunning the same night changes nothing
    assert nights.night("2025-07-31", night2) == n2
    # C1 pending 37 months (red) much later; C2 unchanged at red keeps its level_since
    n3 = nights.night("2026-01-31", [("long_pending", "red", "case", "C1"), ("time_limit", "red", "case", "C2")])
    assert _by_case(n3) == {
        ("long_pending", "C1"): [(lp, "red", "2025-01-31", "2026-01-31", "2026-01-31", None)],
        ("time_limit", "C2"): [(tl, "red", "2025-01-31", "2025-07-31", "2026-01-31", None)],
        ("time_limit", "C3"): [(gone, "yellow", "2025-01-31", "2025-01-31", "2025-01-31", "2025-07-31")],
    }


OLD_STATE = [
    # (id, rule, level, subject, first_seen, last_seen, closed_on)
    # C2 crossed 80 % on 03-01 and 100 % on 03-20: the 80 % warning closed, the 100 % one opened the same night
    ("A", "time_limit_80", "yellow", "C2", "2025-03-01", "2025-03-19", "2025-03-20"),
    ("B", "time_limit_100", "red", "C2", "2025-03-20", "2025-03-31", None),
    # C4 was over its limit in January, extended (closed 02-01), then at 80 % again from 03-05: a new run
    ("F", "time_limit_100", "red", "C4", "2025-01-20", "2025-01-31", "2025-02-01"),
    ("E", "time_limit_80", "yellow", "C4", "2025-03-05", "2025-03-31", None),
    # C5 pending 12 months from 2024-09-01, 18 months from 2025-03-01; tonight it reaches 36 (red)
    ("D", "long_pending_12m", "green", "C5", "2024-09-01", "2025-02-28", "2025-03-01"),
    ("G", "long_pending_18m", "yellow", "C5", "2025-03-01", "2025-03-31", None),
    # C6 pending over 36 months, closed before tonight
    ("H", "long_pending_36m", "red", "C6", "2025-02-10", "2025-03-31", None),
]


def test_the_first_night_on_a_warehouse_of_the_old_per_level_rules(nights):
    """Last night's state written by the old code (no level_since, one warning per level): open old warnings are
    carried into the one warning of their case and theme, keeping their id and the first night of their run;
    closed ones stay as history; nothing is notified again except C5's escalation to red."""
    petition = warning_id("petition_overdue", "petition", "P1")
    with duckdb.connect(str(nights.warehouse)) as con:
        con.execute(f"create schema marts; create table marts.warnings ({OLD_COLUMNS})")
        rows = [(i, rule, level, "case", subject, "K1", "D1", "J1", f"old {rule}", "{}", first, last, closed, closed is None)
                for i, rule, level, subject, first, last, closed in OLD_STATE]  # fmt: skip
        rows.append((petition, "petition_overdue", "yellow", "petition", "P1", "K1", "D1", "J1", "old P1", "{}",
                     "2025-03-25", "2025-03-31", None, True))  # fmt: skip
        con.executemany("insert into marts.warnings values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        # what the old code notified: every open warning at its level (A and D at theirs before they closed)
        con.execute(f"create schema supervision; create table {SENT_TABLE} (notification_key varchar primary key, "
                    "warning_id varchar not null, level varchar not null, rule varchar not null, last_seen date, "
                    "run_id varchar, sent_at timestamp default current_timestamp)")  # fmt: skip
        con.executemany(
            f"insert into {SENT_TABLE} (notification_key, warning_id, level, rule) values (? || ':' || ?, ?, ?, ?)",
            [(r[0], r[2], r[0], r[2], r[1]) for r in OLD_STATE]
            + [(petition, "yellow", petition, "yellow", "petition_overdue")],
        )
    night = [("time_limit", "red", "case", "C2"), ("time_limit", "yellow", "case", "C4"),
             ("long_pending", "red", "case", "C5"), ("petition_overdue", "yellow", "petition", "P1")]  # fmt: skip
    after = nights.night("2025-04-01", night)
    assert _by_case(after) == {
        # carried: the old open warning's id; first_seen the start of its run; level_since its own first night
        ("time_limit", "C2"): [("B", "red", "2025-03-01", "2025-03-20", "2025-04-01", None)],
        ("time_limit", "C4"): [("E", "yellow", "2025-03-05", "2025-03-05", "2025-04-01", None)],
        ("long_pending", "C5"): [("G", "red", "2024-09-01", "2025-04-01", "2025-04-01", None)],  # escalated tonight
        ("long_pending", "C6"): [("H", "red", "2025-02-10", "2025-02-10", "2025-03-31", "2025-04-01")],  # resolved
        # history of the old rules, unchanged (level_since: the first night, as the level never changed)
        ("time_limit_80", "C2"): [("A", "yellow", "2025-03-01", "2025-03-01", "2025-03-19", "2025-03-20")],
        ("time_limit_100", "C4"): [("F", "red", "2025-01-20", "2025-01-20", "2025-01-31", "2025-02-01")],
        ("long_pending_12m", "C5"): [("D", "green", "2024-09-01", "2024-09-01", "2025-02-28", "2025-03-01")],
        # another rule: matched on its id as before; level_since unknown from before the column
        ("petition_overdue", "P1"): [(petition, "yellow", "2025-03-25", None, "2025-04-01", None)],
    }
    assert after["B"]["title"] == "time_limit red C2 2025-04-01"
    # the next night (and a rerun of this one) finds every carried warning under its kept id
    assert nights.night("2025-04-01", night) == after
    nxt = _by_case(nights.night("2025-04-02", night))
    assert [v[0][:4] for k, v in sorted(nxt.items()) if k[0] in ("time_limit", "long_pending") and v[0][5] is None] == [
        ("G", "red", "2024-09-01", "2025-04-01"), ("B", "red", "2025-03-01", "2025-03-20"), ("E", "yellow", "2025-03-05", "2025-03-05")]  # fmt: skip

    delivered = []

    class Collect:
        def send(self, batch):
            delivered.extend(batch)

    with duckdb.connect(str(nights.warehouse)) as con:
        sent = send_new_warnings(con, Collect())
    assert sent == delivered
    # only C5's escalation, announced as one (its 18-month warning G was announced at yellow)
    assert [(n.key, n.details["rule"], n.details["escalated_from"]) for n in sent] == [
        ("G:red", "long_pending", "yellow")
    ]
