"""The period report (质效通报): written when a period is closed, self-contained, Chinese, printable.

Closes 2024-Q4 of the tiny night (on a copy of its warehouse with a small marts.warnings), then reads the
report as text and in headless Chromium (glyphs really drawn, charts present, printed to PDF).
"""

from __future__ import annotations

import os
import re
import shutil

import duckdb
import pytest

from orchestration.archive.period_report import svg_bars
from orchestration.cli import main
from tests.browser import browser_page, chromium_path, glyphs_drawn, platform_fonts, screenshot
from tests.conftest import courtperf_home
from tests.warnings_fixture import add_warnings

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def closed(tiny_night, tmp_path_factory):
    home, _ = tiny_night
    folder = tmp_path_factory.mktemp("report")
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
    for heading in ("一、各院概况", "二、部门概况", "三、指标与参考区间", "四、排名", "五、名次变化", "六、预警"):
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
