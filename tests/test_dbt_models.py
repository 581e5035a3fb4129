"""The dbt project built on a small hand-made raw warehouse, checked against values worked out by hand.

The fixture lands raw tables exactly as ingestion does (the contract's DDL), inserts a few courts, people and
cases chosen to exercise the spec's conventions (suspensions, deductions and extensions, a pending case, an
appeal whose outcome is amended, a deleted case, re-delivered rows), runs `dbt build` once, and the tests
read the result.
"""

# ruff: noqa: E501 - the hand-made rows below read best one record per line

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest

from ingestion.contract import LOAD_METADATA_COLUMNS, load_contract
from ingestion.landing import ensure_raw_schema
from tests.indicator_fixture import PII_KEY, masked, seed_parse

ROOT = Path(__file__).resolve().parents[1]
DBT_PROJECT = ROOT / "dbt_project"
DBT = Path(sys.executable).parent / "dbt"
# The layers this file checks (the indicator models built on the marts have their own tests).
LAYERS = ["path:seeds", "path:models/staging", "path:models/intermediate", "path:models/marts", "path:snapshots"]

T0 = datetime(2024, 1, 1, 8, 0, 0)


def ts(value: str) -> datetime:
    return datetime.fromisoformat(value)


def d(value: str) -> date:
    return date.fromisoformat(value)


# --- the hand-made raw data: table -> list of (batch, row) ------------------------------------------------
COURTS = [
    {"court_code": "内06", "court_name": "鄂尔多斯市中级人民法院", "level": "intermediate",
     "parent_court_code": None, "jurisdiction_population": 2_000_000},
    {"court_code": "内0602", "court_name": "东胜区人民法院", "level": "basic",
     "parent_court_code": "内06", "jurisdiction_population": 600_000},
]  # fmt: skip
DEPARTMENTS = [
    {"dept_id": "D1", "court_code": "内0602", "dept_name": "民事审判第一庭", "dept_type": "trial",
     "business_line": "civil", "active": True},
    {"dept_id": "D2", "court_code": "内06", "dept_name": "民事审判第一庭", "dept_type": "trial",
     "business_line": "civil", "active": True},
    {"dept_id": "D3", "court_code": "内0602", "dept_name": "执行局", "dept_type": "enforcement",
     "business_line": "enforcement", "active": True},
    {"dept_id": "D4", "court_code": "内0602", "dept_name": "立案庭", "dept_type": "trial",
     "business_line": "filing", "active": True},
]  # fmt: skip
STAFF = [
    {"person_id": "P1", "name": "刘法官", "gender": "F", "court_code": "内0602", "dept_id": "D1", "role": "judge",
     "is_quota_judge": True, "hire_date": d("2015-07-01"), "leave_date": None},
    {"person_id": "P2", "name": "陈法官", "gender": "M", "court_code": "内06", "dept_id": "D2", "role": "judge",
     "is_quota_judge": True, "hire_date": d("2010-07-01"), "leave_date": None},
    {"person_id": "P3", "name": "周执行", "gender": "M", "court_code": "内0602", "dept_id": "D3",
     "role": "enforcement_officer", "is_quota_judge": False, "hire_date": d("2018-07-01"), "leave_date": None},
    {"person_id": "P4", "name": "吴法官", "gender": "F", "court_code": "内0602", "dept_id": "D1", "role": "judge",
     "is_quota_judge": True, "hire_date": d("2012-07-01"), "leave_date": None},
]  # fmt: skip
POSTINGS = [
    {"posting_id": "PP1", "person_id": "P1", "court_code": "内0602", "dept_id": "D1", "role": "judge",
     "valid_from": d("2020-01-01"), "valid_to": None},
    {"posting_id": "PP2", "person_id": "P2", "court_code": "内06", "dept_id": "D2", "role": "judge",
     "valid_from": d("2019-01-01"), "valid_to": None},
    {"posting_id": "PP3", "person_id": "P3", "court_code": "内0602", "dept_id": "D3", "role": "enforcement_officer",
     "valid_from": d("2021-01-01"), "valid_to": None},
    {"posting_id": "PP4A", "person_id": "P4", "court_code": "内0602", "dept_id": "D4", "role": "judge",
     "valid_from": d("2020-01-01"), "valid_to": d("2024-06-30")},
    {"posting_id": "PP4B", "person_id": "P4", "court_code": "内0602", "dept_id": "D1", "role": "judge",
     "valid_from": d("2024-07-01"), "valid_to": None},
]  # fmt: skip


