"""The period report (质效通报): one self-contained HTML file per closed period and archive version.

Closing a period writes it (archive/assets.py) to `<COURTPERF_REPORTS>/<grain>/<period>-v<version>.html`,
beside the version it reports on; `courtperf archive report PERIOD` writes it again. The numbers come from
the archive version (indicator values, scores and ranks as published, and the open source-data defects
the version recorded: the results they touch are marked provisional); names, the catalog's reference
intervals and the warnings come from the marts (the warehouse at close time, the published copy later).
Charts are inline SVG, styles inline, fonts the reader's own: nothing is fetched, so the file can be
mailed, archived and printed to PDF (print CSS, A4).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import duckdb

from archive import signing, store
from archive.periods import ClosedPeriod, month, quarter, year
from archive.report import KEY_INDICATORS
from archive.report_grades import bonus_tables, grade_distribution
from archive.report_html import esc as _e
from archive.report_html import query_rows as _rows
from archive.report_html import table as _table
from courtperf.labels import code

REF = store.WAREHOUSE_ALIAS  # the marts the names and warnings come from, attached read-only
GRAIN_ZH = {"month": "月度", "quarter": "季度", "year": "年度"}
TOP_RANKED = 10
TOP_MOVERS = 10
WARNING_ROWS = 50
DEFECT_ROWS = 100


def report_path(reports: Path, period: ClosedPeriod, version: int) -> Path:
    return Path(reports) / period.grain / f"{period.label}-v{version}.html"


def previous(period: ClosedPeriod) -> ClosedPeriod:
    if period.grain == "month":
        return (
            month(period.start.year - 1, 12)
            if period.start.month == 1
            else month(period.start.year, period.start.month - 1)
        )
    if period.grain == "quarter":
        q = (period.start.month - 1) // 3 + 1
        return quarter(period.start.year - 1, 4) if q == 1 else quarter(period.start.year, q - 1)
    return year(period.start.year - 1)


def write_report(
    archive: Path, reference: Path, reports: Path, period: ClosedPeriod, version: int | None = None
) -> Path:
    """Render the report of the period's version (default: the current one) and write it; returns its path."""
    with store.connect(archive, read_only=True, warehouse=reference) as con:
        page, number = render(con, period, version)
    path = report_path(reports, period, number)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return path


# ------------------------------------------------------------------------------------------------ data


def _has_ref(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    return store.has_table(con, table, REF, "marts")


def _names(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, str], str]:
    names: dict[tuple[str, str], str] = {}
    for level, table, key, name in (
        ("court", "dim_court", "court_code", "court_name"),
        ("department", "dim_department", "dept_id", "dept_name"),
        ("person", "dim_person", "person_id", "name"),
    ):
        if _has_ref(con, table):
            names.update(
                {(level, k): n for k, n in con.execute(f"select {key}, {name} from {REF}.marts.{table}").fetchall()}
            )
    if _has_ref(con, "dim_department"):  # a department's court, for the department overview
        names.update({("dept_court", d): c for d, c in con.execute(
            f"select dept_id, court_name from {REF}.marts.dim_department").fetchall()})  # fmt: skip
    return names


def _catalog(con: duckdb.DuckDBPyConnection, period: ClosedPeriod) -> dict[str, dict]:
    """The catalog's definitions that apply to the period (those valid on its last day)."""
    if not _has_ref(con, "indicator_catalog"):
        return {}
    rows = _rows(
        con,
        f"select indicator_id, name_zh, unit, direction, levels, reference_lower, reference_upper "
        f"from {REF}.marts.indicator_catalog where valid_from <= ? and (valid_to is null or valid_to >= ?)",
        [period.end, period.end],
    )
    return {r["indicator_id"]: r for r in rows}


