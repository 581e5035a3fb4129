"""What makes a night compute every period again (docs/incremental.md): the indicator engine's fingerprint changes
with its models and the project's macros, the score models' fingerprint with theirs and the macros, and neither with
models they do not read."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from courtperf.settings import DBT_PROJECT_DIR
from tests.dbt_session import DbtSession
from tests.indicator_fixture import seed_parse

INLINE = "{{ indicator_engine_fingerprint() }} {{ score_fingerprint() }}"
GENERATED_YAML = "models/intermediate/indicators/generated/_generated__models.yml"


def _fingerprints(dbt: DbtSession) -> dict[str, str]:
    engine, scores = dbt.run_ok(["compile", "--quiet", "--inline", INLINE]).strip().splitlines()[-1].split()
    return {"engine": engine, "scores": scores}


def _edit(project: Path, relative: str, old: str, new: str) -> None:
    path = project / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{relative} no longer holds {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    copy = tmp_path_factory.mktemp("fingerprint") / "dbt_project"
    shutil.copytree(DBT_PROJECT_DIR, copy, ignore=shutil.ignore_patterns("target", "target-*", "logs"))
    seed_parse(copy / "target")
    return copy


@pytest.fixture(scope="module")
def dbt(project) -> Iterator[DbtSession]:
    """One dbt process for the module's compiles (each parses what the test before changed, as dbt would)."""
    with DbtSession.on_warehouse(project, project.parent / "empty.duckdb", project.parent / "dbt.log") as session:
        yield session


@pytest.fixture(scope="module")
def baseline(dbt) -> dict[str, str]:
    """The fingerprints of the unedited project (each test puts back what it edits)."""
    fingerprints = _fingerprints(dbt)
    assert all(len(value) == 32 for value in fingerprints.values()), fingerprints
    return fingerprints


@pytest.mark.parametrize(
    ("relative", "old", "new", "changed"),
    [
        ("models/intermediate/indicators/int_indicator_scaffold.sql", "with\n", "with\n\n", {"engine"}),
        ("macros/courtperf_median.sql", "median(", "median( ", {"engine", "scores"}),
        ("models/marts/scores/grades.sql", "with\n", "with\n\n", {"scores"}),
        ("models/intermediate/supervision/int_warnings__time_limit.sql", "with\n", "with\n\n", set()),
        # a measure's definition (its column's meta) and a pass's are what the engine computes with; a description not
        (GENERATED_YAML, "{aggregate: count, when: 'true'}", "{aggregate: count, when: 'false'}", {"engine"}),
        (GENERATED_YAML, "shape: monthly\n", "shape: monthly\n        where: 'false'\n", {"engine"}),
        (GENERATED_YAML, "description: count of", "description: the count of", set()),
    ],
    ids=["engine-model", "macro", "score-model", "supervision-model", "measure-meta", "pass-meta", "description"],
)
def test_each_fingerprint_follows_what_its_models_compute_with(project, dbt, baseline, relative, old, new, changed):
    _edit(project, relative, old, new)
    try:
        after = _fingerprints(dbt)
    finally:
        _edit(project, relative, new, old)
    # an edit the models compute with rebuilds every period of theirs; one they do not read changes nothing
    assert {name for name in baseline if after[name] != baseline[name]} == changed, relative
