"""Reading a table from a spreadsheet (.xlsx, as offices export them): one sheet, its first row the header, read by
python-calamine (Rust; an order of magnitude faster than openpyxl) into the same all-string extract as a CSV file.

A workbook has no records of the wrong shape and no encoding to get wrong; what a spreadsheet does get wrong is
types: numbers typed as numbers (an amount 1234.5, a count 3.0), dates typed as dates. They become the contract's
text here (`value_text`: 3.0 -> "3", a date -> "YYYY-MM-DD"), so the landing checks judge them as they judge a
CSV file's values. Blank rows are no records (as blank lines of a CSV file); `_source_row` counts the records.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np

from ingestion.contract import Table
from ingestion.sources.extract import Extract, columns_report, empty_extract, extract_frame, value_text


def read_xlsx(path: Path, table: Table, sheet: str | None = None) -> Extract:
    """One sheet of `path` as an extract of `table`: the named sheet, else the sheet named like the table, else the
    first sheet. A workbook that cannot be opened, or lacks the sheet, is a file error."""
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        names = list(workbook.sheet_names)
    except Exception as exc:  # calamine's errors are its own classes; any of them means "not a workbook we can read"
        return empty_extract(table, str(path), f"cannot read {path} as a workbook: {exc}")
    if sheet is None:
        sheet = table.name if table.name in names else (names[0] if names else None)
    label = f"{path}#{sheet}"
    if sheet not in names:
        return empty_extract(table, label, f"{path} has no sheet {sheet!r} (it has {', '.join(names) or 'none'})")
    try:
        rows = workbook.get_sheet_by_name(sheet).to_python()
    except Exception as exc:
        return empty_extract(table, label, f"cannot read sheet {sheet!r} of {path}: {exc}")
    if not rows:
        return empty_extract(table, label, f"{label} is empty (no header row)")
    header = [(value_text(h) or "").strip() for h in rows[0]]
    while header and header[-1] == "":  # formatting beyond the last column
        header.pop()
    named = [h for h in header if h]
    if len(set(named)) != len(named):
        dupes = sorted({h for h in named if named.count(h) > 1})
        return empty_extract(table, label, f"{label} has duplicate column names {dupes}")
    missing, extra = columns_report(table, named)
    records = [r for r in rows[1:] if any(v != "" and v is not None for v in r)]
    kinds = {c.name: c.type for c in table.columns}
    columns: dict[str, list] = {}
    cells = list(zip(*records, strict=True)) if records else []
    for i, name in enumerate(header):
        if name not in kinds:
            continue
        values = cells[i] if cells else ()
        columns[name] = [_text(v, kinds[name]) for v in values]
    frame = extract_frame(table, columns, np.arange(1, len(records) + 1, dtype="int64"), None)
    return Extract(table, label, frame, missing_columns=missing, extra_columns=extra)


def _text(value: object, kind: str) -> str | None:
    if value.__class__ is str:
        return value or None
    if isinstance(value, dt.datetime) and kind == "date" and value.time() == dt.time(0):
        return value.date().isoformat()  # a date cell that Excel keeps as midnight
    return value_text(value)
