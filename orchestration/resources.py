"""Dagster resources: where the warehouse is, and where the court's source systems are.

Both resolve their defaults from `Settings` when a run starts (not at import), so the CLI, `dagster dev`
and dbt's `profiles.yml` all see the same paths.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
from dagster import ConfigurableResource, Failure

from courtperf.settings import Settings, SettingsError
from ingestion.contract import load_contract

if TYPE_CHECKING:  # the readers (pandas, pyarrow, drivers) load when a run reads its sources
    from ingestion.sources import SystemSource


class WarehouseLockedError(RuntimeError):
    """The warehouse file is held by another process; transient (retried), never a partial write."""


def lock_holder(exc: duckdb.IOException) -> str:
    """'PID 1234' (and the program) from DuckDB's 'Conflicting lock is held in <program> (PID 1234)'."""
    found = re.search(r"held in (.+?) \(PID (\d+)\)", str(exc))
    return f"{found[1]}, PID {found[2]}" if found else str(exc).splitlines()[0]


class WarehouseResource(ConfigurableResource):
    """The DuckDB warehouse file. Empty `path` means COURTPERF_WAREHOUSE (or its default)."""

    path: str = ""

    @property
    def resolved_path(self) -> Path:
        return Path(self.path).resolve() if self.path else Settings.from_env().warehouse

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A write connection; steps that use it are in the `warehouse` pool (one writer at a time).

        Another program holding the file (a BI tool, a Python shell, even read-only) raises
        WarehouseLockedError before anything is written; the ingestion assets' RetryPolicy waits and retries.
        A configuration that cannot work (Settings.validate) fails at once, without retries."""
        path = self.resolved_path
        try:  # colliding paths, not a DuckDB file, a missing or read-only folder: permanent, never retried
            settings = Settings.from_env()
            replace(settings, warehouse=path).validate(writing=True)
        except SettingsError as exc:
            detail = f"{exc}\nNothing was written; `courtperf doctor` checks the paths."
            raise Failure(detail, allow_retries=False) from None
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            con = duckdb.connect(str(path))
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise Failure(f"cannot open the warehouse {path}: {exc}", allow_retries=False) from None
            raise WarehouseLockedError(
                f"the warehouse {path} is locked by another program ({lock_holder(exc)}); nothing was written. "
                "Close that program (or query a copy), then rerun; `courtperf doctor` shows the holder."
            ) from None
        try:
            yield con
        finally:
            con.close()


class SourcesResource(ConfigurableResource):
    """The source systems to extract from: a sources YAML file, or one folder of `<system>/<table>` files.

    Empty fields fall back to COURTPERF_SOURCES / COURTPERF_SOURCE_DIR, then to the demo sources.
    """

    sources_file: str = ""
    source_dir: str = ""
    encoding: str = "utf-8"

    def _where(self) -> tuple[Path | None, Path | None]:
        """(sources file, source folder): exactly one is set (the demo's sources file when neither is given)."""
        settings = Settings.from_env()
        sources_file = Path(self.sources_file) if self.sources_file else settings.sources_file
        source_dir = Path(self.source_dir) if self.source_dir else settings.source_dir
        if sources_file and source_dir:
            raise Failure(
                f"give either a sources file ({sources_file}) or a source folder ({source_dir}), not both",
                allow_retries=False,
            )
        if source_dir:
            return None, source_dir
        return sources_file or settings.demo_sources / "sources.yaml", None

    def systems(self) -> dict[str, SystemSource]:
        from ingestion.sources import SystemSource, load_sources_file, sources_from_dir

        sources_file, source_dir = self._where()
        if source_dir:
            found = sources_from_dir(source_dir, encoding=self.encoding)
            # A system folder missing from tonight's export is a file-level defect for each of its
            # tables (quarantined and counted by landing), not a reason to stop the other systems.
            return {
                system: found.get(system, SystemSource(system, directory=source_dir / system, encoding=self.encoding))
                for system in load_contract().systems
            }
        if not sources_file.exists():
            raise Failure(
                f"no sources configured: {sources_file} does not exist. Run `courtperf generate` for demo "
                "sources, or pass --sources FILE / --source-dir DIR.",
                allow_retries=False,
            )
        return load_sources_file(sources_file)

    def statistics_start(self) -> date | None:
        """The sources file's statistics_start (ingestion/sources/systems.py); None for a source folder."""
        from ingestion.sources import statistics_start

        sources_file, _ = self._where()
        return statistics_start(sources_file) if sources_file else None

    def for_system(self, system: str) -> SystemSource:
        systems = self.systems()
        if system not in systems:
            raise Failure(
                f"no source is configured for system {system!r} (configured: {sorted(systems)})", allow_retries=False
            )
        return systems[system]