def case(case_id: str, **kw) -> dict:
    row = {
        "case_id": case_id, "case_number": f"(2024)内0602民初{case_id}号", "court_code": "内0602", "dept_id": "D1",
        "case_type_code": "民初", "procedure": "ordinary", "cause_of_action": "民间借贷纠纷",
        "filing_date": None, "closing_date": None, "closing_method": None, "claim_amount": 10000,
        "handling_judge_id": "P1", "presiding_judge_id": None, "assistant_id": None, "clerk_id": None,
        "original_case_id": None, "review_outcome": None, "involves_enterprise": False, "deleted": False,
    }  # fmt: skip
    row.update(kw)
    return row


CASES = [
    # C1: 民初 ordinary, 2024-01-10 .. 2024-09-20 = 254 days; suspended 30 + deducted 10; extended 60.
    ("b1", case("C1", filing_date=d("2024-01-10"), closing_date=d("2024-09-20"), closing_method="judgment",
                involves_enterprise=True, updated_at=ts("2024-09-21 10:00:00"))),
    # C2: appeal of C1 at the intermediate court, first delivered pending, re-delivered closed and amended.
    ("b1", case("C2", case_number="(2024)内06民终88号", court_code="内06", dept_id="D2", case_type_code="民终",
                procedure="second_instance", filing_date=d("2024-10-15"), handling_judge_id="P2",
                original_case_id="C1", updated_at=ts("2024-10-15 09:00:00"))),
    ("b2", case("C2", case_number="(2024)内06民终88号", court_code="内06", dept_id="D2", case_type_code="民终",
                procedure="second_instance", filing_date=d("2024-10-15"), closing_date=d("2025-02-20"),
                closing_method="judgment", review_outcome="amended", handling_judge_id="P2",
                original_case_id="C1", updated_at=ts("2025-02-21 09:00:00"))),
    # C3: 民初 simple, pending across every period boundary.
    ("b1", case("C3", procedure="simple", filing_date=d("2024-11-01"), updated_at=ts("2024-11-01 09:00:00"))),
    # C4: delivered, then deleted in the source (later version has deleted = true).
    ("b1", case("C4", procedure="small_claims", filing_date=d("2024-02-01"), updated_at=ts("2024-02-01 09:00:00"))),
    ("b2", case("C4", procedure="small_claims", filing_date=d("2024-02-01"), deleted=True,
                updated_at=ts("2024-03-01 09:00:00"))),
    # C5: bankruptcy: no statutory limit.
    ("b1", case("C5", case_type_code="破", procedure="special", filing_date=d("2023-03-01"),
                closing_date=d("2024-12-31"), closing_method="ruling", updated_at=ts("2025-01-02 09:00:00"))),
    # C6: 刑初 speedy: 13 days against a 10-day limit.
    ("b1", case("C6", case_type_code="刑初", procedure="speedy", filing_date=d("2024-05-01"),
                closing_date=d("2024-05-14"), closing_method="judgment", updated_at=ts("2024-05-15 09:00:00"))),
]  # fmt: skip

TIME_LIMIT_EVENTS = [
    ("b1", {"event_id": "TL1", "case_id": "C1", "event_type": "suspension", "start_date": d("2024-03-01"),
            "end_date": d("2024-03-31"), "days": 30, "updated_at": ts("2024-03-31 09:00:00")}),
    ("b1", {"event_id": "TL2", "case_id": "C1", "event_type": "deduction", "start_date": d("2024-04-01"),
            "end_date": d("2024-04-11"), "days": 10, "updated_at": ts("2024-04-11 09:00:00")}),
    # the extension is first recorded as 30 days, then corrected to 60: the later version wins
    ("b1", {"event_id": "TL3", "case_id": "C1", "event_type": "extension", "start_date": d("2024-07-01"),
            "end_date": None, "days": 30, "updated_at": ts("2024-07-01 09:00:00")}),
    ("b2", {"event_id": "TL3", "case_id": "C1", "event_type": "extension", "start_date": d("2024-07-01"),
            "end_date": None, "days": 60, "updated_at": ts("2024-07-02 09:00:00")}),
]  # fmt: skip

