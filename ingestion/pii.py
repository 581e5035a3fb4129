"""Parties' and petitioners' personal information is masked as it lands: the warehouse never holds it in clear.

Every contract column marked `pii: true` (names, ID and phone numbers) is replaced, before any check or
quarantine sees the row, by its keyed hash: lowercase hex SHA-256 of (key || value), null stays null. The key
is COURTPERF_PII_HASH_KEY; it lives only in this process's memory, so it is in no view definition, dbt
manifest, compiled SQL, log or published copy, and whoever reads the warehouse cannot undo the masking by
hashing guessed names or ID numbers.

Because hash(key || coalesce(id, name)) = coalesce(hash(key || id), hash(key || name)), staging builds a
party's key from the masked columns alone. Warehouses landed before masking moved here hold clear values:
`mask_landed_pii` masks them once, in place, and records that it did (`raw._pii_masked`).
"""

from __future__ import annotations

import hashlib

import duckdb
import pandas as pd

from ingestion.contract import Table, load_contract

MASKED_MARKER = "raw._pii_masked"
BLANK = " \t\r\n"  # what landing trims before calling a value missing (ingestion/checks.py)


def keyed_hash(key: str, value: str) -> str:
    return hashlib.sha256((key + value).encode("utf-8")).hexdigest()


def mask_pii(frame: pd.DataFrame, table: Table, key: str) -> pd.DataFrame:
    """The frame with each PII value of `table` replaced by its keyed hash (each distinct value hashed once).
    Blank values stay as they are, so the contract's checks still see a missing name as missing."""
    columns = [c for c in table.pii_columns if c in frame.columns]
    if not columns:
        return frame
    masked = frame.copy()
    for column in columns:
        values = masked[column]
        text = values.astype("string")
        present = text.notna() & (text.str.strip(BLANK) != "")
        hashes = {v: keyed_hash(key, v) for v in text[present].unique()}
        masked[column] = text.where(~present, text[present].map(hashes))
    return masked


def mask_landed_pii(con: duckdb.DuckDBPyConnection, key: str, *, raw_existed: bool) -> None:
    """Mask the clear PII of a warehouse landed before masking moved into landing, once. A new warehouse
    (`raw_existed` False) has none and is only marked."""
    if con.execute(
        "select count(*) from duckdb_tables() where schema_name = 'raw' and table_name = '_pii_masked'"
    ).fetchone()[0]:
        return
    if raw_existed:
        for table in load_contract().tables:
            if not table.pii_columns:
                continue
            sets = ", ".join(f'"{c}" = sha256($key || "{c}")' for c in table.pii_columns)
            con.execute(f'update raw."{table.raw_name}" set {sets}', {"key": key})
            patch = ", ".join(f"'{c}', sha256($key || (row_json ->> '{c}'))" for c in table.pii_columns)
            con.execute(
                f"update raw._quarantine set row_json = json_merge_patch(row_json, json_object({patch})) "
                "where system = $system and table_name = $table and row_json is not null",
                {"key": key, "system": table.system, "table": table.name},
            )
    con.execute(
        f"create table {MASKED_MARKER} as select now()::timestamp as masked_at, $existed as had_clear_rows",
        {"existed": raw_existed},
    )
