"""The Spark target: landed raw tables as Parquet, and dbt run against Spark instead of DuckDB.

Ingestion lands raw tables in DuckDB. For the `spark` dbt target they are exported once per night as
Parquet, one folder per table (`<raw_dir>/<system>__<table>/`); the dbt project's `on-run-start` hook
(macro `register_raw_sources`) declares each source as an external Parquet table in Spark's `raw` schema,
so staging reads the same rows on both engines. On a cluster, point COURTPERF_SPARK_RAW at shared
storage (HDFS, S3, OSS) that the cluster can read.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb

from courtperf.settings import DBT_PROJECT_DIR, Settings
from ingestion.contract import load_contract

DBT_EXECUTABLE = Path(sys.executable).parent / "dbt"
# dbt's own files for the spark target go to a folder of their own: the DuckDB manifest that Dagster reads stays
SPARK_TARGET = ("--target", "spark", "--target-path", "target-spark")
# landing's bookkeeping that dbt reads: sources `quality` (the defect worklist) and `extract` (statistics_start)
LANDING_SOURCES = ("_quarantine", "_defect_fixes", "_extract_settings")


def export_raw_parquet(warehouse: Path, raw_dir: Path) -> dict[str, int]:
    """Write every contract table of `raw`, and landing's bookkeeping that dbt reads (LANDING_SOURCES),
    to `<raw_dir>/<raw name>/data.parquet`, replacing what was there; return rows per table. Reads the
    warehouse read-only, so no writer may hold it."""
    counts: dict[str, int] = {}
    names = [*(table.raw_name for table in load_contract().load_order()), *LANDING_SOURCES]
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        for name in names:
            folder = raw_dir / name
            if folder.exists():
                shutil.rmtree(folder)
            folder.mkdir(parents=True)
            target = str(folder / "data.parquet").replace("'", "''")
            columns = "* exclude (row_json)" if name == "_quarantine" else "*"  # original values stay in DuckDB
            con.execute(f"copy (select {columns} from raw.{name}) to '{target}' (format parquet)")
            counts[name] = con.execute(f"select count(*) from raw.{name}").fetchone()[0]
    finally:
        con.close()
    return counts


def spark_env(settings: Settings, base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment dbt needs for the spark target: where Spark keeps its metastore and tables, where
    the raw Parquet is, and Spark bound to the loopback address (local mode talks to nothing else)."""
    env = dict(os.environ if base is None else base)
    env["COURTPERF_SPARK_HOME"] = str(settings.spark_home)
    env["COURTPERF_SPARK_RAW"] = str(settings.spark_raw)
    env.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    return env


def run_dbt_spark(
    args: list[str], settings: Settings, project_dir: Path = DBT_PROJECT_DIR
) -> subprocess.CompletedProcess:
    """`dbt <args> --target spark` in `project_dir`, with its own target folder so the DuckDB manifest
    that Dagster reads is left alone. Only one dbt-spark run may use a metastore at a time (Derby)."""
    command = [str(DBT_EXECUTABLE), *args, *SPARK_TARGET]
    return subprocess.run(command, cwd=project_dir, env=spark_env(settings), capture_output=True, text=True)


def add_commands(sub) -> None:
    """`courtperf spark export-raw | build [dbt build arguments]`."""
    spark = sub.add_parser("spark", help="the optional Spark target: export raw as Parquet, build the marts on Spark")
    actions = spark.add_subparsers(required=True, metavar="action")
    actions.add_parser("export-raw", help="write the warehouse's raw tables as Parquet for Spark").set_defaults(
        handler=_export_raw
    )
    build = actions.add_parser("build", help="export raw, then `dbt build --target spark` (extra dbt arguments follow)")
    build.add_argument("dbt_args", nargs=argparse.REMAINDER, help="after --, e.g. -- --select path:models/marts")
    build.set_defaults(handler=_build)


def _export_raw(args: argparse.Namespace, settings: Settings) -> int:
    counts = export_raw_parquet(settings.warehouse, settings.spark_raw)
    print(f"[courtperf] {sum(counts.values()):,} rows of {len(counts)} raw tables -> {settings.spark_raw}")
    return 0


def _build(args: argparse.Namespace, settings: Settings) -> int:
    if importlib.util.find_spec("pyspark") is None:
        print("[courtperf] the Spark target needs the extra: pip install -e .[spark]", file=sys.stderr)
        return 2
    _export_raw(args, settings)
    from codegen.models import generate_indicator_models

    generate_indicator_models()
    dbt_args = args.dbt_args[1:] if args.dbt_args[:1] == ["--"] else args.dbt_args
    result = run_dbt_spark(["build", *dbt_args], settings)
    print(result.stdout[-20000:], end="")
    print(result.stderr[-5000:], end="", file=sys.stderr)
    return result.returncode
