"""Landing: each defect is quarantined with a precise reason, nothing is dropped, reruns are idempotent."""

from __future__ import annotations

import csv
import hashlib
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
PII_KEY = "test-pii-key"


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
    report = land_table(con, source, table, batch_id=batch, pii_key=PII_KEY, **kw)
    assert report.read == report.loaded + report.quarantined + report.already_loaded
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
    assert (report.read, report.loaded, report.already_loaded) == (2, 1, 1)


def test_rerun_is_idempotent_and_incremental_adds_new_versions(con, hr, tmp_path):
    first = land_hr(con, hr)
    assert first[2].watermark_after == TS
    again = land_hr(con, hr, "b2")
    assert [(r.read, r.loaded, r.already_loaded) for r in again] == [(2, 0, 2), (1, 0, 1), (2, 0, 2)]
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
    again = land(con, hr, STAFF, "b4")
    assert (again.read, again.loaded, again.already_loaded) == (2, 0, 2)
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


def test_gbk_csv_declared_utf8_is_set_aside_whole_then_loads_in_utf8(con, tmp_path):
    """Encoding is decided per file: even a row whose GBK bytes happen to be valid UTF-8 (卢英 -> ¬Ӣ) or are
    plain ASCII does not load; the watermark stays, so the next night's UTF-8 file loads every row."""
    folder = tmp_path / "hr"
    rows = [court("C01", court_name="abc"), court("C02", court_name="中院"), court("C03", court_name="卢英")]
    assert "卢英".encode("gbk").decode("utf-8") == "¬Ӣ"
    write_csv(folder, COURTS, rows, encoding="gbk")
    report = land(con, SystemSource("hr", directory=folder), COURTS)
    assert (report.read, report.loaded, report.quarantined_by_reason) == (3, 0, {"wrong_encoding": 3})
    assert report.watermark_after is None and "is not valid utf-8" in report.file_error
    reasons = quarantine(con, COURTS)
    assert [r[0] for r in reasons] == [1, 2, 3]
    assert reasons[1][2].startswith(f"wrong_encoding: {folder / 'courts.csv'} is not valid utf-8: undecodable bytes")
    assert "(is the file GBK?)" in reasons[1][2]
    assert "\\x" in json.loads(reasons[1][3])["court_name"]  # the undecodable bytes, visible
    write_csv(folder, COURTS, rows, encoding="utf-8")
    report = land(con, SystemSource("hr", directory=folder), COURTS, "b2")
    assert (report.read, report.loaded, report.quarantined, report.file_error) == (3, 3, 0, None)
    names = con.execute("select list(court_name order by court_code) from raw.hr__courts").fetchone()[0]
    assert names == ["abc", "中院", "卢英"]


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
    assert (report.read, report.loaded, report.already_loaded) == (3, 1, 1)
    assert report.quarantined_by_reason == {"malformed_date": 1}


def _by_hand(value: str) -> str:
    return hashlib.sha256((PII_KEY + value).encode("utf-8")).hexdigest()


def test_parties_personal_information_lands_masked_even_in_the_quarantine(con, hr, tmp_path):
    """Names, ID and phone numbers are keyed hashes in raw and in the quarantine's row; a blank name is still
    missing (quarantined), not the hash of a blank; nothing of the clear values is left in the warehouse."""
    land_hr(con, hr)
    folder = tmp_path / "trial"
    write_csv(folder, CASES, [case("C1")])
    party = dict(case_id="C1", party_seq="1", party_role="plaintiff", party_type="natural_person",
                 name="赵六", id_number="150602198001011234", phone="13800000001", lawyer_license_no=None,
                 updated_at=TS)  # fmt: skip
    unknown_case = party | {"party_seq": "2", "case_id": "C9", "name": "钱七", "phone": None}
    blank_name = party | {"party_seq": "3", "name": "  ", "id_number": None}
    write_csv(folder, PARTIES, [party, unknown_case, blank_name])
    src = SystemSource("trial", directory=folder)
    land(con, src, CASES)
    report = land(con, src, PARTIES)
    assert report.loaded == 1 and report.quarantined_by_reason == {"unknown_reference": 1, "not_null": 1}
    landed = con.execute("select name, id_number, phone from raw.trial__case_parties").fetchall()
    assert landed == [(_by_hand("赵六"), _by_hand("150602198001011234"), _by_hand("13800000001"))]
    rows = {r[0]: json.loads(r[3]) for r in quarantine(con, PARTIES)}
    assert rows[2]["name"] == _by_hand("钱七") and rows[2]["id_number"] == _by_hand("150602198001011234")
    assert rows[2]["phone"] is None and rows[3]["name"] == "  "
    for clear in ("赵六", "钱七", "150602198001011234", "13800000001"):
        hits = con.execute(
            "select count(*) from raw.trial__case_parties where contains(concat_ws('|', name, id_number, phone), ?)",
            [clear],
        ).fetchone()[0] + con.execute("select count(*) from raw._quarantine where contains(row_json::varchar, ?)",
                                      [clear]).fetchone()[0]  # fmt: skip
        assert hits == 0, clear


