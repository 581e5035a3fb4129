"""A missing system component skips a test on a developer's machine and fails it under CI (tests/required.py)."""

import pytest

from tests.required import missing


@pytest.mark.parametrize("ci", [None, "false", "1"])
def test_outside_ci_a_missing_component_skips_with_its_reason(monkeypatch, ci):
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    with pytest.raises(pytest.skip.Exception, match="no chromium on PATH"):
        missing("no chromium on PATH")


def test_under_ci_a_missing_component_fails_with_its_reason(monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true requires it: no chromium on PATH"):
        missing("no chromium on PATH")
