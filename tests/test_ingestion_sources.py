"""Source configuration and reading tables into all-string extracts."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from ingestion.contract import load_contract
from ingestion.sources import (
    READ_REASON,
    SOURCE_ROW,
    SourceConfigError,
    SystemSource,
    load_sources_file,
    mask_url,
    read_table,
    sources_from_dir,
    statistics_start,
)

CONTRACT = load_contract()
COURTS = CONTRACT.table("hr", "courts")


def write_yaml(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_sources_file_resolves_relative_dirs_and_expands_env(tmp_path, monkeypatch):
    monkeypatch.setenv("HR_DB_PASSWORD", "s3cr3t")
    path = write_yaml(
        tmp_path,
        """
systems:
  hr: {url: "postgresql://etl:${HR_DB_PASSWORD}@db.court.local:5432/hr"}
  trial: {dir: exports/trial, encoding: gbk}
""",
    )
    sources = load_sources_file(path)
    assert sources["hr"].url == "postgresql://etl:s3cr3t@db.court.local:5432/hr"
    assert "s3cr3t" not in sources["hr"].label and "***" in sources["hr"].label
    assert "s3cr3t" not in sources["hr"].table_label("staff")
    assert sources["trial"].directory == tmp_path / "exports" / "trial"
    assert sources["trial"].encoding == "gbk"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("systems:\n  payroll: {url: 'sqlite://'}\n", "systems.payroll: unknown system"),
        ("systems:\n  hr: {url: 'sqlite://', dir: x}\n", "systems.hr: give exactly one of url and dir"),
        ("systems:\n  hr: {encoding: gbk}\n", "systems.hr: give exactly one of url and dir"),
        ("systems:\n  hr: {dir: x, pasword: y}\n", "systems.hr: unknown key(s) ['pasword']"),
        ("systems:\n  hr: {dir: x, encoding: klingon}\n", "systems.hr: unknown encoding 'klingon'"),
        (
            "systems:\n  hr: {dir: x, format: xls}\n",
            "systems.hr: format applies to a dir and must be csv, parquet or xlsx",
        ),
        ("systems:\n  hr: {url: 'sqlite://', format: csv}\n", "format applies to a dir"),
        ("systems:\n  hr: {url: 'postgresql://u:${NOPE_NOT_SET}@h/db'}\n", "NOPE_NOT_SET is not set"),
        ("hr: {dir: x}\n", "expected a mapping with a 'systems' mapping"),
        ("statistics_start: '2023-13-01'\nsystems: {}\n", "statistics_start '2023-13-01' is not a date"),
        ("statistics_start: 2023-13-01\nsystems: {}\n", "a date that does not exist (month must be in 1..12)"),
        ("statistics_start: 2023-07-15\nsystems: {}\n", "statistics_start 2023-07-15 must be the first day of a month"),
        ("start: 2023-01-01\nsystems: {}\n", "unknown top-level key(s) ['start'] (allowed: systems, statistics_start)"),
    ],
)
def test_sources_file_errors_name_the_file_and_entry(tmp_path, monkeypatch, body, message):
    monkeypatch.delenv("NOPE_NOT_SET", raising=False)
    path = write_yaml(tmp_path, body)
    with pytest.raises(SourceConfigError) as exc:
        load_sources_file(path)
    assert str(path) in str(exc.value) and message in str(exc.value)


def test_statistics_start_is_read_from_the_sources_file(tmp_path):
    assert statistics_start(write_yaml(tmp_path, "statistics_start: 2023-01-01\nsystems: {}\n")) == date(2023, 1, 1)
    assert statistics_start(write_yaml(tmp_path, "statistics_start: '2024-07-01'\nsystems: {}\n")) == date(2024, 7, 1)
    assert statistics_start(write_yaml(tmp_path, "systems: {}\n")) is None


def test_password_is_masked_in_labels():
    assert mask_url("postgresql://etl:pw@h/db") == "postgresql://etl:***@h/db"
    src = SystemSource("hr", url="mysql+pymysql://etl:topsecret@h:3306/hr?charset=utf8mb4")
    assert "topsecret" not in src.label and "topsecret" not in src.table_label("courts")


def test_sources_from_dir_lists_present_system_folders(tmp_path):
    (tmp_path / "hr").mkdir()
    (tmp_path / "trial").mkdir()
    (tmp_path / "not_a_system").mkdir()
    sources = sources_from_dir(tmp_path, encoding="gbk")
    assert sorted(sources) == ["hr", "trial"]
    assert sources["hr"].directory == tmp_path / "hr" and sources["hr"].encoding == "gbk"


def _courts_db(path: Path, rows: list[tuple]) -> SystemSource:
    con = sqlite3.connect(path)
    con.execute(
        "create table courts (court_code text, court_name text, level text, parent_court_code text, "
        "jurisdiction_population integer, updated_at text, note text)"
    )
    con.executemany("insert into courts values (?, ?, ?, ?, ?, ?, ?)", rows)
    con.commit()
    con.close()
    return SystemSource("hr", url=f"sqlite:///{path}")


def test_read_db_table_as_strings_with_rowid_and_since(tmp_path):
    src = _courts_db(
        tmp_path / "hr.sqlite",
        [
            ("A", "甲", "basic", None, 12, "2024-01-01 00:00:00", "x"),
            ("B", "乙", "basic", "A", 1500000, "2024-03-01 00:00:00", "y"),
            ("C", "丙", "basic", "A", 3.0, "01/03/2024", "z"),  # unparseable updated_at: always read
        ],
    )
    ex = read_table(src, COURTS, since=None)
    assert ex.file_error is None and ex.extra_columns == ["note"] and ex.missing_columns == []
    assert list(ex.frame.columns) == [*COURTS.column_names, SOURCE_ROW, READ_REASON]
    assert ex.frame["jurisdiction_population"].tolist() == ["12", "1500000", "3"]
    assert ex.frame["parent_court_code"].isna().tolist() == [True, False, False]
    assert ex.frame[SOURCE_ROW].tolist() == [1, 2, 3]
    assert all(isinstance(ex.frame[c].dtype, pd.StringDtype) for c in COURTS.column_names)
    ex = read_table(src, COURTS, since="2024-02-01 00:00:00")
    assert ex.frame["court_code"].tolist() == ["B", "C"] and ex.frame[SOURCE_ROW].tolist() == [2, 3]
    assert ex.label.endswith("hr.sqlite#courts")


def test_missing_db_table_is_a_file_error_not_an_exception(tmp_path):
    src = _courts_db(tmp_path / "hr.sqlite", [])
    ex = read_table(src, CONTRACT.table("hr", "staff"), since=None)
    assert ex.file_error == f"table hr.staff not found in {src.label}" and len(ex) == 0


def test_csv_reading_nulls_bom_and_row_numbers(tmp_path):
    folder = tmp_path / "hr"
    folder.mkdir()
    text = (
        "\ufeffcourt_code,court_name,level,parent_court_code,jurisdiction_population,updated_at\n"
        "A,甲,basic,,12,2024-01-01 00:00:00\n"
        "\n"
        'B,"乙, with comma",basic,A,13,2024-03-01 00:00:00\n'
    )
    (folder / "courts.csv").write_text(text, encoding="utf-8")
    ex = read_table(SystemSource("hr", directory=folder), COURTS, since=None)
    assert ex.missing_columns == [] and ex.file_error is None
    assert ex.frame["court_name"].tolist() == ["甲", "乙, with comma"]
    assert ex.frame["parent_court_code"].isna().tolist() == [True, False]
    assert ex.frame[SOURCE_ROW].tolist() == [1, 2]
    ex = read_table(SystemSource("hr", directory=folder), COURTS, since="2024-02-01 00:00:00")
    assert ex.frame["court_code"].tolist() == ["B"]


def test_parquet_is_read_and_cast_to_strings(tmp_path):
    folder = tmp_path / "hr"
    folder.mkdir()
    table = pa.table(
        {
            "court_code": ["A", "B"],
            "court_name": ["甲", "乙"],
            "level": ["basic", "intermediate"],
            "parent_court_code": [None, "A"],
            "jurisdiction_population": pa.array([12, None], type=pa.int64()),
            "updated_at": ["2024-01-01 00:00:00", "2024-01-02 00:00:00"],
        }
    )
    pq.write_table(table, folder / "courts.parquet")
    ex = read_table(SystemSource("hr", directory=folder), COURTS, since=None)
    assert ex.label.endswith("courts.parquet")
    assert ex.frame["jurisdiction_population"].tolist()[0] == "12"
    assert ex.frame["jurisdiction_population"].isna().tolist() == [False, True]


def test_missing_file_is_a_file_error(tmp_path):
    ex = read_table(SystemSource("hr", directory=tmp_path / "nowhere"), COURTS, since=None)
    assert ex.file_error is not None and "hr.courts not found" in ex.file_error