def render(con: duckdb.DuckDBPyConnection, period: ClosedPeriod, version: int | None = None) -> tuple[str, int]:
    sql = "select * from versions where grain = ? and closed_period = ?"
    found = _rows(
        con,
        sql + (" and version = ?" if version else "") + " order by version desc limit 1",
        [period.grain, period.label, *([version] if version else [])],
    )
    if not found:
        raise store.ArchiveError(f"{period} is not in the archive" + (f" as version {version}" if version else ""))
    v = found[0]
    names, catalog = _names(con), _catalog(con, period)
    values = _rows(
        con,
        "select indicator_id, level, entity_id, value from indicator_values "
        "where version_id = ? and period_type = ? and period = ? and level in ('court', 'department')",
        [v["version_id"], period.grain, period.label],
    )
    value = {(r["level"], r["entity_id"], r["indicator_id"]): r["value"] for r in values}
    courts = sorted({e for lv, e, _ in value if lv == "court"})
    departments = sorted({e for lv, e, _ in value if lv == "department"})
    keys = [i for i in KEY_INDICATORS if any(k[2] == i for k in value)]
    sections = [
        _header(v, period, signing.signature_of(con, v["version_id"])),
        _overview("一、各院概况", "court", courts, keys, value, names, catalog),
        _chart_section(courts, value, names, catalog),
        _overview("二、部门概况", "department", departments, keys, value, names, catalog),
        _intervals(courts, value, names, catalog),
        _rankings(con, v, period, names),
        _movers(con, v, period, names),
        _warnings(con, period, names),
        _defects(con, v, names),
        grade_distribution(con, v, period, names),
        bonus_tables(con, period, names),
    ]
    return _page(f"质效通报 {period.label}", "\n".join(sections)), v["version"]


# ------------------------------------------------------------------------------------------------ sections


def _fmt(value, unit: str | None = None) -> str:
    if value is None:
        return "—"
    if unit == "ratio":
        return f"{value:.1%}"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _outside(val, ind: dict) -> bool:
    low, high = ind.get("reference_lower"), ind.get("reference_upper")
    return val is not None and ((low is not None and val < low) or (high is not None and val > high))


def _header(v: dict, period: ClosedPeriod, signed: tuple[str, str] | None) -> str:
    # the chain head and its signature in full: a printed, mailed record of the head outside the archive,
    # for `courtperf archive verify --head` (docs/runbook.md)
    signature = f"签名（{signing.SCHEME}，密钥 {_e(signed[0])}）<code>{_e(signed[1])}</code>" if signed else "未签名"
    return (
        f"<h1>审判质效通报 · {_e(period.label)}（{GRAIN_ZH[period.grain]}）</h1>"
        f'<p class="meta">统计期间 {period.start} 至 {period.end}；档案版本 v{v["version"]}，'
        f"发布于 {_e(v['published_at'])}（{_e(v['reason'])}）；"
        f"指标目录版本 {_e(v['catalog_version'])}，评分配置版本 {_e(v['scoring_config_version'] or '—')}；"
        f"生成于 {datetime.now(UTC):%Y-%m-%d %H:%M} UTC。</p>"
        f'<p class="meta head">链头哈希（version_id {v["version_id"]}）<code>{_e(v["version_hash"])}</code>；'
        f"{signature}</p>"
    )


def _overview(title, level, entities, keys, value, names, catalog) -> str:
    if not entities:
        return f"<h2>{title}</h2><p>本期没有{'法院' if level == 'court' else '部门'}的指标值。</p>"
    header = [
        *(["法院"] if level == "department" else []),
        "名称",
        *[catalog.get(k, {}).get("name_zh", k) for k in keys],
    ]
    rows = []
    for entity in entities:
        cells = [_e(names.get(("dept_court", entity), "")) if level == "department" else None]
        cells = [c for c in cells if c is not None] + [_e(names.get((level, entity), entity))]
        for k in keys:
            ind = catalog.get(k, {})
            val = value.get((level, entity, k))
            cls = ' class="out"' if _outside(val, ind) else ""
            cells.append(f"<td{cls}>{_fmt(val, ind.get('unit'))}</td>")
        rows.append(cells)
    return f"<h2>{title}</h2>" + _table(header, rows, "num")


def _chart_section(courts, value, names, catalog) -> str:
    key = "within_limit_closure_rate"
    items = [(names.get(("court", c), c), value.get(("court", c, key))) for c in courts]
    items = [(n, x) for n, x in items if x is not None]
    if not items:
        return ""
    ind = catalog.get(key, {"name_zh": key, "unit": "ratio"})
    return (
        f"<figure>{svg_bars(items, ind.get('unit'), ind.get('reference_lower'))}"
        f"<figcaption>图1 各院{_e(ind['name_zh'])}（虚线：参考区间下限）</figcaption></figure>"
    )


