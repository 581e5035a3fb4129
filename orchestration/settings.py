"""One source of truth for every path and setting.

Everything is an environment variable with a documented default (see `.env.example`). The CLI, the
Dagster resources and dbt's `profiles.yml` all read these same variables, so a path is never written
in two places. Settings are resolved when asked for, never at import time.
"""

from __future__ import annotations

import os
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
    # the archive's chain heads are signed with this key (HMAC-SHA256; orchestration/archive/signing.py); older
    # keys only verify the signatures made with them. repr=False: a printed Settings never shows a key.
    archive_signing_key: str = field(repr=False)
    archive_signing_old_keys: tuple[str, ...] = field(repr=False)
    archive_heads: Path  # the heads log: every signed chain head, appended outside the archive file
    notify_file: Path
    notify_webhook: str
    dagster_yaml: Path  # the instance configuration copied into DAGSTER_HOME (dagster.postgres.yaml in production)
    spark_home: Path
    spark_raw: Path

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
            # the optional Spark target (orchestration/spark.py): its metastore and tables, and raw as Parquet
            spark_home=(spark_home := _path(env.get("COURTPERF_SPARK_HOME"), home / "spark")),
            spark_raw=_path(env.get("COURTPERF_SPARK_RAW"), spark_home / "raw"),
        )

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
