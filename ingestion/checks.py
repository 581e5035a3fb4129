"""The landing checks, as generated DuckDB SQL driven by the contract.

Every batch goes through three set-based steps over temp tables (names below):

1. `typed_sql`: each contract column is parsed strictly into `_t_<column>` (null when blank or when it
   does not parse), and rows already landed — same primary key and updated_at in raw — are flagged.
2. `row_checks_sql`: the first failing row-level check becomes `_r1`, a reason "kind: detail"
   (read problems, blank key, not null, types, allowed values, date order, duplicates in the batch).
3. `reference_checks_sql`: unresolved references, against every landed row of the referenced raw table
   (plus the rows of this batch that passed step 2, for self-references); `_reason` is the final verdict.

Identifiers come from the contract and are always double-quoted; literals are always escaped.
"""

from __future__ import annotations

import re

from ingestion.contract import Table
from ingestion.sources import READ_REASON, SOURCE_ROW

BATCH = "_landing_batch"  # the registered extract (all strings)
TYPED = "_landing_typed"
CHECKED = "_landing_checked"
VERDICT = "_landing_verdict"

# Date order rules: (later column, earlier column, reason kind). Kept here, not in the contract.
DATE_ORDER_RULES: dict[str, list[tuple[str, str, str]]] = {
    "trial.cases": [("closing_date", "filing_date", "closing_before_filing")],
    "enforcement.enforcement_cases": [("closing_date", "filing_date", "closing_before_filing")],
    "petition.petitions": [("resolved_date", "received_date", "resolved_before_received")],
    "mediation.mediations": [("closed_date", "received_date", "closed_before_received")],
    "trial.time_limit_events": [("end_date", "start_date", "end_before_start")],
    "hr.staff_postings": [("valid_to", "valid_from", "valid_to_before_valid_from")],
}

REASON_KINDS = (
    "file_error",
    "missing_column",
    "malformed_row",
    "undecodable",
    "wrong_encoding",
    "blank_key",
    "not_null",
    "malformed_date",
    "bad_type",
    "bad_code",
    *sorted({kind for rules in DATE_ORDER_RULES.values() for _, _, kind in rules}),
    "duplicate_key",
    "duplicate_row",
    "duplicate_unique",
    "unknown_reference",
)

_DECIMAL = re.compile(r"^decimal\((\d+),(\d+)\)$")
_WS = "' \t\r\n'"