def test_a_warehouse_landed_in_clear_is_masked_once_in_place(tmp_path):
    """A warehouse landed before masking moved into landing: its clear PII (raw and quarantined rows) is masked
    by the next landing, once; a new warehouse is only marked."""
    path = tmp_path / "old.duckdb"
    with duckdb.connect(str(path)) as con:
        ensure_raw_schema(con)  # as a release before masking left it: no marker
        con.execute("insert into raw.trial__case_parties (case_id, party_seq, name, id_number, phone) "
                    "values ('C1', 1, '赵六', '150602198001011234', null)")  # fmt: skip
        con.execute("insert into raw._quarantine (system, table_name, row_json) values "
                    "('trial', 'case_parties', '{\"case_id\": \"C9\", \"name\": \"钱七\"}')")  # fmt: skip
        ensure_raw_schema(con, PII_KEY)
        ensure_raw_schema(con, PII_KEY)  # the second time does nothing
        assert con.execute("select name, id_number, phone from raw.trial__case_parties").fetchall() == [
            (_by_hand("赵六"), _by_hand("150602198001011234"), None)
        ]
        row = json.loads(con.execute("select row_json from raw._quarantine").fetchone()[0])
        assert row == {"case_id": "C9", "name": _by_hand("钱七")}
        assert con.execute("select had_clear_rows from raw._pii_masked").fetchall() == [(True,)]
    with duckdb.connect(str(tmp_path / "new.duckdb")) as con:
        ensure_raw_schema(con, PII_KEY)
        assert con.execute("select had_clear_rows from raw._pii_masked").fetchall() == [(False,)]


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
        land_table(con, SystemSource("hr", directory=folder), COURTS, batch_id="b1", pii_key=PII_KEY)
    assert count(con, COURTS) == 0
    assert con.execute("select count(*) from raw._load_log").fetchone()[0] == 0


# --- watermarks that never skip a row ------------------------------------------------------------------


def _stamp(i: int) -> str:
    return f"2024-05-{1 + i // 24:02d} {i % 24:02d}:00:00"


