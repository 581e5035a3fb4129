"""Deliberate defects, so that the landing checks and the quarantine have something real to catch.

Each affected table gets about `rate` of its rows damaged, spread over the kinds that make sense for it
(a table without dates cannot get a malformed date). Every injected defect is recorded with the row's
primary key, so tests and demos can check that exactly these rows end up quarantined.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from ingestion.contract import Table

from .writers import Wire, wire_len

KINDS = [
    "duplicate_row",
    "closing_before_filing",
    "unknown_reference",
    "bad_code",
    "malformed_date",
    "blank_key",
    "gbk_as_utf8",
]
_CLOSING = {
    "trial.cases": ("closing_date", "filing_date"),
    "enforcement.enforcement_cases": ("closing_date", "filing_date"),
    "petition.petitions": ("resolved_date", "received_date"),
}
_BAD_CODES = {"case_type_code": ["民x", "执x"], "procedure": ["fast"]}
_BAD_DATES = ["2024-13-45", "2024/03/01", "昨天"]
_UNKNOWN = {"staff": "P-UNKNOWN-", "departments": "D-UNKNOWN-", "courts": "内99"}
FILE_DEFECT_MIN_RATE = 0.01  # the GBK-as-UTF-8 file (a whole-file defect) is injected only from this rate on


class DefectInjector:
    def __init__(self, rate: float, rng: np.random.Generator):
        self.rate, self.rng = rate, rng
        self.records: list[dict] = []
        self.counts: Counter[str] = Counter()

    def record(self, kind: str, system: str, table: str, key: dict | None, column: str | None, **extra) -> None:
        self.records.append({"kind": kind, "system": system, "table": table, "key": key, "column": column, **extra})
        self.counts[kind] += 1

    def apply(self, table: Table, wire: Wire) -> Wire:
        n = wire_len(wire)
        if self.rate <= 0 or n < 20:
            return wire
        plans = self._plans(table, wire, n)
        per_kind = max(1, round(self.rate * n / len(plans)))
        if self.rate * n < len(plans):  # a low rate: about rate x n rows in all, of kinds drawn at random
            drawn = self.rng.choice(len(plans), size=min(len(plans), round(self.rate * n)), replace=False)
            plans, per_kind = [plans[i] for i in sorted(drawn)], 1
        used = np.zeros(n, dtype=bool)
        perm = self.rng.permutation(n)
        wire = {k: v.copy() for k, v in wire.items()}
        dupes = []
        for kind, columns, ok in plans:
            cand = perm[~used[perm] & ok[perm]][:per_kind]
            used[cand] = True
            for j, row in enumerate(cand):  # a handful of rows per table: not a per-row generation loop
                key = {k: wire[k][row] for k in table.primary_key}
                col = columns[j % len(columns)] if columns else None
                if kind == "duplicate_row":
                    dupes.append(row)
                    self.record(kind, table.system, table.name, key, None)
                    continue
                value = self._value(kind, table, col, wire, row, j)
                wire[col][row] = value
                self.record(kind, table.system, table.name, key, col, value=value)
        if dupes:
            idx = np.array(dupes)
            wire = {k: np.concatenate([v, v[idx]]) for k, v in wire.items()}
        return wire

    def _plans(self, table: Table, wire: Wire, n: int) -> list[tuple[str, list[str], np.ndarray]]:
        """(kind, candidate columns, rows where the kind applies) for the kinds that fit this table."""
        q = table.qualified_name
        present = {c: pd.notna(wire[c]) for c in table.column_names}
        plans = [("duplicate_row", [], np.ones(n, dtype=bool))]
        if q in _CLOSING:
            plans.append(("closing_before_filing", [_CLOSING[q][0]], present[_CLOSING[q][0]]))
        refs = [
            c.name
            for c in table.columns
            if c.reference and c.reference[0] == "hr" and table.system != "hr" and c.reference[1] in _UNKNOWN
        ]
        if refs:
            plans.append(("unknown_reference", refs, np.all([present[c] for c in refs], axis=0)))
        codes = [c.name for c in table.columns if c.values and not c.nullable]
        if codes:
            plans.append(("bad_code", codes, np.ones(n, dtype=bool)))
        dates = [c.name for c in table.columns if c.type == "date" and not c.nullable]
        if dates:
            plans.append(("malformed_date", dates, np.ones(n, dtype=bool)))
        if len(table.primary_key) == 1 and table.column(table.primary_key[0]).type == "string":
            plans.append(("blank_key", [table.primary_key[0]], np.ones(n, dtype=bool)))
        return plans

    def _value(self, kind: str, table: Table, col: str, wire: Wire, row: int, j: int):
        if kind == "closing_before_filing":
            filed = str(wire[_CLOSING[table.qualified_name][1]][row])
            y, rest = int(filed[:4]), filed[4:]
            return f"{y - 1}{rest}" if rest != "-02-29" else f"{y - 1}-02-28"
        if kind == "unknown_reference":
            target = table.column(col).reference[1]
            return f"{_UNKNOWN[target]}{j:04d}" if target != "courts" else _UNKNOWN[target]
        if kind == "bad_code":
            options = _BAD_CODES.get(col, ["unknown"])
            return options[1] if len(options) > 1 and str(wire[col][row]).startswith("执") else options[0]
        if kind == "malformed_date":
            return _BAD_DATES[j % len(_BAD_DATES)]
        if kind == "blank_key":
            return ""
        raise ValueError(kind)
