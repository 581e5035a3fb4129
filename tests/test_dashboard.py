"""The dashboard in a real browser: every page of `courtperf dashboard` on tiny demo data, in headless Chromium.

One Streamlit server and one browser per module (fixtures in tests/dashboard_fixture.py), on the tiny night's
marts with three data defects added (tests/defects_fixture.py), published as the night publishes them, plus a
small `marts.warnings` (tests/warnings_fixture.py). The pages are seen signed in as the intermediate court's
president (every court); who sees what, signed in as others, is in tests/test_dashboard_signin.py. Expected
values are read from the published file with SQL of the test's own; screenshots go to tests/artifacts/ (gitignored).
"""

from __future__ import annotations

from datetime import date
from unittest import mock
from urllib.parse import urljoin

import pytest

from dashboard.records import RECORDS_SHOWN
from tests.browser import (
    glyphs_drawn,
    open_page,
    platform_fonts,
    screenshot,
    sign_in,
    table_rows,
    wait_for_app,
)
from tests.dashboard_fixture import PASSWORD, latest_year, query
from tests.defects_fixture import OPEN_PER_NIGHT

pytestmark = pytest.mark.slow


def test_overview_shows_key_indicators_a_trend_chart_and_the_ranking_in_chinese(app):
    base, page, published, _ = app
    open_page(page, base + "/", ".st-key-ranking_person table")
    year = latest_year(published)
    # 法院 = 全部 for a viewer who sees every court: the two-level system as one (两级法院合计), not the first court
    assert page.locator("h1").first.inner_text().endswith("两级法院合计")
    ((city, courts, top),) = query(
        published,
        "select max(v.value) filter (where v.level = 'city'), sum(v.value) filter (where v.level = 'court'), "
        "max(v.value) filter (where v.level = 'court' and c.parent_court_code is null) from marts.indicator_values v "
        "left join marts.dim_court c on v.level = 'court' and c.court_code = v.entity_id "
        "where indicator_id = 'closed_cases' and period_type = 'year' and period = ?",
        [year],
    )
    assert city == courts > top  # every court's cases, each once
    metric = page.locator('[data-testid="stMetric"]').filter(has_text="结案数").first.inner_text()
    assert f"{city:,.0f}" in metric
    assert page.locator('.st-key-trend_chart [data-testid="stVegaLiteChart"]').count() == 1
    assert page.locator(".st-key-compare_court [data-testid='stVegaLiteChart']").count() == 1

    # the person ranking: the first peer group (by id) with ranks, its rank 1 as the mart says
    group, rank, name, total = query(
        published,
        """
        select t.peer_group_id, t.rank_in_peer_group, p.name, cast(t.total as double) from marts.score_totals t
        join marts.dim_person p on p.person_id = t.entity_id
        where t.level = 'person' and t.period_type = 'year' and t.period = ? and t.rank_in_peer_group is not null
        order by t.peer_group_id, t.rank_in_peer_group, t.total desc, t.entity_id limit 1""",
        [year],
    )[0]
    first = table_rows(page, ".st-key-ranking_person")[0]
    assert list(first)[:3] == ["组内排名", "组内人数", "名称"]
    assert first["组内排名"] == str(rank) == "1" and first["名称"] == name
    assert float(first["总分"]) == pytest.approx(total)
    assert group  # the table shows that group's rows only
    assert "全部阻断性检查通过" in page.locator('[data-testid="stAlert"]').last.inner_text()

    # the Chinese glyphs are really drawn with a CJK font, not as boxes
    fonts = platform_fonts(page, "h1")
    assert any("CJK" in family or "Han" in family for family in fonts), fonts
    drawn = glyphs_drawn(page, "h1", page.locator("h1").first.inner_text())
    assert drawn and not any(g["tofu"] or g["blank"] for g in drawn), drawn
    screenshot(page, "dashboard_overview")

    # a quarter after another: a rate's change in percentage points, not a percentage of a percentage
    open_page(page, f"{base}/?period_type=quarter&period={year}-Q4", ".st-key-ranking_person table")
    rate = page.locator('[data-testid="stMetric"]').filter(has_text="法定审限内结案率").first.inner_text()
    assert "个百分点" in rate, rate


