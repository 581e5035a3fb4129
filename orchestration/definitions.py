"""The one Dagster `Definitions` of courtperf: ingestion assets -> dbt assets, the nightly job and schedule.

Global policies live here: the in-process executor (DuckDB allows one writer; steps run one after
another in the run's process) and the `warehouse` pool that every writer joins.
"""

from __future__ import annotations

from dagster import AssetSelection, Definitions, ScheduleDefinition, define_asset_job, in_process_executor

from orchestration.archive.assets import (
    ArchiveResource,
    build_archive_assets,
    build_close_jobs_and_schedules,
    upstream_result_keys,
)
from orchestration.dbt_assets import courtperf_dbt_models, courtperf_dbt_scores, dbt_cli
from orchestration.ingestion_assets import build_ingestion_assets
from orchestration.publish import build_publish_asset
from orchestration.quality_checks import build_quality_checks
from orchestration.resources import SourcesResource, WarehouseResource

NIGHTLY_TIMEZONE = "Asia/Shanghai"

nightly_job = define_asset_job(
    "nightly",
    # the archive's partitioned period-close assets run in their own jobs (close_month, close_quarter, close_year)
    selection=AssetSelection.all() - AssetSelection.groups("archive"),
    description="Extract every source table, land it in raw, and build staging, intermediate and marts.",
    executor_def=in_process_executor,
)

nightly_schedule = ScheduleDefinition(
    name="nightly_0200",
    job=nightly_job,
    cron_schedule="0 2 * * *",
    execution_timezone=NIGHTLY_TIMEZONE,
    description="The nightly build at 02:00 China Standard Time.",
)

archive_assets = build_archive_assets(upstream_result_keys([*courtperf_dbt_models.keys, *courtperf_dbt_scores.keys]))
close_jobs, close_schedules = build_close_jobs_and_schedules(archive_assets)
# the readers' copy: after every dbt asset, so after both quality gates (a failed gate skips it)
published_marts = build_publish_asset([*courtperf_dbt_models.keys, *courtperf_dbt_scores.keys])

defs = Definitions(
    assets=[*build_ingestion_assets(), courtperf_dbt_models, courtperf_dbt_scores, published_marts, *archive_assets],
    asset_checks=build_quality_checks(),
    jobs=[nightly_job, *close_jobs],
    schedules=[nightly_schedule, *close_schedules],
    resources={
        "warehouse": WarehouseResource(),
        "archive": ArchiveResource(),
        "sources": SourcesResource(),
        "dbt": dbt_cli(),
    },
    executor=in_process_executor,
)
