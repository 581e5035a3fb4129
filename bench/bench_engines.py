"""Benchmark: the same dbt build on DuckDB and on Spark (local mode) from the same landed raw data.

    .venv/bin/python bench/bench_engines.py --scale tiny --years 1
    .venv/bin/python bench/bench_engines.py --scale ordos --years 2

Generates demo sources, lands them with `courtperf run`, then times, each as its own process tree (peak
memory is the sum of the tree's resident sizes, sampled every 0.2 s, so Spark's JVM counts):
- DuckDB: `dbt build` of every seed, snapshot and model (no tests);
- Spark: the raw export to Parquet, and `dbt build --target spark` of every seed and model (no tests).
Both builds export the marts (COURTPERF_EXPORT_DIR) and the exports are compared row for row. Needs the spark extra.
Results are printed and written to bench/out/engines_<scale>.json. Not a test: figures go in docs/spark.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from codegen.models import generate_indicator_models, generated_dir  # noqa: E402
from courtperf.settings import Settings  # noqa: E402
from engines.compare import EXPORT_DIR, compare_exports  # noqa: E402
from engines.spark import export_raw_parquet, spark_env  # noqa: E402

BIN = Path(sys.executable).parent
OUT = Path(__file__).resolve().parent / "out"
NO_TESTS = ["--exclude", "resource_type:test", "resource_type:unit_test"]


def _tree_rss_kb(root: int) -> int:
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            status = (entry / "status").read_text()
        except OSError:
            continue
        pid = int(entry.name)
        children.setdefault(int(stat[1]), []).append(pid)
        rss[pid] = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def _timed(cmd: list[str], env: dict[str, str], cwd: Path) -> dict[str, float]:
    """Run a command; its wall time and the peak resident size of its process tree."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = [0]

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = proc.communicate()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{output[-8000:]}")
    return {"seconds": round(time.perf_counter() - started, 1), "peak_rss_mb": round(peak[0] / 1024)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", default="tiny", choices=["tiny", "ordos", "province"])
    parser.add_argument("--years", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the working folder")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix=f"courtperf-engines-{args.scale}-"))
    settings = Settings.from_env({"COURTPERF_HOME": str(work)})
    env = {**os.environ, "COURTPERF_HOME": str(work), "COURTPERF_WAREHOUSE": str(settings.warehouse)}
    project = work / "dbt_project"
    shutil.copytree(ROOT / "dbt_project", project, ignore=shutil.ignore_patterns("target", "target-*", "logs"))
    sources = work / "sources"
    courtperf, dbt = str(BIN / "courtperf"), str(BIN / "dbt")
    result: dict = {"scale": args.scale, "years": args.years, "cpus": os.cpu_count()}
    subprocess.run([courtperf, "generate", "--out", str(sources), "--scale", args.scale, "--years", str(args.years)],
                   env=env, check=True, capture_output=True)  # fmt: skip
    subprocess.run([courtperf, "run", "--sources", str(sources / "sources.yaml")], env=env, check=True,
                   capture_output=True)  # fmt: skip
    generate_indicator_models(project / "config", generated_dir(project))
    exports = {engine: work / "exports" / engine for engine in ("duckdb", "spark")}
    exports["duckdb"].mkdir(parents=True)
    result["duckdb_build"] = _timed([dbt, "build", *NO_TESTS], {**env, EXPORT_DIR: str(exports["duckdb"])}, project)
    started = time.perf_counter()
    export_raw_parquet(settings.warehouse, settings.spark_raw)
    result["spark_raw_export_seconds"] = round(time.perf_counter() - started, 1)
    result["spark_build"] = _timed(
        [dbt, "build", *NO_TESTS, "--target", "spark", "--target-path", "target-spark"],
        spark_env(settings, {**env, EXPORT_DIR: str(exports["spark"])}),
        project,
    )
    comparisons = compare_exports(exports["duckdb"], exports["spark"])
    result["marts_identical"] = sum(c.identical for c in comparisons)
    result["marts_different"] = {c.mart: c.problems for c in comparisons if not c.identical}
    result["mart_rows"] = {c.mart: c.rows_left for c in comparisons}
    result["warehouse_mb"] = round(settings.warehouse.stat().st_size / 2**20)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    OUT.mkdir(exist_ok=True)
    (OUT / f"engines_{args.scale}.json").write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
