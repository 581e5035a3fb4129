"""The indicator catalog's validation: every error names the file and the indicator, all at once; bad workload
settings. Private config folders, no dbt (SQL safety and distinct formulas: test_indicator_catalog_safety.py;
definitions over time and indicators added by YAML, built with dbt: test_indicator_catalog_build.py).
"""

# ruff: noqa: E501 - the hand-made rows read best one record per line

from __future__ import annotations

import pytest
import yaml

from codegen.models import configuration_dir, generate_indicator_models, generated_dir, published_dir
from indicators.catalog import CatalogError, load_catalog
from indicators.workload_config import workload_models
from tests.catalog_entries import assert_names, config, count_of, entry, rejected
from tests.indicator_fixture import write_config


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


def test_every_category_is_on_exactly_one_dashboard_screen(tmp_path):
    folder = write_config(tmp_path, {"tests": [entry()]})
    catalog = load_catalog(folder)
    assert {c.id: c.screen_name_zh for c in catalog.categories}["enforcement_measures"] == "执行"
    path = folder / "categories.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    doc["screens"][0]["categories"].remove("hearing")  # on no screen
    doc["screens"][1]["categories"].append("petition")  # on two
    doc["screens"][2]["categories"].append("astrology")
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CatalogError) as err:
        load_catalog(folder)
    found = "\n".join(err.value.problems)
    assert "category hearing is on no screen" in found
    assert "category petition is on screens enforcement and petition (one only)" in found
    assert "screen litigation_source: unknown category 'astrology'" in found


def test_a_ratio_of_two_populations_is_told_apart_from_a_share():
    """Reversals on appeal closed in P over first-instance cases closed in P can exceed 1 for a judge's month (two
    reversals of earlier judgments, one case closed): the [0, 1] check of shares must not block the night on it."""
    real = {i.id: i.formula for i in load_catalog().indicators}
    assert real["first_instance_reversal_rate"].counts_another_population  # case_reviews over trial_cases
    assert real["civil_first_reversal_rate"].counts_another_population
    assert not real["within_limit_closure_rate"].counts_another_population  # one fact: a share, checked
    assert not real["closure_rate"].counts_another_population  # closed over carried over + filed: checked
    assert not real["closed_cases"].counts_another_population  # not a ratio


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
    shares = next(model for model in workload_models(cfg) if model.name == "cfg_role_shares").meta["literal_rows"]
    assert shares["columns"] == {"case_role": "string", "share": "double", "preference": "integer"}
    rows = sorted(shares["rows"], key=lambda row: row[2])
    assert rows == [["handling", 1.0, 1], ["assistant", 0.5, 2], ["panel_member", 0.5, 3], ["clerk", 0.4, 4]]
