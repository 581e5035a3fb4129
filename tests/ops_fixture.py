"""Small hand-made sources for the operations tests: an hr database with two courts, and a one-table run."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import duckdb
from dagster import AssetKey, DagsterInstance, RetryPolicy, materialize

from orchestration.ingestion_assets import build_ingestion_assets
from orchestration.resources import SourcesResource, WarehouseResource

COURTS = [
    ("内06", "鄂尔多斯市中级人民法院", "intermediate", None, 2_200_000, "2024-01-01 00:00:00"),
    ("内0602", "东胜区人民法院", "basic", "内06", 600_000, "2024-01-02 00:00:00"),
]
COURTS_KEY = AssetKey(["raw", "hr", "courts"])
FAST_RETRY = RetryPolicy(max_retries=4, delay=0.5)  # the production policy's shape, with test-sized delays


def courts_db(path: Path, rows=COURTS) -> Path:
    con = sqlite3.connect(path)
    con.execute(
        "create table courts (court_code text, court_name text, level text, parent_court_code text, "
        "jurisdiction_population integer, updated_at text)"
    )
    con.executemany("insert into courts values (?, ?, ?, ?, ?, ?)", rows)
    con.commit()
    con.close()
    return path


def sources_yaml(folder: Path, hr_url: str) -> Path:
    path = folder / "sources.yaml"
    path.write_text(f'systems:\n  hr: {{url: "{hr_url}"}}\n', encoding="utf-8")
    return path


def land_courts(
    instance: DagsterInstance, warehouse: Path, sources_file: Path, retry_policy: RetryPolicy | None = FAST_RETRY
):
    """Materialize raw/hr/courts alone, in process, as the nightly job would (same asset, same resources)."""
    (courts,) = [a for a in build_ingestion_assets(retry_policy) if a.key == COURTS_KEY]
    return materialize(
        [courts],
        instance=instance,
        resources={
            "warehouse": WarehouseResource(path=str(warehouse)),
            "sources": SourcesResource(sources_file=str(sources_file)),
        },
        raise_on_error=False,
    )


def landed_courts(warehouse: Path) -> list[str]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return [r[0] for r in con.execute("select court_code from raw.hr__courts order by 1").fetchall()]
