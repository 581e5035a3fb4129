"""Reading a table from a folder of files: a CSV (tolerant of damaged records, strict about the encoding), a
Parquet file or a spreadsheet (`xlsx.py`)."""

from __future__ import annotations

import codecs
import csv
import io
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from ingestion.contract import READ_REASON, SOURCE_ROW, Table
from ingestion.sources.extract import (
    Extract,
    columns_report,
    empty_extract,
    extract_frame,
    limit_to_since,
    string_array,
    value_text,
)
from ingestion.sources.systems import FILE_SUFFIXES, SystemSource
from ingestion.sources.xlsx import read_xlsx

MAX_RECORD_LINES = 1_000  # a quoted value may span lines; a quote still open after this many is a stray one


_ESCAPED = re.compile("[\uf780-\uf7ff]")


_TO_ESCAPED = {c: c - 0xDC80 + 0xF780 for c in range(0xDC80, 0xDD00)}


_OTHER_LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # not line ends in CSV


def read_files(source: SystemSource, table: Table, since: str | None) -> Extract:
    assert source.directory is not None
    label = source.table_label(table.name)
    path = find_file(source.directory, table.name)
    if path is None:
        where = source.directory if source.directory.is_dir() else f"{source.directory} (folder missing)"
        return empty_extract(table, label, f"table {table.qualified_name} not found in {where}")
    return limit_to_since(read_file(path, table, source.encoding), since)


def find_file(directory: Path, name: str) -> Path | None:
    """`<name>.csv`, `.parquet` or `.xlsx` in `directory` (the first that exists, in that order)."""
    for suffix in FILE_SUFFIXES:
        path = directory / f"{name}{suffix}"
        if path.exists():
            return path
    return None


def read_file(path: Path, table: Table, encoding: str, sheet: str | None = None) -> Extract:
    """One file as an extract of `table`, by its extension."""
    if path.suffix == ".csv":
        return _read_csv(path, table, encoding)
    if path.suffix == ".parquet":
        return _read_parquet(path, table)
    return read_xlsx(path, table, sheet)


def _read_csv(path: Path, table: Table, encoding: str) -> Extract:
    label = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return empty_extract(table, label, f"cannot read {label}: {exc.strerror or exc}")
    first_break = data.find(b"\n", 0, 65536)
    if b"\x00" in data[: first_break if first_break >= 0 else 65536]:  # a NUL further on costs its record only
        return empty_extract(table, label, f"{label} is not a CSV file (binary content)")
    undecodable_line = None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:  # kept as escapes, to show in the quarantine
        undecodable_line = data.count(b"\n", 0, exc.start) + 1
        text = data.decode(encoding, errors="surrogateescape").translate(_TO_ESCAPED)
    del data
    if text.startswith("\ufeff"):
        text = text[1:]
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        return empty_extract(table, label, f"{label} has an unreadable header line: {exc}")
    if header is None:
        return empty_extract(table, label, f"{label} is empty (no header row)")
    header_lines = reader.line_num
    header = [h.strip() for h in header]
    if len(set(header)) != len(header):
        dupes = sorted({h for h in header if header.count(h) > 1})
        return empty_extract(table, label, f"{label} has duplicate column names {dupes}")
    missing, extra = columns_report(table, header)
    wanted = [c for c in header if c in table.column_names]
    fast = None
    if "\x00" not in text:
        utf8 = text.encode("utf-8", errors="surrogatepass")
        if not _has_inner_quote(utf8):
            fast = _parse_csv_arrow(utf8, header, wanted)
        del utf8
    if fast is not None:  # every record has the header's number of fields
        columns, n = fast
        frame = extract_frame(table, columns, np.arange(1, n + 1, dtype="int64"), None)
        damage = None
    else:
        frame, damage = _read_csv_tolerant(text, label, table, header, header_lines, wanted)
    if len(frame) and not text.endswith(("\n", "\r")):
        cut = f"{label} does not end with a line break: the file may have been cut short"
        damage = f"{damage}; {cut}" if damage else cut
    del text
    if undecodable_line is not None:
        damage = _wrong_encoding(frame, table, label, encoding, undecodable_line)
    return Extract(table, label, frame, missing_columns=missing, extra_columns=extra, damage=damage)