def test_screens_show_every_indicator_of_each_screen_for_the_two_level_system(app):
    base, page, published, _ = app
    year = latest_year(published)
    open_page(page, f"{base}/screens?period_type=year&period={year}", ".st-key-screen_trial table")
    assert page.locator("h1").first.inner_text().endswith("两级法院合计")
    screens = [t.strip() for t in page.locator(".st-key-screen_choice button").all_inner_texts()]
    assert screens == ["审判质效", "执行", "诉源治理", "信访", "营商环境", "队伍建设与综合"]
    # the screen's categories, its own first, each with its count; the screen's own category is shown first
    categories = query(
        published,
        "select c.category, any_value(c.category_name_zh), count(distinct c.indicator_id) "
        "from marts.indicator_catalog c join marts.indicator_values v using (indicator_id) "
        "where c.screen = 'trial' and v.level = 'city' and v.period_type = 'year' group by 1 "
        "order by c.category != 'trial', c.category",
    )
    shown = [t.strip() for t in page.locator(".st-key-screen_category_trial button").all_inner_texts()]
    count = sum(n for *_, n in categories)
    assert shown == [f"{name} {n}" for _, name, n in categories] + [f"全部 {count}"] and len(categories) > 5
    assert len(table_rows(page, ".st-key-screen_trial")) == categories[0][2]
    # 全部: every indicator of the screen has its row; a value, its change and its place against the interval as in SQL
    page.locator(".st-key-screen_category_trial button").filter(has_text="全部").click()
    # the table on the page until the rerun draws the new one: wait for the whole screen's rows
    page.wait_for_function(f"document.querySelectorAll('.st-key-screen_trial table tbody tr').length == {count}")
    wait_for_app(page, ".st-key-screen_trial table")
    rows = {r["指标"]: r for r in table_rows(page, ".st-key-screen_trial")}
    assert len(rows) == count > 40
    ((now, before, low, high),) = query(
        published,
        "select max(value) filter (where period = ?), max(value) filter (where period = ?), "
        "any_value(c.reference_lower), any_value(c.reference_upper) from marts.indicator_values v "
        "join marts.indicator_catalog c using (indicator_id) where indicator_id = 'within_limit_closure_rate' "
        "and level = 'city' and period_type = 'year'",
        [year, str(int(year) - 1)],
    )
    row = rows["法定审限内结案率"]
    assert row["指标值"] == f"{now:.1%}"  # a rate as a percentage
    change = "—" if before is None else f"{(now - before) * 100:+.1f} 个百分点"
    assert row["同比"] == row["环比"] == change  # years: the previous period is the same period last year
    assert row["合理区间位置"] == ("低于区间" if now < low else "高于区间" if now > high else "区间内")
    assert set(row["趋势"]) <= set("▁▂▃▄▅▆▇█ ") and row["趋势"]
    # any indicator can be picked: compared across courts and over time, axes fitted to the data
    assert page.locator(".st-key-screen_compare [data-testid='stVegaLiteChart']").count() == 1
    assert page.locator(".st-key-screen_trend [data-testid='stVegaLiteChart']").count() == 1
    screenshot(page, "dashboard_screens")
    # another screen: its own indicators (信访 at city level, by the catalog's screen)
    page.locator(".st-key-screen_choice button").filter(has_text="信访").click()
    wait_for_app(page, ".st-key-screen_petition table")
    ((petitions,),) = query(
        published,
        "select count(distinct c.indicator_id) from marts.indicator_catalog c join marts.indicator_values v "
        "using (indicator_id) where c.screen = 'petition' and v.level = 'city' and v.period_type = 'year'",
    )
    assert len(table_rows(page, ".st-key-screen_petition")) == petitions > 0


