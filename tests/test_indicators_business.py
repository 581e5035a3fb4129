"""The business-environment indicators that follow a dispute through appeal and enforcement, the insolvency
measures of B-READY, and 二审开庭率, computed by the catalog engine on a small hand-made warehouse (the real catalog
entries, built privately as in indicator_fixture) and checked against values worked out by hand below.

The warehouse: one court 内0602 (population 600,000), department D1 (civil), judge P1; for brevity the appeals
and enforcement cases are in the same court. All dates are in 2024, a leap year (February has 29 days).

  dispute  first instance (民初)              appeal (民终)                enforcement (执 on the 案号)
  C1 涉企  judgment 01-01 → 03-01 (60 d)      A1 04-01 → 05-31 (60 d),     E1 on A1's 案号 07-01 → 09-28 (89 d)
                                              upheld
  C2 涉企  mediation 02-01 → 02-11 (10 d)     —                            E2 on C2's 案号 03-01 → 07-31 (152 d)
  C3       judgment 01-10 → 03-10 (60 d)      —                            E3 on C3's 案号 04-01 → 08-15 (136 d)
  C4 涉企  judgment 03-01 → 04-30 (60 d)      —                            —
  C5       judgment 04-01 → 05-15 (44 d)      —                            only E5, a 执保 (preservation)
  C6 涉企  withdrawn 02-01 → 02-20            —                            (no enforceable decision)
  C7 涉企  judgment 01-02 → 02-02 (31 d)      A7 03-01 → 04-10, remanded   E7 on C7's 案号 05-01 → 06-01
"""

# ruff: noqa: E501 - the hand-made rows read best one record per line

from __future__ import annotations

import pytest

from tests.indicator_fixture import Build, build, catalog_entry, d, ts

STAMP = ts("2024-01-01 08:00:00")
COURT = "内0602"


def _case(cid, ctype, filed, closed, method, enterprise=False, original=None, outcome=None) -> tuple:
    return ("b1", {"case_id": cid, "case_number": f"(2024){COURT}{ctype}{cid}号", "court_code": COURT, "dept_id": "D1",
                   "case_type_code": ctype, "procedure": "second_instance" if ctype.endswith("终") else "ordinary",
                   "cause_of_action": "买卖合同纠纷", "filing_date": d(filed), "closing_date": d(closed) if closed else None,
                   "closing_method": method, "claim_amount": 100_000, "handling_judge_id": "P1", "presiding_judge_id": None,
                   "assistant_id": None, "clerk_id": None, "original_case_id": original, "review_outcome": outcome,
                   "involves_enterprise": enterprise, "deleted": False, "updated_at": STAMP})  # fmt: skip


def _enforcement(eid, ctype, source, filed, closed) -> tuple:
    return ("b1", {"case_id": eid, "case_number": f"(2024){COURT}{ctype}{eid}号", "court_code": COURT, "dept_id": "D1",
                   "case_type_code": ctype, "source_case_number": source, "filing_date": d(filed),
                   "closing_date": d(closed) if closed else None, "closing_method": "fully_executed" if closed else None,
                   "applied_amount": 100_000, "executed_amount": 100_000, "extension_days": 0, "handling_officer_id": "P1",
                   "assistant_id": None, "clerk_id": None, "updated_at": STAMP, "deleted": False})  # fmt: skip


def _hearing(hid, cid, day, status) -> tuple:
    return ("b1", {"hearing_id": hid, "case_id": cid, "scheduled_date": d(day), "held_date": d(day) if status == "held" else None,
                   "status": status, "presiding_id": "P1", "clerk_id": None, "duration_minutes": 60, "livestreamed": False,
                   "updated_at": STAMP})  # fmt: skip


def _bankruptcy(cid, reorganization, total, recovered) -> tuple:
    return ("b1", {"case_id": cid, "debtor_type": "private_enterprise", "reorganization": reorganization, "creditor_count": 10,
                   "total_claims": total, "recovered_amount": recovered, "updated_at": STAMP})  # fmt: skip


def _no(ctype: str, cid: str) -> str:
    return f"(2024){COURT}{ctype}{cid}号"


