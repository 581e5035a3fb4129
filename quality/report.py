"""Per-run quality reports: results as JSON and a small static HTML page, and the `quality.data_quality` table.

Two views of the same results: GX's own Data Docs site (built by the checkpoints in quality/runner.py,
under `<COURTPERF_HOME>/quality/gx/uncommitted/data_docs/local_site/`, every run's validations), and this
one-page summary of a run with the failing keys, under `<COURTPERF_HOME>/quality/<run_id>/index.html`.
"""

from __future__ import annotations

import html
import json
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from quality.runner import DataDocs, ExpectationResult


def run_dir(home: Path, run_id: str) -> Path:
    return Path(home) / "quality" / run_id


def write_results(home: Path, run_id: str, suite: str, results: list[ExpectationResult]) -> Path:
    """Store one suite's results for the run and re-render the run's HTML report; returns the report path."""
    folder = run_dir(home, run_id)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{suite}.json").write_text(
        json.dumps([r.as_dict() for r in results], ensure_ascii=False, indent=1, default=str), encoding="utf-8"
    )
    return render_html(folder, run_id)


def load_results(folder: Path) -> list[dict]:
    rows: list[dict] = []
    for path in sorted(folder.glob("*.json")):
        rows.extend(json.loads(path.read_text(encoding="utf-8")))
    return rows


def render_html(folder: Path, run_id: str) -> Path:
    rows = load_results(folder)
    failed = [r for r in rows if not r["success"]]
    body = "".join(
        "<tr class='{cls}'><td>{suite}</td><td>{table}</td><td>{column}</td><td>{exp}</td><td>{sev}</td>"
        "<td>{status}</td><td>{n:,}</td><td>{bad:,}</td><td><code>{keys}</code></td></tr>".format(
            cls="ok" if r["success"] else r["severity"],
            suite=html.escape(r["suite"]),
            table=html.escape(r["table"]),
            column=html.escape(r["column"]),
            exp=html.escape(r["expectation"]) + f"<br><small>{html.escape(r['description'] or r['gx_type'])}</small>",
            sev=r["severity"],
            status="passed" if r["success"] else "FAILED" + (f": {html.escape(r['error'])}" if r["error"] else ""),
            n=r["element_count"],
            bad=r["unexpected_count"],
            keys=html.escape(json.dumps(r["failing_keys"][:5], ensure_ascii=False, default=str)),
        )
        for r in rows
    )
    page = f"""<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>courtperf quality {run_id}</title>
<style>body{{font-family:sans-serif}}td,th{{border:1px solid #ccc;padding:3px 6px;font-size:13px}}
table{{border-collapse:collapse}}.error{{background:#fdd}}.warn{{background:#ffe9b0}}</style></head><body>
<h1>Data quality, run {html.escape(run_id)}</h1>
<p>{len(rows) - len(failed)} expectations passed, {len(failed)} failed
({sum(r["severity"] == "error" for r in failed)} blocking). Generated {datetime.now(UTC):%Y-%m-%d %H:%M} UTC
by Great Expectations Core suites in <code>quality/suites.py</code>;
<a href="../gx/uncommitted/data_docs/local_site/index.html">Great Expectations Data Docs</a>.</p>
<table><tr><th>suite</th><th>table</th><th>column</th><th>expectation</th><th>severity</th><th>result</th>
<th>rows</th><th>unexpected</th><th>failing keys (sample)</th></tr>{body}</table></body></html>"""
    path = folder / "index.html"
    path.write_text(page, encoding="utf-8")
    return path


DATA_QUALITY_DDL = """
create schema if not exists quality;
create table if not exists quality.data_quality (
    run_id varchar, recorded_at timestamp, table_name varchar,
    rows_read bigint, rows_loaded bigint, rows_quarantined bigint, quarantined_by_reason json,
    checks_passed integer, checks_failed integer, errors_failed integer, report_path varchar,
    rows_already_loaded bigint
);
alter table quality.data_quality add column if not exists rows_already_loaded bigint;
"""


