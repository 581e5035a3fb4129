"""The core indicators of core_indicators.md, computed by the catalog engine on a small hand-made warehouse and
checked against values worked out by hand.

The build is private (see indicator_fixture): a copy of the dbt project whose catalog holds only the core
entries of the real catalog, generated and built once for the module. Every expected value below is derived
in the comments from the rows of tests/core_indicators_rows.py; the period of most checks is 2024 (a leap
year: 366 days).

The warehouse, in short (all dates of case rows are checked by hand in the comments):

  courts   内0602 basic (population 600,000): D1 civil, D2 criminal, D3 enforcement
           内06 intermediate (population 2,000,000): D4 civil
  people   P1 quota judge D1 · P2, P8 quota judges D4 · P3 enforcement officer D3 · P6 assistant D1 ·
           P7 clerk D1 · P4 quota judge, D2 until 2024-06-30 then D1 · P5 quota judge, joins 2024-04-01 in D1
"""

# ruff: noqa: E501 - the hand-worked figures read best one check per line

from __future__ import annotations

import math
import re

import pytest

from tests.core_indicators_rows import ROWS, A, B
from tests.indicator_fixture import CORE_IDS, Build, build, catalog_entry, core_entries, d


@pytest.fixture(scope="module")
def wh(tmp_path_factory) -> Build:
    # beside the core: 旧存案件结案率, a carried-over measure filtered on the period's end
    entries = [*core_entries(), catalog_entry("trial", "carried_over_closure_rate")]
    result = build(tmp_path_factory.mktemp("core_indicators"), {"core": entries}, ROWS).open()
    yield result
    result.close()


def check(wh: Build, indicator, level, entity, ptype, period, numerator, denominator, value):
    """Assert one row of marts.indicator_values (numbers compared to 1e-9; None must be null)."""
    got = wh.value(indicator, level, entity, ptype, period)
    for key, want in (("numerator", numerator), ("denominator", denominator), ("value", value)):
        have = got[key]
        where = f"{indicator} {level} {entity} {ptype} {period}: {key}"
        if want is None:
            assert have is None, f"{where} = {have!r}, expected null"
        else:
            assert have is not None and not math.isnan(have), f"{where} = {have!r}, expected {want}"
            assert have == pytest.approx(want, abs=1e-9), f"{where} = {have!r}, expected {want}"


CITY, COURT, DEPT, PERSON = "city", "court", "department", "person"
Y, Q, M, YTD = "year", "quarter", "month", "ytd"
DAYS_2024 = 366  # leap year


# --- the case facts the indicators rest on (a failure here explains failures below) -----------------------------


def test_case_facts(wh):
    facts = {r["case_id"]: r for r in wh.rows("select * from marts.fct_trial_cases")}
    assert "T18" not in facts and "T26" not in facts  # deleted in the source
    assert facts["T19"]["handling_judge_id"] == "P5" and facts["T19"]["closing_date"] == d(
        "2024-06-10"
    )  # latest version
    t04 = facts["T04"]
    assert (t04["elapsed_days"], t04["suspended_days"], t04["duration_days"]) == (259, 60, 199)
    assert (t04["statutory_limit_days"], t04["is_within_limit"]) == (210, True)
    assert facts["T10"]["has_statutory_limit"] is False and facts["T10"]["is_within_limit"] is None
    assert facts["T12"]["is_reviewed"] is False  # its only reviewer was deleted
    assert facts["T05"]["is_reviewed"] is True and facts["T05"]["is_reviewed_by_second_instance"] is False


# --- trial: volumes over periods --------------------------------------------------------------------------------


def test_volumes_year(wh):
    # 内0602, 2024 (T18 deleted; T19 counted once, as its later version):
    #   filed in 2024: T01 T02 T03 T05 T06 T07 T08 T11 T12 T13 T14 T15 T16 T17 T19            = 15
    #   closed in 2024: T01 T02 T03 T04 T05 T06 T07 T10 T11 T12 T13 T16 T17 T19               = 14
    #   carried over (pending on 2023-12-31): T04 (2023-06-01), T09 (2023-01-15), T10 (2023-09-01) = 3
    #   pending on 2024-12-31: T08, T09, T14, T15 (closed 2025-01-20)                          = 4 = 3 + 15 - 14
    check(wh, "filed_cases", COURT, A, Y, "2024", 15, None, 15)
    check(wh, "closed_cases", COURT, A, Y, "2024", 14, None, 14)
    check(wh, "carried_over_cases", COURT, A, Y, "2024", 3, None, 3)
    check(wh, "pending_cases_end", COURT, A, Y, "2024", 4, None, 4)
    # D2 (criminal): T11 T12 T13 filed and closed in 2024; D3 (enforcement) has no trial case: 0, not null
    check(wh, "filed_cases", DEPT, "D2", Y, "2024", 3, None, 3)
    check(wh, "closed_cases", DEPT, "D3", Y, "2024", 0, None, 0)
    check(wh, "pending_cases_end", DEPT, "D3", Y, "2024", 0, None, 0)
    # D1: filed T01 T02 T03 T05 T06 T07 T08 T14 T15 T16 T17 T19 = 12, closed 14 - 3 (D2) = 11, carried over 3, pending 4
    check(wh, "filed_cases", DEPT, "D1", Y, "2024", 12, None, 12)
    check(wh, "closed_cases", DEPT, "D1", Y, "2024", 11, None, 11)
    # P4 (handling judge): filed T08 T11 T12 T13 = 4, closed T11 T12 T13 = 3; P6 (assistant) handles nothing: 0
    check(wh, "filed_cases", PERSON, "P4", Y, "2024", 4, None, 4)
    check(wh, "closed_cases", PERSON, "P4", Y, "2024", 3, None, 3)
    check(wh, "closed_cases", PERSON, "P6", Y, "2024", 0, None, 0)
    # T19 was first delivered with P1 as judge; only the later version (P5) counts:
    # P5 closed in 2024: T06 T07 T17 T19 = 4; P1: T01 T02 T03 T04 T05 T10 T16 = 7
    check(wh, "closed_cases", PERSON, "P5", Y, "2024", 4, None, 4)
    check(wh, "closed_cases", PERSON, "P1", Y, "2024", 7, None, 7)


