"""The dbt project as Dagster assets, read from its prepared manifest (orchestration/dbt_manifest.py) and built
with `dbt build`. Importing this module prepares nothing: outside `dagster dev` a missing manifest is an error."""

import os
from collections.abc import Mapping
from typing import Any

from dagster import AssetExecutionContext
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, dbt_assets

from courtperf.settings import Settings
from orchestration.dbt_manifest import courtperf_dbt, require_manifest
from orchestration.dbt_runs import build_in
from orchestration.ingestion_assets import is_full_refresh
from orchestration.resources import WarehouseResource
from orchestration.unchanged_night import NOTHING_NEW, standing_night

# Domains with a Dagster group of their own (models/<layer>/<domain>/); the others stay with their layer
OWN_GROUP_DOMAINS = ("indicators", "configuration", "scores", "supervision")


class CourtperfDbtTranslator(DagsterDbtTranslator):
    """Groups dbt assets as the folders say: by layer (staging, intermediate, marts, snapshots, seeds), except
    the indicator engine, the configuration, the scores and supervision, a group each across their layers."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        # dagster-dbt resolves each node's spec once (memoised) and asks this for its group
        kind, fqn = dbt_resource_props["resource_type"], dbt_resource_props["fqn"]
        if kind in ("snapshot", "seed"):
            return kind + "s"
        if kind != "model":  # a source: dagster-dbt's default
            return super().get_group_name(dbt_resource_props)
        layer, domain = fqn[1], fqn[2] if len(fqn) > 3 else None
        return domain if domain in OWN_GROUP_DOMAINS else layer


courtperf_dbt.prepare_if_dev()  # only under a developer's `dagster dev`: compile and parse on each code reload
require_manifest(courtperf_dbt)


# The score models are a step of their own, so the quality gate (orchestration/quality_checks.py) runs
# between the marts and the scores: a failed blocking check stops the scores from being built.
# Supervision (warnings and profiles) compares people with their peer groups, so it runs in that step too:
# no warning is raised, and no notification sent, from data that failed the gate.
SCORES_SELECTION = "tag:after_gate"  # models/{intermediate,marts}/{scores,supervision} (dbt_project.yml)
# dbt's unit tests check the models' logic on fixed inputs, not the night's data: as dbt advises for production runs,
# the nights leave them out and the test suite runs them (tests/test_dbt_unit_tests.py)
NOT_NIGHTLY = ("--exclude", "resource_type:unit_test")


def _build(context: AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource):
    # dbt runs as a subprocess and attaches the warehouse named in its environment (engines/dbt_warehouse.py).
    os.environ["COURTPERF_WAREHOUSE"] = str(warehouse.resolved_path)
    args = ["build", *NOT_NIGHTLY, *(["--full-refresh"] if is_full_refresh(context) else [])]
    yield from build_in(Settings.from_env().dbt_runs, dbt, args, context)


def _standing_night(context: AssetExecutionContext, warehouse: WarehouseResource) -> str | None:
    if is_full_refresh(context):
        return None
    with warehouse.connect() as con:
        return standing_night(context.instance, con, courtperf_dbt.manifest_path, Settings.from_env())


@dbt_assets(
    manifest=courtperf_dbt.manifest_path,
    project=courtperf_dbt,
    dagster_dbt_translator=CourtperfDbtTranslator(),
    pool="warehouse",
    exclude=SCORES_SELECTION,
)
def courtperf_dbt_models(context: AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource):
    standing = _standing_night(context, warehouse)
    if standing is not None:  # nothing to build: every step after this one is skipped (unchanged_night.py)
        context.log.info(f"{NOTHING_NEW} {standing}: dbt does not run; its marts and published copy stand")
        return
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
