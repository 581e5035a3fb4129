"""The supervision configuration (`dbt_project/config/supervision/supervision.yaml`), validated as a whole.

Thresholds of the warning rules (监督预警), the conduct-risk weights and half-life, and the relation signals
(repeat litigation, lawyer/party–judge pairings) are analyst-edited YAML. Every problem names the file and
the key, all problems are reported at once (`SupervisionConfigError`), and the validated values compile into
two small dbt models (`cfg_supervision_settings`, `cfg_supervision_conduct_weights`) that the SQL joins to.
Without the folder (a test project that builds only indicators) both models are empty and so are the
supervision marts.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from indicators.catalog import CONFIG_DIR
from indicators.compiler import STRING, GeneratedModel
from scoring.compile import rows_model
from scoring.policies import contract_values, number, read_yaml, unknown_keys

SUPERVISION_FILE = Path("supervision") / "supervision.yaml"
HEADER = "-- Generated from dbt_project/config/supervision by `courtperf catalog` (supervision/). Do not edit.\n"

# (section, key) -> (default, low, high, integer)
_SETTINGS: dict[tuple[str, str], tuple[float, float, float | None, bool]] = {
    ("time_limit", "yellow_share"): (0.8, 0.01, 10.0, False),
    ("time_limit", "red_share"): (1.0, 0.01, 10.0, False),
    ("conduct_risk", "half_life_days"): (180, 1, None, True),
    ("conduct_risk", "lookback_days"): (730, 1, None, True),
    ("conduct_risk", "yellow"): (4.0, 0.0, None, False),
    ("conduct_risk", "red"): (8.0, 0.0, None, False),
    ("indicator_anomaly", "consecutive_months"): (2, 1, 24, True),
    ("indicator_anomaly", "min_peers"): (5, 2, None, True),
    ("petition_overdue", "red_after_days"): (30, 0, None, True),
    ("relations", "repeat_litigation_min_cases"): (2, 2, None, True),
    ("relations", "pairing_min_cases"): (3, 2, None, True),
    ("relations", "pairing_min_share"): (0.15, 0.0, 1.0, False),
    ("relations", "pairing_window_months"): (24, 1, None, True),
    ("relations", "max_cases_per_shared_party"): (50, 2, None, True),
}
_SECTIONS = {section for section, _ in _SETTINGS}


@dataclass(frozen=True)
class SupervisionConfig:
    settings: dict[str, float]  # "<section>_<key>" -> value, e.g. conduct_risk_half_life_days
    conduct_weights: tuple[tuple[str, str, float], ...]  # (event_type, severity, weight)
    version: str


class SupervisionConfigError(ValueError):
    """The supervision configuration is invalid; `problems` lists every problem, each naming the file and key."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the supervision configuration:\n  " + "\n  ".join(problems))


def load_supervision_config(config_dir: Path = CONFIG_DIR) -> SupervisionConfig:
    path = Path(config_dir) / SUPERVISION_FILE
    problems: list[str] = []
    doc = read_yaml(path, problems)
    unknown_keys(doc, _SECTIONS, path.name, problems)
    settings: dict[str, float] = {}
    for (section, key), (default, low, high, integer) in _SETTINGS.items():
        block = doc.get(section) or {}
        where = f"{path.name}: {section}.{key}"
        if not isinstance(block, dict):
            problems.append(f"{path.name}: {section} must be a mapping")
            block = {}
        value = block.get(key, default)
        settings[f"{section}_{key}"] = number(value, where, problems, low=low, high=high)
        if integer and isinstance(value, float) and not value.is_integer():
            problems.append(f"{where}: must be a whole number, got {value!r}")
    for section in _SECTIONS:
        block = doc.get(section)
        allowed = {k for s, k in _SETTINGS if s == section} | ({"weights"} if section == "conduct_risk" else set())
        if isinstance(block, dict):
            unknown_keys(block, allowed, f"{path.name}: {section}", problems)
    if settings["time_limit_red_share"] <= settings["time_limit_yellow_share"]:
        problems.append(f"{path.name}: time_limit.red_share must be above time_limit.yellow_share")
    if settings["conduct_risk_red"] <= settings["conduct_risk_yellow"]:
        problems.append(f"{path.name}: conduct_risk.red must be above conduct_risk.yellow")
    weights = _conduct_weights(path.name, (doc.get("conduct_risk") or {}).get("weights"), problems)
    if problems:
        raise SupervisionConfigError(problems)
    version = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    return SupervisionConfig(settings, weights, version)


def _conduct_weights(file: str, weights, problems: list[str]) -> tuple[tuple[str, str, float], ...]:
    where = f"{file}: conduct_risk.weights"
    if not isinstance(weights, dict) or not weights:
        problems.append(f"{where}: must map event types to {{severity: weight}}")
        return ()
    types = contract_values("conduct", "conduct_events", "event_type")
    severities = contract_values("conduct", "conduct_events", "severity")
    rows = []
    for event_type, by_severity in weights.items():
        if event_type not in types:
            problems.append(f"{where}.{event_type}: unknown event type (allowed: {list(types)})")
            continue
        if not isinstance(by_severity, dict) or set(by_severity) != set(severities):
            problems.append(f"{where}.{event_type}: must give a weight for each severity {list(severities)}")
            continue
        for severity in severities:
            rows.append(
                (event_type, severity, number(by_severity[severity], f"{where}.{event_type}.{severity}", problems))
            )
    return tuple(rows)


def supervision_models(config_dir: Path = CONFIG_DIR) -> list[GeneratedModel]:
    """The cfg_supervision_* models (empty without config/supervision/); raises SupervisionConfigError."""
    config = load_supervision_config(config_dir) if (Path(config_dir) / SUPERVISION_FILE).exists() else None
    version = config.version if config else "none"
    names = [f"{section}_{key}" for section, key in _SETTINGS]
    settings_rows = [tuple(config.settings[n] for n in names)] if config else []
    return [
        rows_model(
            "cfg_supervision_settings", "supervision.yaml: the warning and relation thresholds (one row)",
            [(n, "double") for n in names], settings_rows, version, "supervision_config_version", HEADER,
        ),
        rows_model(
            "cfg_supervision_conduct_weights", "supervision.yaml conduct_risk.weights: weight per type and severity",
            [("event_type", STRING), ("severity", STRING), ("weight", "double")],
            list(config.conduct_weights) if config else [], version, "supervision_config_version", HEADER,
        ),
    ]  # fmt: skip
