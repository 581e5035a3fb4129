"""Landing over nights: watermarks that never skip a row (a cut-short file, a quarantined row owed until its
correction loads, a source older than last night), and damaged CSV records that cost themselves only."""

from __future__ import annotations

import json
from pathlib import Path

from ingestion.sources import SystemSource
from tests.landing_fixture import (
    CASES,
    COURTS,
    STAFF,
    case,
    count,
    court,
    land,
    land_hr,
    quarantine,
    staff,
    write_csv,
    write_sqlite,
)

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
