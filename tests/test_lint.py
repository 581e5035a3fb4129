"""Style is part of the test suite: ruff for Python, sqlfluff (dbt templater, duckdb dialect) for SQL."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from codegen.models import GENERATED_DIR, configuration_dir, published_dir
from courtperf.settings import DBT_PROJECT_DIR
from tests.indicator_fixture import seed_parse

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
LINTED = ["dbt_project/models", "dbt_project/snapshots", "dbt_project/tests"]
CONFIGURATION_DIR, PUBLISHED_DIR = configuration_dir(DBT_PROJECT_DIR), published_dir(DBT_PROJECT_DIR)


def _run(args: list[str], **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, env={**os.environ, **env}, check=False)


def test_ruff_check_and_format():
    check = _run([str(BIN / "ruff"), "check", "."])
    assert check.returncode == 0, check.stdout + check.stderr
    fmt = _run([str(BIN / "ruff"), "format", "--check", "."])
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr


SQLFLUFF = ROOT / "scripts" / "lint_sql.py"  # sqlfluff with sqlparse's limits lifted, as dbt's command line does
# sqlfluff lints a model's own text (what macros render is a templated area it skips) unless told otherwise, as
# RENDERED tells it for the run over every generated model: the measure passes, values and change models are macro
# calls over their definitions (macros/measure_passes.sql, macros/indicator_values.sql), so all their SQL is rendered.
# That run leaves out the layout rules (sqlfluff's group `layout`, LT01-LT15: about half the time); the layout of the
# generated models' own text comes from indicators/sql_layout.py, so the suite runs them on a specimen of it
# (SPECIMEN).
RENDERED = ROOT / "scripts" / "sqlfluff_rendered.cfg"
SPECIMEN = {  # generated model -> the layout it shows
    GENERATED_DIR / "int_indicator_measures__enforcement_cases__pending_at_end.sql": "a measure pass: a macro call",
    GENERATED_DIR / "int_indicator_measures.sql": "the wide model: its passes, one a line",
    GENERATED_DIR / "int_indicator_values__workload.sql": "a values model: a macro call",
    GENERATED_DIR / "int_indicator_changes__fct_case_inspections.sql": "a change model",
    GENERATED_DIR / "int_indicator_changed_periods.sql": "the changed periods",
    GENERATED_DIR / "int_indicator_build_categories.sql": "the categories' periods: a literal table",
    GENERATED_DIR / "int_indicator_baseline__fct_hearings.sql": "a baseline",
    GENERATED_DIR / "int_indicator_baseline__int_indicator_scaffold.sql": "the scaffold's baseline",
    GENERATED_DIR / "int_indicator_build_record.sql": "the build record",
    GENERATED_DIR / "int_indicator_catalog_version.sql": "the catalog version",
    CONFIGURATION_DIR / "cfg_score_groups.sql": "a literal table",
    PUBLISHED_DIR / "indicator_values.sql": "the published values",
}
# The literal tables render one macro's `values` list of their rows (macros/literal_rows.sql), linted rendered on the
# thirteen small ones; these two add 9 s of rows (the catalog's 476, the score indicators' 257) and no other SQL.
ROWS_ONLY = {GENERATED_DIR / "int_indicator_catalog_rows.sql", CONFIGURATION_DIR / "cfg_score_indicators.sql"}


def _sqlfluff(tmp_path: Path, *args: str) -> dict[str, dict]:
    """Lint with sqlfluff (json report) against the warehouse `tmp_path / "lint.duckdb"` (dbt compiles the models as a
    night on it would): {file: its report entry}, asserting nothing failed and no file was skipped (sqlfluff only warns
    when it skips one, too large or failing to compile)."""
    seed_parse(tmp_path / "target")  # the session's dbt parse, which sqlfluff's dbt templater reuses (.sqlfluff)
    lint = _run(
        [sys.executable, str(SQLFLUFF), "lint", "--format", "json", *args],
        COURTPERF_WAREHOUSE=str(tmp_path / "lint.duckdb"),
        DBT_TARGET_PATH=str(tmp_path / "target"),  # not dbt_project/target, which other workers' runs read
    )
    report = {entry["filepath"]: entry for entry in json.loads(lint.stdout or "[]")}
    broken = {path: entry["violations"] for path, entry in report.items() if entry["violations"]}
    assert lint.returncode == 0 and not broken, json.dumps(broken, ensure_ascii=False)[:5000] + lint.stderr[-2000:]
    skipped = [line for line in lint.stderr.splitlines() if "Skipped file" in line and "is a macro" not in line]
    assert not skipped, "\n".join(skipped)
    return report


def _generated() -> set[Path]:
    return {path for folder in (GENERATED_DIR, CONFIGURATION_DIR, PUBLISHED_DIR) for path in folder.glob("*.sql")}


def _relative(paths) -> list[str]:
    return sorted(path.relative_to(ROOT).as_posix() for path in paths)


def test_sqlfluff_lints_the_hand_written_sql_and_a_specimen_of_the_generated_with_every_rule(tmp_path):
    macros = set((ROOT / "dbt_project" / "tests" / "generic").glob("*.sql"))  # generic tests: sqlfluff skips macros
    hand_written = {path for folder in LINTED for path in (ROOT / folder).rglob("*.sql")} - _generated() - macros
    files = _relative(hand_written | set(SPECIMEN))
    assert set(_sqlfluff(tmp_path, *files)) == set(files)


def _incremental(paths: set[Path]) -> set[Path]:
    """The hand-written models a later night renders otherwise than a first: incremental, or compared with baselines."""
    later = re.compile(r"materialized='incremental'|incremental_config\(|baseline")
    return {path for path in paths if later.search(path.read_text(encoding="utf-8"))}


def test_sqlfluff_lints_every_generated_and_incremental_model_as_a_later_night_renders_it_with_every_rule_but_layout(
    tiny_night, tmp_path
):
    """Every generated model, and every hand-written one that renders otherwise on a later night, as dbt renders it,
    macros included (RENDERED), compiled against a copy of the session's tiny night, so that dbt renders what a later
    night runs: the change models compare tonight's rows with their baselines, the values, score and warning tables
    keep what they do not rebuild (the test above compiles against an empty warehouse: a first night's)."""
    shutil.copyfile(tiny_night[0] / "warehouse.duckdb", tmp_path / "lint.duckdb")
    generated = _relative(_generated() - ROWS_ONLY)
    incremental = _relative(_incremental({path for path in (ROOT / "dbt_project" / "models").rglob("*.sql")}))
    report = _sqlfluff(tmp_path, "--config", str(RENDERED), *generated, *incremental)
    assert len(generated) > 100 and len(incremental) > 10 and set(report) == {*generated, *incremental}
    literal_tables = [path for path in generated if "{{ literal_rows() }}" in (ROOT / path).read_text(encoding="utf-8")]
    assert len(literal_tables) >= 10, literal_tables
    changes = [path for path in generated if Path(path).name.startswith("int_indicator_changes__")]
    first_night = [path for path in changes if report[path]["statistics"]["templated_chars"] < 1000]
    assert len(changes) > 10 and not first_night, f"rendered as a first night (no baselines to compare): {first_night}"


def test_the_specimen_shows_every_layout_of_the_generated_sql():
    text = "\n".join(path.read_text(encoding="utf-8") for path in SPECIMEN)
    for layout in (
        "{{ wide_measures([\n    '",  # a list of passes, one a line
        "    columns=[\n        '",  # a change model's columns, one a line
        "\n    {{ literal_rows() }}\n",  # a literal table's rows, in a CTE
        "{% if scaffold_baseline is none -%}",  # a choice within a CTE (int_indicator_changed_periods)
    ):
        assert layout in text, f"no generated model of the specimen shows {layout!r}: add one to SPECIMEN"
