"""Printing the archive: a close's outcome and difference, a record over the years, the cases behind a number."""

from __future__ import annotations

import duckdb

from archive.close import CloseOutcome
from archive.periods import parse_period
from archive.store import LINEAGE_LEVELS, column_types, has_table

# Shown by `archive show` when no score marts were archived (override with --indicator).
KEY_INDICATORS = ("closed_cases", "closure_rate", "within_limit_closure_rate", "avg_duration_days", "weighted_workload")
_GRAIN_ORDER = "case grain when 'year' then 0 when 'quarter' then 1 else 2 end"


def _num(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.4g}"
    return f"{value:g}" if isinstance(value, float) else str(value)


def format_close(outcome: CloseOutcome) -> str:
    counts = ", ".join(f"{t} {n:,}" for t, n in outcome.row_counts.items())
    if not outcome.published:
        return (
            f"{outcome.period}: unchanged since version {outcome.version} (same content hash); nothing written.\n"
            f"  {counts}"
        )
    lines = [f"{outcome.period}: published version {outcome.version} (version_id {outcome.version_id}).",
             f"  {counts}", f"  chain head {outcome.version_hash}"]  # fmt: skip
    if outcome.head and outcome.head.get("signature"):
        lines.append(f"  signature {outcome.head['scheme']} key {outcome.head['key_id']}: {outcome.head['signature']}")
    if outcome.diff:
        lines += ["", format_diff(outcome.diff)]
    return "\n".join(lines)


def format_diff(diff: dict | None) -> str:
    if not diff:
        return "first version: nothing to compare with."
    lines = [f"Changes from version {diff['from_version']} to {diff['to_version']}:", "  inputs:"]
    inputs = diff["inputs"]
    for key in ("catalog_version", "scoring_config_version"):
        old, new = inputs[key]
        lines.append(f"    {key}: {old} -> {new}" if old != new else f"    {key}: unchanged ({new})")
    if inputs["watermarks"]:
        lines.append(f"    source watermarks moved for {len(inputs['watermarks'])} table(s):")
        lines += [f"      {t}: {old} -> {new}" for t, (old, new) in inputs["watermarks"].items()]
    else:
        lines.append("    source watermarks: unchanged")
    if inputs["new_batches"]:
        lines.append(f"    new landing batches: {', '.join(inputs['new_batches'])}")
    for key in ("tables_added", "tables_removed"):
        if inputs[key]:
            lines.append(f"    {key.replace('_', ' ')}: {', '.join(inputs[key])}")
    values = diff["indicator_values"]
    lines.append(
        f"  indicator values: {values['changed']} changed ({values['added']} new, {values['removed']} gone)"
        + (", largest:" if values["largest"] else "")
    )
    for v in values["largest"][:15]:
        lines.append(
            f"    {v['indicator_id']} {v['level']} {v['entity_id']} {v['period_type']} {v['period']}: "
            f"{_num(v['old_value'])} -> {_num(v['new_value'])} "
            f"(numerator {_num(v['old_numerator'])} -> {_num(v['new_numerator'])}, "
            f"denominator {_num(v['old_denominator'])} -> {_num(v['new_denominator'])})"
        )
    ranks = diff.get("ranks")
    if ranks is None:
        lines.append("  ranks: no score marts in both versions")
    else:
        lines.append(f"  ranks: {ranks['moved']} moved, {ranks['totals_changed']} totals changed")
        for m in ranks["movers"][:20]:
            move = "new" if m["old_rank"] is None else "unranked" if m["new_rank"] is None else (
                f"up {m['moved_up']}" if m["moved_up"] > 0 else f"down {-m['moved_up']}")  # fmt: skip
            why = "; ".join(
                f"{c['indicator_id']} {_num(c['old_value'])} -> {_num(c['new_value'])}" for c in m["changed_indicators"]
            )
            group = "" if m["old_peer_group"] == m["new_peer_group"] else (
                f", peer group {m['old_peer_group']} -> {m['new_peer_group']}")  # fmt: skip
            lines.append(
                f"    {m['level']} {m['entity_id']} {m['period_type']} {m['period']}: rank {_num(m['old_rank'])} -> "
                f"{_num(m['new_rank'])} ({move}), total {_num(m['old_total'])} -> {_num(m['new_total'])}{group}"
                + (f"; because {why}" if why else "")
            )
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------------- show


