"""End to end on defective exports, each in a warehouse of its own: every defect kind quarantined with its reason and
a defect rate over the threshold blocking the scores, and files in GBK landed with their Chinese intact."""

from __future__ import annotations

import json
from datetime import date

import pytest
from dagster import DagsterInstance

from cli.main import main
from ingestion.contract import load_contract
from ingestion.demo_sources import generate
from tests.conftest import courtperf_home
from tests.warehouse_rows import assert_rows_accounted_for, last_batch, query, raw_counts

pytestmark = pytest.mark.slow

AS_OF = date(2024, 12, 31)
# Generator defect kind -> the reason kind landing gives it.
DEFECT_REASONS = {
    "duplicate_row": "duplicate_row",
    "closing_before_filing": "closing_before_filing",
    "unknown_reference": "unknown_reference",
    "bad_code": "bad_code",
    "malformed_date": "malformed_date",
    "blank_key": "blank_key",
    "gbk_as_utf8": "wrong_encoding",  # the whole file is set aside
}


def test_every_defect_kind_is_quarantined_and_a_defect_rate_over_the_threshold_blocks(tmp_path, capsys):
    """Each injected defect is quarantined with its reason; the check for that reason reports it, naming the
    source table, row key and column; 20 % of rows is over the threshold, so scores and the archive are not
    built; `courtperf quality` names the check and the threshold."""
    with courtperf_home(tmp_path):
        sources = tmp_path / "defective"
        generate(sources, scale="tiny", seed=11, years=1, as_of=AS_OF, fmt="csv", defect_rate=0.2)
        assert main(["run", "--source-dir", str(sources)]) == 1  # the run fails at the publication gate
        warehouse = tmp_path / "warehouse.duckdb"
        batch = last_batch(warehouse)
        with DagsterInstance.get() as instance:
            events = [e.dagster_event for e in instance.all_logs(batch) if e.dagster_event]
        run_summary = capsys.readouterr().out
        assert main(["quality"]) == 0
        summary = capsys.readouterr().out
    assert_rows_accounted_for(warehouse, batch)
    injected = json.loads((sources / "generation.json").read_text(encoding="utf-8"))["defects"]
    assert {d["kind"] for d in injected} == set(DEFECT_REASONS)
    found = set(
        query(
            warehouse,
            "select system || '.' || table_name, reason_kind from raw._quarantine where batch_id = ?",
            [batch],
        )
    )
    wrong_files = {f"{d['system']}.{d['table']}" for d in injected if d["kind"] == "gbk_as_utf8"}
    for defect in injected:
        table = f"{defect['system']}.{defect['table']}"
        # a file in the wrong encoding is set aside whole: its other defects are quarantined as that
        expected = (table, "wrong_encoding" if table in wrong_files else DEFECT_REASONS[defect["kind"]])
        assert expected in found, defect

    checks = {
        e.event_specific_data.check_name: e.event_specific_data
        for e in events
        if e.event_type_value == "ASSET_CHECK_EVALUATION"
        and e.event_specific_data.asset_key.path == ["marts", "indicator_values"]
    }
    injected_keys = {
        (d["kind"], f"{d['system']}.{d['table']}", ", ".join(f"{k}={v}" for k, v in d["key"].items()))
        for d in injected
        if d["key"]
    }
    for kind, reason in DEFECT_REASONS.items():
        check = checks[f"gx_no_rows_quarantined_{reason}"]
        assert not check.passed, kind
        assert check.severity.value == "WARN", kind  # a row defect is reported; only a threshold blocks
        sample = check.metadata["failing_keys_sample"].value
        assert sample and "raw._quarantine.reason_kind" in check.description, kind
        if kind in ("unknown_reference", "blank_key", "gbk_as_utf8"):
            continue  # cascades (children of a quarantined row), blanked or garbled keys: not the injected key
        for row in sample:  # every example is a row the generator damaged in this way, and names its column
            assert (kind, row["source_table"], row["source_key"]) in injected_keys, (kind, row)
            columns = {d["column"] for d in injected if d["kind"] == kind and d["column"]}
            assert kind == "duplicate_row" or any(c in row["reason"] for c in columns), (kind, row)

    gate = checks["gx_quarantine_within_threshold"]  # 20 % of rows is over the 1 % default: systemic
    assert not gate.passed and gate.severity.value == "ERROR"
    assert "max_share" in str(gate.metadata["failing_keys_sample"].value)
    failed_steps = [e.step_key for e in events if e.event_type_value == "STEP_FAILURE"]
    assert failed_steps == ["publication_gate"]
    materialized = {
        e.event_specific_data.materialization.asset_key.path[-1]
        for e in events
        if e.event_type_value == "ASSET_MATERIALIZATION"
    }
    assert "indicator_values" in materialized  # analysts still get tonight's marts
    assert not materialized & {"scores", "score_totals", "score_explanations"}  # nothing partial is published
    assert "scores and archive were NOT published" in summary and "raw._quarantine" in summary
    assert "[blocking] quarantine_within_threshold" in summary and "max_share=0.01" in summary
    # the run's own summary ends with the checks by name: the blocking one failed, the row defects warned
    assert "FAILED marts/indicator_values · gx_quarantine_within_threshold" in run_summary
    for reason in DEFECT_REASONS.values():
        assert f"warned marts/indicator_values · gx_no_rows_quarantined_{reason}" in run_summary


def test_csv_in_gbk_is_ingested_correctly(tmp_path):
    """The nightly job's ingestion steps, with the run config `courtperf run --source-dir … --encoding gbk` gives,
    land every row of a GBK export with its Chinese intact (what dbt builds from raw does not depend on the
    encoding, so the dbt steps are not run)."""
    from cli.runner import prepare_instance, run_config_for
    from courtperf.settings import Settings
    from orchestration.definitions import defs
    from orchestration.ingestion_assets import raw_asset_key

    sources = tmp_path / "gbk"
    generate(sources, scale="tiny", seed=3, years=1, as_of=AS_OF, fmt="csv", encoding="gbk")
    with courtperf_home(tmp_path):
        prepare_instance(Settings.from_env())
        result = defs.resolve_job_def("nightly").execute_in_process(
            run_config=run_config_for(source_dir=sources, encoding="gbk"),
            asset_selection=[raw_asset_key(table) for table in load_contract().tables],
        )
    assert result.success
    warehouse = tmp_path / "warehouse.duckdb"
    generated = json.loads((sources / "generation.json").read_text(encoding="utf-8"))
    assert sum(raw_counts(warehouse).values()) == sum(generated["rows"].values())
    assert query(warehouse, "select count(*) from raw._quarantine") == [(0,)]
    names = dict(query(warehouse, "select court_code, court_name from raw.hr__courts"))
    assert names["内06"] == "鄂尔多斯市中级人民法院"
    assert names["内0622"] == "准格尔旗人民法院"
    causes = query(warehouse, "select count(*) from raw.trial__cases where cause_of_action like '%纠纷%'")
    assert causes[0][0] > 0
