"""The business-environment indicators that follow a dispute through appeal and enforcement, the insolvency
measures of B-READY, 二审开庭率 and two 信访 measures (初信初访化解率, 信访积案化解率), computed by the catalog engine on a small hand-made warehouse (the real catalog
entries, built privately as in indicator_fixture) and checked against values worked out by hand below.

The warehouse: one court 内0602 (population 600,000), department D1 (civil), judge P1; for brevity the appeals
and enforcement cases are in the same court. All dates are in 2024, a leap year (February has 29 days), except those of C9 and its enforcement.

  dispute  first instance (民初)              appeal (民终)                enforcement (执 on the 案号)
  C1 涉企  judgment 01-01 → 03-01 (60 d)      A1 04-01 → 05-31 (60 d),     E1 on A1's 案号 07-01 → 09-28 (89 d)
                                              upheld
  C2 涉企  mediation 02-01 → 02-11 (10 d)     —                            E2 on C2's 案号 03-01 → 07-31 (152 d)
  C3       judgment 01-10 → 03-10 (60 d)      —                            E3 on C3's 案号 04-01 → 08-15 (136 d)
  C4 涉企  judgment 03-01 → 04-30 (60 d)      —                            —
  C5       judgment 04-01 → 05-15 (44 d)      —                            only E5, a 执保 (preservation)
  C6 涉企  withdrawn 02-01 → 02-20            —                            (no enforceable decision)
  C7 涉企  judgment 01-02 → 02-02 (31 d)      A7 03-01 → 04-10, remanded   E7 on C7's 案号 05-01 → 06-01
  C8 涉企  judgment 01-03 → 01-31 (28 d)      —                            E8 on C8's 案号 02-15 → 10-15 (243 d)
  C9 涉企  judgment 2023-06-01 → 2023-09-01   —                            E13 on C9's 案号 2023-10-01 → 11-30 (426 d)

Enforcement amounts and outcomes (applied → recovered): E1 100,000 → 100,000 执行完毕; E2 200,000 → 20,000 终本;
E8 50,000 → 30,000 和解; E13 6,000,000 → 6,000,000 执行完毕; E3 and E7 100,000 → 100,000 and 0 (终本). Every enforcement case has a 180-day limit.
Claims of the 涉企 民初 cases (for the court fee): C1 100,000 ordinary; C2 100,000 (mediation); C4 25,000,000
ordinary; C6 1,000,000 (withdrawal); C7 8,000 simple procedure; C8 no claim. C5 is a small claims case; every case
is a sales contract dispute (买卖合同纠纷). Property preservation (执保): E5
04-02 → 04-05 (3 d), E9 03-02 → 03-12 (10 d), E10 05-20 → 05-25 (5 d).
"""

# ruff: noqa: E501 - the hand-made rows read best one record per line

from __future__ import annotations

import pytest

from tests.indicator_fixture import Build, build, catalog_entry, d, ts

STAMP = ts("2024-01-01 08:00:00")
COURT = "内0602"


def _case(
    cid, ctype, filed, closed, method, enterprise=False, original=None, outcome=None, claim=100_000, procedure=None
) -> tuple:
    return ("b1", {"case_id": cid, "case_number": f"(2024){COURT}{ctype}{cid}号", "court_code": COURT, "dept_id": "D1",
                   "case_type_code": ctype,
                   "procedure": procedure or ("second_instance" if ctype.endswith("终") else "ordinary"),
                   "cause_of_action": "买卖合同纠纷", "filing_date": d(filed), "closing_date": d(closed) if closed else None,
                   "closing_method": method, "claim_amount": claim, "handling_judge_id": "P1", "presiding_judge_id": None,
                   "assistant_id": None, "clerk_id": None, "original_case_id": original, "review_outcome": outcome,
                   "involves_enterprise": enterprise, "deleted": False, "updated_at": STAMP})  # fmt: skip


