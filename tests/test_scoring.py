"""Scoring on a small hand-made warehouse, built once in a private copy of the dbt project (see indicator_fixture),
with its own peer groups (below) and the real settings, conduct and office-workload files. Every expected number is
worked out by hand in the comments from the rows of this file; the period of most checks is the year 2024.

  court 内0602 (basic): D1 civil, D2 criminal, D3 comprehensive
  J1-J4 judges in D1 all year · J5 judge in D1 until 2024-03-31, then D2 (a mover) · J6 judge joins D1 2024-10-01
  J7 judge in D1 with one case · J10 judge in D1 with one bankruptcy case (no statutory limit) · S1 admin staff in D3
"""

# ruff: noqa: E501 - the hand-made rows read best one record per line

from __future__ import annotations

import shutil
from datetime import timedelta
from decimal import Decimal

import pytest
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

STAMP = ts("2024-01-01 08:00:00")
A = "内0602"

PEER_GROUPS = [
    {"id": "civil_judges", "name_zh": "民事法官", "level": "person", "match": {"roles": ["judge"], "business_lines": ["civil"]},
     "eligibility": {"indicator": "closed_cases", "min_per_month": 0.25}, "workload_indicator": "weighted_workload",
     "dimensions": {"efficiency": 40, "effect": 20, "workload": 40},
     "indicators": [
         {"id": "avg_duration_days", "weight": 50, "rule": "benchmark", "target": 30, "floor": 90},  # lower is better
         {"id": "within_limit_closure_rate", "weight": 50, "rule": "reference_interval", "tolerance": 0.5},  # [0.95, 1]
         {"id": "mediation_withdrawal_rate", "weight": 100, "rule": "rank_percentile"},
         {"id": "closed_cases", "weight": 50, "rule": "benchmark", "target": 1, "floor": 0, "per_month": True},
         {"id": "weighted_workload", "weight": 50, "rule": "peer_relative"},
     ]},
    {"id": "criminal_judges", "name_zh": "刑事法官", "level": "person", "match": {"roles": ["judge"], "business_lines": ["criminal"]},
     "dimensions": {"workload": 100},
     "indicators": [{"id": "closed_cases", "weight": 100, "rule": "benchmark", "target": 1, "floor": 0, "per_month": True}]},
    {"id": "staff", "name_zh": "其他人员", "level": "person", "match": {}, "dimensions": {"workload": 100},
     "indicators": [{"id": "office_weighted_workload", "weight": 100, "rule": "peer_relative"}]},
    {"id": "departments", "name_zh": "部门", "level": "department", "match": {}, "dimensions": {"efficiency": 100},
     "indicators": [{"id": "within_limit_closure_rate", "weight": 100, "rule": "reference_interval"}]},
    {"id": "courts", "name_zh": "法院", "level": "court", "match": {}, "dimensions": {"efficiency": 100},
     "indicators": [{"id": "within_limit_closure_rate", "weight": 100, "rule": "reference_interval"}]},
]  # fmt: skip

DEPARTMENTS = [("D1", "民事审判第一庭", "trial", "civil"), ("D2", "刑事审判庭", "trial", "criminal"),
               ("D3", "办公室", "comprehensive", "comprehensive")]  # fmt: skip
POSTINGS = [  # (posting, person, dept, role, from, to)
    ("PJ1", "J1", "D1", "judge", "2020-01-01", None), ("PJ2", "J2", "D1", "judge", "2020-01-01", None),
    ("PJ3", "J3", "D1", "judge", "2020-01-01", None), ("PJ4", "J4", "D1", "judge", "2020-01-01", None),
    ("PJ5A", "J5", "D1", "judge", "2020-01-01", "2024-03-31"),  # 91 days of 2024 in D1 (civil)
    ("PJ5B", "J5", "D2", "judge", "2024-04-01", None),  # 275 days in D2 (criminal): the main posting of 2024
    ("PJ6", "J6", "D1", "judge", "2024-10-01", None),  # 92 of 366 days: under half the year
    ("PJ7", "J7", "D1", "judge", "2020-01-01", None), ("PJ10", "J10", "D1", "judge", "2020-01-01", None),
    ("PS1", "S1", "D3", "admin_staff", "2020-01-01", None),
]  # fmt: skip

_case_no = iter(range(1, 1000))


