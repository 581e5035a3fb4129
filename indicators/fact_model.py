"""The vocabulary the indicator catalog is checked against and compiled with: levels, the placeholders the compiler
substitutes, and what a fact is (indicators/facts.py lists the facts themselves).

A fact is one mart (one row per case, hearing, petition, …) with
- the column that attributes a row to each level (court, department, person; every row attributed to a court
  also counts for the whole two-level system, level `city`),
- its period semantics (which date puts a row in a period: filed in, closed in, pending at end, …),
- the fields a catalog filter or aggregate may use, with their types and allowed codes, and the operators a
  filter may apply to each type.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingestion.contract import load_contract

LEVELS = ("court", "department", "person")
# 两级法院合计: the intermediate court and its basic courts as one entity, computed from the same rows as the
# courts (a rate is the system's numerator over its denominator, never an average of the courts' rates). An
# indicator computed at court level is computed at city level too; the catalog does not list it.
CITY = "city"
CITY_ENTITY = "city"  # its entity_id, as the macro city_entity (dbt_project/macros/crossed_with_levels.sql) writes it

# Placeholders the compiler substitutes: the fact row's alias and the period's bounds.
ROW = "f"
PERIOD_START = "p.period_start"
PERIOD_END = "p.period_end"


def days_between(start: str, end: str) -> str:
    """Whole calendar days from one date expression to another (dbt's portable datediff)."""
    return f"{{{{ dbt.datediff('{start}', '{end}', 'day') }}}}"


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # string | bool | number | date
    values: tuple[str, ...] | None = None  # allowed codes, for string fields
    sql: str | None = None  # expression over the row `f` (and period `p`); default: the column itself
    doc: str = ""

    @property
    def expression(self) -> str:
        return self.sql or f"{ROW}.{self.name}"


@dataclass(frozen=True)
class PeriodRule:
    """How a row falls into period P = [S, E]."""

    name: str
    kind: str  # event | pending_at_end | carried_over | overlaps | label
    date: str | None = None  # event: the date column
    start: str | None = None  # pending / carried_over / overlaps: the interval's start column
    end: str | None = None  # … and its (nullable) end column
    doc: str = ""


@dataclass(frozen=True)
class Fact:
    name: str
    relation: str  # the dbt model
    doc: str
    entities: dict[str, str]  # level -> attributing column
    periods: dict[str, PeriodRule]
    fields: dict[str, Field]
    where: str | None = None  # programmer-defined restriction of the relation
    key: str = "id"  # the row's id, for lineage

    def field(self, name: str) -> Field:
        return self.fields[name]


def entity_columns(fact: Fact) -> dict[str, str]:
    """level -> the SQL attributing a row (alias ROW) to an entity of that level, city included."""
    columns = {level: f"{ROW}.{col}" for level, col in fact.entities.items()}
    if "court" in columns:
        columns[CITY] = f"{{{{ city_entity('{columns['court']}') }}}}"  # macros/crossed_with_levels.sql
    return columns


def levels_computed(levels: tuple[str, ...]) -> tuple[str, ...]:
    """The levels an indicator listed at `levels` has values at: city wherever court."""
    return (*levels, CITY) if "court" in levels else levels


def contract_codes(table: str, column: str) -> tuple[str, ...]:
    """A source column's code list (`table` as system.table), as the extraction contract has it: read, never
    copied (load_contract parses the contract once)."""
    system, name = table.split(".")
    return tuple(load_contract().table(system, name).column(column).values or ())


OPERATORS = {
    "eq": "=",
    "ne": "!=",
    "lt": "<",
    "le": "<=",
    "gt": ">",
    "ge": ">=",
    "in": "in",
    "not_in": "not in",
    "is_null": "is null",
    "not_null": "is not null",
    "is_true": "",
    "is_false": "",
}
# Which operators each field type accepts.
OPERATORS_BY_TYPE = {
    "string": {"eq", "ne", "in", "not_in", "is_null", "not_null"},
    "bool": {"is_true", "is_false", "is_null", "not_null"},
    "number": {"eq", "ne", "lt", "le", "gt", "ge", "is_null", "not_null"},
    "date": {"is_null", "not_null"},
}
