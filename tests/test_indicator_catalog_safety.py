"""The indicator catalog's SQL safety (nothing unchecked reaches SQL), distinct definitions (no two ids with one
formula), and the real catalog (unique ids, distinct formulas, the spec's core ids)."""

# ruff: noqa: E501 - the hand-made rows read best one record per line

from __future__ import annotations

import json
import time
from dataclasses import replace

import pytest
import yaml

from codegen.models import generate_indicator_models
from indicators.catalog import CONFIG_DIR, CatalogError, load_catalog
from indicators.compiler import indicator_definition, literal
from indicators.model_docs import DOCS_FILE
from tests.catalog_entries import assert_names, config, count_of, entry, rejected
from tests.indicator_fixture import (
    CORE_IDS,
    REAL_CONFIG,
    SPEC,
    spec_core_ids,
)

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


def test_a_definition_whose_lists_hold_unchecked_text_is_refused():
    """The values macros write a definition's id, levels, roles and lines into SQL as literals: indicator_definition
    checks them as the compiler checks its own (the catalog's validation refuses such text before)."""
    indicator = load_catalog(CONFIG_DIR).indicators[0]
    indicator_definition(indicator, indicator.id)  # the catalog's own: accepted
    for unsafe in ({"roles": ("judge') or (true",)}, {"business_lines": ("civil'; --",)}, {"id": "x{{ y }}"}):
        with pytest.raises(ValueError, match="refusing"):
            indicator_definition(replace(indicator, **unsafe), indicator.id)


def test_generated_sql_holds_only_checked_literals(tmp_path):
    """A valid catalog with free text in a filter compiles to SQL, and to definitions (the models' meta, which
    macros render as SQL), whose literals are exactly the checked values."""
    flt = {"field": "cause_of_action", "op": "eq", "value": "民间借贷纠纷 (2024)"}
    cfg = config(tmp_path, {"tests": [entry(formula=count_of("trial_cases", "closed_in", flt))]})
    out = tmp_path / "generated"
    generate_indicator_models(config_dir=cfg, out_dir=out)
    models = yaml.safe_load((out / DOCS_FILE).read_text(encoding="utf-8"))["models"]
    definitions = [[m.get("config"), [c.get("config") for c in m.get("columns", [])]] for m in models]
    meta = json.dumps(definitions, ensure_ascii=False)
    assert "(f.cause_of_action = '民间借贷纠纷 (2024)')" in meta
    sql = "\n".join(p.read_text(encoding="utf-8") for p in out.glob("*.sql"))
    code = [line for line in sql.splitlines() if not line.lstrip().startswith("--")]  # comments aside
    assert not any(";" in line for line in [*code, meta])


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