def _intervals(courts, value, names, catalog) -> str:
    checked = [i for i in catalog.values() if i["reference_lower"] is not None or i["reference_upper"] is not None]
    checked = [i for i in checked if any(("court", c, i["indicator_id"]) in value for c in courts)]
    rows = []
    for ind in sorted(checked, key=lambda i: i["indicator_id"]):
        out = [c for c in courts if _outside(value.get(("court", c, ind["indicator_id"])), ind)]
        if out:
            interval = f"[{_fmt(ind['reference_lower'], ind['unit'])}, {_fmt(ind['reference_upper'], ind['unit'])}]"
            detail = "；".join(
                f"{_e(names.get(('court', c), c))} {_fmt(value[('court', c, ind['indicator_id'])], ind['unit'])}"
                for c in out
            )
            rows.append([_e(ind["name_zh"]), interval, str(len(out)), detail])
    summary = f"<p>共 {len(checked)} 项指标设有参考区间；{len(rows)} 项有法院超出区间（下表，红色为超出）。</p>"
    return (
        "<h2>三、指标与参考区间</h2>"
        + summary
        + (_table(["指标", "参考区间", "超出法院数", "超出的法院及其值"], rows) if rows else "")
    )


def _rankings(con, v, period, names) -> str:
    if not store.has_table(con, "score_totals"):
        return "<h2>四、排名</h2><p>本版本未归档评分结果。</p>"
    # versions archived before the defect worklist have no data_defects column: nothing provisional then
    defects = "data_defects" if "data_defects" in dict(store.column_types(con, "score_totals")) else "0"
    ranked = _rows(
        con,
        "select level, entity_id, peer_group_id, peer_group_name_zh, rank_in_peer_group as rank, "
        f"peer_group_size, cast(total as double) as total, court_code, coalesce({defects}, 0) as data_defects "
        "from score_totals where version_id = ? and period_type = ? and period = ? and rank_in_peer_group is not null "
        "order by level, peer_group_id, rank_in_peer_group, entity_id",
        [v["version_id"], period.grain, period.label],
    )
    marked = any(r["data_defects"] > 0 for r in ranked)
    parts = ["<h2>四、排名</h2>"]
    if marked:
        parts.append("<p>标注“暂定”的总分涉及待整改的源数据问题（见七、源数据问题），整改后可能变化。</p>")
    if not any(r["level"] == "court" for r in ranked):
        parts.append(
            "<p>法院排名未开启（自2024年起不对法院进行排名）；以下为已开启的部门和人员排名（各同类组前"
            f"{TOP_RANKED}名）。</p>"
        )
    for level, title in (("court", "法院"), ("department", "部门"), ("person", "人员")):
        groups: dict[str, list[dict]] = {}
        for r in ranked:
            if r["level"] == level and r["rank"] <= TOP_RANKED:
                groups.setdefault(r["peer_group_id"], []).append(r)
        for rows in groups.values():
            parts.append(f"<h3>{title}排名 · {_e(rows[0]['peer_group_name_zh'])}（{rows[0]['peer_group_size']}）</h3>")
            parts.append(
                _table(
                    ["名次", "名称", "法院", "总分", *(["备注"] if marked else [])],
                    [
                        [
                            str(r["rank"]),
                            _e(names.get((level, r["entity_id"]), r["entity_id"])),
                            _e(names.get(("court", r["court_code"]), r["court_code"])),
                            f"{r['total']:.2f}",
                            *([_provisional(r["data_defects"])] if marked else []),
                        ]
                        for r in rows
                    ],
                    "ranking",
                )
            )
    return "\n".join(parts)


