"""Where each source system's tables come from, and reading one table into an all-string extract.

A system is delivered either as a relational database (any SQLAlchemy URL; SQLite in the demo) or as a
folder of files `<table>.csv` / `<table>.parquet`. `read_table` turns one contract table of one system
into an `Extract`: every contract column as a string (nulls as missing values), plus `_source_row`
and the problems found while reading. It never judges the values — that is `ingestion.landing`'s job —
except for what only the reader can see:

- Encoding is decided per file: a CSV file with any byte sequence that does not decode under its
  declared encoding is wrong as a whole (`wrong_encoding` on every record; some GBK text is valid
  UTF-8 and would load garbled otherwise).
- A damaged CSV record (wrong number of fields, a stray quote, a NUL byte) costs that record only: the
  tolerant reader quarantines it as `malformed_row` naming its line, and reads on from the next line.
  The happy path stays one multi-threaded Arrow parse; records are parsed one by one in Python only
  when the file has such a problem (or a quote that Arrow would silently drop).
- A file that does not end with a line break may have been cut short.

Any of these is the file's `damage`: its good records land, but the table's watermark must not move
past a night whose delivery was not whole (see `ingestion.landing`).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import decimal
import io
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import yaml

from ingestion.contract import READ_REASON, SOURCE_ROW, Table, load_contract
from ingestion.errors import SourceConfigError, SourceTransientError, SourceUnavailableError

DB_CHUNK_ROWS = 200_000
MAX_RECORD_LINES = 1_000  # a quoted value may span lines; a quote still open after this many is a stray one
_ENV_PLACEHOLDER = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
# Undecodable bytes are decoded as lone surrogates (errors="surrogateescape") and then moved to this
# private-use block, so that the text can be handled as valid Unicode while the rows stay recognisable.
_SURROGATE = re.compile("[\udc80-\udcff]")
_ESCAPED = re.compile("[\uf780-\uf7ff]")
_TO_ESCAPED = {c: c - 0xDC80 + 0xF780 for c in range(0xDC80, 0xDD00)}
_OTHER_LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # not line ends in CSV
_TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}")


# Driver messages (lowercase) of failures that pass by themselves: a server restarting or overloaded, a
# network hiccup, a SQLite file locked by the system that writes it.
_TRANSIENT_MARKERS = (
    "database is locked",
    "database table is locked",
    "connection refused",
    "timed out",
    "timeout",
    "server closed the connection",
    "connection reset",
    "connection aborted",
    "broken pipe",
    "temporarily unavailable",
    "too many connections",
    "the database system is starting up",
    "the database system is shutting down",
    "terminating connection",
    "lost connection",
    "deadlock",
)


def is_transient(exc: BaseException) -> bool:
    """True for a source error worth retrying; credentials refused or a missing database are not."""
    if isinstance(exc, SourceTransientError | TimeoutError | ConnectionError):
        return True
    if isinstance(exc, SourceUnavailableError | SourceConfigError):
        return False
    text = str(getattr(exc, "orig", None) or exc).lower()
    return any(marker in text for marker in _TRANSIENT_MARKERS)


@dataclass(frozen=True)
class SystemSource:
    system: str
    # SQLAlchemy URL, e.g. sqlite:////abs/hr.sqlite; never in a repr (it may hold a password)
    url: str | None = field(default=None, repr=False)
    directory: Path | None = None  # folder with <table>.csv or <table>.parquet
    encoding: str = "utf-8"  # for csv

    def __post_init__(self) -> None:
        if (self.url is None) == (self.directory is None):
            raise SourceConfigError(f"source {self.system}: give exactly one of url and directory")

    @property
    def label(self) -> str:
        """Where the system comes from, for load metadata and messages; a password is never shown."""
        if self.url is not None:
            return mask_url(self.url)
        return str(self.directory)

    def table_label(self, table_name: str) -> str:
        if self.url is not None:
            return f"{self.label}#{table_name}"
        assert self.directory is not None
        for suffix in (".csv", ".parquet"):
            path = self.directory / f"{table_name}{suffix}"
            if path.exists():
                return str(path)
        return str(self.directory / f"{table_name}.csv")


def mask_url(url: str) -> str:
    """The URL for messages, parsed by SQLAlchemy with the password shown as ***. A URL SQLAlchemy cannot
    parse, or whose host holds an '@' (an unencoded '@' in the password), shows only its scheme and what
    follows its last '@' (the host and database), or "<unparseable URL>": never any part of a password."""
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:
        return _scheme_and_host(url)
    if _ambiguous(url, parsed):
        return _scheme_and_host(url)
    secret_keys = [k for k in parsed.query if _SECRET_QUERY_KEY.search(k)]
    if secret_keys:
        parsed = parsed.update_query_dict({k: "***" for k in secret_keys})
    return parsed.render_as_string(hide_password=True)


_SECRET_QUERY_KEY = re.compile("pass|pwd|secret|token|key", re.IGNORECASE)
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*)://")
_HOST_AND_PATH = re.compile(r"^[A-Za-z0-9._\-\[\]:]*(/[A-Za-z0-9._\-/]*)?$")


def _scheme_and_host(url: str) -> str:
    scheme = _SCHEME.match(url)
    if not scheme:
        return "<unparseable URL>"
    rest = url[scheme.end() :]
    if "@" not in rest:
        return f"{scheme[1]}://<unparseable URL>"
    tail = rest.rsplit("@", 1)[1].split("?", 1)[0]  # no password is after the last '@'
    return f"{scheme[1]}://***@{tail}" if _HOST_AND_PATH.match(tail) else f"{scheme[1]}://<unparseable URL>"


def _ambiguous(url: str, parsed) -> bool:
    """SQLAlchemy splits user:password@host at the first '@': a second '@' in a URL with a user means the
    password (or user) held one that was not percent-encoded, and part of the password would be taken
    for the host. (A URL that SQLAlchemy renders encodes every '@' but that one.)"""
    return (parsed.username is not None or parsed.password is not None) and url.count("@") > 1


def source_url(template: str, where: str) -> str:
    """A sources file's url with ${VAR} expanded. Each placeholder is expanded in its own part of the URL
    (user, password, host, database, query) and the URL is rebuilt by SQLAlchemy, which percent-encodes
    the user and password: a password from the environment may hold any character (@ : / % # ?). A
    password written in the file itself must be percent-encoded (@ as %40, : as %3A, / as %2F, % as %25).
    Errors never show the password."""
    from sqlalchemy.engine import URL, make_url

    try:
        parsed = make_url(template)
    except Exception:
        parsed = None
    if parsed is None or template.strip().startswith("${"):  # e.g. the whole URL in one variable
        url = _expand_env(template, where)
    else:
        expand = lambda value: None if value is None else _expand_env(value, where)  # noqa: E731
        query = parsed.query
        try:
            url = URL.create(
                _expand_env(parsed.drivername, where),
                username=expand(parsed.username),
                password=expand(parsed.password),
                host=expand(parsed.host),
                port=parsed.port,
                database=expand(parsed.database),
                query={k: tuple(map(expand, v)) if isinstance(v, tuple) else expand(v) for k, v in query.items()},
            ).render_as_string(hide_password=False)
        except SourceConfigError:
            raise
        except Exception:
            url = _expand_env(template, where)
    try:
        parsed = make_url(url)
    except Exception:
        raise SourceConfigError(
            f"{where}: url {mask_url(url)} is not a SQLAlchemy URL (dialect+driver://user:password@host:port/database)"
        ) from None
    if _ambiguous(url, parsed):
        raise SourceConfigError(
            f"{where}: url {mask_url(url)} has an '@' in its user or password: percent-encode it as %40 "
            "(or give the password as ${VAR} from the environment, which courtperf encodes)"
        )
    return url


# --------------------------------------------------------------------------------------------------
# Configuration


def load_sources_file(path: Path) -> dict[str, SystemSource]:
    """Read a sources file:

    systems:
      hr: {url: "postgresql://etl:${HR_DB_PASSWORD}@db/hr"}
      trial: {dir: exports/trial, encoding: gbk}

    Relative dirs are resolved against the file's folder; ${ENV_VAR} in a url comes from the environment.
    """
    path = Path(path)
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SourceConfigError(f"{path}: cannot read the sources file: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:  # only where and what: PyYAML's own message quotes the line (a URL, a password)
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise SourceConfigError(f"{path}: not valid YAML{at}: {problem}") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("systems"), dict):
        raise SourceConfigError(f"{path}: expected a mapping with a 'systems' mapping")
    unknown_top = set(doc) - {"systems"}
    if unknown_top:
        raise SourceConfigError(f"{path}: unknown top-level key(s) {sorted(unknown_top)}")
    known_systems = load_contract().systems
    result: dict[str, SystemSource] = {}
    for system, spec in doc["systems"].items():
        where = f"{path}: systems.{system}"
        if system not in known_systems:
            raise SourceConfigError(f"{where}: unknown system (the contract has {', '.join(known_systems)})")
        if not isinstance(spec, dict):
            raise SourceConfigError(f"{where}: expected a mapping with url or dir")
        unknown = set(spec) - {"url", "dir", "encoding", "format"}
        if unknown:
            raise SourceConfigError(f"{where}: unknown key(s) {sorted(unknown)} (allowed: url, dir, encoding, format)")
        if ("url" in spec) == ("dir" in spec):
            raise SourceConfigError(f"{where}: give exactly one of url and dir")
        # `format` documents a folder's files; each table's file is recognised by its extension.
        if "format" in spec and ("dir" not in spec or spec["format"] not in ("csv", "parquet")):
            raise SourceConfigError(f"{where}: format applies to a dir and must be csv or parquet")
        encoding = str(spec.get("encoding", "utf-8"))
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise SourceConfigError(f"{where}: unknown encoding {encoding!r}") from None
        if "url" in spec:
            result[system] = SystemSource(system, url=source_url(str(spec["url"]), where), encoding=encoding)
        else:
            directory = Path(_expand_env(str(spec["dir"]), where)).expanduser()
            if not directory.is_absolute():
                directory = path.resolve().parent / directory
            result[system] = SystemSource(system, directory=directory, encoding=encoding)
    return result


def _expand_env(value: str, where: str) -> str:
    def replace(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in os.environ:
            raise SourceConfigError(f"{where}: environment variable {name} is not set")
        return os.environ[name]

    return _ENV_PLACEHOLDER.sub(replace, value)


def sources_from_dir(directory: Path, encoding: str = "utf-8") -> dict[str, SystemSource]:
    """The folder-of-files layout <dir>/<system>/<table>.csv|.parquet; absent system folders are absent."""
    directory = Path(directory).resolve()
    return {
        system: SystemSource(system, directory=directory / system, encoding=encoding)
        for system in load_contract().systems
        if (directory / system).is_dir()
    }


# --------------------------------------------------------------------------------------------------
# Reading


@dataclass
class Extract:
    table: Table
    label: str
    frame: pd.DataFrame  # contract columns (string dtype) + _source_row (int64) + _read_reason (string)
    missing_columns: list[str] = field(default_factory=list)
    extra_columns: list[str] = field(default_factory=list)
    file_error: str | None = None
    missing_table: bool = False  # a database without this table: misconfigured, the run fails (no retry)
    # A problem of the delivery as a whole that still leaves records to read (wrong encoding, a damaged
    # record, no final line break): the watermark must not move past it.
    damage: str | None = None
    latest_updated_at: str | None = None  # the source's newest updated_at ("YYYY-MM-DD HH:MM:SS"), all rows

    def __len__(self) -> int:
        return len(self.frame)


def read_table(source: SystemSource, table: Table, since: str | None = None) -> Extract:
    """Every row of `table` in `source` (only updated_at >= since when since is given), as strings."""
    if source.url is not None:
        return _read_db(source, table, since)
    return _read_files(source, table, since)


def _empty_extract(table: Table, label: str, file_error: str) -> Extract:
    return Extract(table, label, _frame(table, {}, np.zeros(0, dtype="int64"), None), file_error=file_error)


def _frame(table: Table, columns: dict[str, object], source_rows: np.ndarray, read_reason: list | None) -> pd.DataFrame:
    """The extract frame: every contract column as string dtype (absent ones all null)."""
    n = len(source_rows)
    data: dict[str, object] = {}
    for name in table.column_names:
        data[name] = _string_array(columns.get(name), n)
    data[SOURCE_ROW] = np.asarray(source_rows, dtype="int64")
    data[READ_REASON] = _string_array(read_reason, n)
    return pd.DataFrame(data)


def _string_array(values: object, n: int) -> pd.api.extensions.ExtensionArray:
    """Arrow-backed pandas string array from a list of str/None or an arrow string array."""
    if values is None:
        arr = pa.nulls(n, pa.string())
    elif isinstance(values, pa.Array | pa.ChunkedArray):
        arr = values
    else:
        arr = pa.array(values, type=pa.string())
    return pd.arrays.ArrowStringArray(arr)


def _columns_report(table: Table, present: list[str]) -> tuple[list[str], list[str]]:
    missing = [c for c in table.column_names if c not in present]
    extra = [c for c in present if c not in table.column_names]
    return missing, extra


# ---- databases


def _db_value(v: object) -> str | None:
    if v is None:
        return None
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v != v:  # NaN
            return None
        return np.format_float_positional(v, trim="-")
    if isinstance(v, decimal.Decimal):
        return format(v, "f")
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, bytes | bytearray | memoryview):
        return bytes(v).decode("utf-8", errors="surrogateescape")
    return str(v)


def _driver_message(exc: BaseException, source: SystemSource) -> str:
    """The driver's own words (first line), with the source's password masked should a driver echo it."""
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return _without_password(f"{type(exc).__name__}: {text[0] if text else ''}".rstrip(": "), source)


def _without_password(message: str, source: SystemSource) -> str:
    """`message` with the source's password (as given and as percent-encoded) and its full URL masked."""
    from urllib.parse import quote

    from sqlalchemy.engine import URL, make_url

    if not source.url:
        return message
    message = message.replace(source.url, mask_url(source.url))
    try:
        password = make_url(source.url).password
    except Exception:
        return message
    if not password:
        return message
    encoded = URL.create("x", username="u", password=password).render_as_string(hide_password=False)[6:-1]
    for form in sorted({password, encoded, quote(password, safe="")} - {""}, key=len, reverse=True):
        message = message.replace(form, "***")
    return message


@contextmanager
def _db_connection(source: SystemSource, doing: str) -> Iterator:
    """A SQLAlchemy connection to the source. A failure that passes (connection refused, timeout, locked
    file) raises SourceTransientError; one that does not (credentials, no such database)
    SourceUnavailableError; both name the system and what was being done, never the password."""
    import sqlalchemy as sa

    assert source.url is not None
    try:
        url = sa.engine.make_url(source.url)
    except Exception:  # SQLAlchemy's message quotes the whole URL
        raise SourceConfigError(f"{source.system}: {source.label} is not a SQLAlchemy URL") from None
    try:
        engine = sa.create_engine(url)
    except Exception as exc:  # e.g. no driver installed for the dialect
        detail = _without_password(f"{type(exc).__name__}: {exc}", source)
        raise SourceConfigError(f"{source.system}: bad database URL {source.label}: {detail}") from None
    file_db = url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:")
    if file_db and not Path(url.database).is_file():  # SQLite would silently create an empty database there
        raise SourceUnavailableError(f"{source.system}: the database file {url.database} does not exist")
    try:
        with engine.connect() as conn:
            yield conn
    except (sa.exc.DBAPIError, sa.exc.TimeoutError, OSError) as exc:
        where = f"{source.system}: {doing} {source.label}"
        if is_transient(exc):
            raise SourceTransientError(f"{where}: {_driver_message(exc, source)} (transient; retried)") from None
        raise SourceUnavailableError(f"{where}: {_driver_message(exc, source)}") from None
    finally:
        engine.dispose()


def missing_tables(source: SystemSource, names: list[str]) -> list[str]:
    """The tables of `names` that the source database lacks (raises like reading when it cannot be reached)."""
    import sqlalchemy as sa

    with _db_connection(source, "connecting to") as conn:
        present = set(sa.inspect(conn).get_table_names())
    return [name for name in names if name not in present]


def _read_db(source: SystemSource, table: Table, since: str | None) -> Extract:
    with _db_connection(source, f"reading {table.qualified_name} from") as conn:
        return _read_db_table(conn, source, table, since)


def _read_db_table(conn, source: SystemSource, table: Table, since: str | None) -> Extract:
    import sqlalchemy as sa

    label = source.table_label(table.name)
    inspector = sa.inspect(conn)
    if not inspector.has_table(table.name):
        extract = _empty_extract(table, label, f"table {table.qualified_name} not found in {source.label}")
        extract.missing_table = True
        return extract
    present = [c["name"] for c in inspector.get_columns(table.name)]
    missing, extra = _columns_report(table, present)
    wanted = [c for c in table.column_names if c in present]
    is_sqlite = conn.dialect.name == "sqlite"
    t = sa.table(table.name, *[sa.column(c) for c in wanted])
    cols = [t.c[c] for c in wanted]
    if is_sqlite:
        stmt = sa.select(sa.literal_column("rowid").label(SOURCE_ROW), *cols).order_by(sa.literal_column("rowid"))
    else:
        order = [t.c[c] for c in table.primary_key if c in present]
        stmt = sa.select(*cols).order_by(*order)
    if since is not None and "updated_at" in present:
        ua = t.c["updated_at"]
        keep = sa.or_(ua >= sa.bindparam("since", since), ua.is_(None))
        if is_sqlite:  # a text value that is not a timestamp is kept, to be checked and quarantined
            pattern = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]"
            keep = sa.or_(keep, sa.not_(ua.op("GLOB")(pattern)), sa.func.typeof(ua) != "text")
        stmt = stmt.where(keep)
    try:
        result = conn.execution_options(stream_results=True).execute(stmt)
    except sa.exc.DBAPIError as exc:
        if is_sqlite and "rowid" in str(exc):  # WITHOUT ROWID table
            return _read_db_rows(conn.execute(sa.select(*cols)), table, label, wanted, None)
        if is_transient(exc):
            raise
        return _empty_extract(table, label, f"cannot read {label}: {exc.orig}")
    extract = _read_db_rows(result, table, label, wanted, SOURCE_ROW if is_sqlite else None)
    extract.missing_columns, extract.extra_columns = missing, extra
    if "updated_at" in present:
        extract.latest_updated_at = _db_latest(conn, t, is_sqlite)
    return extract