def _enforcement(
    eid, ctype, source, filed, closed, method="fully_executed", applied=100_000, executed=100_000
) -> tuple:
    return ("b1", {"case_id": eid, "case_number": f"(2024){COURT}{ctype}{eid}号", "court_code": COURT, "dept_id": "D1",
                   "case_type_code": ctype, "source_case_number": source, "filing_date": d(filed),
                   "closing_date": d(closed) if closed else None, "closing_method": method if closed else None,
                   "applied_amount": applied, "executed_amount": executed, "extension_days": 0, "handling_officer_id": "P1",
                   "assistant_id": None, "clerk_id": None, "updated_at": STAMP, "deleted": False})  # fmt: skip


def _hearing(hid, cid, day, status) -> tuple:
    return ("b1", {"hearing_id": hid, "case_id": cid, "scheduled_date": d(day), "held_date": d(day) if status == "held" else None,
                   "status": status, "presiding_id": "P1", "clerk_id": None, "duration_minutes": 60, "livestreamed": False,
                   "updated_at": STAMP})  # fmt: skip


def _bankruptcy(cid, reorganization, total, recovered) -> tuple:
    return ("b1", {"case_id": cid, "debtor_type": "private_enterprise", "reorganization": reorganization, "creditor_count": 10,
                   "total_claims": total, "recovered_amount": recovered, "updated_at": STAMP})  # fmt: skip


def _petition(pid, received, resolved, resolution, repeat=False) -> tuple:
    return ("b1", {"petition_id": pid, "court_code": COURT, "received_date": d(received), "channel": "visit",
                   "petitioner_name": "王五六", "petitioner_id_number": None, "related_case_number": None,
                   "category": "other", "is_repeat": repeat, "is_collective": False, "escalated_to": "none",
                   "handler_id": "P1", "due_date": d(received), "resolved_date": d(resolved) if resolved else None,
                   "resolution": resolution, "satisfaction": None, "updated_at": STAMP})  # fmt: skip


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
        _case("C8", "民初", "2024-01-03", "2024-01-31", "judgment", enterprise=True, claim=0),
        _case("C9", "民初", "2023-06-01", "2023-09-01", "judgment", enterprise=True),
        _case("C3", "民初", "2024-01-10", "2024-03-10", "judgment"),
        _case("C4", "民初", "2024-03-01", "2024-04-30", "judgment", enterprise=True, claim=25_000_000),
        _case("C5", "民初", "2024-04-01", "2024-05-15", "judgment", procedure="small_claims"),
        _case("C6", "民初", "2024-02-01", "2024-02-20", "withdrawal", enterprise=True, claim=1_000_000),
        _case("C7", "民初", "2024-01-02", "2024-02-02", "judgment", enterprise=True, claim=8_000, procedure="simple"),
        _case("A7", "民终", "2024-03-01", "2024-04-10", "ruling", enterprise=True, original="C7", outcome="remanded"),
        # second instance for 二审开庭率: A1 (above) and A7 heard, A2 only postponed, A3 never heard
        _case("A2", "刑终", "2024-04-01", "2024-06-20", "judgment"),
        _case("A3", "行终", "2024-04-01", "2024-06-25", "judgment"),
        # 诉前调确: pre-litigation mediation agreements confirmed by the court
        _case("M1", "诉前调确", "2024-01-05", "2024-01-10", "ruling"),
        _case("M2", "诉前调确", "2024-02-05", "2024-02-10", "ruling"),
        # bankruptcy
        _case("B1", "破", "2024-01-15", "2024-06-15", "ruling"),
        _case("B2", "破", "2024-02-01", "2024-06-30", "ruling"),
        _case("B3", "破", "2024-03-01", "2024-05-01", "ruling"),
        _case("B4", "破", "2024-01-02", "2024-07-05", "ruling"),  # 185 days
        _case("B5", "破", "2024-01-02", "2024-07-03", "ruling"),  # 183 days
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
    ("petition", "petitions"): [
        _petition("PT1", "2024-01-10", "2024-02-05", "resolved"),
        _petition("PT2", "2024-02-01", "2024-03-20", "explained"),
        _petition("PT3", "2024-02-15", "2024-03-01", "resolved", repeat=True),
        _petition("PT4", "2024-03-10", "2024-04-20", "resolved"),
        _petition("PT5", "2024-03-20", "2024-07-15", "resolved"),
        _petition("PT6", "2024-05-01", "2024-08-01", "unresolved"),
        _petition("PT7", "2024-06-01", None, None),
    ],
    ("enforcement", "enforcement_cases"): [
        _enforcement("E1", "执", _no("民终", "A1"), "2024-07-01", "2024-09-28"),
        _enforcement("E2", "执", _no("民初", "C2"), "2024-03-01", "2024-07-31", "terminated_procedure", 200_000, 20_000),
        _enforcement("E3", "执", _no("民初", "C3"), "2024-04-01", "2024-08-15"),
        _enforcement("E5", "执保", _no("民初", "C5"), "2024-04-02", "2024-04-05"),
        _enforcement("E7", "执", _no("民初", "C7"), "2024-05-01", "2024-06-01", "terminated_procedure", 100_000, 0),
        _enforcement("E8", "执", _no("民初", "C8"), "2024-02-15", "2024-10-15", "settled", 50_000, 30_000),
        _enforcement("E13", "执", _no("民初", "C9"), "2023-10-01", "2024-11-30", applied=6_000_000, executed=6_000_000),
        _enforcement("E11", "执", _no("诉前调确", "M1"), "2024-03-01", None),
        _enforcement("E12", "执异", _no("诉前调确", "M2"), "2024-02-12", "2024-02-13"),
        _enforcement("E9", "执保", _no("民初", "C4"), "2024-03-02", "2024-03-12"),
        _enforcement("E10", "执保", _no("民初", "C4"), "2024-05-20", "2024-05-25"),
    ],
}  # fmt: skip

