"""A small `marts.warnings` (the column contract of issue 7) on real people and cases of a tiny warehouse.

The dashboard and the period report read this mart; until the warnings build lands in the same branch,
tests add three warnings of their own: one red and one yellow (open), one green (closed).
"""

from __future__ import annotations

from pathlib import Path

import duckdb

WARNINGS_DDL = """
create table marts.warnings (
    warning_id varchar, rule varchar, level varchar, subject_type varchar, subject_id varchar, court_code varchar,
    dept_id varchar, person_id varchar, title varchar, facts varchar, first_seen date, last_seen date,
    closed_on date, is_open boolean, level_since date
)"""


def add_warnings(path: Path) -> list[dict]:
    """Insert the three warnings (replacing any marts.warnings); returns them, red first."""
    with duckdb.connect(str(path)) as con:
        cases = con.execute(
            "select case_id, case_number, court_code, dept_id, handling_judge_id from marts.fct_trial_cases "
            "where handling_judge_id is not null order by case_id limit 3"
        ).fetchall()
        rows = []
        for (case_id, number, court, dept, judge), (rule, level, title, first, closed) in zip(cases, [
            ("time_limit", "red", "案件{n}已超审限", "2024-11-02", None),
            ("long_pending", "yellow", "案件{n}未结已满18个月", "2024-10-15", None),
            ("conduct_risk", "green", "案件{n}当事人反映问题已核实关闭", "2024-09-01", "2024-12-20"),
        ], strict=True):  # fmt: skip
            rows.append({
                "warning_id": f"w-{rule}-{case_id}", "rule": rule, "level": level, "subject_type": "case",
                "subject_id": case_id, "court_code": court, "dept_id": dept, "person_id": judge,
                "title": title.format(n=number), "facts": f'{{"case_id": "{case_id}"}}', "first_seen": first,
                "last_seen": closed or "2024-12-31", "closed_on": closed, "is_open": closed is None,
                "level_since": first,
            })  # fmt: skip
        con.execute("drop table if exists marts.warnings")
        con.execute(WARNINGS_DDL)
        con.executemany(
            "insert into marts.warnings values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [list(r.values()) for r in rows],
        )
    return rows