def q(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def lit(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def t(column: str) -> str:
    """The typed twin of a column in the TYPED table."""
    return q(f"_t_{column}")


def present(column: str) -> str:
    return f"coalesce(trim({q(column)}, {_WS}) <> '', false)"


def _shown(column: str) -> str:
    """`col='value'` for a reason text (value cut at 80 characters)."""
    return f"{lit(column + '=')} || '''' || left({q(column)}, 80) || ''''"


def typed_expr(table: Table, column: str) -> str:
    """Strict parse of a string column into its contract type; null when blank or unparseable."""
    c = q(column)
    kind = table.column(column).type.replace(" ", "")
    blank_to_null = f"case when {present(column)} then {c} end"
    if kind == "string":
        return blank_to_null
    if kind == "int":
        return f"case when regexp_full_match({c}, '[+-]?[0-9]{{1,18}}') then try_cast({c} as bigint) end"
    if kind == "bool":
        return (
            f"case lower({c}) when '1' then true when 'true' then true when '0' then false when 'false' then false end"
        )
    if kind == "date":
        return (
            f"case when regexp_full_match({c}, '[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}') "
            f"then try_strptime({c}, '%Y-%m-%d')::date end"
        )
    if kind == "timestamp":
        pattern = "[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}"
        return (
            f"case when regexp_full_match({c}, {lit(pattern)}) "
            f"then try_strptime({c}, ['%Y-%m-%d %H:%M:%S', '%Y-%m-%dT%H:%M:%S']) end"
        )
    m = _DECIMAL.match(kind)
    if m:
        p, s = int(m.group(1)), int(m.group(2))
        frac = r"(\.0*)?" if s == 0 else rf"(\.[0-9]{{0,{s}}}0*)?"
        pattern = rf"[+-]?([0-9]+{frac}|\.[0-9]{{1,{max(s, 1)}}}0*)" if s else rf"[+-]?[0-9]+{frac}"
        return f"case when regexp_full_match({c}, {lit(pattern)}) then try_cast({c} as decimal({p},{s})) end"
    raise ValueError(f"{table.qualified_name}.{column}: unknown type {kind!r}")


def _type_label(kind: str) -> str:
    return {
        "date": "YYYY-MM-DD",
        "timestamp": "YYYY-MM-DD HH:MM:SS",
        "bool": "a bool (0/1/true/false)",
        "int": "an int",
    }.get(kind, kind)


def typed_sql(table: Table, raw_table: str, since: str | None) -> tuple[str, list]:
    """Step 1: typed twins of every column and the `_already` flag (rows landed before)."""
    typed = ", ".join(f"{typed_expr(table, c)} as {t(c)}" for c in table.column_names)
    originals = ", ".join(f"b.{q(c)}" for c in table.column_names)
    key = [*table.primary_key, "updated_at"] if "updated_at" in table.column_names else [*table.primary_key]
    where, params = "", []
    if since is not None and "updated_at" in table.column_names:
        where, params = ' where "updated_at" >= ?::timestamp', [since]
    landed = f"select distinct {', '.join(q(c) for c in key)} from {raw_table}{where}"
    on = " and ".join(f"a.{t(c)} = l.{q(c)}" for c in key)
    sql = f"""
create or replace temp table {TYPED} as
with a as (
  select {originals}, b.{q(SOURCE_ROW)}, b.{q(READ_REASON)}, {typed} from {BATCH} b
)
select a.*, l.{q(key[0])} is not null as _already
from a left join ({landed}) l on {on}
"""
    return sql, params


def _row_check_cases(table: Table) -> list[str]:
    cases = [f"when {q(READ_REASON)} is not null then {q(READ_REASON)}"]
    for c in table.primary_key:
        cases.append(f"when not {present(c)} then {lit(f'blank_key: {c} is empty')}")
    for col in table.columns:
        if not col.nullable and col.name not in table.primary_key:
            cases.append(f"when not {present(col.name)} then {lit(f'not_null: {col.name} is empty')}")
    for col in table.columns:
        kind = col.type.replace(" ", "")
        if kind == "string":
            continue
        reason_kind = "malformed_date" if kind in ("date", "timestamp") else "bad_type"
        cases.append(
            f"when {present(col.name)} and {t(col.name)} is null then "
            f"{lit(reason_kind + ': ')} || {_shown(col.name)} || {lit(' is not ' + _type_label(kind))}"
        )
    for col in table.columns:
        if col.values is None:
            continue
        allowed = ", ".join(lit(v) for v in col.values)
        cases.append(
            f"when {t(col.name)} is not null and {t(col.name)}::varchar not in ({allowed}) then "
            f"'bad_code: ' || {_shown(col.name)} || {lit(' not in [' + ', '.join(col.values) + ']')}"
        )
    for later, earlier, kind in DATE_ORDER_RULES.get(table.qualified_name, []):
        cases.append(
            f"when {t(later)} < {t(earlier)} then {lit(f'{kind}: {later} ')} || {t(later)}::varchar || "
            f"{lit(f' < {earlier} ')} || {t(earlier)}::varchar"
        )
    return cases


def row_checks_sql(table: Table) -> str:
    """Step 2: the first failing row-level check (`_r1`), duplicates within the batch included.

    Duplicates are found with grouped aggregates joined back (much faster than windows at millions of
    rows). Row content is compared through a 64-bit hash of all columns.
    """
    cols = table.column_names
    cases = _row_check_cases(table)
    group = [t(c) for c in table.primary_key]
    if "updated_at" in cols:
        group.append(t("updated_at"))
        same = " times with the same updated_at and different content"
    else:
        same = " times with different content"
    shown_key = " || ', ' || ".join(_shown(c) for c in table.primary_key)
    cases.append(f"when d._nd > 1 then 'duplicate_key: ' || {shown_key} || ' appears ' || d._n || {lit(same)}")
    cases.append(
        f"when d._n > 1 and b.{q(SOURCE_ROW)} <> d._first then 'duplicate_row: same as source row ' || d._first"
    )
    ctes = [
        f"rows as (select *, hash({', '.join(q(c) for c in cols)}) as _h from {TYPED} where not _already)",
        f"dup as (select {', '.join(f'{g} as _g{i}' for i, g in enumerate(group))}, count(*) as _n, "
        "count(distinct _h) as _nd, "
        f"min({q(SOURCE_ROW)}) as _first from rows where {' and '.join(f'{g} is not null' for g in group)} "
        f"group by all having count(*) > 1)",
    ]
    joins = [f"left join dup d on {' and '.join(f'd._g{i} = b.{g}' for i, g in enumerate(group))}"]
    key_hash = f"hash({', '.join(t(c) for c in table.primary_key)})"
    for i, col in enumerate(c for c in table.columns if c.unique and c.name not in table.primary_key):
        u = t(col.name)
        ctes.append(
            f"uniq{i} as (select {u} as _u, count(distinct {key_hash}) as _n from rows "
            f"where {u} is not null group by all having count(distinct {key_hash}) > 1)"
        )
        joins.append(f"left join uniq{i} u{i} on u{i}._u = b.{u}")
        cases.append(
            f"when u{i}._n is not null then 'duplicate_unique: ' || {_shown(col.name)} || "
            f"{lit(' is used by more than one ' + ', '.join(table.primary_key) + ' in this batch')}"
        )
    return f"""
create or replace temp table {CHECKED} as
with {", ".join(ctes)}
select b.*, case {" ".join(cases)} end as _r1
from rows b {" ".join(joins)}
"""


def reference_checks_sql(table: Table, raw_name_of) -> str:
    """Step 3: unresolved references; `_reason` (null = good row) is the final verdict."""
    ctes: dict[str, str] = {}
    joins, cases = [], []
    for i, col in enumerate(c for c in table.columns if c.reference):
        ref_system, ref_table, ref_column = col.reference
        cte = f"_ref_{ref_system}__{ref_table}__{ref_column}"
        if cte not in ctes:
            body = f"select {q(ref_column)} as k from {raw_name_of(ref_system, ref_table)}"
            if (ref_system, ref_table) == (table.system, table.name):
                body += f" union select {t(ref_column)} from {CHECKED} where _r1 is null"
            ctes[cte] = f"{q(cte)} as (select distinct k from ({body}))"
        alias = f"r{i}"
        joins.append(f"left join {q(cte)} {alias} on {alias}.k = c.{t(col.name)}")
        cases.append(
            f"when c.{t(col.name)} is not null and {alias}.k is null then "
            f"'unknown_reference: ' || {_shown(col.name).replace(q(col.name), 'c.' + q(col.name))} || "
            f"{lit(f' not in {ref_system}.{ref_table}')}"
        )
    verdict = f"coalesce(c._r1, case {' '.join(cases)} end)" if cases else "c._r1"
    with_clause = f"with {', '.join(ctes.values())}" if ctes else ""
    return f"""
create or replace temp table {VERDICT} as
{with_clause}
select c.*, {verdict} as _reason
from {CHECKED} c {" ".join(joins)}
"""
