"""Style is part of the test suite: ruff for Python, sqlfluff (dbt templater, duckdb dialect) for SQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from codegen.models import configuration_dir, generated_dir, published_dir

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
LINTED = ["dbt_project/models", "dbt_project/snapshots", "dbt_project/tests"]
GENERATED = [folder(ROOT / "dbt_project") for folder in (generated_dir, configuration_dir, published_dir)]


def _run(args: list[str], **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, env={**os.environ, **env}, check=False)


def test_ruff_check_and_format():
    check = _run([str(BIN / "ruff"), "check", "."])
    assert check.returncode == 0, check.stdout + check.stderr
    fmt = _run([str(BIN / "ruff"), "format", "--check", "."])
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr


# dbt's own command line lifts sqlparse's token limit (its hidden --sqlparse option defaults to no limit); sqlfluff's
# dbt templater does not, and the wide measures model, whose ephemeral passes dbt injects as CTEs, is over it
_SQLFLUFF = (
    "import sqlparse.engine.grouping as g; g.MAX_GROUPING_TOKENS = g.MAX_GROUPING_DEPTH = None; "
    "from sqlfluff.cli.commands import cli; cli()"
)


def test_sqlfluff_lints_every_model_the_generated_ones_too(tmp_path):
    """Every model, test and snapshot, the generated ones too (.sqlfluffignore leaves none out): each is in the report,
    none is skipped (sqlfluff only warns when it skips a file, too large or failing to compile) and none breaks a
    rule."""
    lint = _run(
        [sys.executable, "-c", _SQLFLUFF, "lint", "--format", "json", *LINTED],
        COURTPERF_WAREHOUSE=str(tmp_path / "lint.duckdb"),
        DBT_TARGET_PATH=str(tmp_path / "target"),  # not dbt_project/target, which other workers' runs read
    )
    report = json.loads(lint.stdout or "[]")
    broken = {entry["filepath"]: entry["violations"] for entry in report if entry["violations"]}
    assert lint.returncode == 0 and not broken, json.dumps(broken, ensure_ascii=False)[:5000] + lint.stderr[-2000:]
    linted = {entry["filepath"] for entry in report}
    generated = [path.relative_to(ROOT).as_posix() for folder in GENERATED for path in folder.glob("*.sql")]
    assert len(generated) > 100 and not set(generated) - linted, lint.stderr[-3000:]
