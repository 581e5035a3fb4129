"""The indicator catalog: validation (every error names the file and the indicator), SQL safety, distinct
definitions, the real catalog, definitions that change over time, and indicators added by editing YAML only.

Validation tests write a private config folder (no dbt). The last two tests build a tiny warehouse once, in a
private copy of the dbt project (see indicator_fixture), with a custom catalog.
"""

# ruff: noqa: E501 - the hand-made rows read best one record per line

from __future__ import annotations

import re
import time
from pathlib import Path

import duckdb
import pytest
import yaml

from codegen.models import configuration_dir, generate_indicator_models, generated_dir, published_dir
from indicators.catalog import CatalogError, load_catalog
from indicators.compiler import literal
from indicators.workload_config import workload_models
from tests.indicator_fixture import (
    CORE_IDS,
    REAL_CONFIG,
    SPEC,
    build,
    copy_entry,
    d,
    dbt_build,
    generate,
    spec_core_ids,
    ts,
    write_config,
    write_indicator_file,
)

BASE = {
    "id": "test_closed",
    "name_zh": "测试结案数",
    "name_en": "Test cases closed",
    "category": "trial",
    "dimension": "workload",
    "levels": ["court", "department", "person"],
    "roles": "any",
    "business_lines": "any",
    "unit": "cases",
    "direction": "higher",
    "scoring": "peer_relative",
    "valid_from": "2016-01-01",
    "description": "Cases closed, for tests.",
    "formula": {"kind": "count", "measure": {"fact": "trial_cases", "period": "closed_in"}},
}


def entry(iid: str = "test_closed", **changes) -> dict:
    return copy_entry(BASE, id=iid, **changes)


def count_of(fact: str, period: str, *filters: dict) -> dict:
    return {"kind": "count", "measure": {"fact": fact, "period": period, "filters": list(filters)}}


def config(tmp_path: Path, files: dict[str, list[dict]]) -> Path:
    return write_config(tmp_path, files)


def rejected(tmp_path: Path, files: dict[str, list[dict]]) -> str:
    """Load the catalog and return the CatalogError's message; also check that generation writes nothing."""
    cfg = config(tmp_path, files)
    with pytest.raises(CatalogError) as err:
        load_catalog(cfg)
    out = tmp_path / "generated"
    with pytest.raises(CatalogError):
        generate_indicator_models(config_dir=cfg, out_dir=out)
    assert not out.exists(), "SQL was written for an invalid catalog"
    return str(err.value)


def assert_names(message: str, file: str, iid: str, *words: str) -> None:
    assert f"{file}: indicator {iid!r}" in message, message
    for word in words:
        assert word in message, message


def test_a_valid_catalog_loads(tmp_path):
    catalog = load_catalog(config(tmp_path, {"tests": [entry()]}))
    assert catalog.ids == ["test_closed"]
    (ind,) = catalog.indicators
    assert ind.source_file == "tests.yaml" and ind.levels == ("court", "department", "person")


# --- validation: each error names the file and the indicator ------------------------------------------------------


def test_unknown_fact(tmp_path):
    bad = entry("bad_fact", formula=count_of("trial_casez", "closed_in"))
    assert_names(rejected(tmp_path, {"tests": [entry(), bad]}), "tests.yaml", "bad_fact", "unknown fact 'trial_casez'")


def test_unknown_period(tmp_path):
    bad = entry("bad_period", formula=count_of("trial_cases", "signed_in"))
    assert_names(rejected(tmp_path, {"tests": [bad]}), "tests.yaml", "bad_period", "no period 'signed_in'")


def test_unknown_field(tmp_path):
    bad = entry(
        "bad_field", formula=count_of("trial_cases", "closed_in", {"field": "case_type", "op": "eq", "value": "民初"})
    )
    assert_names(rejected(tmp_path, {"tests": [bad]}), "tests.yaml", "bad_field", "unknown field 'case_type'")


def test_unknown_operator(tmp_path):
    bad = entry(
        "bad_op",
        formula=count_of("trial_cases", "closed_in", {"field": "case_type_code", "op": "like", "value": "民%"}),
    )
    assert_names(rejected(tmp_path, {"tests": [bad]}), "tests.yaml", "bad_op", "unknown operator 'like'")


def test_operator_not_for_the_field_type(tmp_path):
    bad = entry(
        "bad_op_type",
        formula=count_of("trial_cases", "closed_in", {"field": "is_within_limit", "op": "eq", "value": "yes"}),
    )
    assert_names(rejected(tmp_path, {"tests": [bad]}), "tests.yaml", "bad_op_type", "does not apply to bool field")


