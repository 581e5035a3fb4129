"""Benchmark: the Great Expectations gate suites on a built warehouse (wall time per suite, peak memory).

    .venv/bin/python bench/bench_quality.py --warehouse .courtperf/warehouse.duckdb

Runs every suite of the publication and score gates (quality/suites.py) as the nightly run does: frames
read read-only from DuckDB, validated by GX checkpoints that also update a Data Docs site (in a temporary
folder). Reports seconds per suite (read and validate), rows validated, the total and the process's peak
RSS; writes bench/out/quality_<label>.json. Not a test: figures go in the README.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

from quality.runner import DataDocs, read_frames, validate_frames
from quality.suites import quarantine_suite, score_suites, staged_suites

OUT = Path(__file__).resolve().parent / "out"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--warehouse", type=Path, required=True, help="a warehouse built by courtperf run")
    parser.add_argument("--label", help="name of the result file (default: the warehouse's folder name)")
    args = parser.parse_args()
    label = args.label or args.warehouse.resolve().parent.name
    suites = [*staged_suites(), quarantine_suite("bench"), *score_suites()]
    results = []
    with tempfile.TemporaryDirectory(prefix="courtperf-bench-quality-") as work:
        docs = DataDocs(Path(work), "bench")
        started = time.perf_counter()
        for suite in suites:
            t0 = time.perf_counter()
            frames = read_frames(args.warehouse, suite)
            t1 = time.perf_counter()
            outcome = validate_frames(suite, frames, docs=docs)
            t2 = time.perf_counter()
            results.append(
                {
                    "suite": suite.name,
                    "rows": sum(len(f) for f in frames.values()),
                    "expectations": len(outcome),
                    "failed": sum(not r.success for r in outcome),
                    "read_seconds": round(t1 - t0, 2),
                    "validate_seconds": round(t2 - t1, 2),
                }
            )
            print(f"{suite.name:<24}{results[-1]['rows']:>12,} rows  read {t1 - t0:6.2f} s  validate {t2 - t1:6.2f} s")
        total = time.perf_counter() - started
    peak = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(f"all gate suites: {total:.1f} s, peak RSS {peak} MB")
    OUT.mkdir(exist_ok=True)
    out = OUT / f"quality_{label}.json"
    out.write_text(
        json.dumps({"warehouse": str(args.warehouse), "seconds": round(total, 1), "peak_rss_mb": peak,
                    "suites": results}, indent=1),
        encoding="utf-8",
    )  # fmt: skip
    print(f"written to {out}")


if __name__ == "__main__":
    main()
