"""The same dbt project on DuckDB and on Apache Spark (local mode), from the same tiny data: identical marts.

One module fixture, in a private copy of the dbt project:
1. DuckDB: a copy of the session's tiny night (tests/conftest.py `tiny_night`: the demo's sources, one year, landed
   and built by the nightly job, every seed, snapshot, model and data test); Spark: its raw exported as Parquet, then
   every seed and model built in one Spark session (the tests ran on DuckDB; the comparison below carries them over);
2. a second night for the models that build on their previous state: a re-delivered evaluation with a new
   score and a new evaluation, and an overdue petition resolved five days later, are appended to raw. On both
   engines `dbt build` of fct_evaluations (incremental by bucket, with its singular tests, among them
   tests/assert_fct_evaluations_incremental_equals_full.sql; the generic and unit tests on DuckDB only),
   fct_petitions, the indicator engine and the score models (incremental by period: only the periods those rows
   touch are computed, the others kept; of the values tables, those of the two rows' categories, the others
   having no period to rebuild; on Spark, of the measure passes, those over the two rows' facts), the
   intermediate supervision models and marts.warnings (which keeps last night's warnings: the as-of date moves
   on, so warnings open, escalate and close), then every mart is exported; on Spark both nights run in one dbt
   process (tests/dbt_session.py), whose JVM the first warms up;
3. every mart is compared row for row (engines/compare.py).

Runs when the `spark` extra is installed (`pip install -e .[spark]`, which CI's setup installs) and Java 17 is on
the PATH; under CI (`CI=true`) a missing extra or Java fails instead of skipping (tests/required.py).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from unittest import mock

import duckdb
import pytest

from codegen.models import generated_dir
from courtperf.settings import Settings
from engines.compare import EXPORT_DIR, compare_exports
from engines.spark import SPARK_TARGET, export_raw_parquet, spark_env
from tests.conftest import TINY_AS_OF
from tests.dbt_session import DbtSession
from tests.indicator_fixture import seed_parse
from tests.required import missing
from tests.warehouse_rows import query

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
DBT = Path(sys.executable).parent / "dbt"
AS_OF = TINY_AS_OF
# Tiny data: Spark interpreting its plans costs less than compiling them (dbt_project/profiles.yml), four dbt threads
# overlap one model's planning with another's run, and a JVM that compiles only its hottest methods with C2 (thresholds
# x10) and collects garbage in one thread spends less CPU on Spark's own code (docs/spark.md, "Measured")
C2_THRESHOLDS = (
    "-XX:Tier4InvocationThreshold=60000 -XX:Tier4MinInvocationThreshold=6000 "
    "-XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=500000"
)
TINY_SPARK = {
    "COURTPERF_SPARK_CODEGEN": "false",
    "COURTPERF_SPARK_THREADS": "4",
    "COURTPERF_SPARK_JAVA_OPTIONS": f"-XX:+UseSerialGC -XX:CICompilerCount=2 {C2_THRESHOLDS}",
}
NIGHT_2_AS_OF = date(2025, 1, 5)  # the resolved petition's update moves the supervision as-of date
# the indicator categories of night 2's rows (an evaluation, a petition): only their values tables are built
NIGHT_2_CATEGORIES = ("evaluation", "petition")
NIGHT_2_FACTS = ("evaluations", "petitions")  # and the measure passes over their facts, on Spark
SPARK_INSTALLED = all(importlib.util.find_spec(m) for m in ("pyspark", "dbt.adapters.spark"))

if not SPARK_INSTALLED:
    missing("the spark extra is not installed: `sh scripts/setup.sh test` (or pip install -e .[spark])")
if shutil.which("java") is None:
    missing("Spark needs Java (17) on the PATH: `sh scripts/setup.sh test` as root on Debian installs it")


def _check(result: tuple[bool, str], what: str) -> None:
    succeeded, printed = result
    assert succeeded, f"{what} failed:\n{printed[-16000:]}"


def _dbt_duckdb(project: Path, settings: Settings, *args: str, export_dir: Path) -> None:
    env = {
        **os.environ,
        "COURTPERF_WAREHOUSE": str(settings.warehouse),
        "COURTPERF_PII_HASH_KEY": settings.pii_hash_key,
        EXPORT_DIR: str(export_dir),
    }
    result = subprocess.run([str(DBT), *args], cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)  # fmt: skip
    _check((result.returncode == 0, result.stdout), f"dbt {' '.join(args)} (duckdb)")


def _second_night(settings: Settings) -> dict[str, str]:
    """Append to raw a later version of one evaluation (new score), a new evaluation, and a later version of
    the petition with an open petition_overdue warning, resolved on NIGHT_2_AS_OF; return their ids."""
    night_2 = datetime.now().replace(microsecond=0)  # after night 1's landing, as the next night would be
    con = duckdb.connect(str(settings.warehouse))
    try:
        changed = con.execute("select * from raw.office__evaluations order by evaluation_id limit 1").df()
        changed["score"] = 12.5
        changed["updated_at"] = night_2
        new = changed.copy()
        new["evaluation_id"] = "E-NIGHT-2"
        new["score"] = 77.25
        overdue = con.execute(
            "select subject_id from marts.warnings where rule = 'petition_overdue' and is_open order by 1 limit 1"
        ).fetchone()
        assert overdue, "the tiny night has no open petition_overdue warning for night 2 to close"
        (petition_id,) = overdue
        resolved = con.execute(
            "select * from raw.petition__petitions where petition_id = ? order by updated_at desc limit 1",
            [petition_id],
        ).df()
        resolved["resolution"] = "resolved"
        resolved["resolved_date"] = datetime(2025, 1, 5)
        resolved["updated_at"] = datetime(2025, 1, 5, 10, 30)
        for table, frame in (("office__evaluations", changed), ("office__evaluations", new),
                             ("petition__petitions", resolved)):  # fmt: skip
            frame["_batch_id"] = "night-2"
            frame["_loaded_at"] = night_2
            con.register("night_2", frame)
            con.execute(f"insert into raw.{table} by name select * from night_2")
            con.unregister("night_2")
        return {"changed": str(changed["evaluation_id"].iloc[0]), "new": "E-NIGHT-2", "petition": petition_id}
    finally:
        con.close()


@pytest.fixture(scope="module")
def engines(tiny_night, tmp_path_factory):
    with mock.patch.dict(os.environ, TINY_SPARK):
        yield _build_on_both_engines(tiny_night[0], tmp_path_factory)


def _build_on_both_engines(tiny_home: Path, tmp_path_factory) -> dict:
    home = tmp_path_factory.mktemp("spark_home")
    # night 1 on DuckDB is the session's tiny night: its warehouse, copied (the nightly job masked personal
    # information with the session's key, so night 2 and Spark use that key too)
    pii_key = os.environ["COURTPERF_PII_HASH_KEY"]
    settings = Settings.from_env({"COURTPERF_HOME": str(home), "COURTPERF_PII_HASH_KEY": pii_key})
    shutil.copyfile(tiny_home / "warehouse.duckdb", settings.warehouse)
    project = home / "dbt_project"
    shutil.copytree(ROOT / "dbt_project", project, ignore=shutil.ignore_patterns("target", "target-*", "logs"))
    seed_parse(project / "target")

    exports = {"duckdb": home / "exports" / "duckdb", "spark": home / "exports" / "spark"}
    exports["duckdb"].mkdir(parents=True)
    # one Spark session for both nights
    with DbtSession(project, spark_env(settings), home / "spark_dbt.log", SPARK_TARGET) as spark:
        # night 1: everything, on Spark (DuckDB's is the tiny night's)
        export_raw_parquet(settings.warehouse, settings.spark_raw)
        _check(spark.run(["build", "--exclude", "resource_type:test", "resource_type:unit_test"]),
               "dbt build of every seed and model (spark)")  # fmt: skip
        night_1_warnings = _warnings(settings)
        # night 2: the models built on their previous state, then every mart exported
        ids = _second_night(settings)
        incremental = [
            "build",
            "--select",
            "fct_evaluations",
            "fct_petitions",
            # the indicator engine by period: the evaluation's periods rebuilt, the others kept
            "path:models/intermediate/indicators",
            "indicator_values",
            # the score models by period, and the score marts computed whole from them
            "path:models/intermediate/scores",
            "path:models/marts/scores",
            "path:models/intermediate/supervision",
            "warnings",  # the supervision mart built on its previous state; the profiles keep night 1's on both
        ]
        left_out = _values_models_without_work(project)
        _dbt_duckdb(project, settings, *incremental, "--exclude", *left_out, export_dir=exports["duckdb"])
        duckdb_run = json.loads((project / "target" / "run_results.json").read_text())
        export_raw_parquet(settings.warehouse, settings.spark_raw)
        # the generic and unit tests ran on DuckDB, and the comparison carries them over (as on night 1); the
        # singular tests run on Spark too, among them the one comparing fct_evaluations with its full recomputation
        spark_night_2 = [*incremental, "--exclude", *left_out, *_measure_passes_without_work(project),
                         "test_type:generic", "resource_type:unit_test"]  # fmt: skip
        _check(spark.run(spark_night_2, {EXPORT_DIR: str(exports["spark"])}), "dbt build of night 2 (spark)")
    spark_run = json.loads((project / "target-spark" / "run_results.json").read_text())
    return {
        "hive_resources": (settings.spark_home / "hive_resources").is_dir(),
        "periods": _periods_built(settings),
        "rebuilt_categories": _rebuilt_categories(settings),
        "settings": settings,
        "exports": exports,
        "ids": ids,
        "runs": {"duckdb": duckdb_run, "spark": spark_run},
        "night_1_warnings": night_1_warnings,
    }


def _values_models_without_work(project: Path) -> list[str]:
    """The values tables night 2 leaves out on both engines: those of the categories other than
    NIGHT_2_CATEGORIES, whose periods night 2's rows cannot touch (the test asserts that the engine rebuilt no
    period of theirs), so that they would only keep every row of night 1 (on Spark, a plan of 20 to 43 branches
    each, for nothing)."""
    tables = sorted(path.stem for path in generated_dir(project).glob("int_indicator_values__*.sql"))
    left_out = [name for name in tables if name.removeprefix("int_indicator_values__") not in NIGHT_2_CATEGORIES]
    assert len(left_out) == len(tables) - len(NIGHT_2_CATEGORIES), tables
    return left_out


def _measure_passes_without_work(project: Path) -> list[str]:
    """The measure passes Spark's night 2 leaves out: those over facts other than night 2's (NIGHT_2_FACTS). On
    Spark each pass is a table, which night 1 filled for every period (the first build's); night 2 would compute
    the same rows again for the periods it rebuilds, from facts that did not change, in a plan of its own each (on
    DuckDB the passes are ephemeral, computed inside `int_indicator_measures` whatever the selection). Should a
    left-out pass's inputs have changed, Spark's indicator values would differ from DuckDB's: the comparison fails."""
    passes = sorted(path.stem for path in generated_dir(project).glob("int_indicator_measures__*.sql"))
    kept = [name for name in passes if name.split("__")[1] in NIGHT_2_FACTS]
    assert len(kept) == 8 and len(passes) > 30, passes  # the evaluations' pass and the seven of the petitions
    return [name for name in passes if name not in kept]


def _rebuilt_categories(settings: Settings) -> set[str]:
    sql = "select distinct category from intermediate.int_indicator_build_categories"
    return {category for (category,) in query(settings.warehouse, sql)}


def _periods_built(settings: Settings) -> dict[str, int]:
    """How many periods the DuckDB calendar holds, night 2 rebuilt, its measures hold and its values hold."""
    counted = {
        "calendar": "int_indicator_periods",
        "rebuilt": "int_indicator_build_periods",
        "measured": "int_indicator_measures",
        "valued": "int_indicator_values__filing",  # accepted_cases has a value in every period
        "scored": "int_score_build_periods",
        "members": "int_score_members",  # the periods scored, kept and rebuilt
    }
    con = duckdb.connect(str(settings.warehouse), read_only=True)
    try:
        return {
            name: con.execute(
                f"select count(*) from (select distinct period_type, period from intermediate.{table})"
            ).fetchone()[0]
            for name, table in counted.items()
        }
    finally:
        con.close()


def _warnings(settings: Settings) -> dict[str, tuple]:
    con = duckdb.connect(str(settings.warehouse), read_only=True)
    try:
        rows = con.execute("select warning_id, rule, subject_id, first_seen, closed_on from marts.warnings").fetchall()
    finally:
        con.close()
    return {row[0]: row[1:] for row in rows}


def test_every_mart_is_identical_on_duckdb_and_spark(engines):
    results = compare_exports(engines["exports"]["duckdb"], engines["exports"]["spark"])
    marts = {r.mart for r in results}
    # every model of schema marts: scores, indicator values, warnings and profiles included
    assert {"dim_person_postings", "fct_trial_cases", "fct_evaluations", "indicator_values", "score_totals",
            "score_explanations", "scores", "rank_trend", "strengths_weaknesses", "warnings", "profile_person",
            "party_profile", "case_timeline", "integrity_signals"} <= marts  # fmt: skip
    assert len(marts) >= 35
    different = [f"{r.mart}: {'; '.join(r.problems)}" for r in results if not r.identical]
    assert not different, "\n".join(different)
    rows = {r.mart: r.rows_left for r in results}
    # the comparison is not vacuous: the big marts hold rows
    assert rows["indicator_values"] > 100_000 and rows["score_explanations"] > 1_000 and rows["fct_trial_cases"] > 100


@pytest.mark.parametrize("engine", ["duckdb", "spark"])
def test_the_incremental_model_ran_incrementally_and_equals_its_full_recomputation(engines, engine):
    run = engines["runs"][engine]
    by_name = {r["unique_id"].split(".")[-1]: r for r in run["results"]}
    model = by_name["fct_evaluations"]
    assert model["status"] == "success"
    # the incremental branch was compiled: only the buckets with newly landed rows were recomputed
    assert "in (select changed.key_bucket from changed)" in model["compiled_code"]
    equals_full = by_name["assert_fct_evaluations_incremental_equals_full"]
    assert equals_full["status"] == "pass" and equals_full["failures"] == 0


@pytest.mark.parametrize("engine", ["duckdb", "spark"])
def test_the_indicator_engine_computed_only_the_periods_the_second_night_changed(engines, engine):
    by_name = {r["unique_id"].split(".")[-1]: r for r in engines["runs"][engine]["results"]}
    rebuilt = by_name["int_indicator_build_periods"]
    assert rebuilt["status"] == "success" and "int_indicator_changed_periods" in rebuilt["compiled_code"]
    values = by_name["int_indicator_values__evaluation"]
    assert values["status"] == "success"
    # the values tables left out of night 2 had nothing to rebuild; the evaluation's category had
    rebuilt = engines["rebuilt_categories"]
    assert "evaluation" in rebuilt and rebuilt <= set(NIGHT_2_CATEGORIES), rebuilt
    periods = engines["periods"]
    # the evaluation's and the petition's periods, not the year of months the calendar holds
    assert 0 < periods["rebuilt"] < periods["calendar"] // 2
    if engine == "spark":  # last night's rows of the other periods kept, from the copy taken before the overwrite
        assert "__previous_night" in values["compiled_code"]
    else:  # the measures were computed for the rebuilt periods only; the values table holds every period
        assert periods["measured"] == periods["rebuilt"] and periods["valued"] == periods["calendar"]


@pytest.mark.parametrize("engine", ["duckdb", "spark"])
def test_the_score_models_computed_only_the_periods_the_second_night_changed(engines, engine):
    by_name = {r["unique_id"].split(".")[-1]: r for r in engines["runs"][engine]["results"]}
    # the periods whose values the engine rebuilt tonight (not every period: the last score build read the last
    # engine build), and those the score inputs' changes touch
    scored = by_name["int_score_build_periods"]
    assert scored["status"] == "success" and re.search(r"where\s+true\s", scored["compiled_code"])  # values_changed
    assert "int_score_baseline__fct_work_items" in scored["compiled_code"]  # the inputs compared with last night's
    totals = by_name["score_totals"]
    assert totals["status"] == "success"
    periods = engines["periods"]
    assert 0 < periods["scored"] < periods["calendar"] // 2
    if engine == "spark":
        assert "__previous_night" in totals["compiled_code"]
    else:  # the members table still holds every period
        assert periods["members"] == periods["calendar"]


def test_the_second_night_reached_the_incremental_mart_on_both_engines(engines):
    changed_id, new_id = engines["ids"]["changed"], engines["ids"]["new"]
    for engine, folder in engines["exports"].items():
        con = duckdb.connect()
        found = con.execute(
            f"select evaluation_id, cast(score as double), count(*) over (partition by evaluation_id) "
            f"from read_parquet('{folder}/fct_evaluations/*.parquet') where evaluation_id in (?, ?) order by 1",
            [changed_id, new_id],
        ).fetchall()
        assert sorted(found) == sorted([(changed_id, 12.5, 1), (new_id, 77.25, 1)]), engine


@pytest.mark.parametrize("engine", ["duckdb", "spark"])
def test_warnings_kept_last_nights_state_on_both_engines(engines, engine):
    """Night 2 (as-of 2025-01-05): the resolved petition's warning closed that night and kept its first night;
    every warning of night 1 is still there with its first_seen; new warnings opened on night 2."""
    night_1 = engines["night_1_warnings"]
    con = duckdb.connect()
    rows = con.execute(
        "select warning_id, rule, subject_id, first_seen, closed_on "
        f"from read_parquet('{engines['exports'][engine]}/warnings/*.parquet')"
    ).fetchall()
    night_2 = {row[0]: row[1:] for row in rows}
    assert len(night_2) == len(rows)  # one row per warning: the overwrite did not append
    assert set(night_1) <= set(night_2)
    assert all(night_2[w][2] == night_1[w][2] for w in night_1)  # first_seen kept
    petition = [w for w, (rule, subject, *_) in night_2.items() if (rule, subject) == ("petition_overdue",
                engines["ids"]["petition"])]  # fmt: skip
    assert [night_2[w][2:] for w in petition] == [(AS_OF, NIGHT_2_AS_OF)]
    assert any(first_seen == NIGHT_2_AS_OF for _, _, first_seen, _ in night_2.values())


def test_spark_keeps_its_session_files_in_its_home(engines):
    """Hive's session resources folder is under COURTPERF_SPARK_HOME (dbt_project/profiles.yml): by default every
    session leaves an empty /tmp/<session id>_resources behind."""
    assert engines["hive_resources"]