def test_volumes_quarter_month_and_ytd(wh):
    # 2024-Q3 at 内0602: carried over = pending on 2024-06-30 = T05 (04-10..11-20), T09, T10 (..08-30),
    #   T13 (05-10..09-10), T17 (06-03..08-15) = 5 (T06 closed on 06-30 itself is not pending on 06-30);
    #   filed T08 (07-02), T15 (09-01) = 2; closed T17 (08-15), T10 (08-30), T13 (09-10) = 3; pending 5 + 2 - 3 = 4
    check(wh, "carried_over_cases", COURT, A, Q, "2024-Q3", 5, None, 5)
    check(wh, "filed_cases", COURT, A, Q, "2024-Q3", 2, None, 2)
    check(wh, "closed_cases", COURT, A, Q, "2024-Q3", 3, None, 3)
    check(wh, "pending_cases_end", COURT, A, Q, "2024-Q3", 4, None, 4)
    # the same split by department: D1 carried over T05 T09 T10 T17 = 4, D2 T13 = 1
    check(wh, "carried_over_cases", DEPT, "D1", Q, "2024-Q3", 4, None, 4)
    check(wh, "carried_over_cases", DEPT, "D2", Q, "2024-Q3", 1, None, 1)
    # year-to-date June 2024 (2024-01-01..06-30): carried over as for the year (3); filed T01 T02 T03 T05 T06 T07 T11
    #   T12 T13 T17 T19 = 11; closed T01 T02 T03 T04 T06 T07 T11 T12 T19 = 9; pending 3 + 11 - 9 = 5
    check(wh, "carried_over_cases", COURT, A, YTD, "2024-06", 3, None, 3)
    check(wh, "filed_cases", COURT, A, YTD, "2024-06", 11, None, 11)
    check(wh, "closed_cases", COURT, A, YTD, "2024-06", 9, None, 9)
    check(wh, "pending_cases_end", COURT, A, YTD, "2024-06", 5, None, 5)
    # ytd January 2025 carries over what was pending at the end of 2024 (T08 T09 T14 T15)
    check(wh, "carried_over_cases", COURT, A, YTD, "2025-01", 4, None, 4)
    # April 2024: carried over T09, T10; filed T19 (04-02), T05 (04-10), T06 (04-15); nothing closed
    check(wh, "carried_over_cases", COURT, A, M, "2024-04", 2, None, 2)
    check(wh, "filed_cases", COURT, A, M, "2024-04", 3, None, 3)
    check(wh, "closed_cases", COURT, A, M, "2024-04", 0, None, 0)
    check(wh, "pending_cases_end", COURT, A, M, "2024-04", 5, None, 5)


def test_carried_over_closure_rate_counts_the_carried_over_cases_closed_by_the_periods_end(wh):
    # 2024 at 内0602: carried over T04, T09, T10; closed by 2024-12-31: T04 (2024), T10 (08-30); T09 still pending
    check(wh, "carried_over_closure_rate", COURT, A, Y, "2024", 2, 3, 2 / 3)
    # 2024-Q3: carried over T05 (closed 11-20, after the quarter), T09, T10 (08-30), T13 (09-10), T17 (08-15)
    check(wh, "carried_over_closure_rate", COURT, A, Q, "2024-Q3", 3, 5, 3 / 5)
    # April 2024: carried over T09, T10; nothing closed in April
    check(wh, "carried_over_closure_rate", COURT, A, M, "2024-04", 0, 2, 0.0)


def test_closure_clearance_and_disposition_time(wh):
    # 2024 at 内0602: 14 / (3 + 15); 14 / 15; pending 4 / closed 14 * 366 days
    check(wh, "closure_rate", COURT, A, Y, "2024", 14, 18, 14 / 18)
    check(wh, "clearance_rate", COURT, A, Y, "2024", 14, 15, 14 / 15)
    check(wh, "disposition_time_days", COURT, A, Y, "2024", 4, 14, 4 / 14 * DAYS_2024)
    # 2024-Q3 (92 days): 3 / (5 + 2); 3 / 2; 4 / 3 * 92
    check(wh, "closure_rate", COURT, A, Q, "2024-Q3", 3, 7, 3 / 7)
    check(wh, "clearance_rate", COURT, A, Q, "2024-Q3", 3, 2, 1.5)
    check(wh, "disposition_time_days", COURT, A, Q, "2024-Q3", 4, 3, 4 / 3 * 92)
    # ytd 2024-06 runs 2024-01-01..06-30 = 182 days: 9 / (3 + 11); 5 / 9 * 182
    check(wh, "closure_rate", COURT, A, YTD, "2024-06", 9, 14, 9 / 14)
    check(wh, "disposition_time_days", COURT, A, YTD, "2024-06", 5, 9, 5 / 9 * 182)
    # month 2024-03 (31 days): closed T02 (03-10), T12 (03-15), T01 (03-20), T03 (03-25) = 4;
    #   pending at 03-31: T09, T10 = 2 (everything filed in Q1 is closed, T18 is deleted) → 2 / 4 * 31
    check(wh, "disposition_time_days", COURT, A, M, "2024-03", 2, 4, 2 / 4 * 31)
    # April 2024, nothing closed: closure 0 / (2 + 3) = 0, clearance 0 / 3 = 0, disposition time 5 / 0 → null
    check(wh, "closure_rate", COURT, A, M, "2024-04", 0, 5, 0.0)
    check(wh, "clearance_rate", COURT, A, M, "2024-04", 0, 3, 0.0)
    check(wh, "disposition_time_days", COURT, A, M, "2024-04", 5, 0, None)
    # February 2023: only T09 pending (carried over), nothing filed: clearance 0 / 0 → null, closure 0 / 1 = 0
    check(wh, "clearance_rate", COURT, A, M, "2023-02", 0, 0, None)
    check(wh, "closure_rate", COURT, A, M, "2023-02", 0, 1, 0.0)
    # D3 holds no trial case: every ratio is null (0 / 0), never 0 or NaN
    check(wh, "closure_rate", DEPT, "D3", Y, "2024", 0, 0, None)


