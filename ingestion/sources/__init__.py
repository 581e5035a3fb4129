"""Where each source system's tables come from, and reading one table into an all-string extract.

One module per concern: `systems` (where each system is: the sources file, URLs without passwords), `extract`
(what a reader returns), `databases` (any SQLAlchemy URL), `files` (CSV and Parquet) and `xlsx` (spreadsheets);
`mapping` (how a vendor's own tables map onto the contract: the YAML model, validated) and `mapped` (reading a
mapped system into the same extract); `check` (`courtperf sources check`).

A system is delivered either as a relational database (any SQLAlchemy URL; SQLite in the demo) or as a
folder of files `<table>.csv` / `<table>.parquet` / `<table>.xlsx`, in the contract's shape or through a
mapping. `read_table` turns one contract table of one system
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

from ingestion.contract import READ_REASON, SOURCE_ROW, Table
from ingestion.errors import SourceConfigError, SourceTransientError, SourceUnavailableError
from ingestion.sources.databases import is_transient, missing_tables, read_db
from ingestion.sources.extract import Extract
from ingestion.sources.files import read_files
from ingestion.sources.systems import (
    SystemSource,
    load_sources_file,
    mask_url,
    source_url,
    sources_from_dir,
    statistics_start,
)

__all__ = [
    "READ_REASON", "SOURCE_ROW", "Extract", "SourceConfigError", "SourceTransientError", "SourceUnavailableError",
    "SystemSource", "is_transient", "load_sources_file", "mask_url", "missing_tables", "read_table", "source_url",
    "statistics_start",
    "sources_from_dir",
]  # fmt: skip


def read_table(source: SystemSource, table: Table, since: str | None = None) -> Extract:
    """Every row of `table` in `source` (only updated_at >= since when since is given), as strings."""
    if source.mapping is not None:
        from ingestion.sources.mapped import read_mapped

        return read_mapped(source, table, since)
    if source.url is not None:
        return read_db(source, table, since)
    return read_files(source, table, since)
