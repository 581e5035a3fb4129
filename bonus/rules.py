"""The court's bonus rules (`dbt_project/config/bonus/bonus.yaml`), read and checked as a whole.

Every problem names the file and the entry, and all of them are reported at once (`BonusRulesError`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from indicators.catalog import CONFIG_DIR
from scoring.config import load_scoring_config
from scoring.policies import contract_values, number, read_yaml, unknown_keys

RULES_FILE = Path("bonus") / "bonus.yaml"
SCORE_FACTORS = ("peer_mean", "none")
NOT_GRADED = ("none", "base")


class BonusRulesError(ValueError):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the bonus rules:\n  " + "\n  ".join(problems))


@dataclass(frozen=True)
class BonusRules:
    role_coefficients: dict[str, Decimal]
    grade_coefficients: dict[str, dict[str, Decimal]]  # scale -> grade -> coefficient
    score_factor: str
    not_graded: str
    base_coefficient: Decimal
    floor: Decimal | None
    cap: Decimal | None
    version: str  # content hash of the file

    def grade_coefficient(self, scale: str, grade: str | None) -> Decimal:
        return self.grade_coefficients[scale][grade] if grade is not None else self.base_coefficient


def _decimal(value, where: str, problems: list[str]) -> Decimal:
    """The number as written (1.1, not 1.1000000000000001); a problem (and 0) when it is not one."""
    number(value, where, problems)
    return Decimal(str(value)) if isinstance(value, int | float) and not isinstance(value, bool) else Decimal(0)


def load_bonus_rules(config_dir: Path = CONFIG_DIR) -> BonusRules:
    path = Path(config_dir) / RULES_FILE
    problems: list[str] = []
    doc = read_yaml(path, problems)
    unknown_keys(
        doc,
        {"role_coefficients", "grade_coefficients", "score_factor", "not_graded", "base_coefficient", "floor", "cap"},
        path.name,
        problems,
    )
    roles = doc.get("role_coefficients") or {}
    known_roles = contract_values("hr", "staff", "role")
    for role in set(known_roles) - set(roles):
        problems.append(f"{path.name}: role_coefficients: missing {role} (every role of hr.staff needs one)")
    for role in set(roles) - set(known_roles):
        problems.append(f"{path.name}: role_coefficients.{role}: unknown role (known: {list(known_roles)})")
    role_coefficients = {r: _decimal(v, f"{path.name}: role_coefficients.{r}", problems) for r, v in roles.items()}
    grades = doc.get("grade_coefficients") or {}
    scales = load_scoring_config(config_dir).grading.scales
    grade_coefficients: dict[str, dict[str, Decimal]] = {}
    for scale, bands in scales.items():
        given = grades.get(scale) or {}
        names = [band.grade for band in bands]
        if sorted(given) != sorted(names):
            problems.append(f"{path.name}: grade_coefficients.{scale} must give each of {names}, got {list(given)}")
        grade_coefficients[scale] = {
            g: _decimal(v, f"{path.name}: grade_coefficients.{scale}.{g}", problems) for g, v in given.items()
        }
    score_factor = doc.get("score_factor", "peer_mean")
    if score_factor not in SCORE_FACTORS:
        problems.append(f"{path.name}: score_factor must be one of {list(SCORE_FACTORS)}, got {score_factor!r}")
    not_graded = doc.get("not_graded", "none")
    if not_graded not in NOT_GRADED:
        problems.append(f"{path.name}: not_graded must be one of {list(NOT_GRADED)}, got {not_graded!r}")
    base = _decimal(doc.get("base_coefficient", 0), f"{path.name}: base_coefficient", problems)
    floor, cap = (
        None if doc.get(k) is None else _decimal(doc[k], f"{path.name}: {k}", problems) for k in ("floor", "cap")
    )
    for name, limit in (("floor", floor), ("cap", cap)):
        if limit is not None and limit != limit.to_integral_value():
            problems.append(f"{path.name}: {name} ({limit}) must be whole yuan, as the amounts are")
    if floor is not None and cap is not None and floor > cap:
        problems.append(f"{path.name}: floor ({floor}) is above cap ({cap})")
    if problems:
        raise BonusRulesError(problems)
    version = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    return BonusRules(
        role_coefficients, grade_coefficients, score_factor, not_graded, base if not_graded == "base" else Decimal(0),
        floor, cap, version,
    )  # fmt: skip