ROWS = {
    ("hr", "courts"): [("b1", {"court_code": COURT, "court_name": "东胜区人民法院", "level": "basic", "parent_court_code": None,
                               "jurisdiction_population": 600_000, "updated_at": STAMP})],
    ("hr", "departments"): [("b1", {"dept_id": "D1", "court_code": COURT, "dept_name": "民事审判第一庭", "dept_type": "trial",
                                    "business_line": "civil", "active": True, "updated_at": STAMP})],
    ("hr", "staff"): [("b1", {"person_id": "P1", "name": "刘法官", "gender": "F", "court_code": COURT, "dept_id": "D1",
                              "role": "judge", "is_quota_judge": True, "hire_date": d("2015-07-01"), "leave_date": None,
                              "updated_at": STAMP})],
    ("hr", "staff_postings"): [("b1", {"posting_id": "PP1", "person_id": "P1", "court_code": COURT, "dept_id": "D1",
                                       "role": "judge", "valid_from": d("2020-01-01"), "valid_to": None, "updated_at": STAMP})],
    ("trial", "cases"): [
        _case("C1", "民初", "2024-01-01", "2024-03-01", "judgment", enterprise=True),
        _case("A1", "民终", "2024-04-01", "2024-05-31", "judgment", enterprise=True, original="C1", outcome="upheld"),
        _case("C2", "民初", "2024-02-01", "2024-02-11", "mediation", enterprise=True),
        _case("C3", "民初", "2024-01-10", "2024-03-10", "judgment"),
        _case("C4", "民初", "2024-03-01", "2024-04-30", "judgment", enterprise=True),
        _case("C5", "民初", "2024-04-01", "2024-05-15", "judgment"),
        _case("C6", "民初", "2024-02-01", "2024-02-20", "withdrawal", enterprise=True),
        _case("C7", "民初", "2024-01-02", "2024-02-02", "judgment", enterprise=True),
        _case("A7", "民终", "2024-03-01", "2024-04-10", "ruling", enterprise=True, original="C7", outcome="remanded"),
        # second instance for 二审开庭率: A1 (above) and A7 heard, A2 only postponed, A3 never heard
        _case("A2", "刑终", "2024-04-01", "2024-06-20", "judgment"),
        _case("A3", "行终", "2024-04-01", "2024-06-25", "judgment"),
        # bankruptcy
        _case("B1", "破", "2024-01-15", "2024-06-15", "ruling"),
        _case("B2", "破", "2024-02-01", "2024-06-30", "ruling"),
        _case("B3", "破", "2024-03-01", "2024-05-01", "ruling"),
    ],
    ("trial", "hearings"): [
        _hearing("H1", "A1", "2024-05-10", "held"),
        _hearing("H2", "A1", "2024-05-20", "held"),
        _hearing("H3", "A2", "2024-05-10", "postponed"),
        _hearing("H4", "C1", "2024-02-10", "held"),  # a first-instance hearing: not 二审
        _hearing("H5", "A7", "2024-03-20", "held"),
    ],
    ("trial", "bankruptcy_details"): [
        _bankruptcy("B1", True, 1_000_000, 600_000),
        _bankruptcy("B2", False, 100_000, 10_000),
        _bankruptcy("B3", False, 50_000, None),
    ],
    ("enforcement", "enforcement_cases"): [
        _enforcement("E1", "执", _no("民终", "A1"), "2024-07-01", "2024-09-28"),
        _enforcement("E2", "执", _no("民初", "C2"), "2024-03-01", "2024-07-31"),
        _enforcement("E3", "执", _no("民初", "C3"), "2024-04-01", "2024-08-15"),
        _enforcement("E5", "执保", _no("民初", "C5"), "2024-04-02", "2024-04-05"),
        _enforcement("E7", "执", _no("民初", "C7"), "2024-05-01", "2024-06-01"),
    ],
}  # fmt: skip

NEW = (
    "biz_dispute_total_days", "biz_dispute_first_instance_days", "biz_dispute_appeal_days",
    "biz_dispute_enforcement_days", "biz_voluntary_performance_rate", "biz_enforcement_application_rate",
    "biz_insolvency_case_recovery_rate", "biz_insolvency_reorganization_outcome_share",
)  # fmt: skip


@pytest.fixture(scope="module")
def wh(tmp_path_factory) -> Build:
    entries = [catalog_entry("business_environment", i) for i in NEW]
    entries.append(catalog_entry("business_environment", "bankruptcy_recovery_rate"))  # the amount-weighted one
    hearing = [catalog_entry("appeal_and_retrial", "second_instance_closed_cases"),
               catalog_entry("hearing", "second_instance_hearing_rate")]  # fmt: skip
    result = build(tmp_path_factory.mktemp("business"), {"business_environment": entries, "hearing": hearing}, ROWS)
    yield result
    result.close()


