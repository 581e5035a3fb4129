"""Reading a warehouse's landed rows in the end-to-end tests: counts per raw table, the last batch, and the check
that every row a batch read is loaded, quarantined or already there."""

from __future__ import annotations

from pathlib import Path

import duckdb

from ingestion.contract import load_contract


def query(warehouse: Path, sql: str, params=None):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def raw_counts(warehouse: Path) -> dict[str, int]:
    return {
        t.raw_name: query(warehouse, f'select count(*) from raw."{t.raw_name}"')[0][0] for t in load_contract().tables
    }


def last_batch(warehouse: Path, first: bool = False) -> str:
    order = "asc" if first else "desc"
    return query(warehouse, f"select batch_id from raw._load_log order by finished_at {order} limit 1")[0][0]


def assert_rows_accounted_for(warehouse: Path, batch_id: str) -> None:
    rows = query(
        warehouse,
        "select table_name, read, loaded, quarantined, already_loaded from raw._load_log where batch_id = ?",
        [batch_id],
    )
    assert len(rows) == len(load_contract().tables)
    for table, read, loaded, quarantined, already in rows:
        assert read == loaded + quarantined + already, table
    quarantined_rows = query(warehouse, "select count(*) from raw._quarantine where batch_id = ?", [batch_id])
    assert quarantined_rows[0][0] == sum(r[3] for r in rows)
