"""How the generated SQL is laid out, so sqlfluff holds it to the project's rules like hand-written SQL.

One column per line. (The measures', indicators' and literal tables' definitions are data, in the generated models'
meta, and the SQL they make is written once, in macros: what is written here is the change, baseline and record
models and the other models' macro calls.) tests/test_lint.py lints a specimen of every layout here with every rule.
"""

from __future__ import annotations

STEP = "    "


def lines(items: list[str], indent: str) -> str:
    """Column names one per line at `indent`, a comma after each but the last (select lists, group by)."""
    return ",\n".join(f"{indent}{name}" for name in items)


def select(columns: list[str], indent: str = "    ", distinct: bool = False) -> str:
    """`select` with its columns one per line below it (sqlfluff LT09)."""
    return f"{indent}select{' distinct' if distinct else ''}\n{lines(columns, indent + STEP)}"
