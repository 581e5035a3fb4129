"""Formulas in words, and the generated catalog page (docs/indicators.md)."""

from __future__ import annotations

from pathlib import Path

from indicators.catalog import Catalog, Filter, Indicator, Measure
from indicators.facts import FACTS

_OPS = {
    "eq": "=",
    "ne": "≠",
    "lt": "<",
    "le": "≤",
    "gt": ">",
    "ge": "≥",
    "in": "in",
    "not_in": "not in",
    "is_null": "is empty",
    "not_null": "is present",
    "is_true": "",
    "is_false": "is false",
}


def _filter_words(f: Filter) -> str:
    if f.op == "is_true":
        return f.field
    if f.op in ("in", "not_in"):
        return f"{f.field} {_OPS[f.op]} ({', '.join(str(v) for v in f.value)})"
    value = "" if f.value is None else f" {f.value}"
    return f"{f.field} {_OPS[f.op]}{value}"


def measure_words(m: Measure) -> str:
    fact = FACTS[m.fact]
    period = fact.periods[m.period].doc
    what = {
        "count": f"count of {m.fact}",
        "sum": f"sum of {m.field} over {m.fact}",
        "median": f"median of {m.field} over {m.fact}",
        "count_distinct": f"distinct {m.field} of {m.fact}",
    }[m.agg]
    where = f" where {' and '.join(_filter_words(f) for f in m.filters)}" if m.filters else ""
    return f"{what} {period}{where}"


def formula_in_words(ind: Indicator) -> str:
    f = ind.formula
    num = " + ".join(measure_words(m) for m in f.numerator)
    den = " + ".join(measure_words(m) for m in f.denominator)
    scale = {None: "", "days_in_period": " × days in P"}.get(f.scale, f" × {f.scale}")
    match f.kind:
        case "count" | "sum":
            return num
        case "average":
            return f"average: ({num}) / ({den})"
        case "median":
            return num
        case "per_10k_population":
            return f"({num}) / jurisdiction population × 10000"
        case "complement_ratio":
            return f"1 - ({num}) / ({den})"
        case _:
            return f"({num}) / ({den}){scale}"


def catalog_markdown(catalog: Catalog) -> str:
    """The catalog page analysts read: every indicator with its name, formula, unit, direction and levels, and its
    description (where the definition comes from: an SPC document, the World Bank methodology, …)."""
    lines = [
        "# Indicator catalog",
        "",
        f"Generated from `dbt_project/config/` (catalog version `{catalog.version}`): "
        f"{len(catalog.ids)} indicators in {len(catalog.categories)} categories. Do not edit; edit the YAML.",
        "P is the period [S, E]; a ratio with a zero denominator is empty (null).",
        "",
    ]
    by_category: dict[str, list[Indicator]] = {}
    for ind in catalog.indicators:
        by_category.setdefault(ind.category, []).append(ind)
    for cat in catalog.categories:
        members = by_category.get(cat.id, [])
        lines += [f"## {cat.name_zh} ({cat.name_en}) — {len({i.id for i in members})}", ""]
        lines += [
            "| id | 中文名 | name | formula | unit | direction | levels | from | description |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        for ind in members:
            lines.append(
                f"| `{ind.id}` | {ind.name_zh} | {ind.name_en} | {formula_in_words(ind)} | {ind.unit} | "
                f"{ind.direction} | {', '.join(ind.levels)} | {ind.valid_from} | {ind.description.replace('|', '/')} |"
            )
        lines.append("")
    return "\n".join(lines)


def write_catalog_page(catalog: Catalog, path: Path) -> None:
    path.write_text(catalog_markdown(catalog), encoding="utf-8")
