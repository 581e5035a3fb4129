"""One Dagster asset per source table, grouped by system: extract, check against the contract, land in `raw`.

The assets are made from the extraction contract, so a table added to the contract is ingested with no
code change. Each asset depends on the tables its rows reference (hr before trial, cases before parties),
because landing checks references against what is already landed.

Errors: a transient one (a source refusing connections or timing out, a locked SQLite file, the warehouse
locked by another program) propagates, and the RetryPolicy given by definitions.py tries again with
backoff; a permanent one (credentials refused, no such database, a database without the table, a bad
sources file) fails the step at once with a `Failure` naming the system, the table and the fix.
"""

from dagster import (
    AssetCheckResult,
    AssetCheckSeverity,
    AssetCheckSpec,
    AssetExecutionContext,
    AssetKey,
    AssetsDefinition,
    Failure,
    MaterializeResult,
    MetadataValue,
    RetryPolicy,
    asset,
)

from courtperf.settings import Settings
from ingestion.contract import Table, load_contract
from ingestion.errors import SourceConfigError, SourceTransientError, SourceUnavailableError
from orchestration.resources import SourcesResource, WarehouseResource

FULL_REFRESH_TAG = "courtperf/full_refresh"
ROWS_ACCOUNTED_CHECK = "rows_accounted_for"
NO_QUARANTINE_CHECK = "no_rows_quarantined"
NOT_BACKWARDS_CHECK = "source_not_older_than_last_night"


def raw_asset_key(table: Table) -> AssetKey:
    """The key dbt sources point at with `meta.dagster.asset_key`: raw/<system>/<table>."""
    return AssetKey(["raw", table.system, table.name])


def is_full_refresh(context: AssetExecutionContext) -> bool:
    return context.run.tags.get(FULL_REFRESH_TAG, "false").lower() == "true"


def _permanent(table: Table, problem: str, fix: str) -> Failure:
    return Failure(description=f"{table.qualified_name}: {problem}\nFix: {fix}", allow_retries=False)


def _landing_asset(table: Table, retry_policy: RetryPolicy | None) -> AssetsDefinition:
    key = raw_asset_key(table)
    upstream = sorted(
        {
            AssetKey(["raw", c.reference[0], c.reference[1]])
            for c in table.columns
            if c.reference and c.reference[:2] != (table.system, table.name)
        },
        key=lambda k: k.to_user_string(),
    )

    @asset(
        key=key,
        deps=upstream,
        group_name=f"raw_{table.system}",
        kinds={"duckdb", "python"},
        pool="warehouse",
        retry_policy=retry_policy,
        description=f"{table.qualified_name} from the source system, checked against the extraction "
        "contract and landed append-only in raw; rows that break the contract go to raw._quarantine.",
        check_specs=[
            AssetCheckSpec(ROWS_ACCOUNTED_CHECK, asset=key, description="read = loaded + quarantined + already loaded"),
            AssetCheckSpec(NO_QUARANTINE_CHECK, asset=key, description="no source row was quarantined"),
            AssetCheckSpec(
                NOT_BACKWARDS_CHECK,
                asset=key,
                description="the source's newest updated_at is not older than the previous night's "
                "(older: restored from an old backup?)",
            ),
        ],
    )
    def land(context: AssetExecutionContext, warehouse: WarehouseResource, sources: SourcesResource):
        # landing reads with pandas and pyarrow: loaded when a table lands, not when the Definitions load
        from ingestion.landing import backwards_message, ensure_raw_schema, land_table, record_extract_settings

        try:
            source = sources.for_system(table.system)
            with warehouse.connect() as con:
                ensure_raw_schema(con)
                record_extract_settings(con, sources.statistics_start())
                report = land_table(
                    con,
                    source,
                    table,
                    batch_id=context.run.run_id,
                    pii_key=Settings.from_env().pii_hash_key,
                    full_refresh=is_full_refresh(context),
                )
        except SourceTransientError:
            raise  # the RetryPolicy tries again with backoff
        except SourceUnavailableError as exc:
            raise _permanent(
                table,
                str(exc),
                "check the URL in the sources file and the credentials in the environment variables "
                "it names; `courtperf doctor` tries every source",
            ) from None
        except SourceConfigError as exc:
            raise _permanent(table, str(exc), "correct the sources file; `courtperf doctor` checks it") from None
        if report.missing_table:
            raise _permanent(
                table,
                f"{report.file_error} (recorded in raw._load_log)",
                "point the sources file at the database that holds this table, or correct the system's mapping "
                "(`courtperf sources check` names its line)",
            ) from None
        context.log.info(
            f"{table.qualified_name}: read {report.read:,}, loaded {report.loaded:,}, "
            f"quarantined {report.quarantined:,}, already loaded {report.already_loaded:,}"
            + (f" ({report.file_error}; the watermark stays)" if report.file_error else "")
        )
        if report.went_backwards:
            context.log.warning(backwards_message(report.table, report.source_latest, report.previous_latest))
        return MaterializeResult(
            metadata={
                "source": report.source,
                "batch_id": report.batch_id,
                "rows_read": report.read,
                "rows_loaded": report.loaded,
                "rows_quarantined": report.quarantined,
                "rows_already_loaded": report.already_loaded,
                "quarantined_by_reason": MetadataValue.json(report.quarantined_by_reason),
                "watermark_before": report.watermark_before or "",
                "watermark_after": report.watermark_after or "",
                "source_latest": report.source_latest or "",
                "file_error": report.file_error or "",
            },
            check_results=[
                AssetCheckResult(
                    check_name=ROWS_ACCOUNTED_CHECK,
                    passed=report.accounted,
                    metadata={
                        "read": report.read,
                        "loaded": report.loaded,
                        "quarantined": report.quarantined,
                        "already_loaded": report.already_loaded,
                    },
                ),
                AssetCheckResult(
                    check_name=NO_QUARANTINE_CHECK,
                    passed=report.quarantined == 0,
                    severity=AssetCheckSeverity.WARN,
                    metadata={"quarantined_by_reason": MetadataValue.json(report.quarantined_by_reason)},
                ),
                AssetCheckResult(
                    check_name=NOT_BACKWARDS_CHECK,
                    passed=not report.went_backwards,
                    severity=AssetCheckSeverity.WARN,
                    description=backwards_message(report.table, report.source_latest, report.previous_latest)
                    if report.went_backwards
                    else None,
                    metadata={
                        "source_latest": report.source_latest or "",
                        "previous_latest": report.previous_latest or "",
                    },
                ),
            ],
        )

    return land


def build_ingestion_assets(retry_policy: RetryPolicy | None = None) -> list[AssetsDefinition]:
    return [_landing_asset(table, retry_policy) for table in load_contract().load_order()]