PARTIES = [
    ("b1", {"case_id": "C1", "party_seq": 1, "party_role": "plaintiff", "party_type": "natural_person",
            "name": "张三丰", "id_number": "150602198001011234", "phone": "13800000001",
            "lawyer_license_no": "11506200000001", "updated_at": ts("2024-01-10 09:00:00")}),
    ("b1", {"case_id": "C1", "party_seq": 2, "party_role": "defendant", "party_type": "legal_person",
            "name": "鄂尔多斯某某有限公司", "id_number": "91150600MA0000000X", "phone": None,
            "lawyer_license_no": None, "updated_at": ts("2024-01-10 09:00:00")}),
    ("b1", {"case_id": "C2", "party_seq": 1, "party_role": "appellant", "party_type": "natural_person",
            "name": "张三丰", "id_number": "150602198001011234", "phone": "13800000001",
            "lawyer_license_no": "11506200000001", "updated_at": ts("2024-10-15 09:00:00")}),
    # a party of the deleted case C4: dropped with its case
    ("b1", {"case_id": "C4", "party_seq": 1, "party_role": "plaintiff", "party_type": "natural_person",
            "name": "李四光", "id_number": None, "phone": "13900000002",
            "lawyer_license_no": None, "updated_at": ts("2024-02-01 09:00:00")}),
    ("b1", {"case_id": "C3", "party_seq": 1, "party_role": "plaintiff", "party_type": "natural_person",
            "name": "李四光", "id_number": None, "phone": "13900000002",
            "lawyer_license_no": None, "updated_at": ts("2024-11-01 09:00:00")}),
]  # fmt: skip

