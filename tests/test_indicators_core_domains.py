"""The core indicators of core_indicators.md beyond trial (enforcement, litigation source, petitions, business
environment, workload) and the engine's row set (calendar, levels, postings, zeros and nulls), on the hand-made
warehouse of tests/core_indicators_fixture.py; the trial indicators are in test_indicators_core.py. Every expected
value is worked out by hand in the comments from the rows of tests/core_indicators_rows.py.
"""

# ruff: noqa: E501 - the hand-worked figures read best one check per line

from __future__ import annotations

import math
import re
from pathlib import Path

from tests.core_indicators_fixture import (
    CITY,
    CORE_TEST_MODULES,
    COURT,
    DEPT,
    PERSON,
    YTD,
    M,
    Q,
    Y,
    check,
)
from tests.core_indicators_rows import A, B
from tests.indicator_fixture import CORE_IDS, d

# --- enforcement --------------------------------------------------------------------------------------------------


def test_enforcement(core_build):
    # closed in 2024 (E5 deleted, E4 pending): E1 执 fully executed, E2 执 terminated procedure, E3 执恢 → 3
    check(core_build, "enf_closed_cases", COURT, A, Y, "2024", 3, None, 3)
    check(core_build, "enf_closed_cases", DEPT, "D3", Y, "2024", 3, None, 3)
    check(core_build, "enf_closed_cases", PERSON, "P3", Y, "2024", 3, None, 3)
    check(core_build, "enf_closed_cases", DEPT, "D1", Y, "2024", 0, None, 0)
    # rates over 执 only (E1, E2): fully executed 1 / 2, terminated 1 / 2,
    # recovery (100,000 + 10,000) / (100,000 + 50,000), within 180 + extension: E1 195 <= 210, E2 242 > 180 → 1 / 2
    check(core_build, "enf_full_execution_rate", COURT, A, Y, "2024", 1, 2, 0.5)
    check(core_build, "enf_terminated_procedure_rate", COURT, A, Y, "2024", 1, 2, 0.5)
    check(core_build, "enf_recovery_rate", COURT, A, Y, "2024", 110_000, 150_000, 110_000 / 150_000)
    check(core_build, "enf_within_limit_rate", PERSON, "P3", Y, "2024", 1, 2, 0.5)
    # 2024-Q3: E1 (07-15), E2 (09-30)
    check(core_build, "enf_recovery_rate", DEPT, "D3", Q, "2024-Q3", 110_000, 150_000, 110_000 / 150_000)
    # 2024-Q2: only E3 (执恢) closed: counted, but every 执 rate is 0 / 0 → null
    check(core_build, "enf_closed_cases", COURT, A, Q, "2024-Q2", 1, None, 1)
    check(core_build, "enf_full_execution_rate", COURT, A, Q, "2024-Q2", 0, 0, None)
    check(core_build, "enf_recovery_rate", COURT, A, Q, "2024-Q2", 0, 0, None)
    check(core_build, "enf_within_limit_rate", COURT, A, Q, "2024-Q2", 0, 0, None)
    check(core_build, "enf_terminated_procedure_rate", COURT, A, Q, "2024-Q2", 0, 0, None)
    # July 2024: E1 alone, within its extended limit
    check(core_build, "enf_within_limit_rate", COURT, A, M, "2024-07", 1, 1, 1.0)


# --- litigation source (court level only) -----------------------------------------------------------------------


def test_litigation_source(core_build):
    # 内0602 pre-litigation mediations closed in 2024: M1 success, M2 failed, M3 withdrawn (in neither) → 1 / 2
    check(core_build, "prelit_mediation_success_rate", COURT, A, Y, "2024", 1, 2, 0.5)
    check(core_build, "prelit_mediation_success_rate", COURT, A, Q, "2024-Q2", 0, 0, None)  # only M4 (in litigation)
    check(core_build, "prelit_mediation_success_rate", COURT, B, Y, "2024", 1, 1, 1.0)  # M6
    # judicial confirmations (any stage): M1, M4 → 2; Q2: M4 → 1; 内06: M6 not confirmed → 0
    check(core_build, "judicial_confirmation_count", COURT, A, Y, "2024", 2, None, 2)
    check(core_build, "judicial_confirmation_count", COURT, A, Q, "2024-Q2", 1, None, 1)
    check(core_build, "judicial_confirmation_count", COURT, B, Y, "2024", 0, None, 0)
    # 民初 / 行初 filed in 2024 at 内0602: T01 T02 T03 T05 T06 T07 T08 T14 T15 T16 T19 (民初) + T17 (行初) = 12
    #   (T11-T13 are 刑初) → 12 / 600,000 × 10,000 = 0.2
    check(core_build, "lawsuits_per_10k", COURT, A, Y, "2024", 12, 600_000, 0.2)
    # 内06: T23, T28 → 2 / 2,000,000 × 10,000 = 0.01
    check(core_build, "lawsuits_per_10k", COURT, B, Y, "2024", 2, 2_000_000, 0.01)


