"""dbt's unit tests (the `unit_tests:` of the models' YAML): the models' logic on fixed inputs, worked out by hand.
The nights leave them out (orchestration/dbt_assets.py); here they run once, against a copy of the session's tiny
night, whose relations give dbt the columns of each model's inputs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

from courtperf.settings import DBT_PROJECT_DIR
from orchestration.dbt_manifest import DBT_EXECUTABLE
from tests.indicator_fixture import seed_parse


def test_every_dbt_unit_test_passes(tiny_night, tmp_path):
    warehouse = tmp_path / "warehouse.duckdb"
    shutil.copyfile(tiny_night[0] / "warehouse.duckdb", warehouse)
    target = tmp_path / "target"
    seed_parse(target)
    result = subprocess.run(
        [str(DBT_EXECUTABLE), "test", "--select", "test_type:unit", "--project-dir", str(DBT_PROJECT_DIR),
         "--profiles-dir", str(DBT_PROJECT_DIR), "--target-path", str(target), "--log-path", str(tmp_path / "logs")],
        env={**os.environ, "COURTPERF_WAREHOUSE": str(warehouse)}, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    results = [r for r in json.loads((target / "run_results.json").read_text(encoding="utf-8"))["results"]
               if r["unique_id"].startswith("unit_test.")]  # fmt: skip
    assert {r["unique_id"] for r in results} == set(manifest["unit_tests"]) and len(results) >= 7
    assert {r["status"] for r in results} == {"pass"}
