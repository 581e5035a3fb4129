"""The Definitions load, and the lineage from each ingestion asset into dbt is unbroken."""

from dagster import AssetKey

from ingestion.contract import load_contract
from orchestration.definitions import defs, nightly_schedule


def _asset_graph():
    return defs.resolve_asset_graph()


def test_every_contract_table_is_an_ingestion_asset_grouped_by_system():
    graph = _asset_graph()
    for table in load_contract().tables:
        key = AssetKey(["raw", table.system, table.name])
        assert graph.has(key), key
        assert graph.get(key).group_name == f"raw_{table.system}"


def test_ingestion_assets_wait_for_the_tables_they_reference():
    graph = _asset_graph()
    cases = graph.get(AssetKey(["raw", "trial", "cases"]))
    assert AssetKey(["raw", "hr", "staff"]) in cases.parent_keys
    assert AssetKey(["raw", "hr", "departments"]) in cases.parent_keys
    parties = graph.get(AssetKey(["raw", "trial", "case_parties"]))
    assert AssetKey(["raw", "trial", "cases"]) in parties.parent_keys


def test_dbt_sources_are_the_ingestion_assets():
    """Every upstream of a dbt model that lives under raw/ is a materialisable ingestion asset."""
    graph = _asset_graph()
    for table in load_contract().tables:
        staging = AssetKey(["staging", f"stg_{table.system}__{table.name}"])
        raw = AssetKey(["raw", table.system, table.name])
        assert raw in graph.get(staging).parent_keys, staging
        assert graph.get(raw).is_materializable, raw


def test_marts_are_grouped_and_downstream_of_raw():
    graph = _asset_graph()
    mart = AssetKey(["marts", "fct_trial_cases"])
    assert graph.get(mart).group_name == "marts"
    upstream = graph.upstream_key_iterator(mart)
    assert AssetKey(["raw", "trial", "cases"]) in set(upstream)


def test_nightly_schedule_runs_at_two_in_china_standard_time():
    assert nightly_schedule.cron_schedule == "0 2 * * *"
    assert nightly_schedule.execution_timezone == "Asia/Shanghai"
    assert nightly_schedule.job_name == "nightly"
