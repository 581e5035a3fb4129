"""The 政治部's bonus pools file: one line per pool, CSV (UTF-8, or GBK as exported from Excel) or XLSX.

    court_code,dept_id,amount
    内0602,,100000          the court's pool: its people who are not in a department pool of that court
    内0602,D0602-03,20000   a department's own pool

`amount` is in whole yuan (a pool is spent exactly, to the yuan). Everything wrong is reported at once, each
problem naming the file and the line (the spreadsheet's row number: the header is line 1), and nothing is read.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

COLUMNS = ("court_code", "dept_id", "amount")


class PoolsError(ValueError):
    def __init__(self, path: Path, problems: list[str]):
        self.problems = problems
        super().__init__(f"{path}: {len(problems)} problem(s), nothing was allocated:\n  " + "\n  ".join(problems))


@dataclass(frozen=True)
class Pool:
    line: int
    court_code: str
    dept_id: str | None  # None: the court's pool
    amount: Decimal

    @property
    def key(self) -> tuple[str, str | None]:
        return (self.court_code, self.dept_id)


def _rows(path: Path) -> list[dict[str, str]]:
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        import openpyxl

        sheet = openpyxl.load_workbook(path, read_only=True, data_only=True).active
        values = [["" if v is None else str(v).strip() for v in row] for row in sheet.iter_rows(values_only=True)]
        header, body = (values[0], values[1:]) if values else ([], [])
    else:
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("gbk")
        lines = list(csv.reader(io.StringIO(text)))
        header, body = (lines[0], lines[1:]) if lines else ([], [])
    header = [h.strip() for h in header]
    missing = [c for c in ("court_code", "amount") if c not in header]
    if missing:
        names = f"line 1: the header must name {list(COLUMNS)} (dept_id may be left out), missing {missing}"
        raise PoolsError(path, [names])
    return [dict(zip(header, [c.strip() for c in row], strict=False)) for row in body]


def read_pools(path: Path, departments: dict[str, set[str]]) -> list[Pool]:
    """The pools of the file, checked against the courts and departments of the period (court -> dept ids)."""
    path = Path(path)
    if not path.is_file():
        raise PoolsError(path, ["no such file"])
    problems: list[str] = []
    pools: list[Pool] = []
    seen: dict[tuple[str, str | None], int] = {}
    for line, row in enumerate(_rows(path), start=2):
        if not any(row.values()):
            continue
        court, dept, text = row.get("court_code", ""), row.get("dept_id") or None, row.get("amount", "")
        where = f"line {line}"
        if court not in departments:
            problems.append(f"{where}: unknown court {court!r} (courts of the period: {sorted(departments)})")
        elif dept is not None and dept not in departments[court]:
            problems.append(f"{where}: unknown department {dept!r} of court {court}")
        try:
            amount = Decimal(text.replace(",", ""))
        except InvalidOperation:
            problems.append(f"{where}: amount {text!r} is missing or not a number")
            continue
        if amount < 0:
            problems.append(f"{where}: amount {text} is negative")
        elif amount != amount.to_integral_value():
            problems.append(f"{where}: amount {text} is not whole yuan (pools are divided to the yuan)")
        if (court, dept) in seen:
            problems.append(f"{where}: the same pool as line {seen[(court, dept)]}")
        seen[(court, dept)] = line
        pools.append(Pool(line, court, dept, amount))
    if not pools and not problems:
        problems.append("no pool in the file")
    if problems:
        raise PoolsError(path, problems)
    return pools