NEW = (
    "biz_dispute_total_days", "biz_dispute_first_instance_days", "biz_dispute_appeal_days",
    "biz_dispute_enforcement_days", "biz_voluntary_performance_rate", "biz_enforcement_application_rate",
    "biz_insolvency_case_recovery_rate", "biz_insolvency_reorganization_outcome_share",
    "biz_dispute_enforcement_recovery_rate", "biz_dispute_terminated_procedure_rate",
    "biz_dispute_enforcement_within_limit_rate", "biz_court_fee_claim_ratio", "biz_preservation_avg_days",
    "biz_preservation_within_5d_rate", "biz_insolvency_closed_within_6m_rate", "biz_dispute_appeal_transfer_days",
    "biz_dispute_resolved_within_1y_share", "biz_dispute_enforcement_fee_ratio", "biz_dispute_preservation_rate",
)  # fmt: skip


@pytest.fixture(scope="module")
def wh(tmp_path_factory) -> Build:
    entries = [catalog_entry("business_environment", i) for i in NEW]
    entries.append(catalog_entry("business_environment", "bankruptcy_recovery_rate"))  # the amount-weighted one
    hearing = [catalog_entry("appeal_and_retrial", "second_instance_closed_cases"),
               catalog_entry("hearing", "second_instance_hearing_rate")]  # fmt: skip
    entries += [
        catalog_entry("business_environment", i) for i in ("biz_sales_small_claims_rate", "biz_sales_acceptance_rate")
    ]
    petition = [
        catalog_entry("petition", i) for i in ("petition_initial_resolution_rate", "petition_backlog_resolution_rate")
    ]
    source = [catalog_entry("litigation_source", "prelit_confirmation_enforcement_ratio")]
    indicators = {
        "business_environment": entries,
        "hearing": hearing,
        "petition": petition,
        "litigation_source": source,
    }
    result = build(tmp_path_factory.mktemp("business"), indicators, ROWS)
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
    # Q4 adds C8 (E8 closed 10-15): 01-03 → 10-15 = 28 + 29+31+30+31+30+31+31+30 + 15 = 286 days, and C9 (E13 closed
    # 11-30): 2023-06-01 → 2024-06-01 = 366 (with 2024-02-29), + 30+31+31+30+31+29 to 11-30 = 548 days
    assert _v(wh, "biz_dispute_total_days", "quarter", "2024-Q4") == pytest.approx((286 + 548) / 2)
    assert _v(wh, "biz_dispute_total_days", "year", "2024") == pytest.approx((271 + 181 + 286 + 548) / 4)  # 321.5
    assert _v(wh, "biz_dispute_total_days", "year", "2024", "person", "P1") == pytest.approx(321.5)
    # within a year: both of Q3, C8 but not C9 in Q4
    assert _v(wh, "biz_dispute_resolved_within_1y_share", "quarter", "2024-Q3") == pytest.approx(1)
    assert _v(wh, "biz_dispute_resolved_within_1y_share", "quarter", "2024-Q4") == pytest.approx(1 / 2)
    assert _v(wh, "biz_dispute_resolved_within_1y_share", "year", "2024") == pytest.approx(3 / 4)
    # Q2: no 涉企 enforcement of an effective decision closed (E7's decision was remanded; E3 is Q3)
    assert _v(wh, "biz_dispute_total_days", "quarter", "2024-Q2") is None


