"""The indicator catalog: analyst-edited YAML, loaded and validated before anything is computed.

Layout (in `dbt_project/config/`):
    categories.yaml              the 20 major categories (大项)
    indicators/<domain>.yaml     a domain's indicators: `domain`, optional `defaults`, `indicators`; a long
                                 domain continues in `<domain>_<part>.yaml` with the same `domain` key (files
                                 are read in name order, so the continuation's indicators follow)

Every problem is reported with the file, the indicator id and what is wrong, and all problems are
reported at once. Text that ends up in SQL is checked against a strict character set; ids, fields,
operators and facts are checked against whitelists (see `facts.py` and `fact_model.py`).
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from courtperf.settings import DBT_PROJECT_DIR
from indicators.categories import Category, load_categories
from indicators.column_names import measure_column
from indicators.config_files import ID, SAFE_TEXT, read_yaml
from indicators.fact_model import LEVELS, OPERATORS, OPERATORS_BY_TYPE, contract_codes
from indicators.facts import FACTS

CONFIG_DIR = DBT_PROJECT_DIR / "config"

KINDS = (
    "count", "sum", "average", "median", "ratio", "complement_ratio", "per_quota_judge", "per_10k_population",
)  # fmt: skip
RATIO_KINDS = ("ratio", "complement_ratio")
MEASURE_KINDS = ("count", "sum", "average", "median", "per_quota_judge", "per_10k_population")
DIMENSIONS = ("quality", "efficiency", "effect", "workload", "conduct")
DIRECTIONS = ("higher", "lower")
SCORING_RULES = ("benchmark", "reference_interval", "peer_relative", "rank_percentile")
SCALES = ("days_in_period",)


_INDICATOR_KEYS = {
    "id", "name_zh", "name_en", "category", "dimension", "levels", "roles", "business_lines", "unit",
    "direction", "weight", "scoring", "reference_interval", "valid_from", "valid_to", "description", "formula",
}  # fmt: skip
_FORMULA_KEYS = {"kind", "measure", "numerator", "denominator", "scale"}
_MEASURE_KEYS = {"fact", "period", "field", "filters", "ref"}
_FILTER_KEYS = {"field", "op", "value"}
_REQUIRED = (
    "id", "name_zh", "name_en", "category", "dimension", "levels", "unit", "direction", "scoring",
    "valid_from", "description", "formula",
)  # fmt: skip


class CatalogError(ValueError):
    """The catalog is invalid; `problems` lists every problem found, each naming file and indicator."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the indicator catalog:\n  " + "\n  ".join(problems))


@dataclass(frozen=True)
class Filter:
    field: str
    op: str
    value: Any = None


@dataclass(frozen=True)
class Measure:
    """One aggregate over a fact: count rows, or sum / median a field, in a period, under filters."""

    fact: str
    period: str
    agg: str  # count | sum | median | count_distinct
    field: str | None = None
    filters: tuple[Filter, ...] = ()

    @property
    def key(self) -> str:
        """Stable identity: two indicators asking for the same measure share one column."""
        canonical = json.dumps(
            [
                self.fact,
                self.period,
                self.agg,
                self.field,
                sorted([f.field, f.op, _canon(f.value)] for f in self.filters),
            ],
            ensure_ascii=False,
        )
        return hashlib.sha256(canonical.encode()).hexdigest()[:10]

    @property
    def column(self) -> str:
        """The measure's column, named for what it counts (see column_names.py)."""
        filters = [(f.field, f.op, f.value) for f in self.filters]
        return measure_column(self.fact, self.period, self.agg, self.field, filters, self.key)


@dataclass(frozen=True)
class Formula:
    kind: str
    numerator: tuple[Measure, ...]  # summed
    denominator: tuple[Measure, ...] = ()  # summed; empty for counts and sums
    scale: float | str | None = None

    @property
    def counts_another_population(self) -> bool:
        """A ratio whose numerator counts rows of other facts than its denominator (reversals on appeal over the
        first-instance cases closed, 案件 over 人): no part of a whole, so a small entity's month can exceed 1 and
        the [0, 1] check of shares does not apply. Shares and rates over one fact are checked."""
        numerator, denominator = {m.fact for m in self.numerator}, {m.fact for m in self.denominator}
        return self.kind == "ratio" and bool(denominator) and not numerator & denominator

    @property
    def signature(self) -> str:
        return json.dumps(
            [
                self.kind,
                sorted(m.column for m in self.numerator),
                sorted(m.column for m in self.denominator),
                self.scale,
            ]
        )


