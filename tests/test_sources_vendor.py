"""The vendor-shaped demo (`courtperf generate --layout vendor`) loads through its mappings into exactly what the
contract-shaped demo of the same seed lands; `courtperf sources check` names the mapping's file and line of each
problem of a broken mapping."""

from __future__ import annotations

import re
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import duckdb
import pytest
from openpyxl import load_workbook

from cli.main import main
from ingestion.contract import load_contract
from ingestion.demo_sources import generate
from ingestion.landing import land_table
from ingestion.sources import load_sources_file
from ingestion.sources.check import check_sources
from tests.conftest import courtperf_home

CONTRACT = load_contract()
METADATA = ("_batch_id", "_loaded_at", "_source", "_source_row")
AS_OF = date(2024, 12, 31)


@pytest.fixture(scope="module")
def demos(tmp_path_factory) -> Path:
    """Both layouts of one tiny seed, each landed table by table into a warehouse of its own."""
    root = tmp_path_factory.mktemp("layouts")
    for layout in ("contract", "vendor"):
        generate(root / layout, scale="tiny", seed=11, years=1, as_of=AS_OF, layout=layout)
        sources = load_sources_file(root / layout / "sources.yaml")
        with duckdb.connect(str(root / f"{layout}.duckdb")) as con:
            for table in CONTRACT.load_order():
                report = land_table(con, sources[table.system], table, batch_id=layout, pii_key="tests-key")
                assert report.accounted and report.file_error is None, (layout, report)
    return root


def test_the_vendor_layout_lands_row_for_row_what_the_contract_layout_lands(demos):
    """Every raw table of the vendor-shaped demo, landed through its mappings, equals row for row (load metadata
    aside: batch, time, source label, source row) what the contract-shaped demo of the same seed lands, and neither
    quarantines a row. Identical raw inputs make identical marts (dbt reads only raw and its models are deterministic),
    so no warehouse is built here: building the marts twice would prove nothing more and cost minutes. (Done once by
    hand, `courtperf demo --layout vendor` against the contract layout: all 32 mart tables equal, except the last
    bit of 13 of 52,065 `scores.points`, e.g. 86.00000000000001 against 86.0, equal when rounded to 9 decimals: sums
    of doubles, which DuckDB adds up in parallel in no fixed order.)"""
    exclude = ", ".join(f'"{c}"' for c in METADATA)
    with duckdb.connect() as con:
        for layout in ("contract", "vendor"):
            con.execute(f"attach '{demos / layout}.duckdb' as {layout} (read_only)")
            assert con.execute(f"select count(*) from {layout}.raw._quarantine").fetchone() == (0,), layout
        for table in CONTRACT.tables:
            rows = {
                layout: con.execute(
                    f'select * exclude ({exclude}) from {layout}.raw."{table.raw_name}" order by all'
                ).fetchall()
                for layout in ("contract", "vendor")
            }
            assert rows["contract"], table.qualified_name
            assert rows["vendor"] == rows["contract"], table.qualified_name