def test_voluntary_performance_and_enforcement_application(wh):
    # effective decisions: C8 01-31, C2 02-11, C3 03-10 (Q1); C4 04-30, C5 05-15, C1 on its appeal's closing 05-31
    # (Q2); C6 is withdrawn and C7 remanded (neither is an effective decision); enforced: C1 (E1 on A1's 案号), C2,
    # C3, C8; C4 and C5 have only 执保 (preservation), which is not an application to enforce the decision
    assert _v(wh, "biz_enforcement_application_rate", "quarter", "2024-Q1") == pytest.approx(3 / 3)
    assert _v(wh, "biz_voluntary_performance_rate", "quarter", "2024-Q1") == pytest.approx(0)
    assert _v(wh, "biz_enforcement_application_rate", "quarter", "2024-Q2") == pytest.approx(1 / 3)
    assert _v(wh, "biz_voluntary_performance_rate", "quarter", "2024-Q2") == pytest.approx(2 / 3)
    assert _v(wh, "biz_enforcement_application_rate", "year", "2024") == pytest.approx(4 / 6)
    assert _v(wh, "biz_voluntary_performance_rate", "year", "2024") == pytest.approx(2 / 6)


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


def test_bankruptcy_closed_within_six_months(wh):
    # Q2: B3 61 days, B2 150, B1 152 — all within 183; Q3: B5 01-02 → 07-03 = 183 days (in), B4 → 07-05 = 185 (out)
    assert _v(wh, "biz_insolvency_closed_within_6m_rate", "quarter", "2024-Q2") == pytest.approx(1)
    assert _v(wh, "biz_insolvency_closed_within_6m_rate", "quarter", "2024-Q3") == pytest.approx(1 / 2)
    assert _v(wh, "biz_insolvency_closed_within_6m_rate", "year", "2024") == pytest.approx(4 / 5)


def test_enforcement_of_enterprise_disputes(wh):
    # enforcement closed in Q3 of 涉企 effective decisions: E1 (C1, 100,000 of 100,000, 执行完毕, 89 days) and E2
    # (C2, 20,000 of 200,000, 终本, 152 days); Q4: E8 (C8, 30,000 of 50,000, 和解, 243 days > 180) and E13 (C9,
    # 6,000,000 of 6,000,000, 执行完毕, 426 days > 180)
    assert _v(wh, "biz_dispute_enforcement_recovery_rate", "quarter", "2024-Q3") == pytest.approx(120_000 / 300_000)
    assert _v(wh, "biz_dispute_enforcement_recovery_rate", "quarter", "2024-Q4") == pytest.approx(6_030_000 / 6_050_000)
    assert _v(wh, "biz_dispute_enforcement_recovery_rate", "year", "2024") == pytest.approx(6_150_000 / 6_350_000)
    assert _v(wh, "biz_dispute_terminated_procedure_rate", "quarter", "2024-Q3") == pytest.approx(1 / 2)
    assert _v(wh, "biz_dispute_terminated_procedure_rate", "quarter", "2024-Q4") == pytest.approx(0)
    assert _v(wh, "biz_dispute_terminated_procedure_rate", "year", "2024") == pytest.approx(1 / 4)
    assert _v(wh, "biz_dispute_enforcement_within_limit_rate", "quarter", "2024-Q3") == pytest.approx(1)
    assert _v(wh, "biz_dispute_enforcement_within_limit_rate", "quarter", "2024-Q4") == pytest.approx(0)
    assert _v(wh, "biz_dispute_enforcement_within_limit_rate", "year", "2024") == pytest.approx(2 / 4)
    # 申请执行费 (诉讼费用交纳办法 第十四条) over the amount applied for: E1 100,000: 50 + 1.5 % × 90,000 = 1,400 → 0.014;
    # E2 200,000: 50 + 1.5 % × 190,000 = 2,900 → 0.0145; E8 50,000: 50 + 1.5 % × 40,000 = 650 → 0.013;
    # E13 6,000,000: 50 + 1.5 % × 490,000 + 1 % × 4,500,000 + 0.5 % × 1,000,000 = 57,400 → 0.0095667
    assert _v(wh, "biz_dispute_enforcement_fee_ratio", "quarter", "2024-Q3") == pytest.approx((0.014 + 0.0145) / 2)
    assert _v(wh, "biz_dispute_enforcement_fee_ratio", "quarter", "2024-Q4") == pytest.approx(
        (0.013 + 57_400 / 6_000_000) / 2
    )
    # E7 (终本, nothing recovered, closed in Q2) enforces C7's remanded decision: nothing of a dispute closed in Q2
    for iid in ("biz_dispute_enforcement_recovery_rate", "biz_dispute_terminated_procedure_rate"):
        assert _v(wh, iid, "quarter", "2024-Q2") is None