def _wrong_encoding(frame: pd.DataFrame, table: Table, label: str, encoding: str, line: int) -> str:
    """Mark every record of a file that does not decode as `wrong_encoding`; undecodable bytes become
    visible \\xNN escapes in the values (for the quarantine's row_json). Returns the file's damage."""
    hint = " (is the file GBK?)" if codecs.lookup(encoding).name == "utf-8" else ""
    problem = (
        f"{label} is not valid {encoding}: undecodable bytes from line {line} on{hint}; the whole file is set aside"
    )
    for name in table.column_names:
        values = frame[name]
        if values.str.contains("[\uf780-\uf7ff]", regex=True).any():
            frame[name] = string_array(
                [None if v is pd.NA else _ESCAPED.sub(lambda m: f"\\x{ord(m.group(0)) - 0xF700:02x}", v)
                 for v in values], len(values)
            )  # fmt: skip
    frame[READ_REASON] = string_array([f"wrong_encoding: {problem}"] * len(frame), len(frame))
    return problem


def _has_inner_quote(utf8: bytes) -> bool:
    """A quote with neither a delimiter, a line end nor another quote on either side ("x"y, say "hi"):
    Arrow would drop it silently, so such a file is read record by record (strict) instead."""
    if b'"' not in utf8:
        return False
    data = np.frombuffer(utf8, dtype=np.uint8)
    at = np.flatnonzero(data == ord('"'))
    at = at[(at > 0) & (at < len(data) - 1)]
    fence = np.array([ord(","), ord("\r"), ord("\n"), ord('"')], dtype=np.uint8)
    return bool((~np.isin(data[at - 1], fence) & ~np.isin(data[at + 1], fence)).any())


class _Lines:
    """The file's lines from `start`, for one csv.reader record; ends after MAX_RECORD_LINES lines."""

    def __init__(self, lines: list[str], start: int):
        self.lines, self.pos, self.stop = lines, start, min(len(lines), start + MAX_RECORD_LINES)

    def __iter__(self):
        return self

    def __next__(self) -> str:
        if self.pos >= self.stop:
            raise StopIteration
        self.pos += 1
        return self.lines[self.pos - 1]


