"""The dbt project as Dagster assets: one `DbtProject`, its manifest prepared once, built with `dbt build`."""

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from dagster import AssetExecutionContext, AssetSpec
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets

from orchestration.indicators.codegen import generate_indicator_models
from orchestration.ingestion_assets import is_full_refresh
from orchestration.resources import WarehouseResource
from orchestration.settings import DBT_PROJECT_DIR

DBT_EXECUTABLE = Path(sys.executable).parent / "dbt"

courtperf_dbt = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)

_DBT_INPUTS = ("dbt_project.yml", "profiles.yml", "models", "macros", "snapshots", "seeds", "tests")


def manifest_is_stale(project: DbtProject) -> bool:
    """True when manifest.json is missing or older than any file of the dbt project."""
    manifest = Path(project.manifest_path)
    if not manifest.exists():
        return True
    built = manifest.stat().st_mtime
    for name in _DBT_INPUTS:
        path = Path(project.project_dir) / name
        files = [path] if path.is_file() else (p for p in path.rglob("*") if p.is_file())
        if any(f.stat().st_mtime > built for f in files):
            return True
    return False


def prepare_manifest(project: DbtProject = courtperf_dbt) -> None:
    """Compile the indicator catalog into dbt models (stopping on any catalog error), then parse the
    dbt project (about 3 s) only when its manifest is missing or out of date."""
    generate_indicator_models()
    if manifest_is_stale(project):
        dbt_cli(project).cli(["parse", "--quiet"], target_path=project.target_path).wait()


def dbt_cli(project: DbtProject = courtperf_dbt) -> DbtCliResource:
    """dbt from this Python environment, found whether or not the virtualenv is activated."""
    return DbtCliResource(project_dir=project, dbt_executable=str(DBT_EXECUTABLE))


class CourtperfDbtTranslator(DagsterDbtTranslator):
    """Groups dbt assets by layer (staging, intermediate, marts, snapshots) as the folders say."""

    def get_asset_spec(self, manifest: Mapping[str, Any], unique_id: str, project: DbtProject | None) -> AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        node = manifest.get("nodes", {}).get(unique_id)
        if node is None:
            return spec
        layer = node["resource_type"] + "s" if node["resource_type"] in ("snapshot", "seed") else node["fqn"][1]
        return spec.replace_attributes(group_name=layer)


prepare_manifest()


# The score models are a step of their own, so the quality gate (orchestration/quality_checks.py) runs
# between the marts and the scores: a failed blocking check stops the scores from being built.
# Supervision (warnings and profiles) compares people with their peer groups, so it runs in that step too:
# no warning is raised, and no notification sent, from data that failed the gate.
SCORES_SELECTION = "path:models/scores path:models/supervision"


def _build(context: AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource):
    # dbt runs as a subprocess and reads the warehouse path from the environment (profiles.yml).
    os.environ["COURTPERF_WAREHOUSE"] = str(warehouse.resolved_path)
    args = ["build", *(["--full-refresh"] if is_full_refresh(context) else [])]
    yield from dbt.cli(args, context=context).stream()


@dbt_assets(
    manifest=courtperf_dbt.manifest_path,
    project=courtperf_dbt,
    dagster_dbt_translator=CourtperfDbtTranslator(),
    pool="warehouse",
    exclude=SCORES_SELECTION,
)
def courtperf_dbt_models(context: AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource):
    yield from _build(context, dbt, warehouse)


@dbt_assets(
    manifest=courtperf_dbt.manifest_path,
    project=courtperf_dbt,
    dagster_dbt_translator=CourtperfDbtTranslator(),
    pool="warehouse",
    select=SCORES_SELECTION,
)
def courtperf_dbt_scores(context: AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource):
    yield from _build(context, dbt, warehouse)
