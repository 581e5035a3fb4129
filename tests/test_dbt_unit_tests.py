"""dbt's unit tests (the `unit_tests:` of the models' YAML): the models' logic on fixed inputs, worked out by hand.
The nights leave them out (orchestration/dbt_assets.py); here they run once, against a copy of the session's tiny
night, whose relations give dbt the columns of each model's inputs."""

from __future__ import annotations

import json
import shutil

from courtperf.settings import DBT_PROJECT_DIR
from tests.indicator_fixture import run_dbt, seed_parse


def test_every_dbt_unit_test_passes(tiny_night, tmp_path):
    warehouse = tmp_path / "warehouse.duckdb"
    shutil.copyfile(tiny_night[0] / "warehouse.duckdb", warehouse)
    target = tmp_path / "target"
    seed_parse(target)
    result = run_dbt(DBT_PROJECT_DIR, warehouse, "test", "--select", "test_type:unit", "--target-path", str(target),
                     "--log-path", str(tmp_path / "logs"))  # fmt: skip
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    results = [r for r in json.loads((target / "run_results.json").read_text(encoding="utf-8"))["results"]
               if r["unique_id"].startswith("unit_test.")]  # fmt: skip
    assert {r["unique_id"] for r in results} == set(manifest["unit_tests"]) and len(results) >= 7
    assert {r["status"] for r in results} == {"pass"}
