"""The scoring policies that are not peer groups: settings, conduct adjustments and office-work weights.

    config/scoring/settings.yaml         which levels are ranked, eligibility, points anchors of peer_relative
    config/scoring/conduct.yaml          points per verified conduct event type × severity, bonuses, caps
    config/scoring/office_workload.yaml  item-type weights, quality-grade factors, adoption-level factors

Each loader appends problems (naming the file and the entry) to a shared list, so that one run of the
validator reports everything wrong with the scoring configuration at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from indicators.fact_model import LEVELS
from ingestion.contract import load_contract


@dataclass(frozen=True)
class Settings:
    ranked_levels: tuple[str, ...]
    min_posted_share: float
    peer_points: tuple[float, float, float]  # points at the peer p10, median and p90 (in the good direction)


@dataclass(frozen=True)
class ConductRule:
    event_type: str
    severity: str
    points: float  # signed: negative for a deduction, positive for a bonus


@dataclass(frozen=True)
class Conduct:
    levels: tuple[str, ...]
    rules: tuple[ConductRule, ...]
    max_deduction: float
    max_bonus: float


@dataclass(frozen=True)
class OfficeWorkload:
    item_weights: dict[str, float]
    quality_factors: dict[str, float]
    adoption_factors: dict[str, float]


def contract_values(system: str, table: str, column: str) -> tuple[str, ...]:
    return tuple(load_contract().table(system, table).column(column).values or ())


def read_yaml(path: Path, problems: list[str]) -> dict:
    """The file as a mapping; a missing or malformed file is a problem (and an empty mapping)."""
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        problems.append(f"{path.name}: missing (expected in {path.parent})")
        return {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        problems.append(f"{path.name}: cannot be read as YAML: {exc}")
        return {}
    if not isinstance(doc, dict):
        problems.append(f"{path.name}: must be a mapping at the top level")
        return {}
    return doc


def number(value: Any, where: str, problems: list[str], *, low: float = 0.0, high: float | None = None) -> float:
    """A number within [low, high]; anything else is a problem (and 0)."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        problems.append(f"{where}: must be a number, got {value!r}")
        return 0.0
    if value < low or (high is not None and value > high):
        bound = f"between {low:g} and {high:g}" if high is not None else f"at least {low:g} (not negative)"
        problems.append(f"{where}: must be {bound}, got {value!r}")
    return float(value)


def unknown_keys(doc: dict, allowed: set[str], where: str, problems: list[str]) -> None:
    extra = set(doc) - allowed
    if extra:
        problems.append(f"{where}: unknown keys {sorted(extra)} (allowed: {sorted(allowed)})")


def load_settings(path: Path, problems: list[str]) -> Settings:
    doc = read_yaml(path, problems)
    unknown_keys(doc, {"ranked_levels", "eligibility", "peer_relative_points"}, path.name, problems)
    ranked = doc.get("ranked_levels", ["person", "department"])
    if not isinstance(ranked, list) or any(level not in LEVELS for level in ranked):
        problems.append(f"{path.name}: ranked_levels must be a list among {list(LEVELS)}, got {ranked!r}")
        ranked = []
    eligibility = doc.get("eligibility") or {}
    unknown_keys(eligibility, {"min_posted_share"}, f"{path.name}: eligibility", problems)
    share = number(
        eligibility.get("min_posted_share", 0.5), f"{path.name}: eligibility.min_posted_share", problems, high=1
    )
    anchors = doc.get("peer_relative_points") or {"p10": 20, "median": 60, "p90": 100}
    unknown_keys(anchors, {"p10", "median", "p90"}, f"{path.name}: peer_relative_points", problems)
    points = tuple(
        number(anchors.get(k), f"{path.name}: peer_relative_points.{k}", problems, high=100)
        for k in ("p10", "median", "p90")
    )
    if not points[0] <= points[1] <= points[2]:
        problems.append(f"{path.name}: peer_relative_points must rise from p10 to median to p90, got {anchors}")
    return Settings(tuple(ranked), share, points)  # type: ignore[arg-type]


def load_conduct(path: Path, problems: list[str]) -> Conduct:
    doc = read_yaml(path, problems)
    unknown_keys(doc, {"levels", "deductions", "bonuses", "caps"}, path.name, problems)
    types = contract_values("conduct", "conduct_events", "event_type")
    severities = contract_values("conduct", "conduct_events", "severity")
    levels = doc.get("levels", ["person"])
    if not isinstance(levels, list) or any(level not in LEVELS for level in levels):
        problems.append(f"{path.name}: levels must be a list among {list(LEVELS)}, got {levels!r}")
        levels = []
    rules: list[ConductRule] = []
    for section, sign in (("deductions", -1), ("bonuses", 1)):
        for event_type, by_severity in (doc.get(section) or {}).items():
            where = f"{path.name}: {section}.{event_type}"
            if event_type not in types:
                problems.append(f"{where}: unknown event_type (known: {list(types)})")
                continue
            if (event_type == "commendation") != (section == "bonuses"):
                problems.append(f"{where}: commendations are bonuses; every other event type is a deduction")
            if not isinstance(by_severity, dict):
                problems.append(f"{where}: must map severities {list(severities)} to points")
                continue
            for severity, points in by_severity.items():
                if severity not in severities:
                    problems.append(f"{where}: unknown severity {severity!r} (known: {list(severities)})")
                    continue
                value = number(points, f"{where}.{severity}", problems)
                rules.append(ConductRule(event_type, severity, sign * value))
    caps = doc.get("caps") or {}
    unknown_keys(caps, {"deduction", "bonus"}, f"{path.name}: caps", problems)
    max_deduction = number(caps.get("deduction", 100), f"{path.name}: caps.deduction", problems, high=100)
    max_bonus = number(caps.get("bonus", 0), f"{path.name}: caps.bonus", problems, high=100)
    return Conduct(tuple(levels), tuple(rules), max_deduction, max_bonus)


def _factors(doc: dict, key: str, allowed: tuple[str, ...], file: str, problems: list[str]) -> dict[str, float]:
    values = doc.get(key)
    if not isinstance(values, dict):
        problems.append(f"{file}: {key} must map each of {list(allowed)} to a number")
        return {}
    out = {}
    for name, value in values.items():
        if str(name) not in allowed:
            problems.append(f"{file}: {key}.{name}: unknown (known: {list(allowed)})")
            continue
        out[str(name)] = number(value, f"{file}: {key}.{name}", problems)
    missing = [a for a in allowed if a not in out and a not in map(str, values)]
    if missing:
        problems.append(f"{file}: {key}: missing {missing}")
    return out


def load_office_workload(path: Path, problems: list[str]) -> OfficeWorkload:
    doc = read_yaml(path, problems)
    unknown_keys(doc, {"item_weights", "quality_factors", "adoption_factors"}, path.name, problems)
    return OfficeWorkload(
        _factors(doc, "item_weights", contract_values("office", "work_items", "item_type"), path.name, problems),
        _factors(doc, "quality_factors", contract_values("office", "work_items", "quality_grade"), path.name, problems),
        _factors(
            doc, "adoption_factors", contract_values("office", "work_items", "adopted_level"), path.name, problems
        ),
    )
