"""The archive's own DuckDB file: tables, views, versions, the hash chain, verify, export and import.

Layout (all in the file's `main` schema; courtperf attaches the file as catalog `archive`, so
`archive.indicator_values_current` reads the same from the CLI, from the warehouse with the archive
attached, and from a client that opens `archive.duckdb` itself):

    versions                 one row per published version of a closed period (the hash chain)
    version_tables           per version and table: the columns hashed, row count, content hash
    <table>                  archived rows of each result table, with version_id and _row_hash
    <table>_history          every version's rows, with the version's period, number, time and reason
    <table>_current          the rows of the latest version of each closed period
    archive_history          = versions; archive_current: the latest version per closed period
    version_signatures       per version: its hash signed with the key held outside the archive (signing.py)
    audit_log                the dashboard's sign-ins and views of personal records, hash-chained (access/audit.py);
                             each version seals the log's head (a version_tables row `audit_log`)

Archived tables are the marts `indicator_values`, `scores`, `score_totals`, `score_explanations`,
`strengths_weaknesses` and `grades` (those that exist when a period is closed) and the lineage (`lineage`,
`lineage_measures`). Rows are only ever inserted.

Hash chain (one global chain, in version_id order, across all periods): each row's `_row_hash` is the
SHA-256 of its JSON (first 64 bits); a table's content hash is the SHA-256 of its rows' hashes, sorted; a version's
hash is the SHA-256 of its own fields (period, number, time, run, versions, watermarks, reason, diff),
its tables' content hashes and the previous version's hash. One chain (not one per period) also
catches a period's versions removed as a whole. The chain alone cannot tell courtperf's hashes from
an intruder's recomputed ones, nor see its head dropped: signing.py signs each version's hash with a
key the archive does not hold and records the heads outside it, and `archive verify` checks both.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

from courtperf.settings import WAREHOUSE_CATALOG

ARCHIVE_CATALOG = "archive"
# The warehouse is attached under dbt's fixed catalog name: views dbt wrote name their tables through it.
WAREHOUSE_ALIAS = WAREHOUSE_CATALOG
RESULT_TABLES = (
    "indicator_values", "scores", "score_totals", "score_explanations", "strengths_weaknesses", "grades",
)  # fmt: skip
LINEAGE_TABLES = ("lineage", "lineage_measures")
# level -> (entity, the lineage column that attributes a record): the city (两级法院合计) holds every court's records
LINEAGE_LEVELS = (
    ("city", "'city'", "court_id"),
    ("court", "court_id", "court_id"),
    ("department", "department_id", "department_id"),
    ("person", "person_id", "person_id"),
)
DEFECT_TABLE = "data_defects"  # the open source-data defects touching the period: why a result is provisional
ARCHIVED_TABLES = (*RESULT_TABLES, *LINEAGE_TABLES, DEFECT_TABLE)
ROW_HASH = "_row_hash"
ROW_HASH_CHARS = 16

_DDL = """
create table if not exists versions (
    version_id bigint primary key,
    grain varchar not null,
    closed_period varchar not null,
    version integer not null,
    published_at varchar not null,
    run_id varchar,
    reason varchar,
    catalog_version varchar,
    scoring_config_version varchar,
    code_version varchar,
    watermarks varchar,
    batch_ids varchar,
    results_hash varchar not null,
    diff varchar,
    prev_hash varchar,
    version_hash varchar not null
);
create table if not exists version_tables (
    version_id bigint not null,
    table_name varchar not null,
    columns varchar not null,
    row_count bigint not null,
    content_hash varchar not null
);
"""
VERSION_FIELDS = (
    "version_id", "grain", "closed_period", "version", "published_at", "run_id", "reason", "catalog_version",
    "scoring_config_version", "code_version", "watermarks", "batch_ids", "results_hash", "diff", "prev_hash",
)  # fmt: skip


class ArchiveError(RuntimeError):
    """Something the operator must act on (no archive yet, archive not empty on import, …)."""


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _sql_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


@contextmanager
def connect(
    archive: Path, *, read_only: bool = False, warehouse: Path | None = None
) -> Iterator[duckdb.DuckDBPyConnection]:
    """An in-memory session with the archive attached as `archive` (and the warehouse, read-only, as `courtperf`)."""
    archive = Path(archive)
    if read_only and not archive.exists():
        raise ArchiveError(f"no archive at {archive}: close a period first (courtperf close-period 2024-03)")
    archive.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect()
    try:
        con.execute(f"attach {_sql_path(archive)} as {ARCHIVE_CATALOG}" + (" (read_only)" if read_only else ""))
        if warehouse is not None:
            if not Path(warehouse).exists():
                raise ArchiveError(f"no warehouse at {warehouse}: run the nightly job first (courtperf run)")
            con.execute(f"attach {_sql_path(Path(warehouse))} as {WAREHOUSE_ALIAS} (read_only)")
        con.execute(f"use {ARCHIVE_CATALOG}")
        if not read_only:
            con.execute(_DDL)
            create_views(con)
        yield con
    finally:
        con.close()


def has_table(con: duckdb.DuckDBPyConnection, name: str, catalog: str = ARCHIVE_CATALOG, schema: str = "main") -> bool:
    """A table — or, in the warehouse, a view (dbt may publish a mart as a view over other tables)."""
    return bool(
        con.execute(
            "select count(*) from (select database_name, schema_name, table_name from duckdb_tables() union all "
            "select database_name, schema_name, view_name from duckdb_views() where not internal) "
            "where database_name = ? and schema_name = ? and table_name = ?",
            [catalog, schema, name],
        ).fetchone()[0]
    )


def column_types(con: duckdb.DuckDBPyConnection, relation: str) -> list[tuple[str, str]]:
    """(name, type) of a relation's columns, in order."""
    return [(row[0], row[1]) for row in con.execute(f"describe {relation}").fetchall()]


