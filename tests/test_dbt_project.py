"""The dbt project follows the extraction contract: a source per system, a staging model per table.

These read the YAML and SQL files only (no dbt run), so they are quick and say exactly which table is missing.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from ingestion.contract import load_contract

DBT_PROJECT = Path(__file__).resolve().parents[1] / "dbt_project"
MODELS = DBT_PROJECT / "models"
CONTRACT = load_contract()


def _yaml(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _documented_models(folder: Path) -> dict[str, dict]:
    models: dict[str, dict] = {}
    for path in folder.rglob("_*.yml"):
        for model in _yaml(path).get("models") or []:
            models[model["name"]] = model
    return models


@pytest.mark.parametrize("system", CONTRACT.systems)
def test_every_contract_table_has_a_source_with_its_dagster_asset_key(system):
    path = MODELS / "staging" / system / f"_{system}__sources.yml"
    assert path.exists(), path
    (source,) = _yaml(path)["sources"]
    assert source["name"] == system and source["schema"] == "raw"
    assert "freshness" not in str(source)  # freshness is judged once, by the publication gate (source_fresh)
    tables = {t["name"]: t for t in source["tables"]}
    assert set(tables) == {t.name for t in CONTRACT.tables_of(system)}
    for table in CONTRACT.tables_of(system):
        spec = tables[table.name]
        assert spec["identifier"] == table.raw_name
        assert spec["meta"]["dagster"]["asset_key"] == ["raw", system, table.name]
        assert spec.get("description")
        documented = {c["name"]: c for c in spec["columns"]}
        assert set(table.column_names) <= set(documented)
        assert all(c.get("description") for c in documented.values())


def test_every_contract_table_has_a_documented_staging_model():
    documented = _documented_models(MODELS / "staging")
    for table in CONTRACT.tables:
        name = f"stg_{table.system}__{table.name}"
        sql = MODELS / "staging" / table.system / f"{name}.sql"
        assert sql.exists(), sql
        assert f"source('{table.system}', '{table.name}')" in sql.read_text(encoding="utf-8")
        assert name in documented, name
        columns = documented[name]["columns"]
        assert all(c.get("description") for c in columns), name
        names = {c["name"] for c in columns}
        # personal information is documented only as hashes
        assert not set(table.pii_columns) & names, name


def test_source_appears_only_in_staging():
    for sql in MODELS.rglob("*.sql"):
        if "staging" not in sql.relative_to(MODELS).parts:
            assert not re.search(r"\bsource\(", sql.read_text(encoding="utf-8")), sql


def test_every_model_is_documented_and_marts_declare_their_types():
    documented = _documented_models(MODELS)
    for sql in MODELS.rglob("*.sql"):
        if {"generated", "configuration"} & set(sql.relative_to(MODELS).parts):
            continue  # compiled from the catalog; its public models are documented in _indicators__models.yml
        model = documented.get(sql.stem)
        assert model is not None, f"{sql.stem} has no YAML entry"
        assert model.get("description"), sql.stem
        assert model.get("columns"), sql.stem
        for column in model["columns"]:
            assert column.get("description"), f"{sql.stem}.{column['name']}"
            if "marts" in sql.relative_to(MODELS).parts:
                assert column.get("data_type"), f"{sql.stem}.{column['name']} needs a data_type (contract)"
    project = _yaml(DBT_PROJECT / "dbt_project.yml")
    assert project["models"]["courtperf"]["marts"]["+contract"] == {"enforced": True}
