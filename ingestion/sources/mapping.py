"""Source mappings: how one court system's own tables become the contract's, as a YAML file per system that the
court's IT staff write (docs/sources.md), validated on load with errors naming the file and line.

A mapping says, for each contract table of its system, where the rows come from (a source table, a sheet of a
workbook, or one read-only SELECT over several source tables), which source column holds each contract column,
how dates and timestamps are written, and how the source's codes translate into the contract's (inline, or
through a code table of the source whose labels are mapped). It never changes what the contract asks for: the
applier (`ingestion.sources.mapped`) turns the vendor's rows into the same all-string extract every reader
returns, and landing checks them as it checks any other source.

Every scalar of the file is read as text (a code `01` stays `01`, `是` stays `是`); `null` or `~` is no value.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from ingestion.contract import Table, load_contract
from ingestion.errors import SourceConfigError

CONTRACT_TIMEZONE = "Asia/Shanghai"  # the contract's timestamps are the courts' local time

# SQLAlchemy backend name -> sqlglot dialect of a mapping's SELECT (达梦 reads like Oracle, 人大金仓 like PostgreSQL)
SQL_DIALECTS = {
    "sqlite": "sqlite",
    "postgresql": "postgres",
    "mysql": "mysql",
    "mariadb": "mysql",
    "oracle": "oracle",
    "mssql": "tsql",
    "dm": "oracle",
    "kingbase": "postgres",
}

_TOP_KEYS = {"system", "timezone", "encoding", "codes", "tables"}
_TABLE_KEYS = {"from", "select", "sheet", "columns"}
_COLUMN_KEYS = {"from", "value", "format", "codes"}
_CODE_KEYS = {"values", "table", "code", "label", "labels"}
_DIRECTIVE = re.compile(r"%[YmdHMSyBbjfzp%]")
# Functions with side effects (or that read the server's files) that a SELECT could call; the read-only
# transaction and a read-only login are the real guard, this only stops the obvious.
_FORBIDDEN_FUNCTION = re.compile(r"exec|sleep|load_file|outfile|dumpfile|^xp_|^sp_|^dbms_|^utl_|^pg_|^lo_", re.I)


class MappingError(SourceConfigError):
    """A mapping file is wrong; the message lists every problem as `file:line: what`."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class Where:
    """A place in a mapping file, for messages: `path:line`."""

    path: Path
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class CodeMap:
    """Source codes -> contract values: inline (`values`), or a source code table whose `label` column is mapped by
    `labels` (or is the contract value itself when `labels` is not given)."""

    name: str
    where: Where
    values: dict[str, str | None] | None = None
    table: str | None = None
    code: str | None = None
    label: str | None = None
    labels: dict[str, str | None] | None = None


@dataclass(frozen=True)
class ColumnMap:
    column: str  # the contract column
    where: Where
    source: str | None = None  # the source column (None with a constant `value`)
    value: str | None = None  # a constant, for a column the source does not have
    format: str | None = None  # strptime format of a date or timestamp column
    codes: CodeMap | None = None
    implicit: bool = False  # not in the file: read from the source column of the contract's name

    def describe(self) -> str:
        """`closing_date <- JARQ (trial.yaml:20)`, for messages."""
        what = f"constant {self.value!r}" if self.source is None else self.source
        return f"{self.column} <- {what} ({self.where})"


@dataclass(frozen=True)
class TableMap:
    table: str  # the contract table
    where: Where
    source: str | None = None  # a source table (or file name without extension)
    select: str | None = None  # one read-only SELECT
    sheet: str | None = None  # a workbook's sheet
    columns: dict[str, ColumnMap] = field(default_factory=dict)

    def column(self, name: str) -> ColumnMap:
        """The mapping of a contract column; one the file does not list is read from the column of its name."""
        return self.columns.get(name) or ColumnMap(name, self.where, source=name, implicit=True)

    @property
    def origin(self) -> str:
        return f"select ({self.where})" if self.select else f"{self.source} ({self.where})"


