"""The hand-made warehouse of the core-indicator tests (test_indicators_core.py, test_indicators_core_domains.py),
built privately once per test session (see indicator_fixture; a pytest plugin of conftest.py, so the fixture
`core_build` reaches both), and how a test checks one of its indicator values.

Every expected value in those tests is derived in the comments from the rows of tests/core_indicators_rows.py; the
period of most checks is 2024 (a leap year: 366 days).
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from indicators.catalog import load_catalog
from tests.core_indicators_rows import ROWS
from tests.indicator_fixture import Build, build, catalog_entry, core_entries

CORE_TEST_MODULES = ("test_indicators_core.py", "test_indicators_core_domains.py")


@pytest.fixture(scope="module")
def core_build(tmp_path_factory) -> Build:
    """The warehouse, built once per test session (`built_once`) and opened read-only by each module."""

    def make(folder: Path) -> None:
        # beside the core: 旧存案件结案率, a carried-over measure filtered on the period's end
        entries = [*core_entries(), catalog_entry("trial", "carried_over_closure_rate")]
        build(folder, {"core": entries}, ROWS)

    from tests.conftest import built_once

    folder = built_once(tmp_path_factory, "core_indicators", make)
    project = folder / "dbt_project"
    result = Build(project, folder / "warehouse.duckdb", load_catalog(project / "config"), seconds=0.0).open()
    yield result
    result.close()


def check(core_build: Build, indicator, level, entity, ptype, period, numerator, denominator, value):
    """Assert one row of marts.indicator_values (numbers compared to 1e-9; None must be null)."""
    got = core_build.value(indicator, level, entity, ptype, period)
    for key, want in (("numerator", numerator), ("denominator", denominator), ("value", value)):
        have = got[key]
        where = f"{indicator} {level} {entity} {ptype} {period}: {key}"
        if want is None:
            assert have is None, f"{where} = {have!r}, expected null"
        else:
            assert have is not None and not math.isnan(have), f"{where} = {have!r}, expected {want}"
            assert have == pytest.approx(want, abs=1e-9), f"{where} = {have!r}, expected {want}"


CITY, COURT, DEPT, PERSON = "city", "court", "department", "person"
Y, Q, M, YTD = "year", "quarter", "month", "ytd"
DAYS_2024 = 366  # leap year
