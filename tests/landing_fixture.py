"""What the landing tests share: hand-made rows of the contract's tables, writers of SQLite and CSV sources, the
`con` (an empty warehouse) and `hr` (a small personnel database) fixtures, and landing with its row accounting
asserted. Loaded as a pytest plugin by tests/conftest.py."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import duckdb
import pytest

from ingestion.contract import load_contract
from ingestion.landing import LandingReport, ensure_raw_schema, land_table
from ingestion.sources import SystemSource

CONTRACT = load_contract()
COURTS = CONTRACT.table("hr", "courts")
DEPARTMENTS = CONTRACT.table("hr", "departments")
STAFF = CONTRACT.table("hr", "staff")
CASES = CONTRACT.table("trial", "cases")
PARTIES = CONTRACT.table("trial", "case_parties")
HEARINGS = CONTRACT.table("trial", "hearings")

TS = "2024-05-01 08:00:00"
PII_KEY = "test-pii-key"


def court(code="内06", **kw):
    row = dict(
        court_code=code,
        court_name="鄂尔多斯市中级人民法院",
        level="intermediate",
        parent_court_code=None,
        jurisdiction_population="2150000",
        updated_at=TS,
    )
    return row | kw


def dept(dept_id="D1", **kw):
    row = dict(
        dept_id=dept_id,
        court_code="内06",
        dept_name="民事审判第一庭",
        dept_type="trial",
        business_line="civil",
        active="1",
        updated_at=TS,
    )
    return row | kw


def staff(person_id="P1", **kw):
    row = dict(
        person_id=person_id,
        name="张三",
        gender="M",
        court_code="内06",
        dept_id="D1",
        role="judge",
        is_quota_judge="true",
        hire_date="2010-07-01",
        leave_date=None,
        updated_at=TS,
    )
    return row | kw


def case(case_id="C1", **kw):
    row = dict(
        case_id=case_id,
        case_number=f"(2024)内06民初{case_id}号",
        court_code="内06",
        dept_id="D1",
        case_type_code="民初",
        procedure="ordinary",
        cause_of_action="民间借贷纠纷",
        filing_date="2024-04-02",
        closing_date=None,
        closing_method=None,
        claim_amount="12000.50",
        handling_judge_id="P1",
        presiding_judge_id=None,
        assistant_id=None,
        clerk_id=None,
        original_case_id=None,
        review_outcome=None,
        involves_enterprise="0",
        updated_at=TS,
        deleted="false",
    )
    return row | kw


def write_sqlite(path: Path, table, rows: list[dict], columns: list[str] | None = None) -> None:
    columns = columns or table.column_names
    con = sqlite3.connect(path)
    con.execute(f'create table "{table.name}" ({", ".join(f"{c!r} text" for c in columns)})')
    con.executemany(
        f'insert into "{table.name}" values ({", ".join("?" for _ in columns)})',
        [[r.get(c) for c in columns] for r in rows],
    )
    con.commit()
    con.close()


def write_csv(folder: Path, table, rows: list[dict], encoding="utf-8", columns=None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    columns = columns or table.column_names
    path = folder / f"{table.name}.csv"
    with path.open("w", encoding=encoding, newline="") as f:
        w = csv.writer(f)
        w.writerow(columns)
        for r in rows:
            w.writerow(["" if r.get(c) is None else r.get(c) for c in columns])
    return path


@pytest.fixture
def con(tmp_path):
    c = duckdb.connect(str(tmp_path / "warehouse.duckdb"))
    ensure_raw_schema(c)
    yield c
    c.close()


@pytest.fixture
def hr(tmp_path):
    """An HR database with two courts, one department, two judges, landed into the warehouse by tests."""
    db = tmp_path / "hr.sqlite"
    write_sqlite(db, COURTS, [court(), court("内0602", level="basic", parent_court_code="内06")])
    write_sqlite(db, DEPARTMENTS, [dept()])
    write_sqlite(db, STAFF, [staff(), staff("P2", name="李四")])
    return SystemSource("hr", url=f"sqlite:///{db}")


def land(con, source, table, batch="b1", **kw) -> LandingReport:
    report = land_table(con, source, table, batch_id=batch, pii_key=PII_KEY, **kw)
    assert report.read == report.loaded + report.quarantined + report.already_loaded
    assert report.quarantined == sum(report.quarantined_by_reason.values())
    return report


def land_hr(con, hr, batch="b1"):
    return [land(con, hr, t, batch) for t in (COURTS, DEPARTMENTS, STAFF)]


def quarantine(con, table) -> list[tuple]:
    return con.execute(
        "select source_row, reason_kind, reason, row_json from raw._quarantine "
        "where system = ? and table_name = ? order by batch_id, source_row",
        [table.system, table.name],
    ).fetchall()


def count(con, table) -> int:
    return con.execute(f'select count(*) from raw."{table.raw_name}"').fetchone()[0]