def _db_latest(conn, t, is_sqlite: bool) -> str | None:
    """The table's newest updated_at over all its rows (the watermark filter does not apply)."""
    import sqlalchemy as sa

    ua = t.c["updated_at"]
    stmt = sa.select(sa.func.max(ua))
    if is_sqlite:  # text in SQLite: only values that look like timestamps compare correctly
        pattern = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]*"
        stmt = stmt.where(ua.op("GLOB")(pattern))
    return _timestamp_text(_db_value(conn.execute(stmt).scalar()))


def _timestamp_text(value: str | None) -> str | None:
    """'YYYY-MM-DD HH:MM:SS' from a timestamp's text (T separator allowed), else None."""
    if value is None or not _TIMESTAMP.match(value):
        return None
    return value[:10] + " " + value[11:19]


def _read_db_rows(result, table: Table, label: str, wanted: list[str], rowid: str | None) -> Extract:
    collected: dict[str, list] = {c: [] for c in wanted}
    rowids: list[int] = []
    offset = 1 if rowid else 0
    while True:
        rows = result.fetchmany(DB_CHUNK_ROWS)
        if not rows:
            break
        columns = list(zip(*rows, strict=True))
        if rowid:
            rowids.extend(columns[0])
        for name, values in zip(wanted, columns[offset:], strict=True):
            collected[name].extend(v if v.__class__ is str else _db_value(v) for v in values)
    n = len(rowids) if rowid else (len(collected[wanted[0]]) if wanted else 0)
    source_rows = np.asarray(rowids, dtype="int64") if rowid else np.arange(1, n + 1, dtype="int64")
    reasons = _undecodable_reasons(collected, n, "utf-8")
    return Extract(table, label, _frame(table, collected, source_rows, reasons))


