"""Consistency at the door: sign rules, days against dates, and rules against the row's case.

Each test lands hand-made rows next to good ones and checks the bad row's reason kind and text, that
the good rows load, and (through `land`) that read = loaded + quarantined.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingestion import checks
from ingestion.contract import load_contract
from ingestion.sources import SystemSource
from ingestion.statutory_limits import ExtensionCap, StatutoryLimitsError, extension_caps
from tests.landing_fixture import CASES, HEARINGS, TS, case, count, land, land_hr, quarantine, write_csv

CONTRACT = load_contract()
EVENTS = CONTRACT.table("trial", "time_limit_events")
DOCUMENTS = CONTRACT.table("trial", "documents")
INSPECTIONS = CONTRACT.table("trial", "case_inspections")
ECASES = CONTRACT.table("enforcement", "enforcement_cases")
ACTIONS = CONTRACT.table("enforcement", "enforcement_actions")
LATER = "2024-06-01 08:00:00"


def event(event_id, case_id="C1", event_type="suspension", start="2024-01-10", end="2024-01-20", days="10", **kw):
    row = dict(event_id=event_id, case_id=case_id, event_type=event_type, start_date=start, end_date=end,
               days=days, updated_at=TS)  # fmt: skip
    return row | kw


def hearing(hearing_id, case_id="C1", scheduled="2024-02-01", held=None, **kw):
    row = dict(hearing_id=hearing_id, case_id=case_id, scheduled_date=scheduled, held_date=held,
               status="held" if held else "scheduled", presiding_id="P1", clerk_id=None, duration_minutes=None,
               livestreamed="0", updated_at=TS)  # fmt: skip
    return row | kw


def document(doc_id, case_id="C1", signed="2024-02-25", published=None, **kw):
    row = dict(doc_id=doc_id, case_id=case_id, doc_type="judgment", author_id="P1", signed_date=signed,
               published_online="1" if published else "0", published_date=published, errata_count="0",
               updated_at=TS)  # fmt: skip
    return row | kw


def inspection(inspection_id, case_id="C1", when="2024-04-01", **kw):
    row = dict(inspection_id=inspection_id, case_id=case_id, inspection_type="routine", inspection_date=when,
               result="qualified", score="80.00", defect_count="0", responsible_person_id=None,
               updated_at=TS)  # fmt: skip
    return row | kw


def ecase(case_id="EC1", **kw):
    row = dict(case_id=case_id, case_number=f"(2024)内06执{case_id}号", court_code="内06", dept_id="D1",
               case_type_code="执", source_case_number=None, filing_date="2024-01-01", closing_date=None,
               closing_method=None, applied_amount="5000.00", executed_amount="0", extension_days="0",
               handling_officer_id="P1", assistant_id=None, clerk_id=None, updated_at=TS,
               deleted="0")  # fmt: skip
    return row | kw


def action(action_id, case_id="EC1", when="2024-01-05", amount=None, **kw):
    row = dict(action_id=action_id, case_id=case_id, action_type="freeze", action_date=when, amount=amount,
               updated_at=TS)  # fmt: skip
    return row | kw


def closed(case_id, filed="2024-01-01", closing="2024-03-01", **kw):
    return case(case_id, filing_date=filed, closing_date=closing, closing_method="judgment", **kw)


@pytest.fixture
def trial(con, hr, tmp_path):
    """HR landed; returns land_rows(table, rows, batch) writing a trial CSV folder and landing the table."""
    land_hr(con, hr)
    folder = tmp_path / "trial"

    def land_rows(table, rows, batch="b1", system="trial"):
        write_csv(folder / system, table, rows)
        return land(con, SystemSource(system, directory=folder / system), table, batch)

    return land_rows


def reasons(con, table) -> dict[str, tuple[str, str]]:
    """Primary key value of each quarantined row -> (reason kind, reason), the latest batch winning."""
    key = table.primary_key[0]
    return {json.loads(row_json)[key]: (kind, reason) for _, kind, reason, row_json in quarantine(con, table)}


def loaded_keys(con, table) -> set[str]:
    key = table.primary_key[0]
    return {r[0] for r in con.execute(f'select "{key}" from raw."{table.raw_name}"').fetchall()}


def test_reason_kinds_list_the_new_rules():
    for kind in ("negative_amount", "negative_days", "days_mismatch", *checks.CASE_REASON_KINDS):
        assert kind in checks.REASON_KINDS
    assert len(set(checks.REASON_KINDS)) == len(checks.REASON_KINDS)


def test_every_amount_column_of_the_contract_must_not_be_negative():
    """A new decimal(18,2) column in the contract is an amount: it must be added to checks.NON_NEGATIVE."""
    amounts = {
        (t.qualified_name, c.name)
        for t in CONTRACT.tables
        for c in t.columns
        if c.type.replace(" ", "").startswith("decimal(18,")
    }
    declared = {
        (t, c) for t, cols in checks.NON_NEGATIVE.items() for c, kind in cols.items() if kind == "negative_amount"
    }
    assert amounts and declared == amounts
    for table, columns in checks.NON_NEGATIVE.items():
        for column in columns:
            assert CONTRACT.table(*table.split(".")).column(column).type != "string"


def test_negative_amounts_and_days_are_quarantined(trial, con):
    report = trial(CASES, [case("C1"), case("C2", claim_amount="-0.01")])
    assert (report.loaded, report.quarantined_by_reason) == (1, {"negative_amount": 1})
    assert reasons(con, CASES)["C2"] == ("negative_amount", "negative_amount: claim_amount='-0.01' < 0")
    report = trial(EVENTS, [event("E1", start="2024-04-10", end=None, days="-3"),
                            event("E2", start="2024-04-10", end="2024-04-20")])  # fmt: skip
    assert (report.loaded, report.quarantined_by_reason) == (1, {"negative_days": 1})
    assert reasons(con, EVENTS)["E1"] == ("negative_days", "negative_days: days='-3' < 0")
    rows = [ecase("EC1"), ecase("EC2", applied_amount="-5000"), ecase("EC3", executed_amount="-1.50"),
            ecase("EC4", extension_days="-30")]  # fmt: skip
    report = trial(ECASES, rows, system="enforcement")
    assert report.loaded == 1 and report.quarantined_by_reason == {"negative_amount": 2, "negative_days": 1}
    got = reasons(con, ECASES)
    assert got["EC2"] == ("negative_amount", "negative_amount: applied_amount='-5000' < 0")
    assert got["EC3"][1] == "negative_amount: executed_amount='-1.50' < 0"
    report = trial(ACTIONS, [action("A1", amount="100"), action("A2", amount="-100.00"), action("A3")],
                   system="enforcement")  # fmt: skip
    assert (report.loaded, report.quarantined_by_reason) == (2, {"negative_amount": 1})
    assert reasons(con, ACTIONS)["A2"] == ("negative_amount", "negative_amount: amount='-100.00' < 0")


def test_days_must_agree_with_start_and_end_of_a_suspension_or_deduction(trial, con):
    trial(CASES, [case("C1", filing_date="2024-01-01")])
    rows = [
        event("E1", days="11"),  # 2024-01-10 .. 2024-01-20 is 10 days
        event("E2", event_type="deduction"),  # 10: good
        event("E3", event_type="extension", start="2024-05-01", end="2024-12-31", days="30"),  # end = new deadline
        event("E4", start="2024-02-01", end=None, days="45"),  # still suspended: nothing to compare with
        event("E5", event_type="deduction", start="2024-02-01", end="2024-02-01", days="1"),
    ]
    report = trial(EVENTS, rows)
    assert (report.loaded, report.quarantined_by_reason) == (3, {"days_mismatch": 2})
    got = reasons(con, EVENTS)
    assert got["E1"] == (
        "days_mismatch",
        "days_mismatch: days='11' but end_date 2024-01-20 - start_date 2024-01-10 = 10 "
        "(event_type suspension/deduction: days = end - start)",
    )
    assert got["E5"][1].startswith("days_mismatch: days='1' but end_date 2024-02-01 - start_date 2024-02-01 = 0")
    assert loaded_keys(con, EVENTS) == {"E2", "E3", "E4"}


def test_child_rows_dated_before_their_case_was_filed(trial, con):
    trial(CASES, [closed("C1", filed="2024-01-15", closing="2024-03-01")])
    report = trial(HEARINGS, [hearing("H1"), hearing("H2", scheduled="2024-01-14"),
                              hearing("H3", scheduled="2024-02-01", held="2024-01-10"),
                              hearing("H4", case_id="C404", scheduled="2023-01-01")])  # fmt: skip
    assert report.loaded == 1
    assert report.quarantined_by_reason == {"dated_before_filing": 2, "unknown_reference": 1}
    got = reasons(con, HEARINGS)
    assert got["H2"] == (
        "dated_before_filing",
        "dated_before_filing: scheduled_date 2024-01-14 < filing_date 2024-01-15 of trial.cases case_id='C1'",
    )
    assert got["H3"][1].startswith("dated_before_filing: held_date 2024-01-10 < filing_date 2024-01-15")
    assert got["H4"][0] == "unknown_reference"  # not checked against a case it does not have

    report = trial(DOCUMENTS, [document("D1", published="2024-03-10"), document("D2", signed="2023-12-31")])
    assert (report.loaded, report.quarantined_by_reason) == (1, {"dated_before_filing": 1})
    report = trial(INSPECTIONS, [inspection("I1"), inspection("I2", when="2024-01-01")])
    assert (report.loaded, report.quarantined_by_reason) == (1, {"dated_before_filing": 1})
    rows = [event("E1", start="2024-01-15", end="2024-01-25"), event("E2", start="2024-01-05", end="2024-01-15")]
    report = trial(EVENTS, rows)
    assert (report.loaded, report.quarantined_by_reason) == (1, {"dated_before_filing": 1})
    assert reasons(con, EVENTS)["E2"][1].startswith("dated_before_filing: start_date 2024-01-05 < filing_date")

    trial(ECASES, [ecase("EC1", filing_date="2024-01-03")], system="enforcement")
    report = trial(ACTIONS, [action("A1"), action("A2", when="2024-01-02")], system="enforcement")
    assert (report.loaded, report.quarantined_by_reason) == (1, {"dated_before_filing": 1})
    assert reasons(con, ACTIONS)["A2"][1] == (
        "dated_before_filing: action_date 2024-01-02 < filing_date 2024-01-03 of "
        "enforcement.enforcement_cases case_id='EC1'"
    )


def test_child_rows_are_checked_against_the_latest_version_of_their_case(trial, con):
    trial(CASES, [case("C1", filing_date="2024-01-01")])
    trial(CASES, [case("C1", filing_date="2024-02-01", updated_at=LATER)], batch="b2")  # the filing date was wrong
    report = trial(HEARINGS, [hearing("H1", scheduled="2024-01-20"), hearing("H2", scheduled="2024-02-05")])
    assert (report.loaded, report.quarantined_by_reason) == (1, {"dated_before_filing": 1})
    assert "2024-01-20 < filing_date 2024-02-01" in reasons(con, HEARINGS)["H1"][1]


def test_suspension_outside_its_case_or_longer_than_its_case(trial, con):
    # C1 was open 60 days (2024-01-01 .. 2024-03-01); C2 is still open
    trial(CASES, [closed("C1"), case("C2", filing_date="2024-01-01")])
    rows = [
        event("E1"),  # 2024-01-10 .. 01-20, 10 days
        event("E2", start="2024-02-20", end="2024-03-10", days="19"),  # ends after the closing
        event("E3", event_type="deduction", start="2024-02-01", end=None, days="40"),  # 02-01 + 40 > 03-01
        event("E4", event_type="deduction", start="2024-01-05", end="2024-02-24", days="50"),  # 50 + 10 = 60: fits
        event("E5", start="2024-02-25", end="2024-02-28", days="3"),  # 63 > 60
        event("E6", case_id="C2", start="2024-01-01", end="2024-03-01", days="60"),
        event("E7", case_id="C2", event_type="deduction", start="2024-01-15", end="2024-02-15", days="31"),
        event("E8", event_type="extension", start="2024-02-20", end="2024-12-31", days="180"),  # not a stop
    ]
    report = trial(EVENTS, rows)
    assert report.loaded == 4
    assert report.quarantined_by_reason == {"suspension_outside_case": 2, "suspension_longer_than_case": 2}
    got = reasons(con, EVENTS)
    assert got["E2"] == (
        "suspension_outside_case",
        "suspension_outside_case: suspension start_date 2024-02-20 end_date 2024-03-10 ends after "
        "closing_date 2024-03-01 of trial.cases case_id='C1'",
    )
    assert got["E3"][1] == (
        "suspension_outside_case: deduction start_date 2024-02-01 (no end_date) days=40 ends after "
        "closing_date 2024-03-01 of trial.cases case_id='C1'"
    )
    assert got["E5"] == (
        "suspension_longer_than_case",
        "suspension_longer_than_case: suspension days=3 (63 suspended or deducted in all) > 60 days from "
        "filing_date 2024-01-01 to closing_date 2024-03-01 of trial.cases case_id='C1'",
    )
    assert got["E7"][1] == (
        "suspension_longer_than_case: deduction days=31 (91 suspended or deducted in all) > 60 days from "
        "filing_date 2024-01-01 to the end of its events (case open) of trial.cases case_id='C2'"
    )
    assert loaded_keys(con, EVENTS) == {"E1", "E4", "E6", "E8"}

    # a later night: the landed events count, and a re-delivered event replaces its landed version
    report = trial(EVENTS, [event("E9", start="2024-02-26", end="2024-02-27", days="1")], batch="b2")
    assert report.quarantined_by_reason == {"suspension_longer_than_case": 1}  # 50 + 10 landed + 1 > 60
    shorter = event("E4", event_type="deduction", start="2024-01-05", end="2024-01-06", days="1", updated_at=LATER)
    report = trial(EVENTS, [shorter, event("E9", start="2024-02-26", end="2024-02-27", days="1")], batch="b3")
    assert (report.loaded, report.quarantined) == (2, 0)  # 1 + 10 + 1 <= 60
    assert count(con, EVENTS) == 6


def test_no_duration_goes_negative_after_landing(trial, con):
    """What the marts compute (closing - filing - suspended days) stays >= 0 for every landed case."""
    trial(CASES, [closed("C1"), closed("C2", closing="2024-01-11")])
    rows = [event("E1", start="2024-01-01", end="2024-02-15", days="45"),
            event("E2", start="2024-02-01", end="2024-03-01", days="29"),  # overlaps E1: 74 > 60
            event("E3", case_id="C2", start="2024-01-01", end="2024-01-11", days="10"),
            event("E4", case_id="C2", event_type="deduction", start="2024-01-05", end=None, days="6")]  # fmt: skip
    trial(EVENTS, rows)
    durations = con.execute(
        """select c.case_id, c.closing_date - c.filing_date - coalesce(sum(e.days), 0)
        from raw.trial__cases c left join raw.trial__time_limit_events e
          on e.case_id = c.case_id and e.event_type in ('suspension', 'deduction')
        group by c.case_id, c.closing_date, c.filing_date order by 1"""
    ).fetchall()
    assert durations == [("C1", 15), ("C2", 0)]


def test_extension_beyond_what_the_law_allows_for_the_procedure(trial, con):
    rows = [
        case("C1", procedure="simple"),  # 民初 simple: +30 days at most
        case("C2", case_type_code="刑初", procedure="speedy"),  # no extension
        case("C3", procedure="ordinary"),  # no statutory cap
        case("C4", case_type_code="刑再", procedure="retrial"),  # `*` row: no extension
    ]
    trial(CASES, rows)
    ext = {"event_type": "extension", "start": "2024-04-20", "end": "2024-08-31"}
    rows = [
        event("X1", days="30", **ext),
        event("X2", days="10", **ext),  # 30 + 10 > 30
        event("X3", case_id="C2", days="5", **ext),
        event("X4", case_id="C3", days="365", **ext),
        event("X5", case_id="C4", days="30", **ext),
        event("S1", case_id="C2", start="2024-04-10", end="2024-04-20"),  # a suspension is not an extension
    ]
    report = trial(EVENTS, rows)
    assert (report.loaded, report.quarantined_by_reason) == (3, {"extension_not_allowed": 3})
    got = reasons(con, EVENTS)
    assert got["X2"] == (
        "extension_not_allowed",
        "extension_not_allowed: extension days=10 (40 in all) > 30 allowed for 民初 simple "
        "(statutory_limits max_extension_days) of trial.cases case_id='C1'",
    )
    assert got["X3"][1].startswith("extension_not_allowed: extension days=5 (5 in all) > 0 allowed for 刑初 speedy")
    assert "X5" in got and loaded_keys(con, EVENTS) == {"X1", "X4", "S1"}
    report = trial(EVENTS, [event("X6", days="1", **ext)], batch="b2")  # landed 30 + 1 > 30
    assert report.quarantined_by_reason == {"extension_not_allowed": 1}


def test_an_exact_procedure_row_wins_over_the_any_procedure_row(trial, con, monkeypatch):
    caps = (ExtensionCap("民初", "*", 0), ExtensionCap("民初", "ordinary", None))
    monkeypatch.setattr(checks, "extension_caps", lambda: caps)
    trial(CASES, [case("C1", procedure="ordinary"), case("C2", procedure="simple")])
    ext = {"event_type": "extension", "start": "2024-04-20", "end": "2024-08-31", "days": "60"}
    report = trial(EVENTS, [event("X1", **ext), event("X2", case_id="C2", **ext)])
    assert (report.loaded, report.quarantined_by_reason) == (1, {"extension_not_allowed": 1})
    assert loaded_keys(con, EVENTS) == {"X1"}


def test_the_seed_is_the_one_table_of_extension_caps():
    caps = {(c.case_type_code, c.procedure): c.max_extension_days for c in extension_caps()}
    assert caps[("民初", "simple")] == 30 and caps[("民初", "small_claims")] == 30
    assert caps[("刑初", "simple")] == caps[("刑初", "speedy")] == caps[("刑再", "*")] == 0
    assert caps[("民初", "ordinary")] is None and caps[("破", "*")] is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("case_type_code,procedure,base_limit_days\n民初,simple,90\n", "missing column(s) max_extension_days"),
        ("case_type_code,procedure,base_limit_days,max_extension_days\n民初,simple,90,one month\n",
         "line 2: max_extension_days='one month' is not a whole number"),
        ("case_type_code,procedure,base_limit_days,max_extension_days\n民初,simple,90,30\n民初,simple,90,\n",
         "line 3: (民初, simple) appears twice"),
    ],
)  # fmt: skip
def test_a_malformed_seed_is_a_clear_error(tmp_path: Path, text, message):
    path = tmp_path / "statutory_limits.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(StatutoryLimitsError, match=message.replace("(", r"\(").replace(")", r"\)")):
        extension_caps(path)
