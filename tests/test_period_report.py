"""The period report (质效通报): written when a period is closed, self-contained, Chinese, printable.

Closes 2024-Q4 of the tiny night (on a copy of its warehouse with a small marts.warnings), then reads the
report as text and in headless Chromium (glyphs really drawn, charts present, printed to PDF).
"""

from __future__ import annotations

import os
import re
import shutil
from datetime import date

import duckdb
import pandas as pd
import pytest

from archive import store
from archive.period_report import render, svg_bars
from archive.periods import quarter
from cli.main import main
from tests.browser import browser_page, chromium_path, glyphs_drawn, platform_fonts, screenshot
from tests.conftest import copy_home, courtperf_home
from tests.warnings_fixture import add_warnings

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def closed(tiny_night, tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    home = copy_home(tiny_night[0], folder / "home")  # closing a period records a Dagster run in the home
    warehouse = folder / "warehouse.duckdb"
    shutil.copyfile(home / "warehouse.duckdb", warehouse)
    warnings = add_warnings(warehouse)
    with courtperf_home(home):
        os.environ.update(
            {
                "COURTPERF_WAREHOUSE": str(warehouse),
                "COURTPERF_ARCHIVE": str(folder / "archive.duckdb"),
                "COURTPERF_REPORTS": str(folder / "reports"),
                "COURTPERF_PUBLISHED": str(folder / "none.duckdb"),
            }
        )
        assert main(["close-period", "2024-Q4"]) == 0
        path = folder / "reports" / "quarter" / "2024-Q4-v1.html"
        first = path.read_text(encoding="utf-8")
        assert main(["archive", "report", "2024-Q4"]) == 0  # written again from the archive: same content
        again = path.read_text(encoding="utf-8")
    return path, first, again, folder / "archive.duckdb", warehouse, warnings


@pytest.fixture(scope="module")
def allocated(closed):
    """`courtperf bonus 2024-Q4` with a pool for every court (100,000 yuan plus 1,000 per court): it writes the
    period's report again, which now holds the allocation."""
    path, _, _, archive, warehouse, _ = closed
    folder = path.parents[2]
    sql = "select entity_id from score_totals_current where level = 'court' and period = '2024-Q4' order by 1"
    courts = [c for (c,) in _archive(archive, sql)]
    amounts = {court: 100_000 + 1_000 * i for i, court in enumerate(courts)}
    pools = folder / "pools.csv"
    pools.write_text("court_code,dept_id,amount\n" + "".join(f"{c},,{a}\n" for c, a in amounts.items()), "utf-8")
    with courtperf_home(folder / "home"):
        os.environ.update({"COURTPERF_WAREHOUSE": str(warehouse), "COURTPERF_ARCHIVE": str(archive),
                           "COURTPERF_REPORTS": str(folder / "reports"),
                           "COURTPERF_PUBLISHED": str(folder / "none.duckdb")})  # fmt: skip
        assert main(["bonus", "2024-Q4", "--pools", str(pools)]) == 0  # writes the report again, with the allocation
    return path.read_text(encoding="utf-8"), archive, warehouse, amounts


def test_the_report_shows_each_courts_grades_and_each_pools_allocation(allocated):
    page, archive, warehouse, amounts = allocated
    with duckdb.connect(str(warehouse), read_only=True) as con:
        names = dict(con.execute("select court_code, court_name from marts.dim_court").fetchall())
    grades = page.split("八、考核等次</h2>")[1].split("<h2>")[0]
    by_court = _archive(archive, "select court_code, count(*), count(*) filter (where grade = '好') from "
                                 "grades_current where level = 'person' and period = '2024-Q4' group by 1")  # fmt: skip
    header = re.findall(r"<th>(.*?)</th>", grades.split("各院等次分布")[1].split("</thead>")[0])
    assert header[:5] == ["单位", "好", "较好", "一般", "较差"] and header[-1] == "合计"
    for court, people, good in by_court:
        row = re.findall(r"<td>(.*?)</td>", grades.split(f"<td>{names[court]}</td>")[1].split("</tr>")[0])
        assert (row[0], row[-1]) == (str(good), str(people)), court
    bonus = page.split("九、奖金分配</h2>")[1]
    assert f"{sum(amounts.values()):,} 元" in bonus.split("</p>")[0]
    for court, amount in amounts.items():
        assert f"<h3>{names[court]} 奖金池 {amount:,} 元</h3>" in bonus
    paid = _archive(archive, "select pool_court_code, sum(amount) from bonus_allocations_current group by 1")
    assert dict(paid) == amounts


def _archive(path, sql, params=None):
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def test_closing_a_period_writes_its_report_beside_the_version(closed):
    path, first, again, archive, _, _ = closed
    assert path.exists()
    version, version_hash = _archive(
        archive, "select version, version_hash from versions where closed_period = '2024-Q4'"
    )[0]
    assert f"档案版本 v{version}" in first and version_hash[:16] in first
    strip = re.compile(r"生成于 [^。]*。")  # only the time of writing differs
    assert strip.sub("", first) == strip.sub("", again)


def test_the_report_is_self_contained_and_chinese(closed):
    _, page, *_ = closed
    assert '<html lang="zh-CN">' in page
    for external in ("<script", "<link", "@import", "url(", "<img", "<iframe"):
        assert external not in page, external
    assert re.findall(r"https?://[^\"' ]+", page) == ["http://www.w3.org/2000/svg"] * page.count("<svg")
    assert page.count("<svg") == 2  # courts' within-limit closure rate, warnings by rule
    assert "@media print" in page and "@page" in page
    for heading in ("一、各院概况", "二、部门概况", "三、指标与参考区间", "四、排名", "五、名次变化", "六、预警",
                    "七、源数据问题"):  # fmt: skip
        assert heading in page


def test_the_report_holds_the_archived_rankings_intervals_and_warnings(closed):
    _, page, _, archive, warehouse, warnings = closed
    assert "法院排名未开启" in page  # courts are not ranked (court ranking off)
    group_name, entity, total = _archive(
        archive,
        """
        select peer_group_name_zh, entity_id, cast(total as double) from score_totals_current
        where level = 'person' and period_type = 'quarter' and period = '2024-Q4' and rank_in_peer_group = 1
        order by peer_group_id, entity_id limit 1""",
    )[0]
    with duckdb.connect(str(warehouse), read_only=True) as con:
        name = con.execute("select name from marts.dim_person where person_id = ?", [entity]).fetchone()[0]
        outside = con.execute(f"""
            attach '{archive}' as a (read_only);
            select count(distinct c.indicator_id) from a.indicator_values_current v
            join marts.indicator_catalog c
              on c.indicator_id = v.indicator_id and cast(c.valid_from as varchar) = v.definition_valid_from
            where v.level = 'court' and v.period_type = 'quarter' and v.period = '2024-Q4'
              and (v.value < c.reference_lower or v.value > c.reference_upper)""").fetchone()[0]
    block = page.split(f"人员排名 · {group_name}")[1].split("</table>")[0]
    first_row = re.findall(r"<td>(.*?)</td>", block)[:4]
    assert first_row[0] == "1" and first_row[1] == name and first_row[3] == f"{total:.2f}"
    assert "项有法院超出区间" in page and re.search(rf"；{outside} 项有法院超出区间", page)
    # warnings active in the quarter: all three (the green one closed on 2024-12-20)
    assert "本期存在预警 3 条（红色 1 条）" in page
    assert page.index(warnings[0]["title"]) < page.index(warnings[1]["title"]) < page.index(warnings[2]["title"])


def test_the_report_shows_the_defects_the_closed_version_recorded(closed):
    _, page, _, archive, _, _ = closed
    recorded = _archive(
        archive,
        "select t.row_count from version_tables t join versions v using (version_id) "
        "where v.closed_period = '2024-Q4' and t.table_name = 'data_defects'",
    )
    assert recorded == [(0,)]  # closing recorded the period's open defects: none in the clean tiny demo
    assert page.split("七、源数据问题（数据质量整改清单）</h2>")[1].startswith("<p>无。</p>")


def test_the_report_renders_chinese_in_a_browser_and_prints_to_pdf(closed):
    chromium_path()
    path, *_ = closed
    with browser_page(1100, 1400) as page:
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        fonts = platform_fonts(page, "h1")
        assert any("CJK" in family or "Han" in family for family in fonts), fonts
        drawn = glyphs_drawn(page, "h1", page.locator("h1").inner_text())
        assert drawn and not any(g["tofu"] or g["blank"] for g in drawn), drawn
        assert page.locator("svg.chart rect").count() > 0
        screenshot(page, "period_report")
        pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 20_000


def test_svg_bars_scale_to_the_largest_value():
    svg = svg_bars([("甲", 0.5), ("乙", 1.0)], "ratio", reference=0.95)
    widths = [float(w) for w in re.findall(r'<rect [^>]*width="([0-9.]+)"', svg)]
    assert widths == [190.0, 380.0]
    assert "50.0%" in svg and "100.0%" in svg and "stroke-dasharray" in svg


# ------------------------------------------------------------------------------------ data defects (hand-made)

DEFECT = {  # one open defect as marts.data_defects holds it: a case of judge J2 in court K1, department D1
    "defect_id": "d1", "source_system": "trial", "source_table": "time_limit_events", "row_key": "event_id=E9",
    "source": "trial/time_limit_events.csv", "source_row": 7, "case_id": "C9", "case_number": "（2024）内0602民初9号",
    "responsible_person_id": "J2", "responsible_name": "王法官", "dept_id": "D1", "court_code": "K1",
    "reason_kind": "end_before_start", "reason_zh": "结束日期早于开始日期",
    "reason_detail": "end_before_start: end_date 2024-10-01 < start_date 2024-11-01",
    "first_seen": date(2024, 12, 30), "last_seen": date(2024, 12, 31), "nights_seen": 2, "fixed_on": None,
    "is_open": True, "affects_from": date(2024, 10, 8), "affects_to": None,
}  # fmt: skip


def _stage(con, name: str, rows: list[dict]) -> str:
    """A temp table of `rows` with its row hashes, as close.py stages a table for a version."""
    frame = pd.DataFrame(rows)  # noqa: F841 (read by DuckDB by its name)
    con.execute(f"create or replace temp table rows_{name} as select * from frame")
    columns = store.column_types(con, f"temp.main.rows_{name}")
    con.execute(f"create or replace temp table cand_{name} as select *, {store.row_hash_sql(columns)} as "
                f"{store.ROW_HASH} from temp.main.rows_{name}")  # fmt: skip
    return f"temp.main.cand_{name}"


def _version(con, period, defects: list[dict] | None, provisional: int) -> None:
    """A version of `period` with two ranked judges (J2's total marked with `provisional` defects) and, unless
    None, the defects it recorded (None: a version archived before the worklist existed)."""
    label = period.label
    sources = {
        "indicator_values": _stage(con, "indicator_values", [
            {"indicator_id": "closed_cases", "level": lv, "entity_id": e, "period_type": "quarter", "period": label,
             "value": 12.0, "data_defects": provisional} for lv, e in (("court", "K1"), ("department", "D1"))]),
        "score_totals": _stage(con, "score_totals", [
            {"level": "person", "entity_id": j, "period_type": "quarter", "period": label, "peer_group_id": "g1",
             "peer_group_name_zh": "民事法官", "rank_in_peer_group": rank, "peer_group_size": 2, "total": total,
             "court_code": "K1", "dept_id": "D1", "data_defects": n}
            for j, rank, total, n in (("J1", 1, 91.5, 0), ("J2", 2, 88.25, provisional))]),
    }  # fmt: skip
    if defects is not None:
        sources[store.DEFECT_TABLE] = _stage(con, store.DEFECT_TABLE, defects or [DEFECT])
        if not defects:
            con.execute(f"delete from {sources[store.DEFECT_TABLE]}")  # the table's columns, no rows
    fields = {"grain": "quarter", "closed_period": label, "version": 1, "published_at": "2025-01-02T00:00:00Z",
              "run_id": "r1", "reason": "initial", "catalog_version": "c1", "scoring_config_version": "s1",
              "code_version": None, "watermarks": "{}", "batch_ids": "[]", "results_hash": label,
              "diff": None}  # fmt: skip
    store.write_version(con, fields, sources)


def test_the_report_lists_the_defects_its_version_recorded_and_marks_provisional_ranks(tmp_path):
    with store.connect(tmp_path / "archive.duckdb") as con:
        _version(con, quarter(2024, 2), None, 0)  # archived before the worklist: nothing recorded
        _version(con, quarter(2024, 3), [], 0)  # recorded, none open
        _version(con, quarter(2024, 4), [DEFECT], 1)
        before, _ = render(con, quarter(2024, 2))
        clean, _ = render(con, quarter(2024, 3))
        marked, _ = render(con, quarter(2024, 4))

    section = marked.split("<h2>七、源数据问题（数据质量整改清单）</h2>")[1]
    assert "本版本归档时有 1 条源数据问题待整改（涉及 1 个法院、1 个部门、1 名责任人）" in section
    cells = re.findall(r"<td>(.*?)</td>", section.split("<tbody>")[1].split("</tbody>")[0])
    assert cells == ["K1", "D1", "（2024）内0602民初9号", "王法官（J2）", "结束日期早于开始日期",
                     "trial.time_limit_events <code>event_id=E9</code>", "2024-12-30"]  # fmt: skip
    ranking = marked.split("人员排名 · 民事法官")[1].split("</table>")[0]
    assert "<th>备注</th>" in ranking
    rows = re.findall(r"<tr>(.*?)</tr>", ranking.split("<tbody>")[1])
    assert rows[0].startswith("<td>1</td><td>J1</td>") and rows[0].endswith("<td></td>")
    assert rows[1].startswith("<td>2</td><td>J2</td>")
    assert rows[1].endswith('<td class="provisional">暂定：1 条源数据问题待整改</td>')
    assert "标注“暂定”的总分涉及待整改的源数据问题" in marked

    assert "<h2>七、源数据问题（数据质量整改清单）</h2><p>无。</p>" in clean
    assert "备注" not in clean and "暂定" not in clean
    assert "本版本未记录源数据问题" in before and "暂定" not in before
