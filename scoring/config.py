"""The scoring configuration: analyst-edited YAML in `dbt_project/config/scoring/`, validated as a whole.

`peer_groups.yaml` is an ordered list; an entity belongs to the FIRST group whose level and match criteria
(roles, business lines, court levels, department types, quota judge) fit its main posting in the period.
Each group weighs dimensions (summing to 100) and, within each dimension, indicators (summing to 100), and
says which rule turns each indicator's value into 0–100 points. Every problem names the file, the group
and the indicator, and all problems are reported at once (`ScoringConfigError`), so an analyst who edits
one weight learns everything that is wrong before anything is computed.

Besides catalog indicators, a group may score the measures that scoring computes itself (`SCORED_MEASURES`,
e.g. `office_weighted_workload`), so the catalog keeps its fixed set of indicators.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from indicators.catalog import CONFIG_DIR, Catalog, Indicator, load_catalog
from indicators.fact_model import LEVELS
from scoring.grading import Grading, load_grading
from scoring.policies import (
    Conduct,
    OfficeWorkload,
    Settings,
    contract_values,
    load_conduct,
    load_office_workload,
    load_settings,
    number,
    read_yaml,
    unknown_keys,
)

SCORING_DIR = "scoring"
DIMENSIONS = ("quality", "efficiency", "effect", "workload", "evaluation")
RULES = ("benchmark", "reference_interval", "peer_relative", "rank_percentile")
ABSOLUTE_RULES = ("benchmark", "reference_interval")  # the only rules for levels that are not ranked
_RULE_PARAMS = {
    "benchmark": {"target", "floor", "per_month"},
    "reference_interval": {"lower", "upper", "tolerance"},
    "peer_relative": set(),
    "rank_percentile": set(),
}
_GROUP_KEYS = {"id", "name_zh", "level", "match", "eligibility", "workload_indicator", "dimensions", "indicators"}
_MATCH_KEYS = {"roles", "business_lines", "court_levels", "dept_types", "quota_judge"}
_ID = re.compile(r"^[a-z][a-z0-9_]{1,62}$")
_SAFE_TEXT = re.compile(r"^[\w\s\u3000-\u303f\uff00-\uffef.,:()/%+\-×÷<>=≤≥·、…]*$")


@dataclass(frozen=True)
class ScoredMeasure:
    """A measure computed by scoring itself (not a catalog indicator), usable in peer groups."""

    id: str
    name_zh: str
    dimension: str
    direction: str
    levels: tuple[str, ...] = LEVELS
    roles: tuple[str, ...] | None = None
    business_lines: tuple[str, ...] | None = None
    reference_interval: tuple[float | None, float | None] | None = None


SCORED_MEASURES = {
    "office_weighted_workload": ScoredMeasure("office_weighted_workload", "综合事务折算工作量", "workload", "higher"),
}


@dataclass(frozen=True)
class ScoredIndicator:
    id: str
    name_zh: str
    dimension: str
    weight: float  # within the dimension; the weights of a dimension sum to 100
    rule: str
    direction: str
    target: float | None = None
    floor: float | None = None
    per_month: bool = False  # benchmark target and floor are per month of the period
    lower: float | None = None
    upper: float | None = None
    tolerance: float | None = None


@dataclass(frozen=True)
class PeerGroup:
    id: str
    order: int
    name_zh: str
    level: str
    roles: tuple[str, ...] | None  # None: any
    business_lines: tuple[str, ...] | None
    court_levels: tuple[str, ...] | None
    dept_types: tuple[str, ...] | None
    quota_judge: bool | None
    eligibility_indicator: str | None
    min_per_month: float
    workload_indicator: str | None
    dimensions: dict[str, float]
    indicators: tuple[ScoredIndicator, ...]


@dataclass(frozen=True)
class ScoringConfig:
    settings: Settings
    groups: tuple[PeerGroup, ...]
    conduct: Conduct
    office: OfficeWorkload
    grading: Grading
    version: str  # content hash of the scoring files


class ScoringConfigError(ValueError):
    """The scoring configuration is invalid; `problems` lists every problem, each naming file, group, indicator."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the scoring configuration:\n  " + "\n  ".join(problems))


def load_scoring_config(config_dir: Path = CONFIG_DIR, catalog: Catalog | None = None) -> ScoringConfig:
    """Load and validate `config/scoring/` against the catalog; raise ScoringConfigError listing every problem."""
    config_dir = Path(config_dir)
    catalog = catalog or load_catalog(config_dir)
    folder = config_dir / SCORING_DIR
    problems: list[str] = []
    settings = load_settings(folder / "settings.yaml", problems)
    conduct = load_conduct(folder / "conduct.yaml", problems)
    office = load_office_workload(folder / "office_workload.yaml", problems)
    grading = load_grading(folder / "grades.yaml", problems)
    groups = _load_groups(folder / "peer_groups.yaml", _latest(catalog), settings, problems)
    if problems:
        raise ScoringConfigError(problems)
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.yaml")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return ScoringConfig(settings, groups, conduct, office, grading, digest.hexdigest()[:16])


