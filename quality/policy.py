"""The publication policy (`dbt_project/config/quality/publication.yaml`): what blocks a night, validated.

Row defects only mark the numbers they would have fed; systemic failures block (see the YAML's header).
The thresholds are analyst configuration beside the catalog and the scoring rules, and every problem names
the file and the key, all problems at once (`PolicyError`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from courtperf.settings import DBT_PROJECT_DIR
from ingestion.contract import load_contract

POLICY_FILE = DBT_PROJECT_DIR / "config" / "quality" / "publication.yaml"


class PolicyError(ValueError):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the publication policy:\n  " + "\n  ".join(problems))


@dataclass(frozen=True)
class QuarantineThreshold:
    max_share: float
    min_rows: int

    def blocks(self, read: int, quarantined: int) -> bool:
        """Tonight's quarantined rows of a table exceed both its share of the rows read and the row allowance."""
        return quarantined > self.max_share * read and quarantined > self.min_rows


@dataclass(frozen=True)
class PublicationPolicy:
    quarantine: QuarantineThreshold
    quarantine_tables: dict[str, QuarantineThreshold] = field(default_factory=dict)
    volume_nights: int = 7
    volume_warn_band: tuple[float, float] = (0.5, 2.0)
    volume_block_band: tuple[float, float] = (0.05, 20.0)
    volume_min_baseline_rows: int = 200

    def threshold(self, table: str) -> QuarantineThreshold:
        return self.quarantine_tables.get(table, self.quarantine)


def load_policy(path: Path = POLICY_FILE) -> PublicationPolicy:
    where = path.name
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise PolicyError([f"{where}: cannot be read: {exc}"]) from None
    problems: list[str] = []
    unknown = set(doc) - {"quarantine", "volume"}
    problems += [f"{where}: unknown section {key!r} (expected quarantine, volume)" for key in sorted(unknown)]

    def number(section: dict, key: str, prefix: str, default, low: float, high: float | None, integer=False):
        value = section.get(key, default)
        ok = isinstance(value, int | float) and not isinstance(value, bool) and (not integer or value == int(value))
        if not ok or value < low or (high is not None and value > high):
            bound = f"{low} to {high}" if high is not None else f"at least {low}"
            problems.append(f"{where}: {prefix}{key} = {value!r} must be {'a whole number' if integer else 'a number'} "
                            f"from {bound}")  # fmt: skip
            return default
        return int(value) if integer else float(value)

    def threshold(section, prefix: str, base: QuarantineThreshold | None) -> QuarantineThreshold:
        if not isinstance(section, dict):
            problems.append(f"{where}: {prefix.rstrip('.')} must be a mapping")
            section = {}
        for key in sorted(set(section) - {"max_share", "min_rows", *(() if base else ("tables",))}):
            problems.append(f"{where}: {prefix}{key} is not a setting (expected max_share, min_rows)")
        share = number(section, "max_share", prefix, base.max_share if base else 0.01, 0.0, 1.0)
        rows = number(section, "min_rows", prefix, base.min_rows if base else 5, 0, None, integer=True)
        return QuarantineThreshold(share, rows)

    quarantine = doc.get("quarantine") or {}
    default = threshold(quarantine, "quarantine.", None)
    known_tables = {t.qualified_name for t in load_contract().tables}
    tables = {}
    for name, section in (quarantine.get("tables") or {}).items():
        if name not in known_tables:
            problems.append(f"{where}: quarantine.tables.{name} is not a table of the extraction contract")
            continue
        tables[name] = threshold(section, f"quarantine.tables.{name}.", default)

    volume = doc.get("volume") or {}
    bands = {}
    for key, default_band in (("warn_band", (0.5, 2.0)), ("block_band", (0.05, 20.0))):
        band = volume.get(key, list(default_band))
        if not (isinstance(band, list) and len(band) == 2 and all(isinstance(b, int | float) for b in band)
                and 0 <= band[0] <= 1 <= band[1]):  # fmt: skip
            problems.append(f"{where}: volume.{key} = {band!r} must be [low, high] with low <= 1 <= high")
            band = default_band
        bands[key] = (float(band[0]), float(band[1]))
    policy = PublicationPolicy(
        quarantine=default,
        quarantine_tables=tables,
        volume_nights=number(volume, "nights", "volume.", 7, 1, 366, integer=True),
        volume_warn_band=bands["warn_band"],
        volume_block_band=bands["block_band"],
        volume_min_baseline_rows=number(volume, "min_baseline_rows", "volume.", 200, 0, None, integer=True),
    )
    if problems:
        raise PolicyError(problems)
    return policy
