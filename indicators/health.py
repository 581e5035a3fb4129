"""Catalog health (`courtperf catalog --health`): indicators that tell a court nothing on its own data.

On the published `marts.indicator_values`:
- null everywhere: no value at any level and period (nothing in the data feeds the formula);
- constant everywhere: one value wherever there is one (e.g. a rate that is 1 in every court and month);
- near duplicates: two indicators whose court values agree on at least `AGREEMENT` of the quarters and years where
  both have one (at least `MIN_SHARED` of them): one formula with a filter that changes nothing.
Known findings are kept, each with its reason, in `dbt_project/config/catalog_health.yaml`; the command lists them
apart and exits 1 only on unmarked ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import yaml

from indicators.catalog import CONFIG_DIR

KNOWN_FILE = "catalog_health.yaml"
AGREEMENT = 0.95
MIN_SHARED = 8  # court quarters and years both indicators have a value in


@dataclass(frozen=True)
class Finding:
    kind: str  # null | constant | pair
    indicators: tuple[str, ...]
    detail: str
    known: str | None = None  # the analyst's reason, when marked as known


@dataclass
class Health:
    indicators: int
    findings: list[Finding] = field(default_factory=list)

    @property
    def unmarked(self) -> list[Finding]:
        return [f for f in self.findings if f.known is None]


def load_known(config_dir: Path = CONFIG_DIR) -> dict[tuple[str, ...], str]:
    """(indicator,) or (indicator, indicator) sorted -> reason; every entry needs a reason."""
    path = Path(config_dir) / KNOWN_FILE
    if not path.exists():
        return {}
    entries = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("known") or []
    known: dict[tuple[str, ...], str] = {}
    for n, entry in enumerate(entries, start=1):
        ids = entry.get("indicators") if isinstance(entry, dict) else None
        reason = str(entry.get("reason") or "").strip() if isinstance(entry, dict) else ""
        if not isinstance(ids, list) or not 1 <= len(ids) <= 2 or not reason:
            raise ValueError(f"{path}: known entry {n} needs indicators (one, or a pair) and a reason, got {entry!r}")
        known[tuple(sorted(map(str, ids)))] = reason
    return known


def check(con: duckdb.DuckDBPyConnection, known: dict[tuple[str, ...], str] | None = None) -> Health:
    """The findings on `marts.indicator_values` of the connected warehouse or published copy."""
    known = known or {}
    per_indicator = con.execute(
        """
        select indicator_id, count(value) as valued, count(distinct value) as distinct_values, min(value) as only
        from marts.indicator_values group by 1 order by 1
        """
    ).fetchall()
    health = Health(len(per_indicator))
    constant = set()
    for iid, valued, distinct, only in per_indicator:
        if valued == 0:
            health.findings.append(Finding("null", (iid,), "no value at any level or period", known.get((iid,))))
        elif distinct == 1:
            constant.add(iid)
            detail = f"{only:g} in all {valued:,} values"
            health.findings.append(Finding("constant", (iid,), detail, known.get((iid,))))
    pairs = con.execute(
        f"""
        with v as (
            select indicator_id, entity_id, period_type, period, value from marts.indicator_values
            where level = 'court' and period_type in ('quarter', 'year') and value is not null
                and indicator_id not in (select unnest(?::varchar[]))
        )
        select a.indicator_id, b.indicator_id, count(*) as shared,
            count(*) filter (where abs(a.value - b.value) <= 1e-9 * greatest(1, abs(a.value))) as agree
        from v as a inner join v as b
            on a.entity_id = b.entity_id and a.period_type = b.period_type and a.period = b.period
            and a.indicator_id < b.indicator_id
        group by 1, 2
        having count(*) >= {MIN_SHARED} and agree >= {AGREEMENT} * count(*)
        order by 1, 2
        """,
        [sorted(constant)],
    ).fetchall()
    for a, b, shared, agree in pairs:
        detail = f"equal in {agree} of {shared} court quarters and years"
        health.findings.append(Finding("pair", (a, b), detail, known.get((a, b))))
    return health


def format_health(health: Health, names: dict[str, str]) -> str:
    titles = {
        "null": "null everywhere",
        "constant": "constant everywhere",
        "pair": f"near duplicates (court values equal in ≥ {AGREEMENT:.0%} of shared quarters and years)",
    }
    lines = [f"catalog health: {health.indicators} indicators with values, {len(health.findings)} finding(s), "
             f"{len(health.unmarked)} not marked as known ({KNOWN_FILE})"]  # fmt: skip
    for kind, title in titles.items():
        found = [f for f in health.findings if f.kind == kind]
        if not found:
            continue
        lines.append(f"\n{title} ({len(found)}):")
        for f in found:
            label = " ~ ".join(f"{i} {names.get(i, '')}".strip() for i in f.indicators)
            lines.append(f"  {'known ' if f.known else 'CHECK '} {label}: {f.detail}"
                         + (f" — known: {f.known}" if f.known else ""))  # fmt: skip
    return "\n".join(lines)