def _latest(catalog: Catalog) -> dict[str, Indicator | ScoredMeasure]:
    """Each indicator's latest definition (it decides levels, roles and direction), plus the scored measures."""
    known: dict[str, Indicator | ScoredMeasure] = {}
    for ind in sorted(catalog.indicators, key=lambda i: i.valid_from):
        known[ind.id] = ind
    return {**known, **SCORED_MEASURES}


def _load_groups(path: Path, known: dict, settings: Settings, problems: list[str]) -> tuple[PeerGroup, ...]:
    doc = read_yaml(path, problems)
    unknown_keys(doc, {"peer_groups"}, path.name, problems)
    entries = doc.get("peer_groups")
    if not isinstance(entries, list) or not entries:
        problems.append(f"{path.name}: peer_groups must be a non-empty list")
        return ()
    groups, seen = [], set()
    for order, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            problems.append(f"{path.name}: peer group #{order} must be a mapping")
            continue
        group = _group(path.name, order, entry, known, settings, problems)
        if group is None:
            continue
        if group.id in seen:
            problems.append(f"{path.name}: group {group.id!r}: duplicate group id")
        seen.add(group.id)
        groups.append(group)
    _report_unreachable(path.name, groups, problems)
    return tuple(groups)


_CRITERIA = {  # match criterion -> (contract column, levels it applies to)
    "roles": (("hr", "staff", "role"), ("person",)),
    "business_lines": (("hr", "departments", "business_line"), ("person", "department")),
    "court_levels": (("hr", "courts", "level"), LEVELS),
    "dept_types": (("hr", "departments", "dept_type"), ("person", "department")),
    "quota_judge": (None, ("person",)),
}


def _report_unreachable(file: str, groups: list[PeerGroup], problems: list[str]) -> None:
    """A group whose every possible member already belongs to earlier groups can never be scored: an error.

    Every combination of the contract's roles, business lines, court levels, department types and quota status
    that the group matches is checked against the groups before it (first match wins)."""
    for level in LEVELS:
        keys = [k for k, (_, levels) in _CRITERIA.items() if level in levels]
        axes = [(True, False) if k == "quota_judge" else contract_values(*_CRITERIA[k][0]) for k in keys]
        earlier: list[PeerGroup] = []
        for group in (g for g in groups if g.level == level):
            reachable = any(
                _matches(group, dict(zip(keys, combo, strict=True)))
                and not any(_matches(e, dict(zip(keys, combo, strict=True))) for e in earlier)
                for combo in itertools.product(*axes)
            )
            if not reachable:
                problems.append(
                    f"{file}: group {group.id!r} can never have a member: every {level} it matches belongs to an "
                    f"earlier group ({', '.join(e.id for e in earlier if _overlaps(e, group))}); move it up or "
                    "narrow the earlier ones"
                )
            earlier.append(group)


def _matches(group: PeerGroup, entity: dict) -> bool:
    return all(
        (group.quota_judge is None or group.quota_judge == value)
        if key == "quota_judge"
        else (getattr(group, key) is None or value in getattr(group, key))
        for key, value in entity.items()
    )


def _overlaps(a: PeerGroup, b: PeerGroup) -> bool:
    def meet(x, y):
        return x is None or y is None or bool(set(x) & set(y))

    quota = a.quota_judge is None or b.quota_judge is None or a.quota_judge == b.quota_judge
    return quota and all(meet(getattr(a, k), getattr(b, k)) for k in _CRITERIA if k != "quota_judge")


def _choices(value: Any, allowed: tuple[str, ...], where: str, problems: list[str]) -> tuple[str, ...] | None:
    if value in (None, "any"):
        return None
    if not isinstance(value, list) or not value or any(v not in allowed for v in value):
        problems.append(f"{where}: must be 'any' or a list among {list(allowed)}, got {value!r}")
        return None
    return tuple(value)


