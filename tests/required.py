"""A system component a test needs (chromium, Java, PostgreSQL, the Spark extra) and is missing: the test skips,
saying why, on a developer's machine; under CI (`CI=true`, set by .ci/run's caller) it fails, because there
`scripts/setup.sh test` installs every one of them and a skip would hide a broken set-up."""

from __future__ import annotations

import os
from typing import NoReturn

import pytest


def missing(reason: str) -> NoReturn:
    """Skip (or, under CI, fail) the current test or module with `reason`, which should name the fix."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true requires it: {reason}", pytrace=False)
    pytest.skip(reason, allow_module_level=True)