def test_court_fee_over_claim(wh):
    # 诉讼费用交纳办法 第十三条 on each 涉企 民初 case closed with a claim:
    #   C1 100,000, judgment: 50 + 2.5 % × 90,000 = 2,300 → 0.023
    #   C2 100,000, mediation, halved (第十五条): 1,150 → 0.0115
    #   C6 1,000,000, withdrawal: 50 + 2,250 + 2 % × 100,000 + 1.5 % × 300,000 + 1 % × 500,000 = 13,800, halved 6,900 → 0.0069
    #   C7 8,000, simple procedure (第十六条): 50 halved = 25 → 0.003125
    #   C8 has no claim (left out); C3, C5 are not 涉企
    # Q1 (C8 01-31, C2 02-11, C7 02-02, C6 02-20, C1 03-01): (0.023 + 0.0115 + 0.0069 + 0.003125) / 4
    assert _v(wh, "biz_court_fee_claim_ratio", "quarter", "2024-Q1") == pytest.approx(0.044525 / 4)
    # Q2, C4 25,000,000: 13,800 + 0.9 % × 1M + 0.8 % × 3M + 0.7 % × 5M + 0.6 % × 10M + 0.5 % × 5M
    #   = 13,800 + 9,000 + 24,000 + 35,000 + 60,000 + 25,000 = 166,800 → 0.006672
    assert _v(wh, "biz_court_fee_claim_ratio", "quarter", "2024-Q2") == pytest.approx(166_800 / 25_000_000)


def test_property_preservation(wh):
    # 执保 closed: E9 03-12 (10 days) in Q1; E5 04-05 (3 days) and E10 05-25 (5 days, on the five-day line) in Q2
    assert _v(wh, "biz_preservation_avg_days", "quarter", "2024-Q1") == pytest.approx(10)
    assert _v(wh, "biz_preservation_avg_days", "quarter", "2024-Q2") == pytest.approx(4)
    assert _v(wh, "biz_preservation_avg_days", "year", "2024") == pytest.approx(6)
    assert _v(wh, "biz_preservation_within_5d_rate", "quarter", "2024-Q1") == pytest.approx(0)
    assert _v(wh, "biz_preservation_within_5d_rate", "quarter", "2024-Q2") == pytest.approx(1)
    assert _v(wh, "biz_preservation_within_5d_rate", "year", "2024") == pytest.approx(2 / 3)
    # 涉企 decisions effective: C8 and C2 in Q1 (no 执保); C4 (E9 and E10 preserve on its 案号, counted once) and C1 in Q2;
    # C5's 执保 is not 涉企, C6 and C7 are not effective decisions
    assert _v(wh, "biz_dispute_preservation_rate", "quarter", "2024-Q1") == pytest.approx(0)
    assert _v(wh, "biz_dispute_preservation_rate", "quarter", "2024-Q2") == pytest.approx(1 / 2)
    assert _v(wh, "biz_dispute_preservation_rate", "year", "2024") == pytest.approx(1 / 4)


