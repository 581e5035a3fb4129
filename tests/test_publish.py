"""Publishing the marts for readers: an atomically swapped read-only copy that never blocks the nightly run.

Unit tests publish a hand-made warehouse (a mart that is a view over another schema, as dbt builds
indicator_values); readers held open in other processes during a real nightly run are in test_end_to_end.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest

from courtperf.publication import PublishError, publication_info, publish, read_published


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


def test_conduct_and_party_marts_stay_out_of_the_readers_copy_unless_a_setting_includes_them(tmp_path):
    warehouse = tmp_path / "wh.duckdb"
    _warehouse(warehouse, 3)
    with duckdb.connect(str(warehouse)) as con:
        for table in ("fct_conduct_events", "integrity_signals", "fct_case_parties", "fct_petitions", "party_profile"):
            con.execute(f"create table marts.{table} as select 1 as x")
        con.execute("create table marts.score_explanations as select 7 as line_number, 'conduct' as line_type, "
                    "-0.5 as contribution, 'late_upload' as event_type, date '2024-12-18' as event_date")  # fmt: skip
        con.execute(
            "create table marts.grades as select 'P1' as entity_id, '称职' as grade, 'veto' as decided_by, 'E9' as "
            "veto_event_id, 'disciplinary_action' as veto_event_type, date '2024-05-06' as veto_event_date"
        )
    vetoed = "select entity_id, grade, decided_by, veto_event_id, veto_event_type, veto_event_date from marts.grades"

    def marts(path: Path) -> set[str]:
        with read_published(path) as con:
            return {
                r[0]
                for r in con.execute("select table_name from duckdb_tables() where schema_name = 'marts'").fetchall()
            }

    default = publish(warehouse, tmp_path / "bi.duckdb", "run-1")
    assert marts(default.path) == {"fct_trial_cases", "indicator_values", "score_explanations", "grades"}
    explained = (
        "select line_type, contribution, event_type, event_date, typeof(event_date) from marts.score_explanations"
    )
    with read_published(default.path) as con:  # the deduction stays, the event's type and date do not
        assert con.execute(explained).fetchall() == [("conduct", pytest.approx(-0.5), None, None, "DATE")]
        assert con.execute(vetoed).fetchall() == [("P1", "称职", "veto", None, None, None)]  # a veto, not its event
    assert set(default.left_out) == {"marts.fct_conduct_events", "marts.integrity_signals", "marts.fct_case_parties",
                                     "marts.fct_petitions", "marts.party_profile"}  # fmt: skip
    parties = publish(warehouse, tmp_path / "with_parties.duckdb", "run-1", ("parties",))
    assert marts(parties.path) == {"fct_trial_cases", "indicator_values", "score_explanations", "grades",
                                   "fct_case_parties", "fct_petitions", "party_profile"}  # fmt: skip
    everything = publish(warehouse, tmp_path / "restricted.duckdb", "run-1", ("conduct", "parties"))
    assert len(marts(everything.path)) == 9 and everything.left_out == ()
    with read_published(everything.path) as con:
        assert con.execute(explained).fetchone()[2:4] == ("late_upload", date(2024, 12, 18))
        assert con.execute(vetoed).fetchone()[3:] == ("E9", "disciplinary_action", date(2024, 5, 6))


def test_an_unknown_restricted_kind_is_a_configuration_error(tmp_path):
    from courtperf.settings import Settings

    settings = Settings.from_env({"COURTPERF_HOME": str(tmp_path), "COURTPERF_PUBLISH_RESTRICTED": "conduct, salaries"})
    assert settings.publish_restricted == ("conduct", "salaries")
    assert settings.problems() == [
        "COURTPERF_PUBLISH_RESTRICTED names 'salaries': it may name conduct, parties (comma-separated)"
    ]


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
