"""A hand-made court for the supervision tests: two nights (as-of 2025-03-31, then 2025-04-01), built in a
private copy of the dbt project (see indicator_fixture) with the real supervision configuration and one peer
group of six civil judges. Every expected warning is worked out in tests/test_supervision.py from these rows.

  court 内0602: D1 civil (judges J1-J6), D3 office (S1)
"""

# ruff: noqa: E501 - the hand-made rows read best one record per line

from __future__ import annotations

import shutil
from datetime import timedelta

import yaml

from tests.indicator_fixture import (
    REAL_CONFIG,
    Build,
    core_entries,
    d,
    dbt_build,
    generate,
    land,
    make_project,
    ts,
    write_config,
)

A = "内0602"
NIGHT1 = ts("2025-03-31 18:00:00")  # max updated_at of night 1: as-of 2025-03-31
NIGHT2 = ts("2025-04-01 18:00:00")
OLD = ts("2025-01-01 08:00:00")
JUDGES = ("J1", "J2", "J3", "J4", "J5", "J6")

PEER_GROUPS = [
    {"id": "civil_judges", "name_zh": "民事法官", "level": "person", "match": {"roles": ["judge"]},
     "dimensions": {"workload": 100},
     "indicators": [{"id": "closed_cases", "weight": 100, "rule": "benchmark", "target": 3, "floor": 0}]},
    {"id": "staff", "name_zh": "其他人员", "level": "person", "match": {}, "dimensions": {"workload": 100},
     "indicators": [{"id": "office_weighted_workload", "weight": 100, "rule": "peer_relative"}]},
    {"id": "departments", "name_zh": "部门", "level": "department", "match": {}, "dimensions": {"efficiency": 100},
     "indicators": [{"id": "within_limit_closure_rate", "weight": 100, "rule": "reference_interval"}]},
    {"id": "courts", "name_zh": "法院", "level": "court", "match": {}, "dimensions": {"efficiency": 100},
     "indicators": [{"id": "within_limit_closure_rate", "weight": 100, "rule": "reference_interval"}]},
]  # fmt: skip

_seq = iter(range(1, 10_000))


def case(cid, judge, ctype, proc, filed, closed=None, stamp=NIGHT1, **extra) -> dict:
    n = next(_seq)
    row = {"case_id": cid, "case_number": f"({d(filed).year}){A}{ctype}{n}号", "court_code": A, "dept_id": "D1",
           "case_type_code": ctype, "procedure": proc, "cause_of_action": "民间借贷纠纷", "filing_date": d(filed),
           "closing_date": d(closed) if closed else None, "closing_method": "judgment" if closed else None,
           "claim_amount": 10000, "handling_judge_id": judge, "presiding_judge_id": None, "assistant_id": None,
           "clerk_id": None, "original_case_id": None, "review_outcome": None, "involves_enterprise": False,
           "deleted": False, "updated_at": stamp}  # fmt: skip
    return row | extra


def closed_cases(judge: str, month: str, count: int) -> list[dict]:
    """`count` small-claims cases closed on the 10th of `month` (filed 5 days earlier): closed_cases per month."""
    closed = d(f"{month}-10")
    return [case(f"{judge}-{month}-{i}", judge, "民初", "small_claims", str(closed - timedelta(days=5)), str(closed), OLD)
            for i in range(count)]  # fmt: skip


# closed_cases per month, the anomaly's indicator (higher is better): J1-J5 close 3 in each of Jan, Feb and Mar;
# J6 closes 3 in Jan, then 1 in Feb and 1 in Mar. The pool of Feb (and of Mar) is 1, 3, 3, 3, 3, 3: its 10th
# percentile is at position 1 + 0.1 x 5 = 1.5, i.e. 1 + 0.5 x (3 - 1) = 2; J6's 1 is below it two months running.
CLOSED = [row for j in JUDGES for m in ("2025-01", "2025-02", "2025-03")
          for row in closed_cases(j, m, 1 if j == "J6" and m != "2025-01" else 3)]  # fmt: skip

