"""The statutory limits seed, read by landing as well as by dbt, so both use one table.

`dbt_project/seeds/statutory_limits.csv` holds, per (case_type_code, procedure), the base limit
(used by dbt's int_trial_cases_enriched) and `max_extension_days`, the total extension the law allows
(used by the landing check `extension_not_allowed`). `*` as procedure matches any procedure and an exact
procedure wins over it, in both places. An empty max_extension_days means no statutory cap.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from courtperf.settings import DBT_PROJECT_DIR

SEED_PATH = DBT_PROJECT_DIR / "seeds" / "statutory_limits.csv"
_COLUMNS = ("case_type_code", "procedure", "base_limit_days", "max_extension_days")


class StatutoryLimitsError(ValueError):
    """The seed file is malformed."""


@dataclass(frozen=True)
class ExtensionCap:
    case_type_code: str
    procedure: str  # or "*"
    max_extension_days: int | None  # None: no statutory cap


def _days(value: str, where: str, column: str) -> int | None:
    value = value.strip()
    if value == "":
        return None
    if not value.isdigit():
        raise StatutoryLimitsError(f"{where}: {column}={value!r} is not a whole number of days (or empty)")
    return int(value)


@cache
def extension_caps(path: Path = SEED_PATH) -> tuple[ExtensionCap, ...]:
    """Every row of the seed as an ExtensionCap (rows without a cap included: an exact row wins over `*`)."""
    try:
        with Path(path).open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            missing = [c for c in _COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise StatutoryLimitsError(f"{path}: missing column(s) {', '.join(missing)}")
            caps, seen = [], set()
            for line, row in enumerate(reader, start=2):
                where = f"{path} line {line}"
                code, procedure = (row["case_type_code"] or "").strip(), (row["procedure"] or "").strip()
                if not code or not procedure:
                    raise StatutoryLimitsError(f"{where}: case_type_code and procedure must not be empty")
                if (code, procedure) in seen:
                    raise StatutoryLimitsError(f"{where}: ({code}, {procedure}) appears twice")
                seen.add((code, procedure))
                _days(row["base_limit_days"] or "", where, "base_limit_days")
                cap = _days(row["max_extension_days"] or "", where, "max_extension_days")
                caps.append(ExtensionCap(code, procedure, cap))
    except OSError as exc:
        raise StatutoryLimitsError(f"cannot read the statutory limits seed {path}: {exc}") from None
    return tuple(caps)
