"""Benchmark: the indicator engine (all indicators x levels x periods) against a hand-written floor query.

    .venv/bin/python bench/bench_indicators.py --scale ordos --years 2
    .venv/bin/python bench/bench_indicators.py --scale province --years 1
    .venv/bin/python bench/bench_indicators.py --warehouse path/to/warehouse.duckdb   # marts already built

Measured, each step in its own child process so its peak RSS (ru_maxrss via os.wait4) is its own:
- floor: bench/floor_core_indicators/*.sql, ONE DuckDB query computing the core indicators of
  shared/spec/core_indicators.md from the marts (read-only connection on a copy of the warehouse, its rows
  kept in a temp table);
- floor as a dbt model: the same query as the one model of `dbt run --select bench_floor_core_indicators`
  in a copy of the core project, its rows written to the warehouse like the engine's: the like-for-like
  baseline for the engine's run phase (same harness, same kind of output);
- engine, core catalog: only the core ids of the real catalog (dbt_project/config/indicators) compiled
  into a private copy of dbt_project/, then `dbt run --select path:models/intermediate/indicators` on a warehouse copy;
- engine, full catalog: the same with the whole real catalog.
The engine's dbt time includes dbt's start-up and parse; run_results.json gives the execution phase and
each model's own time. Each step runs --repeat times, interleaved, and the fastest run is reported (the
machine may be shared; for dbt steps the fastest run phase); every run's time is kept in the results.
Ratios: the engine's run phase over the floor's process time, and over the floor model's run phase.

Validation: the floor's rows are compared with the engine's core-only marts.indicator_values on
(indicator_id, level, entity_id, period_type, period); numerator, denominator and value must be equal
within 1e-9 relative (absolute below 1), nulls equal to nulls. The engine also emits rows for entities
with no activity at all (every person posted in the period, every department); the floor emits only
entities with activity (and every court). A row present on one side only is accepted when its numerator,
denominator and value are all 0 or null ("zero rows"), and is a mismatch otherwise.

With --scale a warehouse is built first (courtperf generate + courtperf run in a temporary COURTPERF_HOME);
that build is reported but is not what is measured. Results are printed and written to
bench/out/indicators_<scale>.json. Not a test: figures go in the README.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import yaml

REPO = Path(__file__).resolve().parent.parent
BIN = REPO / ".venv" / "bin" if (REPO / ".venv" / "bin" / "dbt").exists() else Path(sys.executable).parent
OUT = Path(__file__).resolve().parent / "out"
FLOOR_PARTS = Path(__file__).resolve().parent / "floor_core_indicators"  # one query, in files read in name order
DBT_PROJECT = REPO / "dbt_project"
SPEC = REPO.parent / "shared" / "spec" / "core_indicators.md"  # the shared spec folder beside the checkout
KEYS = ("indicator_id", "level", "entity_id", "period_type", "period")
FLOOR_MODEL = "bench_floor_core_indicators"

# Run in the floor's child process: time the query alone too (the child's wall time adds Python start-up).
FLOOR_CHILD = """
import duckdb, json, sys, time
sql = open(sys.argv[2], encoding="utf-8").read()
con = duckdb.connect(sys.argv[1], read_only=True)
con.execute("set enable_progress_bar = false")
started = time.perf_counter()
con.execute("create temp table floor_values as " + sql)
rows = con.execute("select count(*) from floor_values").fetchone()[0]
print(json.dumps({"query_seconds": time.perf_counter() - started, "rows": rows}))
"""


def _timed(cmd: list[str], env: dict[str, str], stdout: Path | None = None) -> dict:
    """Run a command as a child process; its wall time and its own peak RSS (stdout to a file if given)."""
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # child: become the command, so ru_maxrss below is the command's own peak
        if stdout is not None:
            fd = os.open(stdout, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.dup2(fd, 1)
            os.dup2(fd, 2)
        os.execve(cmd[0], cmd, env)
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        tail = stdout.read_text(encoding="utf-8", errors="replace")[-3000:] if stdout else ""
        raise SystemExit(f"{' '.join(cmd)} failed with {os.waitstatus_to_exitcode(status)}\n{tail}")
    # ru_maxrss is in KiB on Linux
    return {"seconds": round(seconds, 2), "peak_rss_mb": round(usage.ru_maxrss / 1024)}


def floor_sql() -> str:
    """The floor query: ONE query, kept in the files of FLOOR_PARTS (read in name order) to read them one by one."""
    return "".join(part.read_text(encoding="utf-8") for part in sorted(FLOOR_PARTS.glob("*.sql")))


def core_ids(spec: Path) -> list[str]:
    """The ids of core_indicators.md: first column of its tables, and the `weighted_workload` section."""
    text = spec.read_text(encoding="utf-8")
    ids = [i for i in re.findall(r"^\| ([a-z][a-z0-9_]+) \|", text, re.M) if i != "id"]
    ids += re.findall(r"^`([a-z][a-z0-9_]+)` \(levels", text, re.M)
    return list(dict.fromkeys(ids))


def core_config(real: Path, dest: Path, ids: list[str]) -> Path:
    """A private catalog with only the given ids, taken from the real YAML (same domains and defaults)."""
    dest.mkdir(parents=True)
    shutil.copy2(real / "categories.yaml", dest / "categories.yaml")
    shutil.copytree(real / "workload", dest / "workload")
    (dest / "indicators").mkdir()
    found: set[str] = set()
    for path in sorted((real / "indicators").glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        kept = [e for e in doc.get("indicators") or [] if e.get("id") in ids]
        if kept:
            found |= {e["id"] for e in kept}
            out = {**{k: v for k, v in doc.items() if k != "indicators"}, "indicators": kept}
            (dest / "indicators" / path.name).write_text(
                yaml.safe_dump(out, allow_unicode=True, sort_keys=False), encoding="utf-8"
            )
    missing = sorted(set(ids) - found)
    if missing:
        raise SystemExit(f"core ids not in the real catalog: {missing}")
    return dest


def private_project(source: Path, dest: Path, config: Path) -> tuple[Path, object]:
    """Copy dbt_project/ (without target/, logs/, generated models), with `config` as its catalog, and
    generate the indicator models into the copy."""
    from codegen.models import configuration_dir, generate_indicator_models, generated_dir

    def ignore(folder: str, names: list[str]) -> set[str]:
        here = Path(folder).resolve()
        skip = {"target", "logs", "dbt_packages"} if here == source.resolve() else set()
        if here == (source / "models" / "indicators").resolve():
            skip.add("generated")
        if here == (source / "models").resolve():
            skip.add("configuration")
        return skip & set(names)

    shutil.copytree(source, dest, ignore=ignore)
    shutil.rmtree(dest / "config")
    shutil.copytree(config, dest / "config")
    catalog = generate_indicator_models(dest / "config", generated_dir(dest), configuration_dir(dest))
    return dest, catalog


def floor_project(core_project: Path, dest: Path) -> Path:
    """The core project with the floor query added as one more model (`bench/<FLOOR_MODEL>.sql`, a table),
    so that the floor can also be timed the way the engine is: `dbt run` in the same project, its rows
    written to the warehouse."""
    shutil.copytree(core_project, dest, ignore=shutil.ignore_patterns("target", "logs"))
    # the floor names marts.x and intermediate.x; in dbt's session the warehouse is attached as `courtperf`
    sql = re.sub(r"\b(marts|intermediate)\.", r"courtperf.\1.", floor_sql())
    (dest / "models" / "bench").mkdir()
    (dest / "models" / "bench" / f"{FLOOR_MODEL}.sql").write_text(
        "{{ config(materialized='table') }}\n" + sql, encoding="utf-8"
    )
    return dest


def run_engine(name: str, project: Path, warehouse: Path, work: Path) -> dict:
    result = run_dbt(name, project, warehouse, work, "path:models/intermediate/indicators")
    with duckdb.connect(result["warehouse"], read_only=True) as con:
        rows, indicators = con.execute(
            "select count(*), count(distinct indicator_id) from marts.indicator_values"
        ).fetchone()
    result["indicator_values_rows"] = rows
    result["indicators_with_rows"] = indicators
    return result


def run_floor_model(project: Path, warehouse: Path, work: Path) -> dict:
    result = run_dbt("floor_model", project, warehouse, work, FLOOR_MODEL)
    with duckdb.connect(result.pop("warehouse"), read_only=True) as con:
        result["rows"] = con.execute(f"select count(*) from main.{FLOOR_MODEL}").fetchone()[0]
    return result


def run_dbt(name: str, project: Path, warehouse: Path, work: Path, select: str) -> dict:
    """`dbt run --select <select>` on a fresh copy of the warehouse: wall time, peak memory, run phase and
    each model's time."""
    copy = work / f"warehouse_{name}.duckdb"
    shutil.copy2(warehouse, copy)
    shutil.rmtree(project / "target", ignore_errors=True)  # every run parses in full, like the first
    env = {**os.environ, "COURTPERF_WAREHOUSE": str(copy), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    cmd = [
        str(BIN / "dbt"),
        "run",
        "--select",
        select,
        "--project-dir",
        str(project),
        "--profiles-dir",
        str(project),
    ]
    result = _timed(cmd, env, stdout=work / f"dbt_{name}.log")
    run_results = json.loads((project / "target" / "run_results.json").read_text(encoding="utf-8"))
    models = sorted(
        ((r["unique_id"].split(".")[-1], r["execution_time"]) for r in run_results["results"]),
        key=lambda m: -m[1],
    )
    # run_results' elapsed_time is dbt's execution phase; the rest of the wall time is start-up and parse
    result["run_phase_seconds"] = round(run_results["elapsed_time"], 2)
    result["startup_and_parse_seconds"] = round(result["seconds"] - run_results["elapsed_time"], 2)
    result["models_seconds"] = round(sum(t for _, t in models), 2)
    by_kind: dict[str, float] = {}
    for model, seconds in models:
        kind = re.sub(r"__.*", "__*", model)
        by_kind[kind] = by_kind.get(kind, 0.0) + seconds
    result["models_seconds_by_kind"] = {k: round(v, 2) for k, v in sorted(by_kind.items(), key=lambda kv: -kv[1])}
    result["models"] = len(models)
    result["slowest_models"] = [{"model": m, "seconds": round(t, 2)} for m, t in models[:12]]
    result["warehouse"] = str(copy)
    return result


def run_floor(warehouse: Path, work: Path) -> dict:
    copy = work / "warehouse_floor.duckdb"
    shutil.copy2(warehouse, copy)
    out, sql = work / "floor.out", work / "floor_core_indicators.sql"
    sql.write_text(floor_sql(), encoding="utf-8")
    result = _timed([sys.executable, "-c", FLOOR_CHILD, str(copy), str(sql)], dict(os.environ), stdout=out)
    child = json.loads(out.read_text(encoding="utf-8").strip().splitlines()[-1])
    result["query_seconds"] = round(child["query_seconds"], 2)
    result["rows"] = child["rows"]
    return result


def validate(engine_warehouse: Path) -> dict:
    """Compare the floor's rows with the engine's core-only indicator_values (see the module docstring)."""
    con = duckdb.connect(str(engine_warehouse), read_only=True)
    con.execute("set enable_progress_bar = false")
    con.execute("create temp table floor_values as " + floor_sql())
    keys = ", ".join(KEYS)
    con.execute(
        "create temp macro pg_eq(a, b) as (a is null and b is null) or "
        "(a is not null and b is not null and abs(a - b) <= 1e-9 * greatest(1.0, abs(a), abs(b)))"
    )
    con.execute("create temp macro pg_zero(a) as a is null or a = 0")
    con.execute(
        f"""
        create temp table compared as
        select
            coalesce(e.indicator_id, f.indicator_id) as indicator_id,
            coalesce(e.level, f.level) as level,
            coalesce(e.entity_id, f.entity_id) as entity_id,
            coalesce(e.period_type, f.period_type) as period_type,
            coalesce(e.period, f.period) as period,
            e.numerator as engine_numerator, e.denominator as engine_denominator, e.value as engine_value,
            f.numerator as floor_numerator, f.denominator as floor_denominator, f.value as floor_value,
            case
                when e.indicator_id is not null and f.indicator_id is not null then
                    case
                        when pg_eq(e.numerator, f.numerator) and pg_eq(e.denominator, f.denominator)
                            and pg_eq(e.value, f.value) then 'equal'
                        else 'different'
                    end
                when e.indicator_id is not null then
                    case
                        when pg_zero(e.numerator) and pg_zero(e.denominator) and pg_zero(e.value)
                            then 'engine_only_zero'
                        else 'missing_in_floor'
                    end
                else
                    case
                        when pg_zero(f.numerator) and pg_zero(f.denominator) and pg_zero(f.value)
                            then 'floor_only_zero'
                        else 'missing_in_engine'
                    end
            end as status
        from (select {keys}, numerator, denominator, value from marts.indicator_values) as e
        full join floor_values as f
            on e.indicator_id = f.indicator_id and e.level = f.level and e.entity_id = f.entity_id
            and e.period_type = f.period_type and e.period = f.period
        """
    )
    counts = dict(con.execute("select status, count(*) from compared group by 1 order by 1").fetchall())
    bad = con.execute(
        """
        select indicator_id, status, count(*) as n
        from compared where status not in ('equal', 'engine_only_zero', 'floor_only_zero')
        group by all order by indicator_id, status
        """
    ).fetchall()
    samples = con.execute(
        """
        select * exclude (rn) from (
            select *, row_number() over (partition by indicator_id, status order by level, entity_id, period)
                as rn
            from compared where status not in ('equal', 'engine_only_zero', 'floor_only_zero')
        ) where rn <= 3 order by indicator_id, status, level
        """
    ).fetchall()
    columns = [d[0] for d in con.description]
    con.close()
    return {
        "rule": "keys equal; numerator, denominator, value equal within 1e-9 relative (absolute below 1), "
        "null = null; a row on one side only passes when its numerator, denominator and value are 0 or null",
        "status_counts": counts,
        "ok": not bad,
        "mismatches_by_indicator": [{"indicator_id": i, "status": s, "rows": n} for i, s, n in bad],
        "mismatch_samples": [dict(zip(columns, row, strict=True)) for row in samples],
    }


def build_warehouse(scale: str, years: int, work: Path) -> tuple[Path, dict]:
    home = work / "home"
    env = {**os.environ, "COURTPERF_HOME": str(home)}
    for var in ("COURTPERF_WAREHOUSE", "DAGSTER_HOME", "COURTPERF_DEMO_SOURCES", "COURTPERF_SOURCES"):
        env.pop(var, None)
    courtperf = str(BIN / "courtperf")
    sources = home / "sources"
    build = {
        "generate": _timed(
            [courtperf, "generate", "--out", str(sources), "--scale", scale, "--years", str(years)],
            env,
            stdout=work / "generate.log",
        ),
        "run": _timed([courtperf, "run", "--sources", str(sources / "sources.yaml")], env, stdout=work / "run.log"),
    }
    return home / "warehouse.duckdb", build


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--warehouse", type=Path, help="an already built warehouse (marts present)")
    source.add_argument("--scale", choices=["tiny", "ordos", "province"], help="build a warehouse at this scale first")
    parser.add_argument("--years", type=int, default=2)
    parser.add_argument("--label", help="name of the result file (default: the scale, or the warehouse's name)")
    parser.add_argument("--spec", type=Path, default=SPEC, help="core_indicators.md")
    parser.add_argument(
        "--dbt-project",
        type=Path,
        default=DBT_PROJECT,
        help="the dbt project to copy (default dbt_project/; e.g. a `git archive` export of a commit)",
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs of each step; the fastest is reported")
    parser.add_argument("--keep", action="store_true", help="keep the working folder")
    args = parser.parse_args()

    label = args.label or args.scale or args.warehouse.stem
    work = Path(tempfile.mkdtemp(prefix=f"courtperf-bench-indicators-{label}-"))
    result: dict = {"label": label, "cpus": os.cpu_count(), "work": str(work)}
    if args.scale:
        warehouse, result["build"] = build_warehouse(args.scale, args.years, work)
        result.update(scale=args.scale, years=args.years)
    else:
        warehouse = args.warehouse.resolve()
    result["warehouse_mb"] = round(warehouse.stat().st_size / 2**20)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        result["trial_cases"] = con.execute("select count(*) from marts.fct_trial_cases").fetchone()[0]
        result["enforcement_cases"] = con.execute("select count(*) from marts.fct_enforcement_cases").fetchone()[0]

    ids = core_ids(args.spec)
    source = args.dbt_project.resolve()
    core_dir = core_config(source / "config", work / "config_core", ids)
    core_project, core_catalog = private_project(source, work / "project_core", core_dir)
    full_project, full_catalog = private_project(source, work / "project_full", source / "config")

    floor_dbt_project = floor_project(core_project, work / "project_floor")

    # The machine may be shared: each step runs --repeat times (interleaved) and its fastest run is kept.
    steps = {
        "floor": lambda: run_floor(warehouse, work),
        "floor_model": lambda: run_floor_model(floor_dbt_project, warehouse, work),
        "core": lambda: run_engine("core", core_project, warehouse, work),
        "full": lambda: run_engine("full", full_project, warehouse, work),
    }
    samples: dict[str, list[dict]] = {key: [] for key in steps}
    for attempt in range(args.repeat):
        for key, step in steps.items():
            samples[key].append(step())
        print(f"run {attempt + 1}: " + ", ".join(f"{k} {v[-1]['seconds']} s" for k, v in samples.items()), flush=True)
    best = {key: min(runs, key=lambda r: r.get("run_phase_seconds", r["seconds"])) for key, runs in samples.items()}
    for key, runs in samples.items():
        best[key]["all_runs_seconds"] = [r["seconds"] for r in runs]
    floor, floor_model, core, full = best["floor"], best["floor_model"], best["core"], best["full"]
    validation = validate(Path(core.pop("warehouse")))
    # the floor model runs the same SQL (schema names qualified for dbt's session): it must give the same rows
    validation["floor_model_rows_equal_floor_rows"] = floor_model["rows"] == floor["rows"]
    validation["ok"] = validation["ok"] and validation["floor_model_rows_equal_floor_rows"]
    full.pop("warehouse")

    # Two baselines. `floor`: the query alone, its rows kept in memory (a temp table), timed as a process.
    # `floor_model`: the same query as one dbt model in the same project, its rows written to the warehouse,
    # timed by dbt's run phase exactly like the engine: the like-for-like comparison of the SQL.
    floor["indicators"] = floor_model["indicators"] = len(ids)
    for engine, catalog in ((core, core_catalog), (full, full_catalog)):
        engine["indicators"] = len(catalog.ids)
        engine["run_phase_ratio_to_floor"] = round(engine["run_phase_seconds"] / floor["seconds"], 2)
        engine["run_phase_ratio_to_floor_model"] = round(
            engine["run_phase_seconds"] / floor_model["run_phase_seconds"], 2
        )
        engine["wall_ratio_to_floor"] = round(engine["seconds"] / floor["seconds"], 2)
    result.update(
        floor=floor,
        floor_model=floor_model,
        engine_core=core,
        engine_full=full,
        targets={
            "core_within_1_5x_floor": core["run_phase_ratio_to_floor"] <= 1.5,
            "core_within_1_5x_floor_model": core["run_phase_ratio_to_floor_model"] <= 1.5,
            "full_within_10x_floor": full["run_phase_ratio_to_floor"] <= 10,
            "full_within_10x_floor_model": full["run_phase_ratio_to_floor_model"] <= 10,
        },
        validation=validation,
    )
    text = json.dumps(result, indent=2, ensure_ascii=False, default=str)
    print(text)
    OUT.mkdir(exist_ok=True)
    (OUT / f"indicators_{label}.json").write_text(text, encoding="utf-8")
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