PENDING = [
    # 审限: 民初 simple 90 days. Filed 2025-01-10: used 80 days at 2025-03-31, 88.9 % -> time_limit yellow, 10 days left
    case("T80", "J1", "民初", "simple", "2025-01-10"),
    # small claims 60 days, filed 2025-01-20: used 70 -> time_limit red, 10 days over
    case("T100", "J2", "民初", "small_claims", "2025-01-20"),
    # simple, filed 2024-12-01 (120 days), a 45-day suspension from 2025-01-01: used 75, 83.3 % -> time_limit yellow
    case("TSUSP", "J3", "民初", "simple", "2024-12-01"),
    # simple, filed 2025-01-01: used 89 of 90 at night 1 (time_limit yellow), 90 at night 2 (red)
    case("TCROSS", "J4", "民初", "simple", "2025-01-01"),
    # ordinary 180 days, filed 2025-02-01: 58 days, 32 % -> no warning
    case("TLOW", "J5", "民初", "ordinary", "2025-02-01"),
    # 长期未结 (bankruptcy: no statutory limit) at 2025-03-31: filed exactly 12 and 36 months before, 18 months
    # and a day before, and 12 months less a day before (L11 reaches 12 months on night 2)
    case("L12", "J1", "破", "special", "2024-03-31"),
    case("L18", "J2", "破", "special", "2023-09-30"),
    case("L36", "J3", "破", "special", "2022-03-31"),
    case("L11", "J4", "破", "special", "2024-04-01"),
]

TIME_LIMIT_EVENTS = [
    {"event_id": "S1", "case_id": "TSUSP", "event_type": "suspension", "start_date": d("2025-01-01"),
     "end_date": d("2025-02-14"), "days": 45, "updated_at": OLD},
]  # fmt: skip

ENFORCEMENT = [
    # 执 (limit 180), filed 2024-09-01: 211 days at 2025-03-31 -> time_limit red
    {"case_id": "E100", "case_number": f"(2024){A}执1号", "court_code": A, "dept_id": "D1", "handling_officer_id": "J5",
     "assistant_id": None, "clerk_id": None, "case_type_code": "执", "source_case_number": None,
     "filing_date": d("2024-09-01"), "closing_date": None, "closing_method": None, "applied_amount": 1000,
     "executed_amount": 0, "extension_days": 0, "deleted": False, "updated_at": OLD},
]  # fmt: skip


def conduct(eid, person, day, etype, severity, verified=True) -> dict:
    return {"event_id": eid, "person_id": person, "event_date": d(day), "event_type": etype, "severity": severity,
            "case_number": None, "verified": verified, "source": "complaint", "updated_at": NIGHT1}  # fmt: skip


CONDUCT = [
    conduct("C1", "J3", "2025-03-31", "integrity_violation", "minor"),  # weight 8, age 0: 8 -> red
    conduct("C2", "J4", "2024-10-02", "verified_complaint", "moderate"),  # 4 x 0.5 (180 days = one half-life) = 2
    conduct("C3", "J4", "2024-10-02", "verified_complaint", "severe"),  # 8 x 0.5 = 4: J4 scores 6 -> yellow
    conduct("C4", "J4", "2025-03-01", "integrity_violation", "severe", verified=False),  # unverified: nothing
    conduct("C5", "J5", "2023-03-01", "disciplinary_action", "severe"),  # 761 days old > lookback 730: nothing
    conduct("C6", "J6", "2025-03-30", "commendation", "severe"),  # no weight: nothing
]


def petition(pid, received, due, resolved=None, stamp=NIGHT1) -> dict:
    return {"petition_id": pid, "court_code": A, "received_date": d(received), "channel": "visit",
            "petitioner_name": "张三丰", "petitioner_id_number": "150602198001011234", "related_case_number": None,
            "category": "delay", "is_repeat": False, "is_collective": False, "escalated_to": "none", "handler_id": "J1",
            "due_date": d(due), "resolved_date": d(resolved) if resolved else None,
            "resolution": "resolved" if resolved else None, "satisfaction": None, "updated_at": stamp}  # fmt: skip


PETITIONS = [
    petition("P1", "2025-03-01", "2025-03-16"),  # 15 days overdue -> yellow
    petition("P2", "2025-01-01", "2025-02-15"),  # 44 days overdue (> 30) -> red
    petition("P3", "2025-03-01", "2025-03-20", "2025-03-18"),  # handled in time
    petition("P4", "2025-03-20", "2025-04-10"),  # not due yet
]

