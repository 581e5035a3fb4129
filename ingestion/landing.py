"""Landing: one source table -> checked rows in `raw.<system>__<table>`, defects in `raw._quarantine`.

Nothing is dropped: for every table and run `read == loaded + quarantined + already_loaded`. Bad data
never raises; a whole-file problem (missing table or file, unreadable file, missing columns) is
quarantined too, and the other tables of the run are unaffected (a database without a contract table is
misconfigured: it is recorded here, then the ingestion asset fails the run). A source that cannot be
reached raises (`ingestion.sources.SourceTransientError` is retried by Dagster) and lands nothing. Each
table is landed in one transaction.

Extraction is incremental on `updated_at`: a night reads the rows with `updated_at` at or after the
table's watermark (`raw._watermarks`), plus rows whose `updated_at` does not parse. Rows landed before are
recognised by (primary key, updated_at) and counted as `already_loaded`, not landed twice. The watermark
is "the point before which nothing is owed", so it never skips a row:

- It moves only when tonight's delivery was whole: a file-level problem (undecodable file, a damaged or
  cut-short file, missing columns, missing file) leaves it where it was, and the next night reads the
  same range again.
- Otherwise it moves to the newest `updated_at` read, but never past the oldest row quarantined tonight
  that is still owed (no row of the same key with the same or a later `updated_at` in raw): that row is
  read again every night until a corrected re-delivery loads (or the source stops delivering it).
  Tonight's read covers every row still owed from earlier nights, because the watermark never passed them.

So a night reads what changed since the oldest open defect; rows re-read and landed before count as
`already_loaded`. The cost of a defect the source never corrects is re-reading from its `updated_at`.

The source's newest `updated_at` is logged per night (`source_latest`); one older than the previous
night's (a source restored from an old backup) is reported (`LandingReport.went_backwards`).
"""

from __future__ import annotations

import contextlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

import duckdb
import pandas as pd

from ingestion import checks
from ingestion.checks import BATCH, TYPED, VERDICT, lit, q, t
from ingestion.contract import Table, load_contract, raw_table_ddl
from ingestion.defects import (
    ATTRIBUTION_COLUMNS,
    DEFECT_FIXES_DDL,
    FILE_KEY,
    attribution_sql,
    record_file_fixed_sql,
    record_fixes_sql,
)
from ingestion.pii import mask_landed_pii, mask_pii
from ingestion.sources import SOURCE_ROW, SystemSource, read_table

QUARANTINE_DDL = """
create table if not exists raw._quarantine (
  batch_id varchar, loaded_at timestamp, system varchar, table_name varchar, source varchar,
  source_row bigint, reason_kind varchar, reason varchar, row_json json
)"""
WATERMARKS_DDL = """
create table if not exists raw._watermarks (
  table_name varchar, watermark timestamp, batch_id varchar, updated_at timestamp
)"""
LOAD_LOG_DDL = """
create table if not exists raw._load_log (
  batch_id varchar, table_name varchar, source varchar, "read" bigint, loaded bigint, quarantined bigint,
  already_loaded bigint, watermark_before timestamp, watermark_after timestamp, file_error varchar,
  started_at timestamp, finished_at timestamp, source_latest timestamp, previous_latest timestamp
)"""
# What the sources file says of the extract as a whole (ingestion/sources/systems.py statistics_start): one row,
# written by every landing, read by the indicators' period calendar (dbt source extract.settings).
EXTRACT_SETTINGS_DDL = """
create table if not exists raw._extract_settings (statistics_start date, recorded_at timestamp)"""
# Columns added since the first release: added to an existing raw._load_log by ensure_raw_schema.
LOAD_LOG_ADDED = {"source_latest": "timestamp", "previous_latest": "timestamp"}

_TS = "%Y-%m-%d %H:%M:%S"