# ---- files


def _read_files(source: SystemSource, table: Table, since: str | None) -> Extract:
    assert source.directory is not None
    label = source.table_label(table.name)
    csv_path = source.directory / f"{table.name}.csv"
    parquet_path = source.directory / f"{table.name}.parquet"
    if csv_path.exists():
        extract = _read_csv(csv_path, table, source.encoding)
    elif parquet_path.exists():
        extract = _read_parquet(parquet_path, table)
    else:
        where = source.directory if source.directory.is_dir() else f"{source.directory} (folder missing)"
        return _empty_extract(table, label, f"table {table.qualified_name} not found in {where}")
    if extract.file_error is None and "updated_at" not in extract.missing_columns and len(extract):
        ua = extract.frame["updated_at"]
        parsed = pd.to_datetime(ua.str.replace("T", " ", n=1), format="%Y-%m-%d %H:%M:%S", errors="coerce")
        latest = parsed.max()
        extract.latest_updated_at = None if pd.isna(latest) else latest.strftime("%Y-%m-%d %H:%M:%S")
        if since is not None:
            # Keep rows at or after the watermark and rows whose updated_at does not parse (checked later).
            keep = parsed.isna() | (parsed >= pd.Timestamp(since))
            extract.frame = extract.frame[keep.to_numpy()].reset_index(drop=True)
    return extract


