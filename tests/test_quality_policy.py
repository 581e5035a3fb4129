"""The publication policy file and the worklist's words: validated, complete, one home each."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from courtperf.settings import DBT_PROJECT_DIR
from ingestion.checks import REASON_KINDS
from quality.policy import POLICY_FILE, PolicyError, QuarantineThreshold, load_policy


def test_the_shipped_policy_loads_with_its_documented_defaults():
    policy = load_policy()
    assert policy.quarantine == QuarantineThreshold(max_share=0.01, min_rows=5)
    assert policy.threshold("trial.cases") == policy.quarantine
    assert policy.volume_warn_band == (0.5, 2.0) and policy.volume_block_band == (0.05, 20.0)


@pytest.mark.parametrize(
    ("read", "quarantined", "blocks"),
    [(2600, 3, False), (100, 5, False), (100, 6, True), (10_000, 100, False), (10_000, 101, True), (0, 1, False)],
)
def test_a_table_blocks_only_over_both_its_share_and_its_row_allowance(read, quarantined, blocks):
    assert QuarantineThreshold(0.01, 5).blocks(read, quarantined) is blocks


def test_every_problem_of_a_bad_policy_is_named_with_its_key(tmp_path: Path):
    bad = tmp_path / "publication.yaml"
    bad.write_text(
        "quarantine:\n  max_share: 2\n  min_rows: -1\n  tables:\n    trial.nothing: {max_share: 0.1}\n"
        "    trial.cases: {max_shar: 0.1}\nvolume:\n  warn_band: [2, 3]\nextra: 1\n",
        encoding="utf-8",
    )
    with pytest.raises(PolicyError) as raised:
        load_policy(bad)
    problems = "\n".join(raised.value.problems)
    expected = [
        "quarantine.max_share = 2", "quarantine.min_rows = -1", "quarantine.tables.trial.nothing",
        "quarantine.tables.trial.cases.max_shar", "volume.warn_band", "unknown section 'extra'",
    ]  # fmt: skip
    assert all(e in problems for e in expected), problems
    assert all(p.startswith("publication.yaml: ") for p in raised.value.problems)
    assert POLICY_FILE.name == "publication.yaml"


def test_every_quarantine_reason_has_plain_chinese_words_for_the_worklist():
    with (DBT_PROJECT_DIR / "seeds" / "data_defect_reasons.csv").open(encoding="utf-8") as f:
        words = {row["reason_kind"]: row["reason_zh"] for row in csv.DictReader(f)}
    assert set(REASON_KINDS) <= set(words), set(REASON_KINDS) - set(words)
    assert all(words.values())