def test_a_value_opens_onto_its_cases_by_case_number(app):
    """From the two-level 法定审限内结案率 of a quarter to the cases behind it, part by part: the numerator's, the
    denominator's, and the denominator's the numerator did not count (the cases closed past their limit)."""
    base, page, published, _ = app
    quarter = query(published, "select max(period) from marts.score_totals where period_type = 'quarter'")[0][0]
    url = f"{base}/screens?period_type=quarter&period={quarter}&indicator=within_limit_closure_rate"
    open_page(page, url, ".st-key-screen_trend")
    page.get_by_text("案件明细：分子与分母的每一件").click()  # a toggle: computed when asked for
    wait_for_app(page, ".st-key-screen_records_table table")
    ((numerator, denominator),) = query(
        published,
        "select numerator, denominator from marts.indicator_values where indicator_id = 'within_limit_closure_rate' "
        "and level = 'city' and period_type = 'quarter' and period = ?",
        [quarter],
    )
    assert 0 < numerator < denominator, "the tiny demo's quarter has cases closed past their limit"
    caption = page.locator(".st-key-screen_records [data-testid='stCaptionContainer']").first.inner_text()
    past_limit = denominator - numerator  # every case of the numerator is one of the denominator's
    assert f"分子 {numerator:.0f} 件 · 分母 {denominator:.0f} 件 · 未计入分子 {past_limit:.0f} 件" in caption
    cases = {
        number: (judge, str(filed), str(closed), within)
        for number, judge, filed, closed, within in query(
            published,
            "select c.case_number, p.name, c.filing_date, c.closing_date, c.is_within_limit "
            "from marts.fct_trial_cases c join marts.dim_person p on p.person_id = c.handling_judge_id",
        )
    }
    for part, label, count, within in (("numerator", "分子", numerator, True),
                                       ("denominator_only", "未计入分子", past_limit, False)):  # fmt: skip
        if part != "numerator":
            page.locator(".st-key-screen_records_part").get_by_text(label, exact=True).click()
            page.wait_for_function(
                f"document.querySelector('.st-key-screen_records_table tbody td')?.innerText.trim() == '{label}'"
            )
            wait_for_app(page, ".st-key-screen_records_table table")
        rows = table_rows(page, ".st-key-screen_records_table")
        assert {r["分子/分母"] for r in rows} == {label}
        assert len(rows) == min(count, RECORDS_SHOWN)
        for r in rows[:20]:  # each by its 案号, with its 承办人 and the dates that put it in the period
            assert cases[r["案号"]] == (r["承办人"], r["开始（立案）"], r["结束（结案）"], within)
            assert r["结束（结案）"][:4] == quarter[:4]


def test_the_wall_screen_at_1920x1080_rotates_through_the_screens(app):
    base, page, published, _ = app
    year = latest_year(published)
    ((name, value),) = query(  # the first large figure: the first rate with a reference interval of category trial
        published,
        "select c.name_zh, v.value from marts.indicator_catalog c join marts.indicator_values v using (indicator_id) "
        "where c.screen = 'trial' and c.unit = 'ratio' and c.reference_lower is not null and v.level = 'city' "
        "and v.period_type = 'year' and v.period = ? "
        "order by c.category != 'trial', c.category, c.indicator_id limit 1",
        [year],
    )
    wall = page.context.browser.new_page(viewport={"width": 1920, "height": 1080})  # a screen of its own
    try:
        sign_in(wall, base, "leader", PASSWORD)
        open_page(wall, f"{base}/wall?period_type=year&period={year}&every=5", ".st-key-wall_map")
        assert wall.locator("h1").first.inner_text() == "审判质效 · 两级法院合计"
        assert wall.locator('[data-testid="stSidebar"]').is_hidden()  # no sidebar, dark, large type
        background = wall.evaluate("getComputedStyle(document.querySelector('.stApp')).backgroundColor")
        assert background == "rgb(11, 23, 38)"
        first = wall.locator('.st-key-wall_figures [data-testid="stMetric"]').first.inner_text()
        assert name in first and f"{value:.1%}" in first
        assert wall.locator(".st-key-wall_map [data-testid='stVegaLiteChart']").count() == 1
        screenshot(wall, "dashboard_wall")
        # every few seconds the next screen, without a reload
        wall.wait_for_function("document.querySelector('h1').innerText.startsWith('执行')", timeout=30_000)
    finally:
        wall.close()


