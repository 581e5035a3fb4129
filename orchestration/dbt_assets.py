"""The dbt project as Dagster assets, read from its prepared manifest (orchestration/dbt_manifest.py) and built
with `dbt build`. Importing this module prepares nothing: outside `dagster dev` a missing manifest is an error."""

import os
from collections.abc import Mapping
from typing import Any

from dagster import AssetExecutionContext, AssetSpec
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets

from orchestration.dbt_manifest import courtperf_dbt, require_manifest
from orchestration.ingestion_assets import is_full_refresh
from orchestration.resources import WarehouseResource


class CourtperfDbtTranslator(DagsterDbtTranslator):
    """Groups dbt assets by layer (staging, intermediate, marts, snapshots) as the folders say."""

    def get_asset_spec(self, manifest: Mapping[str, Any], unique_id: str, project: DbtProject | None) -> AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        node = manifest.get("nodes", {}).get(unique_id)
        if node is None:
            return spec
        layer = node["resource_type"] + "s" if node["resource_type"] in ("snapshot", "seed") else node["fqn"][1]
        return spec.replace_attributes(group_name=layer)


courtperf_dbt.prepare_if_dev()  # only under `dagster dev` (courtperf ui): compile and parse on each code reload
require_manifest(courtperf_dbt)


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