def test_time_limits_and_durations(wh):
    # 内0602, 2024: closed with a limit = 14 - T10 (破) = 13; within: all but T05 (224 > 180) and T11 (19 > 10) = 11
    check(wh, "within_limit_closure_rate", COURT, A, Y, "2024", 11, 13, 11 / 13)
    # D2: T11 over (19 > 10), T12 (14 <= 20), T13 (123 - 40 suspended = 83 <= 90) → 2 / 3
    check(wh, "within_limit_closure_rate", DEPT, "D2", Y, "2024", 2, 3, 2 / 3)
    # 内06: T20 80 <= 90, T22 70 <= 90, T23 180 <= 180 (boundary), T25 55 <= 60 → 4 / 4
    check(wh, "within_limit_closure_rate", COURT, B, Y, "2024", 4, 4, 1.0)
    # average duration over the 14 cases closed at 内0602 in 2024 (durations net of suspended days):
    #   T01 75 + T02 38 + T03 24 + T04 199 + T05 224 + T06 76 + T07 24 + T10 354 (364 - 10) + T11 19 + T12 14
    #   + T13 83 + T16 84 + T17 73 + T19 69 = 1356 → 1356 / 14
    check(wh, "avg_duration_days", COURT, A, Y, "2024", 1356, 14, 1356 / 14)
    # 2024-Q1 at 内0602: T04 199 + T11 19 + T02 38 + T12 14 + T01 75 + T03 24 = 369 over 6
    check(wh, "avg_duration_days", COURT, A, Q, "2024-Q1", 369, 6, 369 / 6)
    check(wh, "avg_duration_days", COURT, A, M, "2024-04", 0, 0, None)  # nothing closed: null
    # closed within 180 days of filing (elapsed, suspensions not deducted): all but T04 (259), T05 (224), T10 (364)
    check(wh, "time_to_disposition_180d", COURT, A, Y, "2024", 11, 14, 11 / 14)
    # 内06: T20 80, T22 70, T23 180 (boundary: counted), T25 55 → 4 / 4
    check(wh, "time_to_disposition_180d", COURT, B, Y, "2024", 4, 4, 1.0)
    check(wh, "time_to_disposition_180d", COURT, A, M, "2024-04", 0, 0, None)


def test_the_city_level_is_the_two_level_system_computed_from_its_cases(wh):
    # 两级法院合计 = 内0602 and 内06 as one: numerators and denominators of the cases, not an average of the courts
    # within limit 2024: 内0602 11 of 13, 内06 4 of 4 → 15 / 17 (the courts' rates average to 12 / 13)
    check(wh, "within_limit_closure_rate", CITY, CITY, Y, "2024", 15, 17, 15 / 17)
    # median age of what is pending at 2024-12-31, over the cases of both courts (see test_pending_age):
    #   内0602 11, 121, 182, 716 and 内06 21, 365, 366 → 11 21 121 182 365 366 716: 182 (no court's median)
    check(wh, "age_pending_median_days", CITY, CITY, Y, "2024", 182, 7, 182)
    check(wh, "long_pending_12m", CITY, CITY, Y, "2024", 2, None, 2)


def test_pending_age(wh):
    # pending at 2024-12-31 at 内0602: T08 (filed 07-02) 182 days, T09 (2023-01-15) 716, T14 (12-20) 11,
    #   T15 (09-01) 121. Over 365 days: T09 only → 1, ratio 1 / 4. Median of 11, 121, 182, 716 = (121 + 182) / 2
    check(wh, "long_pending_12m", COURT, A, Y, "2024", 1, None, 1)
    check(wh, "long_pending_ratio", COURT, A, Y, "2024", 1, 4, 0.25)
    check(wh, "age_pending_median_days", COURT, A, Y, "2024", 151.5, 4, 151.5)
    # 内06 at 2024-12-31: T24 (12-10) 21, T27 (2023-12-31) 366 > 365: long, T28 (2024-01-01) 365: not long
    #   → 1 of 3; median of 21, 365, 366 = 365
    check(wh, "long_pending_12m", COURT, B, Y, "2024", 1, None, 1)
    check(wh, "long_pending_ratio", COURT, B, Y, "2024", 1, 3, 1 / 3)
    check(wh, "age_pending_median_days", COURT, B, Y, "2024", 365, 3, 365)
    # P1 at 2024-12-31: T09 716, T14 11 → median 363.5
    check(wh, "age_pending_median_days", PERSON, "P1", Y, "2024", 363.5, 2, 363.5)
    # 2024-Q1 (E = 03-31): T09 441 days (365 + 76), T10 (2023-09-01) 212 → median 326.5; T09 is long pending
    check(wh, "age_pending_median_days", COURT, A, Q, "2024-Q1", 326.5, 2, 326.5)
    check(wh, "long_pending_ratio", COURT, A, Q, "2024-Q1", 1, 2, 0.5)
    # April 2024 (E = 04-30): T06 15, T05 20, T19 28, T10 242, T09 471 → median 28
    check(wh, "age_pending_median_days", COURT, A, M, "2024-04", 28, 5, 28)
    # nothing pending: median null, long_pending_ratio null
    check(wh, "age_pending_median_days", DEPT, "D3", Y, "2024", None, 0, None)
    check(wh, "long_pending_ratio", DEPT, "D2", Y, "2024", 0, 0, None)
    # December 2023 at 内0602 (E = 2023-12-31): T09 350 days is not yet long pending
    check(wh, "long_pending_12m", COURT, A, M, "2023-12", 0, None, 0)