def _read_csv(path: Path, table: Table, encoding: str) -> Extract:
    label = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return _empty_extract(table, label, f"cannot read {label}: {exc.strerror or exc}")
    first_break = data.find(b"\n", 0, 65536)
    if b"\x00" in data[: first_break if first_break >= 0 else 65536]:  # a NUL further on costs its record only
        return _empty_extract(table, label, f"{label} is not a CSV file (binary content)")
    undecodable_line = None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:  # kept as escapes, to show in the quarantine
        undecodable_line = data.count(b"\n", 0, exc.start) + 1
        text = data.decode(encoding, errors="surrogateescape").translate(_TO_ESCAPED)
    del data
    if text.startswith("\ufeff"):
        text = text[1:]
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        return _empty_extract(table, label, f"{label} has an unreadable header line: {exc}")
    if header is None:
        return _empty_extract(table, label, f"{label} is empty (no header row)")
    header_lines = reader.line_num
    header = [h.strip() for h in header]
    if len(set(header)) != len(header):
        dupes = sorted({h for h in header if header.count(h) > 1})
        return _empty_extract(table, label, f"{label} has duplicate column names {dupes}")
    missing, extra = _columns_report(table, header)
    wanted = [c for c in header if c in table.column_names]
    fast = None
    if "\x00" not in text:
        utf8 = text.encode("utf-8", errors="surrogatepass")
        if not _has_inner_quote(utf8):
            fast = _parse_csv_arrow(utf8, header, wanted)
        del utf8
    if fast is not None:  # every record has the header's number of fields
        columns, n = fast
        frame = _frame(table, columns, np.arange(1, n + 1, dtype="int64"), None)
        damage = None
    else:
        frame, damage = _read_csv_tolerant(text, label, table, header, header_lines, wanted)
    if len(frame) and not text.endswith(("\n", "\r")):
        cut = f"{label} does not end with a line break: the file may have been cut short"
        damage = f"{damage}; {cut}" if damage else cut
    del text
    if undecodable_line is not None:
        damage = _wrong_encoding(frame, table, label, encoding, undecodable_line)
    return Extract(table, label, frame, missing_columns=missing, extra_columns=extra, damage=damage)


