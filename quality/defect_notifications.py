"""Tell each responsible person their new data defects once (the `quality/defect_notifications` asset runs it:
orchestration/notification_assets.py).

After `marts.data_defects` is built, every open defect not announced before goes to the person who can fix
it (the 承办人 of the case, else the handler or person of the row): one notification per person per night,
listing their new defects. What was sent is kept in `quality.defect_notifications_sent` (one row per
defect), written in the same transaction as the send, so a rerun sends nothing and a failed send is retried
the next night. A defect with no known responsible person goes to the court's data-quality desk (`person`
empty), by court.
"""

import duckdb

from courtperf.notify import Notification, Notifier, deliver_once

SENT_TABLE = "quality.defect_notifications_sent"
_DDL = f"""
create schema if not exists quality;
create table if not exists {SENT_TABLE} (
    defect_id varchar primary key,
    person_id varchar,
    court_code varchar,
    run_id varchar,
    sent_at timestamp default current_timestamp
);
"""


def unsent_defects(con: duckdb.DuckDBPyConnection, run_id: str = "") -> list[Notification]:
    """One notification per responsible person (or court, when nobody is known) of their unannounced defects."""
    con.execute(_DDL)
    rows = con.execute(
        f"""
        select defect_id, responsible_person_id, responsible_name, court_code, dept_id, case_number,
            source_system || '.' || source_table as source_table, row_key, reason_zh, reason_detail, first_seen
        from marts.data_defects as d
        where is_open and not exists (select 1 from {SENT_TABLE} as s where s.defect_id = d.defect_id)
        order by coalesce(responsible_person_id, ''), court_code, first_seen, source_table, row_key
        """
    ).fetchall()
    batches: dict[tuple[str, str], list[tuple]] = {}
    for row in rows:
        batches.setdefault((row[1] or "", "" if row[1] else row[3] or ""), []).append(row)
    out = []
    for (person, court), defects in batches.items():
        name = defects[0][2] or person
        title = (f"{name}: {len(defects)} 条数据质量问题待整改" if person
                 else f"{court or '(法院不明)'}: {len(defects)} 条无责任人的数据质量问题")  # fmt: skip
        details = {
            "person_id": person or None,
            "court_code": defects[0][3],
            "defects": [
                {
                    "defect_id": d[0],
                    "case_number": d[5],
                    "source_table": d[6],
                    "row_key": d[7],
                    "reason": d[8],
                    "detail": d[9],
                    "first_seen": str(d[10]),
                }
                for d in defects
            ],  # fmt: skip
        }
        out.append(Notification("data_defects", f"defects:{person or court}:{run_id}", title, "info", details))
    return out


def send_new_defects(con: duckdb.DuckDBPyConnection, notifier: Notifier, run_id: str = "") -> list[Notification]:
    """Send the unannounced open defects through `notifier` and record them, in one transaction."""
    con.execute(_DDL)

    def sent_rows(batch: list[Notification]) -> list[dict]:
        return [
            {"defect_id": d["defect_id"], "person_id": n.details["person_id"], "court_code": n.details["court_code"],
             "run_id": run_id}
            for n in batch
            for d in n.details["defects"]
        ]  # fmt: skip

    return deliver_once(con, notifier, lambda: unsent_defects(con, run_id), SENT_TABLE, sent_rows)