def test_a_wall_turn_cut_short_shows_the_same_screen_again(monkeypatch):
    """The next tick interrupts a turn whose queries are slow (a loaded machine, a screen not yet cached): the wall
    draws that screen again, its queries cached as far as they got, and moves on only once a turn is drawn — moving
    on at once meant another screen's uncached queries, cut short in turn, and no map ever shown."""
    import pandas as pd

    from dashboard import queries as q
    from dashboard.views import wall

    class NextTick(Exception):
        """What Streamlit raises into a fragment run that the next tick replaces."""

    fake = mock.MagicMock()
    fake.session_state = {"filters": q.Filters("year", "2024")}
    fake.query_params = {}
    catalog = pd.DataFrame({"indicator_id": ["closed_rate"], "screen": ["trial"]})
    values = pd.DataFrame({"indicator_id": ["closed_rate"], "period": ["2024"], "unit": ["ratio"],
                           "reference_lower": [0.5], "value": [0.9]})  # fmt: skip
    monkeypatch.setattr(wall, "st", fake)
    monkeypatch.setattr(wall, "lang", lambda: "zh")
    monkeypatch.setattr(wall, "w", lambda key: key)
    monkeypatch.setattr(wall, "screens", lambda: {"trial": "审判质效", "enforcement": "执行质效"})
    monkeypatch.setattr(wall, "load", lambda name: catalog if name == "catalog" else {"published_at": "2024-12-31"})
    monkeypatch.setattr(wall, "scoped", lambda *args: values)
    drawn = iter([NextTick(), None, None])

    def tile_map(*_args):
        if (cut := next(drawn)) is not None:
            raise cut

    monkeypatch.setattr(wall, "tile_map", tile_map)
    with pytest.raises(NextTick):
        wall.rotation()
    wall.rotation()
    wall.rotation()
    titles = [call.args[0] for call in fake.title.call_args_list]
    assert titles == ["审判质效 · city_total", "审判质效 · city_total", "执行质效 · city_total"]


def test_decision_support_over_the_years(app):
    base, page, published, _ = app
    year = latest_year(published)
    open_page(page, f"{base}/decisions?period_type=year&period={year}", ".st-key-decisions_heat_map")
    assert page.locator("h1").first.inner_text() == "辅助决策"
    assert page.locator(".st-key-decisions_distribution [data-testid='stVegaLiteChart']").count() == 1
    assert page.locator(".st-key-decisions_heat_map [data-testid='stVegaLiteChart']").count() == 1
    # rank mobility into the year, in the first peer group (by id) of people: counts and moves as SQL has them
    ((group,),) = query(published, "select min(peer_group_id) from marts.score_totals where level = 'person' "
                       "and period_type = 'year'")  # fmt: skip
    moves = query(
        published,
        """
        with y as (
            select entity_id, period, rank_in_peer_group,
                lag(rank_in_peer_group) over (partition by entity_id, peer_group_id order by period) as before
            from marts.score_totals where level = 'person' and period_type = 'year' and peer_group_id = ?
        )
        select before - rank_in_peer_group from y where period = ? and before is not null
            and rank_in_peer_group is not null
        """,
        [group, year],
    )
    up, down = sum(m > 0 for (m,) in moves), sum(m < 0 for (m,) in moves)
    caption = page.get_by_text("上升").first.inner_text()
    assert caption == f"上升 {up} 人 · 下降 {down} 人 · 不变 {len(moves) - up - down} 人"
    if moves:  # the largest moves up and down (at tiny scale a group may have none: an empty table)
        rows = table_rows(page, ".st-key-decisions_movers")
        assert len(rows) == min(len(moves), 2 * 10)
        assert {int(float(r["名次变化"])) for r in rows} <= {m for (m,) in moves}
    else:
        assert page.locator(".st-key-decisions_movers table").count() == 0
    screenshot(page, "dashboard_decisions")


