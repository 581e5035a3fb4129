"""The landing checks, as generated DuckDB SQL driven by the contract.

Every batch goes through three set-based steps over temp tables (names below):

1. `typed_sql`: each contract column is parsed strictly into `_t_<column>` (null when blank or when it
   does not parse), and rows already landed — same primary key and updated_at in raw — are flagged.
2. `row_checks_sql`: the first failing row-level check becomes `_r1`, a reason "kind: detail"
   (read problems, blank key, not null, types, allowed values, signs, date order, days against dates,
   duplicates in the batch).
3. `reference_checks_sql`: unresolved references, against every landed row of the referenced raw table
   (plus the rows of this batch that passed step 2, for self-references), then the rules against the
   row's trial or enforcement case (dates, suspensions, extensions: `_case_rules_sql`); `_reason` is the
   final verdict.

Identifiers come from the contract and are always double-quoted; literals are always escaped.
"""

from __future__ import annotations

import re

from ingestion.contract import READ_REASON, SOURCE_ROW, Table
from ingestion.statutory_limits import extension_caps

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

# Sign rules: column -> reason kind, per table. Every amount column of the contract (a test keeps this
# complete) must not be negative, nor may a count of days.
NON_NEGATIVE: dict[str, dict[str, str]] = {
    "trial.cases": {"claim_amount": "negative_amount"},
    "trial.time_limit_events": {"days": "negative_days"},
    "trial.bankruptcy_details": {"total_claims": "negative_amount", "recovered_amount": "negative_amount"},
    "enforcement.enforcement_cases": {
        "applied_amount": "negative_amount",
        "executed_amount": "negative_amount",
        "extension_days": "negative_days",
    },
    "enforcement.enforcement_actions": {"amount": "negative_amount"},
    "mediation.mediations": {"amount": "negative_amount"},
}

# Days that must agree with a row's own dates: (days, start, end, type column, types it applies to). A
# suspension or deduction from start_date to end_date stops the clock for end_date - start_date days (the
# same convention as a case's elapsed days, closing_date - filing_date); an extension's end_date is the
# new deadline, not a span, so extensions are not checked here.
DAYS_RULES: dict[str, tuple[str, str, str, str, tuple[str, ...]]] = {
    "trial.time_limit_events": ("days", "start_date", "end_date", "event_type", ("suspension", "deduction")),
}