def _group(file: str, order: int, e: dict, known: dict, settings: Settings, problems: list[str]) -> PeerGroup | None:
    gid = e.get("id")
    if not isinstance(gid, str) or not _ID.match(gid):
        problems.append(f"{file}: peer group #{order}: id must be lower_snake_case, got {gid!r}")
        return None
    where = f"{file}: group {gid!r}"
    unknown_keys(e, _GROUP_KEYS, where, problems)
    name = e.get("name_zh")
    if not isinstance(name, str) or not name or not _SAFE_TEXT.match(name):
        problems.append(f"{where}: name_zh is required (no quotes, backslashes, braces or semicolons)")
    level = e.get("level")
    if level not in LEVELS:
        problems.append(f"{where}: level must be one of {list(LEVELS)}, got {level!r}")
        return None
    match = e.get("match") or {}
    unknown_keys(match, _MATCH_KEYS, f"{where}: match", problems)
    criteria = {
        "roles": contract_values("hr", "staff", "role"),
        "business_lines": contract_values("hr", "departments", "business_line"),
        "court_levels": contract_values("hr", "courts", "level"),
        "dept_types": contract_values("hr", "departments", "dept_type"),
    }
    chosen = {k: _choices(match.get(k), allowed, f"{where}: match.{k}", problems) for k, allowed in criteria.items()}
    quota = match.get("quota_judge", "any")
    if quota not in (True, False, "any"):
        problems.append(f"{where}: match.quota_judge must be true, false or any, got {quota!r}")
    if level != "person" and (chosen["roles"] or quota != "any"):
        problems.append(f"{where}: roles and quota_judge only match people (level person)")
    if level == "court" and (chosen["business_lines"] or chosen["dept_types"]):
        problems.append(f"{where}: business_lines and dept_types do not match courts")
    dims = _dimensions(e.get("dimensions"), where, problems)
    inds = _indicators(e.get("indicators"), where, level, chosen, dims, known, settings, problems)
    eligibility = e.get("eligibility") or {}
    unknown_keys(eligibility, {"indicator", "min_per_month"}, f"{where}: eligibility", problems)
    elig_id = eligibility.get("indicator")
    if elig_id is not None:
        _applicable(elig_id, f"{where}: eligibility indicator {elig_id!r}", level, chosen, known, problems)
    min_per_month = number(eligibility.get("min_per_month", 0), f"{where}: eligibility.min_per_month", problems)
    workload = e.get("workload_indicator")
    if workload is not None and workload not in {i.id for i in inds}:
        problems.append(f"{where}: workload_indicator {workload!r} must be one of the group's indicators")
    return PeerGroup(
        gid, order, str(name), level, chosen["roles"], chosen["business_lines"], chosen["court_levels"],
        chosen["dept_types"], None if quota == "any" else bool(quota), elig_id, min_per_month, workload, dims, inds,
    )  # fmt: skip


def _dimensions(value: Any, where: str, problems: list[str]) -> dict[str, float]:
    if not isinstance(value, dict) or not value:
        problems.append(f"{where}: dimensions must map dimensions among {list(DIMENSIONS)} to weights")
        return {}
    dims = {}
    for dim, weight in value.items():
        if dim not in DIMENSIONS:
            problems.append(f"{where}: unknown dimension {dim!r} (known: {list(DIMENSIONS)})")
            continue
        dims[dim] = number(weight, f"{where}: dimensions.{dim}", problems)
    total = sum(dims.values())
    if abs(total - 100) > 1e-9:
        problems.append(f"{where}: dimension weights must sum to 100, got {total:g} ({dims})")
    return dims


def _applicable(iid: Any, where: str, level: str, chosen: dict, known: dict, problems: list[str]):
    """The indicator, if it is computed at the group's level for every role and business line the group admits."""
    ind = known.get(iid)
    if ind is None:
        problems.append(f"{where}: unknown indicator (not in the catalog nor among {sorted(SCORED_MEASURES)})")
        return None
    if level not in ind.levels:
        problems.append(f"{where}: not computed at level {level} (levels: {list(ind.levels)})")
        return None
    for key, restriction, applies in (
        ("roles", ind.roles, level == "person"),
        ("business_lines", ind.business_lines, level != "court"),
    ):
        group_values = chosen[key]
        if applies and restriction is not None and (group_values is None or not set(group_values) <= set(restriction)):
            problems.append(
                f"{where}: applies only to {key} {list(restriction)}, but the group admits "
                f"{'any' if group_values is None else list(group_values)}"
            )
            return None
    return ind