OTHER_ROWS = {
    ("trial", "panel_members"): [
        ("b1", {"case_id": "C1", "member_seq": 1, "person_id": "P1", "panel_role": "handling",
                "updated_at": ts("2024-01-10 09:00:00")}),
        ("b1", {"case_id": "C1", "member_seq": 2, "person_id": None, "panel_role": "assessor",
                "updated_at": ts("2024-01-10 09:00:00")}),
    ],
    ("trial", "hearings"): [
        ("b1", {"hearing_id": "H1", "case_id": "C1", "scheduled_date": d("2024-03-01"), "held_date": d("2024-03-01"),
                "status": "held", "presiding_id": "P1", "clerk_id": None, "duration_minutes": 90,
                "livestreamed": True, "updated_at": ts("2024-03-01 12:00:00")}),
        ("b1", {"hearing_id": "H4", "case_id": "C4", "scheduled_date": d("2024-02-20"), "held_date": None,
                "status": "scheduled", "presiding_id": "P1", "clerk_id": None, "duration_minutes": None,
                "livestreamed": False, "updated_at": ts("2024-02-01 12:00:00")}),
        # H9: a hearing whose case never reached the warehouse: kept, with null case attributes
        ("b1", {"hearing_id": "H9", "case_id": "C9", "scheduled_date": d("2024-02-20"), "held_date": None,
                "status": "cancelled", "presiding_id": "P1", "clerk_id": None, "duration_minutes": None,
                "livestreamed": False, "updated_at": ts("2024-02-01 12:00:00")}),
    ],
    ("trial", "documents"): [
        ("b1", {"doc_id": "DOC1", "case_id": "C1", "doc_type": "judgment", "author_id": "P1",
                "signed_date": d("2024-09-20"), "published_online": True, "published_date": d("2024-09-25"),
                "errata_count": 0, "updated_at": ts("2024-09-25 09:00:00")}),
    ],
    ("trial", "case_inspections"): [
        ("b1", {"inspection_id": "I1", "case_id": "C1", "inspection_type": "key", "inspection_date": d("2025-03-01"),
                "result": "flawed", "score": 78.5, "defect_count": 2, "responsible_person_id": "P1",
                "updated_at": ts("2025-03-01 09:00:00")}),
    ],
    ("trial", "bankruptcy_details"): [
        ("b1", {"case_id": "C5", "debtor_type": "private_enterprise", "reorganization": False, "creditor_count": 12,
                "total_claims": 1_000_000, "recovered_amount": 250_000, "updated_at": ts("2025-01-02 09:00:00")}),
    ],
    ("enforcement", "enforcement_cases"): [
        # E1: 执 2024-01-02 .. 2024-07-15 = 195 days; limit 180 + 30 = 210.
        ("b1", {"case_id": "E1", "case_number": "(2024)内0602执1号", "court_code": "内0602", "dept_id": "D3",
                "case_type_code": "执", "source_case_number": "(2023)内0602民初9号", "filing_date": d("2024-01-02"),
                "closing_date": d("2024-07-15"), "closing_method": "fully_executed", "applied_amount": 50000,
                "executed_amount": 50000, "extension_days": 30, "handling_officer_id": "P3", "assistant_id": None,
                "clerk_id": None, "deleted": False, "updated_at": ts("2024-07-16 09:00:00")}),
        # E2: 执恢 pending.
        ("b1", {"case_id": "E2", "case_number": "(2024)内0602执恢2号", "court_code": "内0602", "dept_id": "D3",
                "case_type_code": "执恢", "source_case_number": None, "filing_date": d("2024-06-01"),
                "closing_date": None, "closing_method": None, "applied_amount": 8000, "executed_amount": 0,
                "extension_days": 0, "handling_officer_id": "P3", "assistant_id": None, "clerk_id": None,
                "deleted": False, "updated_at": ts("2024-06-01 09:00:00")}),
        # E3: deleted in the source from its first delivery.
        ("b1", {"case_id": "E3", "case_number": "(2024)内0602执3号", "court_code": "内0602", "dept_id": "D3",
                "case_type_code": "执", "source_case_number": None, "filing_date": d("2024-06-01"),
                "closing_date": None, "closing_method": None, "applied_amount": 1, "executed_amount": 0,
                "extension_days": 0, "handling_officer_id": "P3", "assistant_id": None, "clerk_id": None,
                "deleted": True, "updated_at": ts("2024-06-02 09:00:00")}),
    ],
    ("enforcement", "enforcement_actions"): [
        ("b1", {"action_id": "A1", "case_id": "E1", "action_type": "freeze", "action_date": d("2024-02-01"),
                "amount": 50000, "updated_at": ts("2024-02-01 09:00:00")}),
        ("b1", {"action_id": "A3", "case_id": "E3", "action_type": "seizure", "action_date": d("2024-06-02"),
                "amount": None, "updated_at": ts("2024-06-02 09:00:00")}),
    ],
    ("petition", "petitions"): [
        # P4 sat in D4 until 2024-06-30 and in D1 from 2024-07-01.
        ("b1", {"petition_id": "PT1", "court_code": "内0602", "received_date": d("2024-03-15"), "channel": "visit",
                "petitioner_name": "王五六", "petitioner_id_number": "150602199002023456",
                "related_case_number": None, "category": "delay", "is_repeat": False, "is_collective": False,
                "escalated_to": "none", "handler_id": "P4", "due_date": d("2024-04-15"),
                "resolved_date": d("2024-04-10"), "resolution": "resolved", "satisfaction": "satisfied",
                "updated_at": ts("2024-04-10 09:00:00")}),
        ("b1", {"petition_id": "PT2", "court_code": "内0602", "received_date": d("2024-08-01"), "channel": "letter",
                "petitioner_name": "王五六", "petitioner_id_number": None,
                "related_case_number": None, "category": "other", "is_repeat": True, "is_collective": False,
                "escalated_to": "none", "handler_id": "P4", "due_date": d("2024-09-01"),
                "resolved_date": None, "resolution": None, "satisfaction": None,
                "updated_at": ts("2024-08-01 09:00:00")}),
    ],
    ("mediation", "mediations"): [
        ("b1", {"mediation_id": "M1", "court_code": "内0602", "stage": "pre_litigation", "dispute_type": "民间借贷",
                "received_date": d("2024-02-01"), "closed_date": d("2024-02-20"), "mediator_type": "invited_mediator",
                "result": "success", "judicial_confirmation": True, "converted_case_number": None, "amount": 3000,
                "guiding_judge_id": "P1", "updated_at": ts("2024-02-20 09:00:00")}),
    ],
    ("conduct", "conduct_events"): [
        ("b1", {"event_id": "CE1", "person_id": "P4", "event_date": d("2024-03-01"), "event_type": "commendation",
                "severity": "minor", "case_number": None, "verified": True, "source": "audit",
                "updated_at": ts("2024-03-01 09:00:00")}),
    ],
    ("office", "work_items"): [
        ("b1", {"item_id": "W1", "person_id": "P4", "dept_id": "D4", "item_date": d("2024-03-01"),
                "item_type": "information_report", "quantity": 2, "quality_grade": "A", "adopted_level": "city",
                "updated_at": ts("2024-03-01 09:00:00")}),
    ],
    ("office", "evaluations"): [
        ("b1", {"evaluation_id": "EV1", "period": "2024", "person_id": "P1", "evaluator_role": "peer",
                "score": 91.5, "updated_at": ts("2025-01-05 09:00:00")}),
    ],
}  # fmt: skip