def test_appeal_transfer_time(wh):
    # 涉企 appeals by their filing date: A7 filed 03-01, 28 days after C7 closed 02-02 (Q1; remanded later, but the
    # transfer happened); A1 filed 04-01, 31 days after C1 closed 03-01 (Q2)
    assert _v(wh, "biz_dispute_appeal_transfer_days", "quarter", "2024-Q1") == pytest.approx(28)
    assert _v(wh, "biz_dispute_appeal_transfer_days", "quarter", "2024-Q2") == pytest.approx(31)
    assert _v(wh, "biz_dispute_appeal_transfer_days", "year", "2024") == pytest.approx(29.5)
    assert _v(wh, "biz_dispute_appeal_transfer_days", "quarter", "2024-Q3") is None


def test_sales_contract_small_claims_and_acceptance(wh):
    # 民初 sales contract disputes closed: Q1 C8, C7, C2, C6, C1, C3 (six, none small claims; C1 and C7 appealed);
    # Q2 C4 and C5 (C5 small claims, neither reviewed)
    assert _v(wh, "biz_sales_small_claims_rate", "quarter", "2024-Q1") == pytest.approx(0)
    assert _v(wh, "biz_sales_small_claims_rate", "quarter", "2024-Q2") == pytest.approx(1 / 2)
    assert _v(wh, "biz_sales_small_claims_rate", "year", "2024") == pytest.approx(1 / 8)
    assert _v(wh, "biz_sales_acceptance_rate", "quarter", "2024-Q1") == pytest.approx(1 - 2 / 6)
    assert _v(wh, "biz_sales_acceptance_rate", "quarter", "2024-Q2") == pytest.approx(1)
    assert _v(wh, "biz_sales_acceptance_rate", "year", "2024") == pytest.approx(1 - 2 / 8)


def test_first_petitions_and_backlog(wh):
    # (two 信访 indicators that replaced counts by channel, on the same small warehouse: petitions handled by P1)
    # closed in Q1: PT1 resolved, PT2 explained (first petitions), PT3 resolved but a repeat → 1 / 2;
    # Q2: PT4 resolved → 1; Q3: PT5 resolved, PT6 unresolved → 1 / 2; the year: PT1, PT4, PT5 of five first → 3 / 5
    assert _v(wh, "petition_initial_resolution_rate", "quarter", "2024-Q1") == pytest.approx(1 / 2)
    assert _v(wh, "petition_initial_resolution_rate", "quarter", "2024-Q2") == pytest.approx(1)
    assert _v(wh, "petition_initial_resolution_rate", "quarter", "2024-Q3") == pytest.approx(1 / 2)
    assert _v(wh, "petition_initial_resolution_rate", "year", "2024") == pytest.approx(3 / 5)
    assert _v(wh, "petition_initial_resolution_rate", "year", "2024", "person", "P1") == pytest.approx(3 / 5)
    # open on 03-31: PT4 (resolved 04-20, in Q2) and PT5 (resolved 07-15, after Q2) → 1 / 2;
    # open on 06-30: PT5 (resolved in Q3), PT6 (closed in Q3 unresolved), PT7 (still open) → 1 / 3
    assert _v(wh, "petition_backlog_resolution_rate", "quarter", "2024-Q2") == pytest.approx(1 / 2)
    assert _v(wh, "petition_backlog_resolution_rate", "quarter", "2024-Q3") == pytest.approx(1 / 3)


def test_enforcement_on_confirmed_mediation_agreements(wh):
    # 诉前调确 closed in Q1: M1 and M2; 执 filed in Q1 on a 诉前调确 案号: E11 (M1's, still open); E12 on M2 is an objection (执异)
    assert _v(wh, "prelit_confirmation_enforcement_ratio", "quarter", "2024-Q1") == pytest.approx(1 / 2)
    assert _v(wh, "prelit_confirmation_enforcement_ratio", "quarter", "2024-Q2") is None  # no 诉前调确 closed
