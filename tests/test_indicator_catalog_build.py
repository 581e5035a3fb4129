"""Definitions that change over time and an indicator added by editing YAML only, on a tiny warehouse built once
in a private copy of the dbt project (see indicator_fixture) with a custom catalog."""

# ruff: noqa: E501 - the hand-made rows read best one record per line

from __future__ import annotations

import pytest

from codegen.models import generated_dir
from tests.catalog_entries import count_of, entry
from tests.indicator_fixture import (
    build,
    d,
    dbt_build,
    generate,
    ts,
    write_indicator_file,
)

# --- definitions over time and indicators added by YAML (dbt) ----------------------------------------------------

STAMP = ts("2024-01-01 08:00:00")


def _case(cid, ctype, proc, filed, closed) -> tuple:
    return ("b1", {"case_id": cid, "case_number": f"(2024)内0602{ctype}{cid}号", "court_code": "内0602", "dept_id": "D1",
                   "case_type_code": ctype, "procedure": proc, "cause_of_action": "纠纷", "filing_date": d(filed),
                   "closing_date": d(closed) if closed else None, "closing_method": "judgment" if closed else None,
                   "claim_amount": 1000, "handling_judge_id": "P1", "presiding_judge_id": None, "assistant_id": None,
                   "clerk_id": None, "original_case_id": None, "review_outcome": None, "involves_enterprise": False,
                   "deleted": False, "updated_at": STAMP})  # fmt: skip


def _hearing(hid, cid, day, status) -> tuple:
    return ("b1", {"hearing_id": hid, "case_id": cid, "scheduled_date": d(day), "held_date": d(day) if status == "held" else None,
                   "status": status, "presiding_id": "P1", "clerk_id": None, "duration_minutes": 30, "livestreamed": False,
                   "updated_at": STAMP})  # fmt: skip


TINY = {
    ("hr", "courts"): [("b1", {"court_code": "内0602", "court_name": "东胜区人民法院", "level": "basic", "parent_court_code": None,
                               "jurisdiction_population": 600_000, "updated_at": STAMP})],
    ("hr", "departments"): [("b1", {"dept_id": "D1", "court_code": "内0602", "dept_name": "民事审判第一庭", "dept_type": "trial",
                                    "business_line": "civil", "active": True, "updated_at": STAMP})],
    ("hr", "staff"): [("b1", {"person_id": "P1", "name": "刘法官", "gender": "F", "court_code": "内0602", "dept_id": "D1",
                              "role": "judge", "is_quota_judge": True, "hire_date": d("2015-07-01"), "leave_date": None,
                              "updated_at": STAMP})],
    ("hr", "staff_postings"): [("b1", {"posting_id": "PP1", "person_id": "P1", "court_code": "内0602", "dept_id": "D1",
                                       "role": "judge", "valid_from": d("2020-01-01"), "valid_to": None, "updated_at": STAMP})],
    ("trial", "cases"): [
        _case("C1", "民初", "ordinary", "2024-01-10", "2024-05-10"),
        _case("C2", "刑初", "ordinary", "2024-02-10", "2024-05-20"),
        _case("C3", "民初", "simple", "2024-06-01", "2024-08-10"),
        _case("C4", "刑初", "simple", "2024-07-01", "2024-08-20"),
    ],
    ("trial", "hearings"): [
        _hearing("H1", "C1", "2024-04-12", "held"),
        _hearing("H2", "C3", "2024-08-01", "held"),
        _hearing("H3", "C4", "2024-08-05", "postponed"),
    ],
}  # fmt: skip

# One id, two definitions: until 2024-06-30 every trial case closed; from 2024-07-01 only 民初 cases.
VERSION_OLD = entry("versioned_closed", valid_to="2024-06-30")
VERSION_NEW = entry("versioned_closed", valid_from="2024-07-01",
                    formula=count_of("trial_cases", "closed_in", {"field": "case_type_code", "op": "eq", "value": "民初"}))  # fmt: skip
ADDED = entry("test_hearings_held", name_zh="开庭数", name_en="Hearings held",
              formula=count_of("hearings", "held_in", {"field": "status", "op": "eq", "value": "held"}))  # fmt: skip


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    result = build(tmp_path_factory.mktemp("catalog_build"), {"versions": [VERSION_OLD, VERSION_NEW]}, TINY)
    yield result
    result.close()