@dataclass
class LandingReport:
    table: str  # "system.table"
    batch_id: str
    source: str
    read: int  # rows extracted this run (at or after the watermark) = loaded + quarantined + already_loaded
    loaded: int
    quarantined: int
    quarantined_by_reason: dict[str, int]  # reason kind -> count
    already_loaded: int  # rows read again that were landed before (same key and updated_at)
    watermark_before: str | None
    watermark_after: str | None
    file_error: str | None  # a file-level problem (the watermark did not move)
    extra_columns: list[str] = field(default_factory=list)  # source columns not in the contract (ignored)
    missing_table: bool = False  # the source database has no such table (recorded here; the asset then fails)
    source_latest: str | None = None  # the source's newest updated_at tonight (all its rows)
    previous_latest: str | None = None  # the same, the last night it was known

    @property
    def went_backwards(self) -> bool:
        """The source's newest row is older than the previous night's: restored from an old backup?"""
        return None not in (self.source_latest, self.previous_latest) and self.source_latest < self.previous_latest

    @property
    def accounted(self) -> bool:
        return self.read == self.loaded + self.quarantined + self.already_loaded


def backwards_message(table: str, latest: str | None, previous: str | None) -> str:
    """The loud warning for a source whose newest row is older than the previous night's."""
    return (
        f"{table}: the source's newest updated_at is {latest}, older than the previous night's {previous} "
        "(restored from an old backup?): check the source before trusting tonight's figures."
    )


def raw_table_name(system: str, table: str) -> str:
    return f"raw.{q(f'{system}__{table}')}"


def record_extract_settings(con: duckdb.DuckDBPyConnection, statistics_start: date | None) -> None:
    """Keep the sources file's statistics_start in raw._extract_settings (one row), unless it is already there."""
    kept = con.execute("select statistics_start from raw._extract_settings").fetchall()
    if kept != [(statistics_start,)]:
        con.execute("delete from raw._extract_settings")
        con.execute("insert into raw._extract_settings values (?, current_timestamp)", [statistics_start])


def ensure_raw_schema(con: duckdb.DuckDBPyConnection, pii_key: str | None = None) -> None:
    """Create what landing writes; with `pii_key`, also mask the clear PII a warehouse landed before
    masking moved into landing still holds (once, ingestion/pii.py)."""
    raw_existed = con.execute(
        "select count(*) from duckdb_tables() where schema_name = 'raw' and table_name = '_load_log'"
    ).fetchone()[0]
    con.execute("create schema if not exists raw")
    for table in load_contract().tables:
        con.execute(raw_table_ddl(table))
    for ddl in (QUARANTINE_DDL, WATERMARKS_DDL, LOAD_LOG_DDL, DEFECT_FIXES_DDL, EXTRACT_SETTINGS_DDL):
        con.execute(ddl)
    for column, sql_type in ATTRIBUTION_COLUMNS.items():  # warehouses landed before the defect worklist
        con.execute(f"alter table raw._quarantine add column if not exists {column} {sql_type}")
    for column, sql_type in LOAD_LOG_ADDED.items():
        con.execute(f"alter table raw._load_log add column if not exists {column} {sql_type}")
    if pii_key is not None:
        mask_landed_pii(con, pii_key, raw_existed=bool(raw_existed))


def get_watermark(con: duckdb.DuckDBPyConnection, table: Table) -> str | None:
    row = con.execute(
        "select max(watermark) from raw._watermarks where table_name = ?", [table.qualified_name]
    ).fetchone()
    return row[0].strftime(_TS) if row and row[0] is not None else None


