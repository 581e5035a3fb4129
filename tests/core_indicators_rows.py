"""The small hand-made warehouse of the core-indicator tests (tests/test_indicators_core.py and
tests/test_indicators_core_domains.py): every row of the seven systems, one record per line, with the hand-worked
facts (elapsed days, limits, extensions) in the comments.

  courts   内0602 basic (population 600,000): D1 civil, D2 criminal, D3 enforcement
           内06 intermediate (population 2,000,000): D4 civil
  people   P1 quota judge D1 · P2, P8 quota judges D4 · P3 enforcement officer D3 · P6 assistant D1 ·
           P7 clerk D1 · P4 quota judge, D2 until 2024-06-30 then D1 · P5 quota judge, joins 2024-04-01 in D1
"""

# ruff: noqa: E501 - the hand-made rows read best one record per line

from __future__ import annotations

from tests.indicator_fixture import d, ts

STAMP = ts("2024-01-01 08:00:00")

COURTS = [
    {"court_code": "内06", "court_name": "鄂尔多斯市中级人民法院", "level": "intermediate",
     "parent_court_code": None, "jurisdiction_population": 2_000_000},
    {"court_code": "内0602", "court_name": "东胜区人民法院", "level": "basic",
     "parent_court_code": "内06", "jurisdiction_population": 600_000},
]  # fmt: skip
DEPARTMENTS = [
    {"dept_id": "D1", "court_code": "内0602", "dept_name": "民事审判第一庭", "dept_type": "trial", "business_line": "civil", "active": True},
    {"dept_id": "D2", "court_code": "内0602", "dept_name": "刑事审判庭", "dept_type": "trial", "business_line": "criminal", "active": True},
    {"dept_id": "D3", "court_code": "内0602", "dept_name": "执行局", "dept_type": "enforcement", "business_line": "enforcement", "active": True},
    {"dept_id": "D4", "court_code": "内06", "dept_name": "民事审判第一庭", "dept_type": "trial", "business_line": "civil", "active": True},
]  # fmt: skip


def staff(pid, name, court, dept, role, quota, hired) -> dict:
    return {"person_id": pid, "name": name, "gender": "F", "court_code": court, "dept_id": dept, "role": role,
            "is_quota_judge": quota, "hire_date": d(hired), "leave_date": None}  # fmt: skip


STAFF = [
    staff("P1", "刘法官", "内0602", "D1", "judge", True, "2015-07-01"),
    staff("P2", "陈法官", "内06", "D4", "judge", True, "2010-07-01"),
    staff("P3", "周执行", "内0602", "D3", "enforcement_officer", False, "2018-07-01"),
    staff("P4", "吴法官", "内0602", "D1", "judge", True, "2012-07-01"),
    staff("P5", "赵法官", "内0602", "D1", "judge", True, "2024-04-01"),
    staff("P6", "孙助理", "内0602", "D1", "judge_assistant", False, "2019-07-01"),
    staff("P7", "钱书记", "内0602", "D1", "clerk", False, "2019-07-01"),
    staff("P8", "郑法官", "内06", "D4", "judge", True, "2011-07-01"),
]
POSTINGS = [
    ("PP1", "P1", "内0602", "D1", "judge", "2020-01-01", None),
    ("PP2", "P2", "内06", "D4", "judge", "2019-01-01", None),
    ("PP3", "P3", "内0602", "D3", "enforcement_officer", "2021-01-01", None),
    ("PP4A", "P4", "内0602", "D2", "judge", "2020-01-01", "2024-06-30"),  # moves to D1 mid-year
    ("PP4B", "P4", "内0602", "D1", "judge", "2024-07-01", None),
    ("PP5", "P5", "内0602", "D1", "judge", "2024-04-01", None),  # quota judge joining mid-year
    ("PP6", "P6", "内0602", "D1", "judge_assistant", "2020-01-01", None),
    ("PP7", "P7", "内0602", "D1", "clerk", "2020-01-01", None),
    ("PP8", "P8", "内06", "D4", "judge", "2019-01-01", None),
]


def case(cid, court, dept, ctype, proc, filed, closed, method, judge, **kw) -> dict:
    row = {
        "case_id": cid, "case_number": f"(2024){court}{ctype}{cid}号", "court_code": court, "dept_id": dept,
        "case_type_code": ctype, "procedure": proc, "cause_of_action": "民间借贷纠纷", "filing_date": d(filed),
        "closing_date": d(closed) if closed else None, "closing_method": method, "claim_amount": 10000,
        "handling_judge_id": judge, "presiding_judge_id": None, "assistant_id": None, "clerk_id": None,
        "original_case_id": None, "review_outcome": None, "involves_enterprise": False, "deleted": False,
        "updated_at": STAMP,
    }  # fmt: skip
    row.update(kw)
    return row


