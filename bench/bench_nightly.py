"""Benchmark: generate demo sources at a scale, then time `courtperf run` on them (wall time, peak memory): the
first night, the same night again (nothing new), and a night with the next day's changes, each against the first,
and how many periods that night computed (docs/incremental.md).

    .venv/bin/python bench/bench_nightly.py --scale ordos --years 2
    .venv/bin/python bench/bench_nightly.py --scale province --years 1

Each step runs as its own process, so its peak RSS is measured on its own (ru_maxrss of the child).
Results are printed and written to bench/out/nightly_<scale>.json. Not a test: figures go in the README.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
OUT = Path(__file__).resolve().parent / "out"


def _timed(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    """Run a command as a child process; its wall time and its own peak RSS."""
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # child: become the command, so ru_maxrss below is the command's own peak
        os.execve(cmd[0], cmd, env)
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd)} failed with {os.waitstatus_to_exitcode(status)}")
    # ru_maxrss is in KiB on Linux
    return {"seconds": round(seconds, 1), "peak_rss_mb": round(usage.ru_maxrss / 1024)}


def _periods_computed(warehouse: Path) -> dict[str, int]:
    """How many periods the last night computed (docs/incremental.md), of how many the calendar holds."""
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        count = "select count(*) from intermediate.{}"
        return {
            "computed": con.execute(count.format("int_indicator_build_periods")).fetchone()[0],
            "calendar": con.execute(count.format("int_indicator_periods")).fetchone()[0],
        }
    finally:
        con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", default="ordos", choices=["tiny", "ordos", "province"])
    parser.add_argument("--years", type=int, default=2)
    parser.add_argument("--keep", action="store_true", help="keep the working folder")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix=f"courtperf-bench-{args.scale}-"))
    env = {**os.environ, "COURTPERF_HOME": str(work)}
    courtperf = str(BIN / "courtperf")
    sources = work / "sources"
    result = {"scale": args.scale, "years": args.years, "cpus": os.cpu_count()}
    result["generate"] = _timed(
        [courtperf, "generate", "--out", str(sources), "--scale", args.scale, "--years", str(args.years)], env
    )
    result["run"] = _timed([courtperf, "run", "--sources", str(sources / "sources.yaml")], env)
    # a night with nothing new (orchestration/unchanged_night.py), then a night with one day of changes
    result["rerun_same_night"] = _timed([courtperf, "run", "--sources", str(sources / "sources.yaml")], env)
    _timed([courtperf, "generate", "--out", str(sources), "--next-night"], env)
    result["next_night"] = _timed([courtperf, "run", "--sources", str(sources / "sources.yaml")], env)
    for night in ("rerun_same_night", "next_night"):
        result[f"{night}_vs_first"] = {
            "time": round(result[night]["seconds"] / result["run"]["seconds"], 3),
            "peak_memory": round(result[night]["peak_rss_mb"] / result["run"]["peak_rss_mb"], 3),
        }
    result["warehouse_mb"] = round((work / "warehouse.duckdb").stat().st_size / 2**20)
    result["next_night_periods"] = _periods_computed(work / "warehouse.duckdb")
    generation = json.loads((sources / "generation.json").read_text(encoding="utf-8"))
    result["source_rows"] = sum(generation["rows"].values())
    print(json.dumps(result, indent=2))
    OUT.mkdir(exist_ok=True)
    (OUT / f"nightly_{args.scale}.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
