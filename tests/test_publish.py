"""Publishing the marts for readers: an atomically swapped read-only copy that never blocks the nightly run.

Unit tests publish a hand-made warehouse (a mart that is a view over another schema, as dbt builds
indicator_values); the slow test holds readers open in another process during a real nightly run.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from orchestration.publish import PublishError, publication_info, publish, read_published
from tests.conftest import courtperf_home


def _warehouse(path: Path, cases: int) -> None:
    with duckdb.connect(str(path)) as con:
        con.execute("create schema if not exists marts; create schema if not exists indicators")
        con.execute("create or replace table marts.fct_trial_cases as select range as case_id from range(?)", [cases])
        con.execute("create or replace table indicators.values_trial as select 'closed_cases' as indicator_id, ? as v",
                    [float(cases)])  # fmt: skip
        con.execute("create or replace view marts.indicator_values as select * from indicators.values_trial")
        con.execute("create schema if not exists quality")
        con.execute("create or replace table quality.data_quality as select 'r1' as run_id")


def test_publish_copies_every_mart_and_views_as_tables(tmp_path):
    warehouse, published = tmp_path / "wh.duckdb", tmp_path / "out" / "published.duckdb"
    _warehouse(warehouse, 3)
    result = publish(warehouse, published, "run-1")
    assert result.tables == {"marts.fct_trial_cases": 3, "marts.indicator_values": 1, "quality.data_quality": 1}
    with read_published(published) as con:
        kinds = dict(
            con.execute("select table_name, 'table' from duckdb_tables() where schema_name = 'marts'").fetchall()
        )
        assert kinds == {"fct_trial_cases": "table", "indicator_values": "table"}  # the view is materialised
        assert con.execute("select v from marts.indicator_values").fetchone() == (3.0,)
        assert not con.execute("select count(*) from duckdb_tables() where schema_name = 'indicators'").fetchone()[0]
    info = publication_info(published)
    assert info["run_id"] == "run-1" and info["tables"]["marts.fct_trial_cases"] == 3
    assert [p.name for p in published.parent.iterdir()] == ["published.duckdb"]  # no staging file left behind


def test_a_reader_holding_the_file_keeps_its_state_and_the_next_reader_sees_the_new_one(tmp_path):
    warehouse, published = tmp_path / "wh.duckdb", tmp_path / "published.duckdb"
    _warehouse(warehouse, 3)
    publish(warehouse, published, "run-1")
    held = duckdb.connect(str(published), read_only=True)
    try:
        _warehouse(warehouse, 5)  # the writer is not blocked by the reader of the published copy
        publish(warehouse, published, "run-2")
        assert held.execute("select count(*) from marts.fct_trial_cases").fetchone() == (3,)
        assert held.execute("select run_id from main.publication").fetchone() == ("run-1",)
    finally:
        held.close()
    assert publication_info(published)["run_id"] == "run-2"
    with read_published(published) as con:
        assert con.execute("select count(*) from marts.fct_trial_cases").fetchone() == (5,)


def test_nothing_to_publish_or_read_is_a_clear_error(tmp_path):
    with pytest.raises(PublishError, match="no warehouse at"):
        publish(tmp_path / "missing.duckdb", tmp_path / "p.duckdb")
    duckdb.connect(str(tmp_path / "empty.duckdb")).close()
    with pytest.raises(PublishError, match="has no marts"):
        publish(tmp_path / "empty.duckdb", tmp_path / "p.duckdb")
    assert not (tmp_path / "p.duckdb").exists()
    with pytest.raises(PublishError, match="no published marts at"):
        publication_info(tmp_path / "p.duckdb")


def test_publication_waits_for_both_quality_gates_and_the_scores():
    from dagster._core.execution.api import create_execution_plan

    from orchestration.definitions import defs

    plan = create_execution_plan(defs.resolve_job_def("nightly"))
    step = plan.get_step_by_key("published_marts")
    upstream = {h.step_key for i in step.step_inputs for h in i.get_step_output_handle_dependencies()}
    # a failed blocking check fails its gate's step, and Dagster skips every step downstream of it
    assert {"publication_gate", "score_gate", "courtperf_dbt_scores", "courtperf_dbt_models"} <= upstream
    assert defs.resolve_assets_def("published_marts").op.pool == "warehouse"


# A reader in its own process, as a BI tool or the dashboard would be: one connection held open from
# before the night to after it, and a fresh connection per observation. Each observation records the
# publication's run and every table's row count, live, against the counts the publication recorded.
READER = r"""
import duckdb, json, sys, time
path, out, stop = sys.argv[1:]
def state(con):
    run_id, tables = con.execute("select run_id, tables from main.publication").fetchone()
    live = {t: con.execute("select count(*) from " + t).fetchone()[0] for t in json.loads(tables)}
    return {"run_id": run_id, "recorded": json.loads(tables), "live": live, "at": time.time()}