def test_closing_methods(wh):
    # 内0602, 2024, of 14 closed: mediation T02 T07 T19 = 3, withdrawal T03 T16 = 2
    check(wh, "mediation_rate", COURT, A, Y, "2024", 3, 14, 3 / 14)
    check(wh, "withdrawal_rate", COURT, A, Y, "2024", 2, 14, 2 / 14)
    check(wh, "mediation_withdrawal_rate", COURT, A, Y, "2024", 5, 14, 5 / 14)
    # P5 closed T06 (judgment) T07 (mediation) T17 (ruling) T19 (mediation): 2 / 4, 0 / 4, 2 / 4
    check(wh, "mediation_rate", PERSON, "P5", Y, "2024", 2, 4, 0.5)
    check(wh, "withdrawal_rate", PERSON, "P5", Y, "2024", 0, 4, 0.0)
    check(wh, "mediation_withdrawal_rate", PERSON, "P5", Y, "2024", 2, 4, 0.5)
    check(wh, "mediation_rate", COURT, A, M, "2024-04", 0, 0, None)


# --- trial: appeals and reviews ---------------------------------------------------------------------------------


def test_appeal_and_acceptance_rates(wh):
    # 内0602, 2024: first-instance closed by judgment or ruling: T01 T04 T05 T06 T11 T12 T13 (judgment), T17 (ruling)
    #   = 8 (T10 破 is not first instance). Reviewed by a second-instance case: T01 (T20), T04 (T21 — filed in 2025,
    #   after the period: the spec puts no date on the review, so T04 counts), T06 (T22), T13 (T25) = 4.
    #   Not: T05 (reviewed by 民申 T24 only), T12 (its 刑终 T26 was deleted).
    check(wh, "appeal_rate", COURT, A, Y, "2024", 4, 8, 0.5)
    # acceptance: first-instance closed in 2024 = T01 T02 T03 T04 T05 T06 T07 T11 T12 T13 T16 T17 T19 = 13;
    #   reviewed by any case: T01 T04 T05 (民申) T06 T13 = 5 → 1 - 5 / 13
    check(wh, "acceptance_rate", COURT, A, Y, "2024", 5, 13, 1 - 5 / 13)
    # D2: T11 T12 T13 by judgment; reviewed: T13 → 1 / 3; acceptance 1 - 1 / 3
    check(wh, "appeal_rate", DEPT, "D2", Y, "2024", 1, 3, 1 / 3)
    check(wh, "acceptance_rate", DEPT, "D2", Y, "2024", 1, 3, 2 / 3)
    # P1: judgment T01 T04 T05 (T02 mediation, T03 T16 withdrawal, T10 破): appealed T01, T04 → 2 / 3;
    #   first instance closed T01 T02 T03 T04 T05 T16 = 6, reviewed T01 T04 T05 → 1 - 3 / 6
    check(wh, "appeal_rate", PERSON, "P1", Y, "2024", 2, 3, 2 / 3)
    check(wh, "acceptance_rate", PERSON, "P1", Y, "2024", 3, 6, 0.5)
    # 2024-Q1 at 内0602: first instance closed T01 T02 T03 T04 T11 T12; by judgment T01 T04 T11 T12, appealed T01 T04
    check(wh, "appeal_rate", COURT, A, Q, "2024-Q1", 2, 4, 0.5)
    check(wh, "acceptance_rate", COURT, A, Q, "2024-Q1", 2, 6, 1 - 2 / 6)
    # the intermediate court closed one first-instance case (T23, mediation): appeal 0 / 0 → null; acceptance 1 - 0 / 1
    check(wh, "appeal_rate", COURT, B, Y, "2024", 0, 0, None)
    check(wh, "acceptance_rate", COURT, B, Y, "2024", 0, 1, 1.0)
    check(wh, "acceptance_rate", COURT, A, M, "2024-04", 0, 0, None)


def test_first_instance_reversal_rate_is_attributed_to_the_original_case(wh):
    # Reversals (amended / remanded second-instance cases) by closing date: T20 (2024-06-20, of T01: 内0602 D1 P1),
    # T25 (2024-11-25, of T13: 内0602 D2 P4), T21 (2025-03-05, of T04: 内0602 D1 P1). T22 upheld; T26 deleted.
    # 内0602 2024: 2 over first instance closed (13, see acceptance) → 2 / 13
    check(wh, "first_instance_reversal_rate", COURT, A, Y, "2024", 2, 13, 2 / 13)
    # the intermediate court that decided the appeals gets none of them: 0 / its own first instance (T23) = 0
    check(wh, "first_instance_reversal_rate", COURT, B, Y, "2024", 0, 1, 0.0)
    check(wh, "first_instance_reversal_rate", DEPT, "D4", Y, "2024", 0, 1, 0.0)
    # departments: D1 T20 over first instance closed in D1 (T01 T02 T03 T04 T05 T06 T07 T16 T17 T19 = 10);
    #   D2 T25 (T13 was D2's, though its judge P4 had moved to D1 by then) over T11 T12 T13 = 3
    check(wh, "first_instance_reversal_rate", DEPT, "D1", Y, "2024", 1, 10, 0.1)
    check(wh, "first_instance_reversal_rate", DEPT, "D2", Y, "2024", 1, 3, 1 / 3)
    # judges of the reviewed cases: P1 T20 over T01 T02 T03 T04 T05 T16 = 6; P4 T25 over T11 T12 T13 = 3;
    #   P2, who handled T20 and T21, has no first-instance case: 0 / 0 → null
    check(wh, "first_instance_reversal_rate", PERSON, "P1", Y, "2024", 1, 6, 1 / 6)
    check(wh, "first_instance_reversal_rate", PERSON, "P4", Y, "2024", 1, 3, 1 / 3)
    check(wh, "first_instance_reversal_rate", PERSON, "P2", Y, "2024", 0, 0, None)
    # 2025-Q1: T21 (remanded) counts for P1, who closed no first-instance case then: 1 / 0 → null (not an error);
    #   for 内0602 the denominator is T15 (closed 2025-01-20) → 1 / 1
    check(wh, "first_instance_reversal_rate", PERSON, "P1", Q, "2025-Q1", 1, 0, None)
    check(wh, "first_instance_reversal_rate", COURT, A, Q, "2025-Q1", 1, 1, 1.0)
    check(wh, "first_instance_reversal_rate", COURT, A, YTD, "2025-03", 1, 1, 1.0)