def _movers(con, v, period, names) -> str:
    before = previous(period)
    title = f"<h2>五、名次变化（与{_e(before.label)}相比）</h2>"
    if not store.has_table(con, "score_totals"):
        return title + "<p>本版本未归档评分结果。</p>"
    # the previous period as archived, else as the marts hold it
    prev = (
        "select level, entity_id, peer_group_id, rank_in_peer_group as rank from score_totals_current "
        "where period_type = ? and period = ?"
    )
    if not con.execute(f"select count(*) from ({prev})", [before.grain, before.label]).fetchone()[0]:
        if not _has_ref(con, "score_totals"):
            return title + "<p>上一期间没有评分结果。</p>"
        prev = prev.replace("score_totals_current", f"{REF}.marts.score_totals")
    moves = _rows(
        con,
        f"""
        with prev as ({prev})
        select n.level, n.entity_id, n.peer_group_name_zh, p.rank as before, n.rank_in_peer_group as now,
            p.rank - n.rank_in_peer_group as up
        from score_totals as n join prev as p using (level, entity_id, peer_group_id)
        where n.version_id = ? and n.period_type = ? and n.period = ? and n.level in ('department', 'person')
            and p.rank is not null and n.rank_in_peer_group is not null and p.rank <> n.rank_in_peer_group
        order by up desc, n.level, n.entity_id""",
        [before.grain, before.label, v["version_id"], period.grain, period.label],
    )
    if not moves:
        return title + "<p>没有名次变化。</p>"

    def rows(items):
        return [
            [
                _e("部门" if m["level"] == "department" else "人员"),
                _e(names.get((m["level"], m["entity_id"]), m["entity_id"])),
                _e(m["peer_group_name_zh"]),
                str(m["before"]),
                str(m["now"]),
                f"{m['up']:+d}",
            ]
            for m in items
        ]

    header = ["层级", "名称", "同类组", "上期名次", "本期名次", "变化"]
    ups = [m for m in moves if m["up"] > 0][:TOP_MOVERS]
    downs = sorted((m for m in moves if m["up"] < 0), key=lambda m: (m["up"], m["level"], m["entity_id"]))[:TOP_MOVERS]
    return (
        title
        + f"<h3>进步最快（前{TOP_MOVERS}）</h3>"
        + _table(header, rows(ups), "movers-up")
        + f"<h3>退步最多（前{TOP_MOVERS}）</h3>"
        + _table(header, rows(downs), "movers-down")
    )


def _warnings(con, period, names) -> str:
    title = "<h2>六、预警</h2>"
    if not _has_ref(con, "warnings"):
        return title + "<p>预警数据未发布（marts.warnings）。</p>"
    active = f"from {REF}.marts.warnings where first_seen <= ? and (closed_on is null or closed_on >= ?)"
    params = [period.end, period.start]
    counts = _rows(con, f"select rule, level, count(*) as n {active} group by all order by rule, level", params)
    listed = _rows(
        con,
        f"select level, rule, title, court_code, person_id, first_seen, closed_on {active} "
        f"order by case level when 'red' then 0 when 'yellow' then 1 else 2 end, first_seen, warning_id "
        f"limit {WARNING_ROWS}",
        params,
    )
    if not counts:
        return title + "<p>本期没有预警。</p>"
    total = sum(c["n"] for c in counts)
    by_rule: dict[str, int] = {}
    for c in counts:
        by_rule[c["rule"]] = by_rule.get(c["rule"], 0) + c["n"]
    chart = svg_bars([(code("rule", r), n) for r, n in by_rule.items()], "count")
    table = _table(
        ["等级", "规则", "预警内容", "法院", "责任人", "首次发现", "关闭日期"],
        [
            [
                f'<td class="{_e(w["level"])}">{_e(code("level", w["level"]))}</td>',
                _e(code("rule", w["rule"])),
                _e(w["title"]),
                _e(names.get(("court", w["court_code"]), w["court_code"])),
                _e(names.get(("person", w["person_id"]), w["person_id"] or "—")),
                _e(w["first_seen"]),
                _e(w["closed_on"] or "未关闭"),
            ]
            for w in listed
        ],
    )
    return (
        title + f"<p>本期存在预警 {total} 条（红色 {sum(c['n'] for c in counts if c['level'] == 'red')} 条）。</p>"
        f"<figure>{chart}<figcaption>图2 各类预警数量</figcaption></figure>" + table
    )


def _provisional(count: int) -> str:
    return f'<td class="provisional">暂定：{count} 条源数据问题待整改</td>' if count > 0 else ""


