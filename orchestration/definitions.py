"""The one Dagster `Definitions` of courtperf: ingestion assets -> dbt assets, the nightly job and schedule.

Global policies live here: the in-process executor (DuckDB allows one writer; steps run one after
another in the run's process), the `warehouse` pool that every writer joins, the retry policy of the
source reads and the run-failure alert.
"""

from __future__ import annotations

from dagster import (
    AssetSelection,
    Backoff,
    DefaultScheduleStatus,
    Definitions,
    Jitter,
    RetryPolicy,
    ScheduleDefinition,
    define_asset_job,
    in_process_executor,
)
from dagster_dbt import get_asset_key_for_model

from orchestration.alerts import notify_run_failure
from orchestration.archive_assets import (
    ArchiveResource,
    build_archive_assets,
    build_close_jobs_and_schedules,
    upstream_result_keys,
)
from orchestration.dbt_assets import courtperf_dbt_models, courtperf_dbt_scores
from orchestration.dbt_manifest import dbt_cli
from orchestration.ingestion_assets import build_ingestion_assets
from orchestration.notification_assets import build_defect_notification_asset, build_notification_asset
from orchestration.pool_wait import sleep_while_waiting_for_a_slot
from orchestration.publish import build_publish_asset
from orchestration.quality_checks import build_quality_checks
from orchestration.quality_sensors import build_quality_sensors
from orchestration.resources import SourcesResource, WarehouseResource

# Every process that executes these definitions (a CLI run, a run worker the daemon or the UI launches) waits
# for a pool slot asleep and can be stopped while it waits (see orchestration/pool_wait.py).
sleep_while_waiting_for_a_slot()

NIGHTLY_TIMEZONE = "Asia/Shanghai"
# A transient source error (refused connection, timeout, locked SQLite file or warehouse) is retried
# about 30 s, 60 s and 120 s later; permanent ones fail at once (see ingestion_assets).
SOURCE_RETRY_POLICY = RetryPolicy(max_retries=3, delay=30, backoff=Backoff.EXPONENTIAL, jitter=Jitter.PLUS_MINUS)

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
    default_status=DefaultScheduleStatus.RUNNING,  # unattended: on as soon as the daemon runs
    description="The nightly build at 02:00 China Standard Time.",
)

archive_assets = build_archive_assets(upstream_result_keys([*courtperf_dbt_models.keys, *courtperf_dbt_scores.keys]))
close_jobs, close_schedules = build_close_jobs_and_schedules(archive_assets)
supervision_notifications = build_notification_asset(get_asset_key_for_model([courtperf_dbt_scores], "warnings"))
# the data-defect worklist's news to the people who can fix the sources: not held back by the publication gate
defect_notifications = build_defect_notification_asset(get_asset_key_for_model([courtperf_dbt_models], "data_defects"))
# the readers' copy: after every dbt asset, so after both quality gates (a failed gate skips it)
published_marts = build_publish_asset([*courtperf_dbt_models.keys, *courtperf_dbt_scores.keys])

defs = Definitions(
    assets=[
        *build_ingestion_assets(SOURCE_RETRY_POLICY),
        courtperf_dbt_models,
        courtperf_dbt_scores,
        published_marts,
        *archive_assets,
        supervision_notifications,
        defect_notifications,
    ],
    asset_checks=build_quality_checks(),
    jobs=[nightly_job, *close_jobs],
    schedules=[nightly_schedule, *close_schedules],
    sensors=[notify_run_failure, *build_quality_sensors([nightly_job])],
    resources={
        "warehouse": WarehouseResource(),
        "archive": ArchiveResource(),
        "sources": SourcesResource(),
        "dbt": dbt_cli(),
    },
    executor=in_process_executor,
)
