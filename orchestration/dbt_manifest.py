"""The dbt project as dagster-dbt sees it, and the one explicit step that prepares its manifest.

Importing the Definitions only reads `dbt_project/target/manifest.json`: no catalog compilation, no dbt subprocess,
nothing written. Preparing (compile the catalog into dbt models, then `dbt parse` when the manifest is missing or
older than a project file, its manifest moved into place whole) is a step of its own, as dagster-dbt intends:
`scripts/setup.sh`, the `courtperf` commands that build (run, demo, close-period, ui), the test session
(tests/conftest.py), and for a deployment `dagster-dbt project prepare-and-package --file
orchestration/dbt_manifest.py`. Under `dagster dev` (a developer's own) `prepare_if_dev` prepares again on each code
reload, so edits show up in the UI; `courtperf ui` runs the webserver and daemon as production does, and after a
catalog edit `courtperf catalog` prepares again.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import warnings
from functools import cached_property
from pathlib import Path

from dagster._record import replace
from dagster_dbt import DbtCliResource, DbtProject
from dagster_dbt.dbt_project import DbtProjectPreparer
from dbt.constants import PARTIAL_PARSE_FILE_NAME as PARTIAL_PARSE
from dbt.version import __version__ as dbt_version
from packaging.version import Version

from courtperf.settings import DBT_PROJECT_DIR, PROJECT_ROOT

DBT_EXECUTABLE = Path(sys.executable).parent / "dbt"
PREPARE_COMMAND = "dagster-dbt project prepare-and-package --file orchestration/dbt_manifest.py"

_DBT_INPUTS = ("dbt_project.yml", "profiles.yml", "models", "macros", "snapshots", "seeds", "tests")


class ManifestNotPrepared(RuntimeError):
    """The Definitions were imported before the dbt project was prepared (e.g. right after a fresh clone)."""


class CourtperfPreparer(DbtProjectPreparer):
    """dagster-dbt's preparation with the project's own first step: the indicator catalog and the scoring and
    supervision settings compile into dbt models (stopping on any catalog error) before dbt parses."""

    def prepare_if_dev(self, project: DbtProject) -> None:
        if self.using_dagster_dev():
            self.prepare(project)

    def prepare(self, project: DbtProject) -> None:
        from codegen.models import generate_indicator_models

        generate_indicator_models()
        if manifest_is_stale(project):  # about 3 s: an unchanged project is not parsed again
            parse_into_place(project)


# DbtProject always builds dagster-dbt's default preparer (plain `dbt parse`, with `dbt` from PATH): ours replaces it.
courtperf_dbt = replace(
    DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR), preparer=CourtperfPreparer()
)


def prepare_manifest(project: DbtProject = courtperf_dbt) -> None:
    """The explicit preparation step (see the module docstring)."""
    project.preparer.prepare(project)


def parse_into_place(project: DbtProject) -> None:
    """`dbt parse` in a folder of its own inside the target, then its parse cache and manifest moved over the
    target's: a process reading the manifest meanwhile (the Dagster UI loading its code, another command or test
    session preparing too) reads the old file or the new one, never half of one."""
    target = Path(project.project_dir) / project.target_path
    target.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".parse-", dir=target))
    try:
        if (target / PARTIAL_PARSE).exists():  # dbt parses only what changed
            shutil.copyfile(target / PARTIAL_PARSE, scratch / PARTIAL_PARSE)
        dbt_cli(project).cli(["parse", "--quiet"], target_path=scratch).wait()
        for name in (PARTIAL_PARSE, "manifest.json"):  # the manifest last: once it is new, so is the cache
            os.replace(scratch / name, target / name)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def manifest_is_stale(project: DbtProject) -> bool:
    """True when manifest.json is missing or older than any file of the dbt project."""
    manifest = Path(project.manifest_path)
    if not manifest.exists():
        return True
    built = manifest.stat().st_mtime
    for name in _DBT_INPUTS:
        path = Path(project.project_dir) / name
        files = [path] if path.is_file() else (p for p in path.rglob("*") if p.is_file())
        if any(f.stat().st_mtime > built for f in files):
            return True
    return False


def require_manifest(project: DbtProject = courtperf_dbt) -> None:
    """At import of the Definitions: a missing manifest is an error naming the command that prepares it, a stale
    one a warning (the assets would not match the models until it is prepared again); neither is fixed here."""
    manifest = Path(project.manifest_path)
    where = manifest.relative_to(PROJECT_ROOT) if manifest.is_relative_to(PROJECT_ROOT) else manifest
    how = f"`sh scripts/setup.sh`, any `courtperf run`, or `{PREPARE_COMMAND}`"
    if not manifest.exists():
        raise ManifestNotPrepared(f"no dbt manifest at {where}: prepare the dbt project first with {how}")
    if manifest_is_stale(project):
        warnings.warn(
            f"the dbt manifest {where} is older than the dbt project: prepare it again with {how}", stacklevel=2
        )


class CourtperfDbtCliResource(DbtCliResource):
    """dagster-dbt's resource less two costs of every dbt step that courtperf has no use for: a `dbt --version`
    subprocess to learn the version of the dbt installed beside it, and a dbt adapter loaded into Dagster's process,
    which dagster-dbt needs only to fetch column metadata and row counts (`fetch_column_metadata`,
    `fetch_row_counts`), which courtperf does not ask for: about 3 s of CPU a night (py-spy on a tiny demo night of
    ~40 s). Private methods of dagster-dbt, pinned with it (pyproject); tests/test_orchestration.py checks both."""

    @cached_property
    def _cli_version(self) -> Version:
        return Version(dbt_version)  # DBT_EXECUTABLE is this environment's dbt

    def _initialize_dbt_core_adapter(self, args):
        return None


def dbt_cli(project: DbtProject = courtperf_dbt) -> DbtCliResource:
    """dbt from this Python environment, found whether or not the virtualenv is activated."""
    return CourtperfDbtCliResource(project_dir=project, dbt_executable=str(DBT_EXECUTABLE))