def _wrong_encoding(frame: pd.DataFrame, table: Table, label: str, encoding: str, line: int) -> str:
    """Mark every record of a file that does not decode as `wrong_encoding`; undecodable bytes become
    visible \\xNN escapes in the values (for the quarantine's row_json). Returns the file's damage."""
    hint = " (is the file GBK?)" if codecs.lookup(encoding).name == "utf-8" else ""
    problem = (
        f"{label} is not valid {encoding}: undecodable bytes from line {line} on{hint}; the whole file is set aside"
    )
    for name in table.column_names:
        values = frame[name]
        if values.str.contains("[\uf780-\uf7ff]", regex=True).any():
            frame[name] = _string_array(
                [None if v is pd.NA else _ESCAPED.sub(lambda m: f"\\x{ord(m.group(0)) - 0xF700:02x}", v)
                 for v in values], len(values)
            )  # fmt: skip
    frame[READ_REASON] = _string_array([f"wrong_encoding: {problem}"] * len(frame), len(frame))
    return problem


def _has_inner_quote(utf8: bytes) -> bool:
    """A quote with neither a delimiter, a line end nor another quote on either side ("x"y, say "hi"):
    Arrow would drop it silently, so such a file is read record by record (strict) instead."""
    if b'"' not in utf8:
        return False
    data = np.frombuffer(utf8, dtype=np.uint8)
    at = np.flatnonzero(data == ord('"'))
    at = at[(at > 0) & (at < len(data) - 1)]
    fence = np.array([ord(","), ord("\r"), ord("\n"), ord('"')], dtype=np.uint8)
    return bool((~np.isin(data[at - 1], fence) & ~np.isin(data[at + 1], fence)).any())


