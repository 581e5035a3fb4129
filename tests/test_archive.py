"""The performance archive on a hand-made warehouse (no dbt): close, idempotence, restatement and its
difference, tamper evidence, export/import, lineage down to the case ids, and the printed reports."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import duckdb
import pytest

from archive import store
from archive.close import ReasonRequired, close_period
from archive.periods import parse_period, previous_period
from archive.report import explain, format_close, show
from archive.signing import SigningKeys
from cli.main import main
from courtperf.settings import Settings
from tests.archive_fixture import add_score_totals, build_warehouse, land_correction, private_catalog
from tests.conftest import courtperf_home

Q1 = parse_period("2024-Q1")


@pytest.fixture
def env(tmp_path):
    config, catalog = private_catalog(tmp_path)
    warehouse = tmp_path / "warehouse.duckdb"
    build_warehouse(warehouse, catalog)
    archive = tmp_path / "archive.duckdb"
    settings = Settings.from_env({"COURTPERF_HOME": str(tmp_path)})  # as the CLI sees it in courtperf_home(tmp_path)

    def close(period=Q1, reason=None):
        return close_period(period, warehouse=warehouse, archive=archive, reason=reason, run_id="test-run",
                            config_dir=config, keys=SigningKeys.from_settings(settings),
                            heads_log=settings.archive_heads)  # fmt: skip

    return tmp_path, warehouse, archive, close


def _query(path, sql, params=None):
    with store.connect(path, read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def test_periods_and_partition_keys():
    assert (Q1.grain, Q1.label, Q1.start, Q1.end, Q1.partition_key) == (
        "quarter", "2024-Q1", date(2024, 1, 1), date(2024, 3, 31), "2024-01-01")  # fmt: skip
    march = parse_period("2024-03")
    assert march.partition_key == "2024-03"
    assert [p[:2] for p in march.periods] == [("month", "2024-03"), ("ytd", "2024-03")]
    assert march.periods[1][2] == date(2024, 1, 1)
    assert parse_period("2024").end == date(2024, 12, 31)
    assert parse_period("2024-01-01") == Q1
    assert previous_period("month", date(2025, 1, 5)).label == "2024-12"
    assert previous_period("quarter", date(2025, 4, 5)).label == "2025-Q1"
    assert previous_period("year", date(2025, 1, 5)).label == "2024"
    with pytest.raises(ValueError):
        parse_period("2024-13")


def test_close_is_idempotent(env):
    _, _, archive, close = env
    first = close()
    assert (first.status, first.version) == ("published", 1)
    assert first.row_counts["indicator_values"] == 8
    with duckdb.connect(str(env[1])) as con:  # a rebuild that sums in another order: noise in the last bits
        con.execute("update intermediate.indicator_value_rows set value = value * (1 + 1e-15)")
    again = close()
    assert (again.status, again.version, again.version_hash) == ("unchanged", 1, first.version_hash)
    assert "nothing written" in format_close(again)
    assert _query(archive, "select count(*) from versions") == [(1,)]
    assert _query(archive, "select count(*) from indicator_values") == [(8,)]
    version = _query(archive, "select run_id, catalog_version, watermarks, batch_ids, code_version from versions")[0]
    assert version[0] == "test-run" and version[1]
    assert json.loads(version[2]) == {"trial.cases": {"watermark": "2024-04-05 01:00:00", "batch_id": "batch-1"}}
    assert json.loads(version[3]) == ["batch-1"] and version[4]


def test_an_unfinished_period_cannot_be_closed(env):
    _, warehouse, archive, _ = env
    with pytest.raises(store.ArchiveError, match="has not ended"):
        close_period(Q1, warehouse=warehouse, archive=archive, now=datetime(2024, 3, 31, 12, tzinfo=UTC))


def test_a_warehouse_whose_latest_run_failed_the_gate_cannot_be_closed(env):
    from quality.report import DATA_QUALITY_DDL

    _, warehouse, archive, close = env
    with duckdb.connect(str(warehouse)) as con:
        con.execute(DATA_QUALITY_DDL)
        con.execute(
            "insert into quality.data_quality (run_id, table_name, checks_passed, checks_failed, errors_failed) values "
            "('batch-0', 'marts.fct_trial_cases', 1, 1, 1), ('batch-1', 'raw._quarantine', 12, 2, 2), "
            "('batch-1', 'marts.fct_trial_cases', 9, 0, 0)"
        )
    with pytest.raises(store.ArchiveError, match=r"latest nightly run batch-1 failed 2 blocking .* raw\._quarantine"):
        close()
    assert not archive.exists() or _query(archive, "select count(*) from versions") == [(0,)]
    with duckdb.connect(str(warehouse)) as con:  # the sources were fixed and the night rerun: it passed
        con.execute("insert into raw._load_log values ('batch-2', 'trial.cases', 0, '2024-04-06 01:00:00')")
        con.execute("insert into quality.data_quality (run_id, table_name, errors_failed) values ('batch-2', 'x', 0)")
    assert close().status == "published"


def test_restatement_needs_a_reason_and_reports_the_difference(env):
    _, warehouse, archive, close = env
    add_score_totals(warehouse, {"J1": (80.0, 2), "J2": (90.0, 1)})
    close()
    land_correction(warehouse)
    add_score_totals(warehouse, {"J1": (95.0, 1), "J2": (90.0, 2)})

    with pytest.raises(ReasonRequired) as error:
        close()
    assert "Nothing was written" in str(error.value) and "--reason" in str(error.value)
    assert "rank 2 -> 1 (up 1)" in str(error.value)
    assert _query(archive, "select count(*) from versions") == [(1,)]
    assert _query(archive, "select count(*) from indicator_values") == [(8,)]

    second = close(reason="C2 closed within its limit (late correction by the trial system)")
    assert (second.status, second.version) == ("published", 2)
    diff = second.diff
    assert diff["inputs"]["watermarks"] == {"trial.cases": ["2024-04-05 01:00:00", "2024-05-05 01:00:00"]}
    assert diff["inputs"]["new_batches"] == ["batch-2"]
    assert diff["inputs"]["catalog_version"][0] == diff["inputs"]["catalog_version"][1]
    changed = {(v["indicator_id"], v["level"], v["entity_id"]) for v in diff["indicator_values"]["largest"]}
    assert changed == {("within_limit_closure_rate", lvl, e) for lvl, e in (("person", "J1"), ("department", "D1"),
                                                                         ("court", "K1"))}  # fmt: skip
    j1 = next(v for v in diff["indicator_values"]["largest"] if v["entity_id"] == "J1")
    assert (j1["old_numerator"], j1["new_numerator"], j1["old_denominator"]) == (2, 3, 3)
    movers = {m["entity_id"]: m for m in diff["ranks"]["movers"]}
    assert (movers["J1"]["old_rank"], movers["J1"]["new_rank"], movers["J1"]["moved_up"]) == (2, 1, 1)
    assert (movers["J2"]["old_rank"], movers["J2"]["new_rank"], movers["J2"]["moved_up"]) == (1, 2, -1)
    assert [c["indicator_id"] for c in movers["J1"]["changed_indicators"]] == ["within_limit_closure_rate"]
    report = format_close(second)
    assert "J1 quarter 2024-Q1: rank 2 -> 1 (up 1), total 80 -> 95; because within_limit_closure_rate" in report

    # version 1 is kept; the current view shows version 2; history holds both
    assert _query(archive, "select version, reason from versions order by 1")[1][1].startswith("C2 closed")
    assert _query(archive, "select numerator from indicator_values_current where indicator_id = "
                           "'within_limit_closure_rate' and entity_id = 'J1'") == [(3.0,)]  # fmt: skip
    history = "select version, numerator from indicator_values_history where indicator_id = "
    history += "'within_limit_closure_rate' and entity_id = 'J1'"
    assert sorted(_query(archive, history)) == [(1, 2.0), (2, 3.0)]
    assert close(reason="again").status == "unchanged"


def test_score_marts_are_picked_up_once_they_exist(env):
    _, warehouse, archive, close = env
    close()
    assert not _query(archive, "select count(*) from duckdb_tables() where table_name = 'score_totals'")[0][0]
    add_score_totals(warehouse, {"J1": (80.0, 2), "J2": (90.0, 1)})
    with pytest.raises(ReasonRequired, match="tables added: score_totals"):
        close()
    assert close(reason="scores published").version == 2
    assert _query(archive, "select entity_id, rank_in_peer_group, scoring_config_version from score_totals_current "
                           "order by 1") == [("J1", 2, "sc1"), ("J2", 1, "sc1")]  # fmt: skip
    assert _query(archive, "select scoring_config_version from archive_current") == [("sc1",)]


def test_full_refresh_of_the_warehouse_leaves_the_archive_intact(env):
    tmp_path, warehouse, archive, close = env
    close()
    close(parse_period("2024-03"))
    warehouse.unlink()  # what `courtperf run --full-refresh` could do to it, at worst
    _, catalog = private_catalog(tmp_path / "again")
    build_warehouse(warehouse, catalog)
    assert _query(archive, "select count(*) from versions") == [(2,)]
    with store.connect(archive, read_only=True) as con:
        assert store.verify(con).ok
    # the rebuilt warehouse holds the same results: closing again writes nothing
    assert close().status == "unchanged"


def test_verify_catches_rows_changed_behind_the_tools_back(env, capsys):
    tmp_path, warehouse, archive, close = env
    close()
    with courtperf_home(tmp_path):
        import os

        os.environ["COURTPERF_ARCHIVE"] = str(archive)
        assert main(["archive", "verify"]) == 0
        with duckdb.connect(str(archive)) as con:  # an edit outside courtperf
            con.execute("update indicator_values set value = 1.0 where indicator_id = 'within_limit_closure_rate' "
                        "and entity_id = 'J1' and period_type = 'quarter'")  # fmt: skip
        assert main(["archive", "verify"]) == 1
    out = capsys.readouterr().out
    assert "TAMPERED: indicator_values: row changed outside courtperf in version_id 1 (2024-Q1 v1)" in out
    assert "entity_id=J1" in out and "indicator_id=within_limit_closure_rate" in out


@pytest.mark.parametrize(
    "edit, expected",
    [
        ("delete from lineage where record_id = 'C3'", "were published (rows added or deleted"),
        ("update versions set reason = 'something else'", "its record or table hashes were changed"),
        ("update indicator_values set value = 0.5, _row_hash = sha256('x') where entity_id = 'J2' "
         "and indicator_id = 'closed_cases'", "content differs"),
        ("update versions set prev_hash = 'x'", "does not follow the previous version"),
    ],
)  # fmt: skip
def test_verify_catches_deletions_and_edits_of_versions(env, edit, expected):
    _, _, archive, close = env
    close()
    close(parse_period("2024-03"))
    with duckdb.connect(str(archive)) as con:
        con.execute(edit)
    with store.connect(archive, read_only=True) as con:
        report = store.verify(con)
    assert not report.ok
    assert any(expected in p for p in report.problems), report.problems


def test_export_and_import_restore_a_verified_archive(env):
    tmp_path, _, archive, close = env
    close()
    close(parse_period("2024"))
    with store.connect(archive, read_only=True) as con:
        manifest = store.export_archive(con, tmp_path / "backup")
        head = store.chain_head(con)
    assert manifest["head_hash"] == head[1]
    restored = tmp_path / "restored.duckdb"
    with courtperf_home(tmp_path):
        import os

        os.environ["COURTPERF_ARCHIVE"] = str(restored)
        assert main(["archive", "import", str(tmp_path / "backup")]) == 0
        assert main(["archive", "import", str(tmp_path / "backup")]) == 1  # never merged into a non-empty archive
    with store.connect(restored, read_only=True) as con:
        assert store.verify(con).ok
        assert store.chain_head(con) == head
        assert con.execute("select count(*) from indicator_values_current").fetchone()[0] == 16


def test_lineage_lists_exactly_the_cases_behind_numerator_and_denominator(env):
    _, warehouse, archive, close = env
    close()
    close(parse_period("2024-03"))
    rows = _query(
        archive,
        "select period_type, part, list(record_id order by record_id) from indicator_lineage_current "
        "where indicator_id = 'within_limit_closure_rate' and level = 'person' and entity_id = 'J1' group by all "
        "order by all",
    )
    assert rows == [
        ("month", "denominator", ["C2", "C3"]),
        ("month", "numerator", ["C3"]),
        ("quarter", "denominator", ["C1", "C2", "C3"]),
        ("quarter", "numerator", ["C1", "C3"]),
        ("ytd", "denominator", ["C1", "C2", "C3"]),
        ("ytd", "numerator", ["C1", "C3"]),
    ]
    court = _query(
        archive,
        "select list(record_id order by record_id) from indicator_lineage_current where "
        "indicator_id = 'closed_cases' and level = 'court' and period_type = 'quarter'",
    )
    assert court == [(["C1", "C2", "C3", "C4", "C7"],)]
    with store.connect(archive, read_only=True) as con:
        text, found = explain(con, "person", "J1", "2024-Q1", "within_limit_closure_rate")
    assert found
    assert "numerator 2 / denominator 3" in text
    assert "numerator: count of trial_cases closed_in where is_within_limit is_true — 2 record(s)" in text
    listed = [line.split() for line in text.splitlines() if line.startswith("    ")]
    assert [(w[0], w[2]) for w in listed] == [
        ("numerator", "C1"), ("numerator", "C3"), ("denominator", "C1"), ("denominator", "C2"), ("denominator", "C3"),
    ]  # fmt: skip
    # each case by its 案号, filing and closing dates and 承办人, as kept in the archive when the period was closed
    assert listed[0][3:] == ["（2024）内0602民初1号", "2024-01-05", "→", "2024-02-10", "承办人", "王法官"]
    assert listed[3][3:] == ["（2024）内0602民初2号", "2023-10-01", "→", "2024-03-05", "承办人", "王法官"]
    # the warehouse rebuilt from scratch (here: gone): the archived number is still traced to its cases
    warehouse.unlink()
    with store.connect(archive, read_only=True) as con:
        assert explain(con, "person", "J1", "2024-Q1", "within_limit_closure_rate")[0] == text


def test_lineage_adds_up_to_every_archived_count(env):
    """Every count numerator and denominator equals the number of lineage rows behind it."""
    _, _, archive, close = env
    for period in ("2024-Q1", "2024-03", "2024"):
        close(parse_period(period))
    mismatches = _query(
        archive,
        """
        with listed as (
            select indicator_id, level, entity_id, period_type, period, part, count(*) as n
            from indicator_lineage_current group by all
        )
        select v.*, l.part, l.n from indicator_values_current as v
        left join listed as l using (indicator_id, level, entity_id, period_type, period)
        where (l.part = 'numerator' and l.n != v.numerator) or (l.part = 'denominator' and l.n != v.denominator)
            or (l.part is null and v.numerator != 0)
        """,
    )
    assert mismatches == []


def test_show_prints_a_record_over_the_years(env, capsys):
    tmp_path, warehouse, archive, close = env
    close()
    close(parse_period("2024"))
    with store.connect(archive, read_only=True) as con:
        text = show(con, "person", "J1", ("closed_cases", "within_limit_closure_rate"))
    lines = text.splitlines()
    assert lines[0] == "Performance record (业绩档案) of person J1"
    assert lines[1].split() == ["period", "v", "closed_cases", "within_limit_closure_rate"]
    assert lines[2].split() == ["2024", "1", "5", "0.75"]
    assert lines[3].split() == ["2024-Q1", "1", "4", "0.6667"]
    add_score_totals(warehouse, {"J1": (80.0, 2), "J2": (90.0, 1)})
    with duckdb.connect(str(warehouse)) as con:  # and their grades: J2 too short in post to be graded
        con.execute("create table marts.grades as select * from (values ('person', 'J1', 'quarter', '2024-Q1', '较好', "
                    "true), ('person', 'J2', 'quarter', '2024-Q1', null, false)) as t (level, entity_id, period_type, "
                    "period, grade, is_graded)")  # fmt: skip
    close(reason="scores")
    with courtperf_home(tmp_path):
        import os

        os.environ["COURTPERF_ARCHIVE"] = str(archive)
        assert main(["archive", "show", "--person", "J1"]) == 0
        assert main(["archive", "show", "--person", "J2"]) == 0
        assert main(["archive", "explain", "--person", "J1", "--period", "2024-Q1", "--indicator", "closed_cases"]) == 0
        assert main(["archive", "explain", "--person", "J9", "--period", "2024-Q1", "--indicator", "closed_cases"]) == 1
    out = capsys.readouterr().out
    rows = [line.split() for line in out.splitlines()]
    assert ["period", "v", "total", "rank", "grade"] in rows
    assert ["2024-Q1", "2", "80", "2/2", "较好"] in rows and ["2024-Q1", "2", "90", "1/2", "不定等次"] in rows
    assert "2024-Q1 v2 published" in out and ": scores" in out
    assert "numerator   trial_cases          C4" in out
