"""Style is part of the test suite: ruff for Python, sqlfluff (dbt templater, duckdb dialect) for SQL."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _run(args: list[str], **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, env={**os.environ, **env}, check=False)


def test_ruff_check_and_format():
    check = _run([str(BIN / "ruff"), "check", "."])
    assert check.returncode == 0, check.stdout + check.stderr
    fmt = _run([str(BIN / "ruff"), "format", "--check", "."])
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr


def test_sqlfluff_lint_dbt_models(tmp_path):
    lint = _run(
        [str(BIN / "sqlfluff"), "lint", "dbt_project/models", "dbt_project/snapshots", "dbt_project/tests"],
        COURTPERF_WAREHOUSE=str(tmp_path / "lint.duckdb"),
        DBT_TARGET_PATH=str(tmp_path / "target"),  # not dbt_project/target, which other workers' runs read
    )
    assert lint.returncode == 0, lint.stdout[-5000:] + lint.stderr[-2000:]
