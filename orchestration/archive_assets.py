"""Period close in Dagster: `archive_month`, `archive_quarter` and `archive_year`, partitioned by closed period.

Each partition is one closed period (only finished periods exist: Dagster's default end offset). A
materialization reads the warehouse read-only and appends a version to the archive when the period's
results changed (see close.py); it is in the `warehouse` pool, so it never overlaps the nightly writer.
Schedules close the previous month on the 5th at 03:00 China Standard Time, the previous quarter on the
5th after it ends, and the previous year on 5 January. Past periods are closed by backfilling
partitions in the UI, or with `courtperf close-period 2024-03 | 2024-Q1 | 2024`. A restatement needs a
reason: run config `reason`, or the run tag `courtperf/reason` (settable on a UI backfill).
A published version's signed head goes out with the close notification (kind `archive_version`), one of
the records of the chain's heads outside the archive (signing.py).
"""

from collections.abc import Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from dagster import (
    AssetExecutionContext,
    AssetKey,
    AssetsDefinition,
    Config,
    ConfigurableResource,
    DefaultScheduleStatus,
    Failure,
    MaterializeResult,
    MetadataValue,
    MonthlyPartitionsDefinition,
    ScheduleDefinition,
    ScheduleEvaluationContext,
    TimeWindowPartitionsDefinition,
    asset,
    define_asset_job,
    in_process_executor,
)

from archive.close import close_period
from archive.period_report import report_path, write_report
from archive.periods import PARTITION_FORMATS, from_partition_key, previous_period
from archive.report import format_close
from archive.signing import DEMO_KEY_WARNING, SigningKeys
from archive.store import RESULT_TABLES, ArchiveError
from courtperf.notify import Notification, notifier_from_settings
from courtperf.settings import Settings
from indicators.catalog import CONFIG_DIR
from orchestration.resources import WarehouseResource

ARCHIVE_TIMEZONE = "Asia/Shanghai"
ARCHIVE_START = "2016-01-01"  # first period that can be closed
REASON_TAG = "courtperf/reason"

PARTITIONS = {
    "month": MonthlyPartitionsDefinition(
        start_date="2016-01", fmt=PARTITION_FORMATS["month"], timezone=ARCHIVE_TIMEZONE
    ),
    "quarter": TimeWindowPartitionsDefinition(
        cron_schedule="0 0 1 */3 *", start=ARCHIVE_START, fmt=PARTITION_FORMATS["quarter"], timezone=ARCHIVE_TIMEZONE
    ),
    "year": TimeWindowPartitionsDefinition(
        cron_schedule="0 0 1 1 *", start="2016", fmt=PARTITION_FORMATS["year"], timezone=ARCHIVE_TIMEZONE
    ),
}
# 03:00 on the 5th after the period ends: the nightly of the 5th (02:00) has landed late corrections.
# Explicit crons: Dagster cannot offset the schedule of a custom-cron (quarterly) partitions definition.
CLOSE_CRON = {"month": "0 3 5 * *", "quarter": "0 3 5 1,4,7,10 *", "year": "0 3 5 1 *"}


class ArchiveResource(ConfigurableResource):
    """The archive's DuckDB file. Empty `path` means COURTPERF_ARCHIVE (or its default)."""

    path: str = ""
    catalog_dir: str = ""  # the indicator catalog the lineage is compiled from; empty: dbt_project/config

    @property
    def resolved_path(self) -> Path:
        return Path(self.path).resolve() if self.path else Settings.from_env().archive

    @property
    def resolved_catalog_dir(self) -> Path:
        return Path(self.catalog_dir).resolve() if self.catalog_dir else CONFIG_DIR


class CloseConfig(Config):
    reason: str = ""  # why a published period is restated (else the run tag courtperf/reason)


def upstream_result_keys(keys: Sequence[AssetKey]) -> list[AssetKey]:
    """The dbt assets of the archived marts (indicator_values, and the score marts once they exist)."""
    return sorted((k for k in keys if k.path[-1] in RESULT_TABLES), key=lambda k: k.to_user_string())