# --- petitions --------------------------------------------------------------------------------------------------


def test_petitions(core_build):
    # 内0602, 2024: PT1 PT2 PT3 PT4 received. Resolved or explained by 2024-12-31: PT1, PT2 (PT3 transferred,
    # PT4 resolved only on 2025-01-05) → 2 / 4. Resolved by the due date: PT1, PT3, PT4 (PT2 late) → 3 / 4.
    # Repeat: PT2 → 1 / 4.
    check(core_build, "petitions_received", COURT, A, Y, "2024", 4, None, 4)
    check(core_build, "petition_resolution_rate", COURT, A, Y, "2024", 2, 4, 0.5)
    check(core_build, "petition_on_time_rate", COURT, A, Y, "2024", 3, 4, 0.75)
    check(core_build, "repeat_petition_rate", COURT, A, Y, "2024", 1, 4, 0.25)
    # department = the handler's department in the posting covering received_date:
    #   PT1 (P4, 2024-03-15) → D2; PT2 (P4, 2024-08-01, after the move) → D1; PT3, PT4 (P1) → D1
    check(core_build, "petitions_received", DEPT, "D2", Y, "2024", 1, None, 1)
    check(core_build, "petition_resolution_rate", DEPT, "D2", Y, "2024", 1, 1, 1.0)
    check(core_build, "repeat_petition_rate", DEPT, "D2", Y, "2024", 0, 1, 0.0)
    check(core_build, "petitions_received", DEPT, "D1", Y, "2024", 3, None, 3)
    check(core_build, "petition_resolution_rate", DEPT, "D1", Y, "2024", 1, 3, 1 / 3)  # PT2
    check(core_build, "petition_on_time_rate", DEPT, "D1", Y, "2024", 2, 3, 2 / 3)  # PT3, PT4
    check(core_build, "repeat_petition_rate", DEPT, "D1", Y, "2024", 1, 3, 1 / 3)  # PT2
    # handler P4: PT1, PT2 (both resolved or explained in 2024; PT1 on time; PT2 repeat)
    check(core_build, "petitions_received", PERSON, "P4", Y, "2024", 2, None, 2)
    check(core_build, "petition_resolution_rate", PERSON, "P4", Y, "2024", 2, 2, 1.0)
    check(core_build, "petition_on_time_rate", PERSON, "P4", Y, "2024", 1, 2, 0.5)
    check(core_build, "repeat_petition_rate", PERSON, "P4", Y, "2024", 1, 2, 0.5)
    # December 2024: PT4 resolved after E (not resolved in the period) but by its due date
    check(core_build, "petition_resolution_rate", DEPT, "D1", M, "2024-12", 0, 1, 0.0)
    check(core_build, "petition_on_time_rate", DEPT, "D1", M, "2024-12", 1, 1, 1.0)
    # nothing received: 0 and null
    check(core_build, "petitions_received", DEPT, "D1", YTD, "2025-01", 0, None, 0)
    check(core_build, "petition_resolution_rate", DEPT, "D1", YTD, "2025-01", 0, 0, None)
    # per 100 closed (court only): 4 / (14 trial + 3 enforcement) × 100; 2024-Q1: PT1 / (6 trial + 0) × 100
    check(core_build, "petitions_per_100_closed", COURT, A, Y, "2024", 4, 17, 4 / 17 * 100)
    check(core_build, "petitions_per_100_closed", COURT, A, Q, "2024-Q1", 1, 6, 1 / 6 * 100)
    check(core_build, "petitions_per_100_closed", COURT, A, M, "2024-04", 0, 0, None)


# --- business environment ---------------------------------------------------------------------------------------


