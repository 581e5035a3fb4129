"""The HTML pieces the period report's sections share (period_report.py, report_grades.py): rows of a query as
dicts, escaped text, and a table."""

from __future__ import annotations

import html

import duckdb


def query_rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def esc(text) -> str:
    return html.escape("" if text is None else str(text))


def table(header: list[str], body_rows: list[list[str]], cls: str = "") -> str:
    """Cells are HTML already (escape text with `esc`); a cell that is a whole `<td …>` is kept as it is."""
    head = "".join(f"<th>{esc(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(c if c.startswith("<td") else f"<td>{c}</td>" for c in row) + "</tr>" for row in body_rows
    )
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
