"""Three data defects on real cases and people of a tiny warehouse, over three landing nights, rebuilt by dbt.

The clean tiny demo quarantines nothing, so the dashboard and its tests add defects the way landing records
them (rows of `raw._quarantine` with their attribution, one key in `raw._defect_fixes`) and rebuild only the
worklist and the results it marks (`dbt run --select int_data_defects+`, less supervision: the tests bring
their own warnings), then publish:

    night       quarantined                                                       open that night
    2024-12-29  A suspension ending before it starts (a 2024 case of judge J)    A, B
                B petition resolved before received (handler H)
    2024-12-30  A again; B's corrected row loads (fixed)                          A
    2024-12-31  A again; C panel member unknown to personnel (a case of judge K)  A, C
"""

from __future__ import annotations

import os
import subprocess
from datetime import date, datetime
from pathlib import Path

import duckdb

from courtperf.settings import DBT_PROJECT_DIR
from orchestration.dbt_manifest import DBT_EXECUTABLE
from tests.indicator_fixture import seed_parse

NIGHTS = [datetime(2024, 12, day, 22, 0) for day in (29, 30, 31)]
OPEN_PER_NIGHT = {date(2024, 12, 29): 2, date(2024, 12, 30): 1, date(2024, 12, 31): 2}  # worked out above


def _cases(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    """2024 cases of two judges ranked near the top of their peer group in 2024 (so the dashboard's ranking
    shows them): (case_id, 案号, judge, court, dept)."""
    return con.execute(
        """
        select case_id, case_number, handling_judge_id, court_code, dept_id from marts.fct_trial_cases
        where year(filing_date) = 2024 and handling_judge_id in (
            select entity_id from marts.score_totals
            where level = 'person' and period_type = 'year' and period = '2024' and rank_in_peer_group <= 10)
        qualify row_number() over (partition by handling_judge_id order by case_id) = 1
        order by handling_judge_id limit 2"""
    ).fetchall()


def add_defects(warehouse: Path, scratch: Path) -> dict:
    """Insert the three defects into `warehouse` (a copy: it is written), rebuild the worklist and marks."""
    with duckdb.connect(str(warehouse)) as con:
        (case_a, number_a, judge, court_a, dept_a), (case_c, number_c, other_judge, court_c, _) = _cases(con)
        handler, court_b = con.execute(
            "select person_id, court_code from marts.dim_person where person_id not in (?, ?) "
            "and role = 'judge' order by person_id limit 1",
            [judge, other_judge],
        ).fetchone()
        a = {
            "system": "trial",
            "table_name": "time_limit_events",
            "row_key": "event_id=TLE-DQ-1",
            "reason_kind": "end_before_start",
            "reason": "end_before_start: end_date 2024-02-01 < start_date 2024-03-01",
            "case_system": "trial",
            "case_ref": case_a,
            "first_date": "2024-02-01",
            "last_date": "2024-03-01",
        }
        b = {
            "system": "petition",
            "table_name": "petitions",
            "row_key": "petition_id=PT-DQ-1",
            "reason_kind": "resolved_before_received",
            "reason": "resolved_before_received: resolved 2024-01-01 < received 2024-06-01",
            "person_ref": handler,
            "court_ref": court_b,
            "first_date": "2024-01-01",
            "last_date": "2024-06-01",
        }
        c = {"system": "trial", "table_name": "panel_members", "row_key": f"case_id={case_c}, member_seq=9",
             "reason_kind": "unknown_reference", "reason": "unknown_reference: person_id P-NOT-IN-HR",
             "case_system": "trial", "case_ref": case_c, "person_ref": "P-NOT-IN-HR"}  # fmt: skip
        sightings = [(NIGHTS[0], a), (NIGHTS[0], b), (NIGHTS[1], a), (NIGHTS[2], a), (NIGHTS[2], c)]
        for row, (night, defect) in enumerate(sightings, start=1):
            values = {"batch_id": f"dq-{night:%m%d}", "loaded_at": night, "source": f"test/{defect['table_name']}.csv",
                      "source_row": row, "row_json": "{}", **defect}  # fmt: skip
            con.execute(
                f"insert into raw._quarantine ({', '.join(values)}) values ({', '.join('?' for _ in values)})",
                list(values.values()),
            )
        con.execute(
            "insert into raw._defect_fixes values (?, ?, ?, ?, ?)",
            ["dq-1230", NIGHTS[1], b["system"], b["table_name"], b["row_key"]],
        )
    env = {**os.environ, "COURTPERF_WAREHOUSE": str(warehouse)}
    target = scratch / "target"  # dbt's own files in the test's folder; its parse cache spares a full parse
    seed_parse(target)
    result = subprocess.run(
        [str(DBT_EXECUTABLE), "run", "--select", "int_data_defects+",
         "--exclude", "path:models/intermediate/supervision", "path:models/marts/supervision",
         "--project-dir", str(DBT_PROJECT_DIR),
         "--profiles-dir", str(DBT_PROJECT_DIR), "--target-path", str(target),
         "--log-path", str(scratch / "logs")],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    return {
        "judge": judge, "case_number": number_a, "court": court_a, "dept": dept_a,
        "handler": handler, "other_judge": other_judge, "case_c": case_c, "case_number_c": number_c, "court_c": court_c,
    }  # fmt: skip