def test_business_environment(core_build):
    # enterprise 民初 closed in 2024 at 内0602: T01 75, T04 199, T05 224 (T10 is 破) → 498 / 3 = 166
    check(core_build, "enterprise_avg_duration_days", COURT, A, Y, "2024", 498, 3, 166)
    check(core_build, "enterprise_avg_duration_days", PERSON, "P1", Y, "2024", 498, 3, 166)
    check(core_build, "enterprise_avg_duration_days", COURT, B, Y, "2024", 180, 1, 180)  # T23
    check(core_build, "enterprise_avg_duration_days", DEPT, "D2", Y, "2024", 0, 0, None)
    # enterprise cases closed with a limit: T01 (within), T04 (within, extended), T05 (over); T10 has no limit
    check(core_build, "enterprise_within_limit_rate", COURT, A, Y, "2024", 2, 3, 2 / 3)
    check(core_build, "enterprise_within_limit_rate", COURT, A, Q, "2024-Q1", 2, 2, 1.0)  # T01, T04
    # bankruptcy T10: closing - filing = 364 days (the 10 suspended days are not deducted), 500,000 / 2,000,000
    check(core_build, "bankruptcy_avg_duration_days", COURT, A, Y, "2024", 364, 1, 364)
    check(core_build, "bankruptcy_recovery_rate", COURT, A, Y, "2024", 500_000, 2_000_000, 0.25)
    check(core_build, "bankruptcy_avg_duration_days", DEPT, "D1", Q, "2024-Q3", 364, 1, 364)
    check(core_build, "bankruptcy_recovery_rate", PERSON, "P1", Y, "2024", 500_000, 2_000_000, 0.25)
    check(core_build, "bankruptcy_avg_duration_days", COURT, A, Q, "2024-Q1", 0, 0, None)
    check(core_build, "bankruptcy_recovery_rate", COURT, A, Q, "2024-Q1", 0, 0, None)


# --- workload ---------------------------------------------------------------------------------------------------


def test_weighted_workload_courts_and_departments(core_build):
    # w of each case closed in 2024 (config/workload/case_weights.csv):
    #   D1: T01 1.0 + T02 0.6 (simple) + T03 0.4 (small claims) + T04 1.0 + T05 1.0 + T06 1.0 + T07 0.6 + T10 5.0 (破)
    #       + T16 1.0 + T17 1.3 (行初 *) + T19 0.6 = 13.5
    #   D2: T11 0.4 (speedy) + T12 0.8 (simple) + T13 1.5 (ordinary) = 2.7
    #   D3: E1 0.5 + E2 0.5 (执) + E3 0.3 (执恢) = 1.3
    #   内0602 = 13.5 + 2.7 + 1.3 = 17.5 (each case once, however many people worked on it)
    #   内06 (D4): T20 1.2 + T22 1.2 (民终 *) + T23 1.0 + T25 1.5 (刑终 *) = 4.9
    check(core_build, "weighted_workload", COURT, A, Y, "2024", 17.5, None, 17.5)
    check(core_build, "weighted_workload", DEPT, "D1", Y, "2024", 13.5, None, 13.5)
    check(core_build, "weighted_workload", DEPT, "D2", Y, "2024", 2.7, None, 2.7)
    check(core_build, "weighted_workload", DEPT, "D3", Y, "2024", 1.3, None, 1.3)
    check(core_build, "weighted_workload", COURT, B, Y, "2024", 4.9, None, 4.9)
    check(core_build, "weighted_workload", DEPT, "D4", Y, "2024", 4.9, None, 4.9)
    # 2024-Q1 at 内0602: T01 1.0 + T02 0.6 + T03 0.4 + T04 1.0 + T11 0.4 + T12 0.8 = 4.2; April: nothing → 0
    check(core_build, "weighted_workload", COURT, A, Q, "2024-Q1", 4.2, None, 4.2)
    check(core_build, "weighted_workload", COURT, A, M, "2024-04", 0, None, 0)