def row_hash_sql(columns: list[tuple[str, str]]) -> str:
    """SHA-256 of a row's JSON, over these columns cast to these types (the archive's types), kept to 64
    bits: a row hash is stored with every archived row, and a full one would be most of the archive's size."""
    fields = ", ".join(f"{quote(n)} := {hashed_value(quote(n), t)}" for n, t in columns)
    return f"left(sha256(cast(to_json(struct_pack({fields})) as varchar)), {ROW_HASH_CHARS})"


def hashed_value(expr: str, typ: str) -> str:
    """A column as it enters a row hash. Doubles to 12 significant digits: a rebuild of the warehouse sums
    in another order and moves the last bits, which is not a change of the published results."""
    if typ.upper() in ("DOUBLE", "FLOAT", "REAL"):
        return f"format('{{:.12g}}', cast({expr} as double))"
    return f"cast({expr} as {typ})"


def content_hash_sql(hash_expr: str = ROW_HASH) -> str:
    return f"sha256(coalesce(string_agg({hash_expr}, ',' order by {hash_expr}), ''))"


def archived_columns(con: duckdb.DuckDBPyConnection, table: str, source: str) -> list[tuple[str, str]]:
    """The source's columns with the types they have (or will have) in the archive table."""
    source_cols = [c for c in column_types(con, source) if c[0] not in ("version_id", ROW_HASH)]
    if not has_table(con, table):
        return source_cols
    existing = dict(column_types(con, f"{ARCHIVE_CATALOG}.main.{quote(table)}"))
    return [(n, existing.get(n, t)) for n, t in source_cols]


