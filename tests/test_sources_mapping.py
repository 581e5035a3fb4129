"""Source mappings (ingestion/sources/mapping.py, mapped.py) and spreadsheets (xlsx.py): a mapping file's errors
name its line; a SELECT must be one read-only query; values convert as worked out by hand; a spreadsheet lands
with the same quarantine and row accounting as a CSV file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from openpyxl import Workbook

from ingestion.contract import load_contract
from ingestion.landing import land_table
from ingestion.sources import SystemSource, load_sources_file, read_table
from ingestion.sources.mapped import convert_time
from ingestion.sources.mapping import MappingError, SystemMapping, load_mapping, select_problems

CONTRACT = load_contract()
COURTS = CONTRACT.table("hr", "courts")


def _mapping(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "hr.yaml"
    path.write_text(text, encoding="utf-8")
    return path


GOOD = """\
system: hr
codes:
  fyjb: {values: {"2": intermediate, "3": basic}}
tables:
  courts:
    from: XT_FY
    columns:
      court_code: FYDM
      court_name: FYMC
      level: {from: FYJB, codes: fyjb}
      parent_court_code: SJFYDM
      jurisdiction_population: XQRK
      updated_at: {from: GXSJ, format: "%Y%m%d%H%M%S"}
"""


@pytest.mark.parametrize(
    ("change", "line", "message"),
    [
        (("courts:", "court:"), 5, "hr has no contract table 'court'"),
        (("court_name: FYMC", "court_title: FYMC"), 9, "hr.courts has no column 'court_title'"),
        (("codes: fyjb}", "codes: jb}"), 10, "no codes named 'jb' in this file's codes"),
        (("court_name: FYMC", "court_name: {from: FYMC, format: '%Y'}"), 9, "format applies to date and timestamp"),
        (('format: "%Y%m%d%H%M%S"', 'format: "%d%m%Y%H%M%S"'), 13, "its format must start with the year"),
        (("from: XT_FY", "from: XT_FY\n    select: select 1"), 5, "give exactly one of from (a source table) and"),
        (("from: XT_FY", "from: XT_FY\n    sheets: a"), 7, "unknown key 'sheets'"),
        (("system: hr", "system: hr\ntimezone: Mars/Olympus"), 2, "unknown time zone 'Mars/Olympus'"),
        (("  fyjb:", "  fyjb: {}\n  xx:"), 3, "give either values (inline) or table"),
        (
            ("      court_code: FYDM\n", "      court_code: FYDM\n      court_code: X\n"),
            9,
            "duplicate key 'court_code'",
        ),
        (("court_name: FYMC", "court_name: {from: [FYMC]}"), 9, "court_name: from must be text"),
        (("from: XT_FY", "from: {XT: FY}"), 6, "from must be text"),
        (("system: hr", "system: hr\ntimezone: [UTC]"), 2, "unknown time zone ['UTC']"),
    ],
)
def test_mapping_errors_name_the_file_and_line(tmp_path, change, line, message):
    path = _mapping(tmp_path, GOOD.replace(*change))
    with pytest.raises(MappingError) as exc:
        load_mapping(path, system="hr", dialect="sqlite")
    assert any(p.startswith(f"{path}:{line}: ") and message in p for p in exc.value.problems), exc.value.problems


def test_a_mapping_is_for_the_system_the_sources_file_gives_it_to(tmp_path):
    path = _mapping(tmp_path, GOOD)
    with pytest.raises(MappingError, match=f"{path}:1: this mapping is for hr, but the sources file gives it to trial"):
        load_mapping(path, system="trial")
    mapping = load_mapping(path, system="hr")
    level = mapping.tables["courts"].columns["level"]
    assert (level.source, level.codes.values, level.where.line) == ("FYJB", {"2": "intermediate", "3": "basic"}, 10)


@pytest.mark.parametrize(
    ("sql", "dialect", "problem"),
    [
        ("select a.AH, b.JARQ from AJ a left join JA b on a.AJBS = b.AJBS", "oracle", None),
        ("with x as (select 1 as k) select k from x union all select 2", "postgresql", None),
        ("select top 10 AH from AJ", "mssql", None),
        ("delete from AJ", "mysql", "must be a SELECT, not DELETE"),
        ("select 1; drop table AJ", "sqlite", "must be one statement, not 2"),
        ("select * into AJ_COPY from AJ", "mssql", "must only read: it holds INTO"),
        ("select * from AJ for update", "oracle", "must only read: it holds LOCK"),
        ("select sleep(10)", "mysql", "must only read: it calls"),
        ("select pg_terminate_backend(1)", "postgresql", "must only read: it calls"),
        ("selec AH from AJ", "mysql", "cannot be parsed"),
    ],
)
def test_a_select_must_be_one_read_only_query(sql, dialect, problem):
    problems = select_problems(sql, dialect)
    if problem is None:
        assert problems == []
    else:
        assert problems and problem in problems[0], problems


def test_a_select_is_refused_for_a_folder_and_checked_in_the_source_dialect(tmp_path):
    text = GOOD.replace("from: XT_FY", "select: update XT_FY set FYMC = 'x'")
    with pytest.raises(MappingError, match=r"hr.yaml:6: select must be a SELECT, not UPDATE"):
        load_mapping(_mapping(tmp_path, text), dialect="mysql")
    with pytest.raises(MappingError, match=r"hr.yaml:6: select needs a database"):
        load_mapping(_mapping(tmp_path, GOOD.replace("from: XT_FY", "select: select 1")), dialect=None)


def test_dates_timestamps_and_time_zones_convert_as_worked_out_by_hand(tmp_path):
    utc = SystemMapping("hr", tmp_path / "m.yaml", timezone="UTC")
    local = SystemMapping("hr", tmp_path / "m.yaml")
    values = pd.Series(["20240315", "20241301", None, "2024-03-15"], dtype="str")
    out, bad = convert_time(values, "date", "%Y%m%d", local)
    assert out.tolist()[:2] == ["2024-03-15", "20241301"] and bad.tolist() == [False, True, False, True]
    # 2024-03-15 18:30 UTC is 2024-03-16 02:30 in Beijing (UTC+8); the Z format and the contract format both parse
    stamps = pd.Series(["2024-03-15T18:30:00Z", "2024-12-31T16:00:00Z"], dtype="str")
    out, _ = convert_time(stamps, "timestamp", "%Y-%m-%dT%H:%M:%SZ", utc)
    assert out.tolist() == ["2024-03-16 02:30:00", "2025-01-01 00:00:00"]
    out, _ = convert_time(pd.Series(["2024-03-15 18:30:00"], dtype="str"), "timestamp", None, utc)
    assert out.tolist() == ["2024-03-16 02:30:00"]
    # an Oracle DATE or an Excel date cell delivers a date column as midnight timestamps
    out, bad = convert_time(pd.Series(["2024-03-15 00:00:00", "2024-03-15 10:00:00"], dtype="str"), "date", None, local)
    assert out.tolist() == ["2024-03-15", "2024-03-15 10:00:00"] and not bad.any()


def _courts_csv(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "XT_FY.csv").write_text(
        "FYDM,FYMC,FYJB,SJFYDM,XQRK,GXSJ,BZ\n"
        "内06,鄂尔多斯市中级人民法院,2,,2200000,20240301080000,x\n"
        "内0602,东胜区人民法院,3,内06,580000,20240301090000,\n"
        "内0603,达拉特旗人民法院,9,内06,330000,20240302090000,\n"
        "内0621,准格尔旗人民法院,3,内06,390000,2024-03-02,\n",
        encoding="gbk",
    )


def test_a_mapped_folder_lands_with_codes_quarantine_and_accounting(tmp_path):
    """Four courts through the mapping: two load with their codes mapped, the court with level code 9 is quarantined
    naming the code and the mapping line, the one whose GXSJ is not in the mapping's format as malformed_date."""
    _mapping(tmp_path, GOOD.replace("system: hr\n", "system: hr\nencoding: gbk\n"))
    sources = tmp_path / "sources.yaml"
    sources.write_text("systems:\n  hr: {dir: hr, mapping: hr.yaml}\n", encoding="utf-8")
    _courts_csv(tmp_path / "hr")
    source = load_sources_file(sources)["hr"]
    assert source.encoding == "gbk" and source.mapping is not None
    extract = read_table(source, COURTS)
    assert extract.frame.loc[0, ["court_code", "level", "updated_at"]].tolist() == [
        "内06", "intermediate", "2024-03-01 08:00:00"
    ]  # fmt: skip
    with duckdb.connect() as con:
        report = land_table(con, source, COURTS, batch_id="n1", pii_key="k")
        landed = con.execute("select court_code, level, parent_court_code from raw.hr__courts order by 1").fetchall()
        reasons = dict(con.execute("select source_row, reason from raw._quarantine order by 1").fetchall())
    assert landed == [("内06", "intermediate", None), ("内0602", "basic", "内06")]
    assert (report.read, report.loaded, report.quarantined) == (4, 2, 2) and report.accounted
    codes = f"codes fyjb, {tmp_path}/hr.yaml:4"  # line 4: the encoding was added on line 2
    assert reasons[3] == f"bad_code: level: source code '9' of FYJB has no mapping ({codes})"
    assert reasons[4].startswith("malformed_date: updated_at='2024-03-02'")