def _archive_asset(grain: str, upstream: Sequence[AssetKey]) -> AssetsDefinition:
    @asset(
        name=f"archive_{grain}",
        partitions_def=PARTITIONS[grain],
        deps=list(upstream),
        group_name="archive",
        pool="warehouse",
        description=f"Close a {grain}: publish its results, ranks, explanations and lineage as a new archive version "
        "when they changed (idempotent; a restatement needs a reason).",
    )
    def _close(
        context: AssetExecutionContext, config: CloseConfig, warehouse: WarehouseResource, archive: ArchiveResource
    ) -> MaterializeResult:
        period = from_partition_key(grain, context.partition_key)
        reason = config.reason or context.run.tags.get(REASON_TAG, "")
        settings = Settings.from_env()
        try:
            keys = SigningKeys.from_settings(settings)
            outcome = close_period(
                period,
                warehouse=warehouse.resolved_path,
                archive=archive.resolved_path,
                reason=reason,
                run_id=context.run_id,
                config_dir=archive.resolved_catalog_dir,
                keys=keys,
                heads_log=settings.archive_heads,
            )
        except ArchiveError as exc:
            raise Failure(description=str(exc), allow_retries=False) from exc
        # the period report (质效通报) of this version, written once beside it
        html_report = report_path(settings.reports, period, outcome.version)
        if not html_report.exists():
            write_report(
                archive.resolved_path, warehouse.resolved_path, html_report.parents[1], period, outcome.version
            )
        report = f"{format_close(outcome)}\nperiod report (质效通报): {html_report}"
        if outcome.published:
            report += _notify_head(context, settings, outcome, html_report)
        if keys.is_demo:
            context.log.warning(DEMO_KEY_WARNING)
            report += f"\nWARNING: {DEMO_KEY_WARNING}"
        context.log.info(report)
        return MaterializeResult(
            metadata={
                "period": period.label,
                "status": outcome.status,
                "version": outcome.version,
                "version_id": outcome.version_id,
                "version_hash": outcome.version_hash,
                "signature": f"{(outcome.head or {}).get('key_id')}:{(outcome.head or {}).get('signature')}",
                "reason": reason or "",
                "rows": MetadataValue.json(outcome.row_counts),
                "report": MetadataValue.md(f"```\n{report}\n```"),
                "period_report": MetadataValue.path(str(html_report)),
            }
        )

    return _close


def _notify_head(context: AssetExecutionContext, settings: Settings, outcome, html_report: Path) -> str:
    """Send the new version's signed head through the notifier (file, log, webhook): a record of the chain's
    head that leaves the machine. The version is committed already, so a failed send is a warning, not a
    failed close (the head is in the heads log). Returns text to add to the close's report."""
    head = outcome.head
    notification = Notification(
        kind="archive_version",
        key=f"archive_version:{head['version_id']}:{head['version_hash']}",
        title=f"courtperf: {outcome.period} published as archive version {outcome.version} "
        f"(chain head {head['version_hash'][:16]})",
        details={**head, "period_report": str(html_report)},
    )
    try:
        notifier_from_settings(settings, log=context.log).send([notification])
    except Exception as exc:  # noqa: BLE001 (any notifier failure: the version stands, say so)
        text = f"the close notification could not be sent ({type(exc).__name__}: {exc}); its head is in the heads log"
        context.log.warning(text)
        return f"\nWARNING: {text} {settings.archive_heads}"
    return ""


def build_archive_assets(upstream: Sequence[AssetKey]) -> list[AssetsDefinition]:
    return [_archive_asset(grain, upstream) for grain in PARTITIONS]


def _close_schedule(grain: str, job) -> ScheduleDefinition:
    def _previous_period(context: ScheduleEvaluationContext):
        when = context.scheduled_execution_time.astimezone(ZoneInfo(ARCHIVE_TIMEZONE))
        key = previous_period(grain, when.date()).partition_key
        return job.run_request_for_partition(partition_key=key, run_key=f"close_{grain}_{key}")

    return ScheduleDefinition(
        name=f"close_{grain}_schedule",
        job=job,
        cron_schedule=CLOSE_CRON[grain],
        execution_timezone=ARCHIVE_TIMEZONE,
        execution_fn=_previous_period,
        default_status=DefaultScheduleStatus.RUNNING,
        description=f"Close the previous {grain} at 03:00 on the 5th after it ends (China Standard Time).",
    )


def build_close_jobs_and_schedules(assets: Sequence[AssetsDefinition]):
    """One partitioned job per grain (`close_month`, …) and its schedule in China Standard Time."""
    jobs, schedules = [], []
    for grain, asset_def in zip(PARTITIONS, assets, strict=True):
        job = define_asset_job(
            f"close_{grain}",
            selection=[asset_def.key],
            partitions_def=PARTITIONS[grain],
            description=f"Close a {grain} into the performance archive.",
            executor_def=in_process_executor,
        )
        jobs.append(job)
        schedules.append(_close_schedule(grain, job))
    return jobs, schedules
