"""Compile the validated scoring configuration into small `cfg_score_*` dbt models (literal tables: their rows are the
models' meta, which macros/literal_rows.sql writes as one `values` list).

The scoring models in `dbt_project/models/{intermediate,marts}/scores/` are generic SQL joined to these tables, so
changing a weight, a rule or a group changes rows here and nothing else. Every table carries the content hash of
the scoring files (`scoring_config_version`) through to the marts. Without a `config/scoring/` folder (e.g. a test
project that only builds indicators) the tables are generated empty, and the scoring marts build empty.
"""

from __future__ import annotations

from itertools import product
from pathlib import Path

from indicators.catalog import Catalog
from indicators.compiler import LITERAL_ROWS, STRING, GeneratedModel, literal_rows
from scoring.config import SCORING_DIR, ScoringConfig, load_scoring_config

HEADER = "-- Generated from dbt_project/config/scoring by `courtperf catalog` (scoring/). Do not edit.\n"
S, D, B = STRING, "double", "boolean"


def rows_model(
    name: str,
    doc: str,
    columns: list[tuple[str, str]],
    rows: list[tuple],
    version: str,
    version_column: str = "scoring_config_version",
    header: str = HEADER,
) -> GeneratedModel:
    """A model of literal rows (its meta, macros/literal_rows.sql), with the configuration's version on each."""
    table = literal_rows([*columns, (version_column, S)], [(*row, version) for row in rows])
    sql = f"{header}-- {doc}\nwith\n\nfinal as (\n\n{LITERAL_ROWS}\n\n)\n\nselect * from final\n"
    return GeneratedModel(name, sql, table, doc)


def scoring_models(config_dir: Path, catalog: Catalog) -> list[GeneratedModel]:
    """The cfg_score_* models (validated against the catalog; raises ScoringConfigError with every problem)."""
    if not (Path(config_dir) / SCORING_DIR).is_dir():
        return compile_scoring(None)
    return compile_scoring(load_scoring_config(config_dir, catalog))


def compile_scoring(config: ScoringConfig | None) -> list[GeneratedModel]:
    version = config.version if config else "none"
    groups, matches, indicators, conduct, settings, office = [], [], [], [], [], []
    grade_settings, bands, vetoes = [], [], []
    if config is not None:
        st = config.settings
        settings.append((st.min_posted_share, *st.peer_points, config.conduct.max_deduction, config.conduct.max_bonus))
        for g in config.groups:
            ranked = g.level in st.ranked_levels
            groups.append(
                (g.id, g.order, g.name_zh, g.level, ranked, g.eligibility_indicator, g.min_per_month,
                 g.workload_indicator)
            )  # fmt: skip
            quota = "*" if g.quota_judge is None else str(g.quota_judge).lower()
            for role, line, court_level, dept_type in product(
                g.roles or ("*",), g.business_lines or ("*",), g.court_levels or ("*",), g.dept_types or ("*",)
            ):
                matches.append((g.id, g.order, g.level, role, line, court_level, dept_type, quota))
            for i in g.indicators:
                dim_weight = g.dimensions[i.dimension]
                indicators.append(
                    (g.id, i.id, i.name_zh, i.dimension, dim_weight, i.weight, dim_weight * i.weight / 100, i.rule,
                     i.direction, i.target, i.floor, i.per_month, i.lower, i.upper, i.tolerance)
                )  # fmt: skip
        for level, rule in product(config.conduct.levels, config.conduct.rules):
            conduct.append((level, rule.event_type, rule.severity, rule.points))
        g = config.grading
        grade_settings += [(level, g.min_service_share, g.quota_share, g.quota_unit, g.tie_break)
                           for level in g.graded_levels]  # fmt: skip
        bands += [(scale, b.position, b.grade, b.min_total) for scale, scale_bands in g.scales.items()
                  for b in scale_bands]  # fmt: skip
        vetoes += [(v.event_type, v.severity, v.cap_position) for v in g.vetoes]
        o = config.office
        office += [("item_type", k, v) for k, v in o.item_weights.items()]
        office += [("quality_grade", k, v) for k, v in o.quality_factors.items()]
        office += [("adopted_level", k, v) for k, v in o.adoption_factors.items()]
    return [
        rows_model(
            "cfg_score_settings", "settings.yaml and caps of conduct.yaml (one row)",
            [("min_posted_share", D), ("peer_p10_points", D), ("peer_median_points", D), ("peer_p90_points", D),
             ("max_deduction", D), ("max_bonus", D)],
            settings, version,
        ),
        rows_model(
            "cfg_score_groups", "peer_groups.yaml: one row per peer group, in matching order",
            [("peer_group_id", S), ("group_order", "integer"), ("peer_group_name_zh", S), ("level", S),
             ("is_ranked", B), ("eligibility_indicator_id", S), ("min_per_month", D), ("workload_indicator_id", S)],
            groups, version,
        ),
        rows_model(
            "cfg_score_group_match", "peer_groups.yaml match criteria, expanded ('*' = any)",
            [("peer_group_id", S), ("group_order", "integer"), ("level", S), ("role", S), ("business_line", S),
             ("court_level", S), ("dept_type", S), ("quota_judge", S)],
            matches, version,
        ),
        rows_model(
            "cfg_score_indicators", "peer_groups.yaml indicators: weights and rule parameters",
            [("peer_group_id", S), ("indicator_id", S), ("indicator_name_zh", S), ("dimension", S),
             ("dimension_weight", D), ("indicator_weight", D), ("configured_weight", D), ("rule", S),
             ("direction", S), ("benchmark_target", D), ("benchmark_floor", D), ("per_month", B), ("interval_lower", D),
             ("interval_upper", D), ("tolerance", D)],
            indicators, version,
        ),
        rows_model(
            "cfg_score_conduct", "conduct.yaml: signed points per verified event type and severity, per level",
            [("level", S), ("event_type", S), ("severity", S), ("points", D)],
            conduct, version,
        ),
        rows_model(
            "cfg_office_workload", "office_workload.yaml: item weights, quality and adoption factors",
            [("factor_kind", S), ("code", S), ("factor", D)],
            office, version,
        ),
        rows_model(
            "cfg_grade_settings", "grades.yaml: one row per graded level, with service minimum and quota",
            [("level", S), ("min_service_share", D), ("quota_share", D), ("quota_unit", S), ("tie_break", S)],
            grade_settings, version,
        ),
        rows_model(
            "cfg_grade_bands", "grades.yaml scales: one row per grade, from the top (position 1) down",
            [("scale", S), ("position", "integer"), ("grade", S), ("min_total", D)],
            bands, version,
        ),
        rows_model(
            "cfg_grade_vetoes", "grades.yaml vetoes: the highest grade position a verified event allows ('*' = any)",
            [("event_type", S), ("severity", S), ("cap_position", "integer")],
            vetoes, version,
        ),
    ]  # fmt: skip