@pytest.mark.parametrize(
    ("flt", "words"),
    [
        ({"field": "case_type_code", "op": "eq", "value": 5}, "not a plain string"),  # number for a string field
        ({"field": "case_type_code", "op": "in", "value": ["民初", 7]}, "not a plain string"),
        (
            {"field": "case_type_code", "op": "eq", "value": "民初x"},
            "not an allowed value of case_type_code",
        ),  # unknown code
        ({"field": "closing_method", "op": "in", "value": ["judgment", "verdict"]}, "not an allowed value"),
        ({"field": "duration_days", "op": "gt", "value": "180"}, "is a number"),  # string for a number field
        ({"field": "duration_days", "op": "gt", "value": True}, "is a number"),
        ({"field": "duration_days", "op": "gt", "value": float("inf")}, "is a number"),  # would write `inf` into SQL
        ({"field": "duration_days", "op": "gt", "value": float("nan")}, "is a number"),
        ({"field": "case_type_code", "op": "in", "value": []}, "non-empty list"),
        ({"field": "is_within_limit", "op": "is_true", "value": True}, "takes no value"),
    ],
)
def test_type_mismatch(tmp_path, flt, words):
    bad = entry("bad_value", formula=count_of("trial_cases", "closed_in", flt))
    assert_names(rejected(tmp_path, {"tests": [bad]}), "tests.yaml", "bad_value", words)


def test_sum_needs_a_numeric_field(tmp_path):
    bad = entry(
        "bad_sum",
        formula={"kind": "sum", "measure": {"fact": "trial_cases", "period": "closed_in", "field": "procedure"}},
    )
    assert_names(rejected(tmp_path, {"tests": [bad]}), "tests.yaml", "bad_sum", "is string, not a number")


def test_duplicate_id(tmp_path):
    other = entry(formula=count_of("trial_cases", "filed_in"))  # same id, same valid_from, another file
    message = rejected(tmp_path, {"a_first": [entry()], "b_second": [other]})
    assert_names(message, "b_second.yaml", "test_closed", "duplicate id", "a_first.yaml")


def test_duplicate_id_in_one_file(tmp_path):
    message = rejected(tmp_path, {"tests": [entry(), entry(formula=count_of("trial_cases", "filed_in"))]})
    assert_names(message, "tests.yaml", "test_closed", "duplicate id")


def test_overlapping_versions(tmp_path):
    old = entry(valid_from="2016-01-01")  # no valid_to: runs for ever, so it overlaps the next one
    new = entry(valid_from="2024-07-01", formula=count_of("trial_cases", "filed_in"))
    assert_names(rejected(tmp_path, {"tests": [old, new]}), "tests.yaml", "test_closed", "overlaps")
    old = entry(valid_from="2016-01-01", valid_to="2024-07-01")  # valid_to is inclusive: one shared day
    assert_names(rejected(tmp_path, {"tests": [old, new]}), "tests.yaml", "test_closed", "overlaps")


def test_valid_to_before_valid_from(tmp_path):
    bad = entry(valid_from="2024-01-01", valid_to="2023-12-31")
    assert_names(rejected(tmp_path, {"tests": [bad]}), "tests.yaml", "test_closed", "valid_to is before valid_from")


def test_dangling_ref(tmp_path):
    bad = entry(
        "bad_ref",
        formula={"kind": "ratio", "numerator": {"ref": "no_such_indicator"}, "denominator": {"ref": "test_closed"}},
    )
    message = rejected(tmp_path, {"tests": [entry(), bad]})
    assert_names(message, "tests.yaml", "bad_ref", "unknown indicator 'no_such_indicator'")


def test_circular_ref(tmp_path):
    a = entry("ref_a", formula={"kind": "count", "measure": {"ref": "ref_b"}})
    b = entry("ref_b", formula={"kind": "count", "measure": {"ref": "ref_a"}})
    message = rejected(tmp_path, {"tests": [a, b]})
    assert_names(message, "tests.yaml", "ref_a", "circular reference ref_a -> ref_b -> ref_a")
    assert_names(message, "tests.yaml", "ref_b", "circular reference ref_b -> ref_a -> ref_b")
    selfish = entry("ref_self", formula={"kind": "count", "measure": {"ref": "ref_self"}})
    assert_names(rejected(tmp_path, {"tests": [selfish]}), "tests.yaml", "ref_self", "circular reference")