def land_table(
    con: duckdb.DuckDBPyConnection,
    source: SystemSource,
    table: Table,
    *,
    batch_id: str,
    pii_key: str,
    full_refresh: bool = False,
    loaded_at: datetime | None = None,
) -> LandingReport:
    """Land one table; its PII columns are masked with `pii_key` (COURTPERF_PII_HASH_KEY) before anything
    else sees the rows (ingestion/pii.py)."""
    started_at = datetime.now()
    loaded_at = loaded_at or started_at
    ensure_raw_schema(con, pii_key)
    watermark_before = None if full_refresh else get_watermark(con, table)
    extract = read_table(source, table, since=watermark_before)
    extract.frame = mask_pii(extract.frame, table, pii_key)
    raw_table = raw_table_name(table.system, table.name)
    meta = {
        "batch": batch_id,
        "at": loaded_at,
        "system": table.system,
        "table": table.name,
        "src": extract.label,
    }

    con.execute("begin transaction")
    try:
        if full_refresh:
            con.execute(f"delete from {raw_table}")
            con.execute("delete from raw._watermarks where table_name = ?", [table.qualified_name])
        file_error = extract.file_error
        if file_error is None and extract.missing_columns:
            file_error = (
                f"{table.qualified_name} has no column(s) {', '.join(extract.missing_columns)} in {extract.label}"
            )
            if len(extract) == 0:  # nothing to attach the problem to: one file-level row
                extract.file_error = file_error
        if extract.file_error is not None:
            counts = _quarantine_file(con, meta, extract.file_error)
        elif extract.missing_columns:
            counts = _quarantine_all_rows(con, meta, table, extract.frame, f"missing_column: {file_error}")
        else:
            counts = _land_rows(con, meta, table, extract.frame, raw_table, watermark_before)
            file_error = extract.damage
            if file_error is None:  # the file reads whole again: its file-level defect, if any, is fixed
                con.execute(record_file_fixed_sql(table), [batch_id, loaded_at])
        read, loaded, by_reason, already, newest_read, oldest_owed = counts
        quarantined = sum(by_reason.values())
        assert read == loaded + quarantined + already, (table.qualified_name, read, loaded, quarantined, already)
        watermark_after = watermark_before
        if file_error is None:  # a delivery that was not whole does not move the watermark
            watermark_after = _earlier(_later(watermark_before, newest_read), oldest_owed)
        if watermark_after != watermark_before:
            con.execute("delete from raw._watermarks where table_name = ?", [table.qualified_name])
            con.execute(
                "insert into raw._watermarks values (?, ?::timestamp, ?, ?)",
                [table.qualified_name, watermark_after, batch_id, datetime.now()],
            )
        previous_latest = _previous_latest(con, table)
        report = LandingReport(
            table=table.qualified_name,
            batch_id=batch_id,
            source=extract.label,
            read=read,
            loaded=loaded,
            quarantined=quarantined,
            quarantined_by_reason=dict(by_reason),
            already_loaded=already,
            watermark_before=watermark_before,
            watermark_after=watermark_after,
            file_error=file_error,
            extra_columns=list(extract.extra_columns),
            missing_table=extract.missing_table,
            source_latest=extract.latest_updated_at,
            previous_latest=previous_latest,
        )
        con.execute(
            'insert into raw._load_log (batch_id, table_name, source, "read", loaded, quarantined, already_loaded, '
            "watermark_before, watermark_after, file_error, started_at, finished_at, source_latest, "
            "previous_latest) values (?, ?, ?, ?, ?, ?, ?, ?::timestamp, ?::timestamp, ?, ?, ?, ?::timestamp, "
            "?::timestamp)",
            [
                batch_id,
                table.qualified_name,
                extract.label,
                read,
                loaded,
                quarantined,
                already,
                watermark_before,
                watermark_after,
                file_error,
                started_at,
                datetime.now(),
                extract.latest_updated_at,
                previous_latest,
            ],
        )
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    finally:
        with contextlib.suppress(Exception):
            con.unregister(BATCH)
        for name in (TYPED, checks.CHECKED, VERDICT):
            con.execute(f"drop table if exists {name}")
    return report


