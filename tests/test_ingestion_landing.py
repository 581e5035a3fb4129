"""Landing: each defect is quarantined with a precise reason, nothing is dropped, reruns are idempotent."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import duckdb
import pytest

from ingestion.landing import ensure_raw_schema, land_table
from ingestion.sources import SystemSource
from tests.landing_fixture import (
    CASES,
    CONTRACT,
    COURTS,
    DEPARTMENTS,
    HEARINGS,
    PARTIES,
    PII_KEY,
    STAFF,
    TS,
    case,
    count,
    court,
    dept,
    land,
    land_hr,
    quarantine,
    write_csv,
)


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