def record_run(warehouse: Path, home: Path, run_id: str) -> int:
    """Write one row per table for the run into quality.data_quality (after the run: needs the writer lock).

    Landing tables take their counts from raw._load_log and raw._quarantine; validated tables their
    expectation counts from the run's results. Returns the number of rows written.
    """
    folder = run_dir(home, run_id)
    results = load_results(folder) if folder.exists() else []
    checks: dict[str, list[int]] = {}
    for r in results:
        passed, failed, errors = checks.setdefault(r["table"], [0, 0, 0])
        checks[r["table"]] = [passed + r["success"], failed + (not r["success"]),
                              errors + (not r["success"] and r["severity"] == "error")]  # fmt: skip
    report = str(folder / "index.html") if (folder / "index.html").exists() else None
    con = duckdb.connect(str(warehouse))
    try:
        con.execute(DATA_QUALITY_DDL)
        con.execute("delete from quality.data_quality where run_id = ?", [run_id])
        landing = {}
        if con.execute(
            "select count(*) from duckdb_tables() where schema_name = 'raw' and table_name = '_load_log'"
        ).fetchone()[0]:
            for table, read, loaded, quarantined, already, reasons in con.execute(
                """
                select l.table_name, l.read, l.loaded, l.quarantined, l.already_loaded,
                    (select to_json(map(list(reason_kind), list(n))) from (
                        select reason_kind, count(*) as n from raw._quarantine q
                        where q.batch_id = l.batch_id and q.system || '.' || q.table_name = l.table_name group by 1
                    )) as reasons
                from raw._load_log l where l.batch_id = ?
                """,
                [run_id],
            ).fetchall():
                landing[table] = (read, loaded, quarantined, reasons, already)
        now = datetime.now(UTC).replace(tzinfo=None)
        rows = [
            (run_id, now, table, *landing.get(table, (None,) * 5), *checks.get(table, (0, 0, 0)), report)
            for table in sorted(set(landing) | set(checks))
        ]
        if rows:
            con.executemany(
                "insert into quality.data_quality (run_id, recorded_at, table_name, rows_read, rows_loaded, "
                "rows_quarantined, quarantined_by_reason, rows_already_loaded, checks_passed, checks_failed, "
                "errors_failed, report_path) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        return len(rows)
    finally:
        con.close()


def latest_summary(warehouse: Path) -> str:
    """The latest recorded run's summary, as printed by `courtperf quality`."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        exists = con.execute(
            "select count(*) from duckdb_tables() where schema_name = 'quality' and table_name = 'data_quality'"
        ).fetchone()[0]
        if not exists:
            return "no data quality results yet: run the nightly job (courtperf run)"
        latest = con.execute("select run_id from quality.data_quality order by recorded_at desc limit 1").fetchone()
        if not latest:
            return "no data quality results yet: run the nightly job (courtperf run)"
        already = (
            "rows_already_loaded"
            if con.execute(  # recorded before that column: null
                "select count(*) from duckdb_columns() where schema_name = 'quality' and table_name = 'data_quality' "
                "and column_name = 'rows_already_loaded'"
            ).fetchone()[0]
            else "null"
        )
        rows = con.execute(
            f"""
            select table_name, rows_read, rows_loaded, rows_quarantined, {already}, quarantined_by_reason,
                checks_passed, checks_failed, errors_failed, report_path
            from quality.data_quality where run_id = ? order by table_name
            """,
            [latest[0]],
        ).fetchall()
    finally:
        con.close()
    lines = [f"data quality of run {latest[0]}", ""]
    lines.append(
        f"{'table':<36}{'read':>9}{'loaded':>9}{'quarant.':>9}{'already':>9}{'passed':>8}{'failed':>8}  blocking"
    )
    for table, read, loaded, quarantined, already, reasons, passed, failed, errors, _ in rows:
        fmt = [f"{v:>9,}" if v is not None else f"{'':>9}" for v in (read, loaded, quarantined, already)]
        lines.append(f"{table:<36}{''.join(fmt)}{passed:>8}{failed:>8}  {errors or ''}")
        if reasons and reasons != "{}":
            lines.append(f"{'':<4}quarantined by reason: {reasons}")
    failed_total = sum(r[7] for r in rows)
    errors_total = sum(r[8] for r in rows)
    lines.append("")
    lines.append(
        f"checks passed {sum(r[6] for r in rows)}, failed {failed_total} ({errors_total} blocking: "
        + ("scores and archive were NOT published" if errors_total else "publication allowed")
        + ")"
    )
    if rows and rows[0][9]:
        failed = [r for r in load_results(Path(rows[0][9]).parent) if not r["success"]]
        for r in sorted(failed, key=lambda r: (r["severity"] != "error", r["expectation"])):
            kind = "blocking" if r["severity"] == "error" else "warning"
            lines.append(f"  [{kind}] {r['expectation']}: {r['message']}")
        lines.append(f"report: {rows[0][9]}")
        docs = DataDocs(Path(rows[0][9]).parent.parent, latest[0]).index  # the run folder's parent holds gx/
        if docs.exists():
            lines.append(f"Great Expectations Data Docs: {docs}")
    return "\n".join(lines)