# Parties, with clear personal data that must never leave raw: the same lawyer before J1 in three cases
# (an integrity signal at pairing_min_cases 3), and one person who is a party in two cases (repeat litigation).
PARTY_NAME, PARTY_ID, PARTY_PHONE, LAWYER = "李四光", "150602199002023456", "13912345678", "11506201810012345"
PARTIES = [
    {"case_id": cid, "party_seq": 1, "party_role": "plaintiff", "party_type": "natural_person", "name": PARTY_NAME,
     "id_number": PARTY_ID if cid != "T100" else None, "phone": PARTY_PHONE, "lawyer_license_no": LAWYER,
     "updated_at": OLD}
    for cid in ("J1-2025-01-0", "J1-2025-02-0", "T80")
] + [
    {"case_id": "T100", "party_seq": 1, "party_role": "defendant", "party_type": "natural_person", "name": "王五",
     "id_number": PARTY_ID, "phone": None, "lawyer_license_no": None, "updated_at": OLD},
]  # fmt: skip

POSTINGS = [(f"P{j}", j, "D1", "judge") for j in JUDGES] + [("PS1", "S1", "D3", "admin_staff")]


def _rows(night: int) -> dict:
    batch = "b1"
    hr = {
        ("hr", "courts"): [(batch, {"court_code": A, "court_name": "东胜区人民法院", "level": "basic", "parent_court_code": None,
                                    "jurisdiction_population": 600_000, "updated_at": OLD})],
        ("hr", "departments"): [(batch, {"dept_id": i, "court_code": A, "dept_name": n, "dept_type": t, "business_line": b,
                                         "active": True, "updated_at": OLD})
                                for i, n, t, b in (("D1", "民事审判第一庭", "trial", "civil"), ("D3", "办公室", "comprehensive", "comprehensive"))],
        ("hr", "staff"): [(batch, {"person_id": p, "name": f"法官{p}", "gender": "F", "court_code": A, "dept_id": dept,
                                   "role": role, "is_quota_judge": role == "judge", "hire_date": d("2015-07-01"),
                                   "leave_date": None, "updated_at": OLD}) for _, p, dept, role in POSTINGS],
        ("hr", "staff_postings"): [(batch, {"posting_id": pid, "person_id": p, "court_code": A, "dept_id": dept, "role": role,
                                            "valid_from": d("2020-01-01"), "valid_to": None, "updated_at": OLD})
                                   for pid, p, dept, role in POSTINGS],
    }  # fmt: skip
    if night == 1:
        return hr | {
            ("trial", "cases"): [(batch, r) for r in [*CLOSED, *PENDING]],
            ("trial", "time_limit_events"): [(batch, r) for r in TIME_LIMIT_EVENTS],
            ("trial", "case_parties"): [(batch, r) for r in PARTIES],
            ("enforcement", "enforcement_cases"): [(batch, r) for r in ENFORCEMENT],
            ("conduct", "conduct_events"): [(batch, r) for r in CONDUCT],
            ("petition", "petitions"): [(batch, r) for r in PETITIONS],
        }
    # night 2 (as-of 2025-04-01): T80 closes, P1 is handled; everything else ages by one day
    t80 = next(r for r in PENDING if r["case_id"] == "T80")
    return {
        ("trial", "cases"): [("b2", t80 | {"closing_date": d("2025-04-01"), "closing_method": "judgment", "updated_at": NIGHT2})],
        ("petition", "petitions"): [("b2", petition("P1", "2025-03-01", "2025-03-16", "2025-04-01", NIGHT2))],
    }  # fmt: skip


def build_project(tmp) -> Build:
    """Night 1 built in a private project with the real supervision configuration."""
    project, catalog = supervision_project(tmp)
    warehouse = tmp / "warehouse.duckdb"
    land(warehouse, _rows(1))
    seconds = dbt_build(project, warehouse)
    return Build(project, warehouse, catalog, seconds)


def supervision_project(tmp):
    """A private project with the real supervision configuration and this court's peer groups, generated."""
    project = make_project(tmp / "dbt_project")
    config = write_config(project, {"core": core_entries()})
    (config / "scoring").mkdir()
    for name in ("settings.yaml", "conduct.yaml", "office_workload.yaml", "grades.yaml"):
        shutil.copy(REAL_CONFIG / "scoring" / name, config / "scoring" / name)
    (config / "scoring" / "peer_groups.yaml").write_text(
        yaml.safe_dump({"peer_groups": PEER_GROUPS}, allow_unicode=True), encoding="utf-8"
    )
    shutil.copytree(REAL_CONFIG / "supervision", config / "supervision")
    return project, generate(project)


def next_night(build: Build) -> None:
    build.close()
    land(build.warehouse, _rows(2))
    dbt_build(build.project, build.warehouse)
