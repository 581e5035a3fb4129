"""The period report's 考核等次 and 奖金分配 sections: the grade distribution of each court and department, and
each pool's allocation table (the bonus/ tables of the archive, once `courtperf bonus` has allocated the period)."""

from __future__ import annotations

import duckdb

from archive import store
from archive.periods import ClosedPeriod
from archive.report_html import esc, query_rows, table
from courtperf.labels import code

NOT_GRADED = code("decided_by", "not_graded")


def _unit_name(names: dict, level: str, unit: str) -> str:
    """A court's name; a department's with its court's (立案庭 is in every court)."""
    name = names.get((level, unit), unit)
    return name if level == "court" else f"{names.get(('dept_court', unit), '')} {name}".strip()


def grade_distribution(con: duckdb.DuckDBPyConnection, v: dict, period: ClosedPeriod, names: dict) -> str:
    title = "<h2>八、考核等次</h2>"
    if not store.has_table(con, "grades"):
        return title + "<p>本版本未归档考核等次。</p>"
    rows = query_rows(
        con,
        "select court_code, dept_id, grade, grade_position, decided_by, is_provisional from grades "
        "where version_id = ? and level = 'person' and period_type = ? and period = ?",
        [v["version_id"], period.grain, period.label],
    )
    if not rows:
        return title + "<p>本期无考核等次。</p>"
    order = {r["grade"]: r["grade_position"] for r in rows if r["grade"] is not None}
    grades = [*sorted(order, key=order.get), NOT_GRADED]
    parts = [title, "<p>等次按 config/scoring/grades.yaml 确定：分数段、优秀（好）等次名额、一票否决和在岗时间要求；"
                    "“名额”“否决”列为因名额已满或一票否决而未定为所在分数段等次的人数。</p>"]  # fmt: skip
    for level, key, heading in (("court", "court_code", "各院"), ("department", "dept_id", "各部门")):
        counts: dict[str, dict[str, int]] = {}
        for r in rows:
            unit = counts.setdefault(r[key] or "", {})
            grade = r["grade"] or NOT_GRADED
            unit[grade] = unit.get(grade, 0) + 1
            for mark in ("quota", "veto"):
                unit[mark] = unit.get(mark, 0) + (r["decided_by"] == mark)
            unit["provisional"] = unit.get("provisional", 0) + bool(r["is_provisional"])

        table_rows = [
            [esc(_unit_name(names, level, unit)), *(str(c.get(g, 0)) for g in grades),
             str(c["quota"]), str(c["veto"]), str(c["provisional"]), str(sum(c.get(g, 0) for g in grades))]
            for unit, c in sorted(counts.items())
        ]  # fmt: skip
        parts.append(f"<h3>{heading}等次分布</h3>")
        parts.append(table(["单位", *grades, "名额", "否决", "暂定", "合计"], table_rows, "grades"))
    return "\n".join(parts)


def bonus_tables(con: duckdb.DuckDBPyConnection, period: ClosedPeriod, names: dict) -> str:
    title = "<h2>九、奖金分配</h2>"
    if not store.has_table(con, "bonus_runs"):
        return title + "<p>本期尚未分配奖金（courtperf bonus）。</p>"
    run = query_rows(
        con, "select * from bonus_current where grain = ? and closed_period = ?", [period.grain, period.label]
    )
    if not run:
        return title + "<p>本期尚未分配奖金（courtperf bonus）。</p>"
    r = run[0]
    rows = query_rows(
        con,
        "select * from bonus_allocations_current where grain = ? and closed_period = ? "
        "order by pool_line, amount desc, person_id",
        [period.grain, period.label],
    )
    parts = [
        title,
        f"<p>第 {r['allocation']} 次分配（{esc(r['allocated_at'][:10])}，{esc(r['reason'] or '')}），"
        f"依据档案第 {r['results_version']} 版结果、奖金规则 {esc(r['rules_version'])}、奖金池文件 "
        f"{esc(r['pools_file'] or '')}；共 {r['people']} 人，{r['total_amount']:,} 元。"
        "金额仅供本单位领导和本人查阅。</p>",
    ]
    pools: dict[tuple, list[dict]] = {}
    for row in rows:
        pools.setdefault((row["pool_line"], row["pool_court_code"], row["pool_dept_id"]), []).append(row)
    for (_, court, dept), members in pools.items():
        unit = _unit_name(names, "department", dept) if dept else _unit_name(names, "court", court)
        parts.append(f"<h3>{esc(unit)} 奖金池 {sum(m['amount'] for m in members):,} 元</h3>")
        parts.append(
            table(
                ["姓名", "角色", "等次", "总分", "角色系数", "等次系数", "分数系数", "金额（元）"],
                [
                    [
                        esc(names.get(("person", m["person_id"]), m["person_id"])),
                        esc(code("role", m["role"])),
                        esc(m["grade"] or NOT_GRADED),
                        "" if m["total"] is None else f"{m['total']:.2f}",
                        f"{float(m['role_coefficient']):g}",
                        f"{float(m['grade_coefficient']):g}",
                        f"{m['score_factor']:.4f}",
                        f"{m['amount']:,}",
                    ]
                    for m in members
                ],
                "grades",
            )  # fmt: skip
        )
    return "\n".join(parts)
