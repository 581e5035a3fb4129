"""The one Dagster `Definitions` of courtperf: ingestion assets -> dbt assets, the nightly job and schedule.

Global policies live here: the in-process executor (DuckDB allows one writer; steps run one after
another in the run's process) and the `warehouse` pool that every writer joins.
"""

from __future__ import annotations

from dagster import AssetSelection, Definitions, ScheduleDefinition, define_asset_job, in_process_executor

from orchestration.dbt_assets import courtperf_dbt_models, dbt_cli
from orchestration.ingestion_assets import build_ingestion_assets
from orchestration.resources import SourcesResource, WarehouseResource

NIGHTLY_TIMEZONE = "Asia/Shanghai"

nightly_job = define_asset_job(
    "nightly",
    selection=AssetSelection.all(),
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

defs = Definitions(
    assets=[*build_ingestion_assets(), courtperf_dbt_models],
    jobs=[nightly_job],
    schedules=[nightly_schedule],
    resources={
        "warehouse": WarehouseResource(),
        "sources": SourcesResource(),
        "dbt": dbt_cli(),
    },
    executor=in_process_executor,
)