# Case tables and their (filing, closing) date columns. Every date column of a table referencing one of
# them must not be before the case's filing date (`dated_before_filing`).
CASE_TABLES: dict[str, tuple[str, str]] = {
    "trial.cases": ("filing_date", "closing_date"),
    "enforcement.enforcement_cases": ("filing_date", "closing_date"),
}
# The time-limit events, checked against their case as a whole (see `_time_limit_ctes`).
TIME_LIMIT_EVENTS = "trial.time_limit_events"
STOPPED_CLOCK = ("suspension", "deduction")
CASE_REASON_KINDS = (
    "dated_before_filing",
    "suspension_outside_case",
    "suspension_longer_than_case",
    "extension_not_allowed",
)

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
    *sorted({kind for rules in NON_NEGATIVE.values() for kind in rules.values()}),
    *sorted({kind for rules in DATE_ORDER_RULES.values() for _, _, kind in rules}),
    "days_mismatch",
    "duplicate_key",
    "duplicate_row",
    "duplicate_unique",
    "unknown_reference",
    *CASE_REASON_KINDS,
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
    for column, kind in NON_NEGATIVE.get(table.qualified_name, {}).items():
        cases.append(f"when {t(column)} < 0 then {lit(kind + ': ')} || {_shown(column)} || ' < 0'")
    for later, earlier, kind in DATE_ORDER_RULES.get(table.qualified_name, []):
        cases.append(
            f"when {t(later)} < {t(earlier)} then {lit(f'{kind}: {later} ')} || {t(later)}::varchar || "
            f"{lit(f' < {earlier} ')} || {t(earlier)}::varchar"
        )
    if table.qualified_name in DAYS_RULES:
        days, start, end, kind_col, kinds = DAYS_RULES[table.qualified_name]
        span = f"({t(end)} - {t(start)})"
        applies = ", ".join(lit(k) for k in kinds)
        cases.append(
            f"when {t(kind_col)} in ({applies}) and {t(days)} <> {span} then "
            f"'days_mismatch: ' || {_shown(days)} || {lit(f' but {end} ')} || {t(end)}::varchar || "
            f"{lit(f' - {start} ')} || {t(start)}::varchar || ' = ' || {span}::varchar || "
            f"{lit(f' ({kind_col} ' + '/'.join(kinds) + ': days = end - start)')}"
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
    """Step 3: unresolved references, then the rules against the row's case; `_reason` (null = good row).

    `raw_name_of(system, table)` names a landed table. Parents land before their children, so a case is
    looked up in raw only (its latest version by updated_at). A row whose case is unknown is
    `unknown_reference` and is not checked against the case.
    """
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
    case_ctes, final = _case_rules_sql(table, raw_name_of)
    if not case_ctes:
        with_clause = f"with {', '.join(ctes.values())}" if ctes else ""
        return f"""
create or replace temp table {VERDICT} as
{with_clause}
select c.*, {verdict} as _reason
from {CHECKED} c {" ".join(joins)}
"""
    referenced = f"select c.*, {verdict} as _r2 from {CHECKED} c {' '.join(joins)}"
    return f"""
create or replace temp table {VERDICT} as
with {", ".join([*ctes.values(), f"_referenced as ({referenced})", *case_ctes])}
{final}
"""


def _case_reference(table: Table):
    """(column, case table, case key) when the table hangs off a case table (self-references aside)."""
    for col in table.columns:
        ref = col.reference
        if ref and f"{ref[0]}.{ref[1]}" in CASE_TABLES and (ref[0], ref[1]) != (table.system, table.name):
            return col.name, f"{ref[0]}.{ref[1]}", ref[2]
    return None


def _case_rules_sql(table: Table, raw_name_of) -> tuple[list[str], str]:
    """CTEs over `_referenced` and the final select of the rules against the row's case.

    `_case`: the latest landed version of each case of this batch. `_dated`: `dated_before_filing` for
    every date column, and for a suspension or deduction `suspension_outside_case` (it ends after a closed
    case's closing_date; an open suspension ends at start_date + days). The time-limit events then get
    their per-case totals (`_time_limit_ctes`).
    """
    ref = _case_reference(table)
    if ref is None:
        return [], ""
    column, case_table, case_key = ref
    filing, closing = CASE_TABLES[case_table]
    case_system, case_name = case_table.split(".")
    events = table.qualified_name == TIME_LIMIT_EVENTS
    fields = {"f": filing, "c": closing} | ({"ty": "case_type_code", "pr": "procedure"} if events else {})
    packed = ", ".join(f"{lit(k)}: {q(v)}" for k, v in fields.items())
    ctes = [
        f"""_case as (
  select k, v.f as _case_filing, v.c as _case_closing{", v.ty as _case_type, v.pr as _case_procedure" if events else ""}
  from (
    select {q(case_key)} as k, arg_max({{{packed}}}, "updated_at") as v
    from {raw_name_of(case_system, case_name)}
    where {q(case_key)} in (select {t(column)} from {CHECKED})
    group by all
  )
)"""
    ]
    of_case = _of_case(case_table, column, "r")
    when = []
    for col in table.columns:
        if col.type == "date":
            when.append(
                f"when r.{t(col.name)} < k._case_filing then {lit(f'dated_before_filing: {col.name} ')} || "
                f"r.{t(col.name)}::varchar || {lit(f' < {filing} ')} || k._case_filing::varchar || {of_case}"
            )
    if events:
        stopped = ", ".join(lit(k) for k in STOPPED_CLOCK)
        when.append(
            f"""when r.{t("event_type")} in ({stopped}) and k._case_closing is not null
  and (r.{t("end_date")} > k._case_closing
       or (r.{t("end_date")} is null and r.{t("days")} > k._case_closing - r.{t("start_date")}))
then 'suspension_outside_case: ' || r.{t("event_type")} || ' start_date ' || r.{t("start_date")}::varchar
  || coalesce(' end_date ' || r.{t("end_date")}::varchar, ' (no end_date) days=' || r.{t("days")}::varchar)
  || {lit(f" ends after {closing} ")} || k._case_closing::varchar || {of_case}"""
        )
    cases = f"case {' '.join(when)} end" if when else "null"
    ctes.append(
        f"_dated as materialized (select r.*, k.* exclude (k), k.k is not null as _case_found, {cases} as _r3 "
        f"from _referenced r left join _case k on k.k = r.{t(column)})"
    )
    helper = ["_r2", "_r3", "_case_found", "_case_filing", "_case_closing"]
    if not events:
        final = f"select * exclude ({', '.join(helper)}), coalesce(_r2, _r3) as _reason from _dated"
        return ctes, final
    ctes += _time_limit_ctes(table, raw_name_of)
    return ctes, _time_limit_final(case_table, column, filing, closing, helper + ["_case_type", "_case_procedure"])


def _of_case(case_table: str, column: str, alias: str) -> str:
    """The reason-text tail naming the row's case, e.g. " of trial.cases case_id='C1'"."""
    return f"{lit(f' of {case_table} ')} || {_shown(column).replace(q(column), alias + '.' + q(column))}"


_EPOCH = "date '1970-01-01'"


def _time_limit_ctes(table: Table, raw_name_of) -> list[str]:
    """Per-case totals of the time-limit events, for the rows of this batch still good after `_dated`.

    The events counted for a case are the latest landed version of each of its events that is not
    re-delivered tonight, plus tonight's good rows. A row of tonight is compared with the landed events
    and tonight's rows before it (by start_date, then source row), so when a case's total goes over, that
    row and the case's later rows of tonight are quarantined. `_end` is an event's end as a day number
    (an open event ends at start_date + days).
    """
    raw = raw_name_of(table.system, table.name)
    stopped = ", ".join(lit(k) for k in STOPPED_CLOCK)
    cols = ("event_id", "case_id", "event_type", "start_date", "days")
    end = f"coalesce({{e}} - {_EPOCH}, {{s}} - {_EPOCH} + {{d}})"
    packed = ", ".join(f"{lit(c)}: {q(c)}" for c in (*cols, "end_date"))
    caps = [
        f"({lit(c.case_type_code)}, {lit(c.procedure)}, "
        f"cast({'null' if c.max_extension_days is None else c.max_extension_days} as bigint))"
        for c in extension_caps()
    ]
    caps_body = (
        f"select * from (values {', '.join(caps)}) v(code, procedure, cap)"
        if caps
        else "select null::varchar as code, null::varchar as procedure, null::bigint as cap where false"
    )
    batch_cols = ", ".join(f"{t(c)} as {q(c)}" for c in cols)
    return [
        f"""_ev_batch as materialized (
  select {q(SOURCE_ROW)} as src, {batch_cols},
    {end.format(e=t("end_date"), s=t("start_date"), d=t("days"))} as _end
  from _dated where _r2 is null and _r3 is null and _case_found
)""",
        f"""_ev_landed as (
  select {", ".join(f"v.{q(c)} as {q(c)}" for c in cols)},
    {end.format(e="v.end_date", s="v.start_date", d="v.days")} as _end
  from (
    select arg_max({{{packed}}}, "updated_at") as v from {raw}
    where "event_id" in (select "event_id" from {raw} where "case_id" in (select case_id from _ev_batch))
    group by "event_id"
  )
)""",
        f"""_ev as (
  select false as _batch, null::bigint as src, {", ".join(q(c) for c in cols)}, _end from _ev_landed
  where "event_id" not in (select "event_id" from _ev_batch) and "case_id" in (select case_id from _ev_batch)
  union all
  select true, src, {", ".join(q(c) for c in cols)}, _end from _ev_batch
)""",
        f"""_ev_other as (
  select b.src,
    sum(o.days) filter (where o.event_type in ({stopped})) as _stopped_other,
    max(o._end) filter (where o.event_type in ({stopped})) as _stopped_end,
    sum(o.days) filter (where o.event_type = 'extension') as _extended_other
  from _ev_batch b join _ev o on o.case_id = b.case_id and o.event_id <> b.event_id
    and (not o._batch or o.start_date < b.start_date or (o.start_date = b.start_date and o.src < b.src))
  group by b.src
)""",
        f"_caps as ({caps_body})",
    ]


def _time_limit_final(case_table: str, column: str, filing: str, closing: str, helper: list[str]) -> str:
    """The verdict of a time-limit event: suspended/deducted days within the case's span, and extensions
    within the statutory cap of the case's (case_type_code, procedure) — an exact procedure row of the
    seed wins over its `*` row; no row or an empty cap means no cap."""
    stopped = ", ".join(lit(k) for k in STOPPED_CLOCK)
    of_case = _of_case(case_table, column, "d")
    this_end = f"coalesce(d.{t('end_date')} - {_EPOCH}, d.{t('start_date')} - {_EPOCH} + d.{t('days')})"
    span = (
        f"case when d._case_closing is not null then d._case_closing - d._case_filing "
        f"else greatest({this_end}, coalesce(o._stopped_end, {this_end})) - (d._case_filing - {_EPOCH}) end"
    )
    stopped_total = f"(coalesce(o._stopped_other, 0) + d.{t('days')})"
    extended_total = f"(coalesce(o._extended_other, 0) + d.{t('days')})"
    cap = "(case when e.code is not null then e.cap else a.cap end)"
    return f"""
select d.* exclude ({", ".join(helper)}), coalesce(d._r2, d._r3, case
  when d._case_found and d.{t("event_type")} in ({stopped}) and {stopped_total} > {span}
  then 'suspension_longer_than_case: ' || d.{t("event_type")} || ' days=' || d.{t("days")}::varchar
    || ' (' || {stopped_total}::varchar || ' suspended or deducted in all) > ' || ({span})::varchar
    || {lit(f" days from {filing} ")} || d._case_filing::varchar
    || coalesce({lit(f" to {closing} ")} || d._case_closing::varchar, ' to the end of its events (case open)')
    || {of_case}
  when d._case_found and d.{t("event_type")} = 'extension' and {extended_total} > {cap}
  then 'extension_not_allowed: extension days=' || d.{t("days")}::varchar || ' (' || {extended_total}::varchar
    || ' in all) > ' || {cap}::varchar || ' allowed for ' || d._case_type || ' ' || d._case_procedure
    || ' (statutory_limits max_extension_days)' || {of_case}
end) as _reason
from _dated d
left join _ev_other o on o.src = d.{q(SOURCE_ROW)}
left join _caps e on e.code = d._case_type and e.procedure = d._case_procedure
left join _caps a on a.code = d._case_type and a.procedure = '*'
"""
