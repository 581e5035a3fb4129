"""Close a period: read its results from the warehouse (read-only), compare, and publish a version.

Closing reads, for the period's (period_type, period) rows, every result mart that exists
(`store.RESULT_TABLES`: indicator values always, the score marts once they are built), the open data
defects whose activity overlaps the period (`store.DEFECT_TABLE`: what its provisional numbers were computed
without, by key), and generates the period's lineage from the catalog. Their content hash is compared
with the latest version:
- equal: nothing is written (closing is idempotent; a nightly run that changed nothing for the period
  does not make a version);
- different, and the period was published before: a `reason` is required; without one nothing is
  written and the error shows the difference; with one, version N+1 is appended (N is kept) with the
  difference to N: inputs (catalog / scoring version, watermarks, batches), changed indicator values,
  and who moved in rank, by how much and with which of their indicator values changed.
A new version is signed in the same transaction and its head appended to the heads log (signing.py).
"""

from __future__ import annotations

import importlib.metadata
import json
import subprocess
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import duckdb

from access import audit
from archive import lineage, signing, store
from archive.periods import ClosedPeriod
from archive.store import ROW_HASH, WAREHOUSE_ALIAS, ArchiveError, TableContent, quote
from courtperf.settings import PROJECT_ROOT, Settings
from indicators.catalog import CONFIG_DIR, load_catalog

INDICATOR_KEYS = ("indicator_id", "level", "entity_id", "period_type", "period")
ENTITY_KEYS = ("level", "entity_id", "period_type", "period")
CLOSE_TIMEZONE = ZoneInfo("Asia/Shanghai")  # a period has ended when its last day has ended in China
TOP = 50  # changed indicator values and rank moves kept in a version's diff


class ReasonRequired(ArchiveError):
    """The period's results changed since they were published; restating them needs a reason."""


@dataclass
class CloseOutcome:
    period: ClosedPeriod
    status: str  # published | unchanged
    version: int
    version_id: int
    version_hash: str
    row_counts: dict[str, int] = field(default_factory=dict)
    diff: dict | None = None
    head: dict | None = None  # the version's signed head (signing.head_record), as the heads log records it

    @property
    def published(self) -> bool:
        return self.status == "published"


