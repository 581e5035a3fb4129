"""An extract: one contract table read as strings, with its source rows and what the reader found wrong; the
helpers every reader shares to build one."""

from __future__ import annotations

import codecs
import datetime as dt
import decimal
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa

from ingestion.contract import READ_REASON, SOURCE_ROW, Table

_TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}")


# Undecodable bytes are decoded as lone surrogates (errors="surrogateescape") and then moved to this
# private-use block, so that the text can be handled as valid Unicode while the rows stay recognisable.
SURROGATE = re.compile("[\udc80-\udcff]")


@dataclass
class Extract:
    table: Table
    label: str
    frame: pd.DataFrame  # contract columns (string dtype) + _source_row (int64) + _read_reason (string)
    missing_columns: list[str] = field(default_factory=list)
    extra_columns: list[str] = field(default_factory=list)
    file_error: str | None = None
    missing_table: bool = False  # a database without this table: misconfigured, the run fails (no retry)
    # A problem of the delivery as a whole that still leaves records to read (wrong encoding, a damaged
    # record, no final line break): the watermark must not move past it.
    damage: str | None = None
    latest_updated_at: str | None = None  # the source's newest updated_at ("YYYY-MM-DD HH:MM:SS"), all rows

    def __len__(self) -> int:
        return len(self.frame)


def empty_extract(table: Table, label: str, file_error: str) -> Extract:
    return Extract(table, label, extract_frame(table, {}, np.zeros(0, dtype="int64"), None), file_error=file_error)


def extract_frame(
    table: Table, columns: dict[str, object], source_rows: np.ndarray, read_reason: list | None
) -> pd.DataFrame:
    """The extract frame: every contract column as string dtype (absent ones all null)."""
    n = len(source_rows)
    data: dict[str, object] = {}
    for name in table.column_names:
        data[name] = string_array(columns.get(name), n)
    data[SOURCE_ROW] = np.asarray(source_rows, dtype="int64")
    data[READ_REASON] = string_array(read_reason, n)
    return pd.DataFrame(data)


def string_array(values: object, n: int) -> pd.api.extensions.ExtensionArray:
    """Arrow-backed pandas string array from a list of str/None or an arrow string array."""
    if values is None:
        arr = pa.nulls(n, pa.string())
    elif isinstance(values, pa.Array | pa.ChunkedArray):
        arr = values
    else:
        arr = pa.array(values, type=pa.string())
    return pd.arrays.ArrowStringArray(arr)


def limit_to_since(extract: Extract, since: str | None) -> Extract:
    """Set the extract's newest updated_at and, with `since`, keep only the rows at or after it plus the rows whose
    updated_at does not parse (checked later): what a database read does in SQL, for a file read whole."""
    if extract.file_error is None and "updated_at" not in extract.missing_columns and len(extract):
        ua = extract.frame["updated_at"]
        parsed = pd.to_datetime(ua.str.replace("T", " ", n=1), format="%Y-%m-%d %H:%M:%S", errors="coerce")
        latest = parsed.max()
        extract.latest_updated_at = None if pd.isna(latest) else latest.strftime("%Y-%m-%d %H:%M:%S")
        if since is not None:
            keep = parsed.isna() | (parsed >= pd.Timestamp(since))
            extract.frame = extract.frame[keep.to_numpy()].reset_index(drop=True)
    return extract


def columns_report(table: Table, present: list[str]) -> tuple[list[str], list[str]]:
    missing = [c for c in table.column_names if c not in present]
    extra = [c for c in present if c not in table.column_names]
    return missing, extra


def value_text(v: object) -> str | None:
    if v is None:
        return None
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v != v:  # NaN
            return None
        return np.format_float_positional(v, trim="-")
    if isinstance(v, decimal.Decimal):
        return format(v, "f")
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, bytes | bytearray | memoryview):
        return bytes(v).decode("utf-8", errors="surrogateescape")
    return str(v)


def timestamp_text(value: str | None) -> str | None:
    """'YYYY-MM-DD HH:MM:SS' from a timestamp's text (T separator allowed), else None."""
    if value is None or not _TIMESTAMP.match(value):
        return None
    return value[:10] + " " + value[11:19]


def undecodable_reasons(columns: dict[str, list], n: int, encoding: str) -> list[str | None] | None:
    """Per row of a database table: an `undecodable` reason when a value holds bytes that did not decode
    (lone surrogates from the driver), else None. The value keeps them as a visible \\xNN escape for
    row_json. (A CSV file is judged whole instead: see `_wrong_encoding`.)
    """
    if n == 0:
        return None
    hint = " (is the file GBK?)" if codecs.lookup(encoding).name == "utf-8" else ""
    reasons: list[str | None] | None = None
    for name, values in columns.items():
        joined = "\x00".join(v for v in values if v)  # one C-speed scan decides if the column needs a look
        if SURROGATE.search(joined) is None:
            continue
        del joined
        for i, v in enumerate(values):
            if v is None or SURROGATE.search(v) is None:
                continue
            values[i] = SURROGATE.sub(lambda m: f"\\x{ord(m.group(0)) - 0xDC00:02x}", v)
            if reasons is None:
                reasons = [None] * n
            if reasons[i] is None:
                reasons[i] = f"undecodable: undecodable bytes for encoding {encoding} in column {name}{hint}"
    return reasons