@dataclass(frozen=True)
class SystemMapping:
    system: str
    path: Path
    timezone: str = CONTRACT_TIMEZONE
    encoding: str | None = None
    tables: dict[str, TableMap] = field(default_factory=dict)

    def table(self, table: Table) -> TableMap:
        """The mapping of a contract table; one the file does not list is read from the source table of its name."""
        return self.tables.get(table.name) or TableMap(table.name, Where(self.path, 1), source=table.name)


# ---- YAML with line numbers; every scalar as text


class _Node(dict):
    """A mapping of the file, with the line of itself and of each key."""

    line: int = 0
    key_lines: dict


def _mapping_under(node: _Node, key: str, where: Where, wrong: str, problems: list[str]) -> _Node:
    """The mapping under `key` (empty when absent); anything else there is the problem `wrong`, at `where`."""
    value = node.get(key) or _Node()
    if isinstance(value, dict):
        return value
    problems.append(f"{where}: {wrong}")
    return _Node()


class _Loader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> _Node:
    loader.flatten_mapping(node)
    result = _Node()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            raise yaml.constructor.ConstructorError(None, None, "a key must be text", key_node.start_mark)
        if key in result:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _construct_scalar(loader: _Loader, node: yaml.ScalarNode) -> str | None:
    text = loader.construct_scalar(node)
    if node.style is None and text in ("", "~", "null", "Null", "NULL"):
        return None
    return text


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
for _tag in ("str", "int", "float", "bool", "null", "timestamp"):
    _Loader.add_constructor(f"tag:yaml.org,2002:{_tag}", _construct_scalar)


# ---- loading and validating