def test_second_instance_reversal_rate(wh):
    # 内06, 2024: second instance closed T20 (amended), T22 (upheld), T25 (amended) → 2 / 3
    check(wh, "second_instance_reversal_rate", COURT, B, Y, "2024", 2, 3, 2 / 3)
    check(wh, "second_instance_reversal_rate", PERSON, "P2", Y, "2024", 1, 1, 1.0)  # T20
    check(wh, "second_instance_reversal_rate", PERSON, "P8", Y, "2024", 1, 2, 0.5)  # T22, T25
    check(wh, "second_instance_reversal_rate", COURT, B, Q, "2025-Q1", 1, 1, 1.0)  # T21 remanded
    check(wh, "second_instance_reversal_rate", COURT, A, Y, "2024", 0, 0, None)  # a basic court: null


# --- trial: per judge, documents, hearings ----------------------------------------------------------------------


def test_cases_closed_per_judge(wh):
    # quota judges posted at 内0602: P1 (all along), P4 (D2 then D1: one person), P5 (from 2024-04-01);
    # P3, P6, P7 are not quota judges.
    # 2024: 14 closed / 3 judges
    check(wh, "cases_closed_per_judge", COURT, A, Y, "2024", 14, 3, 14 / 3)
    # 2024-Q1: P5 not yet posted → 6 closed (T01 T02 T03 T04 T11 T12) / 2 judges (P1, P4)
    check(wh, "cases_closed_per_judge", COURT, A, Q, "2024-Q1", 6, 2, 3.0)
    # 2024-Q2: T07 (05-30), T19 (06-10), T06 (06-30) / 3 judges (P5 joined)
    check(wh, "cases_closed_per_judge", COURT, A, Q, "2024-Q2", 3, 3, 1.0)
    # April 2024: nothing closed / 3 judges = 0 (a count over a positive denominator is 0, not null)
    check(wh, "cases_closed_per_judge", COURT, A, M, "2024-04", 0, 3, 0.0)
    # D1: Q1 T01 T02 T03 T04 / P1 = 4; Q2 T06 T07 T19 / (P1, P5) = 1.5; Q3 T10 T17 / (P1, P4 from 07-01, P5)
    check(wh, "cases_closed_per_judge", DEPT, "D1", Q, "2024-Q1", 4, 1, 4.0)
    check(wh, "cases_closed_per_judge", DEPT, "D1", Q, "2024-Q2", 3, 2, 1.5)
    check(wh, "cases_closed_per_judge", DEPT, "D1", Q, "2024-Q3", 2, 3, 2 / 3)
    # D2 in 2024: T11 T12 T13 / P4 (posted until 06-30) = 3; in Q3 T13 closed but no quota judge posted: null
    check(wh, "cases_closed_per_judge", DEPT, "D2", Y, "2024", 3, 1, 3.0)
    check(wh, "cases_closed_per_judge", DEPT, "D2", Q, "2024-Q3", 1, 0, None)
    # D3 (enforcement) has no quota judge: null
    check(wh, "cases_closed_per_judge", DEPT, "D3", Y, "2024", 0, 0, None)
    # 内06: T20 T22 T23 T25 / (P2, P8)
    check(wh, "cases_closed_per_judge", COURT, B, Y, "2024", 4, 2, 2.0)


def test_document_online_rate(wh):
    # documents signed in 2024 of live cases at 内0602: DOC1 (T01, online), DOC2 (T05, not online), DOC3 (T11, online);
    # DOC4 belongs to the deleted T18. A document belongs to its case's judge, not its author (DOC2: author P6).
    check(wh, "document_online_rate", COURT, A, Y, "2024", 2, 3, 2 / 3)
    check(wh, "document_online_rate", DEPT, "D1", Y, "2024", 1, 2, 0.5)  # DOC1, DOC2
    check(wh, "document_online_rate", PERSON, "P1", Y, "2024", 1, 2, 0.5)
    check(wh, "document_online_rate", PERSON, "P6", Y, "2024", 0, 0, None)
    check(wh, "document_online_rate", PERSON, "P4", Y, "2024", 1, 1, 1.0)  # DOC3
    check(wh, "document_online_rate", COURT, B, Y, "2024", 1, 1, 1.0)  # DOC5
    check(wh, "document_online_rate", COURT, A, M, "2024-03", 1, 1, 1.0)  # DOC1 only (DOC4 dropped)


def test_hearing_indicators(wh):
    # held in 2024 at 内0602: H1 (livestreamed), H3, H4 → 1 / 3. Scheduled in 2024 and held or postponed:
    # H1 (held as scheduled), H2 (postponed), H3 (held two days late), H4 (held as scheduled) → 2 / 4; H5 cancelled.
    check(wh, "livestream_rate", COURT, A, Y, "2024", 1, 3, 1 / 3)
    check(wh, "trial_date_certainty", COURT, A, Y, "2024", 2, 4, 0.5)
    # a hearing belongs to its presiding judge: H4 on P4's case T11 was presided by P1.
    # P1: held H1 H3 H4 → 1 / 3; certainty H1 H2 H3 H4 → 2 / 4. P4 presided nothing: null
    check(wh, "livestream_rate", PERSON, "P1", Y, "2024", 1, 3, 1 / 3)
    check(wh, "trial_date_certainty", PERSON, "P1", Y, "2024", 2, 4, 0.5)
    check(wh, "livestream_rate", PERSON, "P4", Y, "2024", 0, 0, None)
    check(wh, "trial_date_certainty", PERSON, "P5", Y, "2024", 0, 0, None)  # H5 cancelled
    # and to its case's department: D2 gets H4 (0 / 1, 1 / 1), D1 gets H1 H2 H3 (1 / 2, 1 / 3)
    check(wh, "livestream_rate", DEPT, "D2", Y, "2024", 0, 1, 0.0)
    check(wh, "trial_date_certainty", DEPT, "D2", Y, "2024", 1, 1, 1.0)
    check(wh, "livestream_rate", DEPT, "D1", Y, "2024", 1, 2, 0.5)
    check(wh, "trial_date_certainty", DEPT, "D1", Y, "2024", 1, 3, 1 / 3)
    # March 2024: H2 scheduled 03-01 and postponed → 0 / 1; nothing held → livestream null
    check(wh, "trial_date_certainty", COURT, A, M, "2024-03", 0, 1, 0.0)
    check(wh, "livestream_rate", COURT, A, M, "2024-03", 0, 0, None)
    check(wh, "livestream_rate", COURT, B, Y, "2024", 1, 1, 1.0)  # H6