def _workbook(path: Path, rows: list[list]) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "courts"
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def test_a_spreadsheet_lands_like_a_csv_file(tmp_path):
    """Numbers typed as numbers and timestamps as dates become the contract's text; a blank row is no record; a bad
    value is quarantined naming its record, and read = loaded + quarantined."""
    folder = tmp_path / "hr"
    folder.mkdir()
    header = ["court_code", "court_name", "level", "parent_court_code", "jurisdiction_population", "updated_at"]
    _workbook(
        folder / "courts.xlsx",
        [
            header,
            ["内06", "鄂尔多斯市中级人民法院", "intermediate", None, 2200000, dt.datetime(2024, 3, 1, 8, 0)],
            [None, None, None, None, None, None],
            ["内0602", "东胜区人民法院", "basic", "内06", 580000.0, "2024-03-01 09:00:00"],
            ["内0603", "达拉特旗人民法院", "basic", "内06", "many", "2024-03-01 09:00:00"],
        ],
    )
    source = SystemSource("hr", directory=folder)
    extract = read_table(source, COURTS)
    assert extract.frame["jurisdiction_population"].tolist() == ["2200000", "580000", "many"]
    assert extract.frame["updated_at"].tolist()[0] == "2024-03-01 08:00:00"
    assert extract.frame["_source_row"].tolist() == [1, 2, 3] and extract.label == f"{folder}/courts.xlsx#courts"
    with duckdb.connect() as con:
        report = land_table(con, source, COURTS, batch_id="n1", pii_key="k")
        (reason,) = con.execute("select reason from raw._quarantine").fetchone()
    assert (report.read, report.loaded, report.quarantined) == (3, 2, 1) and report.accounted
    assert reason == "bad_type: jurisdiction_population='many' is not an int"