A, B = "内0602", "内06"
# Elapsed days = closing - filing; duration = elapsed - suspended days; limit = base + extension days.
CASES = [
    # --- 内0602 D1 (civil) -------------------------------------------------------------------------------------
    # T01 民初 ordinary, enterprise: 2024-01-05..03-20 = 75 days (limit 180: within). Appealed by T20 (amended).
    ("b1", case("T01", A, "D1", "民初", "ordinary", "2024-01-05", "2024-03-20", "judgment", "P1", involves_enterprise=True,
                presiding_judge_id="P1", assistant_id="P6", clerk_id="P7")),
    # T02 民初 simple: 2024-02-01..03-10 = 38 (limit 90: within), mediation.
    ("b1", case("T02", A, "D1", "民初", "simple", "2024-02-01", "2024-03-10", "mediation", "P1")),
    # T03 民初 small_claims: 2024-03-01..03-25 = 24 (limit 60: within), withdrawal.
    ("b1", case("T03", A, "D1", "民初", "small_claims", "2024-03-01", "2024-03-25", "withdrawal", "P1")),
    # T04 民初 ordinary, enterprise: 2023-06-01..2024-02-15 = 259 elapsed; suspension 40 + deduction 20 = 60 → duration 199;
    #     limit 180 + extension 30 = 210: within (only thanks to the extension). Appealed in 2025 by T21 (remanded).
    ("b1", case("T04", A, "D1", "民初", "ordinary", "2023-06-01", "2024-02-15", "judgment", "P1", involves_enterprise=True)),
    # T05 民初 ordinary, enterprise: 2024-04-10..11-20 = 224 > 180: over the limit. Reviewed by 民申 T24 only.
    ("b1", case("T05", A, "D1", "民初", "ordinary", "2024-04-10", "2024-11-20", "judgment", "P1", involves_enterprise=True,
                assistant_id="P6", clerk_id="P6")),
    # T06 民初 ordinary: 2024-04-15..06-30 = 76 (within). Appealed by T22 (upheld).
    ("b1", case("T06", A, "D1", "民初", "ordinary", "2024-04-15", "2024-06-30", "judgment", "P5")),
    # T07 民初 simple: 2024-05-06..05-30 = 24 (within), mediation.
    ("b1", case("T07", A, "D1", "民初", "simple", "2024-05-06", "2024-05-30", "mediation", "P5")),
    # T08 民初 ordinary filed 2024-07-02 by P4 (then in D1), pending.
    ("b1", case("T08", A, "D1", "民初", "ordinary", "2024-07-02", None, None, "P4")),
    # T09 民初 ordinary filed 2023-01-15, pending for ever (long pending).
    ("b1", case("T09", A, "D1", "民初", "ordinary", "2023-01-15", None, None, "P1")),
    # T10 破 (no statutory limit), enterprise: 2023-09-01..2024-08-30 = 364 elapsed; suspension 10 → duration 354.
    ("b1", case("T10", A, "D1", "破", "special", "2023-09-01", "2024-08-30", "ruling", "P1", involves_enterprise=True)),
    # T14 民初 ordinary filed 2024-12-20, pending.
    ("b1", case("T14", A, "D1", "民初", "ordinary", "2024-12-20", None, None, "P1")),
    # T15 民初 simple: 2024-09-01..2025-01-20 = 141 > 90 (over the limit), pending at the end of 2024.
    ("b1", case("T15", A, "D1", "民初", "simple", "2024-09-01", "2025-01-20", "judgment", "P5")),
    # T16 民初 ordinary: 2024-10-08..12-31 = 84 (within), withdrawal, closed on the last day of the year.
    ("b1", case("T16", A, "D1", "民初", "ordinary", "2024-10-08", "2024-12-31", "withdrawal", "P1")),
    # T17 行初 ordinary: 2024-06-03..08-15 = 73 (limit 180: within), ruling.
    ("b1", case("T17", A, "D1", "行初", "ordinary", "2024-06-03", "2024-08-15", "ruling", "P5")),
    # T18: delivered, then deleted in the source: counted nowhere.
    ("b1", case("T18", A, "D1", "民初", "ordinary", "2024-03-05", None, None, "P1", updated_at=ts("2024-03-05 09:00:00"))),
    ("b2", case("T18", A, "D1", "民初", "ordinary", "2024-03-05", None, None, "P1", deleted=True, updated_at=ts("2024-03-20 09:00:00"))),
    # T19: first delivered pending with P1, re-delivered (later updated_at) closed by P5:
    #     民初 simple 2024-04-02..06-10 = 69 (limit 90: within), mediation. Only the later version counts.
    ("b2", case("T19", A, "D1", "民初", "simple", "2024-04-02", "2024-06-10", "mediation", "P5", updated_at=ts("2024-06-11 09:00:00"))),
    ("b1", case("T19", A, "D1", "民初", "simple", "2024-04-02", None, None, "P1", updated_at=ts("2024-04-02 09:00:00"))),
    # --- 内0602 D2 (criminal), all handled by P4 -------------------------------------------------------------
    # T11 刑初 speedy: 2024-02-01..02-20 = 19 > 10: over the limit.
    ("b1", case("T11", A, "D2", "刑初", "speedy", "2024-02-01", "2024-02-20", "judgment", "P4")),
    # T12 刑初 simple: 2024-03-01..03-15 = 14 (limit 20: within). "Appealed" only by the deleted T26.
    ("b1", case("T12", A, "D2", "刑初", "simple", "2024-03-01", "2024-03-15", "judgment", "P4")),
    # T13 刑初 ordinary: 2024-05-10..09-10 = 123; suspension 40 → 83 (limit 90: within). Appealed by T25 (amended).
    ("b1", case("T13", A, "D2", "刑初", "ordinary", "2024-05-10", "2024-09-10", "judgment", "P4")),
    # --- 内06 D4 (intermediate court) ----------------------------------------------------------------------------
    # T20 民终 reviewing T01: 2024-04-01..06-20 = 80 (limit 90), amended.
    ("b1", case("T20", B, "D4", "民终", "second_instance", "2024-04-01", "2024-06-20", "judgment", "P2",
                original_case_id="T01", review_outcome="amended", presiding_judge_id="P8")),
    # T21 民终 reviewing T04, filed after 2024 (2025-01-10..03-05 = 54), remanded.
    ("b1", case("T21", B, "D4", "民终", "second_instance", "2025-01-10", "2025-03-05", "ruling", "P2",
                original_case_id="T04", review_outcome="remanded")),
    # T22 民终 reviewing T06: 2024-08-01..10-10 = 70, upheld.
    ("b1", case("T22", B, "D4", "民终", "second_instance", "2024-08-01", "2024-10-10", "judgment", "P8",
                original_case_id="T06", review_outcome="upheld")),
    # T23 民初 ordinary at the intermediate court, enterprise: 2024-01-10..07-08 = 180 days exactly: within the
    #     180-day limit and within 180 days of filing (both boundaries are inclusive), mediation.
    ("b1", case("T23", B, "D4", "民初", "ordinary", "2024-01-10", "2024-07-08", "mediation", "P8", involves_enterprise=True)),
    # T24 民申 reviewing T05, filed 2024-12-10, pending.
    ("b1", case("T24", B, "D4", "民申", "review", "2024-12-10", None, None, "P2", original_case_id="T05")),
    # T25 刑终 reviewing T13: 2024-10-01..11-25 = 55 (limit 60), amended.
    ("b1", case("T25", B, "D4", "刑终", "second_instance", "2024-10-01", "2024-11-25", "judgment", "P8",
                original_case_id="T13", review_outcome="amended")),
    # T26 刑终 reviewing T12, deleted in the source: T12 is not reviewed.
    ("b1", case("T26", B, "D4", "刑终", "second_instance", "2024-04-01", "2024-05-01", "judgment", "P8",
                original_case_id="T12", review_outcome="amended", deleted=True)),
    # T27, T28 民初 pending at 内06: at 2024-12-31 T27 is 366 days old (> 365: long pending), T28 365 (not).
    ("b1", case("T27", B, "D4", "民初", "ordinary", "2023-12-31", None, None, "P8")),
    ("b1", case("T28", B, "D4", "民初", "ordinary", "2024-01-01", None, None, "P8")),
]  # fmt: skip