def test_ref_to_a_ratio(tmp_path):
    ratio = entry(
        "a_ratio",
        formula={
            "kind": "ratio",
            "numerator": {"ref": "test_closed"},
            "denominator": {"fact": "trial_cases", "period": "filed_in"},
        },
    )
    bad = entry("bad_ref", formula={"kind": "count", "measure": {"ref": "a_ratio"}})
    assert_names(
        rejected(tmp_path, {"tests": [entry(), ratio, bad]}),
        "tests.yaml",
        "bad_ref",
        "can only reference a count or sum",
    )


def test_unknown_category(tmp_path):
    bad = entry("bad_category", category="astrology")
    assert_names(rejected(tmp_path, {"tests": [bad]}), "tests.yaml", "bad_category", "unknown category 'astrology'")


def test_level_the_fact_cannot_reach(tmp_path):
    # mediations belong to a court and a guiding judge, never to a department
    bad = entry("bad_level", formula=count_of("mediations", "closed_in"))
    assert_names(rejected(tmp_path, {"tests": [bad]}), "tests.yaml", "bad_level", "level(s) ['department']")
    # evaluations only to people
    bad = entry("bad_level2", levels=["court"], formula=count_of("evaluations", "for_period"))
    assert_names(rejected(tmp_path, {"tests": [bad]}), "tests.yaml", "bad_level2", "level(s) ['court']")
    bad = entry("bad_level3", levels=["court", "region"])
    assert_names(rejected(tmp_path, {"tests": [bad]}), "tests.yaml", "bad_level3", "levels must be among")


def test_per_10k_and_per_judge_levels(tmp_path):
    per_10k = {"kind": "per_10k_population", "measure": {"fact": "trial_cases", "period": "filed_in"}}
    bad = entry("bad_per_10k", levels=["court", "person"], formula=per_10k)
    assert_names(rejected(tmp_path, {"tests": [bad]}), "tests.yaml", "bad_per_10k", "court level only")
    per_judge = {"kind": "per_quota_judge", "measure": {"fact": "trial_cases", "period": "closed_in"}}
    bad = entry("bad_per_judge", formula=per_judge)
    assert_names(
        rejected(tmp_path, {"tests": [bad]}), "tests.yaml", "bad_per_judge", "court and department levels only"
    )


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("name_zh", "结案数'"),
        ("name_zh", "结案数{{ var('x') }}"),
        ("name_en", 'Cases "closed"'),
        ("unit", "cases;"),
        ("description", "Closed cases\\n"),
        ("description", "{% do run_query('drop table raw.hr__staff') %}"),
    ],
)
def test_bad_text_characters(tmp_path, key, text):
    bad = entry("bad_text", **{key: text})
    assert_names(rejected(tmp_path, {"tests": [bad]}), "tests.yaml", "bad_text", key, "characters not allowed")


def test_all_problems_reported_at_once(tmp_path):
    a = entry("bad_one", category="astrology")
    b = entry("bad_two", formula=count_of("trial_casez", "closed_in"))
    with pytest.raises(CatalogError) as err:
        load_catalog(config(tmp_path, {"first": [a], "second": [b]}))
    assert len(err.value.problems) == 2
    assert any(p.startswith("first.yaml: indicator 'bad_one'") for p in err.value.problems)
    assert any(p.startswith("second.yaml: indicator 'bad_two'") for p in err.value.problems)


# --- SQL safety --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "flt",
    [
        {"field": "cause_of_action", "op": "eq", "value": "x'; drop table raw.hr__staff; --"},  # free-text field
        {"field": "cause_of_action", "op": "in", "value": ["民间借贷纠纷", "x') or 1=1 or ('"]},
        {"field": "cause_of_action", "op": "ne", "value": "{{ run_query('drop table raw.hr__staff') }}"},
        {"field": "case_type_code; drop", "op": "eq", "value": "民初"},
        {"field": "case_type_code", "op": "eq; drop table raw.hr__staff", "value": "民初"},
    ],
)
def test_sql_injection_in_filters_is_rejected_before_any_sql(tmp_path, flt):
    bad = entry("sneaky", formula=count_of("trial_cases", "closed_in", flt))
    assert_names(rejected(tmp_path, {"tests": [bad]}), "tests.yaml", "sneaky")