def _raw_rows() -> dict[tuple[str, str], list[tuple[str, dict]]]:
    stamp = ts("2024-01-01 08:00:00")
    rows = {
        ("hr", "courts"): [("b1", {**r, "updated_at": stamp}) for r in COURTS],
        ("hr", "departments"): [("b1", {**r, "updated_at": stamp}) for r in DEPARTMENTS],
        ("hr", "staff"): [("b1", {**r, "updated_at": stamp}) for r in STAFF],
        ("hr", "staff_postings"): [("b1", {**r, "updated_at": stamp}) for r in POSTINGS],
        ("trial", "cases"): CASES,
        ("trial", "time_limit_events"): TIME_LIMIT_EVENTS,
        ("trial", "case_parties"): PARTIES,
    }
    rows.update(OTHER_ROWS)
    return rows


def _land(con: duckdb.DuckDBPyConnection) -> None:
    """Create raw exactly as ingestion does and append the rows with load metadata."""
    contract = load_contract()
    ensure_raw_schema(con)  # every contract table and landing's bookkeeping (quarantine, load log, fixes)
    loaded_at = {"b1": ts("2025-03-01 02:00:00"), "b2": ts("2025-03-02 02:00:00")}
    for table in contract.tables:
        batch_rows = _raw_rows().get((table.system, table.name), [])
        names = [*table.column_names, *LOAD_METADATA_COLUMNS]
        placeholders = ", ".join("?" for _ in names)
        quoted = ", ".join(f'"{n}"' for n in names)
        for seq, (batch, row) in enumerate(batch_rows, start=1):
            unknown = set(row) - set(table.column_names)
            assert not unknown, f"{table.qualified_name}: {unknown}"
            values = [masked(table, c, row.get(c)) for c in table.column_names]
            values += [batch, loaded_at[batch], f"test/{table.raw_name}.csv", seq]
            con.execute(f'insert into raw."{table.raw_name}" ({quoted}) values ({placeholders})', values)


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> dict:
    tmp = tmp_path_factory.mktemp("dbt_models")
    path = tmp / "wh.duckdb"
    con = duckdb.connect(str(path))
    _land(con)
    con.close()
    env = {**os.environ, "COURTPERF_WAREHOUSE": str(path)}
    seed_parse(tmp / "target")
    result = subprocess.run(
        [str(DBT), "build", "--project-dir", str(DBT_PROJECT), "--profiles-dir", str(DBT_PROJECT),
         "--target-path", str(tmp / "target"), "--log-path", str(tmp / "logs"), "--select", *LAYERS,
         "--exclude", "resource_type:unit_test"],  # tests/test_dbt_unit_tests.py runs them
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-8000:] + result.stderr[-2000:]
    # the only warning: hearing H9's case C9 is missing (relationships are severity warn)
    assert "WARN=1 " in result.stdout and "relationships_fct_hearings_case_id" in result.stdout, result.stdout[-8000:]
    con = duckdb.connect(str(path), read_only=True)
    yield {"con": con, "stdout": result.stdout}
    con.close()