def event(eid, cid, etype, start, days) -> tuple:
    return ("b1", {"event_id": eid, "case_id": cid, "event_type": etype, "start_date": d(start), "end_date": None,
                   "days": days, "updated_at": STAMP})  # fmt: skip


TIME_LIMIT_EVENTS = [
    event("TL1", "T04", "suspension", "2023-08-01", 40),
    event("TL2", "T04", "deduction", "2023-10-01", 20),
    event("TL3", "T04", "extension", "2023-11-20", 30),
    event("TL4", "T10", "suspension", "2024-01-10", 10),
    event("TL5", "T13", "suspension", "2024-06-01", 40),
]


def panel(cid, seq, pid, role) -> tuple:
    return ("b1", {"case_id": cid, "member_seq": seq, "person_id": pid, "panel_role": role, "updated_at": STAMP})


PANEL = [
    panel("T01", 1, "P1", "presiding"),  # P1 handles and presides T01: only the larger credit (handling)
    panel("T01", 2, "P4", "member"),
    panel("T05", 1, "P1", "handling"),
    panel("T05", 2, "P5", "member"),
    panel("T20", 1, "P8", "presiding"),
    panel("T20", 2, "P2", "member"),  # P2 handles T20 and sits on the panel: handling credit only
    panel("T20", 3, None, "assessor"),  # a people's assessor: no staff record, no credit
]