class _Lines:
    """The file's lines from `start`, for one csv.reader record; ends after MAX_RECORD_LINES lines."""

    def __init__(self, lines: list[str], start: int):
        self.lines, self.pos, self.stop = lines, start, min(len(lines), start + MAX_RECORD_LINES)

    def __iter__(self):
        return self

    def __next__(self) -> str:
        if self.pos >= self.stop:
            raise StopIteration
        self.pos += 1
        return self.lines[self.pos - 1]


def _read_csv_tolerant(
    text: str, label: str, table: Table, header: list[str], header_lines: int, wanted: list[str]
) -> tuple[pd.DataFrame, str | None]:
    """Record by record: a record that cannot be parsed (a stray quote, a NUL byte, the wrong number of
    fields) is kept as a `malformed_row` naming its line, and reading resumes at the next line. The
    good records are then parsed together by Arrow, so their values are read exactly as on the fast path.
    Returns the frame and the damage (first bad record, how many)."""
    if any(c in text for c in _OTHER_LINE_BREAKS):  # str.splitlines would split there too
        lines = list(io.StringIO(text, newline=""))
    else:
        lines = text.splitlines(keepends=True)
    ncols = len(header)
    good: list[str] = lines[:header_lines]
    good_records: list[int] = []
    bad_records: list[int] = []
    bad_fields: list[list[str]] = []
    reasons: list[str] = []
    i, record = header_lines, 0
    while i < len(lines):
        line = lines[i]
        if line in ("\n", "\r\n", "\r"):  # blank lines are no records (Arrow skips them too)
            i += 1
            continue
        record += 1
        end, error = i + 1, None
        if '"' not in line and "\x00" not in line:  # the common case: count the fields, split only if bad
            if line.count(",") == ncols - 1:
                good.append(line)
                good_records.append(record)
                i += 1
                continue
            fields = line.rstrip("\r\n").split(",")
        else:
            feed = _Lines(lines, i)
            try:
                fields = next(csv.reader(feed, strict=True))
                end = feed.pos
            except csv.Error as exc:
                fields, error = line.rstrip("\r\n").split(","), str(exc)
                if error == "unexpected end of data":
                    error = "a quoted value is never closed (a stray quote?)"
        if error is None and "\x00" in line:
            error = "it contains a NUL byte"
        elif error is None and len(fields) != ncols:
            error = f"it has {len(fields)} fields, the header has {ncols}"
            end = i + 1  # a multi-line record of the wrong shape: its other lines may be records of their own
        if error is None:
            good.extend(lines[i:end])
            good_records.append(record)
        else:
            bad_records.append(record)
            bad_fields.append([v.replace("\x00", "\\x00") for v in (fields + [""] * ncols)[:ncols]])
            reasons.append(f"malformed_row: {label} line {i + 1} (record {record}): {error}")
        i = end
    del lines
    parts = []
    if good_records:
        parsed = _parse_csv_arrow("".join(good).encode("utf-8", errors="surrogatepass"), header, wanted)
        if parsed is None or parsed[1] != len(good_records):  # Arrow disagrees with csv: use csv's values
            rows = list(csv.reader(io.StringIO("".join(good[header_lines:]), newline=""), strict=True))
            parsed = {name: [r[header.index(name)] or None for r in rows] for name in wanted}, len(rows)
        parts.append(_frame(table, parsed[0], np.asarray(good_records, dtype="int64"), None))
    if bad_records:
        columns = {name: [f[header.index(name)] or None for f in bad_fields] for name in wanted}
        parts.append(_frame(table, columns, np.asarray(bad_records, dtype="int64"), reasons))
    if not parts:
        return _frame(table, {}, np.zeros(0, dtype="int64"), None), None
    frame = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    frame = frame.sort_values(SOURCE_ROW, kind="stable").reset_index(drop=True)
    damage = None
    if reasons:
        more = f" (and {len(reasons) - 1:,} more)" if len(reasons) > 1 else ""
        damage = f"{len(reasons):,} damaged record(s), first: {reasons[0].removeprefix('malformed_row: ')}{more}"
    return frame, damage


