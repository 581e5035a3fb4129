"""The generated dbt models are committed and current: `courtperf catalog` on the committed configuration
rewrites nothing, and one catalog edit changes only the models of the indicators it touches."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import yaml

from codegen.models import generate_indicator_models, generated_dir
from indicators.catalog import load_catalog
from indicators.compiler import VALUE_COLUMNS, _applies
from indicators.fact_model import levels_computed
from indicators.sql_layout import LINE_LIMIT

ROOT = Path(__file__).resolve().parents[1]
PROJECT = ROOT / "dbt_project"
GENERATED = (
    "models/intermediate/indicators/generated",
    "models/intermediate/configuration",
    "models/marts/indicators/generated",
    "macros/generated",
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


def test_adding_one_indicator_changes_only_its_category_the_catalog_and_the_version(tmp_path):
    before = _texts(_regenerate(tmp_path / "before"))
    after = _texts(_regenerate(tmp_path / "after", edit=_add_indicator))
    changed = sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))
    # the new count reuses the existing cancelled-hearings measure: no measure model changes
    assert changed == [
        "models/intermediate/indicators/generated/_generated__models.yml",  # its line in its category's description
        "models/intermediate/indicators/generated/int_indicator_catalog_version.sql",
        "models/intermediate/indicators/generated/int_indicator_values__hearing.sql",
        "models/marts/indicators/generated/indicator_catalog.sql",
    ]
    hearing = "models/intermediate/indicators/generated/int_indicator_values__hearing.sql"
    new_lines = set(after[hearing].splitlines()) - set(before[hearing].splitlines())
    assert "        'hearings_scheduled_cancelled' as hearings_scheduled_cancelled__indicator_id," in new_lines
    # its value from them, and one group of the unpivot, which turns its columns into its row
    added = {line.rstrip(",") for line in new_lines}
    assert "        hearings_scheduled_cancelled__numerator as hearings_scheduled_cancelled__value" in added
    assert {f"                hearings_scheduled_cancelled__{column}" for column in VALUE_COLUMNS} <= added
    assert "            ) as hearings_scheduled_cancelled" in added


def test_measure_columns_are_named_for_what_they_count():
    text = (PROJECT / "macros" / "generated" / "measures__hearings__scheduled_in.sql").read_text(encoding="utf-8")
    assert "m_hearings__scheduled_in__count__status_postponed" in text
    assert "m_hearings__scheduled_in__count__status_cancelled_or_held_or_postponed" in text


def test_dbt_docs_describe_each_category_model_with_its_indicators_and_each_measure_column():
    docs = yaml.safe_load((generated_dir(ROOT / "dbt_project") / "_generated__models.yml").read_text(encoding="utf-8"))
    models = {m["name"]: m for m in docs["models"]}
    hearing = models["int_indicator_values__hearing"]["description"]
    assert "`hearing_postponement_rate` 延期开庭率" in hearing
    measures = models["int_indicator_measures__hearings__scheduled_in"]["columns"]
    postponed = next(c for c in measures if c["name"] == "m_hearings__scheduled_in__count__status_postponed")
    assert postponed["description"] == "count of hearings scheduled in P where status = postponed"


def test_an_applies_call_too_long_for_a_line_lists_its_arguments_and_a_long_list_its_values_one_per_line():
    indicator = next(ind for ind in load_catalog(PROJECT / "config").indicators if ind.roles)
    roles = tuple(f"role_{n:02d}" for n in range(20))
    call = _applies(replace(indicator, roles=roles), "x__applies")
    assert call.splitlines()[:3] == [
        "        {{ indicator_applies(",
        f"            levels=[{', '.join(repr(level) for level in levels_computed(indicator.levels))}],",
        f"            valid_from='{indicator.valid_from.isoformat()}',",
    ]
    assert "            roles=[\n                'role_00',\n                'role_01',\n" in call
    assert call.endswith("\n        ) }} as x__applies")
    assert all(len(line) < LINE_LIMIT for line in call.splitlines())