def test_the_vendor_layout_is_shaped_as_a_vendor_delivers(demos):
    vendor = demos / "vendor"
    with sqlite3.connect(vendor / "trial.sqlite") as con:
        tables = {name for (name,) in con.execute("select name from sqlite_master where type = 'table'")}
        jbxx = [c[1] for c in con.execute("pragma table_info(AJ_JBXX)")]
        labels = dict(con.execute("select DM, MC from DM_JAFS"))
        filed, method = con.execute(
            "select j.LARQ, x.JAFS from AJ_JBXX j join AJ_JAXX x using (AJBS) limit 1"
        ).fetchone()
    assert {"AJ_JBXX", "AJ_JAXX", "DM_AJLX", "DM_JAFS", "DM_SYCX"} <= tables and "cases" not in tables
    assert {"AJBS", "AH", "LARQ", "CBR", "AJLX"} <= set(jbxx) and "JARQ" not in jbxx  # closing is in 结案信息
    assert labels["1"] == "判决" and re.fullmatch(r"20[0-9]{6}", filed) and method in labels
    petitions = (vendor / "petition" / "XF_XFDJ.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        petitions.decode("utf-8")
    assert petitions.decode("gbk").startswith("XFBS,FYDM,SLRQ,XFFS,")
    workbook = load_workbook(vendor / "office" / "综合办公.xlsx", read_only=True)
    assert workbook.sheetnames == ["工作量登记", "民主测评"]
    with sqlite3.connect(vendor / "enforcement.sqlite") as con:
        assert re.fullmatch(r"20..-..-..T..:..:..Z", con.execute("select GXSJ from ZX_AJ limit 1").fetchone()[0])


def _line(path: Path, pattern: str) -> int:
    """The 1-based line of the mapping file that holds `pattern`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if re.search(pattern, line))


@pytest.fixture
def broken(demos, tmp_path) -> Path:
    """The vendor trial system with a broken mapping: a misspelt column (KTRQ -> KTRQQ), a code table label without
    a mapping (撤诉), and a date format that is not the source's. Returns its sources file."""
    mapping = tmp_path / "trial.yaml"
    text = (demos / "vendor" / "mappings" / "trial.yaml").read_text(encoding="utf-8")
    text = text.replace("held_date: KTRQ\n", "held_date: KTRQQ\n")
    text = text.replace("      撤诉: withdrawal\n", "")
    text = text.replace("from: LARQ\n        format: '%Y%m%d'", "from: LARQ\n        format: '%Y-%m-%d'")
    assert text.count("KTRQQ") == 1 and "撤诉" not in text and "'%Y-%m-%d'" in text
    mapping.write_text(text, encoding="utf-8")
    sources = tmp_path / "sources.yaml"
    url = f"sqlite:///{demos / 'vendor' / 'trial.sqlite'}"
    sources.write_text(f"systems:\n  trial: {{url: '{url}', mapping: trial.yaml}}\n", encoding="utf-8")
    return sources


def test_sources_check_names_the_mapping_line_of_each_problem(demos, broken):
    mapping = broken.parent / "trial.yaml"
    found = {c.table: c for c in check_sources(load_sources_file(broken), sample=3)}
    hearings, cases = found["trial.hearings"], found["trial.cases"]
    (problem,) = hearings.problems
    assert hearings.status == "FAIL" and problem == (
        f"missing: held_date <- KTRQQ ({mapping}:{_line(mapping, 'held_date: KTRQQ')}): no column KTRQQ in "
        f"sqlite:///{demos / 'vendor' / 'trial.sqlite'}#AJ_KTXX"
    )
    (unmapped,) = cases.unmapped
    closing = f"closing_method <- JAFS ({mapping}:{_line(mapping, 'closing_method:')})"
    with sqlite3.connect(demos / "vendor" / "trial.sqlite") as con:
        withdrawn = con.execute("select count(*) from AJ_JAXX where JAFS = '4'").fetchone()[0]
    assert withdrawn > 0 and unmapped == f"{closing}: '4' (撤诉) ×{withdrawn}"
    (wrong_format,) = [p for p in cases.types if p.startswith("filing_date")]
    assert wrong_format.startswith(f"filing_date <- LARQ ({mapping}:{_line(mapping, 'filing_date:')}): ")
    assert wrong_format.endswith("not in format %Y-%m-%d")
    assert cases.quarantined == cases.rows  # every filing date is unreadable in that format
    assert [s.split(": ")[0] for s in cases.sample] == ["row 1", "row 2", "row 3"]
    for shown in cases.sample:  # a withdrawn case's unmapped code is its first problem, else its filing date
        assert shown.split(": ", 1)[1].startswith(("malformed_date: filing_date='20", "bad_code: closing_method:"))
    assert found["trial.documents"].status == "PASS"


def test_sources_check_on_the_command_line(broken, tmp_path, capsys):
    with courtperf_home(tmp_path / "home"):
        assert main(["sources", "check", "--sources", str(broken), "--sample", "1"]) == 1
    out = capsys.readouterr().out
    mapping = broken.parent / "trial.yaml"
    assert "FAIL  trial.hearings: " in out and f"({mapping}:{_line(mapping, 'held_date: KTRQQ')})" in out
    assert "unmapped codes: closing_method <- JAFS" in out and "'4' (撤诉)" in out
    assert "type problem: filing_date <- LARQ" in out
    assert "would quarantine" in out and out.count("        row ") >= 1


def test_a_source_code_without_a_mapping_is_quarantined_naming_it(demos, broken, tmp_path):
    """Landing through the broken mapping: the withdrawn cases are quarantined as bad_code with the source code,
    its label and the mapping's line; every other case whose filing date is readable would load."""
    mapping = broken.parent / "trial.yaml"
    fixed = mapping.read_text(encoding="utf-8").replace("format: '%Y-%m-%d'", "format: '%Y%m%d'")
    mapping.write_text(fixed, encoding="utf-8")
    shutil.copy(demos / "vendor.duckdb", tmp_path / "w.duckdb")
    source = load_sources_file(broken)["trial"]
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        report = land_table(con, source, CONTRACT.table("trial", "cases"), batch_id="b2", pii_key="tests-key",
                            full_refresh=True)  # fmt: skip
        reasons = con.execute("select distinct reason from raw._quarantine where batch_id = 'b2'").fetchall()
    assert report.accounted and report.quarantined == report.quarantined_by_reason["bad_code"] > 0
    codes = f"codes jafs, {mapping}:{_line(mapping, '^  jafs:')}"
    assert reasons == [(f"bad_code: closing_method: source code '4' (撤诉) of JAFS has no mapping ({codes})",)]


def test_doctor_checks_each_mapped_system_through_its_mapping(demos, broken):
    from cli.doctor import _sources

    good = broken.parent / "good.yaml"
    mapping, url = demos / "vendor" / "mappings" / "trial.yaml", f"sqlite:///{demos / 'vendor' / 'trial.sqlite'}"
    good.write_text(f"systems:\n  trial: {{url: '{url}', mapping: '{mapping}'}}\n", encoding="utf-8")
    checks = {c.name: c for c in _sources(good, None)}
    assert checks["source trial"].status == "PASS"
    assert checks["source trial"].detail == f"{url} via {mapping}: all 8 tables map"
    assert checks["source hr"].status == "FAIL"  # not configured in that sources file
    trial = {c.name: c for c in _sources(broken, None)}["source trial"]
    mapping = broken.parent / "trial.yaml"  # the broken one
    assert trial.status == "FAIL" and "1 table(s) cannot load as mapped" in trial.detail
    assert f"({mapping}:{_line(mapping, 'held_date: KTRQQ')})" in trial.detail and "sources check" in trial.fix


def test_the_vendor_layout_refuses_what_it_cannot_do(demos, tmp_path):
    from ingestion.demo_sources import generate_next_night

    with pytest.raises(ValueError, match="layout 'vendor' writes its own formats"):
        generate(tmp_path, scale="tiny", layout="vendor", fmt="csv")
    with pytest.raises(ValueError, match="needs a contract-layout demo"):
        generate_next_night(demos / "vendor")
