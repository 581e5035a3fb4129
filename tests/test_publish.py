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

from courtperf.publication import PublishError, publication_info, publish, read_published
from tests.conftest import copy_home, courtperf_home


def _warehouse(path: Path, cases: int) -> None:
    with duckdb.connect(str(path)) as con:
        con.execute("create schema if not exists marts; create schema if not exists indicators")
        con.execute("create or replace table marts.fct_trial_cases as select range as case_id from range(?)", [cases])
        con.execute(
            "create or replace table indicators.values_trial as select 'closed_cases' as indicator_id, ? as v",
            [float(cases)],
        )
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


# Readers in their own processes, as a BI tool or the dashboard would be: one holds a connection open from
# before the night to after it; the other opens a fresh connection per observation. (Within one process
# DuckDB reuses a database that is still open for the same path, so the two must not share a process.)
# Each observation records the publication's run and every table's row count, live, against the counts
# the publication recorded.
READER = r"""
import duckdb, json, os, sys, time
mode, path, out, stop = sys.argv[1:]
def state(con):
    run_id, tables = con.execute("select run_id, tables from main.publication").fetchone()
    live = {t: con.execute("select count(*) from " + t).fetchone()[0] for t in json.loads(tables)}
    return {"run_id": run_id, "recorded": json.loads(tables), "live": live, "at": time.time()}
held = duckdb.connect(path, read_only=True) if mode == "held" else None
with open(out, "w") as f:
    while True:
        con = held or duckdb.connect(path, read_only=True)
        f.write(json.dumps(state(con)) + "\n"); f.flush()
        if con is not held:
            con.close()
        if os.path.exists(stop):
            break
        time.sleep(0.2)
"""


@pytest.mark.slow
def test_a_reader_held_open_during_a_nightly_run_neither_blocks_it_nor_sees_partial_data(tiny_night, tmp_path):
    from cli.main import main
    from ingestion.demo_sources import generate_next_night

    home = copy_home(tiny_night[0], tmp_path / "home")  # the next night runs on a copy of the shared night
    sources = home / "sources"
    published = home / "published.duckdb"
    first = publication_info(published)
    stop = tmp_path / "stop"
    logs = {mode: tmp_path / f"{mode}.jsonl" for mode in ("held", "fresh")}
    readers = [
        subprocess.Popen([sys.executable, "-c", READER, mode, str(published), str(log), str(stop)])
        for mode, log in logs.items()
    ]
    try:
        while not all(log.exists() and log.read_text().strip() for log in logs.values()):
            assert all(r.poll() is None for r in readers), "a reader did not start"
            time.sleep(0.1)
        generate_next_night(sources, seed=8)
        started = time.time()
        with courtperf_home(home):
            assert main(["run", "--sources", str(sources / "sources.yaml")]) == 0  # not blocked by the readers
        finished = time.time()
        time.sleep(1)
        stop.touch()
        assert [r.wait(timeout=60) for r in readers] == [0, 0]
    finally:
        for r in readers:
            if r.poll() is None:
                r.kill()
    second = publication_info(published)
    assert second["run_id"] != first["run_id"]
    assert second["tables"]["marts.fct_trial_cases"] > first["tables"]["marts.fct_trial_cases"]

    held, fresh = ([json.loads(line) for line in log.read_text().splitlines()] for log in logs.values())
    for seen in (held, fresh):
        assert seen[0]["at"] < started and seen[-1]["at"] > finished  # reading the whole night
    # the held connection sees the previous complete state all night, whatever was swapped in
    assert all(obs["run_id"] == first["run_id"] and obs["live"] == first["tables"] for obs in held)
    # a fresh connection sees one complete state or the other, never a mix
    for obs in fresh:
        assert obs["run_id"] in (first["run_id"], second["run_id"])
        assert obs["live"] == obs["recorded"] == (first if obs["run_id"] == first["run_id"] else second)["tables"]
    runs = [obs["run_id"] for obs in fresh]
    assert runs[0] == first["run_id"] and runs[-1] == second["run_id"]  # the previous state, then the new one
    assert runs == sorted(runs, key=lambda r: r == second["run_id"])  # and never back
