"""`published_marts`: the nightly job's last step, publishing the marts for readers (courtperf/publication.py)."""

from collections.abc import Sequence
from dataclasses import replace

from dagster import AssetExecutionContext, Failure, MaterializeResult, MetadataValue, asset

from courtperf.publication import publish
from courtperf.settings import RESTRICTED_KINDS, Settings, SettingsError
from orchestration.dbt_manifest import courtperf_dbt
from orchestration.resources import WarehouseResource
from orchestration.unchanged_night import FINGERPRINT, night_fingerprint


def build_publish_asset(upstream: Sequence):
    """`published_marts`: downstream of every dbt asset (so of both quality gates), in the `warehouse` pool."""

    @asset(
        name="published_marts",
        group_name="publish",
        deps=list(upstream),
        pool="warehouse",
        description="Copy the marts and the quality summary into the readers' file (COURTPERF_PUBLISHED) and swap it "
        "in atomically: the dashboard, reports and BI tools read only this copy and never block the nightly run.",
    )
    def published_marts(context: AssetExecutionContext, warehouse: WarehouseResource) -> MaterializeResult:
        from quality.report import record_run  # with GX's pandas: loaded when the step runs

        settings = replace(Settings.from_env(), warehouse=warehouse.resolved_path)
        try:  # e.g. COURTPERF_PUBLISHED equal to the warehouse: the copy would replace the warehouse
            settings.validate(writing=True)
        except SettingsError as exc:
            raise Failure(str(exc), allow_retries=False) from None
        # this run's quality summary goes with the marts it describes (runner records it again after the run)
        record_run(warehouse.resolved_path, settings.home, context.run.run_id)
        result = publish(warehouse.resolved_path, settings.published, context.run.run_id, settings.publish_restricted)
        context.log.info(
            f"published {len(result.tables)} tables to {result.path} in {result.seconds:.1f} s"
            + (f" (left out, restricted: {', '.join(result.left_out)})" if result.left_out else "")
        )
        if settings.published_restricted is not None:  # everything, for those who may read conduct and party data
            restricted = publish(warehouse.resolved_path, settings.published_restricted, context.run.run_id,
                                 RESTRICTED_KINDS)  # fmt: skip
            context.log.info(f"published the restricted copy ({len(restricted.tables)} tables) to {restricted.path}")
        return MaterializeResult(
            metadata={
                "path": MetadataValue.path(str(result.path)),
                "published_at": result.published_at,
                "seconds": round(result.seconds, 2),
                "rows": MetadataValue.json(result.tables),
                "left_out": list(result.left_out),
                FINGERPRINT: night_fingerprint(courtperf_dbt.manifest_path, settings),
            }
        )

    return published_marts
