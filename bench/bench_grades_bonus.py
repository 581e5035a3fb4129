"""Benchmark: what grades and the bonus add to closing periods, on a built warehouse (wall time, peak memory).

    .venv/bin/python bench/bench_grades_bonus.py --warehouse .courtperf/warehouse.duckdb --year 2025 --quarter 2025-Q4

- the `grades` model's build time in the latest night of the warehouse's home (dbt's run_results.json);
- after a warm-up close (the warehouse read once, so neither close below pays for a cold cache), closing the year
  into a new archive with the grades and, into another, without them (`archive.store.RESULT_TABLES`
  minus `grades`): the difference is what archiving the year's grades costs;
- closing the quarter, then `bonus.record.allocate_period` with a pool of 1,000,000 yuan for every court.
Archives go to a temporary folder; the warehouse is only read. Writes bench/out/grades_bonus_<label>.json.
Not a test: figures go in the README.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

import duckdb

from archive import store
from archive.close import close_period
from archive.periods import parse_period
from archive.signing import SigningKeys
from bonus.record import allocate_period
from bonus.rules import load_bonus_rules
from courtperf.settings import Settings

OUT = Path(__file__).resolve().parent / "out"


def night_seconds(home: Path, model: str = "model.courtperf.grades") -> float | None:
    """The model's execution time in the newest dbt run folder of the home that built it."""
    runs = sorted((home / "dbt_runs").glob("*/run_results.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for path in runs:
        for result in json.loads(path.read_text(encoding="utf-8"))["results"]:
            if result["unique_id"] == model:
                return round(result["execution_time"], 2)
    return None


def timed_close(period: str, warehouse: Path, archive: Path, keys: SigningKeys) -> float:
    started = time.perf_counter()
    close_period(parse_period(period), warehouse=warehouse, archive=archive, keys=keys,
                 heads_log=archive.with_suffix(".heads"))  # fmt: skip
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--warehouse", type=Path, required=True, help="a warehouse built by courtperf run")
    parser.add_argument("--year", required=True, help="an ended year of the warehouse, e.g. 2025")
    parser.add_argument("--quarter", required=True, help="an ended quarter, e.g. 2025-Q4")
    parser.add_argument("--label", help="name of the result file (default: the warehouse's folder name)")
    args = parser.parse_args()
    label = args.label or args.warehouse.resolve().parent.name
    keys = SigningKeys.from_settings(Settings.from_env())
    with duckdb.connect(str(args.warehouse), read_only=True) as con:
        courts = [c for (c,) in con.execute("select court_code from marts.dim_court order by 1").fetchall()]
        (graded,) = con.execute(
            "select count(*) from marts.grades where period_type = 'year' and period = ?", [args.year]
        ).fetchone()
    with tempfile.TemporaryDirectory(prefix="courtperf-bench-grades-") as work:
        folder = Path(work)
        warm_up = timed_close(args.quarter, args.warehouse, folder / "warm_up.duckdb", keys)  # caches warm for both
        with_grades = timed_close(args.year, args.warehouse, folder / "with.duckdb", keys)
        kept = store.RESULT_TABLES
        store.RESULT_TABLES = tuple(t for t in kept if t != "grades")
        try:
            without = timed_close(args.year, args.warehouse, folder / "without.duckdb", keys)
        finally:
            store.RESULT_TABLES = kept
        quarter_close = timed_close(args.quarter, args.warehouse, folder / "with.duckdb", keys)
        pools = folder / "pools.csv"
        pools.write_text("court_code,amount\n" + "".join(f"{c},1000000\n" for c in courts), encoding="utf-8")
        started = time.perf_counter()
        outcome = allocate_period(parse_period(args.quarter), pools, archive=folder / "with.duckdb",
                                  rules=load_bonus_rules())  # fmt: skip
        allocation = time.perf_counter() - started
    peak = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    result = {
        "warehouse": str(args.warehouse),
        "grades_model_seconds_in_night": night_seconds(args.warehouse.resolve().parent),
        "year": args.year,
        "graded_rows_of_year": graded,
        "close_year_seconds_with_grades": round(with_grades, 2),
        "close_year_seconds_without_grades": round(without, 2),
        "quarter": args.quarter,
        "close_quarter_seconds": round(quarter_close, 2),
        "warm_up_close_seconds": round(warm_up, 2),
        "allocation_seconds": round(allocation, 2),
        "allocated_people": len(outcome.allocations),
        "allocated_yuan": outcome.total,
        "peak_rss_mb": peak,
    }
    for key, value in result.items():
        print(f"{key:<36}{value}")
    OUT.mkdir(exist_ok=True)
    (OUT / f"grades_bonus_{label}.json").write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
