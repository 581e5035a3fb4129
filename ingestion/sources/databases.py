"""Reading a table from a relational source system (any SQLAlchemy URL), in chunks, incrementally on updated_at;
which driver errors are worth a retry."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from ingestion.contract import SOURCE_ROW, Table
from ingestion.errors import SourceConfigError, SourceTransientError, SourceUnavailableError
from ingestion.sources.extract import (
    Extract,
    columns_report,
    empty_extract,
    extract_frame,
    timestamp_text,
    undecodable_reasons,
    value_text,
)
from ingestion.sources.systems import SystemSource, mask_url

DB_CHUNK_ROWS = 200_000


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


def read_db(source: SystemSource, table: Table, since: str | None) -> Extract:
    with _db_connection(source, f"reading {table.qualified_name} from") as conn:
        return _read_db_table(conn, source, table, since)


def _read_db_table(conn, source: SystemSource, table: Table, since: str | None) -> Extract:
    import sqlalchemy as sa

    label = source.table_label(table.name)
    inspector = sa.inspect(conn)
    if not inspector.has_table(table.name):
        extract = empty_extract(table, label, f"table {table.qualified_name} not found in {source.label}")
        extract.missing_table = True
        return extract
    present = [c["name"] for c in inspector.get_columns(table.name)]
    missing, extra = columns_report(table, present)
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
        return empty_extract(table, label, f"cannot read {label}: {exc.orig}")
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
    return timestamp_text(value_text(conn.execute(stmt).scalar()))


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
            collected[name].extend(v if v.__class__ is str else value_text(v) for v in values)
    n = len(rowids) if rowid else (len(collected[wanted[0]]) if wanted else 0)
    source_rows = np.asarray(rowids, dtype="int64") if rowid else np.arange(1, n + 1, dtype="int64")
    reasons = undecodable_reasons(collected, n, "utf-8")
    return Extract(table, label, extract_frame(table, collected, source_rows, reasons))