def show(con: duckdb.DuckDBPyConnection, level: str, entity_id: str, indicators: tuple[str, ...] = ()) -> str:
    """An entity's record over the years: per closed period (latest version), totals, ranks and dimension
    points when scores were archived, else the key indicators; and the versions behind each period."""
    lines = [f"Performance record (业绩档案) of {level} {entity_id}"]
    periods = con.execute(
        f"select grain, closed_period, version, published_at, reason from archive_current "
        f"order by {_GRAIN_ORDER}, closed_period"
    ).fetchall()
    if not periods:
        return lines[0] + ": the archive is empty"
    scored = has_table(con, "score_totals") and not indicators
    dims = []
    if scored and has_table(con, "scores"):
        dims = [r[0] for r in con.execute(
            "select distinct dimension from scores_current where level = ? and entity_id = ? order by 1",
            [level, entity_id]).fetchall()]  # fmt: skip
    chosen = list(indicators or KEY_INDICATORS)
    graded = scored and has_table(con, "grades")
    header = ["period", "v", *(["total", "rank", *(["grade"] if graded else []), *dims] if scored else chosen)]
    table = [header]
    for grain, label, version, _, _ in periods:
        if scored:
            total = con.execute(
                "select total, rank_in_peer_group, peer_group_size, peer_group_id from score_totals_current "
                "where level = ? and entity_id = ? and period_type = ? and period = ?",
                [level, entity_id, grain, label],
            ).fetchone()
            if total is None:
                continue
            points = {} if not dims else dict(con.execute(
                "select dimension, points from scores_current where level = ? and entity_id = ? and period_type = ? "
                "and period = ?", [level, entity_id, grain, label]).fetchall())  # fmt: skip
            rank = "—" if total[1] is None else f"{total[1]}/{total[2]}"
            grade = [_grade(con, level, entity_id, grain, label)] if graded else []
            table.append(
                [label, str(version), _num(float(total[0])), rank, *grade, *(_num(points.get(d)) for d in dims)]
            )
        else:
            values = dict(con.execute(
                "select indicator_id, value from indicator_values_current where level = ? and entity_id = ? "
                "and period_type = ? and period = ? and indicator_id in (select unnest(?))",
                [level, entity_id, grain, label, chosen]).fetchall())  # fmt: skip
            if not values:
                continue
            table.append([label, str(version), *(_num(values.get(i)) for i in chosen)])
    if len(table) == 1:
        return lines[0] + ": no archived results"
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in table]
    restated = con.execute(
        f"select grain, closed_period, version, published_at, reason from archive_history where version > 1 "
        f"order by {_GRAIN_ORDER}, closed_period, version"
    ).fetchall()
    if restated:
        lines += ["", "Restated periods (all versions are kept; see archive_history):"]
        lines += [f"  {p} v{v} published {at}: {reason}" for _, p, v, at, reason in restated]
    return "\n".join(lines)


_CASE_FACTS = ("trial_cases", "case_reviews", "enforcement_cases", "case_workload", "workload_credits")


def _record_details(fact: str, label, start, end, person) -> str:
    """案号 (or the record's own id), its dates and the person credited, as the archive kept them at close."""
    parts = [label] if label else []
    if start or end:
        parts.append(f"{start or '—'} → {end or '—'}")
    if person:
        parts.append(f"{'承办人' if fact in _CASE_FACTS else '人员'} {person}")
    return ("  " + "  ".join(map(str, parts))) if parts else ""