def cases(judge, dept, ctype, proc, filed, days, methods) -> list[tuple[str, dict]]:
    """One case per closing method, filed on `filed`, closed `days` later (no suspensions: duration = days)."""
    rows = []
    for method in methods:
        n = next(_case_no)
        rows.append(("b1", {
            "case_id": f"C{n:03d}", "case_number": f"(2024){A}{ctype}{n}号", "court_code": A, "dept_id": dept,
            "case_type_code": ctype, "procedure": proc, "cause_of_action": "民间借贷纠纷", "filing_date": d(filed),
            "closing_date": d(filed) + timedelta(days=days), "closing_method": method, "claim_amount": 10000,
            "handling_judge_id": judge, "presiding_judge_id": None, "assistant_id": None, "clerk_id": None,
            "original_case_id": None, "review_outcome": None, "involves_enterprise": False, "deleted": False,
            "updated_at": STAMP}))  # fmt: skip
    return rows


M, J = "mediation", "judgment"
CASES = [
    *cases("J1", "D1", "民初", "ordinary", "2024-02-01", 30, [M] * 6 + [J] * 6),  # 12 closed, 30 days, 6 mediated
    *cases("J2", "D1", "民初", "ordinary", "2024-02-01", 60, [M] * 3 + [J] * 3),  # 6 closed, 60 days, 3 mediated
    *cases("J3", "D1", "民初", "ordinary", "2024-02-01", 60, [M] * 3 + [J] * 3),  # exactly as J2: a tie
    *cases("J4", "D1", "民初", "ordinary", "2024-02-01", 60, [J, J]),  # J4: 60, 60 and 200 days (over the 180-day
    *cases("J4", "D1", "民初", "ordinary", "2024-02-01", 200, [J]),  # limit): avg 320/3, 2 of 3 within the limit
    *cases("J5", "D2", "刑初", "ordinary", "2024-05-01", 30, [J] * 6),  # the mover: 6 criminal cases in D2
    *cases("J6", "D1", "民初", "ordinary", "2024-10-02", 30, [J] * 3),  # joined in October
    *cases("J7", "D1", "民初", "ordinary", "2024-03-01", 30, [M]),  # one case only
    *cases("J10", "D1", "破", "special", "2024-03-01", 100, ["ruling"]),  # no statutory limit: within-limit rate null
]


def conduct(eid, person, day, etype, severity, verified) -> tuple[str, dict]:
    return ("b1", {"event_id": eid, "person_id": person, "event_date": d(day), "event_type": etype, "severity": severity,
                   "case_number": None, "verified": verified, "source": "complaint", "updated_at": STAMP})  # fmt: skip


CONDUCT = [
    conduct("E1", "J1", "2024-05-10", "verified_complaint", "minor", True),  # -1 (conduct.yaml)
    conduct("E2", "J1", "2024-06-10", "integrity_violation", "severe", False),  # unverified: nothing
    conduct("E3", "J3", "2024-06-10", "disciplinary_action", "severe", False),  # unverified: J3 stays tied with J2
]


def item(iid, kind, qty, grade, adopted, day) -> tuple[str, dict]:
    return ("b1", {"item_id": iid, "person_id": "S1", "dept_id": "D3", "item_date": d(day), "item_type": kind,
                   "quantity": qty, "quality_grade": grade, "adopted_level": adopted, "updated_at": STAMP})  # fmt: skip


WORK_ITEMS = [
    item("W1", "official_document", 2, "A", "none", "2024-03-01"),  # 2 × 1.0 × 1.2 × 1.0 = 2.4
    item("W2", "information_report", 1, "B", "region", "2024-06-01"),  # 1 × 1.5 × 1.0 × 2.0 = 3.0
]

ROWS = {
    ("hr", "courts"): [("b1", {"court_code": A, "court_name": "东胜区人民法院", "level": "basic", "parent_court_code": None,
                               "jurisdiction_population": 600_000, "updated_at": STAMP})],
    ("hr", "departments"): [("b1", {"dept_id": i, "court_code": A, "dept_name": n, "dept_type": t, "business_line": b,
                                    "active": True, "updated_at": STAMP}) for i, n, t, b in DEPARTMENTS],
    ("hr", "staff"): [("b1", {"person_id": p, "name": "王某", "gender": "F", "court_code": A, "dept_id": dept, "role": role,
                              "is_quota_judge": role == "judge", "hire_date": d("2015-07-01"), "leave_date": None,
                              "updated_at": STAMP}) for _, p, dept, role, _, end in POSTINGS if end is None],
    ("hr", "staff_postings"): [("b1", {"posting_id": pid, "person_id": p, "court_code": A, "dept_id": dept, "role": role,
                                       "valid_from": d(start), "valid_to": d(end) if end else None, "updated_at": STAMP})
                               for pid, p, dept, role, start, end in POSTINGS],
    ("trial", "cases"): CASES,
    ("conduct", "conduct_events"): CONDUCT,
    ("office", "work_items"): WORK_ITEMS,
}  # fmt: skip


