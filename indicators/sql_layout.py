"""How the generated SQL is laid out, so sqlfluff holds it to the project's rules like hand-written SQL.

One column or condition per line. A measure's column name says what it counts and may be 96 characters long
(column_names.py), so the engine's generated folder allows lines of LINE_LIMIT characters (its `.sqlfluff`) rather
than 120. (The measures' and indicators' definitions are data, in the generated models' meta, and the SQL they make
is written once, in macros: the models written here are the wide measures model, the change and baseline models,
the literal tables.) tests/test_lint.py lints a specimen of every layout here with every rule.
"""

from __future__ import annotations

LINE_LIMIT = 140  # lines are shorter than this, with room for the comma after an item
PROJECT_LINE_LIMIT = 120  # the rest of the project (.sqlfluff), where the literal tables go too
STEP = "    "


def lines(items: list[str], indent: str) -> str:
    """Column names one per line at `indent`, a comma after each but the last (select lists, group by)."""
    return ",\n".join(f"{indent}{name}" for name in items)


def and_lines(conditions: list[str], indent: str) -> str:
    """Conditions one per line at `indent`, `and` before each but the first."""
    first, *rest = conditions
    return "\n".join([f"{indent}{first}", *(f"{indent}and {c}" for c in rest)])


def select(columns: list[str], indent: str = "    ", distinct: bool = False) -> str:
    """`select` with its columns one per line below it (sqlfluff LT09)."""
    return f"{indent}select{' distinct' if distinct else ''}\n{lines(columns, indent + STEP)}"