def _indicators(
    value: Any, where: str, level: str, chosen: dict, dims: dict, known: dict, settings: Settings, problems: list[str]
) -> tuple[ScoredIndicator, ...]:
    if not isinstance(value, list) or not value:
        problems.append(f"{where}: indicators must be a non-empty list")
        return ()
    out: list[ScoredIndicator] = []
    for entry in value:
        if not isinstance(entry, dict):
            problems.append(f"{where}: every indicator must be a mapping, got {entry!r}")
            continue
        got = _indicator(entry, where, level, chosen, dims, known, settings, problems)
        if got is not None:
            if got.id in {i.id for i in out}:
                problems.append(f"{where}: indicator {got.id!r} appears twice")
            out.append(got)
    for dim, weight in dims.items():
        in_dim = [i.weight for i in out if i.dimension == dim]
        if weight > 0 and not in_dim:
            problems.append(f"{where}: dimension {dim} has weight {weight:g} but no indicators")
        elif in_dim and abs(sum(in_dim) - 100) > 1e-9:
            problems.append(f"{where}: indicator weights in dimension {dim} must sum to 100, got {sum(in_dim):g}")
    return tuple(out)


def _indicator(
    e: dict, group_where: str, level: str, chosen: dict, dims: dict, known: dict, settings: Settings, problems: list
) -> ScoredIndicator | None:
    iid = e.get("id")
    where = f"{group_where}: indicator {iid!r}"
    rule = e.get("rule")
    unknown_keys(e, {"id", "dimension", "weight", "rule"} | _RULE_PARAMS.get(rule, set()), where, problems)
    before = len(problems)
    ind = _applicable(iid, where, level, chosen, known, problems)
    if rule not in RULES:
        problems.append(f"{where}: unknown rule {rule!r} (known: {list(RULES)})")
    elif level not in settings.ranked_levels and rule not in ABSOLUTE_RULES:
        problems.append(
            f"{where}: level {level} is not ranked (settings.yaml ranked_levels), so its indicators must use an "
            f"absolute rule {list(ABSOLUTE_RULES)}, not {rule} (a relative rule would rank them covertly)"
        )
    weight = number(e.get("weight"), f"{where}: weight", problems)
    if weight == 0 and len(problems) == before:
        problems.append(f"{where}: weight must be greater than 0 (remove the indicator instead)")
    if ind is None:
        return None
    dimension = e.get("dimension", ind.dimension if ind.dimension in DIMENSIONS else None)
    if dimension not in DIMENSIONS:
        problems.append(f"{where}: give a dimension among {list(DIMENSIONS)} (the catalog says {ind.dimension!r})")
    elif dimension not in dims or dims[dimension] == 0:
        problems.append(f"{where}: dimension {dimension} has no weight in the group's dimensions")
    params = _rule_params(e, rule, ind, where, problems)
    if len(problems) > before or params is None:
        return None
    return ScoredIndicator(iid, ind.name_zh, dimension, weight, rule, ind.direction, **params)


def _rule_params(e: dict, rule: str, ind, where: str, problems: list[str]) -> dict | None:
    if rule == "benchmark":
        if e.get("target") is None or e.get("floor") is None:
            problems.append(f"{where}: a benchmark needs target (full points) and floor (zero points)")
            return None
        target = number(e["target"], f"{where}: target", problems, low=float("-inf"))
        floor = number(e["floor"], f"{where}: floor", problems, low=float("-inf"))
        if ind.direction == "higher" and not target > floor:
            problems.append(f"{where}: higher is better, so target must be above floor (got {target:g}, {floor:g})")
        if ind.direction == "lower" and not target < floor:
            problems.append(f"{where}: lower is better, so target must be below floor (got {target:g}, {floor:g})")
        per_month = e.get("per_month", False)
        if not isinstance(per_month, bool):
            problems.append(f"{where}: per_month must be true or false")
        return {"target": target, "floor": floor, "per_month": bool(per_month)}
    if rule == "reference_interval":
        catalog_lower, catalog_upper = ind.reference_interval or (None, None)
        lower, upper = e.get("lower", catalog_lower), e.get("upper", catalog_upper)
        if lower is None and upper is None:
            problems.append(f"{where}: a reference_interval needs lower and/or upper (the catalog gives none)")
            return None
        lower = None if lower is None else number(lower, f"{where}: lower", problems, low=float("-inf"))
        upper = None if upper is None else number(upper, f"{where}: upper", problems, low=float("-inf"))
        if lower is not None and upper is not None and lower > upper:
            problems.append(f"{where}: lower {lower:g} is above upper {upper:g}")
        width = upper - lower if lower is not None and upper is not None else None
        tolerance = e.get("tolerance", width if width else None)
        if tolerance is None:
            problems.append(f"{where}: give a tolerance (how far outside the interval points fall to 0)")
            return None
        tolerance = number(tolerance, f"{where}: tolerance", problems)
        if tolerance <= 0:
            problems.append(f"{where}: tolerance must be greater than 0")
        return {"lower": lower, "upper": upper, "tolerance": tolerance}
    return {}
