"""Shared fixtures: a courtperf home in a temporary folder, with the environment pointing at it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

# fixtures kept in modules of their own
pytest_plugins = ["tests.dashboard_fixture", "tests.landing_fixture", "tests.core_indicators_fixture"]
ROOT = Path(__file__).resolve().parents[1]
TINY_AS_OF = date(2024, 12, 31)
DEMO_OUTPUT = "demo_output.txt"  # what the session's tiny demo printed (tiny_night)
# Every night of the session masks personal information with one key of its own, which tests search for
# (test_secrets.py); a key already in the environment is kept.
os.environ.setdefault("COURTPERF_PII_HASH_KEY", "tests-pii-key-Zq7wK3")
# Modules that take minutes, started in this order (pyproject addopts keep collection order: --no-loadscope-reorder)
# so the two workers finish together: the Spark comparison first, whose worker builds the session's tiny night (its
# DuckDB side) before Spark starts, while the other worker takes a module of nights of its own; then the modules
# that read the tiny night.
SLOWEST_FIRST = ("test_spark.py", "test_lint.py", "test_data_defects.py", "test_end_to_end.py",
                 "test_defective_exports.py", "test_recovery.py", "test_supervision.py")  # fmt: skip


# pyspark (the spark extra; Great Expectations imports it when installed) takes a __main__ module without __file__
# or __spec__ for a doctest run, and exits when Spark Connect's packages are missing. An xdist worker's __main__ is
# such a module, so Great Expectations' import would end the worker's test with SystemExit(0).
if "PYTEST_XDIST_WORKER" in os.environ and not hasattr(sys.modules["__main__"], "__file__"):
    sys.modules["__main__"].__file__ = __file__


def pytest_configure(config: pytest.Config) -> None:
    """Once, before any worker starts: compile the catalog and parse the dbt project, so that workers importing
    the Dagster definitions find dbt_project/target ready instead of parsing into it side by side."""
    if "PYTEST_XDIST_WORKER" not in os.environ:
        from orchestration.dbt_manifest import prepare_manifest

        prepare_manifest()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    order = {name: rank for rank, name in enumerate(SLOWEST_FIRST)}
    items.sort(key=lambda item: order.get(item.path.name, len(order)))


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
    "COURTPERF_DAGSTER_YAML",
    "COURTPERF_NOTIFY_FILE",
    "COURTPERF_NOTIFY_WEBHOOK",
    "COURTPERF_ARCHIVE_SIGNING_KEY",
    "COURTPERF_ARCHIVE_SIGNING_OLD_KEYS",
    "COURTPERF_ARCHIVE_HEADS",
    "COURTPERF_ACCOUNTS",
    "COURTPERF_AUDIT_SPOOL",
    "COURTPERF_PUBLISH_RESTRICTED",
    "COURTPERF_PUBLISHED_RESTRICTED",
    "COURTPERF_ACCESS_FILE",
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


def cli_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a `courtperf` subprocess whose every setting derives from `home`: none of the
    settings an earlier test exported into this process (Settings.export) reaches it."""
    env = {k: v for k, v in os.environ.items() if k not in _ENV_KEYS}
    return {**env, "COURTPERF_HOME": str(home), **extra}


@pytest.fixture(autouse=True)
def _environment_restored():
    """Code under test exports its settings into os.environ (for its dbt and Dagster subprocesses): restore the
    environment after every test, so no test's settings leak into the next."""
    saved = dict(os.environ)
    yield
    if dict(os.environ) != saved:
        os.environ.clear()
        os.environ.update(saved)


def run_tiny_night(home: Path) -> Path:
    """`courtperf demo` at tiny scale (one year up to TINY_AS_OF) in `home`, in a process of its own as a user would
    run it; what it printed is kept in `home / DEMO_OUTPUT`. Returns the sources."""
    sources = home / "sources"
    args = ["demo", "--scale", "tiny", "--years", "1", "--seed", "7", "--as-of", TINY_AS_OF.isoformat()]
    env = cli_env(home, COURTPERF_DEMO_SOURCES=str(sources))
    demo = subprocess.run(
        [sys.executable, "-m", "cli.main", *args], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True, check=False,
    )  # fmt: skip
    (home / DEMO_OUTPUT).write_text(demo.stdout, encoding="utf-8")
    assert demo.returncode == 0, demo.stdout[-5000:]
    return sources


def built_once(tmp_path_factory, name: str, build: Callable[[Path], None]) -> Path:
    """The test session's folder `name`, made by `build(folder)` once: under pytest-xdist the first worker that
    needs it builds it while the others wait, and all of them read it (a worker that failed half-way leaves no
    mark, so the next one starts again)."""
    from filelock import FileLock

    root = tmp_path_factory.getbasetemp()
    if "PYTEST_XDIST_WORKER" in os.environ:
        root = root.parent  # the session's folder, shared by its workers
    folder, built = root / name, root / f"{name}.built"
    with FileLock(root / f"{name}.lock"):
        if not built.exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            build(folder)
            built.touch()
    return folder


@pytest.fixture(scope="session")
def tiny_night(tmp_path_factory) -> tuple[Path, Path]:
    """One tiny demo night, built once per test session and its marts published (`built_once`). Nothing writes
    to it afterwards: a test that runs a command in a home (another night, closing a period) takes a copy
    (`copy_home`), which costs a second instead of a night."""

    def build(home: Path) -> None:
        with courtperf_home(home):
            run_tiny_night(home)

    home = built_once(tmp_path_factory, "tiny_night", build)
    return home, home / "sources"


def copy_home(home: Path, target: Path) -> Path:
    """A copy of a courtperf home whose sources file names the copy's sources; returns the copy."""
    shutil.copytree(home, target)
    sources_file = target / "sources" / "sources.yaml"
    if sources_file.exists():
        sources_file.write_text(sources_file.read_text(encoding="utf-8").replace(str(home), str(target)), "utf-8")
    return target