def _rows(con, sql: str, *params) -> list[dict]:
    cur = con.execute(sql, list(params))
    names = [c[0] for c in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _one(con, sql: str, *params) -> dict:
    rows = _rows(con, sql, *params)
    assert len(rows) == 1, rows
    return rows[0]


def test_trial_case_time_limits(warehouse):
    con = warehouse["con"]
    c1 = _one(con, "select * from marts.fct_trial_cases where case_id = 'C1'")
    assert c1["suspended_days"] == 40  # suspension 30 + deduction 10
    assert c1["extension_days"] == 60  # the corrected version of TL3, not the first 30
    assert c1["elapsed_days"] == 254  # 2024-01-10 .. 2024-09-20
    assert c1["duration_days"] == 214  # 254 - 40
    assert c1["base_limit_days"] == 180
    assert c1["statutory_limit_days"] == 240
    assert c1["is_within_limit"] is True
    assert c1["is_first_instance"] is True and c1["is_second_instance"] is False

    c6 = _one(con, "select * from marts.fct_trial_cases where case_id = 'C6'")
    assert (c6["duration_days"], c6["statutory_limit_days"], c6["is_within_limit"]) == (13, 10, False)

    c3 = _one(con, "select * from marts.fct_trial_cases where case_id = 'C3'")  # pending
    assert c3["is_closed"] is False
    assert c3["duration_days"] is None and c3["is_within_limit"] is None
    assert (c3["base_limit_days"], c3["statutory_limit_days"]) == (90, 90)

    c5 = _one(con, "select * from marts.fct_trial_cases where case_id = 'C5'")  # bankruptcy: no limit
    assert c5["has_statutory_limit"] is False
    assert c5["statutory_limit_days"] is None and c5["is_within_limit"] is None
    assert c5["elapsed_days"] == 671  # 2023-03-01 .. 2024-12-31, through 2024-02-29
    assert c5["bankruptcy_total_claims"] == 1_000_000 and c5["bankruptcy_recovered_amount"] == 250_000


def test_appeal_and_review(warehouse):
    con = warehouse["con"]
    c1 = _one(con, "select * from marts.fct_trial_cases where case_id = 'C1'")
    assert c1["is_reviewed"] is True and c1["is_reviewed_by_second_instance"] is True
    assert c1["reviewing_case_count"] == 1
    assert (c1["second_instance_case_id"], c1["second_instance_outcome"]) == ("C2", "amended")
    assert c1["second_instance_closing_date"] == d("2025-02-20")

    c2 = _one(con, "select * from marts.fct_trial_cases where case_id = 'C2'")
    assert c2["is_second_instance"] is True and c2["is_amended_or_remanded"] is True
    # the reversal counts against the court, department and judge of the reviewed case
    assert (c2["original_court_code"], c2["original_dept_id"], c2["original_handling_judge_id"]) == (
        "内0602",
        "D1",
        "P1",
    )
    assert c2["duration_days"] == 128 and c2["statutory_limit_days"] == 90 and c2["is_within_limit"] is False

    c3 = _one(con, "select * from marts.fct_trial_cases where case_id = 'C3'")
    assert c3["is_reviewed"] is False and c3["second_instance_case_id"] is None


def test_latest_version_wins_and_deleted_cases_are_gone(warehouse):
    con = warehouse["con"]
    ids = {r["case_id"] for r in _rows(con, "select case_id from marts.fct_trial_cases")}
    assert ids == {"C1", "C2", "C3", "C5", "C6"}  # C4 deleted by its later version
    c2 = _one(con, "select * from staging.stg_trial__cases where case_id = 'C2'")
    assert c2["closing_date"] == d("2025-02-20") and c2["source_batch_id"] == "b2"
    assert {r["case_id"] for r in _rows(con, "select case_id from marts.fct_enforcement_cases")} == {
        "E1",
        "E2",
    }
    assert _one(con, "select count(*) as n from staging.stg_trial__time_limit_events")["n"] == 3
    # children of deleted cases go with them; children of a case that never arrived stay (relationship test warns)
    assert {r["hearing_id"] for r in _rows(con, "select hearing_id from marts.fct_hearings")} == {"H1", "H9"}
    assert _one(con, "select count(*) as n from marts.fct_case_parties where case_id = 'C4'")["n"] == 0
    assert {r["action_id"] for r in _rows(con, "select action_id from marts.fct_enforcement_actions")} == {"A1"}
    assert {r["case_id"] for r in _rows(con, "select case_id from staging.stg_trial__deleted_cases")} == {"C4"}


def test_enforcement_limits(warehouse):
    con = warehouse["con"]
    e1 = _one(con, "select * from marts.fct_enforcement_cases where case_id = 'E1'")
    assert (e1["duration_days"], e1["limit_days"], e1["is_within_limit"]) == (195, 210, True)
    assert e1["is_first_enforcement"] is True and e1["action_count"] == 1
    e2 = _one(con, "select * from marts.fct_enforcement_cases where case_id = 'E2'")
    assert (e2["limit_days"], e2["is_within_limit"], e2["is_first_enforcement"]) == (180, None, False)


def test_attribution_of_documents_petitions_and_conduct(warehouse):
    con = warehouse["con"]
    doc = _one(con, "select * from marts.fct_documents where doc_id = 'DOC1'")
    assert (doc["court_code"], doc["dept_id"], doc["handling_judge_id"]) == ("内0602", "D1", "P1")
    assert doc["days_to_publication"] == 5
    petitions = {r["petition_id"]: r for r in _rows(con, "select * from marts.fct_petitions")}
    assert petitions["PT1"]["handler_dept_id"] == "D4"  # received before P4 moved
    assert petitions["PT2"]["handler_dept_id"] == "D1"  # received after
    assert petitions["PT1"]["is_resolved_on_time"] is True and petitions["PT2"]["is_resolved_on_time"] is False
    assert _one(con, "select dept_id from marts.fct_conduct_events where event_id = 'CE1'")["dept_id"] == "D4"
    p4 = _one(con, "select * from marts.dim_person where person_id = 'P4'")
    assert (p4["current_posting_id"], p4["current_posting_dept_id"]) == ("PP4B", "D1")
    postings = _rows(con, "select * from marts.dim_person_postings where person_id = 'P4' order by valid_from")
    assert [p["posting_id"] for p in postings] == ["PP4A", "PP4B"]
    assert postings[1]["valid_to_filled"] == d("9999-12-31") and postings[1]["is_current_version"] is True


def test_party_keys_are_keyed_hashes(warehouse):
    con = warehouse["con"]

    def h(value: str) -> str:
        return hashlib.sha256((PII_KEY + value).encode()).hexdigest()

    parties = {(r["case_id"], r["party_seq"]): r for r in _rows(con, "select * from marts.fct_case_parties")}
    plaintiff = parties[("C1", 1)]
    assert plaintiff["party_key"] == h("150602198001011234") == parties[("C2", 1)]["party_key"]
    assert plaintiff["name_hash"] == h("张三丰") and plaintiff["phone_hash"] == h("13800000001")
    assert plaintiff["lawyer_license_no"] == "11506200000001"
    no_id = parties[("C3", 1)]
    assert no_id["id_number_hash"] is None and no_id["party_key"] == h("李四光")
    assert parties[("C1", 2)]["phone_hash"] is None
    pt2 = _one(con, "select * from marts.fct_petitions where petition_id = 'PT2'")
    assert pt2["petitioner_key"] == h("王五六") and pt2["petitioner_id_number_hash"] is None
    # the staff's own names are not party PII and stay readable
    assert _one(con, "select name from marts.dim_person where person_id = 'P1'")["name"] == "刘法官"


def test_snapshots_hold_current_staff(warehouse):
    con = warehouse["con"]
    staff = _rows(con, "select person_id, dbt_valid_to from snapshots.snap_hr__staff order by person_id")
    assert [s["person_id"] for s in staff] == ["P1", "P2", "P3", "P4"]
    assert all(s["dbt_valid_to"] is None for s in staff)