def hearing(hid, cid, scheduled, held, status, presiding, live) -> tuple:
    return ("b1", {"hearing_id": hid, "case_id": cid, "scheduled_date": d(scheduled), "held_date": d(held) if held else None,
                   "status": status, "presiding_id": presiding, "clerk_id": None, "duration_minutes": 60,
                   "livestreamed": live, "updated_at": STAMP})  # fmt: skip


HEARINGS = [
    hearing("H1", "T01", "2024-02-10", "2024-02-10", "held", "P1", True),  # held as scheduled, livestreamed
    hearing("H2", "T01", "2024-03-01", None, "postponed", "P1", False),
    hearing("H3", "T05", "2024-05-10", "2024-05-12", "held", "P1", False),  # held, not on the scheduled day
    hearing("H4", "T11", "2024-02-15", "2024-02-15", "held", "P1", False),  # P4's case (D2), presided by P1
    hearing("H5", "T06", "2024-05-20", None, "cancelled", "P5", False),  # neither held nor postponed
    hearing("H6", "T20", "2024-05-15", "2024-05-15", "held", "P2", True),
]


def document(doc_id, cid, author, signed, online) -> tuple:
    return ("b1", {"doc_id": doc_id, "case_id": cid, "doc_type": "judgment", "author_id": author, "signed_date": d(signed),
                   "published_online": online, "published_date": d(signed) if online else None, "errata_count": 0,
                   "updated_at": STAMP})  # fmt: skip


DOCUMENTS = [
    document("DOC1", "T01", "P1", "2024-03-20", True),
    document("DOC2", "T05", "P6", "2024-11-20", False),  # written by the assistant: still P1's (the case's judge)
    document("DOC3", "T11", "P4", "2024-02-20", True),
    document("DOC4", "T18", "P1", "2024-03-10", True),  # of the deleted case: dropped
    document("DOC5", "T20", "P2", "2024-06-20", True),
]


def enforcement(cid, ctype, filed, closed, method, applied, executed, ext, **kw) -> tuple:
    row = {"case_id": cid, "case_number": f"(2024)内0602{ctype}{cid}号", "court_code": A, "dept_id": "D3",
           "case_type_code": ctype, "source_case_number": None, "filing_date": d(filed),
           "closing_date": d(closed) if closed else None, "closing_method": method, "applied_amount": applied,
           "executed_amount": executed, "extension_days": ext, "handling_officer_id": "P3", "assistant_id": None,
           "clerk_id": None, "deleted": False, "updated_at": STAMP}  # fmt: skip
    row.update(kw)
    return ("b1", row)


ENFORCEMENT = [
    # E1 执: 2024-01-02..07-15 = 195 <= 180 + 30: within; fully executed 100,000 of 100,000.
    enforcement("E1", "执", "2024-01-02", "2024-07-15", "fully_executed", 100_000, 100_000, 30, clerk_id="P7"),
    # E2 执: 2024-02-01..09-30 = 242 > 180: not within; terminated procedure, 10,000 of 50,000.
    enforcement("E2", "执", "2024-02-01", "2024-09-30", "terminated_procedure", 50_000, 10_000, 0, assistant_id="P6"),
    # E3 执恢 (not 执): counted only by enf_closed_cases and the workload.
    enforcement("E3", "执恢", "2024-03-01", "2024-05-01", "fully_executed", 20_000, 20_000, 0),
    enforcement("E4", "执", "2024-06-01", None, None, 5_000, 0, 0),  # pending
    enforcement("E5", "执", "2024-06-01", "2024-06-20", "fully_executed", 1, 1, 0, deleted=True),  # deleted
]


