"""Publishing the marts for readers: a read-only copy swapped in atomically, so readers never block the night.

DuckDB allows one writer or many readers per file, never both: a BI tool or the dashboard holding the
warehouse open would make the nightly run fail on the file lock, and a reader during the run could see
half-built marts. So readers never open the warehouse. The nightly job ends with `published_marts`
(orchestration/publish.py; after the marts, the publication gate, the scores and the score gate; in the
`warehouse` pool): it copies every mart (views materialised as tables) and the quality summary into a new
file beside the readers' file (`COURTPERF_PUBLISHED`) and `os.replace`s it over that file. A reader that holds
the old file keeps reading the previous complete state (its open file is the old inode); the next connection
sees the new one. When a blocking gate fails, Dagster does not run this step: readers keep the last published state.

The readers' copy is what BI tools open, so it leaves out conduct records (纪检监察's) and parties' and petitioners'
data (RESTRICTED_TABLES) unless COURTPERF_PUBLISH_RESTRICTED names their kind; when COURTPERF_PUBLISHED_RESTRICTED
is set, a second copy with everything is published there, for the people who may read it (docs/bi.md).
"""

import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from courtperf.settings import RESTRICTED_KINDS, WAREHOUSE_CATALOG

PUBLISHED_SCHEMAS = ("marts", "quality")
RESTRICTED_TABLES = {  # kind (settings.RESTRICTED_KINDS) -> marts left out of the readers' copy unless included
    "conduct": ("fct_conduct_events", "integrity_signals"),
    "parties": ("fct_case_parties", "fct_petitions", "party_profile"),
}
# kind -> (mart, columns) kept in the readers' copy but emptied unless included: a conduct deduction's event type and
# date in a score explanation (the line, its points and the dimension stay: they make up the person's total)
RESTRICTED_COLUMNS = {
    "conduct": (
        ("score_explanations", ("event_type", "event_date")),
        ("grades", ("veto_event_id", "veto_event_type", "veto_event_date")),
    ),
    "parties": (),
}
assert set(RESTRICTED_TABLES) == set(RESTRICTED_COLUMNS) == set(RESTRICTED_KINDS)
PUBLICATION_TABLE = "main.publication"  # one row: which run, when, from where, how many rows per table


class PublishError(RuntimeError):
    """Nothing to publish (no warehouse, no marts) or no published copy to read yet."""


@dataclass(frozen=True)
class Publication:
    path: Path
    run_id: str | None
    published_at: str
    tables: dict[str, int]
    seconds: float
    left_out: tuple[str, ...] = ()  # restricted marts not copied


def _sql_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def publish(warehouse: Path, published: Path, run_id: str | None = None, include: tuple[str, ...] = ()) -> Publication:
    """Copy the warehouse's marts and quality tables into a new file and swap it in atomically; the restricted
    marts only of the kinds in `include`."""
    started = time.perf_counter()
    warehouse, published = Path(warehouse), Path(published)
    if not warehouse.exists():
        raise PublishError(f"no warehouse at {warehouse}: run the nightly job first (courtperf run)")
    published.parent.mkdir(parents=True, exist_ok=True)
    staging = published.with_name(f".{published.name}.{os.getpid()}.new")
    staging.unlink(missing_ok=True)
    published_at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    con = duckdb.connect()
    try:
        con.execute("set enable_progress_bar = false")
        # under dbt's catalog name: marts that dbt publishes as views name their tables through it
        con.execute(f"attach {_sql_path(warehouse)} as {WAREHOUSE_CATALOG} (read_only)")
        relations = _relations(con)
        if not any(schema == "marts" for schema, _ in relations):
            raise PublishError(f"the warehouse {warehouse} has no marts: run the nightly job first")
        excluded = {("marts", t) for kind, tables in RESTRICTED_TABLES.items() if kind not in include for t in tables}
        left_out = tuple(f"{schema}.{name}" for schema, name in relations if (schema, name) in excluded)
        relations = [r for r in relations if r not in excluded]
        con.execute(f"attach {_sql_path(staging)} as published")
        counts = {}
        for schema in sorted({s for s, _ in relations}):
            con.execute(f"create schema published.{schema}")
        emptied = {table: columns for kind, pairs in RESTRICTED_COLUMNS.items() if kind not in include
                   for table, columns in pairs}  # fmt: skip
        for schema, name in relations:
            blank = [c for c in emptied.get(name, ()) if schema == "marts"]
            # `case when false then c end`: null, of the column's own type, so the copy keeps the mart's contract
            replace = f" replace ({', '.join(f'case when false then {c} end as {c}' for c in blank)})" if blank else ""
            con.execute(
                f'create table published.{schema}."{name}" as '
                f'select *{replace} from {WAREHOUSE_CATALOG}.{schema}."{name}"'
            )
            counts[f"{schema}.{name}"] = con.execute(f'select count(*) from published.{schema}."{name}"').fetchone()[0]
        con.execute(
            f"create table published.{PUBLICATION_TABLE} as select ? as run_id, ? as published_at, "
            "? as warehouse, ? as tables",
            [run_id, published_at, str(warehouse), json.dumps(counts)],
        )
        con.execute("detach published")
    except BaseException:
        con.close()
        staging.unlink(missing_ok=True)
        raise
    con.close()
    os.replace(staging, published)
    return Publication(published, run_id, published_at, counts, time.perf_counter() - started, left_out)


def _relations(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    schemas = ", ".join(f"'{s}'" for s in PUBLISHED_SCHEMAS)
    return con.execute(
        f"select schema_name, table_name from duckdb_tables() where database_name = ? and schema_name in ({schemas}) "
        f"union all select schema_name, view_name from duckdb_views() where database_name = ? and not internal "
        f"and schema_name in ({schemas}) order by 1, 2",
        [WAREHOUSE_CATALOG, WAREHOUSE_CATALOG],
    ).fetchall()


@contextmanager
def read_published(published: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to the published marts, for one query or one page: open late, close early."""
    published = Path(published)
    if not published.exists():
        raise PublishError(
            f"no published marts at {published}: the nightly job publishes them after a run that passes the "
            "quality gate (courtperf run)"
        )
    con = duckdb.connect(str(published), read_only=True)
    try:
        yield con
    finally:
        con.close()


def publication_info(published: Path) -> dict:
    with read_published(published) as con:
        cur = con.execute(f"select run_id, published_at, warehouse, tables from {PUBLICATION_TABLE}")
        names = [d[0] for d in cur.description]
        row = dict(zip(names, cur.fetchone(), strict=True))
    row["tables"] = json.loads(row["tables"])
    return row