def _v(wh: Build, iid: str, period_type: str, period: str, level: str = "court", entity: str = COURT):
    value = wh.value(iid, level, entity, period_type, period)["value"]
    return None if value is None else float(value)


def test_dispute_time_and_its_stages(wh):
    # Enterprise disputes whose enforcement closed in Q3: C1 (E1 closed 09-28) and C2 (E2 closed 07-31).
    # C3's enforcement also closed in Q3 but it is not 涉企; C7 was remanded, so E7 enforces nothing effective —
    # it still names C7's 案号 and closed in Q2, so it would count in Q2 if the remand were ignored.
    # C1: 01-01 → 09-28 = 31+29+31+30+31+30+31+31+27 = 271 days; C2: 02-01 → 07-31 = 29+31+30+31+30+30 = 181
    assert _v(wh, "biz_dispute_total_days", "quarter", "2024-Q3") == pytest.approx((271 + 181) / 2)  # 226
    # stages of the same disputes: 一审 60 and 10; 二审 only C1's A1 (04-01 → 05-31 = 60); 执行 89 and 152
    assert _v(wh, "biz_dispute_first_instance_days", "quarter", "2024-Q3") == pytest.approx(35)
    assert _v(wh, "biz_dispute_appeal_days", "quarter", "2024-Q3") == pytest.approx(60)
    assert _v(wh, "biz_dispute_enforcement_days", "quarter", "2024-Q3") == pytest.approx((89 + 152) / 2)  # 120.5
    assert _v(wh, "biz_dispute_total_days", "year", "2024") == pytest.approx(226)
    assert _v(wh, "biz_dispute_total_days", "year", "2024", "person", "P1") == pytest.approx(226)
    # Q2: no 涉企 enforcement of an effective decision closed (E7's decision was remanded; E3 is Q3)
    assert _v(wh, "biz_dispute_total_days", "quarter", "2024-Q2") is None


def test_voluntary_performance_and_enforcement_application(wh):
    # effective decisions: C2 02-11, C3 03-10 (Q1); C4 04-30, C5 05-15, C1 on its appeal's closing 05-31 (Q2);
    # C6 is withdrawn and C7 remanded (neither is an effective decision); enforced: C1 (E1 on A1's 案号), C2, C3;
    # C5 has only a 执保 (preservation), which is not an application to enforce the decision
    assert _v(wh, "biz_enforcement_application_rate", "quarter", "2024-Q1") == pytest.approx(2 / 2)
    assert _v(wh, "biz_voluntary_performance_rate", "quarter", "2024-Q1") == pytest.approx(0)
    assert _v(wh, "biz_enforcement_application_rate", "quarter", "2024-Q2") == pytest.approx(1 / 3)
    assert _v(wh, "biz_voluntary_performance_rate", "quarter", "2024-Q2") == pytest.approx(2 / 3)
    assert _v(wh, "biz_enforcement_application_rate", "year", "2024") == pytest.approx(3 / 5)
    assert _v(wh, "biz_voluntary_performance_rate", "year", "2024") == pytest.approx(2 / 5)


def test_second_instance_hearing_rate(wh):
    # second-instance cases closed in Q2: A7 04-10, A1 05-31, A2 06-20, A3 06-25; heard: A1 (two hearings held,
    # counted once) and A7; A2's hearing was postponed, A3 had none; C1's hearing is first instance: 2 / 4
    assert _v(wh, "second_instance_hearing_rate", "quarter", "2024-Q2") == pytest.approx(2 / 4)
    assert _v(wh, "second_instance_hearing_rate", "quarter", "2024-Q1") is None  # none closed


def test_insolvency_recovery_and_outcome(wh):
    # 破 closed in Q2: B3 05-01 (claims 50,000, recovery unknown), B1 06-15 (重整, 600,000 of 1,000,000),
    # B2 06-30 (10,000 of 100,000). Per case: (0.6 + 0.1) / 2 = 0.35 (B3 has no ratio);
    # amount-weighted: 610,000 / 1,150,000 (B3's claims count in the denominator) ≈ 0.5304
    assert _v(wh, "biz_insolvency_case_recovery_rate", "quarter", "2024-Q2") == pytest.approx(0.35)
    assert _v(wh, "bankruptcy_recovery_rate", "quarter", "2024-Q2") == pytest.approx(610_000 / 1_150_000)
    # reorganisations among 破 closed: B1 of three
    assert _v(wh, "biz_insolvency_reorganization_outcome_share", "quarter", "2024-Q2") == pytest.approx(1 / 3)
