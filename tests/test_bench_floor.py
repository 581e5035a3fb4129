"""The benchmark's floor (bench/bench_indicators.py): one hand-written query, kept in several files for reading,
which still runs as one query over a warehouse and yields the core indicators."""

from __future__ import annotations

import shutil

import duckdb

from bench.bench_indicators import FLOOR_PARTS, floor_sql


def test_the_floor_files_make_one_query_over_the_marts(tiny_night, tmp_path):
    parts = sorted(FLOOR_PARTS.glob("*.sql"))
    assert len(parts) > 1 and all(len(p.read_text(encoding="utf-8").splitlines()) < 300 for p in parts)
    copy = tmp_path / "warehouse.duckdb"
    shutil.copyfile(tiny_night[0] / "warehouse.duckdb", copy)
    con = duckdb.connect(str(copy), read_only=True)
    try:
        rows, ids = con.execute(f"select count(*), count(distinct indicator_id) from ({floor_sql()})").fetchone()
    finally:
        con.close()
    assert rows > 10_000 and ids >= 40  # every core indicator of the spec, at every level and period
