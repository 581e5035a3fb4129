"""Compare two engines' marts row for row, from the Parquet exports of a dbt run with COURTPERF_EXPORT_DIR=DIR.

Each export folder holds one sub-folder of Parquet files per mart (macro `export_marts`). Two exports are
equal when the same marts exist, each with the same column names and types in the same order, and, sorted by
every column (doubles last), the same rows: integers, decimals, strings, dates, timestamps and booleans
exactly, doubles within a relative 1e-9 (two engines may sum floating-point numbers in another order).
Timestamps are compared as UTC wall-clock times (Spark writes them with a time zone, DuckDB without).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb

REL_TOL = 1e-9
EXPORT_DIR = "COURTPERF_EXPORT_DIR"  # the environment variable naming the folder a dbt run exports its marts to


@dataclass
class MartComparison:
    mart: str
    rows_left: int = 0
    rows_right: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def identical(self) -> bool:
        return not self.problems


def _files(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.rglob("*.parquet") if not p.name.startswith((".", "_")))


def _columns(con: duckdb.DuckDBPyConnection, view: str) -> list[tuple[str, str]]:
    rows = con.execute(f"describe {view}").fetchall()
    return [(name, "TIMESTAMP" if kind == "TIMESTAMP WITH TIME ZONE" else kind) for name, kind, *_ in rows]


def compare_mart(con: duckdb.DuckDBPyConnection, mart: str, left: Path, right: Path) -> MartComparison:
    """Compare one mart's two exports (folders of Parquet files); an empty folder is an empty table."""
    result = MartComparison(mart)
    files = {"l": _files(left), "r": _files(right)}
    for side, found in files.items():
        if found:
            # timestamps with a time zone (Spark) become UTC wall-clock timestamps, like DuckDB's
            con.execute(f"create or replace temp view {side}_raw as select * from read_parquet({found!r})")
            casts = ", ".join(
                f'cast("{name}" as timestamp) as "{name}"' if kind == "TIMESTAMP WITH TIME ZONE" else f'"{name}"'
                for name, kind, *_ in con.execute(f"describe {side}_raw").fetchall()
            )
            con.execute(f"create or replace temp view {side} as select {casts} from {side}_raw")
    if not files["l"] or not files["r"]:
        counts = {s: con.execute(f"select count(*) from {s}").fetchone()[0] if files[s] else 0 for s in files}
        result.rows_left, result.rows_right = counts["l"], counts["r"]
        if counts["l"] != counts["r"]:
            result.problems.append(f"rows: {counts['l']} vs {counts['r']}")
        return result
    columns = _columns(con, "l")
    other = _columns(con, "r")
    if columns != other:
        diff = [f"{a} vs {b}" for a, b in zip(columns, other, strict=False) if a != b]
        if len(columns) != len(other):
            diff.append(f"{len(columns)} vs {len(other)} columns")
        result.problems.append("columns differ: " + "; ".join(diff))
        return result
    doubles = [name for name, kind in columns if kind in ("DOUBLE", "FLOAT")]
    exact = [name for name, _ in columns if name not in doubles]
    order = ", ".join(f'"{name}" nulls first' for name in exact + doubles)
    equal = [f'l."{name}" is not distinct from r."{name}"' for name in exact] + [
        f'(l."{name}" is not distinct from r."{name}" or abs(l."{name}" - r."{name}") '
        f'<= {REL_TOL} * greatest(abs(l."{name}"), abs(r."{name}")))'
        for name in doubles
    ]
    con.execute(
        f"""
        create or replace temp table diff as
        with
            lrows as (select *, row_number() over (order by {order}) as row_no from l),
            rrows as (select *, row_number() over (order by {order}) as row_no from r)
        select l.row_no as left_row, r.row_no as right_row, l.*, r.*
        from lrows as l full outer join rrows as r on l.row_no = r.row_no
        where l.row_no is null or r.row_no is null or not ({" and ".join(equal)})
        """
    )
    result.rows_left = con.execute("select count(*) from l").fetchone()[0]
    result.rows_right = con.execute("select count(*) from r").fetchone()[0]
    if result.rows_left != result.rows_right:
        result.problems.append(f"rows: {result.rows_left} vs {result.rows_right}")
    mismatched = con.execute("select count(*) from diff").fetchone()[0]
    if mismatched:
        examples = con.execute("select * from diff order by coalesce(left_row, right_row) limit 3").fetchall()
        result.problems.append(f"{mismatched} sorted rows differ, e.g. " + " | ".join(map(str, examples)))
    return result


def compare_exports(left: Path, right: Path) -> list[MartComparison]:
    """Compare every mart exported under `left` with the same mart under `right` (missing ones included)."""
    marts = sorted({p.name for p in left.iterdir() if p.is_dir()} | {p.name for p in right.iterdir() if p.is_dir()})
    con = duckdb.connect()
    con.execute("set TimeZone = 'UTC'")
    results = []
    try:
        for mart in marts:
            if not (left / mart).is_dir() or not (right / mart).is_dir():
                missing = left if not (left / mart).is_dir() else right
                results.append(MartComparison(mart, problems=[f"not exported in {missing}"]))
                continue
            results.append(compare_mart(con, mart, left / mart, right / mart))
    finally:
        con.close()
    return results
