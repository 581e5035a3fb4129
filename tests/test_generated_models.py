"""The generated dbt models are committed and current: the dbt command line parses a clean copy of the project with no
Python step first, `courtperf catalog` on the committed configuration rewrites nothing, and one catalog edit changes
only the definitions of the indicators it touches (the measures' and indicators' definitions are the generated
models' meta; macros/measure_passes.sql and macros/indicator_values.sql write their SQL)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import yaml

from codegen.models import generate_indicator_models, generated_dir
from indicators.catalog import load_catalog
from indicators.fact_model import levels_computed
from tests.indicator_fixture import run_dbt

ROOT = Path(__file__).resolve().parents[1]
PROJECT = ROOT / "dbt_project"
GENERATED = (
    "models/intermediate/indicators/generated",
    "models/intermediate/configuration",
    "models/marts/indicators/generated",
)


def _texts(project: Path) -> dict[str, str]:
    return {
        f"{folder}/{path.name}": path.read_text(encoding="utf-8")
        for folder in GENERATED
        for path in sorted((project / folder).glob("*.sql")) + sorted((project / folder).glob("*.yml"))
    }


def _regenerate(tmp_path: Path, edit=None) -> Path:
    project = tmp_path / "dbt_project"
    shutil.copytree(ROOT / "dbt_project" / "config", project / "config")
    if edit:
        edit(project / "config")
    generate_indicator_models(config_dir=project / "config", out_dir=generated_dir(project))
    return project


def test_dbt_parses_a_clean_copy_of_the_project_with_no_python_step_first(tmp_path):
    """As on a fresh clone (dbt_project/README.md): no target folder, no catalog compiled, no manifest prepared."""
    project = tmp_path / "dbt_project"
    shutil.copytree(PROJECT, project, ignore=shutil.ignore_patterns("target", "target-*", "logs"))
    done = run_dbt(project, tmp_path / "empty.duckdb", "parse")
    assert done.returncode == 0, done.stdout[-5000:] + done.stderr[-2000:]
    nodes = json.loads((project / "target" / "manifest.json").read_text(encoding="utf-8"))["nodes"]
    models = {node["name"] for node in nodes.values() if node["resource_type"] == "model"}
    generated = {"int_indicator_measures", "int_indicator_values__trial", "cfg_score_indicators", "indicator_values"}
    assert generated <= models


def test_the_committed_models_are_what_the_catalog_compiles_to(tmp_path):
    committed, regenerated = _texts(PROJECT), _texts(_regenerate(tmp_path))
    stale = sorted(n for n in committed.keys() | regenerated.keys() if committed.get(n) != regenerated.get(n))
    assert not stale, f"generated models out of date (run `courtperf catalog` and commit): {stale}"


def _add_indicator(config: Path) -> None:
    path = config / "indicators" / "hearing.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    doc["indicators"].append(
        {
            "id": "hearings_scheduled_cancelled",
            "name_zh": "撤销开庭次数",
            "name_en": "Hearings cancelled",
            "dimension": "efficiency",
            "unit": "hearings",
            "direction": "lower",
            "scoring": "peer_relative",
            "description": "Hearings scheduled in the period that were cancelled.",
            "formula": {
                "kind": "count",
                "measure": {
                    "fact": "hearings",
                    "period": "scheduled_in",
                    "filters": [{"field": "status", "op": "eq", "value": "cancelled"}],
                },
            },
        }
    )
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _models(texts: dict[str, str]) -> dict[str, dict]:
    return {m["name"]: m for m in yaml.safe_load(texts[f"{GENERATED[0]}/_generated__models.yml"])["models"]}


def test_adding_one_indicator_changes_only_its_definition_its_catalog_row_and_the_version(tmp_path):
    before = _texts(_regenerate(tmp_path / "before"))
    after = _texts(_regenerate(tmp_path / "after", edit=_add_indicator))
    changed = sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))
    # the new count reuses the existing cancelled-hearings measure: no measure model changes, and no values model
    assert changed == [
        "models/intermediate/indicators/generated/_generated__models.yml",  # its definition, docs and catalog row
        "models/intermediate/indicators/generated/int_indicator_catalog_version.sql",
    ]
    old, new = _models(before), _models(after)
    changed_models = [name for name in new if new[name] != old.get(name)]
    assert changed_models == ["int_indicator_values__hearing", "int_indicator_catalog_rows"]
    catalog_rows = new["int_indicator_catalog_rows"]["config"]["meta"]["literal_rows"]["rows"]
    old_rows = old["int_indicator_catalog_rows"]["config"]["meta"]["literal_rows"]["rows"]
    added_rows = [row for row in catalog_rows if row not in old_rows]
    assert len(catalog_rows) == len(old_rows) + 1 and [row[:3] for row in added_rows] == [
        ["hearings_scheduled_cancelled", "撤销开庭次数", "Hearings cancelled"]
    ]
    was, now = old["int_indicator_values__hearing"], new["int_indicator_values__hearing"]
    assert now["description"].startswith(was["description"] + "\n- `hearings_scheduled_cancelled` 撤销开庭次数")
    definitions = now["config"]["meta"]["indicator_definitions"]
    assert definitions[:-1] == was["config"]["meta"]["indicator_definitions"]
    assert definitions[-1] == {
        "columns": "hearings_scheduled_cancelled",
        "indicator_id": "hearings_scheduled_cancelled",
        "valid_from": "2016-01-01",
        "numerator": ["coalesce(m_hearings__scheduled_in__count__status_cancelled, 0)"],
        "denominator": ["null"],
        "value": "hearings_scheduled_cancelled__numerator",
        "levels": ["court", "department", "person", "city"],
        # the hearing category's roles and lines (config/indicators/hearing.yaml)
        "roles": ["president", "vice_president", "division_chief", "deputy_division_chief", "judge"],
        "business_lines": ["civil", "commercial", "criminal", "administrative", "trial_supervision"],
    }
    measures = [column["name"] for column in old["int_indicator_measures__hearings__scheduled_in"]["columns"]]
    assert "m_hearings__scheduled_in__count__status_cancelled" in measures


def test_measure_columns_are_named_for_what_they_count_and_say_what_each_row_adds():
    models = _models(_texts(PROJECT))
    columns = {c["name"]: c for c in models["int_indicator_measures__hearings__scheduled_in"]["columns"]}
    assert columns["m_hearings__scheduled_in__count__status_postponed"]["config"]["meta"] == {
        "aggregate": "count",
        "when": "(f.status = 'postponed')",
    }
    assert "m_hearings__scheduled_in__count__status_cancelled_or_held_or_postponed" in columns
    # a pass's own meta: its fact, shape, entities and grain
    assert models["int_indicator_measures__hearings__scheduled_in"]["config"]["meta"]["measure_pass"] == {
        "fact": "fct_hearings",
        "shape": "monthly",
        "entities": {
            "court": "f.court_code",
            "department": "f.dept_id",
            "person": "f.presiding_id",
            "city": "{% raw %}{{ city_entity('f.court_code') }}{% endraw %}",  # a macro, rendered at compile
        },
        "month_of": "f.scheduled_date",
    }


def test_dbt_docs_describe_each_category_model_with_its_indicators_and_each_measure_column():
    docs = yaml.safe_load((generated_dir(ROOT / "dbt_project") / "_generated__models.yml").read_text(encoding="utf-8"))
    models = {m["name"]: m for m in docs["models"]}
    hearing = models["int_indicator_values__hearing"]["description"]
    assert "`hearing_postponement_rate` 延期开庭率" in hearing
    measures = models["int_indicator_measures__hearings__scheduled_in"]["columns"]
    postponed = next(c for c in measures if c["name"] == "m_hearings__scheduled_in__count__status_postponed")
    assert postponed["description"] == "count of hearings scheduled in P where status = postponed"


def test_a_definition_says_where_it_applies_its_levels_with_the_city_wherever_the_court_and_its_roles():
    catalog = load_catalog(PROJECT / "config")
    indicator = next(ind for ind in catalog.indicators if ind.roles and "court" in ind.levels)
    models = _models(_texts(PROJECT))
    definitions = models[f"int_indicator_values__{indicator.category}"]["config"]["meta"]["indicator_definitions"]
    definition = next(d for d in definitions if d["indicator_id"] == indicator.id)
    assert definition["levels"] == [*indicator.levels, "city"] == list(levels_computed(indicator.levels))
    assert definition["roles"] == list(indicator.roles)
    assert definition.get("business_lines") == (list(indicator.business_lines) if indicator.business_lines else None)
    assert definition.get("valid_to") == (indicator.valid_to.isoformat() if indicator.valid_to else None)
