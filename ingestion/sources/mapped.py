"""Reading a mapped system: the vendor's rows, read as the mapping says, become exactly the extract the other readers
return (contract columns as strings, `_source_row`, `_read_reason`), so landing, its checks, the quarantine and the
watermarks work as for any source.

- A database is read in a read-only transaction where the dialect has one (PostgreSQL, MySQL/MariaDB, Oracle, 达梦,
  SQLite's query_only; SQL Server has none: give courtperf a login that may only read, as for every source).
  A mapping's SELECT has been checked as one read-only query when the mapping was loaded; here it is only ever
  wrapped as a subquery (`select <columns> from (<select>) src where <updated_at> >= :since order by <key>`).
  Column names are matched as the source spells them, case-insensitively (Oracle's AH, PostgreSQL's ah).
- Incremental on the mapped updated_at: the watermark (contract local time) is turned into the source's time zone
  and text format before it is compared in the source; a folder of files is read whole and limited afterwards.
- Conversions are vectorised over the column: dates and timestamps from the mapping's format (a value that does not
  match keeps its text, so the landing check quarantines it as `malformed_date` naming it), timestamps from the
  system's time zone to the contract's, a date column's midnight timestamps (Oracle DATE, Excel) to dates.
- Codes: a source code with no mapping is never dropped nor guessed: the row keeps the source code and is
  quarantined as `bad_code`, the reason naming the source code, its label where a code table has one, and the line
  of the mapping; `courtperf sources check` counts them per code.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa

from ingestion.contract import READ_REASON, SOURCE_ROW, Column, Table
from ingestion.sources.databases import _db_connection, _driver_message, _read_db_rows, is_transient
from ingestion.sources.extract import Extract, empty_extract, extract_frame, limit_to_since, timestamp_text, value_text
from ingestion.sources.files import find_file, read_file
from ingestion.sources.mapping import CONTRACT_TIMEZONE, CodeMap, ColumnMap, SystemMapping, TableMap
from ingestion.sources.systems import SystemSource

# The statement that makes the rest of a connection's transaction read-only, by SQLAlchemy dialect name.
READ_ONLY = {
    "postgresql": "set transaction read only",
    "kingbase": "set transaction read only",
    "mysql": "start transaction read only",
    "mariadb": "start transaction read only",
    "oracle": "set transaction read only",
    "dm": "set transaction read only",
    "sqlite": "pragma query_only = on",
}
_MIDNIGHT = r"^([0-9]{4}-[0-9]{2}-[0-9]{2})[ T]00:00:00(\.0+)?$"
_TS = "%Y-%m-%d %H:%M:%S"


@dataclass
class MappedRead:
    """A mapped table as read, and what `courtperf sources check` reports about it."""

    extract: Extract
    table_map: TableMap
    missing: list[str] = field(default_factory=list)  # "closing_date <- JARQQ (trial.yaml:20): no such column in …"
    unmapped: dict[str, Counter] = field(default_factory=dict)  # column mapping -> source codes without a mapping
    unconverted: dict[str, Counter] = field(default_factory=dict)  # column mapping -> values not in its format
    formats: dict[str, str] = field(default_factory=dict)  # column mapping -> the format its values should have
    labels: dict[str, dict[str, str]] = field(default_factory=dict)  # column mapping -> code -> label (code tables)


def read_mapped(source: SystemSource, table: Table, since: str | None) -> Extract:
    return map_table(source, table, since).extract


def map_table(source: SystemSource, table: Table, since: str | None = None) -> MappedRead:
    """Read one contract table of a mapped system, with what the mapping could not map."""
    mapping = source.mapping
    assert mapping is not None
    table_map = mapping.table(table)
    column_maps = [table_map.column(c.name) for c in table.columns]
    wanted = list(dict.fromkeys(m.source for m in column_maps if m.source is not None))
    if source.url is not None:
        raw, code_tables = _from_database(source, mapping, table, table_map, wanted, since)
    else:
        raw, code_tables = _from_files(source, mapping, table, table_map, wanted)
    read = _apply(raw, table, column_maps, mapping, code_tables)
    read.table_map = table_map
    if source.url is None:
        limit_to_since(read.extract, since)
    return read


# ---- databases


def _from_database(source, mapping: SystemMapping, table: Table, table_map: TableMap, wanted: list[str], since):
    import sqlalchemy as sa

    with _db_connection(source, f"reading {table.qualified_name} from") as conn:
        dialect = conn.dialect.name
        if dialect in READ_ONLY:
            conn.exec_driver_sql(READ_ONLY[dialect])
        quote = conn.dialect.identifier_preparer.quote_identifier
        code_tables = {}
        for code_map in _code_tables(mapping, table, table_map):
            found = _db_table(conn, source, code_map.table, [code_map.code, code_map.label], quote)
            if isinstance(found, str):
                return _misconfigured(table, source.label, f"codes {code_map.name} ({code_map.where}): {found}"), {}
            code_tables[code_map.name] = found
        # a colon in the SELECT is the vendor's ('HH24:MI:SS', ::int), not a bind parameter of sa.text: escaped
        select = (table_map.select or "").strip().rstrip(";").replace(":", "\\:")
        origin = f"({select}) src" if table_map.select else _name(table_map.source, quote)
        label = f"{source.label}#{table_map.source or 'select'}"
        try:
            present = list(conn.execute(sa.text(f"select * from {origin} where 1 = 0")).keys())
        except sa.exc.DBAPIError as exc:
            if is_transient(exc):
                raise
            return _misconfigured(table, label, f"{table_map.origin}: {_driver_message(exc, source)}"), code_tables
        actual = _resolve(wanted, present)
        columns = [name for name in wanted if name in actual]
        pseudo = _pseudo(table.system, table_map, wanted)
        if not columns:  # none of the mapped columns is there: landing records the missing columns
            extract = empty_extract(pseudo, label, None)
            extract.missing_columns = list(wanted)
            return extract, code_tables
        sql = f"select {', '.join(quote(actual[c]) for c in columns)} from {origin}"
        params = {}
        updated = table_map.column("updated_at")
        ua = actual.get(updated.source) if updated.source else None
        if since is not None and ua is not None:
            sql += f" where ({quote(ua)} >= :since or {quote(ua)} is null)"
            params["since"] = _since_in_source(since, updated, mapping, dialect)
        keys = [actual[m.source] for m in map(table_map.column, table.primary_key) if m.source in actual]
        if keys:
            sql += f" order by {', '.join(quote(k) for k in keys)}"
        result = conn.execution_options(stream_results=True).execute(sa.text(sql), params)
        extract = _read_db_rows(result, pseudo, label, columns, None)
        extract.missing_columns = [c for c in wanted if c not in actual]
        if ua is not None:
            latest = value_text(conn.execute(sa.text(f"select max({quote(ua)}) from {origin}")).scalar())
            if latest is not None:
                converted, _ = convert_time(pd.Series([latest], dtype="str"), "timestamp", updated.format, mapping)
                extract.latest_updated_at = timestamp_text(converted.iloc[0])
    return extract, code_tables


def _db_table(conn, source, name: str, columns: list[str], quote) -> dict[str, str] | str:
    """A code table as {code: label}, or why it cannot be read."""
    import sqlalchemy as sa

    try:
        present = list(conn.execute(sa.text(f"select * from {_name(name, quote)} where 1 = 0")).keys())
    except sa.exc.DBAPIError as exc:
        if is_transient(exc):
            raise
        return f"code table {name}: {_driver_message(exc, source)}"
    actual = _resolve(columns, present)
    absent = [c for c in columns if c not in actual]
    if absent:
        return f"code table {name} has no column {', '.join(absent)} (it has {', '.join(present)})"
    rows = conn.execute(
        sa.text(f"select {quote(actual[columns[0]])}, {quote(actual[columns[1]])} from {_name(name, quote)}")
    )
    return {value_text(code).strip(): value_text(label) for code, label in rows if code is not None}


def _name(name: str, quote) -> str:
    """A source table, optionally schema-qualified (SPXT.AJ_JBXX), quoted as the source spells it."""
    return ".".join(quote(part) for part in name.split("."))


def _resolve(wanted: list[str], present: list[str]) -> dict[str, str]:
    """Mapping's spelling -> the source's, exact first, then case-insensitively."""
    lower = {p.lower(): p for p in present}
    return {w: (w if w in present else lower[w.lower()]) for w in wanted if w in present or w.lower() in lower}


def _since_in_source(since: str, updated: ColumnMap, mapping: SystemMapping, dialect: str):
    """The watermark as the source writes its updated_at: in its time zone, in its text format (or as a datetime
    for Oracle and 达梦, whose DATE does not compare with text)."""
    stamp = pd.Timestamp(since)
    if mapping.timezone != CONTRACT_TIMEZONE:
        stamp = stamp.tz_localize(CONTRACT_TIMEZONE).tz_convert(mapping.timezone).tz_localize(None)
    if updated.format is not None:
        return stamp.strftime(updated.format)
    if dialect in ("oracle", "dm"):
        return stamp.to_pydatetime()
    return stamp.strftime(_TS)


def _misconfigured(table: Table, label: str, problem: str) -> Extract:
    extract = empty_extract(table, label, problem)
    extract.missing_table = True  # as a database without a contract table: the run fails, naming the mapping
    return extract


# ---- folders of files


def _from_files(source: SystemSource, mapping: SystemMapping, table: Table, table_map: TableMap, wanted: list[str]):
    assert source.directory is not None
    code_tables = {}
    for code_map in _code_tables(mapping, table, table_map):
        path = find_file(source.directory, code_map.table)
        if path is None:
            problem = f"codes {code_map.name} ({code_map.where}): code table {code_map.table} not found in "
            return empty_extract(table, str(source.directory), problem + str(source.directory)), {}
        pseudo = _pseudo(table.system, TableMap(code_map.table, code_map.where, source=code_map.table),
                         [code_map.code, code_map.label])  # fmt: skip
        codes = read_file(path, pseudo, source.encoding)
        if codes.file_error or codes.missing_columns:
            problem = codes.file_error or f"no column {', '.join(codes.missing_columns)} in {codes.label}"
            return empty_extract(table, codes.label, f"codes {code_map.name} ({code_map.where}): {problem}"), {}
        code_tables[code_map.name] = {
            str(c).strip(): label
            for c, label in zip(codes.frame[code_map.code], codes.frame[code_map.label], strict=True)
            if c is not pd.NA
        }
    name = table_map.source or table.name
    path = find_file(source.directory, name)
    pseudo = _pseudo(table.system, table_map, wanted)
    if path is None:
        where = source.directory if source.directory.is_dir() else f"{source.directory} (folder missing)"
        return empty_extract(pseudo, str(source.directory / name), f"{table_map.origin}: not found in {where}"), {}
    return read_file(path, pseudo, source.encoding, table_map.sheet), code_tables


def _code_tables(mapping: SystemMapping, table: Table, table_map: TableMap) -> list[CodeMap]:
    found = {}
    for column in table.columns:
        code_map = table_map.column(column.name).codes
        if code_map is not None and code_map.table is not None:
            found[code_map.name] = code_map
    return list(found.values())


def _pseudo(system: str, table_map: TableMap, columns: list[str]) -> Table:
    """The source table as the readers know tables: its mapped columns, all text."""
    name = table_map.source or table_map.table
    return Table(system, name, (), tuple(Column(c, "string") for c in columns))


# ---- applying the mapping


def _apply(raw: Extract, table: Table, column_maps: list[ColumnMap], mapping: SystemMapping, code_tables) -> MappedRead:
    frame = raw.frame
    n = len(frame)
    reasons = pd.Series(frame[READ_REASON].to_numpy(dtype=object), dtype=object)
    read = MappedRead(raw, None)  # type: ignore[arg-type] - the table mapping is set by map_table
    columns: dict[str, object] = {}
    missing: list[str] = []
    for column, column_map in zip(table.columns, column_maps, strict=True):
        if column_map.source is None:
            columns[column.name] = pa.repeat(pa.scalar(column_map.value, pa.string()), n)
            continue
        if raw.file_error is None and (column_map.source in raw.missing_columns or column_map.source not in frame):
            missing.append(column.name)
            read.missing.append(f"{column_map.describe()}: no column {column_map.source} in {raw.label}")
            continue
        if column_map.source not in frame:
            continue
        shift = column.type == "timestamp" and mapping.timezone != CONTRACT_TIMEZONE
        converted = column.type == "date" or column_map.format is not None or shift
        if column_map.codes is None and not converted:  # a rename: the reader's Arrow strings as they are
            columns[column.name] = pa.array(frame[column_map.source].array).cast(pa.string())
            continue
        values = pd.Series(frame[column_map.source].to_numpy(dtype=object), dtype="str")
        if column.type in ("date", "timestamp"):
            values, bad = convert_time(values, column.type, column_map.format, mapping)
            if bad.any():
                read.unconverted[column_map.describe()] = Counter(values[bad])
                read.formats[column_map.describe()] = column_map.format or _TS
        if column_map.codes is not None:
            lookup, labels = _lookup(column_map.codes, code_tables)
            values, unmapped = _map_codes(values, lookup)
            if unmapped.any():
                codes = values[unmapped]
                read.unmapped[column_map.describe()] = Counter(codes)
                read.labels[column_map.describe()] = labels
                label = codes.map(labels).astype(object)
                shown = "'" + codes + "'" + (" (" + label + ")").where(label.notna(), "")
                why = (f"bad_code: {column.name}: source code " + shown
                       + f" of {column_map.source} has no mapping (codes {column_map.codes.name}, "
                       f"{column_map.codes.where})")  # fmt: skip
                reasons[unmapped & reasons.isna()] = why
        columns[column.name] = pa.array(values.to_numpy(dtype=object), type=pa.string(), from_pandas=True)
    source_rows = frame[SOURCE_ROW].to_numpy(dtype="int64") if SOURCE_ROW in frame else np.zeros(0, dtype="int64")
    has_reasons = reasons.notna().any()
    read.extract = Extract(
        table,
        raw.label,
        extract_frame(
            table, columns, source_rows, reasons.where(reasons.notna(), None).tolist() if has_reasons else None
        ),
        missing_columns=missing,
        file_error=raw.file_error,
        missing_table=raw.missing_table,
        damage=raw.damage,
        latest_updated_at=raw.latest_updated_at,
    )
    return read


def _lookup(code_map: CodeMap, code_tables) -> tuple[dict[str, str | None], dict[str, str]]:
    """(source code -> contract value, source code -> label) of a code mapping."""
    if code_map.values is not None:
        return code_map.values, {}
    labels = code_tables.get(code_map.name, {})
    if code_map.labels is None:
        return dict(labels), labels
    return {code: code_map.labels[label] for code, label in labels.items() if label in code_map.labels}, labels


def _map_codes(values: pd.Series, lookup: dict[str, str | None]) -> tuple[pd.Series, pd.Series]:
    """Codes mapped to contract values; a code with no mapping keeps its source text. Returns (values, unmapped)."""
    stripped = values.str.strip()
    known = stripped.isin(list(lookup)).fillna(False).astype(bool)
    mapped = stripped.map(lookup).astype(object)
    out = values.astype(object).where(~known, mapped)
    return out.where(out.notna(), None), values.notna() & ~known


def convert_time(values: pd.Series, kind: str, fmt: str | None, mapping: SystemMapping) -> tuple[pd.Series, pd.Series]:
    """A date or timestamp column as the contract writes it, from the mapping's format and the system's time zone.
    A value that does not parse keeps its text (landing quarantines it, naming it). Returns (values, unparsed)."""
    shift = kind == "timestamp" and mapping.timezone != CONTRACT_TIMEZONE
    if fmt is None and not shift:
        if kind == "date":
            values = values.str.replace(_MIDNIGHT, r"\1", regex=True)
        return values, pd.Series(False, index=values.index)
    text = values if fmt is not None else values.str.replace("T", " ", n=1)
    parsed = pd.to_datetime(text, format=fmt or _TS, errors="coerce")
    if getattr(parsed.dt, "tz", None) is not None:  # the format had %z
        parsed = parsed.dt.tz_convert(CONTRACT_TIMEZONE).dt.tz_localize(None)
    elif shift:
        local = parsed.dt.tz_localize(mapping.timezone, ambiguous="NaT", nonexistent="NaT")
        parsed = local.dt.tz_convert(CONTRACT_TIMEZONE).dt.tz_localize(None)
    shown = parsed.dt.strftime("%Y-%m-%d" if kind == "date" else _TS)
    unparsed = values.notna() & parsed.isna()
    return shown.where(parsed.notna(), values), unparsed