# --- enforcement --------------------------------------------------------------------------------------------------


def test_enforcement(wh):
    # closed in 2024 (E5 deleted, E4 pending): E1 执 fully executed, E2 执 terminated procedure, E3 执恢 → 3
    check(wh, "enf_closed_cases", COURT, A, Y, "2024", 3, None, 3)
    check(wh, "enf_closed_cases", DEPT, "D3", Y, "2024", 3, None, 3)
    check(wh, "enf_closed_cases", PERSON, "P3", Y, "2024", 3, None, 3)
    check(wh, "enf_closed_cases", DEPT, "D1", Y, "2024", 0, None, 0)
    # rates over 执 only (E1, E2): fully executed 1 / 2, terminated 1 / 2,
    # recovery (100,000 + 10,000) / (100,000 + 50,000), within 180 + extension: E1 195 <= 210, E2 242 > 180 → 1 / 2
    check(wh, "enf_full_execution_rate", COURT, A, Y, "2024", 1, 2, 0.5)
    check(wh, "enf_terminated_procedure_rate", COURT, A, Y, "2024", 1, 2, 0.5)
    check(wh, "enf_recovery_rate", COURT, A, Y, "2024", 110_000, 150_000, 110_000 / 150_000)
    check(wh, "enf_within_limit_rate", PERSON, "P3", Y, "2024", 1, 2, 0.5)
    # 2024-Q3: E1 (07-15), E2 (09-30)
    check(wh, "enf_recovery_rate", DEPT, "D3", Q, "2024-Q3", 110_000, 150_000, 110_000 / 150_000)
    # 2024-Q2: only E3 (执恢) closed: counted, but every 执 rate is 0 / 0 → null
    check(wh, "enf_closed_cases", COURT, A, Q, "2024-Q2", 1, None, 1)
    check(wh, "enf_full_execution_rate", COURT, A, Q, "2024-Q2", 0, 0, None)
    check(wh, "enf_recovery_rate", COURT, A, Q, "2024-Q2", 0, 0, None)
    check(wh, "enf_within_limit_rate", COURT, A, Q, "2024-Q2", 0, 0, None)
    check(wh, "enf_terminated_procedure_rate", COURT, A, Q, "2024-Q2", 0, 0, None)
    # July 2024: E1 alone, within its extended limit
    check(wh, "enf_within_limit_rate", COURT, A, M, "2024-07", 1, 1, 1.0)


# --- litigation source (court level only) -----------------------------------------------------------------------


def test_litigation_source(wh):
    # 内0602 pre-litigation mediations closed in 2024: M1 success, M2 failed, M3 withdrawn (in neither) → 1 / 2
    check(wh, "prelit_mediation_success_rate", COURT, A, Y, "2024", 1, 2, 0.5)
    check(wh, "prelit_mediation_success_rate", COURT, A, Q, "2024-Q2", 0, 0, None)  # only M4 (in litigation)
    check(wh, "prelit_mediation_success_rate", COURT, B, Y, "2024", 1, 1, 1.0)  # M6
    # judicial confirmations (any stage): M1, M4 → 2; Q2: M4 → 1; 内06: M6 not confirmed → 0
    check(wh, "judicial_confirmation_count", COURT, A, Y, "2024", 2, None, 2)
    check(wh, "judicial_confirmation_count", COURT, A, Q, "2024-Q2", 1, None, 1)
    check(wh, "judicial_confirmation_count", COURT, B, Y, "2024", 0, None, 0)
    # 民初 / 行初 filed in 2024 at 内0602: T01 T02 T03 T05 T06 T07 T08 T14 T15 T16 T19 (民初) + T17 (行初) = 12
    #   (T11-T13 are 刑初) → 12 / 600,000 × 10,000 = 0.2
    check(wh, "lawsuits_per_10k", COURT, A, Y, "2024", 12, 600_000, 0.2)
    # 内06: T23, T28 → 2 / 2,000,000 × 10,000 = 0.01
    check(wh, "lawsuits_per_10k", COURT, B, Y, "2024", 2, 2_000_000, 0.01)


# --- petitions --------------------------------------------------------------------------------------------------


