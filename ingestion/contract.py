"""The extraction contract: which systems, tables and columns the warehouse reads.

`source_contract.yaml` beside this module is the project's source of truth (a test keeps it equal to
the shared spec when that folder exists). Everything that depends on the shape of the sources — the
generator, the landing checks, the raw DDL, the dbt sources — reads it through `load_contract()`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

CONTRACT_PATH = Path(__file__).with_name("source_contract.yaml")

# Extra columns of an extract frame, beside the contract columns.
SOURCE_ROW = "_source_row"
READ_REASON = "_read_reason"  # "kind: detail" for a row the reader already knows is bad, else null

# Metadata columns that ingestion adds to every raw table.
LOAD_METADATA_COLUMNS: dict[str, str] = {
    "_batch_id": "varchar",
    "_loaded_at": "timestamp",
    "_source": "varchar",
    "_source_row": "bigint",
}

_DECIMAL = re.compile(r"^decimal\((\d+),(\d+)\)$")
_SIMPLE_TYPES = {
    "string": "varchar",
    "int": "bigint",
    "date": "date",
    "timestamp": "timestamp",
    "bool": "boolean",
}


class ContractError(ValueError):
    """The contract file itself is malformed."""


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # logical type as written in the contract: string, int, decimal(p,s), date, timestamp, bool
    nullable: bool = False
    values: tuple[str, ...] | None = None
    references: str | None = None  # "system.table.column"
    pii: bool = False
    unique: bool = False
    doc: str = ""

    @property
    def sql_type(self) -> str:
        """The DuckDB type the column lands as in `raw`."""
        if self.type in _SIMPLE_TYPES:
            return _SIMPLE_TYPES[self.type]
        m = _DECIMAL.match(self.type.replace(" ", ""))
        if m:
            return f"decimal({m.group(1)},{m.group(2)})"
        raise ContractError(f"column {self.name}: unknown type {self.type!r}")

    @property
    def reference(self) -> tuple[str, str, str] | None:
        if not self.references:
            return None
        system, table, column = self.references.split(".")
        return system, table, column


@dataclass(frozen=True)
class Table:
    system: str
    name: str
    primary_key: tuple[str, ...]
    columns: tuple[Column, ...] = field(default_factory=tuple)

    @property
    def qualified_name(self) -> str:
        return f"{self.system}.{self.name}"

    @property
    def raw_name(self) -> str:
        """Name of the landed table in the warehouse schema `raw`: <system>__<table>."""
        return f"{self.system}__{self.name}"

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(f"{self.qualified_name} has no column {name!r}")

    @property
    def has_deleted_flag(self) -> bool:
        return any(c.name == "deleted" for c in self.columns)

    @property
    def pii_columns(self) -> list[str]:
        return [c.name for c in self.columns if c.pii]


@dataclass(frozen=True)
class Contract:
    version: int
    tables: tuple[Table, ...]

    @property
    def systems(self) -> list[str]:
        return list(dict.fromkeys(t.system for t in self.tables))

    def tables_of(self, system: str) -> list[Table]:
        return [t for t in self.tables if t.system == system]

    def table(self, system: str, name: str) -> Table:
        for t in self.tables:
            if t.system == system and t.name == name:
                return t
        raise KeyError(f"the contract has no table {system}.{name}")

    def load_order(self) -> list[Table]:
        """Tables ordered so that every referenced table comes before the tables referencing it."""
        done: list[Table] = []
        seen: set[str] = set()

        def visit(t: Table, stack: tuple[str, ...]) -> None:
            if t.qualified_name in seen:
                return
            for c in t.columns:
                ref = c.reference
                if ref and f"{ref[0]}.{ref[1]}" != t.qualified_name:
                    if f"{ref[0]}.{ref[1]}" in stack:
                        raise ContractError(f"reference cycle through {t.qualified_name}")
                    visit(self.table(ref[0], ref[1]), (*stack, t.qualified_name))
            seen.add(t.qualified_name)
            done.append(t)

        for t in self.tables:
            visit(t, ())
        return done


# libyaml's safe loader (PyYAML's wheels carry it) reads the contract in a tenth of the time: the Definitions read it
# at import, for the asset of each table
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_contract(text: str, origin: str = "<contract>") -> Contract:
    doc = yaml.load(text, Loader=_SAFE_LOADER)
    tables: list[Table] = []
    for system, system_tables in (doc.get("systems") or {}).items():
        for table_name, spec in system_tables.items():
            where = f"{origin}: {system}.{table_name}"
            if "primary_key" not in spec or "columns" not in spec:
                raise ContractError(f"{where}: needs primary_key and columns")
            columns = []
            for col_name, col in spec["columns"].items():
                columns.append(
                    Column(
                        name=col_name,
                        type=str(col["type"]),
                        nullable=bool(col.get("nullable", False)),
                        values=tuple(str(v) for v in col["values"]) if "values" in col else None,
                        references=col.get("references"),
                        pii=bool(col.get("pii", False)),
                        unique=bool(col.get("unique", False)),
                        doc=str(col.get("doc", "")),
                    )
                )
            table = Table(system, table_name, tuple(spec["primary_key"]), tuple(columns))
            for key in table.primary_key:
                if key not in table.column_names:
                    raise ContractError(f"{where}: primary key column {key!r} is not a column")
            for c in columns:
                c.sql_type  # noqa: B018 - raises ContractError on an unknown type
            tables.append(table)
    contract = Contract(int(doc.get("version", 1)), tuple(tables))
    for t in contract.tables:
        for c in t.columns:
            if c.reference:
                ref_system, ref_table, ref_col = c.reference
                try:
                    contract.table(ref_system, ref_table).column(ref_col)
                except KeyError as exc:
                    raise ContractError(f"{origin}: {t.qualified_name}.{c.name}: {exc}") from None
    return contract


@cache
def load_contract(path: Path = CONTRACT_PATH) -> Contract:
    return parse_contract(Path(path).read_text(encoding="utf-8"), origin=str(path))


def raw_table_ddl(table: Table, schema: str = "raw") -> str:
    """`create table` for a landed table: the contract's columns, typed, plus load metadata."""
    cols = [f'"{c.name}" {c.sql_type}' for c in table.columns]
    cols += [f'"{name}" {sql_type}' for name, sql_type in LOAD_METADATA_COLUMNS.items()]
    return f'create table if not exists {schema}."{table.raw_name}" (\n  ' + ",\n  ".join(cols) + "\n)"