def ensure_table(con: duckdb.DuckDBPyConnection, table: str, columns: list[tuple[str, str]]) -> None:
    """Create the archive table, or add the columns a mart has gained since (never drops or retypes)."""
    target = f"{ARCHIVE_CATALOG}.main.{quote(table)}"
    if not has_table(con, table):
        cols = ", ".join(f"{quote(n)} {t}" for n, t in columns)
        con.execute(f"create table {target} (version_id bigint not null, {cols}, {ROW_HASH} varchar not null)")
        return
    existing = {n for n, _ in column_types(con, target)}
    for name, typ in columns:
        if name not in existing:
            con.execute(f"alter table {target} add column {quote(name)} {typ}")


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create the analyst views; unqualified names resolve inside the archive file itself."""
    con.execute(
        """
        create or replace view archive_history as
        select * exclude (diff), diff from versions;
        create or replace view archive_current as
        select * from versions
        qualify row_number() over (partition by grain, closed_period order by version desc) = 1;
        """
    )
    for table in ARCHIVED_TABLES:
        if not has_table(con, table):
            continue
        con.execute(
            f"""
            create or replace view {quote(table + "_history")} as
            select v.grain, v.closed_period, v.version, v.published_at, v.reason, t.* exclude ({ROW_HASH})
            from {quote(table)} as t
            inner join versions as v using (version_id);
            create or replace view {quote(table + "_current")} as
            select h.* from {quote(table + "_history")} as h
            inner join archive_current as c using (version_id);
            """
        )
    if has_table(con, "lineage") and has_table(con, "lineage_measures"):
        kept = {n for n, _ in column_types(con, f"{ARCHIVE_CATALOG}.main.lineage")}
        details = ", ".join(  # the 案号, dates and person name kept since lineage records them (null before)
            c if c in kept else f"null as {c}" for c in ("record_label", "record_start", "record_end", "person_name")
        )
        levels = " union all ".join(
            f"select version_id, measure, fact, period_type, period, '{level}' as level, {entity} as entity_id, "
            f"record_id, amount, {details} from lineage where {column} is not null"
            for level, entity, column in LINEAGE_LEVELS
        )
        con.execute(
            f"""
            create or replace view indicator_lineage_history as
            select v.grain, v.closed_period, v.version, m.indicator_id, m.definition_valid_from, l.level,
                l.entity_id, l.period_type, l.period, m.part, l.fact, l.measure, l.record_id, l.amount,
                l.record_label, l.record_start, l.record_end, l.person_name
            from ({levels}) as l
            inner join lineage_measures as m on l.version_id = m.version_id and l.measure = m.measure
            inner join versions as v on l.version_id = v.version_id;
            create or replace view indicator_lineage_current as
            select h.* from indicator_lineage_history as h
            inner join archive_current as c
                on h.grain = c.grain and h.closed_period = c.closed_period and h.version = c.version;
            """
        )


# ---------------------------------------------------------------------------------------------- versions


@dataclass(frozen=True)
class TableContent:
    name: str
    columns: list[tuple[str, str]]
    row_count: int
    content_hash: str

    def as_record(self) -> list:
        return [self.name, [list(c) for c in self.columns], self.row_count, self.content_hash]


def canonical(value) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def version_hash(fields: dict, tables: list[TableContent]) -> str:
    payload = {
        "version": {k: fields.get(k) for k in VERSION_FIELDS},
        "tables": sorted(t.as_record() for t in tables),
    }
    return hashlib.sha256(canonical(payload).encode()).hexdigest()


def results_hash(tables: list[TableContent]) -> str:
    """What idempotence compares: the content of every archived table (not the time, run or reason)."""
    return hashlib.sha256(canonical(sorted([t.name, t.content_hash] for t in tables)).encode()).hexdigest()


def chain_head(con: duckdb.DuckDBPyConnection) -> tuple[int, str] | None:
    return con.execute("select version_id, version_hash from versions order by version_id desc limit 1").fetchone()


def latest_version(con: duckdb.DuckDBPyConnection, grain: str, period: str) -> dict | None:
    cur = con.execute(
        "select * from versions where grain = ? and closed_period = ? order by version desc limit 1", [grain, period]
    )
    row = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], row, strict=True)) if row else None


def write_version(
    con: duckdb.DuckDBPyConnection, fields: dict, sources: dict[str, str], sealed: tuple[TableContent, ...] = ()
) -> dict:
    """Append a version: insert each source relation's rows (which carry `_row_hash`) and chain the version.

    `fields` holds the version's own fields except version_id, prev_hash and version_hash; `sealed`: contents of
    tables kept outside the version (the audit log's head) that its hash, and so its signature, covers too. The
    caller holds the transaction.
    """
    head = chain_head(con)
    fields = {**fields, "version_id": (head[0] + 1) if head else 1, "prev_hash": head[1] if head else None}
    tables = []
    for table, source in sources.items():
        columns = archived_columns(con, table, source)
        ensure_table(con, table, columns)
        names = ", ".join(quote(n) for n, _ in columns)
        con.execute(
            f"insert into {ARCHIVE_CATALOG}.main.{quote(table)} (version_id, {names}, {ROW_HASH}) "
            f"select ?, {names}, {ROW_HASH} from {source}",
            [fields["version_id"]],
        )
        count, digest = con.execute(f"select count(*), {content_hash_sql()} from {source}").fetchone()
        tables.append(TableContent(table, columns, count, digest))
        con.execute(
            "insert into version_tables values (?, ?, ?, ?, ?)",
            [fields["version_id"], table, canonical([list(c) for c in columns]), count, digest],
        )
    for content in sealed:
        tables.append(content)
        con.execute(
            "insert into version_tables values (?, ?, ?, ?, ?)",
            [fields["version_id"], content.name, canonical([list(c) for c in content.columns]), content.row_count,
             content.content_hash],
        )  # fmt: skip
    fields["version_hash"] = version_hash(fields, tables)
    cols = [*VERSION_FIELDS, "version_hash"]
    con.execute(
        f"insert into versions ({', '.join(cols)}) values ({', '.join('?' for _ in cols)})", [fields[c] for c in cols]
    )
    create_views(con)
    return fields


# ------------------------------------------------------------------------------------------------ verify


@dataclass(frozen=True)
class VerifyReport:
    versions: int
    rows: int
    head: str | None
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


_KEY_HINTS = ("indicator_id", "level", "entity_id", "period_type", "period", "line_number", "dimension", "kind",
              "list_position", "measure", "record_id", "part")  # fmt: skip


def verify(con: duckdb.DuckDBPyConnection) -> VerifyReport:
    """Recompute every row hash, table content hash and the version chain; list what does not match."""
    problems: list[str] = []
    cur = con.execute(f"select {', '.join([*VERSION_FIELDS, 'version_hash'])} from versions order by version_id")
    versions = [dict(zip([*VERSION_FIELDS, "version_hash"], r, strict=True)) for r in cur.fetchall()]
    recorded: dict[int, list[TableContent]] = {}
    for vid, name, cols, count, digest in con.execute(
        "select version_id, table_name, columns, row_count, content_hash from version_tables order by 1, 2"
    ).fetchall():
        recorded.setdefault(vid, []).append(TableContent(name, [tuple(c) for c in json.loads(cols)], count, digest))
    known = {v["version_id"] for v in versions}
    label = {v["version_id"]: f"version_id {v['version_id']} ({v['closed_period']} v{v['version']})" for v in versions}
    for vid in sorted(set(recorded) - known):
        problems.append(f"version_tables lists version_id {vid}, which is not in versions")

    rows = 0
    for table in ARCHIVED_TABLES:
        if not has_table(con, table):
            continue
        target = quote(table)
        stray = con.execute(
            f"select count(*) from {target} where version_id not in (select version_id from versions)"
        ).fetchone()[0]
        if stray:
            problems.append(f"{table}: {stray} row(s) belong to no published version (inserted outside courtperf)")
        rows += con.execute(f"select count(*) from {target}").fetchone()[0]
        by_columns: dict[str, list[int]] = {}
        for vid, contents in recorded.items():
            for t in contents:
                if t.name == table:
                    by_columns.setdefault(canonical([list(c) for c in t.columns]), []).append(vid)
        for cols_json, vids in by_columns.items():
            columns = [tuple(c) for c in json.loads(cols_json)]
            recomputed = row_hash_sql(columns)
            ids = ", ".join(str(v) for v in vids)
            keys = [n for n, _ in columns if n in _KEY_HINTS] or [n for n, _ in columns][:4]
            for row in con.execute(
                f"select version_id, {', '.join(quote(k) for k in keys)} from {target} "
                f"where version_id in ({ids}) and {ROW_HASH} is distinct from {recomputed} order by all limit 20"
            ).fetchall():
                where = ", ".join(f"{k}={v}" for k, v in zip(keys, row[1:], strict=True))
                problems.append(f"{table}: row changed outside courtperf in {label[row[0]]}: {where}")
            actual = dict(
                (r[0], (r[1], r[2]))
                for r in con.execute(
                    f"select version_id, count(*), {content_hash_sql(recomputed)} from {target} "
                    f"where version_id in ({ids}) group by version_id"
                ).fetchall()
            )
            for vid in vids:
                expected = next(t for t in recorded[vid] if t.name == table)
                count, digest = actual.get(vid, (0, hashlib.sha256(b"").hexdigest()))
                if count != expected.row_count:
                    problems.append(
                        f"{table}: {label.get(vid, vid)} has {count} rows, {expected.row_count} were published "
                        "(rows added or deleted outside courtperf)"
                    )
                elif digest != expected.content_hash:
                    problems.append(f"{table}: {label.get(vid, vid)}: content differs from what was published")

    previous = None
    for v in versions:
        if v["prev_hash"] != previous:
            problems.append(f"versions: {label[v['version_id']]} does not follow the previous version in the chain")
        if version_hash(v, recorded.get(v["version_id"], [])) != v["version_hash"]:
            problems.append(f"versions: {label[v['version_id']]}: its record or table hashes were changed")
        previous = v["version_hash"]
    return VerifyReport(len(versions), rows, previous, problems)


# -------------------------------------------------------------------------------------- export / import


def export_archive(con: duckdb.DuckDBPyConnection, out_dir: Path) -> dict:
    """One Parquet file per archive table and a manifest with row counts and the chain's head."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table in ("versions", "version_tables", "version_signatures", *ARCHIVED_TABLES, "audit_log"):
        if not has_table(con, table):
            continue
        con.execute(f"copy (select * from {quote(table)} order by all) to {_sql_path(out_dir / (table + '.parquet'))} "
                    "(format parquet)")  # fmt: skip
        counts[table] = con.execute(f"select count(*) from {quote(table)}").fetchone()[0]
    head = chain_head(con)
    manifest = {"tables": counts, "head_version_id": head[0] if head else None, "head_hash": head[1] if head else None}
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def import_archive(con: duckdb.DuckDBPyConnection, in_dir: Path) -> dict:
    """Restore an export into an empty archive; refuses to merge into one that holds versions."""
    in_dir = Path(in_dir)
    manifest_path = in_dir / "manifest.json"
    if not manifest_path.exists():
        raise ArchiveError(f"{in_dir} is not an archive export (no manifest.json)")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    if con.execute("select count(*) from versions").fetchone()[0]:
        raise ArchiveError("the archive already holds versions: import into a new archive file (COURTPERF_ARCHIVE)")
    for table in manifest["tables"]:
        source = f"read_parquet({_sql_path(in_dir / (table + '.parquet'))})"
        if table in ("versions", "version_tables"):
            con.execute(f"insert into {quote(table)} select * from {source}")
        else:
            con.execute(f"create or replace table {quote(table)} as select * from {source}")
    create_views(con)
    head = chain_head(con)
    if (head[1] if head else None) != manifest.get("head_hash"):
        raise ArchiveError("the imported chain's head does not match the export's manifest")
    return manifest