def test_petitions(wh):
    # 内0602, 2024: PT1 PT2 PT3 PT4 received. Resolved or explained by 2024-12-31: PT1, PT2 (PT3 transferred,
    # PT4 resolved only on 2025-01-05) → 2 / 4. Resolved by the due date: PT1, PT3, PT4 (PT2 late) → 3 / 4.
    # Repeat: PT2 → 1 / 4.
    check(wh, "petitions_received", COURT, A, Y, "2024", 4, None, 4)
    check(wh, "petition_resolution_rate", COURT, A, Y, "2024", 2, 4, 0.5)
    check(wh, "petition_on_time_rate", COURT, A, Y, "2024", 3, 4, 0.75)
    check(wh, "repeat_petition_rate", COURT, A, Y, "2024", 1, 4, 0.25)
    # department = the handler's department in the posting covering received_date:
    #   PT1 (P4, 2024-03-15) → D2; PT2 (P4, 2024-08-01, after the move) → D1; PT3, PT4 (P1) → D1
    check(wh, "petitions_received", DEPT, "D2", Y, "2024", 1, None, 1)
    check(wh, "petition_resolution_rate", DEPT, "D2", Y, "2024", 1, 1, 1.0)
    check(wh, "repeat_petition_rate", DEPT, "D2", Y, "2024", 0, 1, 0.0)
    check(wh, "petitions_received", DEPT, "D1", Y, "2024", 3, None, 3)
    check(wh, "petition_resolution_rate", DEPT, "D1", Y, "2024", 1, 3, 1 / 3)  # PT2
    check(wh, "petition_on_time_rate", DEPT, "D1", Y, "2024", 2, 3, 2 / 3)  # PT3, PT4
    check(wh, "repeat_petition_rate", DEPT, "D1", Y, "2024", 1, 3, 1 / 3)  # PT2
    # handler P4: PT1, PT2 (both resolved or explained in 2024; PT1 on time; PT2 repeat)
    check(wh, "petitions_received", PERSON, "P4", Y, "2024", 2, None, 2)
    check(wh, "petition_resolution_rate", PERSON, "P4", Y, "2024", 2, 2, 1.0)
    check(wh, "petition_on_time_rate", PERSON, "P4", Y, "2024", 1, 2, 0.5)
    check(wh, "repeat_petition_rate", PERSON, "P4", Y, "2024", 1, 2, 0.5)
    # December 2024: PT4 resolved after E (not resolved in the period) but by its due date
    check(wh, "petition_resolution_rate", DEPT, "D1", M, "2024-12", 0, 1, 0.0)
    check(wh, "petition_on_time_rate", DEPT, "D1", M, "2024-12", 1, 1, 1.0)
    # nothing received: 0 and null
    check(wh, "petitions_received", DEPT, "D1", YTD, "2025-01", 0, None, 0)
    check(wh, "petition_resolution_rate", DEPT, "D1", YTD, "2025-01", 0, 0, None)
    # per 100 closed (court only): 4 / (14 trial + 3 enforcement) × 100; 2024-Q1: PT1 / (6 trial + 0) × 100
    check(wh, "petitions_per_100_closed", COURT, A, Y, "2024", 4, 17, 4 / 17 * 100)
    check(wh, "petitions_per_100_closed", COURT, A, Q, "2024-Q1", 1, 6, 1 / 6 * 100)
    check(wh, "petitions_per_100_closed", COURT, A, M, "2024-04", 0, 0, None)


# --- business environment ---------------------------------------------------------------------------------------


def test_business_environment(wh):
    # enterprise 民初 closed in 2024 at 内0602: T01 75, T04 199, T05 224 (T10 is 破) → 498 / 3 = 166
    check(wh, "enterprise_avg_duration_days", COURT, A, Y, "2024", 498, 3, 166)
    check(wh, "enterprise_avg_duration_days", PERSON, "P1", Y, "2024", 498, 3, 166)
    check(wh, "enterprise_avg_duration_days", COURT, B, Y, "2024", 180, 1, 180)  # T23
    check(wh, "enterprise_avg_duration_days", DEPT, "D2", Y, "2024", 0, 0, None)
    # enterprise cases closed with a limit: T01 (within), T04 (within, extended), T05 (over); T10 has no limit
    check(wh, "enterprise_within_limit_rate", COURT, A, Y, "2024", 2, 3, 2 / 3)
    check(wh, "enterprise_within_limit_rate", COURT, A, Q, "2024-Q1", 2, 2, 1.0)  # T01, T04
    # bankruptcy T10: closing - filing = 364 days (the 10 suspended days are not deducted), 500,000 / 2,000,000
    check(wh, "bankruptcy_avg_duration_days", COURT, A, Y, "2024", 364, 1, 364)
    check(wh, "bankruptcy_recovery_rate", COURT, A, Y, "2024", 500_000, 2_000_000, 0.25)
    check(wh, "bankruptcy_avg_duration_days", DEPT, "D1", Q, "2024-Q3", 364, 1, 364)
    check(wh, "bankruptcy_recovery_rate", PERSON, "P1", Y, "2024", 500_000, 2_000_000, 0.25)
    check(wh, "bankruptcy_avg_duration_days", COURT, A, Q, "2024-Q1", 0, 0, None)
    check(wh, "bankruptcy_recovery_rate", COURT, A, Q, "2024-Q1", 0, 0, None)


# --- workload ---------------------------------------------------------------------------------------------------


def test_weighted_workload_courts_and_departments(wh):
    # w of each case closed in 2024 (config/workload/case_weights.csv):
    #   D1: T01 1.0 + T02 0.6 (simple) + T03 0.4 (small claims) + T04 1.0 + T05 1.0 + T06 1.0 + T07 0.6 + T10 5.0 (破)
    #       + T16 1.0 + T17 1.3 (行初 *) + T19 0.6 = 13.5
    #   D2: T11 0.4 (speedy) + T12 0.8 (simple) + T13 1.5 (ordinary) = 2.7
    #   D3: E1 0.5 + E2 0.5 (执) + E3 0.3 (执恢) = 1.3
    #   内0602 = 13.5 + 2.7 + 1.3 = 17.5 (each case once, however many people worked on it)
    #   内06 (D4): T20 1.2 + T22 1.2 (民终 *) + T23 1.0 + T25 1.5 (刑终 *) = 4.9
    check(wh, "weighted_workload", COURT, A, Y, "2024", 17.5, None, 17.5)
    check(wh, "weighted_workload", DEPT, "D1", Y, "2024", 13.5, None, 13.5)
    check(wh, "weighted_workload", DEPT, "D2", Y, "2024", 2.7, None, 2.7)
    check(wh, "weighted_workload", DEPT, "D3", Y, "2024", 1.3, None, 1.3)
    check(wh, "weighted_workload", COURT, B, Y, "2024", 4.9, None, 4.9)
    check(wh, "weighted_workload", DEPT, "D4", Y, "2024", 4.9, None, 4.9)
    # 2024-Q1 at 内0602: T01 1.0 + T02 0.6 + T03 0.4 + T04 1.0 + T11 0.4 + T12 0.8 = 4.2; April: nothing → 0
    check(wh, "weighted_workload", COURT, A, Q, "2024-Q1", 4.2, None, 4.2)
    check(wh, "weighted_workload", COURT, A, M, "2024-04", 0, None, 0)


