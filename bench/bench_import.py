"""Benchmark: importing the Dagster Definitions, as every Dagster process, `courtperf` command and test does.

    .venv/bin/python -m bench.bench_import --runs 7

Each run is a fresh interpreter (`python -c "import orchestration.definitions"`, the manifest prepared by set-up),
timed from start to exit; inside it, the share of `import dagster, dagster_dbt` (the libraries alone) and of the
project's own modules (the manifest read into assets, the contract's tables into checks). Reports every run, the
fastest and the median, and the peak RSS of the runs; writes bench/out/import.json. Not a test: the target (3 s)
and the figures go in the README.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = Path(__file__).resolve().parent / "out"
CHILD = """
import json, sys, time
started = time.perf_counter()
import dagster, dagster_dbt
libraries = time.perf_counter()
import orchestration.definitions
done = time.perf_counter()
print(json.dumps({"libraries": libraries - started, "project": done - libraries, "pandas": "pandas" in sys.modules}))
"""


def one_run() -> dict:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"importing the Definitions failed:\n{done.stderr[-3000:]}")
    return {"wall": wall, **json.loads(done.stdout.splitlines()[-1])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="fresh interpreters to time (default 7)")
    args = parser.parse_args()
    runs = []
    for number in range(1, args.runs + 1):
        runs.append(one_run())
        r = runs[-1]
        print(f"run {number}: {r['wall']:.2f} s  (dagster + dagster_dbt {r['libraries']:.2f} s, "
              f"courtperf's modules {r['project']:.2f} s; pandas loaded: {r['pandas']})")  # fmt: skip
    walls = [r["wall"] for r in runs]
    peak = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    summary = {
        "runs": runs,
        "fastest": round(min(walls), 2),
        "median": round(statistics.median(walls), 2),
        "peak_rss_mb": peak,
    }
    print(f"import orchestration.definitions: fastest {summary['fastest']} s, median {summary['median']} s, "
          f"peak RSS {peak} MB (target: under 3 s)")  # fmt: skip
    OUT.mkdir(exist_ok=True)
    (OUT / "import.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
