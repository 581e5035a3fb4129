"""Landing: each defect is quarantined with a precise reason, nothing is dropped, reruns are idempotent."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import duckdb
import pytest

from ingestion.contract import load_contract
from ingestion.landing import LandingReport, ensure_raw_schema, land_table
from ingestion.sources import SystemSource

CONTRACT = load_contract()
COURTS = CONTRACT.table("hr", "courts")
DEPARTMENTS = CONTRACT.table("hr", "departments")
STAFF = CONTRACT.table("hr", "staff")
CASES = CONTRACT.table("trial", "cases")
PARTIES = CONTRACT.table("trial", "case_parties")
HEARINGS = CONTRACT.table("trial", "hearings")

TS = "2024-05-01 08:00:00"


def court(code="内06", **kw):
    row = dict(
        court_code=code,
        court_name="鄂尔多斯市中级人民法院",
        level="intermediate",
        parent_court_code=None,
        jurisdiction_population="2150000",
        updated_at=TS,
    )
    return row | kw


def dept(dept_id="D1", **kw):
    row = dict(
        dept_id=dept_id,
        court_code="内06",
        dept_name="民事审判第一庭",
        dept_type="trial",
        business_line="civil",
        active="1",
        updated_at=TS,
    )
    return row | kw


def staff(person_id="P1", **kw):
    row = dict(
        person_id=person_id,
        name="张三",
        gender="M",
        court_code="内06",
        dept_id="D1",
        role="judge",
        is_quota_judge="true",
        hire_date="2010-07-01",
        leave_date=None,
        updated_at=TS,
    )
    return row | kw


def case(case_id="C1", **kw):
    row = dict(
        case_id=case_id,
        case_number=f"(2024)内06民初{case_id}号",
        court_code="内06",
        dept_id="D1",
        case_type_code="民初",
        procedure="ordinary",
        cause_of_action="民间借贷纠纷",
        filing_date="2024-04-02",
        closing_date=None,
        closing_method=None,
        claim_amount="12000.50",
        handling_judge_id="P1",
        presiding_judge_id=None,
        assistant_id=None,
        clerk_id=None,
        original_case_id=None,
        review_outcome=None,
        involves_enterprise="0",
        updated_at=TS,
        deleted="false",
    )
    return row | kw


def write_sqlite(path: Path, table, rows: list[dict], columns: list[str] | None = None) -> None:
    columns = columns or table.column_names
    con = sqlite3.connect(path)
    con.execute(f'create table "{table.name}" ({", ".join(f"{c!r} text" for c in columns)})')
    con.executemany(
        f'insert into "{table.name}" values ({", ".join("?" for _ in columns)})',
        [[r.get(c) for c in columns] for r in rows],
    )
    con.commit()
    con.close()


def write_csv(folder: Path, table, rows: list[dict], encoding="utf-8", columns=None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    columns = columns or table.column_names
    path = folder / f"{table.name}.csv"
    with path.open("w", encoding=encoding, newline="") as f:
        w = csv.writer(f)
        w.writerow(columns)
        for r in rows:
            w.writerow(["" if r.get(c) is None else r.get(c) for c in columns])
    return path


@pytest.fixture
def con(tmp_path):
    c = duckdb.connect(str(tmp_path / "warehouse.duckdb"))
    ensure_raw_schema(c)
    yield c
    c.close()


@pytest.fixture
def hr(tmp_path):
    """An HR database with two courts, one department, two judges, landed into the warehouse by tests."""
    db = tmp_path / "hr.sqlite"
    write_sqlite(db, COURTS, [court(), court("内0602", level="basic", parent_court_code="内06")])
    write_sqlite(db, DEPARTMENTS, [dept()])
    write_sqlite(db, STAFF, [staff(), staff("P2", name="李四")])
    return SystemSource("hr", url=f"sqlite:///{db}")


def land(con, source, table, batch="b1", **kw) -> LandingReport:
    report = land_table(con, source, table, batch_id=batch, **kw)
    assert report.read == report.loaded + report.quarantined
    assert report.quarantined == sum(report.quarantined_by_reason.values())
    return report


def land_hr(con, hr, batch="b1"):
    return [land(con, hr, t, batch) for t in (COURTS, DEPARTMENTS, STAFF)]


def quarantine(con, table) -> list[tuple]:
    return con.execute(
        "select source_row, reason_kind, reason, row_json from raw._quarantine "
        "where system = ? and table_name = ? order by batch_id, source_row",
        [table.system, table.name],
    ).fetchall()


def count(con, table) -> int:
    return con.execute(f'select count(*) from raw."{table.raw_name}"').fetchone()[0]


def test_clean_sqlite_source_lands_typed_rows_with_metadata(con, hr):
    reports = land_hr(con, hr)
    assert [(r.read, r.loaded, r.quarantined) for r in reports] == [(2, 2, 0), (1, 1, 0), (2, 2, 0)]
    row = con.execute(
        "select jurisdiction_population, updated_at, _batch_id, _source, _source_row "
        "from raw.hr__courts where court_code = '内06'"
    ).fetchone()
    assert row[0] == 2150000 and str(row[1]) == "2024-05-01 08:00:00" and row[2] == "b1"
    assert row[3].endswith("hr.sqlite#courts") and row[4] == 1
    assert con.execute("select active from raw.hr__departments").fetchone() == (True,)
    log = con.execute('select table_name, "read", loaded, quarantined, watermark_after from raw._load_log').fetchall()
    assert len(log) == 3 and str(log[0][4]) == "2024-05-01 08:00:00"


def test_each_defect_kind_is_quarantined_with_a_precise_reason(con, hr, tmp_path):
    land_hr(con, hr)
    rows = [
        case("C1"),  # good
        case("C2", procedure="fast"),
        case("C3", filing_date="2024-13-45"),
        case("", case_number="x"),
        case("C5", handling_judge_id="P999"),
        case("C6", filing_date="2024-04-02", closing_date="2024-03-01", closing_method="judgment"),
        case("C7", court_code=None),
        case("C8", claim_amount="abc"),
        case("C9", involves_enterprise="yes"),
        case("C10", updated_at="2024/05/01"),
        case("C11"),
        case("C11"),  # exact copy: one lands, one is a duplicate_row
        case("C12", cause_of_action="A"),
        case("C12", cause_of_action="B"),  # same key and updated_at, other content: both out
        case("C13", claim_amount="1.234"),  # more decimals than decimal(18,2)
        case("C14", case_number="DUP"),  # case_number is unique: two cases cannot share it
        case("C15", case_number="DUP"),
    ]
    report = land(con, SystemSource("trial", directory=write_csv(tmp_path / "trial", CASES, rows).parent), CASES)
    assert report.read == 17
    assert report.loaded == 2  # C1 and one C11
    q = {r[0]: r for r in quarantine(con, CASES)}
    assert q[2][1:3] == (
        "bad_code",
        "bad_code: procedure='fast' not in [ordinary, simple, small_claims, "
        "speedy, second_instance, retrial, review, special]",
    )
    assert q[3][1:3] == ("malformed_date", "malformed_date: filing_date='2024-13-45' is not YYYY-MM-DD")
    assert q[4][1:3] == ("blank_key", "blank_key: case_id is empty")
    assert q[5][1:3] == ("unknown_reference", "unknown_reference: handling_judge_id='P999' not in hr.staff")
    assert q[6][1:3] == (
        "closing_before_filing",
        "closing_before_filing: closing_date 2024-03-01 < filing_date 2024-04-02",
    )
    assert q[7][1:3] == ("not_null", "not_null: court_code is empty")
    assert q[8][1:3] == ("bad_type", "bad_type: claim_amount='abc' is not decimal(18,2)")
    assert q[9][1] == "bad_type" and "involves_enterprise='yes'" in q[9][2]
    assert q[10][1:3] == (
        "malformed_date",
        "malformed_date: updated_at='2024/05/01' is not YYYY-MM-DD HH:MM:SS",
    )
    assert q[12][1:3] == ("duplicate_row", "duplicate_row: same as source row 11")
    assert 11 not in q
    assert q[13][1] == q[14][1] == "duplicate_key"
    assert q[13][2] == "duplicate_key: case_id='C12' appears 2 times with the same updated_at and different content"
    assert q[15][1] == "bad_type" and "1.234" in q[15][2]
    assert q[16][1] == q[17][1] == "duplicate_unique"
    assert q[16][2] == "duplicate_unique: case_number='DUP' is used by more than one case_id in this batch"
    assert json.loads(q[2][3])["procedure"] == "fast" and json.loads(q[2][3])["closing_date"] is None
    assert report.quarantined_by_reason["duplicate_key"] == 2
    assert set(report.quarantined_by_reason) == {
        "bad_code", "malformed_date", "blank_key", "unknown_reference", "closing_before_filing",
        "not_null", "bad_type", "duplicate_row", "duplicate_key", "duplicate_unique",
    }  # fmt: skip
    assert count(con, CASES) == 2


def test_nullable_reference_may_be_null_and_self_reference_within_batch_is_accepted(con, hr, tmp_path):
    land_hr(con, hr)
    rows = [
        case("C2", case_type_code="民终", procedure="second_instance", original_case_id="C1", clerk_id=None),
        case("C1"),
        case("C3", original_case_id="C404"),
    ]
    report = land(con, SystemSource("trial", directory=write_csv(tmp_path / "t", CASES, rows).parent), CASES)
    assert (report.loaded, report.quarantined_by_reason) == (2, {"unknown_reference": 1})
    assert quarantine(con, CASES)[0][2] == "unknown_reference: original_case_id='C404' not in trial.cases"


def test_reference_to_a_row_of_a_previous_batch_is_accepted(con, hr, tmp_path):
    land_hr(con, hr)
    folder = tmp_path / "trial"
    write_csv(folder, CASES, [case("C1")])
    land(con, SystemSource("trial", directory=folder), CASES, "b1")
    write_csv(folder, CASES, [case("C1"), case("C2", original_case_id="C1", updated_at="2024-05-02 09:00:00")])
    report = land(con, SystemSource("trial", directory=folder), CASES, "b2")
    assert (report.read, report.loaded, report.already_loaded) == (1, 1, 1)


def test_rerun_is_idempotent_and_incremental_adds_new_versions(con, hr, tmp_path):
    first = land_hr(con, hr)
    assert first[2].watermark_after == TS
    again = land_hr(con, hr, "b2")
    assert [(r.read, r.loaded, r.already_loaded) for r in again] == [(0, 0, 2), (0, 0, 1), (0, 0, 2)]
    assert count(con, STAFF) == 2
    db = Path(hr.url.removeprefix("sqlite:///"))
    sq = sqlite3.connect(db)
    sq.execute("update staff set role = 'division_chief', updated_at = '2024-06-01 10:00:00' where person_id = 'P1'")
    sq.execute(
        "insert into staff (person_id, name, gender, court_code, dept_id, role, is_quota_judge, hire_date,"
        " updated_at) values ('P3', '王五', 'F', '内0602', 'D1', 'clerk', '0', '2020-01-01',"
        " '2024-06-01 10:00:00')"
    )
    sq.execute("update staff set updated_at = '2024-01-01 00:00:00' where person_id = 'P2'")  # older: not read
    sq.commit()
    sq.close()
    report = land(con, hr, STAFF, "b3")
    assert (report.read, report.loaded, report.already_loaded) == (2, 2, 0)
    assert report.watermark_before == TS and report.watermark_after == "2024-06-01 10:00:00"
    versions = con.execute(
        "select role, _batch_id from raw.hr__staff where person_id = 'P1' order by updated_at"
    ).fetchall()
    assert versions == [("judge", "b1"), ("division_chief", "b3")]
    assert land(con, hr, STAFF, "b4").read == 0
    assert count(con, STAFF) == 4


def test_full_refresh_reloads_everything_and_keeps_quarantine_history(con, hr, tmp_path):
    land_hr(con, hr)
    folder = tmp_path / "trial"
    write_csv(folder, CASES, [case("C1"), case("C2", procedure="fast")])
    land(con, SystemSource("trial", directory=folder), CASES, "b1")
    report = land(con, SystemSource("trial", directory=folder), CASES, "b2", full_refresh=True)
    assert (report.read, report.loaded, report.quarantined, report.watermark_before) == (2, 1, 1, None)
    assert count(con, CASES) == 1
    assert con.execute("select count(*) from raw._quarantine where table_name = 'cases'").fetchone()[0] == 2


def test_missing_table_and_missing_file_are_file_level_quarantine(con, hr, tmp_path):
    land_hr(con, hr)
    report = land(con, hr, CONTRACT.table("hr", "staff_postings"))
    assert (report.read, report.quarantined, report.quarantined_by_reason) == (1, 1, {"file_error": 1})
    assert report.file_error == f"table hr.staff_postings not found in {hr.label}"
    folder = tmp_path / "trial"
    write_csv(folder, CASES, [case("C1")])
    src = SystemSource("trial", directory=folder)
    report = land(con, src, HEARINGS)
    assert report.quarantined_by_reason == {"file_error": 1} and "trial.hearings not found" in report.file_error
    row = quarantine(con, HEARINGS)[0]
    assert row[0] is None and row[1] == "file_error" and row[3] is None
    assert land(con, src, CASES).loaded == 1  # the rest of the run is unaffected


def test_missing_column_quarantines_every_row(con, hr, tmp_path):
    land_hr(con, hr)
    folder = tmp_path / "trial"
    cols = [c for c in CASES.column_names if c != "closing_method"] + ["surplus"]
    write_csv(folder, CASES, [case("C1"), case("C2")], columns=cols)
    report = land(con, SystemSource("trial", directory=folder), CASES)
    assert (report.read, report.loaded, report.quarantined_by_reason) == (2, 0, {"missing_column": 2})
    assert "closing_method" in report.file_error and report.extra_columns == ["surplus"]
    assert [r[0] for r in quarantine(con, CASES)] == [1, 2]
    # an empty file that lacks a column is still reported
    write_csv(folder, CASES, [], columns=cols)
    report = land(con, SystemSource("trial", directory=folder), CASES, "b2", full_refresh=True)
    assert report.quarantined_by_reason == {"file_error": 1}


def test_unreadable_and_non_csv_files_do_not_crash(con, hr, tmp_path):
    land_hr(con, hr)
    folder = tmp_path / "trial"
    folder.mkdir()
    (folder / "cases.csv").write_bytes(b"\x00\x01\x02 PK binary")
    report = land(con, SystemSource("trial", directory=folder), CASES)
    assert report.quarantined_by_reason == {"file_error": 1} and "not a CSV" in report.file_error
    (folder / "cases.csv").write_text("", encoding="utf-8")
    report = land(con, SystemSource("trial", directory=folder), CASES, "b2")
    assert report.quarantined_by_reason == {"file_error": 1}


def test_csv_record_with_wrong_field_count_is_quarantined(con, hr, tmp_path):
    land_hr(con, hr)
    path = write_csv(tmp_path / "trial", CASES, [case("C1"), case("C2")])
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(2, "C9,too,few")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = land(con, SystemSource("trial", directory=path.parent), CASES)
    assert (report.read, report.loaded, report.quarantined_by_reason) == (3, 2, {"malformed_row": 1})
    assert quarantine(con, CASES)[0][:2] == (2, "malformed_row")


def test_gbk_csv_lands_chinese_text(con, hr, tmp_path):
    land_hr(con, hr)
    folder = tmp_path / "trial"
    write_csv(folder, CASES, [case("C1", cause_of_action="离婚纠纷")], encoding="gbk")
    report = land(con, SystemSource("trial", directory=folder, encoding="gbk"), CASES)
    assert report.loaded == 1
    assert con.execute("select cause_of_action, court_code from raw.trial__cases").fetchone() == (
        "离婚纠纷",
        "内06",
    )


def test_gbk_csv_declared_utf8_quarantines_undecodable_rows(con, hr, tmp_path):
    land_hr(con, hr)
    folder = tmp_path / "trial"
    ascii_row = case("C2", case_number="X-2", cause_of_action="loan", court_code="内06")
    write_csv(folder, CASES, [case("C1", cause_of_action="离婚纠纷"), ascii_row], encoding="gbk")
    report = land(con, SystemSource("trial", directory=folder, encoding="utf-8"), CASES)
    # 内06 in court_code is GBK too, so even the "ASCII" row has undecodable bytes there
    assert report.read == 2 and report.quarantined_by_reason == {"undecodable": 2}
    reasons = [r[2] for r in quarantine(con, CASES)]
    assert reasons[0] == "undecodable: undecodable bytes for encoding utf-8 in column case_number (is the file GBK?)"
    assert "\\x" in json.loads(quarantine(con, CASES)[0][3])["cause_of_action"]


def test_gbk_declared_utf8_ascii_only_rows_may_load(con, tmp_path):
    folder = tmp_path / "hr"
    write_csv(folder, COURTS, [court("C01", court_name="abc"), court("C02", court_name="中院")], encoding="gbk")
    report = land(con, SystemSource("hr", directory=folder), COURTS)
    assert (report.loaded, report.quarantined_by_reason) == (1, {"undecodable": 1})
    assert "column court_name" in quarantine(con, COURTS)[0][2]


def test_composite_key_int_and_file_incremental(con, hr, tmp_path):
    land_hr(con, hr)
    folder = tmp_path / "trial"
    write_csv(folder, CASES, [case("C1")])
    party = dict(case_id="C1", party_seq="1", party_role="plaintiff", party_type="natural_person",
                 name="赵六", id_number=None, phone=None, lawyer_license_no=None, updated_at=TS)  # fmt: skip
    write_csv(folder, PARTIES, [party, party | {"party_seq": "2.0"}, party | {"party_seq": "2", "case_id": "C9"}])
    src = SystemSource("trial", directory=folder)
    land(con, src, CASES)
    report = land(con, src, PARTIES)
    assert report.loaded == 1 and report.quarantined_by_reason == {"bad_type": 1, "unknown_reference": 1}
    old = party | {"party_seq": "3", "updated_at": "2024-01-01 00:00:00"}  # before the watermark: not read
    new = party | {"party_seq": "4", "updated_at": "2024-07-01 00:00:00"}
    bad_ts = party | {"party_seq": "5", "updated_at": "yesterday"}  # unparseable: read and quarantined
    write_csv(folder, PARTIES, [party, old, new, bad_ts])
    report = land(con, src, PARTIES, "b2")
    assert (report.read, report.loaded, report.already_loaded) == (2, 1, 1)
    assert report.quarantined_by_reason == {"malformed_date": 1}


def test_timestamp_with_t_separator_and_bool_spellings_are_accepted(con, tmp_path):
    folder = tmp_path / "hr"
    write_csv(folder, COURTS, [court("A"), court("B", updated_at="2024-05-02T09:30:00")])
    assert land(con, SystemSource("hr", directory=folder), COURTS).loaded == 2
    write_csv(
        folder,
        DEPARTMENTS,
        [dept("D1", court_code="A", active="TRUE"), dept("D2", court_code="B", active="0")],
    )
    assert land(con, SystemSource("hr", directory=folder), DEPARTMENTS).loaded == 2
    assert con.execute("select list(active order by dept_id) from raw.hr__departments").fetchone()[0] == [
        True,
        False,
    ]


def test_sql_special_characters_in_data_are_harmless(con, tmp_path):
    folder = tmp_path / "hr"
    write_csv(folder, COURTS, [court("O'Brien\"; drop table raw.hr__courts; --", level="x' or '1'='1")])
    report = land(con, SystemSource("hr", directory=folder), COURTS)
    assert report.quarantined_by_reason == {"bad_code": 1}
    assert quarantine(con, COURTS)[0][2].startswith("bad_code: level='x' or '1'='1' not in")


def test_failure_inside_the_transaction_rolls_back(con, tmp_path, monkeypatch):
    folder = tmp_path / "hr"
    write_csv(folder, COURTS, [court("A")])
    import ingestion.landing as landing

    def boom(*a, **k):
        raise RuntimeError("boom")

    monkeypatch.setattr(landing, "_later", boom)
    with pytest.raises(RuntimeError):
        land_table(con, SystemSource("hr", directory=folder), COURTS, batch_id="b1")
    assert count(con, COURTS) == 0
    assert con.execute("select count(*) from raw._load_log").fetchone()[0] == 0