def test_a_cut_short_file_then_the_full_file_loads_every_row(con, hr, tmp_path):
    """Night 1 delivers the file cut in the middle of a record; its first rows changed later than the rest.
    The watermark must not move past a delivery that was not whole: night 2's full file loads every row."""
    land_hr(con, hr)
    rows = [case(f"C{i:02d}", updated_at=_stamp(40 - i)) for i in range(40)]  # newest first
    path = write_csv(tmp_path / "trial", CASES, rows)
    full = path.read_bytes()
    path.write_bytes(full[: len(full) // 2 + 25])  # inside a record (cut at a line end, it would look whole)
    src = SystemSource("trial", directory=path.parent)
    night1 = land(con, src, CASES)
    assert 0 < night1.loaded < 40 and night1.watermark_after is None
    assert "does not end with a line break" in night1.file_error
    assert con.execute("select count(*) from raw._load_log where file_error like '%cut short%'").fetchone()[0] == 1
    path.write_bytes(full)
    night2 = land(con, src, CASES, "b2")
    assert (night2.read, night2.loaded, night2.already_loaded) == (40, 40 - night1.loaded, night1.loaded)
    assert count(con, CASES) == 40
    assert night2.file_error is None and night2.watermark_after == _stamp(40)
    assert land(con, src, CASES, "b3").read == 1  # incremental again: only the row at the watermark is re-read


def test_a_quarantined_row_is_read_again_until_its_correction_loads(con, hr, tmp_path):
    """The watermark stops at the oldest row still owed: a corrected re-delivery with the same updated_at
    loads (and so does a child whose parent arrives a night later); then the watermark moves on."""
    land_hr(con, hr)
    folder = tmp_path / "trial"
    old, new = "2024-05-01 08:00:00", "2024-05-03 08:00:00"
    write_csv(folder, CASES, [
        case("C1", updated_at=new),
        case("C2", procedure="fast", updated_at=old),  # bad code
        case("C3", handling_judge_id="P3", updated_at=old),  # judge P3 not in hr yet
    ])  # fmt: skip
    src = SystemSource("trial", directory=folder)
    night1 = land(con, src, CASES)
    assert night1.loaded == 1 and night1.quarantined_by_reason == {"bad_code": 1, "unknown_reference": 1}
    assert night1.watermark_after == old  # not `new`: C2 and C3 are owed
    corrected = [
        case("C1", updated_at=new),
        case("C2", updated_at=old),
        case("C3", handling_judge_id="P3", updated_at=old),
    ]
    write_csv(folder, CASES, corrected)
    night2 = land(con, src, CASES, "b2")
    assert (night2.read, night2.loaded, night2.already_loaded) == (3, 1, 1)
    assert night2.quarantined_by_reason == {"unknown_reference": 1} and night2.watermark_after == old
    hr_db = Path(hr.url.removeprefix("sqlite:///"))
    write_sqlite(hr_db.with_name("hr2.sqlite"), STAFF, [staff("P3", name="王五", updated_at=new)])
    land(con, SystemSource("hr", url=f"sqlite:///{hr_db.with_name('hr2.sqlite')}"), STAFF, "b3")
    night3 = land(con, src, CASES, "b3")
    assert (night3.read, night3.loaded, night3.already_loaded, night3.quarantined) == (3, 1, 2, 0)
    assert night3.watermark_after == new  # nothing owed any more
    assert con.execute("select list(case_id order by case_id) from raw.trial__cases").fetchone()[0] == [
        "C1", "C2", "C3",
    ]  # fmt: skip


def test_a_quarantined_row_replaced_by_a_later_version_is_no_longer_owed(con, hr, tmp_path):
    land_hr(con, hr)
    folder = tmp_path / "trial"
    old, mid, new = "2024-05-01 08:00:00", "2024-05-02 08:00:00", "2024-05-03 08:00:00"
    write_csv(folder, CASES, [case("C1", updated_at=mid), case("C2", procedure="fast", updated_at=old)])
    src = SystemSource("trial", directory=folder)
    assert land(con, src, CASES).watermark_after == old
    write_csv(folder, CASES, [case("C1", updated_at=mid), case("C2", updated_at=new)])
    night2 = land(con, src, CASES, "b2")
    assert (night2.read, night2.loaded, night2.already_loaded, night2.watermark_after) == (2, 1, 1, new)


def test_load_log_accounts_for_rows_read_again(con, hr):
    land_hr(con, hr)
    land_hr(con, hr, "b2")
    rows = con.execute(
        "select \"read\", loaded, quarantined, already_loaded from raw._load_log where batch_id = 'b2'"
    ).fetchall()
    assert rows == [(2, 0, 0, 2), (1, 0, 0, 1), (2, 0, 0, 2)]


# --- damaged records cost themselves only ----------------------------------------------------------------


def _csv_lines(folder: Path, rows: list[dict]) -> list[str]:
    return write_csv(folder, CASES, rows).read_text(encoding="utf-8").splitlines()


def test_a_stray_quote_costs_its_record_only(con, hr, tmp_path):
    land_hr(con, hr)
    folder = tmp_path / "trial"
    rows = [case(f"C{i}") for i in range(1, 7)]
    rows[1]["cause_of_action"] = "借款, 担保"  # a legit quoted value with a comma
    rows[4]["cause_of_action"] = "第一行\n第二行"  # a legit value over two lines
    lines = _csv_lines(folder, rows)
    assert lines[4].startswith("C4,")
    lines[4] = lines[4].replace("C4,", 'C4,"', 1)  # a stray quote: closed by C5's, no CSV record
    lines[-1] = lines[-1].replace("C6,", 'C6,"', 1)  # a quote opened and never closed
    lines[1] = lines[1].replace(",民间借贷纠纷,", ',"民间"借贷纠纷,', 1)  # C1: text after a closing quote
    (folder / "cases.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = land(con, SystemSource("trial", directory=folder), CASES)
    assert (report.read, report.loaded, report.quarantined_by_reason) == (6, 3, {"malformed_row": 3})
    bad = quarantine(con, CASES)
    assert [(r[0], r[1]) for r in bad] == [(1, "malformed_row"), (4, "malformed_row"), (6, "malformed_row")]
    label = folder / "cases.csv"
    assert bad[0][2] == f"malformed_row: {label} line 2 (record 1): ',' expected after '\"'"
    assert bad[1][2] == f"malformed_row: {label} line 5 (record 4): ',' expected after '\"'"
    assert bad[2][2] == f"malformed_row: {label} line 8 (record 6): a quoted value is never closed (a stray quote?)"
    assert json.loads(bad[1][3])["case_id"] == "C4"
    loaded = dict(con.execute("select case_id, cause_of_action from raw.trial__cases").fetchall())
    assert loaded == {"C2": "借款, 担保", "C3": "民间借贷纠纷", "C5": "第一行\n第二行"}
    assert con.execute("select _source_row from raw.trial__cases where case_id = 'C5'").fetchone() == (5,)
    assert report.watermark_after is None and "3 damaged record(s), first: " in report.file_error


def test_a_nul_byte_costs_its_record_only(con, hr, tmp_path):
    land_hr(con, hr)
    folder = tmp_path / "trial"
    lines = _csv_lines(folder, [case("C1"), case("C2"), case("C3")])
    lines[2] = lines[2].replace("民间借贷纠纷", "民间\x00借贷纠纷")
    (folder / "cases.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = land(con, SystemSource("trial", directory=folder), CASES)
    assert (report.read, report.loaded, report.quarantined_by_reason) == (3, 2, {"malformed_row": 1})
    row = quarantine(con, CASES)[0]
    assert row[:3] == (
        2,
        "malformed_row",
        f"malformed_row: {folder / 'cases.csv'} line 3 (record 2): it contains a NUL byte",
    )
    assert json.loads(row[3])["cause_of_action"] == "民间\\x00借贷纠纷"


def test_a_source_older_than_last_night_is_reported_with_both_timestamps(con, tmp_path, capsys):
    """A source restored from an old backup: its newest updated_at goes back; landing says so and the
    nightly summary prints it (the ingestion asset's WARN check reads the same report)."""
    from cli.runner import _print_landing

    folder = tmp_path / "hr"
    write_csv(folder, COURTS, [court("A", updated_at="2024-05-01 08:00:00")])
    first = land(con, SystemSource("hr", directory=folder), COURTS)
    assert (first.source_latest, first.previous_latest, first.went_backwards) == ("2024-05-01 08:00:00", None, False)
    write_csv(folder, COURTS, [court("A", updated_at="2024-03-01 08:00:00")])
    second = land(con, SystemSource("hr", directory=folder), COURTS, "b2")
    assert (second.source_latest, second.previous_latest) == ("2024-03-01 08:00:00", "2024-05-01 08:00:00")
    assert second.went_backwards and second.read == 0 and second.watermark_after == "2024-05-01 08:00:00"
    capsys.readouterr()
    _print_landing(con, "b2")
    out = capsys.readouterr().out
    assert (
        "WARNING: hr.courts: the source's newest updated_at is 2024-03-01 08:00:00, older than the previous "
        "night's 2024-05-01 08:00:00" in out
    )
