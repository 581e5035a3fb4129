"""`courtperf sources check`: what tonight would make of each source, before anything is loaded.

For every contract table of every system: where it is read from (the mapping's line), how many rows, which
contract columns map and which are missing (naming the mapping's line and the source column it names), which
source codes have no mapping (with counts, and labels from the code table), values that are not of the contract's
type (or not in the mapping's date format), and a sample of the rows the landing checks would quarantine. The rows
are read as a night reads them and checked by the same generated SQL, in a throwaway in-memory DuckDB: nothing is
written anywhere. References between tables are checked when a night lands (they need the other tables landed).
"""

from __future__ import annotations

import secrets
from collections import Counter
from dataclasses import dataclass, field

from ingestion import checks
from ingestion.checks import BATCH, CHECKED, TYPED, present, q, t
from ingestion.contract import SOURCE_ROW, Table, load_contract, raw_table_ddl
from ingestion.errors import SourceConfigError, SourceUnavailableError
from ingestion.sources.systems import SystemSource

SHOWN_CODES = 10  # unmapped codes listed per column (the rest counted)


@dataclass
class TableCheck:
    table: str  # system.table
    origin: str | None  # where the rows come from (None: not read)
    rows: int = 0
    mapped: int = 0  # contract columns that map to a source column (or a constant)
    columns: int = 0
    problems: list[str] = field(default_factory=list)  # the table cannot load (as it is): missing table or columns
    unmapped: list[str] = field(default_factory=list)  # source codes with no mapping
    types: list[str] = field(default_factory=list)  # values that are not of the contract's type
    quarantined: int = 0  # rows the row-level landing checks would quarantine
    sample: list[str] = field(default_factory=list)

    @property
    def status(self) -> str:
        if self.problems:
            return "FAIL"
        return "WARN" if self.unmapped or self.types or self.quarantined else "PASS"


def check_sources(systems: dict[str, SystemSource], sample: int = 5) -> list[TableCheck]:
    """Every contract table of every configured system, checked."""
    found = []
    for system in load_contract().systems:
        source = systems.get(system)
        for table in load_contract().tables_of(system):
            if source is None:
                problem = f"not configured: system {system} is not in the sources file"
                found.append(TableCheck(table.qualified_name, None, problems=[problem]))
                continue
            try:
                found.append(check_table(source, table, sample))
            except (SourceUnavailableError, SourceConfigError) as exc:
                found.append(TableCheck(table.qualified_name, None, problems=[f"cannot read: {exc}"]))
    return found


def check_table(source: SystemSource, table: Table, sample: int = 5) -> TableCheck:
    from ingestion.pii import mask_pii
    from ingestion.sources import read_table

    if source.mapping is not None:
        from ingestion.sources.mapped import map_table

        read = map_table(source, table)
        extract, origin = read.extract, f"{read.extract.label} ({read.table_map.where})"
        describe = {c: read.table_map.column(c).describe() for c in table.column_names}
    else:
        read, extract = None, read_table(source, table)
        origin, describe = extract.label, {c: c for c in table.column_names}
    found = TableCheck(table.qualified_name, origin, rows=len(extract), columns=len(table.columns))
    if extract.file_error:
        found.problems.append(f"cannot read: {extract.file_error}")
        return found
    if read is not None:
        found.problems.extend(f"missing: {m}" for m in read.missing)
        for what, codes in read.unmapped.items():
            labels = read.labels.get(what, {})
            shown = [
                f"'{code}'{f' ({labels[code]})' if code in labels else ''} ×{n:,}"
                for code, n in codes.most_common(SHOWN_CODES)
            ]
            more = len(codes) - SHOWN_CODES
            found.unmapped.append(f"{what}: {', '.join(shown)}{f' and {more} more' if more > 0 else ''}")
        for what, values in read.unconverted.items():
            found.types.append(f"{what}: {_some(values)} not in format {read.formats[what]}")
    elif extract.missing_columns:
        found.problems.append(f"missing: column(s) {', '.join(extract.missing_columns)} in {extract.label}")
    found.mapped = found.columns - len(extract.missing_columns)
    if len(extract) and not extract.missing_columns:
        frame = mask_pii(extract.frame, table, secrets.token_hex(16))  # nothing personal is shown, nor kept
        _row_checks(table, frame, found, describe, sample)
    return found


def _some(values: Counter) -> str:
    total = sum(values.values())
    examples = ", ".join(f"'{v}'" for v, _ in values.most_common(3))
    return f"{total:,} value(s), e.g. {examples},"


def _row_checks(table: Table, frame, found: TableCheck, describe: dict[str, str], sample: int) -> None:
    import duckdb

    with duckdb.connect(":memory:") as con:
        con.execute("create schema raw")
        con.execute(raw_table_ddl(table))
        con.register(BATCH, frame)
        sql, params = checks.typed_sql(table, f"raw.{q(table.raw_name)}", None)
        con.execute(sql, params)
        con.execute(checks.row_checks_sql(table))
        for column in table.columns:
            if column.type == "string":
                continue
            bad, example = con.execute(
                f"select count(*), min({q(column.name)}) from {TYPED} where {present(column.name)} and "
                f"{t(column.name)} is null"
            ).fetchone()
            if bad and not any(entry.startswith(describe[column.name]) for entry in found.types):
                found.types.append(f"{describe[column.name]}: {bad:,} value(s) are not {column.type}, e.g. '{example}'")
        found.quarantined = con.execute(f"select count(*) from {CHECKED} where _r1 is not null").fetchone()[0]
        rows = con.execute(
            f"select {q(SOURCE_ROW)}, _r1 from {CHECKED} where _r1 is not null order by {q(SOURCE_ROW)} limit ?",
            [sample],
        ).fetchall()
    found.sample = [f"row {row}: {reason}" for row, reason in rows]


def format_report(found: list[TableCheck]) -> str:
    lines = []
    for check in found:
        if check.origin is None:
            lines.append(f"{check.status:<5} {check.table}: {check.problems[0]}")
            continue
        lines.append(f"{check.status:<5} {check.table}: {check.rows:,} rows, {check.mapped} of {check.columns} "
                     f"columns map; from {check.origin}")  # fmt: skip
        lines.extend(f"      {p}" for p in check.problems)
        lines.extend(f"      unmapped codes: {u}" for u in check.unmapped)
        lines.extend(f"      type problem: {p}" for p in check.types)
        if check.quarantined:
            lines.append(f"      would quarantine {check.quarantined:,} of {check.rows:,} rows, e.g.:")
            lines.extend(f"        {s}" for s in check.sample)
    failed = sum(c.status == "FAIL" for c in found)
    warned = sum(c.status == "WARN" for c in found)
    ready = len(found) - failed - warned
    lines.append(f"\n{len(found)} tables: {ready} ready (PASS), {warned} with codes, values or rows to look at (WARN), "
                 f"{failed} that cannot load as they are (FAIL)")  # fmt: skip
    return "\n".join(lines)