@pytest.fixture(scope="module")
def wh(tmp_path_factory) -> Build:
    tmp = tmp_path_factory.mktemp("scoring")
    project = make_project(tmp / "dbt_project")
    config = write_config(project, {"core": core_entries()})
    (config / "scoring").mkdir()
    for name in ("settings.yaml", "conduct.yaml", "office_workload.yaml", "grades.yaml"):
        shutil.copy(REAL_CONFIG / "scoring" / name, config / "scoring" / name)
    (config / "scoring" / "peer_groups.yaml").write_text(
        yaml.safe_dump({"peer_groups": PEER_GROUPS}, allow_unicode=True), encoding="utf-8"
    )
    catalog = generate(project)
    warehouse = tmp / "warehouse.duckdb"
    land(warehouse, ROWS)
    seconds = dbt_build(project, warehouse)
    build = Build(project, warehouse, catalog, seconds).open()
    yield build
    build.close()


def total(wh, entity, ptype="year", period="2024", level="person") -> dict:
    (row,) = wh.rows("select * from marts.score_totals where level = ? and entity_id = ? and period_type = ? and period = ?",
                     level, entity, ptype, period)  # fmt: skip
    return row


def lines(wh, entity, ptype="year", period="2024") -> dict:
    rows = wh.rows("select * from marts.score_explanations where level = 'person' and entity_id = ? and period_type = ? "
                   "and period = ? order by line_number", entity, ptype, period)  # fmt: skip
    return {r["indicator_id"] or r["event_id"] or r["line_type"]: r for r in rows}


def test_points_rules_at_their_edges(wh):
    j1, j2, j4 = lines(wh, "J1"), lines(wh, "J2"), lines(wh, "J4")
    # benchmark, lower is better (target 30, floor 90): J1 avg 30 = target → 100; J2 60 → 100 × (60-90)/(30-90) = 50;
    # J4 (60+60+200)/3 = 106.67, beyond the floor → 0
    assert j1["avg_duration_days"]["points"] == 100
    assert j2["avg_duration_days"]["points"] == pytest.approx(50)
    assert j4["avg_duration_days"]["points"] == 0
    # benchmark per month (target 1, floor 0 a month → 12 and 0 for 2024): J1 12 → 100, J2 6 → 50, J4 3 → 25
    assert (j1["closed_cases"]["benchmark_target"], j1["closed_cases"]["benchmark_floor"]) == (12, 0)
    assert [x["closed_cases"]["points"] for x in (j1, j2, j4)] == pytest.approx([100, 50, 25])
    # reference interval [0.95, 1.0], tolerance 0.5: J1 1.0 (at the upper bound) → 100;
    # J4 2/3 → 100 - 100 × (0.95 - 2/3) / 0.5 = 43.333…
    assert j1["within_limit_closure_rate"]["points"] == 100
    assert j4["within_limit_closure_rate"]["points"] == pytest.approx(100 - 100 * (0.95 - 2 / 3) / 0.5)
    # peer_relative on weighted workload (民初 ordinary weighs 1.0, handling share 1.0): eligible pool 3, 6, 6, 12;
    # p10 = 3 + 0.3 × 3 = 3.9, median 6, p90 = 6 + 0.7 × 6 = 10.2 → J1 12 ≥ p90: 100; J2 = median: 60; J4 ≤ p10: 20
    assert j2["weighted_workload"]["peer_median"] == pytest.approx(6)
    assert [x["weighted_workload"]["points"] for x in (j1, j2, j4)] == pytest.approx([100, 60, 20])
    # rank_percentile on the mediation-withdrawal rate: J1 6/12, J2 3/6, J3 3/6, J4 0/3; J1 beats 1 of the 3 others → 33.3
    # J4 beats none → 0; J7 (ineligible, 1/1) beats all 4 eligible members → 100
    assert j1["mediation_withdrawal_rate"]["points"] == pytest.approx(100 / 3)
    assert j4["mediation_withdrawal_rate"]["points"] == 0
    assert lines(wh, "J7")["mediation_withdrawal_rate"]["points"] == 100