def _value(b, iid: str, period_type: str, period: str, level: str = "court", entity: str = "内0602") -> dict:
    rows = b.rows(
        "select value, definition_valid_from from marts.indicator_values where indicator_id = ? and level = ? "
        "and entity_id = ? and period_type = ? and period = ?",
        iid, level, entity, period_type, period,
    )  # fmt: skip
    assert len(rows) == 1, (iid, period_type, period, rows)
    return rows[0]


def test_definition_applies_by_period_end(tiny):
    tiny.open()
    # closed: C1 民初 2024-05-10, C2 刑初 05-20, C3 民初 08-10, C4 刑初 08-20
    old, new = "2016-01-01", "2024-07-01"
    # periods ending before the switch: the old definition (all cases): Q2 C1 C2 = 2; May 2; ytd June 2
    assert _value(tiny, "versioned_closed", "quarter", "2024-Q2") == {"value": 2, "definition_valid_from": old}
    assert _value(tiny, "versioned_closed", "month", "2024-05") == {"value": 2, "definition_valid_from": old}
    assert _value(tiny, "versioned_closed", "ytd", "2024-06") == {"value": 2, "definition_valid_from": old}
    # periods ending on or after 2024-07-01: the new one (民初 only): Q3 C3 = 1; August 1;
    # the year 2024 ends after the switch, so all of it is counted the new way: C1 C3 = 2 (not 4);
    # ytd July: C1 = 1 (not 2)
    assert _value(tiny, "versioned_closed", "quarter", "2024-Q3") == {"value": 1, "definition_valid_from": new}
    assert _value(tiny, "versioned_closed", "month", "2024-08") == {"value": 1, "definition_valid_from": new}
    assert _value(tiny, "versioned_closed", "year", "2024") == {"value": 2, "definition_valid_from": new}
    assert _value(tiny, "versioned_closed", "ytd", "2024-07") == {"value": 1, "definition_valid_from": new}
    # exactly one definition per period and entity
    dup = tiny.rows(
        "select period_type, period, count(*) as n from marts.indicator_values where indicator_id = 'versioned_closed' "
        "and level = 'court' group by 1, 2 having count(*) != 1"
    )
    assert dup == []
    catalog_rows = tiny.rows(
        "select valid_from, valid_to from marts.indicator_catalog where indicator_id = 'versioned_closed' order by 1"
    )
    assert catalog_rows == [
        {"valid_from": d("2016-01-01"), "valid_to": d("2024-06-30")},
        {"valid_from": d("2024-07-01"), "valid_to": None},
    ]


def test_an_indicator_added_in_yaml_appears_after_regeneration(tiny):
    tiny.open()
    assert tiny.rows("select count(*) as n from marts.indicator_values where indicator_id = 'test_hearings_held'") == [
        {"n": 0}
    ]
    tiny.close()  # DuckDB: one writer, and dbt is about to write
    # an analyst adds a file with one indicator; nothing else changes
    write_indicator_file(tiny.project / "config", "hearing_extra", [ADDED])
    catalog = generate(tiny.project)
    assert "test_hearings_held" in catalog.ids
    assert (generated_dir(tiny.project) / "int_indicator_measures__hearings__held_in.sql").exists()
    dbt_build(tiny.project, tiny.warehouse, "path:models/intermediate/indicators/generated",
              "path:models/marts/indicators/generated")  # fmt: skip
    tiny.open()
    # held: H1 2024-04-12, H2 2024-08-01 (H3 postponed)
    assert _value(tiny, "test_hearings_held", "quarter", "2024-Q2")["value"] == 1
    assert _value(tiny, "test_hearings_held", "quarter", "2024-Q3")["value"] == 1
    assert _value(tiny, "test_hearings_held", "year", "2024")["value"] == 2
    assert _value(tiny, "test_hearings_held", "year", "2024", "person", "P1")["value"] == 2
    assert _value(tiny, "test_hearings_held", "quarter", "2024-Q1", "department", "D1")["value"] == 0
    names = tiny.rows("select name_zh, domain from marts.indicator_catalog where indicator_id = 'test_hearings_held'")
    assert names == [{"name_zh": "开庭数", "domain": "hearing_extra"}]
    # the earlier indicators are still there, unchanged
    assert _value(tiny, "versioned_closed", "year", "2024")["value"] == 2