def test_a_workbook_without_the_named_sheet_is_a_file_error(tmp_path):
    folder = tmp_path / "office"
    folder.mkdir()
    _workbook(folder / "综合办公.xlsx", [["a"], ["1"]])
    mapping = tmp_path / "office.yaml"
    mapping.write_text("system: office\ntables:\n  evaluations: {from: 综合办公, sheet: 民主测评}\n", encoding="utf-8")
    (tmp_path / "sources.yaml").write_text("systems:\n  office: {dir: office, mapping: office.yaml}\n", "utf-8")
    source = load_sources_file(tmp_path / "sources.yaml")["office"]
    extract = read_table(source, CONTRACT.table("office", "evaluations"))
    assert extract.file_error == f"{folder}/综合办公.xlsx has no sheet '民主测评' (it has courts)"


def test_a_select_is_run_as_the_source_wrote_it_colons_and_all(tmp_path):
    """A mapping's SELECT reaches the database as written: a colon in a literal or a time format is the vendor's,
    not a bind parameter (SQLAlchemy's text() would take ':MI' for one)."""
    import sqlite3

    with sqlite3.connect(tmp_path / "hr.sqlite") as con:
        con.execute("create table FY (DM text, MC text, JB text, SJ text, RK integer, XGSJ text)")
        con.execute("insert into FY values ('内06', '鄂尔多斯市中级人民法院', '2', null, 2200000, '2024-03-01 08:00')")
    select = (
        "select DM as FYDM, MC as FYMC, JB as FYJB, SJ as SJFYDM, RK as XQRK, "
        "strftime('%Y%m%d%H%M%S', XGSJ || ':00') as GXSJ from FY where MC <> 'a:b'"
    )
    _mapping(tmp_path, GOOD.replace("from: XT_FY", f'select: "{select}"'))
    (tmp_path / "sources.yaml").write_text(
        f"systems:\n  hr: {{url: 'sqlite:///{tmp_path}/hr.sqlite', mapping: hr.yaml}}\n", encoding="utf-8"
    )
    extract = read_table(load_sources_file(tmp_path / "sources.yaml")["hr"], COURTS)
    assert extract.file_error is None
    assert extract.frame.loc[0, ["court_code", "level", "updated_at"]].tolist() == [
        "内06", "intermediate", "2024-03-01 08:00:00"
    ]  # fmt: skip