def _read_csv_tolerant(
    text: str, label: str, table: Table, header: list[str], header_lines: int, wanted: list[str]
) -> tuple[pd.DataFrame, str | None]:
    """Record by record: a record that cannot be parsed (a stray quote, a NUL byte, the wrong number of
    fields) is kept as a `malformed_row` naming its line, and reading resumes at the next line. The
    good records are then parsed together by Arrow, so their values are read exactly as on the fast path.
    Returns the frame and the damage (first bad record, how many)."""
    if any(c in text for c in _OTHER_LINE_BREAKS):  # str.splitlines would split there too
        lines = list(io.StringIO(text, newline=""))
    else:
        lines = text.splitlines(keepends=True)
    ncols = len(header)
    good: list[str] = lines[:header_lines]
    good_records: list[int] = []
    bad_records: list[int] = []
    bad_fields: list[list[str]] = []
    reasons: list[str] = []
    i, record = header_lines, 0
    while i < len(lines):
        line = lines[i]
        if line in ("\n", "\r\n", "\r"):  # blank lines are no records (Arrow skips them too)
            i += 1
            continue
        record += 1
        end, error = i + 1, None
        if '"' not in line and "\x00" not in line:  # the common case: count the fields, split only if bad
            if line.count(",") == ncols - 1:
                good.append(line)
                good_records.append(record)
                i += 1
                continue
            fields = line.rstrip("\r\n").split(",")
        else:
            feed = _Lines(lines, i)
            try:
                fields = next(csv.reader(feed, strict=True))
                end = feed.pos
            except csv.Error as exc:
                fields, error = line.rstrip("\r\n").split(","), str(exc)
                if error == "unexpected end of data":
                    error = "a quoted value is never closed (a stray quote?)"
        if error is None and "\x00" in line:
            error = "it contains a NUL byte"
        elif error is None and len(fields) != ncols:
            error = f"it has {len(fields)} fields, the header has {ncols}"
            end = i + 1  # a multi-line record of the wrong shape: its other lines may be records of their own
        if error is None:
            good.extend(lines[i:end])
            good_records.append(record)
        else:
            bad_records.append(record)
            bad_fields.append([v.replace("\x00", "\\x00") for v in (fields + [""] * ncols)[:ncols]])
            reasons.append(f"malformed_row: {label} line {i + 1} (record {record}): {error}")
        i = end
    del lines
    parts = []
    if good_records:
        parsed = _parse_csv_arrow("".join(good).encode("utf-8", errors="surrogatepass"), header, wanted)
        if parsed is None or parsed[1] != len(good_records):  # Arrow disagrees with csv: use csv's values
            rows = list(csv.reader(io.StringIO("".join(good[header_lines:]), newline=""), strict=True))
            parsed = {name: [r[header.index(name)] or None for r in rows] for name in wanted}, len(rows)
        parts.append(extract_frame(table, parsed[0], np.asarray(good_records, dtype="int64"), None))
    if bad_records:
        columns = {name: [f[header.index(name)] or None for f in bad_fields] for name in wanted}
        parts.append(extract_frame(table, columns, np.asarray(bad_records, dtype="int64"), reasons))
    if not parts:
        return extract_frame(table, {}, np.zeros(0, dtype="int64"), None), None
    frame = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    frame = frame.sort_values(SOURCE_ROW, kind="stable").reset_index(drop=True)
    damage = None
    if reasons:
        more = f" (and {len(reasons) - 1:,} more)" if len(reasons) > 1 else ""
        damage = f"{len(reasons):,} damaged record(s), first: {reasons[0].removeprefix('malformed_row: ')}{more}"
    return frame, damage


def _parse_csv_arrow(utf8: bytes, header: list[str], wanted: list[str]) -> tuple[dict, int] | None:
    """Fast multi-threaded parse; None when a record has the wrong number of fields (slow path then)."""
    invalid = []

    def on_invalid(row) -> str:
        invalid.append(row)
        return "skip"

    try:
        table = pacsv.read_csv(
            io.BytesIO(utf8),
            read_options=pacsv.ReadOptions(skip_rows=1, column_names=header),
            parse_options=pacsv.ParseOptions(newlines_in_values=True, invalid_row_handler=on_invalid),
            convert_options=pacsv.ConvertOptions(
                column_types={c: pa.string() for c in header},
                include_columns=wanted,
                strings_can_be_null=True,
                quoted_strings_can_be_null=True,
                null_values=[""],
            ),
        )
    except (pa.ArrowInvalid, UnicodeEncodeError):
        return None
    if invalid:
        return None
    return {name: table.column(name) for name in wanted}, table.num_rows


def _read_parquet(path: Path, table: Table) -> Extract:
    label = str(path)
    try:
        pa_table = pq.read_table(path)
    except Exception as exc:
        return empty_extract(table, label, f"cannot read {label} as parquet: {exc}")
    present = pa_table.column_names
    missing, extra = columns_report(table, present)
    columns: dict[str, object] = {}
    for name in present:
        if name not in table.column_names:
            continue
        col = pa_table.column(name)
        if pa.types.is_string(col.type) or pa.types.is_large_string(col.type):
            values = col.to_pylist()
            columns[name] = [v if v else None for v in values]
        else:
            columns[name] = [value_text(v) for v in col.to_pylist()]
    n = pa_table.num_rows
    frame = extract_frame(table, columns, np.arange(1, n + 1, dtype="int64"), None)
    return Extract(table, label, frame, missing_columns=missing, extra_columns=extra)