def test_null_value_redistributes_weight_within_the_dimension(wh):
    # J10's only case is a bankruptcy (破, no statutory limit): within_limit_closure_rate is null, so avg_duration_days
    # carries the whole efficiency dimension (40); the other dimensions keep 20 + 40; the effective weights add up to 100
    j10 = lines(wh, "J10")
    assert j10["within_limit_closure_rate"]["value"] is None and j10["within_limit_closure_rate"]["points"] is None
    assert j10["within_limit_closure_rate"]["effective_weight"] == 0
    assert j10["within_limit_closure_rate"]["note"] == "本期无数值：权重转给同维度的其他指标"
    assert j10["avg_duration_days"]["configured_weight"] == 20 and j10["avg_duration_days"]["effective_weight"] == 40
    assert sum(r["effective_weight"] or 0 for r in j10.values()) == pytest.approx(100)


def test_totals_ties_and_ranks(wh):
    # J1: 0.2 × (100 + 100 + 33.3333 + 100 + 100) = 86.6667, minus 1 for the verified complaint E1 = 85.6667 → 85.67
    # J2, J3: 0.2 × (50 + 100 + 33.3333 + 50 + 60) = 58.6667 → 58.67 (J3's unverified event deducts nothing)
    # J4: 0.2 × (0 + 43.3333 + 0 + 25 + 20) = 17.6667 → 17.67
    got = {p: total(wh, p) for p in ("J1", "J2", "J3", "J4")}
    assert {p: r["total"] for p, r in got.items()} == {
        "J1": Decimal("85.67"), "J2": Decimal("58.67"), "J3": Decimal("58.67"), "J4": Decimal("17.67")}  # fmt: skip
    assert [got[p]["rank_in_peer_group"] for p in ("J1", "J2", "J3", "J4")] == [1, 2, 2, 4]
    assert [got[p]["rank_in_court"] for p in ("J1", "J2", "J3", "J4")] == [1, 2, 2, 4]
    assert [got[p]["percentile"] for p in ("J1", "J2", "J3", "J4")] == pytest.approx([1, 1 / 3, 1 / 3, 0])
    assert {r["peer_group_size"] for r in got.values()} == {4}
    # workload against the peer median (6): J1 12 → 2.0
    assert got["J1"]["workload_vs_peer_median"] == pytest.approx(2.0)


def test_grades_of_the_year_by_band_quota_and_service(wh):
    # grades.yaml (annual 85/60/50, quota 20 % of those graded in the court's peer group). civil_judges of 2024:
    # J6 was posted 92 of 366 days (< 50 %): not graded; J1, J2, J3, J4, J7 and J10 are graded, so the quota is
    # floor(0.2 × 6) = 1: J1 (85.67 ≥ 85) is 优秀, J2 and J3 (58.67) 基本称职, J4 (17.67) 不称职.
    year = (
        "select * from marts.grades where peer_group_id = 'civil_judges' and period_type = 'year' and period = '2024'"
    )
    got = {r["entity_id"]: r for r in wh.rows(year)}
    assert {p: got[p]["grade"] for p in ("J1", "J2", "J3", "J4", "J6")} == {
        "J1": "优秀", "J2": "基本称职", "J3": "基本称职", "J4": "不称职", "J6": None}  # fmt: skip
    assert (got["J1"]["graded_in_unit"], got["J1"]["quota"], got["J1"]["quota_rank"]) == (6, 1, 1)
    assert got["J1"]["decided_reason"] == "总分 85.67 ≥ 85，定为 优秀（名额 1 人，排第 1）"
    assert got["J6"]["decided_by"] == "not_graded"
    assert got["J6"]["decided_reason"] == "不定等次：在岗 92 天，不足期间 366 天的 50%"
    assert wh.rows("select distinct period_type from marts.grades order by 1") == [
        {"period_type": "month"}, {"period_type": "quarter"}, {"period_type": "year"}]  # fmt: skip
    assert {r["scale"] for r in wh.rows("select scale from marts.grades where period_type = 'month'")} == {"regular"}


def test_only_verified_events_deduct(wh):
    j1 = lines(wh, "J1")
    assert j1["E1"]["line_type"] == "deduction" and j1["E1"]["contribution"] == Decimal("-1.0000")
    assert "E2" not in j1 and "E3" not in lines(wh, "J3")
    assert total(wh, "J1")["deductions"] == Decimal("-1.0000") and total(wh, "J3")["deductions"] == 0