def petition(pid, received, handler, due, resolved, resolution, repeat) -> tuple:
    return ("b1", {"petition_id": pid, "court_code": A, "received_date": d(received), "channel": "visit",
                   "petitioner_name": "王五六", "petitioner_id_number": None, "related_case_number": None,
                   "category": "delay", "is_repeat": repeat, "is_collective": False, "escalated_to": "none",
                   "handler_id": handler, "due_date": d(due), "resolved_date": d(resolved) if resolved else None,
                   "resolution": resolution, "satisfaction": None, "updated_at": STAMP})  # fmt: skip


PETITIONS = [
    # handled by P4 while in D2 (posting PP4A covers 2024-03-15): resolved on time
    petition("PT1", "2024-03-15", "P4", "2024-04-15", "2024-04-10", "resolved", False),
    # handled by P4 after the move to D1: explained, late, a repeat petition
    petition("PT2", "2024-08-01", "P4", "2024-09-01", "2024-09-05", "explained", True),
    # transferred (not resolved), but closed before its due date
    petition("PT3", "2024-11-10", "P1", "2024-12-10", "2024-11-20", "transferred", False),
    # received in December, resolved on time but only in January 2025 (after the end of 2024)
    petition("PT4", "2024-12-20", "P1", "2025-01-20", "2025-01-05", "resolved", False),
]


def mediation(mid, court, stage, received, closed, result, confirmed) -> tuple:
    return ("b1", {"mediation_id": mid, "court_code": court, "stage": stage, "dispute_type": "民间借贷",
                   "received_date": d(received), "closed_date": d(closed) if closed else None,
                   "mediator_type": "invited_mediator", "result": result, "judicial_confirmation": confirmed,
                   "converted_case_number": None, "amount": 1000, "guiding_judge_id": "P1", "updated_at": STAMP})  # fmt: skip


MEDIATIONS = [
    mediation("M1", A, "pre_litigation", "2024-01-10", "2024-02-05", "success", True),
    mediation("M2", A, "pre_litigation", "2024-02-01", "2024-03-01", "failed", False),
    mediation("M3", A, "pre_litigation", "2024-03-01", "2024-03-20", "withdrawn", False),  # neither success nor failure
    mediation("M4", A, "in_litigation", "2024-04-01", "2024-04-20", "success", True),  # not pre-litigation
    mediation("M5", A, "pre_litigation", "2024-11-01", None, "pending", False),  # open
    mediation("M6", B, "pre_litigation", "2024-05-01", "2024-06-01", "success", False),
]

BANKRUPTCY = [
    ("b1", {"case_id": "T10", "debtor_type": "private_enterprise", "reorganization": False, "creditor_count": 12,
            "total_claims": 2_000_000, "recovered_amount": 500_000, "updated_at": STAMP}),
]  # fmt: skip

ROWS = {
    ("hr", "courts"): [("b1", {**r, "updated_at": STAMP}) for r in COURTS],
    ("hr", "departments"): [("b1", {**r, "updated_at": STAMP}) for r in DEPARTMENTS],
    ("hr", "staff"): [("b1", {**r, "updated_at": STAMP}) for r in STAFF],
    ("hr", "staff_postings"): [
        (
            "b1",
            {
                "posting_id": p,
                "person_id": who,
                "court_code": c,
                "dept_id": dept,
                "role": role,
                "valid_from": d(start),
                "valid_to": d(end) if end else None,
                "updated_at": STAMP,
            },
        )
        for p, who, c, dept, role, start, end in POSTINGS
    ],  # fmt: skip
    ("trial", "cases"): CASES,
    ("trial", "time_limit_events"): TIME_LIMIT_EVENTS,
    ("trial", "panel_members"): PANEL,
    ("trial", "hearings"): HEARINGS,
    ("trial", "documents"): DOCUMENTS,
    ("trial", "bankruptcy_details"): BANKRUPTCY,
    ("enforcement", "enforcement_cases"): ENFORCEMENT,
    ("petition", "petitions"): PETITIONS,
    ("mediation", "mediations"): MEDIATIONS,
}
