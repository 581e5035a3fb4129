"""Period close through Dagster: partitions, schedules, and `close-period` runs recorded in the instance."""

from __future__ import annotations

import os
from datetime import datetime
from zoneinfo import ZoneInfo

from dagster import AssetKey, DagsterInstance, Definitions, build_schedule_context

from archive.periods import parse_period
from cli.runner import run_close_period
from courtperf.settings import Settings
from orchestration.archive_assets import (
    PARTITIONS,
    REASON_TAG,
    ArchiveResource,
    build_archive_assets,
    build_close_jobs_and_schedules,
    upstream_result_keys,
)
from orchestration.resources import WarehouseResource
from tests.archive_fixture import build_warehouse, land_correction, private_catalog
from tests.conftest import courtperf_home

SHANGHAI = ZoneInfo("Asia/Shanghai")
UPSTREAM = [AssetKey(["marts", "indicator_values"]), AssetKey(["marts", "fct_trial_cases"]),
            AssetKey(["marts", "score_totals"])]  # fmt: skip


def _defs(catalog_dir=None) -> Definitions:
    assets = build_archive_assets(upstream_result_keys(UPSTREAM))
    jobs, schedules = build_close_jobs_and_schedules(assets)
    archive = ArchiveResource(catalog_dir=str(catalog_dir) if catalog_dir else "")
    return Definitions(
        assets=assets, jobs=jobs, schedules=schedules, resources={"warehouse": WarehouseResource(), "archive": archive}
    )


def test_partitions_hold_only_ended_periods_keyed_as_operators_write_them():
    months = PARTITIONS["month"].get_partition_keys(current_time=datetime(2025, 4, 1, 0, 30, tzinfo=SHANGHAI))
    assert months[0] == "2016-01" and months[-1] == "2025-03"
    quarters = PARTITIONS["quarter"].get_partition_keys(current_time=datetime(2025, 4, 5, tzinfo=SHANGHAI))
    assert quarters[-1] == "2025-01-01" == parse_period("2025-Q1").partition_key
    years = PARTITIONS["year"].get_partition_keys(current_time=datetime(2025, 4, 5, tzinfo=SHANGHAI))
    assert years[-1] == "2024"


def test_archive_assets_depend_on_the_result_marts_only():
    defs = _defs()
    graph = defs.resolve_asset_graph()
    node = graph.get(AssetKey("archive_month"))
    assert set(node.parent_keys) == {AssetKey(["marts", "indicator_values"]), AssetKey(["marts", "score_totals"])}
    assert node.group_name == "archive"


def test_schedules_close_the_previous_period_on_the_fifth_at_three():
    defs = _defs()
    expected = {
        "close_month_schedule": ("0 3 5 * *", {"2025-01": "2024-12", "2025-04": "2025-03"}),
        "close_quarter_schedule": ("0 3 5 1,4,7,10 *", {"2025-01": "2024-10-01", "2025-04": "2025-01-01"}),
        "close_year_schedule": ("0 3 5 1 *", {"2025-01": "2024"}),
    }
    with DagsterInstance.ephemeral() as instance:
        for name, (cron, ticks) in expected.items():
            schedule = defs.resolve_schedule_def(name)
            assert (schedule.cron_schedule, schedule.execution_timezone) == (cron, "Asia/Shanghai")
            for month, key in ticks.items():
                when = datetime(int(month[:4]), int(month[5:]), 5, 3, tzinfo=SHANGHAI)
                data = schedule.evaluate_tick(build_schedule_context(instance=instance, scheduled_execution_time=when))
                assert [r.partition_key for r in data.run_requests] == [key]


def test_close_period_runs_through_dagster_and_is_recorded(tmp_path):
    config, catalog = private_catalog(tmp_path)
    with courtperf_home(tmp_path / "home"):
        os.environ["COURTPERF_WAREHOUSE"] = str(tmp_path / "warehouse.duckdb")
        os.environ["COURTPERF_ARCHIVE"] = str(tmp_path / "archive.duckdb")
        settings = Settings.from_env()
        build_warehouse(settings.warehouse, catalog)
        defs = _defs(config)
        q1 = parse_period("2024-Q1")

        run_id, ok, text = run_close_period(settings, q1, defs=defs)
        assert ok and "2024-Q1: published version 1" in text
        _, ok, text = run_close_period(settings, q1, defs=defs)
        assert ok and "unchanged since version 1" in text

        land_correction(settings.warehouse)
        _, ok, text = run_close_period(settings, q1, defs=defs)
        assert not ok and "Nothing was written" in text and "within_limit_closure_rate" in text
        restate_id, ok, text = run_close_period(settings, q1, "late correction of C2", defs=defs)
        assert ok and "published version 2" in text

        with DagsterInstance.get() as instance:
            run = instance.get_run_by_id(restate_id)
            assert run.tags[REASON_TAG] == "late correction of C2"
            assert run.tags["dagster/partition"] == "2024-01-01"
            assert instance.get_run_by_id(run_id).job_name == "close_quarter"