@pytest.mark.parametrize(
    "changes",
    [
        {"name_zh": "结案数'); drop table raw.hr__staff; --"},
        {"name_zh": "结案数{{ run_query('select 1') }}"},
        {"id": "x'; drop table raw.hr__staff; --"},
        {"id": "test_closed\n"},  # a regex `$` would let a trailing newline through
        {"levels": ["court'); drop table raw.hr__staff; --"]},
        {"valid_from": "2016-01-01'; drop table raw.hr__staff; --"},
        {"roles": ["judge'; --"]},
        {"weight": float("nan")},
        {"reference_interval": [0, float("inf")]},
        {
            "formula": {
                "kind": "ratio",
                "numerator": {"ref": "test_closed"},
                "denominator": {"ref": "test_closed"},
                "scale": "days_in_period; drop",
            }
        },
        {
            "formula": {
                "kind": "count",
                "measure": {"fact": "trial_cases; drop table raw.hr__staff", "period": "closed_in"},
            }
        },
        {
            "formula": {
                "kind": "sum",
                "measure": {
                    "fact": "trial_cases",
                    "period": "closed_in",
                    "field": "duration_days) from raw.hr__staff --",
                },
            }
        },
    ],
)
def test_sql_injection_elsewhere_is_rejected_before_any_sql(tmp_path, changes):
    sneaky = {**entry("sneaky", formula=count_of("trial_cases", "filed_in")), **changes}
    cfg = config(tmp_path, {"tests": [entry(), sneaky]})
    with pytest.raises(CatalogError) as err:
        generate_indicator_models(config_dir=cfg, out_dir=tmp_path / "generated")
    assert "tests.yaml: indicator" in str(err.value)
    assert not (tmp_path / "generated").exists()


def test_sql_injection_in_the_domain_is_rejected(tmp_path):
    cfg = config(tmp_path, {})
    path = cfg / "indicators" / "tests.yaml"
    doc = {"domain": "x'; drop table raw.hr__staff; --", "indicators": [entry()]}
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CatalogError) as err:
        generate_indicator_models(config_dir=cfg, out_dir=tmp_path / "generated")
    assert "tests.yaml" in str(err.value) and "domain" in str(err.value)
    assert not (tmp_path / "generated").exists()


def test_literal_refuses_unsafe_text():
    assert literal("民初") == "'民初'"
    assert literal("2024-01-01") == "'2024-01-01'"
    assert literal(True) == "true" and literal(False) == "false"
    assert literal(180) == "180" and literal(0.5) == "0.5"
    for text in ("x'; drop table raw.hr__staff; --", "a\\b", "{{ x }}", "{% x %}", 'say "hi"', "a;b", "}"):
        with pytest.raises(ValueError, match="refusing"):
            literal(text)


def test_generated_sql_holds_only_checked_literals(tmp_path):
    """A valid catalog with free text in a filter compiles to SQL whose literals are exactly the checked values."""
    flt = {"field": "cause_of_action", "op": "eq", "value": "民间借贷纠纷 (2024)"}
    cfg = config(tmp_path, {"tests": [entry(formula=count_of("trial_cases", "closed_in", flt))]})
    out = tmp_path / "generated"
    generate_indicator_models(config_dir=cfg, out_dir=out)
    sql = "\n".join(p.read_text(encoding="utf-8") for p in out.glob("*.sql"))
    assert "f.cause_of_action = '民间借贷纠纷 (2024)'" in sql
    code = [line for line in sql.splitlines() if not line.lstrip().startswith("--")]  # comments aside
    assert not any(";" in line for line in code)


# --- distinct definitions -----------------------------------------------------------------------------------------


def test_two_ids_with_the_same_formula_are_rejected(tmp_path):
    twin = entry("test_closed_twin")
    message = rejected(tmp_path, {"tests": [entry(), twin]})
    assert_names(message, "tests.yaml", "test_closed_twin", "computes exactly what 'test_closed'")


def test_same_formula_written_differently_is_rejected(tmp_path):
    f1 = {"field": "case_type_code", "op": "in", "value": ["民初", "行初"]}
    f2 = {"field": "is_within_limit", "op": "is_true"}
    a = entry("order_a", formula=count_of("trial_cases", "closed_in", f1, f2))
    b = entry("order_b", formula=count_of("trial_cases", "closed_in", f2, {**f1, "value": ["行初", "民初"]}))
    assert_names(rejected(tmp_path, {"tests": [a, b]}), "tests.yaml", "order_b", "computes exactly what 'order_a'")
    # a ratio over a ref and the same ratio spelled out
    r1 = entry(
        "ratio_a",
        formula={
            "kind": "ratio",
            "numerator": {"ref": "test_closed"},
            "denominator": {"fact": "trial_cases", "period": "filed_in"},
        },
    )
    r2 = entry(
        "ratio_b",
        formula={
            "kind": "ratio",
            "numerator": {"fact": "trial_cases", "period": "closed_in"},
            "denominator": {"fact": "trial_cases", "period": "filed_in"},
        },
    )
    assert_names(
        rejected(tmp_path, {"tests": [entry(), r1, r2]}), "tests.yaml", "ratio_b", "computes exactly what 'ratio_a'"
    )