def load_mapping(path: Path, system: str | None = None, dialect: str | None = None) -> SystemMapping:
    """Read and validate a mapping file. `system` is the system the sources file gives it to; `dialect` the
    SQLAlchemy backend of that system's database (None for a folder of files: no SELECT is allowed then)."""
    path = Path(path)
    try:
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except OSError as exc:
        raise MappingError([f"{path}: cannot read the mapping file: {exc.strerror or exc}"]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"{mark.line + 1}" if mark else "1"
        raise MappingError([f"{path}:{line}: not valid YAML: {getattr(exc, 'problem', None) or exc}"]) from None
    problems: list[str] = []
    if not isinstance(doc, _Node):
        raise MappingError([f"{path}:1: expected a mapping with system and tables"])

    def at(node: _Node, key: str | None = None) -> Where:
        return Where(path, node.key_lines.get(key, node.line) if key else node.line)

    _unknown(doc, _TOP_KEYS, at, problems)
    contract = load_contract()
    name = doc.get("system")
    if name not in contract.systems:
        problems.append(
            f"{at(doc, 'system')}: system {name!r} is not a contract system ({', '.join(contract.systems)})"
        )
        raise MappingError(problems)
    if system is not None and name != system:
        problems.append(f"{at(doc, 'system')}: this mapping is for {name}, but the sources file gives it to {system}")
    timezone = doc.get("timezone") or CONTRACT_TIMEZONE
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        problems.append(f"{at(doc, 'timezone')}: unknown time zone {timezone!r} (e.g. Asia/Shanghai, UTC)")
    encoding = doc.get("encoding")
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except (LookupError, TypeError):
            problems.append(f"{at(doc, 'encoding')}: unknown encoding {encoding!r} (e.g. utf-8, gbk)")
    codes = {}
    named = _mapping_under(
        doc, "codes", at(doc, "codes"), "codes must be a mapping of names to code mappings", problems
    )
    for code_name, spec in named.items():
        code_map = _code_map(code_name, spec, Where(path, named.key_lines[code_name]), problems)
        if code_map is not None:
            codes[code_name] = code_map
    tables = {}
    given = doc.get("tables")
    if not isinstance(given, dict) or not given:
        problems.append(f"{at(doc, 'tables') if 'tables' in doc else at(doc)}: tables must map contract tables")
        given = _Node()
    known = {t.name: t for t in contract.tables_of(name)}
    for table_name, spec in given.items():
        where = Where(path, given.key_lines[table_name])
        if table_name not in known:
            problems.append(f"{where}: {name} has no contract table {table_name!r} (it has {', '.join(known)})")
            continue
        table_map = _table_map(known[table_name], spec, where, codes, dialect, problems)
        if table_map is not None:
            tables[table_name] = table_map
    if problems:
        raise MappingError(problems)
    return SystemMapping(name, path, timezone, encoding, tables)


def _unknown(node: _Node, allowed: set[str], at, problems: list[str]) -> None:
    for key in node:
        if key not in allowed:
            problems.append(f"{at(node, key)}: unknown key {key!r} (allowed: {', '.join(sorted(allowed))})")


def _text_map(node, where: Where, what: str, problems: list[str]) -> dict[str, str | None] | None:
    if not isinstance(node, dict) or not node:
        problems.append(f"{where}: {what} must be a mapping of source values to contract values")
        return None
    bad = [k for k, v in node.items() if v is not None and not isinstance(v, str)]
    for key in bad:
        problems.append(f"{Where(where.path, node.key_lines[key])}: {what} {key!r} must map to one value")
    return None if bad else {k.strip(): v for k, v in node.items()}


def _code_map(name: str, spec, where: Where, problems: list[str]) -> CodeMap | None:
    if not isinstance(spec, dict):
        problems.append(f"{where}: codes {name!r} needs values (inline) or table, code and label (a code table)")
        return None
    before = len(problems)
    _unknown(spec, _CODE_KEYS, lambda n, k: Where(where.path, n.key_lines.get(k, n.line)), problems)
    if ("values" in spec) == ("table" in spec):
        problems.append(f"{where}: codes {name!r}: give either values (inline) or table (a code table of the source)")
        return None
    line = lambda key: Where(where.path, spec.key_lines.get(key, spec.line))  # noqa: E731
    if "values" in spec:
        values = _text_map(spec["values"], line("values"), "code", problems)
        if len(problems) > before:
            return None
        return CodeMap(name, where, values=values)
    for key, what in (
        ("table", "a source table"),
        ("code", "the column of the codes"),
        ("label", "the column of the labels"),
    ):
        if not isinstance(spec.get(key), str):
            problems.append(f"{where}: codes {name!r}: a code table needs {key}: {what}")
    labels = _text_map(spec["labels"], line("labels"), "label", problems) if "labels" in spec else None
    if len(problems) > before:
        return None
    return CodeMap(name, where, table=spec["table"], code=spec["code"], label=spec["label"], labels=labels)


def _table_map(table: Table, spec, where: Where, codes, dialect, problems: list[str]) -> TableMap | None:
    if isinstance(spec, str):  # `cases: AJ_JBXX`: only the source table
        return TableMap(table.name, where, source=spec)
    if not isinstance(spec, dict):
        problems.append(f"{where}: {table.qualified_name} needs from (a source table) or select")
        return None
    line = lambda key: Where(where.path, spec.key_lines.get(key, spec.line))  # noqa: E731
    _unknown(spec, _TABLE_KEYS, lambda n, k: line(k), problems)
    if ("from" in spec) == ("select" in spec):
        problems.append(f"{where}: {table.qualified_name}: give exactly one of from (a source table) and select")
        return None
    texts = [key for key in ("from", "select", "sheet") if key in spec and not isinstance(spec[key], str)]
    for key in texts:
        problems.append(f"{line(key)}: {key} must be text")
    if texts:
        return None
    select = spec.get("select")
    if select is not None:
        if dialect is None:
            problems.append(f"{line('select')}: select needs a database; a folder of files is read with from")
        else:
            problems.extend(f"{line('select')}: {p}" for p in select_problems(select, dialect))
    if "sheet" in spec and select is not None:
        problems.append(f"{line('sheet')}: sheet applies to a workbook read with from, not to a select")
    columns = {}
    given = _mapping_under(
        spec, "columns", line("columns"), "columns must map contract columns to source columns", problems
    )
    for column, col_spec in given.items():
        col_where = Where(where.path, given.key_lines[column])
        if column not in table.column_names:
            problems.append(
                f"{col_where}: {table.qualified_name} has no column {column!r} (it has {', '.join(table.column_names)})"
            )
            continue
        col_map = _column_map(table, column, col_spec, col_where, codes, problems)
        if col_map is not None:
            columns[column] = col_map
    return TableMap(table.name, where, source=spec.get("from"), select=select, sheet=spec.get("sheet"), columns=columns)


def _column_map(table: Table, column: str, spec, where: Where, codes, problems: list[str]) -> ColumnMap | None:
    if isinstance(spec, str):
        return ColumnMap(column, where, source=spec)
    if not isinstance(spec, dict):
        problems.append(f"{where}: {column}: give a source column, or from / value / format / codes")
        return None
    line = lambda key: Where(where.path, spec.key_lines.get(key, spec.line))  # noqa: E731
    before = len(problems)
    _unknown(spec, _COLUMN_KEYS, lambda n, k: line(k), problems)
    if ("from" in spec) == ("value" in spec):
        problems.append(f"{where}: {column}: give exactly one of from (a source column) and value (a constant)")
    for key in ("from", "value", "format"):
        given = spec.get(key)
        no_column = key == "from" and key in spec and given is None
        if no_column or (given is not None and not isinstance(given, str)):
            problems.append(f"{line(key)}: {column}: {key} must be text")
    if len(problems) > before:
        return None
    kind = table.column(column).type
    fmt = spec.get("format")
    if fmt is not None:
        if kind not in ("date", "timestamp"):
            problems.append(f"{line('format')}: format applies to date and timestamp columns; {column} is {kind}")
        elif not _DIRECTIVE.search(fmt):
            problems.append(f"{line('format')}: format {fmt!r} has no strptime directive (e.g. %Y%m%d)")
        elif column == "updated_at" and not fmt.startswith("%Y"):
            problems.append(
                f"{line('format')}: updated_at is compared in the source to read incrementally: its format must "
                f"start with the year (%Y) so that text sorts as time, not {fmt!r}"
            )
    code_map = None
    if "codes" in spec:
        given = spec["codes"]
        if isinstance(given, str):
            code_map = codes.get(given)
            if code_map is None:
                problems.append(f"{line('codes')}: no codes named {given!r} in this file's codes")
        else:
            code_map = _code_map(f"{table.name}.{column}", given, line("codes"), problems)
    if len(problems) > before:
        return None
    return ColumnMap(column, where, source=spec.get("from"), value=spec.get("value"), format=fmt, codes=code_map)


def select_problems(sql: str, dialect: str) -> list[str]:
    """Why `sql` is not one read-only SELECT in the source's dialect (an empty list when it is). Parsed by sqlglot:
    one statement, a query (SELECT, WITH … SELECT, UNION …), with nothing in it that writes, locks or calls out."""
    import warnings

    with warnings.catch_warnings():  # requirements.lock pins sqlglotrs, which sqlglot imports and which warns
        warnings.filterwarnings("ignore", message="sqlglotrs is deprecated", category=DeprecationWarning)
        import sqlglot
        from sqlglot import exp

    read = SQL_DIALECTS.get(dialect, dialect if dialect in SQL_DIALECTS.values() else None)
    try:
        statements = [s for s in sqlglot.parse(sql, read=read) if s is not None]
    except sqlglot.errors.SqlglotError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return [f"select cannot be parsed as {read or 'SQL'}: {first}"]
    if len(statements) != 1:
        return [f"select must be one statement, not {len(statements)}"]
    statement = statements[0]
    if not isinstance(statement, exp.Query):
        return [f"select must be a SELECT, not {statement.key.upper()}"]
    writes = tuple(
        getattr(exp, name)
        for name in ("Insert", "Update", "Delete", "Merge", "Create", "Drop", "Alter", "Command", "Into", "Lock",
                     "TruncateTable", "Set", "Pragma", "Transaction", "Commit", "Rollback", "Copy", "Grant")
        if hasattr(exp, name)
    )  # fmt: skip
    problems = []
    for node in statement.walk():
        if isinstance(node, writes):
            problems.append(f"select must only read: it holds {node.key.upper()} ({node.sql(dialect=read)[:60]})")
        elif isinstance(node, exp.Func):
            name = node.name if isinstance(node, exp.Anonymous) else node.sql_name()
            if _FORBIDDEN_FUNCTION.search(name or ""):
                problems.append(f"select must only read: it calls {name}()")
    return problems