def _parse_csv_arrow(utf8: bytes, header: list[str], wanted: list[str]) -> tuple[dict, int] | None:
    """Fast multi-threaded parse; None when a record has the wrong number of fields (slow path then)."""
    invalid = []

    def on_invalid(row) -> str:
        invalid.append(row)
        return "skip"

    try:
        table = pacsv.read_csv(
            io.BytesIO(utf8),
            read_options=pacsv.ReadOptions(skip_rows=1, column_names=header),
            parse_options=pacsv.ParseOptions(newlines_in_values=True, invalid_row_handler=on_invalid),
            convert_options=pacsv.ConvertOptions(
                column_types={c: pa.string() for c in header},
                include_columns=wanted,
                strings_can_be_null=True,
                quoted_strings_can_be_null=True,
                null_values=[""],
            ),
        )
    except (pa.ArrowInvalid, UnicodeEncodeError):
        return None
    if invalid:
        return None
    return {name: table.column(name) for name in wanted}, table.num_rows


def _undecodable_reasons(columns: dict[str, list], n: int, encoding: str) -> list[str | None] | None:
    """Per row of a database table: an `undecodable` reason when a value holds bytes that did not decode
    (lone surrogates from the driver), else None. The value keeps them as a visible \\xNN escape for
    row_json. (A CSV file is judged whole instead: see `_wrong_encoding`.)
    """
    if n == 0:
        return None
    hint = " (is the file GBK?)" if codecs.lookup(encoding).name == "utf-8" else ""
    reasons: list[str | None] | None = None
    for name, values in columns.items():
        joined = "\x00".join(v for v in values if v)  # one C-speed scan decides if the column needs a look
        if _SURROGATE.search(joined) is None:
            continue
        del joined
        for i, v in enumerate(values):
            if v is None or _SURROGATE.search(v) is None:
                continue
            values[i] = _SURROGATE.sub(lambda m: f"\\x{ord(m.group(0)) - 0xDC00:02x}", v)
            if reasons is None:
                reasons = [None] * n
            if reasons[i] is None:
                reasons[i] = f"undecodable: undecodable bytes for encoding {encoding} in column {name}{hint}"
    return reasons


def _read_parquet(path: Path, table: Table) -> Extract:
    label = str(path)
    try:
        pa_table = pq.read_table(path)
    except Exception as exc:
        return _empty_extract(table, label, f"cannot read {label} as parquet: {exc}")
    present = pa_table.column_names
    missing, extra = _columns_report(table, present)
    columns: dict[str, object] = {}
    for name in present:
        if name not in table.column_names:
            continue
        col = pa_table.column(name)
        if pa.types.is_string(col.type) or pa.types.is_large_string(col.type):
            values = col.to_pylist()
            columns[name] = [v if v else None for v in values]
        else:
            columns[name] = [_db_value(v) for v in col.to_pylist()]
    n = pa_table.num_rows
    frame = _frame(table, columns, np.arange(1, n + 1, dtype="int64"), None)
    return Extract(table, label, frame, missing_columns=missing, extra_columns=extra)
