"""Closed periods: a month, a quarter or a year, as operators write them and as Dagster partitions them.

Operators write `2024-03`, `2024-Q1` or `2024`. Dagster's partition keys are `2024-03` (months),
`2024-01-01` (quarters, keyed by their first day: strftime has no quarter) and `2024` (years).
Closing a month archives its month values and its year-to-date values (`ytd` 2024-03 = 1 January to
31 March), which leaders see monthly; a quarter its quarter values; a year its year values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

GRAINS = ("month", "quarter", "year")
PARTITION_FORMATS = {"month": "%Y-%m", "quarter": "%Y-%m-%d", "year": "%Y"}


@dataclass(frozen=True)
class ClosedPeriod:
    grain: str  # month | quarter | year
    label: str  # 2024-03 | 2024-Q1 | 2024, the `period` of marts.indicator_values
    start: date
    end: date

    @property
    def partition_key(self) -> str:
        return self.start.strftime(PARTITION_FORMATS[self.grain])

    @property
    def periods(self) -> list[tuple[str, str, date, date]]:
        """(period_type, period, start, end) of every result row archived with this period."""
        own = (self.grain, self.label, self.start, self.end)
        if self.grain == "month":
            return [own, ("ytd", self.label, date(self.start.year, 1, 1), self.end)]
        return [own]

    def __str__(self) -> str:
        return self.label


def _month_end(year: int, month: int) -> date:
    first_next = date(year + month // 12, month % 12 + 1, 1)
    return first_next - timedelta(days=1)


def month(year: int, m: int) -> ClosedPeriod:
    return ClosedPeriod("month", f"{year}-{m:02d}", date(year, m, 1), _month_end(year, m))


def quarter(year: int, q: int) -> ClosedPeriod:
    return ClosedPeriod("quarter", f"{year}-Q{q}", date(year, 3 * q - 2, 1), _month_end(year, 3 * q))


def year(y: int) -> ClosedPeriod:
    return ClosedPeriod("year", str(y), date(y, 1, 1), date(y, 12, 31))


def parse_period(text: str) -> ClosedPeriod:
    """`2024-03`, `2024-Q1` (or `2024q1`) or `2024`; also a quarter's partition key `2024-01-01`."""
    text = text.strip()
    if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
        if 1 <= int(m[2]) <= 12:
            return month(int(m[1]), int(m[2]))
    elif m := re.fullmatch(r"(\d{4})-?[Qq]([1-4])", text):
        return quarter(int(m[1]), int(m[2]))
    elif m := re.fullmatch(r"\d{4}", text):
        return year(int(text))
    elif m := re.fullmatch(r"(\d{4})-(01|04|07|10)-01", text):
        return quarter(int(m[1]), (int(m[2]) + 2) // 3)
    raise ValueError(f"not a period: {text!r} (write a month 2024-03, a quarter 2024-Q1 or a year 2024)")


def from_partition_key(grain: str, key: str) -> ClosedPeriod:
    period = parse_period(key)
    if period.grain != grain:
        raise ValueError(f"partition key {key!r} is not a {grain}")
    return period


def previous_period(grain: str, day: date) -> ClosedPeriod:
    """The last period of this grain that ended before `day` (what a schedule closes on that day)."""
    if grain == "month":
        return month(day.year - 1, 12) if day.month == 1 else month(day.year, day.month - 1)
    if grain == "quarter":
        q = (day.month - 1) // 3 + 1
        return quarter(day.year - 1, 4) if q == 1 else quarter(day.year, q - 1)
    return year(day.year - 1)