def code_version() -> str:
    """`git describe` of the checkout when there is one, else the installed package's version."""
    try:
        out = subprocess.run(
            ["git", "describe", "--tags", "--always", "--dirty"],
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            timeout=10,
        )
        if out.returncode == 0 and out.stdout.strip():
            return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        return "courtperf " + importlib.metadata.version("courtperf")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def close_period(
    period: ClosedPeriod,
    *,
    warehouse: Path,
    archive: Path,
    reason: str | None = None,
    run_id: str | None = None,
    config_dir: Path = CONFIG_DIR,
    now: datetime | None = None,
    keys: signing.SigningKeys | None = None,
    heads_log: Path | None = None,
) -> CloseOutcome:
    """`keys` and `heads_log` default to the settings (COURTPERF_ARCHIVE_SIGNING_KEY, COURTPERF_ARCHIVE_HEADS)."""
    reason = (reason or "").strip() or None
    if keys is None or heads_log is None:
        settings = Settings.from_env()
        keys = keys or signing.SigningKeys.from_settings(settings)
        heads_log = heads_log or settings.archive_heads
    today = (now or datetime.now(UTC)).astimezone(CLOSE_TIMEZONE).date()
    if period.end >= today:
        raise ArchiveError(f"{period} has not ended yet (it ends on {period.end}): only ended periods can be closed")
    with store.connect(archive, warehouse=warehouse) as con:
        audit.import_spool(con, Settings.from_env().audit_spool)  # the dashboard's audit events, into the chain
        _require_quality_gate_passed(con, period)
        sources = _stage_results(con, period)
        sources.update(_stage_defects(con, period))
        catalog_version = _single(con, "temp.main.cand_indicator_values", "catalog_version")
        _stage_lineage(con, period, catalog_version, config_dir)
        sources.update({t: f"temp.main.cand_{t}" for t in store.LINEAGE_TABLES})
        contents = [_content(con, t, s) for t, s in sources.items()]
        digest = store.results_hash(contents)
        counts = {c.name: c.row_count for c in contents}
        latest = store.latest_version(con, period.grain, period.label)
        if latest and latest["results_hash"] == digest:
            head = signing.head_record(latest, *(signing.signature_of(con, latest["version_id"]) or (None, None)))
            return CloseOutcome(period, "unchanged", latest["version"], latest["version_id"], latest["version_hash"],
                                counts, head=head)  # fmt: skip
        fields = {
            "grain": period.grain,
            "closed_period": period.label,
            "version": latest["version"] + 1 if latest else 1,
            "published_at": (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "run_id": run_id,
            "reason": reason if latest else (reason or "first publication"),
            "catalog_version": catalog_version,
            "scoring_config_version": _scoring_version(con, sources),
            "code_version": code_version(),
            **_provenance(con),
            "results_hash": digest,
        }
        diff = diff_against(con, latest, fields, sources) if latest else None
        fields["diff"] = store.canonical(diff) if diff else None
        if latest and not reason:
            from archive.report import format_diff

            raise ReasonRequired(
                f"{period} was published as version {latest['version']} on {latest['published_at']} and its results "
                f"have changed since. Nothing was written. To publish version {latest['version'] + 1}, close it "
                f"again with a reason (courtperf close-period {period} --reason TEXT, or the run tag "
                f"courtperf/reason).\n\n" + format_diff(diff)
            )
        con.execute("begin transaction")
        try:
            written = store.write_version(con, fields, sources, _audit_seal(con))
            head = signing.sign_version(con, keys, written)
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise
        signing.append_head(heads_log, head)
        return CloseOutcome(
            period, "published", written["version"], written["version_id"], written["version_hash"], counts, diff,
            head=head,
        )  # fmt: skip


def _stage_results(con: duckdb.DuckDBPyConnection, period: ClosedPeriod) -> dict[str, str]:
    """Copy the period's rows of every result mart into temp tables, each row with its hash."""
    keys = " or ".join(f"(period_type = '{pt}' and period = '{p}')" for pt, p, _, _ in period.periods)
    sources = {}
    for table in store.RESULT_TABLES:
        if not store.has_table(con, table, WAREHOUSE_ALIAS, "marts"):
            continue
        relation = f"{WAREHOUSE_ALIAS}.marts.{quote(table)}"
        if not {"period_type", "period"} <= {n for n, _ in store.column_types(con, relation)}:
            continue
        columns = store.archived_columns(con, table, relation)
        con.execute(
            f"create or replace temp table {quote('cand_' + table)} as "
            f"select *, {store.row_hash_sql(columns)} as {ROW_HASH} from {relation} where {keys}"
        )
        sources[table] = f"temp.main.{quote('cand_' + table)}"
    if "indicator_values" not in sources:
        raise ArchiveError("the warehouse has no marts.indicator_values: run the nightly job first (courtperf run)")
    if not con.execute("select count(*) from temp.main.cand_indicator_values").fetchone()[0]:
        raise ArchiveError(f"the warehouse has no indicator values for {period}: nothing to close")
    return sources


def _stage_defects(con: duckdb.DuckDBPyConnection, period: ClosedPeriod) -> dict[str, str]:
    """The open data defects whose activity overlaps the period (the keys behind its provisional results),
    so that the version records what its numbers were computed without."""
    table = store.DEFECT_TABLE
    if not store.has_table(con, table, WAREHOUSE_ALIAS, "marts"):
        return {}
    relation = f"{WAREHOUSE_ALIAS}.marts.{quote(table)}"
    columns = store.archived_columns(con, table, relation)
    con.execute(
        f"create or replace temp table {quote('cand_' + table)} as "
        f"select *, {store.row_hash_sql(columns)} as {ROW_HASH} from {relation} "
        "where is_open and coalesce(affects_from, date '1900-01-01') <= ? "
        "and coalesce(affects_to, date '9999-12-31') >= ?",
        [period.end, period.start],
    )
    return {table: f"temp.main.{quote('cand_' + table)}"}


def _single(con: duckdb.DuckDBPyConnection, relation: str, column: str) -> str | None:
    sql = f"select distinct {column} from {relation} where {column} is not null"
    values = [r[0] for r in con.execute(sql).fetchall()]
    if len(values) > 1:
        raise ArchiveError(f"{relation} mixes {column}s {values}: the warehouse is half rebuilt; run the nightly job")
    return values[0] if values else None


def _scoring_version(con: duckdb.DuckDBPyConnection, sources: dict[str, str]) -> str | None:
    for table in ("score_totals", "score_explanations"):
        if table in sources and "scoring_config_version" in {n for n, _ in store.column_types(con, sources[table])}:
            return _single(con, sources[table], "scoring_config_version")
    return None


def _stage_lineage(con: duckdb.DuckDBPyConnection, period: ClosedPeriod, catalog_version: str | None, config_dir):
    catalog = load_catalog(config_dir)
    if catalog.version != catalog_version:
        raise ArchiveError(
            f"the warehouse's indicator values were built with catalog version {catalog_version}, but the catalog "
            f"in {config_dir} is version {catalog.version}: run the nightly job, then close {period}"
        )
    found = {
        name: f"{WAREHOUSE_ALIAS}.{quote(schema)}.{quote(name)}"
        for schema, name in con.execute(
            "select schema_name, table_name from duckdb_tables() where database_name = ? union all "
            "select schema_name, view_name from duckdb_views() where database_name = ? and not internal "
            "order by schema_name = 'marts' desc",
            [WAREHOUSE_ALIAS, WAREHOUSE_ALIAS],
        ).fetchall()[::-1]  # marts last, so a mart wins over a same-named table elsewhere
    }
    missing = sorted(lineage.needed_relations(catalog) - set(found))
    if missing:
        raise ArchiveError(f"the warehouse lacks the facts {missing} that the lineage of {period} needs")
    lineage.stage_lineage_rows(con, catalog, found, period.periods)
    con.execute(f"create or replace temp table lineage_measure_rows ({lineage.MEASURE_COLUMNS})")
    con.executemany(
        "insert into lineage_measure_rows values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lineage.measure_rows(catalog)
    )
    for table, rows in (("lineage", "lineage_rows"), ("lineage_measures", "lineage_measure_rows")):
        columns = store.archived_columns(con, table, f"temp.main.{rows}")
        con.execute(
            f"create or replace temp table cand_{table} as select *, {store.row_hash_sql(columns)} as {ROW_HASH} "
            f"from temp.main.{rows}"
        )


def _content(con: duckdb.DuckDBPyConnection, table: str, source: str) -> TableContent:
    count, digest = con.execute(f"select count(*), {store.content_hash_sql()} from {source}").fetchone()
    return TableContent(table, store.archived_columns(con, table, source), count, digest)


def _require_quality_gate_passed(con: duckdb.DuckDBPyConnection, period: ClosedPeriod) -> None:
    """Refuse to close from a warehouse whose latest landing run failed a blocking quality check: its
    indicator values were rebuilt from data that did not pass the publication gate (quality.data_quality,
    written after every nightly run). A warehouse with no recorded quality results is not judged here."""
    if not (
        store.has_table(con, "_load_log", WAREHOUSE_ALIAS, "raw")
        and store.has_table(con, "data_quality", WAREHOUSE_ALIAS, "quality")
    ):
        return
    failed = con.execute(
        f"""
        select q.run_id, sum(q.errors_failed), string_agg(distinct q.table_name, ', ' order by q.table_name)
            filter (where q.errors_failed > 0)
        from {WAREHOUSE_ALIAS}.quality.data_quality as q
        where q.run_id = (
            select batch_id from {WAREHOUSE_ALIAS}.raw._load_log order by started_at desc limit 1
        )
        group by q.run_id
        having sum(q.errors_failed) > 0
        """
    ).fetchone()
    if failed:
        run_id, errors, tables = failed
        raise ArchiveError(
            f"{period} was not closed: the warehouse's latest nightly run {run_id} failed {errors} blocking quality "
            f"check(s) on {tables}, so its results were not published. Fix the sources (courtperf quality shows "
            "what failed), rerun the nightly job, then close the period."
        )


def _provenance(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """The source watermarks and the landing batches the warehouse was built from, as JSON."""
    watermarks, batches = {}, []
    if store.has_table(con, "_watermarks", WAREHOUSE_ALIAS, "raw"):
        watermarks = {
            t: {"watermark": str(w), "batch_id": b}
            for t, w, b in con.execute(
                f"select table_name, watermark, batch_id from {WAREHOUSE_ALIAS}.raw._watermarks"
            ).fetchall()
        }
    if store.has_table(con, "_load_log", WAREHOUSE_ALIAS, "raw"):
        batches = [
            r[0]
            for r in con.execute(
                f"select batch_id from {WAREHOUSE_ALIAS}.raw._load_log where loaded > 0 "
                "group by batch_id order by min(started_at), batch_id"
            ).fetchall()
        ]
    return {"watermarks": store.canonical(watermarks), "batch_ids": store.canonical(batches)}


def _audit_seal(con: duckdb.DuckDBPyConnection) -> tuple[TableContent, ...]:
    """The audit log's head (access/audit.py) as a content the version's hash, and so its signature, covers."""
    last = audit.head(con)
    return (TableContent(audit.TABLE, [("seq", "BIGINT"), ("row_hash", "VARCHAR")], last[0], last[1]),) if last else ()


# --------------------------------------------------------------------------------------------------- diff


def diff_against(con: duckdb.DuckDBPyConnection, latest: dict, new: dict, sources: dict[str, str]) -> dict:
    """What changed since the latest version: inputs, indicator values and ranks (a JSON-able dict)."""
    old_id = latest["version_id"]
    old_tables = {
        r[0] for r in con.execute("select table_name from version_tables where version_id = ?", [old_id]).fetchall()
    } - {audit.TABLE}
    old_marks, new_marks = json.loads(latest["watermarks"] or "{}"), json.loads(new["watermarks"] or "{}")
    old_batches = set(json.loads(latest["batch_ids"] or "[]"))
    inputs = {
        "catalog_version": [latest["catalog_version"], new["catalog_version"]],
        "scoring_config_version": [latest["scoring_config_version"], new["scoring_config_version"]],
        "watermarks": {
            t: [old_marks.get(t, {}).get("watermark"), new_marks.get(t, {}).get("watermark")]
            for t in sorted(set(old_marks) | set(new_marks))
            if old_marks.get(t, {}).get("watermark") != new_marks.get(t, {}).get("watermark")
        },
        "new_batches": [b for b in json.loads(new["batch_ids"] or "[]") if b not in old_batches],
        "tables_added": sorted(set(sources) - old_tables),
        "tables_removed": sorted(old_tables - set(sources)),
    }
    values = _value_changes(con, old_id, sources["indicator_values"])
    diff = {
        "from_version": latest["version"],
        "to_version": latest["version"] + 1,
        "inputs": inputs,
        "indicator_values": values,
        "ranks": None,
    }
    if "score_totals" in sources and "score_totals" in old_tables:
        diff["ranks"] = _rank_changes(con, old_id, sources["score_totals"])
    return diff


def _value_changes(con: duckdb.DuckDBPyConnection, old_id: int, new: str) -> dict:
    keys = ", ".join(INDICATOR_KEYS)
    con.execute(
        f"""
        create or replace temp table value_changes as
        with old as (
            select {keys}, numerator, denominator, value from indicator_values where version_id = {int(old_id)}
        ),
        new as (select {keys}, numerator, denominator, value from {new})
        select {keys}, o.numerator as old_numerator, n.numerator as new_numerator,
            o.denominator as old_denominator, n.denominator as new_denominator,
            o.value as old_value, n.value as new_value,
            case when o.value is null and n.value is null then 0
                 when o.value is null or n.value is null then 1e300
                 else abs(n.value - o.value) end as size
        from old as o full outer join new as n using ({keys})
        where {
            " or ".join(
                f"{_g('o.' + c)} is distinct from {_g('n.' + c)}" for c in ("value", "numerator", "denominator")
            )
        }
        """
    )
    changed, added, removed = con.execute(
        "select count(*), count(*) filter (old_numerator is null and old_value is null and old_denominator is null), "
        "count(*) filter (new_numerator is null and new_value is null and new_denominator is null) from value_changes"
    ).fetchone()
    return {"changed": changed, "added": added, "removed": removed, "largest": _rows(con, f"""
        select {keys}, old_value, new_value, old_numerator, new_numerator, old_denominator, new_denominator
        from value_changes order by size desc, {keys} limit {TOP}""")}  # fmt: skip


def _rank_changes(con: duckdb.DuckDBPyConnection, old_id: int, new: str) -> dict | None:
    columns = {n for n, _ in store.column_types(con, new)}
    if not {"rank_in_peer_group", "total"} <= columns:
        return None
    keys = ", ".join(ENTITY_KEYS)
    group = "peer_group_id" if "peer_group_id" in columns else "cast(null as varchar)"
    con.execute(
        f"""
        create or replace temp table rank_changes as
        with old as (
            select {keys}, {group} as peer_group_id, total, rank_in_peer_group as rank
            from score_totals where version_id = {int(old_id)}
        ),
        new as (select {keys}, {group} as peer_group_id, total, rank_in_peer_group as rank from {new})
        select {keys}, o.peer_group_id as old_peer_group, n.peer_group_id as new_peer_group,
            o.rank as old_rank, n.rank as new_rank, cast(o.rank as bigint) - cast(n.rank as bigint) as moved_up,
            cast(o.total as double) as old_total, cast(n.total as double) as new_total
        from old as o full outer join new as n using ({keys})
        where o.rank is distinct from n.rank or {_g("o.total")} is distinct from {_g("n.total")}
        """
    )
    movers = _rows(
        con,
        f"select {keys}, old_peer_group, new_peer_group, old_rank, new_rank, moved_up, old_total, new_total "
        f"from rank_changes where old_rank is distinct from new_rank "
        f"order by abs(moved_up) desc nulls last, {keys} limit {TOP}",
    )
    for mover in movers:  # why: the entity's own indicator values that changed, largest first
        mover["changed_indicators"] = _rows(
            con,
            "select indicator_id, old_value, new_value from value_changes where level = ? and entity_id = ? "
            "and period_type = ? and period = ? order by size desc, indicator_id limit 5",
            [mover[k] for k in ENTITY_KEYS],
        )
    moved, total_changed = con.execute(
        "select count(*) filter (old_rank is distinct from new_rank), count(*) from rank_changes"
    ).fetchone()
    return {"moved": moved, "totals_changed": total_changed, "movers": movers}


def _g(expr: str) -> str:
    """Compare numbers as the row hashes do (12 significant digits), so noise in the last bits is no change."""
    return store.hashed_value(expr, "double")


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
