"""`courtperf catalog --health` on a hand-made published copy: three courts, four quarters (12 court quarters).

A  1.0 everywhere                      constant
B  no value anywhere                   null
C  0.1 × the quarter's number × court  varies
E  equal to C in all 12                a near duplicate of C (12 of 12 ≥ 95 %)
D  equal to C in 11 of 12              not a near duplicate (91.7 % < 95 %), of C nor of E
G  equal to C in 6 court quarters      too few shared values to judge (under MIN_SHARED = 8)
"""

from __future__ import annotations

import os

import duckdb
import pytest

from cli.main import main
from indicators.health import Finding, check
from tests.conftest import courtperf_home


def _published(path) -> None:
    keys = [(court, f"2024-Q{q}", 0.1 * q * n) for n, court in enumerate(("K1", "K2", "K3"), start=1)
            for q in range(1, 5)]  # fmt: skip
    rows = []
    for i, (court, quarter, c) in enumerate(keys):
        rows += [
            ("A", court, quarter, 1.0),
            ("B", court, quarter, None),
            ("C", court, quarter, c),
            ("E", court, quarter, c),
        ]
        rows.append(("D", court, quarter, c if i else c + 1))
        if i < 6:
            rows.append(("G", court, quarter, c))
    with duckdb.connect(str(path)) as con:
        con.execute("create schema marts")
        con.execute("create table marts.indicator_values (indicator_id varchar, level varchar, entity_id varchar, "
                    "period_type varchar, period varchar, value double)")  # fmt: skip
        con.executemany("insert into marts.indicator_values values (?, 'court', ?, 'quarter', ?, ?)", rows)
        con.execute("create table marts.indicator_catalog as select * from (values ('A', '甲'), ('C', '丙')) "
                    "as t (indicator_id, name_zh)")  # fmt: skip


def test_health_lists_null_constant_and_near_duplicate_indicators(tmp_path, capsys):
    path = tmp_path / "published.duckdb"
    _published(path)
    with duckdb.connect(str(path), read_only=True) as con:
        health = check(con, {("A",): "一律为 1 是本院的实际情况"})
    assert health.indicators == 6
    assert health.findings == [
        Finding("constant", ("A",), "1 in all 12 values", "一律为 1 是本院的实际情况"),
        Finding("null", ("B",), "no value at any level or period"),
        Finding("pair", ("C", "E"), "equal in 12 of 12 court quarters and years"),
    ]
    assert [f.indicators for f in health.unmarked] == [("B",), ("C", "E")]
    with courtperf_home(tmp_path):
        os.environ["COURTPERF_PUBLISHED"] = str(path)
        assert main(["catalog", "--health"]) == 1  # unmarked findings (the real catalog_health.yaml marks none)
    out = capsys.readouterr().out
    assert "3 finding(s), 3 not marked as known" in out
    assert "CHECK  A 甲: 1 in all 12 values" in out and "CHECK  C 丙 ~ E: equal in 12 of 12" in out


def test_known_findings_need_a_reason_and_pairs_match_in_either_order(tmp_path):
    from indicators.health import load_known

    (tmp_path / "catalog_health.yaml").write_text("known:\n  - {indicators: [A]}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="known entry 1 needs indicators .* and a reason"):
        load_known(tmp_path)
    (tmp_path / "catalog_health.yaml").write_text(
        "known:\n  - {indicators: [A], reason: 全部为 1}\n  - {indicators: [E, C], reason: 同一口径}\n",
        encoding="utf-8",
    )
    assert load_known(tmp_path) == {("A",): "全部为 1", ("C", "E"): "同一口径"}
