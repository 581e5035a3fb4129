"""How the generated SQL is laid out, so sqlfluff holds it to the project's rules like hand-written SQL.

One select item per line, so a catalog edit shows in a diff as the lines of the measures and indicators it
touches. A measure's column name says what it counts and may be 96 characters long (column_names.py), so
the engine's generated folder allows lines of LINE_LIMIT characters (its `.sqlfluff`) rather than 120; an item
longer than that puts its alias on the next line, and a `case` or a sum that still does not fit puts each
condition or term on a line of its own. tests/test_lint.py lints a specimen of every layout here with every rule.
"""

from __future__ import annotations

LINE_LIMIT = 140  # lines are shorter than this, with room for the comma after an item
PROJECT_LINE_LIMIT = 120  # the rest of the project (.sqlfluff), where the literal tables go too
STEP = "    "


def item(expression: str, alias: str, indent: str) -> str:
    """`expression as alias` at `indent`: on one line if it fits, else the alias on the line below."""
    line = f"{indent}{expression} as {alias}"
    if len(line) < LINE_LIMIT or "\n" in expression:
        return line
    return f"{indent}{expression}\n{indent}{STEP}as {alias}"


def case_item(
    conditions: list[str], then: str, otherwise: str | None, alias: str, indent: str, cast_to: str | None = None
) -> str:
    """`case when c1 and c2 then … else … end as alias` (inside `cast(… as cast_to)` if given), broken over
    lines when it does not fit on one."""
    otherwise_sql = "" if otherwise is None else f" else {otherwise}"
    expression = f"case when {' and '.join(conditions)} then {then}{otherwise_sql} end"
    if cast_to:
        expression = f"cast({expression} as {cast_to})"
    line = f"{indent}{expression} as {alias}"
    if len(line) < LINE_LIMIT:
        return line
    if cast_to:
        block = case_block(conditions, then, otherwise, indent + STEP)
        return _end_with_alias(f"{indent}cast(\n{block} as {cast_to}\n{indent})", alias, indent)
    return _end_with_alias(case_block(conditions, then, otherwise, indent), alias, indent)


def case_block(conditions: list[str], then: str, otherwise: str | None, indent: str) -> str:
    """A `case` over several lines, from `case` to `end`; the conditions one per line if they do not fit."""
    inner = indent + STEP
    when = unbreakable(f"{inner}when {' and '.join(conditions)}")
    if len(when) >= LINE_LIMIT:  # too long, or a macro's line that its `noqa` takes past the limit: one per line
        when = f"{inner}when\n" + and_lines(conditions, inner + STEP)
    lines = [f"{indent}case", when, unbreakable(f"{inner}{STEP}then {then}")]
    if otherwise is not None:
        lines.append(f"{inner}else {otherwise}")
    return "\n".join([*lines, f"{indent}end"])


def cast_item(terms: list[str], sql_type: str, alias: str, indent: str) -> str:
    """`cast(t1 + t2 + … as sql_type) as alias` (one term: `cast(t1 as sql_type)`), one term per line when it does not
    fit on one."""
    line = f"{indent}cast({' + '.join(terms)} as {sql_type}) as {alias}"
    if len(line) < LINE_LIMIT:
        return line
    inner = indent + STEP
    body = "\n".join([f"{inner}{terms[0]}", *(f"{inner}+ {t}" for t in terms[1:]), f"{inner}as {sql_type}"])
    return _end_with_alias(f"{indent}cast(\n{body}\n{indent})", alias, indent)


def _end_with_alias(block: str, alias: str, indent: str) -> str:
    """A multi-line expression whose last line closes it (`end`, `)`), with ` as alias` after it if it fits."""
    last = block.rsplit("\n", 1)[-1]
    if len(f"{last} as {alias}") < LINE_LIMIT:
        return f"{block} as {alias}"
    return f"{block}\n{indent}{STEP}as {alias}"


def lines(items: list[str], indent: str) -> str:
    """Column names one per line at `indent`, a comma after each but the last (select lists, group by)."""
    return ",\n".join(f"{indent}{name}" for name in items)


def and_lines(conditions: list[str], indent: str) -> str:
    """Conditions one per line at `indent`, `and` before each but the first."""
    first, *rest = conditions
    return "\n".join(unbreakable(line) for line in [f"{indent}{first}", *(f"{indent}and {c}" for c in rest)])


def select(columns: list[str], indent: str = "    ", distinct: bool = False) -> str:
    """`select` with its columns one per line below it (sqlfluff LT09)."""
    return f"{indent}select{' distinct' if distinct else ''}\n{lines(columns, indent + STEP)}"


def unbreakable(line: str) -> str:
    """A line holding one condition or value that a layout cannot break: one too long by itself (a fact's derived
    field, such as a court fee's formula, indicators/court_fees.py), or one calling a dbt macro, whose rendered SQL
    (several lines) sqlfluff measures instead. Said so to sqlfluff's line-length rule: with a literal table's data
    rows (compiler.literal_rows_sql), the only exceptions it makes."""
    long = len(line) > LINE_LIMIT or ("{{" in line and len(line) > LINE_LIMIT // 2)
    return f"{line}  -- noqa: LT05" if long else line