@dataclass(frozen=True)
class Indicator:
    id: str
    name_zh: str
    name_en: str
    domain: str
    category: str
    dimension: str
    levels: tuple[str, ...]
    roles: tuple[str, ...] | None  # None: any role
    business_lines: tuple[str, ...] | None  # None: any business line
    unit: str
    direction: str
    weight: float
    scoring: str
    reference_interval: tuple[float | None, float | None] | None
    valid_from: date
    valid_to: date | None
    description: str
    formula: Formula
    source_file: str

    @property
    def version_id(self) -> str:
        return f"{self.id}@{self.valid_from.isoformat()}"


@dataclass(frozen=True)
class Catalog:
    categories: tuple[Category, ...]
    indicators: tuple[Indicator, ...]
    version: str  # content hash of the configuration files

    @property
    def ids(self) -> list[str]:
        return list(dict.fromkeys(i.id for i in self.indicators))

    def measures(self) -> list[Measure]:
        seen: dict[str, Measure] = {}
        for ind in self.indicators:
            for m in (*ind.formula.numerator, *ind.formula.denominator):
                seen.setdefault(m.column, m)
        return list(seen.values())


def _is_number(value: Any) -> bool:
    """A finite int or float (not a bool): `inf` and `nan` would be written into SQL as identifiers."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _canon(value: Any) -> Any:
    return sorted(value) if isinstance(value, list) else value


def load_catalog(config_dir: Path = CONFIG_DIR) -> Catalog:
    """Load and validate the whole catalog; raise CatalogError listing every problem."""
    config_dir = Path(config_dir)
    problems: list[str] = []
    categories = load_categories(config_dir / "categories.yaml", problems)
    files = sorted((config_dir / "indicators").glob("*.yaml"))
    if not files:
        problems.append(f"{config_dir / 'indicators'}: no indicator files (*.yaml)")
    raw: list[tuple[str, str, dict, dict]] = []  # (file, domain, defaults, entry)
    for path in files:
        doc = read_yaml(path, problems)
        if doc is None:
            continue
        unknown = set(doc) - {"domain", "defaults", "indicators"}
        if unknown:
            problems.append(f"{path.name}: unknown top-level keys {sorted(unknown)}")
        domain = doc.get("domain") or path.stem
        if not isinstance(domain, str) or not ID.match(domain):
            problems.append(f"{path.name}: domain {domain!r} must be lower_snake_case letters, digits and _")
            continue
        defaults = doc.get("defaults") or {}
        for entry in doc.get("indicators") or []:
            if not isinstance(entry, dict):
                problems.append(f"{path.name}: every indicator must be a mapping, got {entry!r}")
                continue
            raw.append((path.name, domain, defaults, {**defaults, **entry}))

    by_id: dict[str, list[dict]] = {}
    for _, _, _, entry in raw:
        if isinstance(entry.get("id"), str):
            by_id.setdefault(entry["id"], []).append(entry)
    indicators: list[Indicator] = []
    category_ids = {c.id for c in categories}
    for file, domain, _, entry in raw:
        ind = _build_indicator(file, domain, entry, category_ids, by_id, problems)
        if ind is not None:
            indicators.append(ind)
    _check_versions(indicators, problems)
    _check_distinct_definitions(indicators, problems)
    _check_distinct_columns(indicators, problems)
    if problems:
        raise CatalogError(problems)
    # The version covers what decides indicator values: the catalog and the workload weights and shares.
    # (Scoring has its own version: a changed weight in a peer group changes no indicator value.)
    digest = hashlib.sha256()
    inputs = [config_dir / "categories.yaml", *files, *sorted((config_dir / "workload").glob("*.csv"))]
    for path in inputs:
        digest.update(str(path.relative_to(config_dir)).encode() + b"\0" + path.read_bytes())
    return Catalog(tuple(categories), tuple(indicators), digest.hexdigest()[:16])


def _build_indicator(
    file: str, domain: str, e: dict, category_ids: set[str], by_id: dict[str, list[dict]], problems: list[str]
) -> Indicator | None:
    iid = e.get("id")
    where = f"{file}: indicator {iid!r}"
    before = len(problems)

    def bad(message: str) -> None:
        problems.append(f"{where}: {message}")

    if not isinstance(iid, str) or not ID.match(iid):
        bad("id must be lower_snake_case letters, digits and _ (2-63 characters)")
        return None
    for key in _REQUIRED:
        if e.get(key) in (None, "", []):
            bad(f"{key} is required")
    unknown = set(e) - _INDICATOR_KEYS
    if unknown:
        bad(f"unknown keys {sorted(unknown)}")
    for key in ("name_zh", "name_en", "unit", "description"):
        if e.get(key) is not None and not SAFE_TEXT.match(str(e[key])):
            bad(f"{key} has characters not allowed in catalog text (quotes, backslashes, braces, semicolons)")
    if e.get("category") not in category_ids:
        bad(f"unknown category {e.get('category')!r}")
    if e.get("dimension") not in DIMENSIONS:
        bad(f"dimension must be one of {list(DIMENSIONS)}")
    if e.get("direction") not in DIRECTIONS:
        bad(f"direction must be one of {list(DIRECTIONS)}")
    if e.get("scoring") not in SCORING_RULES:
        bad(f"scoring must be one of {list(SCORING_RULES)}")
    levels = tuple(e.get("levels") or ())
    if any(level not in LEVELS for level in levels):
        bad(f"levels must be among {list(LEVELS)}, got {list(levels)}")
    roles = _choices(e.get("roles"), contract_codes("hr.staff", "role"), "roles", bad)
    lines = _choices(e.get("business_lines"), contract_codes("hr.departments", "business_line"), "business_lines", bad)
    weight = e.get("weight", 1)
    if not _is_number(weight) or weight < 0:
        bad("weight must be a non-negative number")
    interval = _interval(e.get("reference_interval"), bad)
    valid_from, valid_to = (
        _date(e.get("valid_from"), "valid_from", bad),
        _date(e.get("valid_to"), "valid_to", bad),
    )
    if valid_from and valid_to and valid_to < valid_from:
        bad("valid_to is before valid_from")
    formula = _formula(e.get("formula"), levels, by_id, bad, stack=(iid,))
    if len(problems) > before or formula is None or valid_from is None:
        return None
    return Indicator(
        id=iid,
        name_zh=str(e["name_zh"]),
        name_en=str(e["name_en"]),
        domain=domain,
        category=e["category"],
        dimension=e["dimension"],
        levels=levels,
        roles=roles,
        business_lines=lines,
        unit=str(e["unit"]),
        direction=e["direction"],
        weight=float(weight),
        scoring=e["scoring"],
        reference_interval=interval,
        valid_from=valid_from,
        valid_to=valid_to,
        description=str(e["description"]),
        formula=formula,
        source_file=file,
    )


def _choices(value: Any, allowed: tuple[str, ...], key: str, bad) -> tuple[str, ...] | None:
    if value in (None, "any"):
        return None
    if not isinstance(value, list) or not value or any(v not in allowed for v in value):
        bad(f"{key} must be 'any' or a list among {list(allowed)}, got {value!r}")
        return None
    return tuple(value)


def _interval(value: Any, bad) -> tuple[float | None, float | None] | None:
    if value is None:
        return None
    if (
        not isinstance(value, list)
        or len(value) != 2
        or any(v is not None and not _is_number(v) for v in value)
        or (None not in value and value[0] > value[1])
    ):
        bad(f"reference_interval must be [lower, upper] numbers (either may be null), lower <= upper; got {value!r}")
        return None
    return (value[0], value[1])


def _date(value: Any, key: str, bad) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        bad(f"{key} must be a date YYYY-MM-DD, got {value!r}")
        return None


def _formula(f: Any, levels: tuple[str, ...], by_id: dict, bad, stack: tuple[str, ...]) -> Formula | None:
    if not isinstance(f, dict):
        bad("formula must be a mapping with a kind")
        return None
    unknown = set(f) - _FORMULA_KEYS
    if unknown:
        bad(f"formula has unknown keys {sorted(unknown)}")
    kind = f.get("kind")
    if kind not in KINDS:
        bad(f"formula kind must be one of {list(KINDS)}, got {kind!r}")
        return None
    scale = f.get("scale")
    if scale is not None and scale not in SCALES and not _is_number(scale):
        bad(f"scale must be a number or one of {list(SCALES)}")
    if kind in RATIO_KINDS:
        if "measure" in f:
            bad(f"a {kind} takes numerator and denominator, not measure")
        num = _measures(f.get("numerator"), "count_or_sum", levels, by_id, bad, stack, "numerator")
        den = _measures(f.get("denominator"), "count_or_sum", levels, by_id, bad, stack, "denominator")
        if num is None or den is None:
            return None
        return Formula(kind, num, den, scale)
    if "numerator" in f or "denominator" in f:
        bad(f"a {kind} takes one measure, not numerator/denominator")
    agg = {"count": "count", "sum": "sum", "average": "sum", "median": "median"}.get(kind, "count_or_sum")
    measure = _measures(f.get("measure"), agg, levels, by_id, bad, stack, "measure")
    if measure is None:
        return None
    if kind == "average":
        (m,) = measure if len(measure) == 1 else (None,)
        if m is None:
            bad("an average takes a single measure")
            return None
        count = Measure(m.fact, m.period, "count", None, (*m.filters, Filter(m.field, "not_null")))
        return Formula(kind, measure, (count,), scale)
    if kind == "median":
        m = measure[0]
        return Formula(
            kind,
            measure,
            (Measure(m.fact, m.period, "count", None, (*m.filters, Filter(m.field, "not_null"))),),
            scale,
        )
    if kind == "per_quota_judge":
        if "person" in levels:
            bad("per_quota_judge is defined for court and department levels only")
        judges = Measure("quota_judges", "posted_in", "count_distinct", "person_id")
        return Formula(kind, measure, (judges,), scale)
    if kind == "per_10k_population" and set(levels) != {"court"}:
        bad("per_10k_population is defined for the court level only")
    return Formula(kind, measure, (), scale)


def _measures(spec: Any, agg: str, levels, by_id: dict, bad, stack, where: str) -> tuple[Measure, ...] | None:
    """A measure, or a list of measures that are added together (e.g. trial + enforcement closures)."""
    specs = spec if isinstance(spec, list) else [spec]
    if spec is None or not specs:
        bad(f"{where} is required")
        return None
    out: list[Measure] = []
    for item in specs:
        got = _measure(item, agg, levels, by_id, bad, stack, where)
        if got is None:
            return None
        out.extend(got)
    # Each declared level must be reachable through at least one of the summed measures' facts
    # (e.g. workload: cases' weights for courts and departments, people's credits for persons).
    missing = [lvl for lvl in levels if not any(lvl in FACTS[m.fact].entities for m in out)]
    if missing:
        bad(f"{where}: no fact of {sorted({m.fact for m in out})} can be attributed to level(s) {missing}")
        return None
    return tuple(out)


def _measure(m: Any, agg: str, levels, by_id: dict, bad, stack, where: str) -> tuple[Measure, ...] | None:
    if not isinstance(m, dict):
        bad(f"{where} must be a mapping")
        return None
    unknown = set(m) - _MEASURE_KEYS
    if unknown:
        bad(f"{where} has unknown keys {sorted(unknown)}")
        return None
    if "ref" in m:
        return _reference(m, by_id, bad, stack, where)
    fact = FACTS.get(m.get("fact"))
    if fact is None:
        bad(f"{where}: unknown fact {m.get('fact')!r} (known: {sorted(FACTS)})")
        return None
    period = m.get("period")
    if period not in fact.periods:
        bad(f"{where}: fact {fact.name} has no period {period!r} (known: {sorted(fact.periods)})")
        return None
    field_name = m.get("field")
    if agg == "count_or_sum":
        agg = "sum" if field_name else "count"
    if agg in ("sum", "median"):
        f = fact.fields.get(field_name)
        if f is None:
            bad(f"{where}: {agg} needs a numeric field of {fact.name}; unknown field {field_name!r}")
            return None
        if f.type != "number":
            bad(f"{where}: field {field_name} of {fact.name} is {f.type}, not a number")
            return None
    elif field_name is not None:
        bad(f"{where}: a count takes no field")
        return None
    filters = []
    for spec in m.get("filters") or []:
        flt = _filter(spec, fact, bad, where)
        if flt is None:
            return None
        filters.append(flt)
    return (Measure(fact.name, period, agg, field_name, tuple(filters)),)


def _reference(m: dict, by_id: dict, bad, stack, where: str) -> tuple[Measure, ...] | None:
    ref = m["ref"]
    if len(m) > 1:
        bad(f"{where}: a ref takes nothing else")
        return None
    if ref in stack:
        bad(f"{where}: circular reference {' -> '.join((*stack, ref))}")
        return None
    targets = by_id.get(ref)
    if not targets:
        bad(f"{where}: reference to unknown indicator {ref!r}")
        return None
    target = targets[-1]
    formula = target.get("formula") or {}
    if formula.get("kind") not in ("count", "sum"):
        bad(f"{where}: can only reference a count or sum indicator; {ref} is a {formula.get('kind')}")
        return None
    resolved = _formula(formula, tuple(target.get("levels") or ()), by_id, bad, (*stack, ref))
    return resolved.numerator if resolved else None


def _filter(spec: Any, fact, bad, where: str) -> Filter | None:
    if not isinstance(spec, dict) or set(spec) - _FILTER_KEYS:
        bad(f"{where}: a filter is a mapping of field, op and value; got {spec!r}")
        return None
    name, op, value = spec.get("field"), spec.get("op"), spec.get("value")
    f = fact.fields.get(name)
    if f is None:
        bad(f"{where}: unknown field {name!r} of fact {fact.name} (known: {sorted(fact.fields)})")
        return None
    if op not in OPERATORS:
        bad(f"{where}: unknown operator {op!r} (known: {sorted(OPERATORS)})")
        return None
    if op not in OPERATORS_BY_TYPE[f.type]:
        bad(f"{where}: operator {op} does not apply to {f.type} field {name}")
        return None
    takes_value = op not in ("is_null", "not_null", "is_true", "is_false")
    if not takes_value:
        if value is not None:
            bad(f"{where}: operator {op} takes no value")
            return None
        return Filter(name, op)
    values = value if op in ("in", "not_in") else [value]
    if op in ("in", "not_in") and (not isinstance(value, list) or not value):
        bad(f"{where}: operator {op} needs a non-empty list")
        return None
    for v in values:
        if f.type == "number" and not _is_number(v):
            bad(f"{where}: field {name} is a number; {v!r} is not")
            return None
        if f.type == "string":
            if not isinstance(v, str) or not SAFE_TEXT.match(v):
                bad(f"{where}: value {v!r} for {name} is not a plain string (quotes, braces, ; not allowed)")
                return None
            if f.values and v not in f.values:
                bad(f"{where}: {v!r} is not an allowed value of {name} ({list(f.values)})")
                return None
    return Filter(name, op, list(value) if isinstance(value, list) else value)


def _check_versions(indicators: list[Indicator], problems: list[str]) -> None:
    """An id may have several definitions over time, but they must not overlap."""
    by_id: dict[str, list[Indicator]] = {}
    for ind in indicators:
        by_id.setdefault(ind.id, []).append(ind)
    for iid, versions in by_id.items():
        versions.sort(key=lambda i: i.valid_from)
        for a, b in zip(versions, versions[1:], strict=False):
            if a.valid_from == b.valid_from:
                problems.append(f"{b.source_file}: indicator {iid!r}: duplicate id (also in {a.source_file})")
            elif a.valid_to is None or a.valid_to >= b.valid_from:
                problems.append(
                    f"{b.source_file}: indicator {iid!r}: definition from {b.valid_from} overlaps the one from "
                    f"{a.valid_from}; give the earlier one valid_to before {b.valid_from}"
                )


def _check_distinct_columns(indicators: list[Indicator], problems: list[str]) -> None:
    """Two different measures must not be spelled as the same column (for example a filter value `a_or_b`
    beside the values [a, b])."""
    keys: dict[str, tuple[str, Indicator]] = {}
    for ind in indicators:
        for m in (*ind.formula.numerator, *ind.formula.denominator):
            key, other = keys.setdefault(m.column, (m.key, ind))
            if key != m.key:
                problems.append(
                    f"{ind.source_file}: indicator {ind.id!r} has a measure named {m.column!r} like a different"
                    f" measure of {other.id!r} ({other.source_file}); change a filter value's spelling"
                )


def _check_distinct_definitions(indicators: list[Indicator], problems: list[str]) -> None:
    """No two ids may compute the same thing."""
    seen: dict[str, Indicator] = {}
    for ind in indicators:
        other = seen.setdefault(ind.formula.signature, ind)
        if other.id != ind.id:
            problems.append(
                f"{ind.source_file}: indicator {ind.id!r} computes exactly what {other.id!r} ({other.source_file}) does"
            )