def test_weighted_workload_people_largest_credit(core_build):
    # credits on cases closed in 2024; a person with several roles on a case gets only the largest:
    # P1: handling T01 (also presiding its panel: 1.0, not 1.3) 1.0 + T02 0.6 + T03 0.4 + T04 1.0 + T05 1.0
    #     + T10 5.0 + T16 1.0 = 10.0
    check(core_build, "weighted_workload", PERSON, "P1", Y, "2024", 10.0, None, 10.0)
    # P6: assistant on T01 0.5 × 1.0 + assistant and clerk on T05 max(0.5, 0.4) × 1.0 + assistant on E2 0.5 × 0.5 = 1.25
    check(core_build, "weighted_workload", PERSON, "P6", Y, "2024", 1.25, None, 1.25)
    # P7: clerk on T01 0.4 × 1.0 + clerk on E1 0.4 × 0.5 = 0.6
    check(core_build, "weighted_workload", PERSON, "P7", Y, "2024", 0.6, None, 0.6)
    # P4: panel member on T01 0.3 × 1.0 + handling T11 0.4 + T12 0.8 + T13 1.5 = 3.0
    check(core_build, "weighted_workload", PERSON, "P4", Y, "2024", 3.0, None, 3.0)
    # P5: panel member on T05 0.3 × 1.0 + handling T06 1.0 + T07 0.6 + T17 1.3 + T19 0.6 = 3.8
    check(core_build, "weighted_workload", PERSON, "P5", Y, "2024", 3.8, None, 3.8)
    # P2: handling T20 and member of its panel → 1.0 × 1.2 only (T21 closes in 2025)
    check(core_build, "weighted_workload", PERSON, "P2", Y, "2024", 1.2, None, 1.2)
    # P8: presiding T20 0.3 × 1.2 + handling T22 1.2 + T23 1.0 + T25 1.5 = 4.06
    check(core_build, "weighted_workload", PERSON, "P8", Y, "2024", 4.06, None, 4.06)
    # P3: handling E1 0.5 + E2 0.5 + E3 0.3 = 1.3
    check(core_build, "weighted_workload", PERSON, "P3", Y, "2024", 1.3, None, 1.3)
    # 2024-Q1, P1: T01 1.0 + T02 0.6 + T03 0.4 + T04 1.0 = 3.0; 2025-Q1, P2: T21 1.2
    check(core_build, "weighted_workload", PERSON, "P1", Q, "2024-Q1", 3.0, None, 3.0)
    check(core_build, "weighted_workload", PERSON, "P2", Q, "2025-Q1", 1.2, None, 1.2)


def test_sums_are_exact_whatever_order_the_rows_come_in(core_build):
    """Measures are summed in decimal, then given as the double nearest the exact sum. As doubles, P7's credits
    0.4 + 0.2 make 0.6000000000000001 in any order, and P8's 0.36 + 1.2 + 1.0 + 1.5 make 4.06 or
    4.0600000000000005 depending on the order, which differs between engines (DuckDB and Spark once disagreed
    on a score's 4th decimal this way). So these are equal, not approximately equal."""
    exact = {("person", "P7"): 0.6, ("person", "P8"): 4.06, ("department", "D2"): 2.7, ("court", A): 17.5}
    for (level, entity), want in exact.items():
        got = core_build.value("weighted_workload", level, entity, Y, "2024")
        assert (got["numerator"], got["value"]) == (want, want), (level, entity, got)
    assert core_build.value("weighted_workload", COURT, A, Q, "2024-Q1")["value"] == 4.2


# --- the row set ------------------------------------------------------------------------------------------------


def test_period_calendar(core_build):
    # activity runs from 2023-01-15 (T09 filed) to 2025-03-05 (T21 closed): 27 months, 9 quarters, 3 years, 27 ytd
    periods = {
        (r["period_type"], r["period"]): r for r in core_build.rows("select * from intermediate.int_indicator_periods")
    }
    counts = {t: sum(1 for k in periods if k[0] == t) for t in (M, Q, Y, YTD)}
    assert counts == {M: 27, Q: 9, Y: 3, YTD: 27}
    assert len(periods) == 66
    assert (periods[(Y, "2024")]["period_start"], periods[(Y, "2024")]["period_end"]) == (
        d("2024-01-01"),
        d("2024-12-31"),
    )
    assert periods[(Y, "2024")]["days_in_period"] == 366
    assert periods[(Q, "2024-Q3")]["days_in_period"] == 92
    assert periods[(M, "2024-02")]["days_in_period"] == 29
    ytd = periods[(YTD, "2024-06")]
    assert (ytd["period_start"], ytd["period_end"], ytd["days_in_period"]) == (d("2024-01-01"), d("2024-06-30"), 182)
    assert min(k[1] for k in periods if k[0] == M) == "2023-01" and max(k[1] for k in periods if k[0] == M) == "2025-03"


