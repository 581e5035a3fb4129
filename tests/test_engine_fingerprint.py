"""What makes a night compute every period again (docs/incremental.md): the engine's fingerprint changes with its
models and the project's macros, and not with models the engine does not read."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from courtperf.settings import DBT_PROJECT_DIR
from tests.indicator_fixture import run_dbt, seed_parse


def _fingerprint(project: Path, tmp_path: Path) -> str:
    result = run_dbt(
        project, tmp_path / "empty.duckdb", "compile", "--quiet", "--inline", "{{ indicator_engine_fingerprint() }}"
    )
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    return result.stdout.strip().splitlines()[-1]


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


@pytest.mark.parametrize(
    ("what", "relative", "old", "new"),
    [
        ("an engine model", "models/intermediate/indicators/int_indicator_scaffold.sql", "with\n", "with\n\n"),
        ("a macro", "macros/courtperf_median.sql", "median(", "median( "),
        ("a score model", "models/marts/scores/grades.sql", "with\n", "with\n\n"),
    ],
    ids=["engine-model", "macro", "score-model"],
)
def test_the_engine_fingerprint_follows_what_the_engine_computes_with(project, tmp_path, what, relative, old, new):
    before = _fingerprint(project, tmp_path)
    assert len(before) == 32, before
    _edit(project, relative, old, new)
    try:
        after = _fingerprint(project, tmp_path)
    finally:
        _edit(project, relative, new, old)
    # an edit the engine computes with rebuilds every period; one it does not read changes nothing
    assert (after != before) == (what != "a score model"), what