def _grade(con: duckdb.DuckDBPyConnection, level: str, entity_id: str, grain: str, label: str) -> str:
    """The archived 考核等次 of the period (不定等次 when not graded, — when the level is not graded)."""
    row = con.execute(
        "select grade, is_graded from grades_current where level = ? and entity_id = ? and period_type = ? "
        "and period = ?",
        [level, entity_id, grain, label],
    ).fetchone()
    return "—" if row is None else (row[0] if row[1] else "不定等次")


# ------------------------------------------------------------------------------------------------- explain


def explain(
    con: duckdb.DuckDBPyConnection, level: str, entity_id: str, period_text: str, indicator_id: str,
    ytd: bool = False, version: int | None = None,
) -> tuple[str, bool]:  # fmt: skip
    """The records behind one archived number, with their numerator / denominator membership.
    Returns (text, found)."""
    closed = parse_period(period_text)
    period_type = "ytd" if ytd else closed.grain
    if version is None:
        row = con.execute(
            "select version_id, version from archive_current where grain = ? and closed_period = ?",
            [closed.grain, closed.label],
        ).fetchone()
    else:
        row = con.execute(
            "select version_id, version from versions where grain = ? and closed_period = ? and version = ?",
            [closed.grain, closed.label, version],
        ).fetchone()
    if row is None:
        return f"{closed} is not in the archive" + (f" as version {version}" if version else ""), False
    version_id, version = row
    value = con.execute(
        "select numerator, denominator, value, definition_valid_from, catalog_version from indicator_values "
        "where version_id = ? and indicator_id = ? and level = ? and entity_id = ? and period_type = ? and period = ?",
        [version_id, indicator_id, level, entity_id, period_type, closed.label],
    ).fetchone()
    if value is None:
        return f"no archived value of {indicator_id} for {level} {entity_id} in {period_type} {closed}", False
    numerator, denominator, val, valid_from, catalog_version = value
    lines = [
        f"{indicator_id} of {level} {entity_id}, {period_type} {closed.label} (version {version}, "
        f"catalog {catalog_version}, definition from {valid_from})",
        f"  value {_num(val)} = numerator {_num(numerator)} / denominator {_num(denominator)}",
    ]
    measures = con.execute(
        "select part, measure, fact, period_rule, agg, field, filters, formula_kind from lineage_measures "
        "where version_id = ? and indicator_id = ? and definition_valid_from = ? order by part desc, measure",
        [version_id, indicator_id, valid_from],
    ).fetchall()
    if not measures:
        return "\n".join([*lines, "  (no lineage was archived for this indicator)"]), True
    entity, column = next((e, c) for lvl, e, c in LINEAGE_LEVELS if lvl == level)
    kind = measures[0][-1]
    # archives closed before the records' 案号, dates and names were kept list the ids alone
    labelled = "record_label" in {n for n, _ in column_types(con, "lineage")}
    details = "record_label, record_start, record_end, person_name" if labelled else "null, null, null, null"
    for part, measure, fact, rule, agg, fld, filters, _ in measures:
        records = con.execute(
            f"select distinct record_id, amount, {details} from lineage where version_id = ? and measure = ? "
            f"and period_type = ? and period = ? and {column} is not null and {entity} = ? order by record_id",
            [version_id, measure, period_type, closed.label, entity_id],
        ).fetchall()
        what = f"{agg}{'(' + fld + ')' if fld else ''} of {fact} {rule}" + (f" where {filters}" if filters else "")
        total = sum(r[1] for r in records) if agg == "sum" else len(records)
        lines.append(f"  {part}: {what} — {len(records)} record(s)" + (f", sum {_num(total)}" if agg == "sum" else ""))
        for record_id, amount, label, start, end, person in records:
            lines.append(
                f"    {part:<11} {fact:<20} {record_id}"
                + (f"  {_num(amount)}" if agg != "count" else "")
                + _record_details(fact, label, start, end, person)
            )
    if kind == "per_10k_population":
        lines.append("  denominator: population (not itemised)")
    return "\n".join(lines), True