def test_versions_of_one_id_may_share_a_formula(tmp_path):
    old = entry(valid_to="2023-12-31")
    new = entry(valid_from="2024-01-01", description="Same count, new wording.")
    catalog = load_catalog(config(tmp_path, {"tests": [old, new]}))
    assert [i.version_id for i in catalog.indicators] == ["test_closed@2016-01-01", "test_closed@2024-01-01"]


# --- the real catalog ---------------------------------------------------------------------------------------------


def _load_real_catalog():
    """The real catalog as it is now; others may be saving a file this very second, so retry briefly."""
    for attempt in range(3):
        try:
            return load_catalog(REAL_CONFIG)
        except CatalogError:
            if attempt == 2:
                raise
            time.sleep(2)


def test_real_catalog_ids_are_unique_and_formulas_distinct():
    catalog = _load_real_catalog()
    versions = [i.version_id for i in catalog.indicators]
    assert len(versions) == len(set(versions))
    by_id: dict[str, list] = {}
    for ind in catalog.indicators:
        by_id.setdefault(ind.id, []).append(ind)
    for iid, inds in by_id.items():  # versions of one id do not overlap
        inds.sort(key=lambda i: i.valid_from)
        for a, b in zip(inds, inds[1:], strict=False):
            assert a.valid_to is not None and a.valid_to < b.valid_from, iid
    owners: dict[str, set[str]] = {}
    for ind in catalog.indicators:
        owners.setdefault(ind.formula.signature, set()).add(ind.id)
    assert [ids for ids in owners.values() if len(ids) > 1] == []
    assert set(CORE_IDS) <= set(catalog.ids)


@pytest.mark.skipif(not SPEC.exists(), reason="core_indicators.md not available")
def test_core_ids_match_the_spec():
    assert spec_core_ids() == list(CORE_IDS)


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


@pytest.mark.parametrize("weight", ["nan", "inf", "-0.5", "heavy"])
def test_bad_case_weight_is_rejected(tmp_path, weight):
    cfg = config(tmp_path, {"tests": [entry()]})
    path = cfg / "workload" / "case_weights.csv"
    path.write_text(path.read_text(encoding="utf-8") + f"民特,special,{weight}\n", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"case_weights.csv line \d+"):
        generate_indicator_models(config_dir=cfg, out_dir=tmp_path / "generated")


def test_a_project_copy_gets_each_generated_model_in_the_folder_of_its_layer_once(tmp_path):
    """In a copy of the dbt project, as in the project, the engine's int_* models go to
    models/intermediate/indicators/generated/, the settings' cfg_* to models/intermediate/configuration/ and the
    published results to models/marts/indicators/generated/ (where the copy already has them): writing any of them
    in a second folder would define it twice."""
    project = tmp_path / "project"
    engine = generated_dir(project)
    generate_indicator_models(out_dir=engine)
    folders = {folder: {p.stem for p in folder.glob("*.sql")} for folder in
               (engine, configuration_dir(project), published_dir(project))}  # fmt: skip
    engine_models, settings_models, published = folders.values()
    assert {"cfg_score_indicators", "cfg_supervision_settings"} <= settings_models
    assert published == {"indicator_values", "indicator_catalog"}
    assert "int_indicator_measures" in engine_models and all(m.startswith(("int_", "cfg_")) for m in engine_models)
    assert sum(len(models) for models in folders.values()) == len(set().union(*folders.values()))


def test_role_preference_is_the_largest_share_then_the_role_name(tmp_path):
    """A person with several roles on one case keeps one credit: int_workload_credits takes the role of lowest
    cfg_role_shares.preference, which is the largest share, ties broken by the role's name."""
    cfg = config(tmp_path, {"tests": [entry()]})
    (cfg / "workload" / "role_shares.csv").write_text(
        "case_role,share\nhandling,1.0\npanel_member,0.5\nassistant,0.5\nclerk,0.4\n", encoding="utf-8"
    )
    shares = next(model for model in workload_models(cfg) if model.name == "cfg_role_shares").sql
    sql = re.sub(r"\{\{.*?\}\}", "", shares.replace("{{ dbt.type_string() }}", "varchar"))
    rows = duckdb.sql(sql + " order by preference").fetchall()
    assert rows == [("handling", 1.0, 1), ("assistant", 0.5, 2), ("panel_member", 0.5, 3), ("clerk", 0.4, 4)]
