"""The data-defect worklist (数据质量整改清单) as `courtperf quality --worklist` prints it.

One block per court and department, one line per defect: the 案号 (or the source key when the row belongs to
no case), the responsible person, the reason in plain Chinese, the source table and key, and when it was
first seen; fixed defects (with `--all`) show the night they were fixed. Reads `marts.data_defects`
read-only.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb


@dataclass(frozen=True)
class WorklistFilter:
    court: str | None = None
    dept: str | None = None
    person: str | None = None
    include_fixed: bool = False

    def where(self) -> tuple[str, list]:
        clauses, params = [], []
        for column, value in (("d.court_code", self.court), ("d.dept_id", self.dept),
                              ("d.responsible_person_id", self.person)):  # fmt: skip
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        if not self.include_fixed:
            clauses.append("d.is_open")
        return (" where " + " and ".join(clauses)) if clauses else "", params


def _has(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> bool:
    sql = "select count(*) from information_schema.tables where table_schema = ? and table_name = ?"
    return bool(con.execute(sql, [schema, table]).fetchone()[0])


def worklist_rows(warehouse: Path, selection: WorklistFilter) -> list[tuple]:
    """(court name, department name, case number, responsible, reason, table, key, first seen, fixed on) rows."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        if not _has(con, "marts", "data_defects"):
            return []
        where, params = selection.where()
        return con.execute(
            f"""
            select coalesce(c.court_name, d.court_code, '(法院不明)'), coalesce(p.dept_name, d.dept_id, '(部门不明)'),
                d.case_number, coalesce(d.responsible_name || ' (' || d.responsible_person_id || ')',
                    d.responsible_person_id, '(责任人不明)'),
                d.reason_zh, d.source_system || '.' || d.source_table, d.row_key, d.first_seen, d.fixed_on,
                d.reason_detail
            from marts.data_defects d
            left join marts.dim_court c on c.court_code = d.court_code
            left join marts.dim_department p on p.dept_id = d.dept_id
            {where}
            order by 1, 2, 4, d.first_seen, 6, 7
            """,
            params,
        ).fetchall()
    finally:
        con.close()


def format_worklist(rows: list[tuple], selection: WorklistFilter) -> str:
    scope = ", ".join(f"{k} {v}" for k, v in (("法院", selection.court), ("部门", selection.dept),
                                             ("承办人", selection.person)) if v)  # fmt: skip
    title = "数据质量整改清单" + (f" ({scope})" if scope else "") + ("，含已整改" if selection.include_fixed else "")
    if not rows:
        return f"{title}: 无待整改的数据问题 (no open data defects)"
    open_count = sum(1 for r in rows if r[8] is None)
    fixed = len(rows) - open_count
    lines = [f"{title}: {open_count} 条待整改" + (f", {fixed} 条已整改" if fixed else "")]
    group = None
    for court, dept, case_number, person, reason, table, key, first_seen, fixed_on, detail in rows:
        if (court, dept) != group:
            group = (court, dept)
            lines.append(f"\n{court} / {dept}")
        status = f"已整改 {fixed_on}" if fixed_on else f"首次发现 {first_seen}"
        lines.append(f"  {case_number or '-':<24} {person:<24} {reason}  [{table} {key}]  {status}")
        lines.append(f"  {'':<24} {'':<24} {detail}")
    return "\n".join(lines)