held = duckdb.connect(path, read_only=True)
with open(out, "w") as f:
    while True:
        fresh = duckdb.connect(path, read_only=True)
        f.write(json.dumps({"held": state(held), "fresh": state(fresh)}) + "\n"); f.flush()
        fresh.close()
        if __import__("os").path.exists(stop):
            break
        time.sleep(0.2)
held.close()
"""


@pytest.mark.slow
def test_a_reader_held_open_during_a_nightly_run_neither_blocks_it_nor_sees_partial_data(tiny_night, tmp_path):
    from ingestion.demo_sources import generate_next_night
    from orchestration.cli import main

    home, sources = tiny_night  # this test runs the next night on the shared home
    published = home / "published.duckdb"
    first = publication_info(published)
    log, stop = tmp_path / "reader.jsonl", tmp_path / "stop"
    reader = subprocess.Popen([sys.executable, "-c", READER, str(published), str(log), str(stop)])
    try:
        while not log.exists() or not log.read_text().strip():
            assert reader.poll() is None, "the reader did not start"
            time.sleep(0.1)
        generate_next_night(sources, seed=8)
        started = time.time()
        with courtperf_home(home):
            assert main(["run", "--sources", str(sources / "sources.yaml")]) == 0  # not blocked by the reader
        finished = time.time()
        time.sleep(0.5)
        stop.touch()
        assert reader.wait(timeout=60) == 0
    finally:
        if reader.poll() is None:
            reader.kill()
    second = publication_info(published)
    assert second["run_id"] != first["run_id"]
    assert second["tables"]["marts.fct_trial_cases"] > first["tables"]["marts.fct_trial_cases"]

    seen = [json.loads(line) for line in log.read_text().splitlines()]
    assert seen[0]["held"]["at"] < started and seen[-1]["held"]["at"] > finished  # open the whole night
    for obs in seen:
        held, fresh = obs["held"], obs["fresh"]
        # the held connection sees the previous complete state all night, whatever was swapped in
        assert held["run_id"] == first["run_id"] and held["live"] == first["tables"]
        # a fresh connection sees one complete state or the other, never a mix
        assert fresh["run_id"] in (first["run_id"], second["run_id"])
        assert fresh["live"] == fresh["recorded"] == (first if fresh["run_id"] == first["run_id"] else second)["tables"]
    runs = [obs["fresh"]["run_id"] for obs in seen]
    assert runs[0] == first["run_id"] and runs[-1] == second["run_id"]  # the previous state, then the new one
    assert runs == sorted(runs, key=lambda r: r == second["run_id"])  # and never back


def test_bi_tools_read_the_published_copy_through_sqlalchemy(tmp_path):
    """duckdb-engine, as Superset and pandas use it (docs/bi.md), read-only on the published file."""
    import pandas as pd
    import sqlalchemy as sa

    warehouse, published = tmp_path / "wh.duckdb", tmp_path / "published.duckdb"
    _warehouse(warehouse, 4)
    publish(warehouse, published, "run-1")
    engine = sa.create_engine(f"duckdb:///{published}", connect_args={"read_only": True})
    with engine.connect() as con:
        assert sa.inspect(con).get_table_names(schema="marts") == ["fct_trial_cases", "indicator_values"]
        frame = pd.read_sql("select count(*) as n from marts.fct_trial_cases", con)
        assert frame["n"].tolist() == [4]
        with pytest.raises(sa.exc.DBAPIError, match="read-only"):
            con.execute(sa.text("create table marts.x (i int)"))
    engine.dispose()
