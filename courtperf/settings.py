"""One source of truth for every path and setting.

Everything is an environment variable with a documented default (see `.env.example`). The CLI, the
Dagster resources and dbt's `profiles.yml` all read these same variables, so a path is never written
in two places. Settings are resolved when asked for, never at import time.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
DAGSTER_YAML = PROJECT_ROOT / "dagster.yaml"

# dbt sees the warehouse under this catalog name whatever the file is called, so the manifest
# (which records the database name) stays valid when the warehouse path changes.
WAREHOUSE_CATALOG = "courtperf"
# Used when COURTPERF_ARCHIVE_SIGNING_KEY is not set, so the demo runs; closes and `archive verify` warn, and
# `courtperf doctor` warns, because anyone with this code can forge signatures made with it.
DEMO_ARCHIVE_SIGNING_KEY = "courtperf-demo-archive-signing-key-change-me"

# The paths courtperf writes, by setting: each must be its own path (the published copy written over the
# warehouse would erase its schemas). All are DuckDB files but the reports folder; the restricted copy is optional.
GUARDED_PATHS = {
    "warehouse": "COURTPERF_WAREHOUSE",
    "published": "COURTPERF_PUBLISHED",
    "archive": "COURTPERF_ARCHIVE",
    "reports": "COURTPERF_REPORTS",
    "published_restricted": "COURTPERF_PUBLISHED_RESTRICTED",
}
DUCKDB_FILES = ("warehouse", "published", "archive", "published_restricted")
# What the readers' copy may also hold (COURTPERF_PUBLISH_RESTRICTED), courtperf/publication.py RESTRICTED_TABLES
RESTRICTED_KINDS = ("conduct", "parties")
_DUCKDB_MAGIC = b"DUCK"  # bytes 8-11 of every DuckDB database file


class SettingsError(ValueError):
    """The configuration cannot work (paths that coincide, a warehouse that is not a DuckDB file, a folder
    that is missing or read-only). Permanent: retrying does not help, so it is never retried; the message
    names the setting and the fix."""


@dataclass(frozen=True)
class Settings:
    home: Path
    warehouse: Path
    archive: Path
    published: Path
    reports: Path
    dagster_home: Path
    demo_sources: Path
    sources_file: Path | None
    source_dir: Path | None
    pii_hash_key: str
    # the archive's chain heads are signed with this key (HMAC-SHA256; archive/signing.py); older
    # keys only verify the signatures made with them. repr=False: a printed Settings never shows a key.
    archive_signing_key: str = field(repr=False)
    archive_signing_old_keys: tuple[str, ...] = field(repr=False)
    archive_heads: Path  # the heads log: every signed chain head, appended outside the archive file
    notify_file: Path
    notify_webhook: str
    dagster_yaml: Path  # the instance configuration copied into DAGSTER_HOME (dagster.postgres.yaml in production)
    spark_home: Path
    spark_raw: Path
    # the readers' copy leaves out conduct records and parties' data unless these kinds are named here; a second
    # copy with everything (for 纪检监察) is published to published_restricted when it is set (courtperf/publication.py)
    publish_restricted: tuple[str, ...]
    published_restricted: Path | None
    accounts: Path  # local accounts of the dashboard (access/accounts.py)
    audit_spool: Path  # sign-ins and views of personal records, until moved into the archive (access/audit.py)

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        home = Path(env.get("COURTPERF_HOME", ".courtperf")).expanduser().resolve()
        return cls(
            home=home,
            warehouse=_path(env.get("COURTPERF_WAREHOUSE"), home / "warehouse.duckdb"),
            archive=_path(env.get("COURTPERF_ARCHIVE"), home / "archive.duckdb"),
            published=_path(env.get("COURTPERF_PUBLISHED"), home / "published.duckdb"),
            reports=_path(env.get("COURTPERF_REPORTS"), home / "reports"),
            dagster_home=_path(env.get("DAGSTER_HOME"), home / "dagster_home"),
            demo_sources=_path(env.get("COURTPERF_DEMO_SOURCES"), home / "demo_sources"),
            sources_file=_optional_path(env.get("COURTPERF_SOURCES")),
            source_dir=_optional_path(env.get("COURTPERF_SOURCE_DIR")),
            pii_hash_key=env.get("COURTPERF_PII_HASH_KEY", "courtperf-demo-key-change-me"),
            archive_signing_key=env.get("COURTPERF_ARCHIVE_SIGNING_KEY", DEMO_ARCHIVE_SIGNING_KEY),
            archive_signing_old_keys=tuple(
                k.strip() for k in env.get("COURTPERF_ARCHIVE_SIGNING_OLD_KEYS", "").split(",") if k.strip()
            ),
            archive_heads=_path(env.get("COURTPERF_ARCHIVE_HEADS"), home / "archive_heads.jsonl"),
            notify_file=_path(env.get("COURTPERF_NOTIFY_FILE"), home / "notifications.jsonl"),
            notify_webhook=env.get("COURTPERF_NOTIFY_WEBHOOK", ""),
            dagster_yaml=_path(env.get("COURTPERF_DAGSTER_YAML"), DAGSTER_YAML),
            # the optional Spark target (engines/spark.py): its metastore and tables, and raw as Parquet
            spark_home=(spark_home := _path(env.get("COURTPERF_SPARK_HOME"), home / "spark")),
            spark_raw=_path(env.get("COURTPERF_SPARK_RAW"), spark_home / "raw"),
            publish_restricted=tuple(
                k.strip() for k in env.get("COURTPERF_PUBLISH_RESTRICTED", "").split(",") if k.strip()
            ),
            published_restricted=_optional_path(env.get("COURTPERF_PUBLISHED_RESTRICTED")),
            accounts=_path(env.get("COURTPERF_ACCOUNTS"), home / "accounts.sqlite"),
            audit_spool=_path(env.get("COURTPERF_AUDIT_SPOOL"), home / "audit_spool.jsonl"),
        )

    @property
    def dbt_runs(self) -> Path:
        """The nightly dbt invocations' target folders and the parse they hand on (orchestration/dbt_runs.py)."""
        return self.home / "dbt_runs"

    def problems(self, *, writing: bool = False) -> list[str]:
        """Every configuration problem, each with its fix; `writing` adds the checks of a command that writes
        (the folders exist or can be made under COURTPERF_HOME, and are writable)."""
        found = self.path_problems(writing=writing) + self.publication_problems()
        for name in DUCKDB_FILES:
            found += not_a_duckdb_file(name, getattr(self, name))
        return found

    def publication_problems(self) -> list[str]:
        """Kinds of restricted marts COURTPERF_PUBLISH_RESTRICTED names that do not exist."""
        return [
            f"COURTPERF_PUBLISH_RESTRICTED names {kind!r}: it may name {', '.join(RESTRICTED_KINDS)} (comma-separated)"
            for kind in self.publish_restricted
            if kind not in RESTRICTED_KINDS
        ]

    def path_problems(self, *, writing: bool = False) -> list[str]:
        """Paths that coincide and, when `writing`, folders that are missing or read-only."""
        found = _collisions(self)
        if writing:
            for name in GUARDED_PATHS:
                path = getattr(self, name)
                if path is not None:
                    found += _unwritable(name, path if name == "reports" else path.parent, self.home)
        return list(dict.fromkeys(found))  # several paths in one missing folder: said once

    def validate(self, *, writing: bool = False) -> None:
        """Raise SettingsError listing every problem, before anything is written. Every entry point calls it:
        the CLI for each command, the warehouse resource and the publish step for runs the daemon launches."""
        found = self.problems(writing=writing)
        if found:
            raise SettingsError("configuration error:\n  " + "\n  ".join(found))

    def export(self) -> None:
        """Put the resolved settings into the environment, where dbt and Dagster subprocesses read them."""
        os.environ["COURTPERF_HOME"] = str(self.home)
        os.environ["COURTPERF_WAREHOUSE"] = str(self.warehouse)
        os.environ["COURTPERF_ARCHIVE"] = str(self.archive)
        os.environ["COURTPERF_PUBLISHED"] = str(self.published)
        os.environ["COURTPERF_REPORTS"] = str(self.reports)
        os.environ["DAGSTER_HOME"] = str(self.dagster_home)
        os.environ["COURTPERF_PII_HASH_KEY"] = self.pii_hash_key