def test_every_declared_level_has_a_row_for_every_period(core_build):
    catalog = {i.id: i for i in core_build.catalog.indicators}
    assert sorted(catalog) == sorted([*CORE_IDS, "carried_over_closure_rate"])
    n_periods = core_build.rows("select count(*) as n from intermediate.int_indicator_periods")[0]["n"]
    posted = core_build.rows("select count(*) as n from intermediate.int_indicator_scaffold where level = 'person'")[0][
        "n"
    ]  # (person, period) pairs with a posting overlapping the period
    got = {
        (r["indicator_id"], r["level"]): r
        for r in core_build.rows(
            "select indicator_id, level, count(*) as n, count(distinct entity_id) as entities, "
            "count(distinct period_type || period) as periods "
            "from marts.indicator_values group by 1, 2"
        )
    }
    expected_entities = {CITY: 1, COURT: 2, DEPT: 4, PERSON: 8}
    for iid, ind in ((i, catalog[i]) for i in CORE_IDS):  # (carried_over_closure_rate: judges only)
        # the city (two-level total) wherever the court level is declared
        levels = {*ind.levels, *([CITY] if COURT in ind.levels else [])}
        assert {lvl for (i, lvl) in got if i == iid} == levels, iid
        for level in levels:
            row = got[(iid, level)]
            assert row["periods"] == n_periods, (iid, level, row)
            assert row["entities"] == expected_entities[level], (iid, level, row)
            if level == PERSON:
                assert row["n"] == posted, (iid, row)
            else:
                assert row["n"] == n_periods * expected_entities[level], (iid, level, row)
    # one row per key
    dup = core_build.rows(
        "select indicator_id, level, entity_id, period_type, period, count(*) as n from marts.indicator_values "
        "group by all having count(*) > 1 limit 5"
    )
    assert dup == []
    # court-only indicators have no rows below the court; per-judge has none for people
    assert set(catalog["petitions_per_100_closed"].levels) == {COURT}
    assert set(catalog["lawsuits_per_10k"].levels) == {COURT}
    assert set(catalog["cases_closed_per_judge"].levels) == {COURT, DEPT}


def test_people_rows_follow_postings(core_build):
    def people(ptype, period):
        rows = core_build.rows(
            "select entity_id from marts.indicator_values where indicator_id = 'closed_cases' and level = 'person' "
            "and period_type = ? and period = ? order by 1",
            ptype, period,
        )  # fmt: skip
        return [r["entity_id"] for r in rows]

    # P5 joins on 2024-04-01: no row before, a row (with 0 or more cases) from then on
    assert people(Q, "2024-Q1") == ["P1", "P2", "P3", "P4", "P6", "P7", "P8"]
    assert people(Q, "2024-Q2") == ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8"]
    assert people(YTD, "2024-03") == ["P1", "P2", "P3", "P4", "P6", "P7", "P8"]
    assert people(YTD, "2024-04") == ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8"]
    check(core_build, "closed_cases", PERSON, "P5", M, "2024-04", 0, None, 0)


def test_counts_are_zero_and_ratios_null_never_nan(core_build):
    kinds = {i.id: i.formula.kind for i in core_build.catalog.indicators}
    rows = core_build.rows("select indicator_id, numerator, denominator, value from marts.indicator_values")
    assert len(rows) > 10_000
    for r in rows:
        kind = kinds[r["indicator_id"]]
        for key in ("numerator", "denominator", "value"):
            assert r[key] is None or math.isfinite(r[key]), r
        if kind in ("count", "sum"):
            assert r["value"] is not None and r["value"] == r["numerator"] and r["denominator"] is None, r
        elif kind in ("ratio", "complement_ratio", "average", "per_quota_judge"):
            assert r["numerator"] is not None and r["denominator"] is not None, r
            assert (r["value"] is None) == (r["denominator"] == 0), r
        elif kind == "median":
            assert (r["value"] is None) == (r["denominator"] == 0), r
    # in particular, a department without a single case: every count 0, every ratio null
    d3 = {
        r["indicator_id"]: r["value"]
        for r in core_build.rows(
            "select indicator_id, value from marts.indicator_values "
            "where level = 'department' and entity_id = 'D3' and period_type = 'year' and period = '2023'"
        )
    }
    assert d3["filed_cases"] == 0 and d3["closed_cases"] == 0 and d3["weighted_workload"] == 0
    assert d3["closure_rate"] is None and d3["avg_duration_days"] is None and d3["petition_resolution_rate"] is None


def test_every_core_indicator_is_checked():
    """Every core id of the spec is asserted by a `check(...)` in one of the core-indicator modules."""
    source = "".join((Path(__file__).parent / name).read_text(encoding="utf-8") for name in CORE_TEST_MODULES)
    checked = set(re.findall(r'check\(core_build, "([a-z0-9_]+)"', source))
    assert set(CORE_IDS) - checked == set()