def _later(a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return a or b
    return max(a, b)


def _earlier(a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return a or b
    return min(a, b)


def _previous_latest(con, table: Table) -> str | None:
    """The source's newest updated_at as last known (an earlier night that saw one)."""
    row = con.execute(
        "select strftime(source_latest, ?) from raw._load_log where table_name = ? and source_latest is not null "
        "order by started_at desc limit 1",
        [_TS, table.qualified_name],
    ).fetchone()
    return row[0] if row else None


_QUARANTINE_COLUMNS = "batch_id, loaded_at, system, table_name, source, source_row, reason_kind, reason, row_json"


def _quarantine_file(con, meta: dict, reason: str):
    con.execute(
        f"insert into raw._quarantine ({_QUARANTINE_COLUMNS}, row_key) "
        f"values (?, ?, ?, ?, ?, null, 'file_error', ?, null, '{FILE_KEY}')",
        [meta["batch"], meta["at"], meta["system"], meta["table"], meta["src"], f"file_error: {reason}"],
    )
    return 1, 0, Counter({"file_error": 1}), 0, None, None


def _row_json(table: Table, prefix: str = "") -> str:
    return "to_json({" + ", ".join(f"{lit(c)}: {prefix}{q(c)}" for c in table.column_names) + "})"


def _quarantine_all_rows(con, meta: dict, table: Table, frame: pd.DataFrame, reason: str):
    con.register(BATCH, frame)
    con.execute(
        f"insert into raw._quarantine ({_QUARANTINE_COLUMNS}, row_key) "
        f"select ?, ?, ?, ?, ?, {q(SOURCE_ROW)}, 'missing_column', ?, {_row_json(table)}, '{FILE_KEY}' from {BATCH}",
        [meta["batch"], meta["at"], meta["system"], meta["table"], meta["src"], reason],
    )
    n = len(frame)
    return n, 0, Counter({"missing_column": n} if n else {}), 0, None, None


def _land_rows(con, meta: dict, table: Table, frame: pd.DataFrame, raw_table: str, since: str | None):
    """Check and land one batch. Returns (read, loaded, quarantined by reason, already loaded, newest
    updated_at read, oldest updated_at of a row quarantined tonight and still owed)."""
    con.register(BATCH, frame)
    sql, params = checks.typed_sql(table, raw_table, since)
    con.execute(sql, params)
    con.execute(checks.row_checks_sql(table))
    con.execute(checks.reference_checks_sql(table, raw_table_name))
    already = con.execute(f"select count(*) from {TYPED} where _already").fetchone()[0]
    checked = con.execute(f"select count(*) from {VERDICT}").fetchone()[0]

    columns = ", ".join(q(c) for c in table.column_names)
    typed = ", ".join(t(c) for c in table.column_names)
    con.execute(
        f'insert into {raw_table} ({columns}, "_batch_id", "_loaded_at", "_source", "_source_row") '
        f"select {typed}, ?, ?, ?, {q(SOURCE_ROW)} from {VERDICT} where _reason is null",
        [meta["batch"], meta["at"], meta["src"]],
    )
    attribution = attribution_sql(table)
    con.execute(
        f"insert into raw._quarantine ({_QUARANTINE_COLUMNS}, {', '.join(attribution)}) "
        f"select ?, ?, ?, ?, ?, {q(SOURCE_ROW)}, split_part(_reason, ':', 1), _reason, {_row_json(table)}, "
        f"{', '.join(attribution.values())} from {VERDICT} where _reason is not null order by {q(SOURCE_ROW)}",
        [meta["batch"], meta["at"], meta["system"], meta["table"], meta["src"]],
    )
    con.execute(
        record_fixes_sql(table, f"(select * from {VERDICT} where _reason is null)"), [meta["batch"], meta["at"]]
    )
    loaded = con.execute(f"select count(*) from {VERDICT} where _reason is null").fetchone()[0]
    newest_read = oldest_owed = None
    if "updated_at" in table.column_names:
        ua = t("updated_at")
        newest_read = con.execute(f"select strftime(max({ua}), '{_TS}') from {TYPED}").fetchone()[0]
        # A quarantined row is owed until raw holds its key with the same or a later updated_at.
        landed = " and ".join(f"r.{q(c)} = v.{t(c)}" for c in table.primary_key)
        oldest_owed = con.execute(
            f"select strftime(min(v.{ua}), '{_TS}') from {VERDICT} v where v._reason is not null "
            f"and v.{ua} is not null and not exists (select 1 from {raw_table} r where {landed} "
            f'and r."updated_at" >= v.{ua})'
        ).fetchone()[0]
    by_reason = Counter(
        dict(
            con.execute(
                f"select split_part(_reason, ':', 1), count(*) from {VERDICT} where _reason is not null group by 1"
            ).fetchall()
        )
    )
    return checked + already, loaded, by_reason, already, newest_read, oldest_owed