def test_person_page_explains_the_total_line_by_line(app):
    base, page, published, _ = app
    year = latest_year(published)
    person, total = query(
        published,
        """
        select entity_id, cast(total as double) from marts.score_totals
        where level = 'person' and period_type = 'year' and period = ? and rank_in_peer_group = 1
        order by entity_id limit 1""",
        [year],
    )[0]
    open_page(page, f"{base}/person?person={person}&period_type=year&period={year}", ".st-key-explanation table")
    assert page.locator(".st-key-person_total").inner_text().split()[-1] == f"{total:.2f}"
    lines = table_rows(page, ".st-key-explanation")
    contributions = [float(row["贡献分"]) for row in lines]
    assert (
        len(lines)
        == query(
            published,
            "select count(*) from marts.score_explanations where level = 'person' "
            "and entity_id = ? and period_type = 'year' and period = ?",
            [person, year],
        )[0][0]
    )
    assert sum(contributions) == pytest.approx(total, abs=1e-6)  # the lines add up to the total
    assert page.locator(".st-key-explanation_sum").inner_text().endswith(f"{total:.2f}")
    assert page.locator('.st-key-dimension_chart [data-testid="stVegaLiteChart"]').count() == 1
    assert page.get_by_text("优势指标").count() and page.get_by_text("短板指标").count()
    screenshot(page, "dashboard_person")


def test_department_page_and_the_warnings_list(app):
    base, page, published, warnings = app
    dept, name = query(published, "select dept_id, dept_name from marts.dim_department order by dept_id limit 1")[0]
    open_page(page, f"{base}/department?dept={dept}", "h1")
    assert name in page.locator("h1").first.inner_text()
    screenshot(page, "dashboard_department")

    open_page(page, f"{base}/warnings", ".st-key-warnings_table table")
    rows = table_rows(page, ".st-key-warnings_table")
    assert [r["预警内容"] for r in rows] == [w["title"] for w in warnings if w["is_open"]]  # open only, red first
    n = sum(w["is_open"] for w in warnings)
    assert f"共 {n} 条预警（按等级列出前 {n} 条" in page.get_by_text("条预警").first.inner_text()
    assert rows[0]["等级"] == "红色" and rows[0]["规则"] == "审限预警"
    assert page.locator('.st-key-warnings_chart [data-testid="stVegaLiteChart"]').count() == 1
    screenshot(page, "dashboard_warnings")


def test_catalog_page_shows_an_indicator_with_its_formula(app):
    base, page, published, _ = app
    name, formula = query(
        published,
        "select name_zh, formula_in_words from marts.indicator_catalog "
        "where indicator_id = 'within_limit_closure_rate'",
    )[0]
    open_page(page, f"{base}/catalog?indicator=within_limit_closure_rate", ".st-key-catalog_detail")
    detail = page.locator(".st-key-catalog_detail").inner_text()
    assert name in detail and formula in detail
    screenshot(page, "dashboard_catalog")


def test_english_labels_on_request(app):
    base, page, _, _ = app
    open_page(page, f"{base}/?lang=en", "text=Key indicators")
    assert page.get_by_text("Ranking of people").count() == 1


WORKLIST_SQL = """
    select coalesce(d.case_number, '—'), coalesce(d.responsible_name || '（' || d.responsible_person_id || '）',
        d.responsible_person_id), d.reason_zh, d.source_system || '.' || d.source_table, d.row_key,
        cast(d.first_seen as varchar), coalesce(cast(d.fixed_on as varchar), '—')
    from marts.data_defects d
    where (? or d.is_open) and (? is null or d.responsible_person_id = ?)
    order by d.court_code, d.dept_id, d.responsible_person_id, d.first_seen, d.source_table, d.row_key"""


def _worklist(rows) -> list[tuple]:
    return [
        (r["案号"], r["责任人"], r["问题"], r["源数据表"], r["源数据主键"], r["首次发现"], r.get("整改日期", "—"))
        for r in rows
    ]