def _defects(con, v, names) -> str:
    """The open source-data defects the version recorded (store.DEFECT_TABLE): what its provisional results
    were computed without, by court and department, with 案号, responsible person and reason."""
    title = "<h2>七、源数据问题（数据质量整改清单）</h2>"
    recorded = con.execute(
        "select row_count from version_tables where version_id = ? and table_name = ?",
        [v["version_id"], store.DEFECT_TABLE],
    ).fetchone()
    if recorded is None:
        return title + "<p>本版本未记录源数据问题（归档时尚无数据质量整改清单）。</p>"
    if not recorded[0]:
        return title + "<p>无。</p>"
    listed = _rows(
        con,
        f"select court_code, dept_id, case_number, responsible_person_id, responsible_name, reason_zh, "
        f"source_system || '.' || source_table as source_table, row_key, first_seen from {store.DEFECT_TABLE} "
        "where version_id = ? order by court_code nulls last, dept_id nulls last, responsible_person_id nulls last, "
        f"first_seen, source_table, row_key limit {DEFECT_ROWS}",
        [v["version_id"]],
    )
    counts = con.execute(
        f"select count(distinct court_code), count(distinct dept_id), count(distinct responsible_person_id) "
        f"from {store.DEFECT_TABLE} where version_id = ?",
        [v["version_id"]],
    ).fetchone()
    more = ""
    if recorded[0] > DEFECT_ROWS:
        more = f"（下表列出前 {DEFECT_ROWS} 条，完整清单见档案表 data_defects_history）"
    summary = (
        f"<p>本版本归档时有 {recorded[0]} 条源数据问题待整改（涉及 {counts[0]} 个法院、{counts[1]} 个部门、"
        f"{counts[2]} 名责任人）：这些源数据行未计入本期结果，相关人员、部门和法院的结果为暂定。{more}</p>"
    )
    table = _table(
        ["法院", "部门", "案号", "责任人", "问题", "源数据", "首次发现"],
        [
            [
                _e(names.get(("court", d["court_code"]), d["court_code"] or "—")),
                _e(names.get(("department", d["dept_id"]), d["dept_id"] or "—")),
                _e(d["case_number"] or "—"),
                _e(d["responsible_name"] or names.get(("person", d["responsible_person_id"]), None) or "—")
                + (f"（{_e(d['responsible_person_id'])}）" if d["responsible_person_id"] else ""),
                _e(d["reason_zh"]),
                f"{_e(d['source_table'])} <code>{_e(d['row_key'])}</code>",
                _e(d["first_seen"]),
            ]
            for d in listed
        ],
        "defects",
    )
    return title + summary + table


# ------------------------------------------------------------------------------------------------ layout


def svg_bars(items: list[tuple[str, float]], unit: str | None, reference: float | None = None) -> str:
    """A horizontal bar chart as inline SVG (no script, no external font)."""
    label_w, bar_w, row_h, width = 170, 380, 24, 640
    top = max([x for _, x in items] + [reference or 0, 1e-9])
    height = row_h * len(items) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img">'
    ]
    for i, (label, x) in enumerate(items):
        y = 5 + i * row_h
        length = bar_w * x / top
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 16}" text-anchor="end">{_e(label)}</text>'
            f'<rect x="{label_w}" y="{y + 4}" width="{length:.1f}" height="{row_h - 8}" fill="#3a6ea5"/>'
            f'<text x="{label_w + length + 4:.1f}" y="{y + 16}">{_fmt(x, unit)}</text>'
        )
    if reference is not None:
        rx = label_w + bar_w * reference / top
        parts.append(
            f'<line x1="{rx:.1f}" y1="0" x2="{rx:.1f}" y2="{height}" stroke="#c0392b" stroke-dasharray="4 3"/>'
        )
    return "".join(parts) + "</svg>"


CSS = """
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif;
       margin: 24px auto; max-width: 1000px; color: #222; font-size: 14px; }
h1 { font-size: 24px; border-bottom: 3px solid #8b0000; padding-bottom: 6px; }
h2 { font-size: 18px; margin-top: 28px; border-left: 5px solid #8b0000; padding-left: 8px; }
h3 { font-size: 15px; margin: 14px 0 6px; }
table { border-collapse: collapse; margin: 6px 0 12px; width: 100%; }
th, td { border: 1px solid #bbb; padding: 3px 6px; text-align: left; }
th { background: #f0ece4; }
table.num td { text-align: right; } table.num td:first-child { text-align: left; }
td.out { color: #b00; font-weight: bold; }
td.provisional { color: #8a5a00; }
td.red { color: #fff; background: #c0392b; } td.yellow { background: #f7dc6f; } td.green { background: #abebc6; }
.meta { color: #555; font-size: 12px; }
.head code { word-break: break-all; }
svg.chart text { font-size: 12px; font-family: inherit; }
figure { margin: 8px 0; } figcaption { color: #555; font-size: 12px; }
@page { size: A4; margin: 15mm; }
@media print { body { margin: 0; max-width: none; font-size: 11px; } h2 { break-after: avoid; }
               tr, figure { break-inside: avoid; } }
"""


def _page(title: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{_e(title)}</title>'
        f"<style>{CSS}</style></head><body>{body}</body></html>"
    )
