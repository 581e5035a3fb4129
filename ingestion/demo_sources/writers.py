"""Turn generated frames into the contract's wire format and write them as SQLite, CSV or Parquet.

`to_wire` is the single place that knows how a logical type is delivered (dates 'YYYY-MM-DD', timestamps
'YYYY-MM-DD HH:MM:SS', bools 0/1, decimals as 2-decimal text). Columns come from the contract, so a
generator that forgets a column fails here instead of silently delivering a different table.
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ingestion.contract import Table

from .common import NA

Wire = dict[str, np.ndarray]  # column -> object array of str / int / None


def _nulls(arr: np.ndarray, mask: np.ndarray) -> np.ndarray:
    out = np.array(arr, dtype=object, copy=True)
    out[mask] = None
    return out


def to_wire(table: Table, df: pd.DataFrame) -> Wire:
    out: Wire = {}
    for col in table.columns:
        if col.name not in df:
            raise KeyError(f"generator for {table.qualified_name} did not produce column {col.name!r}")
        s = df[col.name]
        if col.type in ("date", "timestamp"):
            v = s.to_numpy(np.int64)
            unit = "D" if col.type == "date" else "s"
            na = v == NA
            text = np.datetime_as_string(np.where(na, 0, v).astype(f"datetime64[{unit}]"))
            if col.type == "timestamp":
                text = pd.Series(text).str.replace("T", " ", regex=False).to_numpy(dtype=object)
            out[col.name] = _nulls(text, na)
        elif col.type == "bool":
            out[col.name] = np.asarray(s.to_numpy(bool).astype(np.int64).tolist() + [None], dtype=object)[:-1]
        elif col.type == "int":
            v = s.to_numpy(np.int64)
            out[col.name] = _nulls(np.asarray(v.tolist() + [None], dtype=object)[:-1], v == NA)
        elif col.type.startswith("decimal"):
            v = s.to_numpy(float)
            na = np.isnan(v)
            cents = np.round(np.where(na, 0, v) * 100).astype(np.int64)
            sign = np.where(cents < 0, "-", "")
            a = np.abs(cents)
            text = (
                pd.Series(sign)
                + pd.Series(a // 100).astype("str")
                + "."
                + pd.Series(a % 100).astype("str").str.zfill(2)
            )
            out[col.name] = _nulls(text.to_numpy(dtype=object), na)
        else:
            out[col.name] = _nulls(s.to_numpy(dtype=object), pd.isna(s).to_numpy())
    return out


def wire_len(w: Wire) -> int:
    return len(next(iter(w.values())))


_SQL_TYPES = {"int": "INTEGER", "bool": "INTEGER"}


class SqliteWriter:
    """One database per system; tables get the contract's columns, no constraints (defects must fit)."""

    def __init__(self, out_dir: Path, tables: list[Table]):
        self.out_dir = out_dir
        self.conns: dict[str, sqlite3.Connection] = {}
        for t in tables:
            if t.system not in self.conns:
                path = out_dir / f"{t.system}.sqlite"
                path.unlink(missing_ok=True)
                con = sqlite3.connect(path, isolation_level=None)
                con.execute("PRAGMA journal_mode=OFF")
                con.execute("PRAGMA synchronous=OFF")
                con.execute("BEGIN")
                self.conns[t.system] = con
            cols = ", ".join(f'"{c.name}" {_SQL_TYPES.get(c.type, "TEXT")}' for c in t.columns)
            self.conns[t.system].execute(f'CREATE TABLE "{t.name}" ({cols})')

    def write(self, table: Table, wire: Wire) -> None:
        names = [c.name for c in table.columns]
        marks = ", ".join("?" * len(names))
        rows = zip(*(wire[n].tolist() for n in names), strict=True)
        self.conns[table.system].executemany(f'INSERT INTO "{table.name}" VALUES ({marks})', rows)

    def close(self) -> dict[str, dict]:
        for con in self.conns.values():
            con.execute("COMMIT")
            con.close()
        return {s: {"url": f"sqlite:///{(self.out_dir / f'{s}.sqlite').resolve()}"} for s in self.conns}


class CsvWriter:
    """<system>/<table>.csv with a header; null = empty string. `raw_gbk` tables are written in GBK anyway."""

    def __init__(self, out_dir: Path, tables: list[Table], encoding: str, raw_gbk: set[str] = frozenset()):
        self.out_dir, self.encoding, self.raw_gbk = out_dir, encoding, raw_gbk
        self.files = {}
        for t in tables:
            folder = out_dir / t.system
            folder.mkdir(parents=True, exist_ok=True)
            enc = "gbk" if t.qualified_name in raw_gbk else encoding
            f = open(folder / f"{t.name}.csv", "w", encoding=enc, newline="")  # noqa: SIM115 - closed in close()
            csv.writer(f).writerow(t.column_names)
            self.files[t.qualified_name] = f
        self.systems = list(dict.fromkeys(t.system for t in tables))

    def write(self, table: Table, wire: Wire) -> None:
        cols = [np.where(pd.isna(wire[n]), "", wire[n]).tolist() for n in table.column_names]
        csv.writer(self.files[table.qualified_name]).writerows(zip(*cols, strict=True))

    def close(self) -> dict[str, dict]:
        for f in self.files.values():
            f.close()
        return {
            s: {"dir": str((self.out_dir / s).resolve()), "format": "csv", "encoding": self.encoding}
            for s in self.systems
        }


class ParquetWriter:
    """<system>/<table>.parquet, every column a string (the loader casts by the contract)."""

    def __init__(self, out_dir: Path, tables: list[Table]):
        self.out_dir = out_dir
        self.writers = {}
        self.tables = {t.qualified_name: t for t in tables}
        self.schemas = {t.qualified_name: pa.schema([(c, pa.string()) for c in t.column_names]) for t in tables}
        for t in tables:
            (out_dir / t.system).mkdir(parents=True, exist_ok=True)
        self.systems = list(dict.fromkeys(t.system for t in tables))

    def write(self, table: Table, wire: Wire) -> None:
        q = table.qualified_name
        if q not in self.writers:
            self.writers[q] = pq.ParquetWriter(self.out_dir / table.system / f"{table.name}.parquet", self.schemas[q])
        arrays = []
        for n in table.column_names:
            arr = pa.array(wire[n].tolist())
            arrays.append(arr if arr.type == pa.string() else arr.cast(pa.string()))
        self.writers[q].write_table(pa.Table.from_arrays(arrays, schema=self.schemas[q]))

    def close(self) -> dict[str, dict]:
        for q, t in self.tables.items():
            if q not in self.writers:  # never written: still deliver an empty file
                pq.write_table(self.schemas[q].empty_table(), self.out_dir / t.system / f"{t.name}.parquet")
        for w in self.writers.values():
            w.close()
        return {s: {"dir": str((self.out_dir / s).resolve()), "format": "parquet"} for s in self.systems}