def test_data_quality_page_lists_the_open_defects_and_their_trend(app, defects):
    base, page, published, _ = app
    assert query(published, "select count(*) from marts.data_defects")[0][0] >= 3  # the publication copies it
    open_page(page, f"{base}/data_quality", ".st-key-defect_table table")
    rows = table_rows(page, ".st-key-defect_table")
    assert _worklist(rows) == query(published, WORKLIST_SQL, [False, None, None])
    by_key = {r["源数据主键"]: r for r in rows}
    assert "petition_id=PT-DQ-1" not in by_key  # fixed on the second night
    suspension = by_key["event_id=TLE-DQ-1"]
    assert suspension["案号"] == defects["case_number"] and suspension["问题"] == "结束日期早于开始日期"
    assert suspension["责任人"].endswith(f"（{defects['judge']}）") and suspension["出现夜数"] == "3"
    assert by_key[f"case_id={defects['case_c']}, member_seq=9"]["问题"] == "引用的记录不存在"
    assert page.locator(".st-key-defect_count").inner_text() == f"待整改: {len(rows)}"

    # grouped by court: one line per court, the open defects counted
    summary = {r["法院"]: int(r["待整改"]) for r in table_rows(page, ".st-key-defect_summary")}
    expected = query(
        published,
        "select c.court_name, count(*) from marts.data_defects d join marts.dim_court c using (court_code) "
        "where d.is_open group by all",
    )
    assert summary == dict(expected)

    # the trend: open at each landing night, as worked out in tests/defects_fixture.py
    trend_rows = table_rows(page, ".st-key-defect_trend_table")
    trend = {date.fromisoformat(r["入库日期"]): int(r["待整改"]) for r in trend_rows}
    assert {night: trend[night] for night in OPEN_PER_NIGHT} == OPEN_PER_NIGHT
    assert all(n == len(rows) for night, n in trend.items() if night > max(OPEN_PER_NIGHT))  # the tiny night's
    assert page.locator('.st-key-defect_trend_chart [data-testid="stVegaLiteChart"]').count() == 1
    screenshot(page, "dashboard_data_quality")

    # with the fixed ones, by responsible person: the petition shows the night it was fixed
    open_page(page, f"{base}/data_quality?fixed=1&group=person", ".st-key-defect_table table")
    rows = table_rows(page, ".st-key-defect_table")
    assert list(rows[0])[0] == "责任人"
    assert sorted(_worklist(rows)) == sorted(query(published, WORKLIST_SQL, [True, None, None]))
    assert next(r for r in rows if r["源数据主键"] == "petition_id=PT-DQ-1")["整改日期"] == "2024-12-30"


def test_provisional_people_and_departments_link_to_their_defects(app, defects):
    base, page, published, _ = app
    year, judge = latest_year(published), defects["judge"]
    marks, group, name = query(
        published,
        "select t.data_defects, t.peer_group_id, p.name from marts.score_totals t join marts.dim_person p "
        "on p.person_id = t.entity_id where level = 'person' and entity_id = ? and period_type = 'year' and period = ?",
        [judge, year],
    )[0]
    assert marks > 0
    open_page(page, f"{base}/person?person={judge}&period_type=year&period={year}", ".st-key-person_provisional")
    note = page.locator(".st-key-person_provisional")
    assert f"暂定（provisional）：{marks} 条源数据问题待整改" in note.inner_text()
    link = note.locator("a").get_attribute("href")
    assert link.startswith("data_quality?") and f"person={judge}" in link
    assert f"period={year}" in link  # (the person's own table holds the count per period)

    # the link opens the worklist filtered to the person: their open defects, as SQL lists them
    open_page(page, urljoin(page.url, link), ".st-key-defect_table table")
    rows = table_rows(page, ".st-key-defect_table")
    assert _worklist(rows) == query(published, WORKLIST_SQL, [False, judge, judge]) != []

    # the department of the case: provisional too, with its count
    (dept_marks,) = query(
        published,
        "select data_defects from marts.score_totals where level = 'department' and entity_id = ? "
        "and period_type = 'year' and period = ?",
        [defects["dept"], year],
    )[0]
    open_page(page, f"{base}/department?dept={defects['dept']}&period_type=year&period={year}", "h1")
    assert f"暂定（provisional）：{dept_marks} 条源数据问题待整改" in (
        page.locator(".st-key-department_provisional").inner_text()
    )

    # the overview's ranking of the judge's peer group marks the judge
    open_page(page, f"{base}/?period_type=year&period={year}&group_person={group}", ".st-key-ranking_person table")
    row = next(r for r in table_rows(page, ".st-key-ranking_person") if r["编号"] == judge)
    assert row["名称"] == name and row["暂定"] == f"暂定 {marks}"
