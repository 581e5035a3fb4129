"""The grading rules (考核等次): `config/scoring/grades.yaml`, validated like the other scoring files.

Two scales of the same length: `regular` for months and quarters (平时考核) and `annual` for years (年度考核).
A grade is the first band whose minimum total a person reaches, capped by the strictest veto (一票否决) of the
period, and the top grade is limited by a quota per unit. The `grades` mart applies these rules; this module
only reads and checks them, appending each problem (naming the file and entry) to the shared list.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from indicators.fact_model import LEVELS
from scoring.policies import contract_values, number, read_yaml, unknown_keys

SCALES = ("regular", "annual")
SCALE_OF_PERIOD = {"month": "regular", "quarter": "regular", "year": "annual"}  # ytd is not graded
QUOTA_UNITS = ("court_peer_group", "peer_group")
TIE_BREAKS = ("workload", "none")


@dataclass(frozen=True)
class Band:
    position: int  # 1 = the top grade
    grade: str
    min_total: float | None  # None: the last band, everything below the one before


@dataclass(frozen=True)
class Veto:
    event_type: str
    severity: str  # one row per severity; "*" = any
    cap_position: int


@dataclass(frozen=True)
class Grading:
    graded_levels: tuple[str, ...]
    min_service_share: float
    scales: dict[str, tuple[Band, ...]]
    quota_share: float
    quota_unit: str
    tie_break: str
    vetoes: tuple[Veto, ...]


def load_grading(path: Path, problems: list[str]) -> Grading:
    doc = read_yaml(path, problems)
    unknown_keys(doc, {"graded_levels", "min_service_share", "scales", "quota", "vetoes"}, path.name, problems)
    levels = doc.get("graded_levels", ["person"])
    if not isinstance(levels, list) or any(level not in LEVELS for level in levels):
        problems.append(f"{path.name}: graded_levels must be a list among {list(LEVELS)}, got {levels!r}")
        levels = []
    share = number(doc.get("min_service_share", 0.5), f"{path.name}: min_service_share", problems, high=1)
    scales = {scale: _scale(doc.get("scales") or {}, scale, path.name, problems) for scale in SCALES}
    if len({len(bands) for bands in scales.values()}) > 1:
        problems.append(f"{path.name}: scales.regular and scales.annual must have the same number of grades")
    quota = doc.get("quota") or {}
    unknown_keys(quota, {"share", "unit", "tie_break"}, f"{path.name}: quota", problems)
    quota_share = number(quota.get("share", 0.2), f"{path.name}: quota.share", problems, high=1)
    unit = _choice(quota.get("unit", "court_peer_group"), QUOTA_UNITS, f"{path.name}: quota.unit", problems)
    tie_break = _choice(quota.get("tie_break", "workload"), TIE_BREAKS, f"{path.name}: quota.tie_break", problems)
    vetoes = _vetoes(doc.get("vetoes") or [], scales["annual"], path.name, problems)
    return Grading(tuple(levels), share, scales, quota_share, unit, tie_break, vetoes)


def _choice(value, allowed: tuple[str, ...], where: str, problems: list[str]) -> str:
    if value not in allowed:
        problems.append(f"{where}: must be one of {list(allowed)}, got {value!r}")
    return str(value)


def _scale(scales: dict, scale: str, file: str, problems: list[str]) -> tuple[Band, ...]:
    where = f"{file}: scales.{scale}"
    entries = scales.get(scale)
    if not isinstance(entries, list) or len(entries) < 2:
        problems.append(f"{where}: must list at least two grades from the top down")
        return ()
    bands: list[Band] = []
    for position, entry in enumerate(entries, start=1):
        at = f"{where}[{position}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("grade"), str) or not entry["grade"].strip():
            problems.append(f"{at}: must be a mapping with a grade name, got {entry!r}")
            continue
        unknown_keys(entry, {"grade", "min_total"}, at, problems)
        last = position == len(entries)
        if last != ("min_total" not in entry):
            problems.append(f"{at}: every grade but the last needs min_total; the last has none (it takes the rest)")
        minimum = None if last else number(entry.get("min_total"), f"{at}.min_total", problems, high=100)
        if minimum is not None and bands and bands[-1].min_total is not None and minimum >= bands[-1].min_total:
            problems.append(f"{at}.min_total: must be below the grade above ({bands[-1].min_total:g}), got {minimum:g}")
        bands.append(Band(position, entry["grade"].strip(), minimum))
    if len({b.grade for b in bands}) < len(bands):
        problems.append(f"{where}: grade names must differ")
    return tuple(bands)


def _vetoes(entries, annual: tuple[Band, ...], file: str, problems: list[str]) -> tuple[Veto, ...]:
    if not isinstance(entries, list):
        problems.append(f"{file}: vetoes must be a list")
        return ()
    types = contract_values("conduct", "conduct_events", "event_type")
    severities = contract_values("conduct", "conduct_events", "severity")
    positions = {band.grade: band.position for band in annual}
    vetoes: list[Veto] = []
    for number_, entry in enumerate(entries, start=1):
        at = f"{file}: vetoes[{number_}]"
        if not isinstance(entry, dict):
            problems.append(f"{at}: must be a mapping, got {entry!r}")
            continue
        unknown_keys(entry, {"event_type", "severities", "max_grade"}, at, problems)
        if entry.get("event_type") not in types:
            problems.append(f"{at}: event_type must be one of {list(types)}, got {entry.get('event_type')!r}")
        chosen = entry.get("severities", ["*"])
        if not isinstance(chosen, list) or any(s not in (*severities, "*") for s in chosen):
            problems.append(f"{at}: severities must be a list among {list(severities)}, got {chosen!r}")
            chosen = []
        cap = positions.get(entry.get("max_grade"))
        if cap is None:
            problems.append(f"{at}: max_grade must be a grade of scales.annual {list(positions)}, got "
                            f"{entry.get('max_grade')!r}")  # fmt: skip
            continue
        vetoes += [Veto(str(entry["event_type"]), severity, cap) for severity in chosen]
    return tuple(vetoes)