def test_explanations_add_up_to_every_total_to_the_cent(wh):
    mismatches = wh.rows("""
        select t.level, t.entity_id, t.period_type, t.period, t.total, sum(e.contribution) as lines
        from marts.score_totals as t
        inner join marts.score_explanations as e using (level, entity_id, period_type, period)
        group by all having any_value(t.total) != sum(e.contribution)""")
    assert mismatches == []
    # J1: the rounding line takes 85.6667 to 85.67
    assert lines(wh, "J1")["rounding"]["contribution"] == Decimal("0.0033")


def test_ineligible_members_are_shown_without_rank(wh):
    j6, j7 = total(wh, "J6"), total(wh, "J7")
    # J6 joined on 2024-10-01: 92 of 366 days; J7 closed 1 case, under 0.25 a month × 12 = 3
    assert (
        not j6["is_eligible"]
        and j6["rank_in_peer_group"] is None
        and j6["eligibility_reason"] == "在岗 92 天，不足期间 366 天的 50%"
    )
    assert not j7["is_eligible"] and j7["rank_in_peer_group"] is None
    assert j7["eligibility_reason"] == "本期 closed_cases 为 1，少于最低要求 3"
    assert j7["total"] is not None and j7["not_ranked_reason"] == "不参加排名：" + j7["eligibility_reason"]


def test_department_mover_is_scored_in_the_main_postings_group(wh):
    # J5: D1 (civil) 91 days, D2 (criminal) 275 days of 2024 → criminal_judges; 6 closed of a 12 target → 50 points
    j5 = total(wh, "J5")
    assert (j5["peer_group_id"], j5["dept_id"], j5["is_mover"], j5["total"]) == (
        "criminal_judges",
        "D2",
        True,
        Decimal("50.00"),
    )
    assert j5["rank_in_peer_group"] == 1 and j5["peer_group_size"] == 1
    note = lines(wh, "J5")["note"]["note"]
    assert note == "本期调岗（2 个岗位）：按主要岗位在同类组 刑事法官 评分（部门 D2，275/366 天）"
    # in February 2024 J5 was in D1 only: civil_judges, not a mover
    feb = total(wh, "J5", "month", "2024-02")
    assert (feb["peer_group_id"], feb["is_mover"]) == ("civil_judges", False)


def test_every_entity_is_scored_for_every_period_and_courts_are_not_ranked(wh):
    # every court, department and person; the city (两级法院合计) has indicator values but no score: nothing to
    # compare it with
    missing = wh.rows("""
        select s.level, s.entity_id, s.period_type, s.period from intermediate.int_indicator_scaffold as s
        left join marts.score_totals as t using (level, entity_id, period_type, period) where t.entity_id is null""")
    assert {r["level"] for r in missing} <= {"city"} and len(missing) == len(
        wh.rows("select 1 from intermediate.int_indicator_scaffold where level = 'city'")
    )
    assert {r["period_type"] for r in wh.rows("select distinct period_type from marts.score_totals")} == {
        "month", "quarter", "year", "ytd"}  # fmt: skip
    court = total(wh, A, level="court")
    assert (
        court["rank_in_peer_group"] is None
        and court["not_ranked_reason"] == "该层级不排名（settings.yaml ranked_levels）"
    )


def test_office_workload_strengths_and_rank_trend(wh):
    (s1,) = wh.rows("select * from marts.office_workload where person_id = 'S1' and period_type = 'year'")
    assert (s1["item_count"], s1["quantity"], s1["office_weighted_workload"]) == (2, 3, pytest.approx(5.4))
    # J1 against what the peer median value earns (pool J1-J4): avg duration 100 vs 50 (median 60 days), closed cases
    # 100 vs 50 (median 6), weighted workload 100 vs 60; within-limit 100 vs 100 is neither; mediation 33.3 vs 50 is weak
    got = wh.rows("select kind, indicator_id, gap_to_median from marts.strengths_weaknesses where entity_id = 'J1' "
                  "and period_type = 'year' order by kind, list_position")  # fmt: skip
    assert [(r["kind"], r["indicator_id"]) for r in got] == [
        ("strength", "avg_duration_days"), ("strength", "closed_cases"), ("strength", "weighted_workload"),
        ("weakness", "mediation_withdrawal_rate")]  # fmt: skip
    trend = wh.rows("select * from marts.rank_trend where entity_id = 'J1' order by period")
    assert trend and all(r["previous_period"] is None or r["previous_period"] < r["period"] for r in trend)
