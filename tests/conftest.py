"""Shared fixtures: a courtperf home in a temporary folder, with the environment pointing at it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_ENV_KEYS = (
    "COURTPERF_HOME",
    "COURTPERF_WAREHOUSE",
    "COURTPERF_ARCHIVE",
    "COURTPERF_PUBLISHED",
    "COURTPERF_REPORTS",
    "DAGSTER_HOME",
    "COURTPERF_DEMO_SOURCES",
    "COURTPERF_SOURCES",
    "COURTPERF_SOURCE_DIR",
)


@contextmanager
def courtperf_home(home: Path) -> Iterator[Path]:
    """Point every courtperf setting at `home` for the duration, then restore the environment."""
    saved = {k: os.environ.get(k) for k in _ENV_KEYS}
    for key in _ENV_KEYS:
        os.environ.pop(key, None)
    os.environ["COURTPERF_HOME"] = str(home)
    try:
        yield home
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