def _path(value: str | None, default: Path) -> Path:
    return Path(value).expanduser().resolve() if value else default


def _optional_path(value: str | None) -> Path | None:
    return Path(value).expanduser().resolve() if value else None


def _collisions(settings: Settings) -> list[str]:
    seen: dict[Path, str] = {}
    found = []
    for name, variable in GUARDED_PATHS.items():
        path = getattr(settings, name)
        if path is None:
            continue
        if path in seen:
            other = seen[path]
            found.append(
                f"{variable} and {GUARDED_PATHS[other]} are the same path {path}: the {name} would overwrite the "
                f"{other}. Fix: give each its own path (defaults under COURTPERF_HOME, see .env.example)"
            )
        seen.setdefault(path, name)
    return found


def not_a_duckdb_file(name: str, path: Path | None) -> list[str]:
    """An existing path that DuckDB cannot open as a database: a folder, an empty file, any other file."""
    variable = GUARDED_PATHS[name]
    if path is None:
        return []
    if path.is_dir():
        return [f"{variable}={path} is a folder, not a DuckDB file. Fix: point {variable} at a file in it"]
    if not path.exists():
        return []
    try:
        with path.open("rb") as f:
            header = f.read(12)
    except OSError as exc:
        return [f"{variable}={path} cannot be read ({exc.strerror}). Fix: give the service user read access"]
    if header[8:12] != _DUCKDB_MAGIC:
        what = "an empty file" if not header else "another kind of file"
        return [
            f"{variable}={path} is not a DuckDB database file ({what}). "
            f"Fix: correct {variable}, or move that file away (restore the {name} from its backup)"
        ]
    return []


def _unwritable(name: str, folder: Path, home: Path) -> list[str]:
    """The folder must exist and take new files. courtperf makes folders inside COURTPERF_HOME itself; any
    other missing folder is an error (an unmounted disk must not be silently replaced by a local folder)."""
    variable = "COURTPERF_HOME" if folder == home else GUARDED_PATHS[name]
    probe = folder
    while not probe.exists():
        if probe != home and home not in probe.parents:
            return [
                f"{variable}: the folder {probe} does not exist (is its disk mounted?). Fix: create it, or "
                f"correct {variable}"
            ]
        probe = probe.parent
    if not probe.is_dir():
        return [f"{variable}: {probe} is not a folder. Fix: correct {variable}"]
    try:
        tempfile.TemporaryFile(dir=probe).close()  # the real test: permissions, a read-only mount, ACLs
    except OSError as exc:
        return [
            f"{variable}: the folder {probe} is not writable ({exc.strerror}). Fix: make it writable for the "
            f"service user, or point {variable} at a writable disk"
        ]
    return []