def test_weighted_workload_people_largest_credit(wh):
    # credits on cases closed in 2024; a person with several roles on a case gets only the largest:
    # P1: handling T01 (also presiding its panel: 1.0, not 1.3) 1.0 + T02 0.6 + T03 0.4 + T04 1.0 + T05 1.0
    #     + T10 5.0 + T16 1.0 = 10.0
    check(wh, "weighted_workload", PERSON, "P1", Y, "2024", 10.0, None, 10.0)
    # P6: assistant on T01 0.5 × 1.0 + assistant and clerk on T05 max(0.5, 0.4) × 1.0 + assistant on E2 0.5 × 0.5 = 1.25
    check(wh, "weighted_workload", PERSON, "P6", Y, "2024", 1.25, None, 1.25)
    # P7: clerk on T01 0.4 × 1.0 + clerk on E1 0.4 × 0.5 = 0.6
    check(wh, "weighted_workload", PERSON, "P7", Y, "2024", 0.6, None, 0.6)
    # P4: panel member on T01 0.3 × 1.0 + handling T11 0.4 + T12 0.8 + T13 1.5 = 3.0
    check(wh, "weighted_workload", PERSON, "P4", Y, "2024", 3.0, None, 3.0)
    # P5: panel member on T05 0.3 × 1.0 + handling T06 1.0 + T07 0.6 + T17 1.3 + T19 0.6 = 3.8
    check(wh, "weighted_workload", PERSON, "P5", Y, "2024", 3.8, None, 3.8)
    # P2: handling T20 and member of its panel → 1.0 × 1.2 only (T21 closes in 2025)
    check(wh, "weighted_workload", PERSON, "P2", Y, "2024", 1.2, None, 1.2)
    # P8: presiding T20 0.3 × 1.2 + handling T22 1.2 + T23 1.0 + T25 1.5 = 4.06
    check(wh, "weighted_workload", PERSON, "P8", Y, "2024", 4.06, None, 4.06)
    # P3: handling E1 0.5 + E2 0.5 + E3 0.3 = 1.3
    check(wh, "weighted_workload", PERSON, "P3", Y, "2024", 1.3, None, 1.3)
    # 2024-Q1, P1: T01 1.0 + T02 0.6 + T03 0.4 + T04 1.0 = 3.0; 2025-Q1, P2: T21 1.2
    check(wh, "weighted_workload", PERSON, "P1", Q, "2024-Q1", 3.0, None, 3.0)
    check(wh, "weighted_workload", PERSON, "P2", Q, "2025-Q1", 1.2, None, 1.2)


def test_sums_are_exact_whatever_order_the_rows_come_in(wh):
    """Measures are summed in decimal, then given as the double nearest the exact sum. As doubles, P7's credits
    0.4 + 0.2 make 0.6000000000000001 in any order, and P8's 0.36 + 1.2 + 1.0 + 1.5 make 4.06 or
    4.0600000000000005 depending on the order, which differs between engines (DuckDB and Spark once disagreed
    on a score's 4th decimal this way). So these are equal, not approximately equal."""
    exact = {("person", "P7"): 0.6, ("person", "P8"): 4.06, ("department", "D2"): 2.7, ("court", A): 17.5}
    for (level, entity), want in exact.items():
        got = wh.value("weighted_workload", level, entity, Y, "2024")
        assert (got["numerator"], got["value"]) == (want, want), (level, entity, got)
    assert wh.value("weighted_workload", COURT, A, Q, "2024-Q1")["value"] == 4.2


# --- the row set ------------------------------------------------------------------------------------------------


def test_period_calendar(wh):
    # activity runs from 2023-01-15 (T09 filed) to 2025-03-05 (T21 closed): 27 months, 9 quarters, 3 years, 27 ytd
    periods = {(r["period_type"], r["period"]): r for r in wh.rows("select * from intermediate.int_indicator_periods")}
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


def test_every_declared_level_has_a_row_for_every_period(wh):
    catalog = {i.id: i for i in wh.catalog.indicators}
    assert sorted(catalog) == sorted([*CORE_IDS, "carried_over_closure_rate"])
    n_periods = wh.rows("select count(*) as n from intermediate.int_indicator_periods")[0]["n"]
    posted = wh.rows("select count(*) as n from intermediate.int_indicator_scaffold where level = 'person'")[0][
        "n"
    ]  # (person, period) pairs with a posting overlapping the period
    got = {
        (r["indicator_id"], r["level"]): r
        for r in wh.rows(
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
    dup = wh.rows(
        "select indicator_id, level, entity_id, period_type, period, count(*) as n from marts.indicator_values "
        "group by all having count(*) > 1 limit 5"
    )
    assert dup == []
    # court-only indicators have no rows below the court; per-judge has none for people
    assert set(catalog["petitions_per_100_closed"].levels) == {COURT}
    assert set(catalog["lawsuits_per_10k"].levels) == {COURT}
    assert set(catalog["cases_closed_per_judge"].levels) == {COURT, DEPT}


def test_people_rows_follow_postings(wh):
    def people(ptype, period):
        rows = wh.rows(
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
    check(wh, "closed_cases", PERSON, "P5", M, "2024-04", 0, None, 0)


def test_counts_are_zero_and_ratios_null_never_nan(wh):
    kinds = {i.id: i.formula.kind for i in wh.catalog.indicators}
    rows = wh.rows("select indicator_id, numerator, denominator, value from marts.indicator_values")
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
        for r in wh.rows(
            "select indicator_id, value from marts.indicator_values "
            "where level = 'department' and entity_id = 'D3' and period_type = 'year' and period = '2023'"
        )
    }
    assert d3["filed_cases"] == 0 and d3["closed_cases"] == 0 and d3["weighted_workload"] == 0
    assert d3["closure_rate"] is None and d3["avg_duration_days"] is None and d3["petition_resolution_rate"] is None


def test_every_core_indicator_is_checked():
    """Every core id of the spec is asserted by a `check(...)` above."""
    import inspect
    import sys

    source = inspect.getsource(sys.modules[__name__])
    checked = set(re.findall(r'check\(wh, "([a-z0-9_]+)"', source))
    assert set(CORE_IDS) - checked == set()
