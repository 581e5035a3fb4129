"""`courtperf doctor`: is this installation ready for tonight? One line per check, PASS / WARN / FAIL, and
for each problem the fix.

It reads what the nightly run reads (the same settings, the same source resolution, the same Dagster
instance) and changes nothing: source databases are only connected to and listed, the warehouse and
archive are opened only when they exist, to see whether another program holds them.
"""

from __future__ import annotations

import os
import platform
import shutil
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from courtperf.settings import PROJECT_ROOT, Settings

DEMO_PII_KEY = "courtperf-demo-key-change-me"
MIN_FREE_BYTES = 1 << 30  # below 1 GiB free the night's build fails
DAEMON_STALE_SECONDS = 300
SHOWN_VERSIONS = ("dagster", "dagster-dbt", "dbt-core", "dbt-duckdb", "duckdb", "great_expectations", "SQLAlchemy")


@dataclass(frozen=True)
class Check:
    status: str  # PASS | WARN | FAIL
    name: str
    detail: str
    fix: str = ""


def run_checks(settings: Settings, sources_file: Path | None = None, source_dir: Path | None = None) -> list[Check]:
    checks: list[Check] = []
    steps: list[tuple[str, Callable[[], Iterator[Check]]]] = [
        ("configuration", lambda: _configuration(settings)),
        ("sources", lambda: _sources(sources_file, source_dir)),
        ("files", lambda: _files(settings)),
        ("dagster", lambda: _dagster(settings)),
        ("versions", _versions),
    ]
    for name, step in steps:
        try:
            checks.extend(step())
        except Exception as exc:  # a check that crashes is itself a failure, never a traceback
            checks.append(Check("FAIL", name, f"{type(exc).__name__}: {exc}", "report this as a bug"))
    return checks


def format_checks(checks: list[Check]) -> str:
    width = max(len(c.name) for c in checks)
    lines = []
    for check in checks:
        lines.append(f"{check.status:<5} {check.name:<{width}}  {check.detail}")
        if check.fix and check.status != "PASS":
            lines.append(f"{'':<5} {'':<{width}}  fix: {check.fix}")
    failed = sum(c.status == "FAIL" for c in checks)
    warned = sum(c.status == "WARN" for c in checks)
    lines.append(f"\n{len(checks)} checks: {failed} failed, {warned} warnings")
    return "\n".join(lines)


# ---- configuration


def _configuration(settings: Settings) -> Iterator[Check]:
    yield Check("PASS", "settings", f"COURTPERF_HOME={settings.home}, warehouse {settings.warehouse}")
    if settings.pii_hash_key == DEMO_PII_KEY:
        yield Check(
            "WARN",
            "pii hash key",
            "COURTPERF_PII_HASH_KEY is the demo key",
            "set COURTPERF_PII_HASH_KEY to a secret in the service environment (see docs/runbook.md)",
        )
    else:
        yield Check("PASS", "pii hash key", "COURTPERF_PII_HASH_KEY is set (not shown)")
    yield _signing_key(settings)
    yield from _dashboard_access()
    yield _bonus_rules()
    for problem in settings.path_problems(writing=True):
        detail, _, fix = problem.partition(". Fix: ")
        yield Check("FAIL", "paths", detail, fix or "see docs/runbook.md#paths")
    for problem in settings.publication_problems():
        yield Check("FAIL", "readers' copy", problem, "see docs/bi.md (COURTPERF_PUBLISH_RESTRICTED)")
    if not settings.dagster_yaml.is_file():
        yield Check(
            "FAIL",
            "instance config",
            f"{settings.dagster_yaml} does not exist",
            "set COURTPERF_DAGSTER_YAML to dagster.yaml or dagster.postgres.yaml",
        )


def _bonus_rules() -> Check:
    """The bonus rules (config/bonus/bonus.yaml) `courtperf bonus` divides pools by."""
    from bonus.rules import RULES_FILE, load_bonus_rules

    try:
        rules = load_bonus_rules()
    except ValueError as exc:  # BonusRulesError, or the grading scales it reads (ScoringConfigError)
        return Check("FAIL", "bonus rules", "; ".join(getattr(exc, "problems", [str(exc)])), f"edit {RULES_FILE}")
    roles = len(rules.role_coefficients)
    return Check("PASS", "bonus rules", f"{RULES_FILE}: {roles} role coefficients, score factor {rules.score_factor}")


def _dashboard_access() -> Iterator[Check]:
    """Who may see what (the access file) and how people sign in (single sign-on, local accounts); no secret shown."""
    from access.scope import AccessError, access_file, load_config
    from dashboard import sso

    try:
        config = load_config()
        yield Check("PASS", "dashboard access", f"{access_file()}: {len(config.grants)} exception(s) by staff id")
    except AccessError as exc:
        yield Check("FAIL", "dashboard access", str(exc).replace("\n", " "), f"correct {access_file()}")
    try:
        single_sign_on = sso.from_env(dict(os.environ), "http://localhost:8501")
    except sso.SsoConfigError as exc:
        yield Check("FAIL", "single sign-on", str(exc), "see docs/runbook.md (Single sign-on)")
        return
    if single_sign_on is None:
        yield Check("PASS", "single sign-on", "not configured: local accounts only (`courtperf users add`)")
    else:
        yield Check("PASS", "single sign-on", f"{single_sign_on.issuer}, client {single_sign_on.client_id}, "
                    f"staff id in claim {sso.staff_claim()!r}")  # fmt: skip


def _signing_key(settings: Settings) -> Check:
    """The key that signs the archive's chain heads (archive/signing.py); never shown."""
    from archive.signing import SigningKeys
    from archive.store import ArchiveError

    name = "archive signing key"
    try:
        keys = SigningKeys.from_settings(settings)
    except ArchiveError as exc:
        return Check("FAIL", name, str(exc), "set COURTPERF_ARCHIVE_SIGNING_KEY to its own secret (docs/runbook.md)")
    if keys.is_demo:
        return Check(
            "WARN",
            name,
            "COURTPERF_ARCHIVE_SIGNING_KEY is not set: archive versions are signed with the demo key, which anyone "
            "can use to forge them",
            "set COURTPERF_ARCHIVE_SIGNING_KEY to a secret in the service environment (see docs/runbook.md)",
        )
    old = f", {len(keys.old)} old key(s) for verifying" if keys.old else ""
    return Check("PASS", name, f"COURTPERF_ARCHIVE_SIGNING_KEY is set (not shown; key id {keys.key_id}{old})")


def _sources(sources_file: Path | None, source_dir: Path | None) -> Iterator[Check]:
    from dagster import Failure

    from ingestion.contract import load_contract
    from ingestion.sources import SourceConfigError, SourceTransientError, SourceUnavailableError, missing_tables
    from ingestion.sources.systems import FILE_SUFFIXES
    from orchestration.resources import SourcesResource

    resource = SourcesResource(sources_file=str(sources_file or ""), source_dir=str(source_dir or ""))
    try:
        systems = resource.systems()
    except (Failure, SourceConfigError) as exc:
        text = exc.description if isinstance(exc, Failure) else str(exc)
        yield Check("FAIL", "sources", text, "correct the sources file (docs/runbook.md#sources) or pass --sources")
        return
    contract = load_contract()
    for system in contract.systems:
        name = f"source {system}"
        source = systems.get(system)
        tables = [t.name for t in contract.tables if t.system == system]
        if source is None:
            yield Check("FAIL", name, "not configured", f"add systems.{system} to the sources file")
        elif source.mapping is not None:
            yield _mapped_source(name, source)
        elif source.url is not None:
            try:
                absent = missing_tables(source, tables)
            except SourceTransientError as exc:
                yield Check(
                    "FAIL",
                    name,
                    str(exc),
                    "the server is down or busy: the nightly run retries, but "
                    "check the server, the network and the firewall",
                )
            except (SourceUnavailableError, SourceConfigError) as exc:
                yield Check(
                    "FAIL",
                    name,
                    str(exc),
                    "check the URL in the sources file and the credentials in the environment variables it names",
                )
            else:
                yield _tables_check(
                    name,
                    source.label,
                    tables,
                    absent,
                    "the run fails on a missing table; point the URL at the database that holds them",
                )
        elif not source.directory.is_dir():
            yield Check("FAIL", name, f"folder {source.directory} does not exist", "check the export path")
        else:
            absent = [t for t in tables if not any((source.directory / f"{t}{s}").is_file() for s in FILE_SUFFIXES)]
            yield _tables_check(
                name,
                str(source.directory),
                tables,
                absent,
                "missing files are quarantined as file errors tonight; ask the system's vendor for the export",
                status="WARN",
            )


def _mapped_source(name: str, source) -> Check:
    """A system read through a mapping: `courtperf sources check` for its tables, in one line."""
    from ingestion.sources.check import check_sources

    found = check_sources({source.system: source}, sample=0)
    found = [c for c in found if c.table.split(".")[0] == source.system]
    where = f"{source.label} via {source.mapping.path}"
    failed = [c for c in found if c.status == "FAIL"]
    warned = [c for c in found if c.status == "WARN"]
    fix = f"run `courtperf sources check` for every problem, then correct {source.mapping.path} (docs/sources.md)"
    if failed:
        first = failed[0].problems[0]
        return Check("FAIL", name, f"{where}: {len(failed)} table(s) cannot load as mapped, first: {first}", fix)
    if warned:
        what = [f"{c.table} ({len(c.unmapped)} column(s) with unmapped codes, {c.quarantined:,} rows)" for c in warned]
        return Check("WARN", name, f"{where}: rows that would be quarantined in {', '.join(what)}", fix)
    return Check("PASS", name, f"{where}: all {len(found)} tables map")


def _tables_check(name: str, where: str, tables: list[str], absent: list[str], fix: str, status: str = "FAIL") -> Check:
    if absent:
        return Check(status, name, f"{where}: missing {', '.join(absent)}", fix)
    return Check("PASS", name, f"{where}: all {len(tables)} tables present")


# ---- warehouse, archive, disk


def _files(settings: Settings) -> Iterator[Check]:
    import duckdb

    from courtperf.settings import not_a_duckdb_file
    from orchestration.resources import lock_holder

    for label, path, absent in (
        ("warehouse", settings.warehouse, ("WARN", "the first `courtperf run` creates it")),
        ("archive", settings.archive, ("WARN", "the first `courtperf close-period` creates it")),
        ("published", settings.published, ("WARN", "the first successful nightly run publishes it")),
    ):
        if not path.exists():
            yield Check(absent[0], label, f"{path} does not exist yet", absent[1])
            continue
        for problem in not_a_duckdb_file(label, path):
            detail, _, fix = problem.partition(". Fix: ")
            yield Check("FAIL", label, detail, fix)
            break
        else:
            if label == "published":  # readers (the dashboard, BI tools) hold it by design: not a lock problem
                yield Check("PASS", label, f"{path}: {path.stat().st_size / 1e6:,.1f} MB")
                continue
            try:  # a write connection, as the nightly run takes: fails if any other program holds the file
                duckdb.connect(str(path)).close()
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower():
                    yield Check("FAIL", label, f"{path}: {exc}", f"restore {label} from its backup (docs/runbook.md)")
                else:
                    yield Check(
                        "FAIL",
                        label,
                        f"{path} is locked by another program ({lock_holder(exc)})",
                        "close the program that holds it; the nightly run would wait and then fail",
                    )
            except duckdb.Error as exc:
                yield Check("FAIL", label, f"{path}: {exc}", f"restore {label} from the last backup (docs/runbook.md)")
            else:
                yield Check("PASS", label, f"{path}: {path.stat().st_size / 1e6:,.1f} MB, not locked")
    folder = settings.warehouse.parent if settings.warehouse.parent.exists() else settings.home
    while not folder.exists():
        folder = folder.parent
    free = shutil.disk_usage(folder).free
    used = sum(p.stat().st_size for p in (settings.warehouse, settings.archive) if p.exists())
    needed = MIN_FREE_BYTES + 2 * used  # a full refresh rewrites the warehouse beside the old pages
    status = "PASS" if free >= needed else ("FAIL" if free < MIN_FREE_BYTES else "WARN")
    yield Check(
        status,
        "disk space",
        f"{free / 2**30:,.1f} GiB free on {folder} (want {needed / 2**30:,.1f} GiB)",
        "free space or move COURTPERF_HOME / COURTPERF_WAREHOUSE to a larger disk",
    )


# ---- Dagster


def _dagster(settings: Settings) -> Iterator[Check]:
    from dagster import DagsterInstance

    from cli.runner import prepare_instance
    from orchestration.recovery import inspect

    try:
        prepare_instance(settings)
        with DagsterInstance.get() as instance:
            storage = type(instance.run_storage).__name__
            queue = instance.get_concurrency_config().run_queue_config
            heartbeats = instance.get_daemon_heartbeats()
            runs = inspect(instance)
    except Exception as exc:
        yield Check(
            "FAIL",
            "dagster instance",
            f"{settings.dagster_home}: {type(exc).__name__}: {exc}".splitlines()[0],
            "check COURTPERF_DAGSTER_YAML and, for PostgreSQL, the DAGSTER_PG_* variables and the server",
        )
        return
    limit = queue.max_concurrent_runs if queue else "unlimited"
    yield Check("PASS", "dagster instance", f"{settings.dagster_home}: {storage}, queued runs (max {limit} at a time)")
    now = datetime.now(UTC).timestamp()
    beat = heartbeats.get("SCHEDULER")
    if beat is None or now - beat.timestamp > DAEMON_STALE_SECONDS:
        yield Check(
            "WARN",
            "dagster daemon",
            "no scheduler heartbeat in the last 5 minutes: schedules, the queue and failure alerts do not run",
            "run `dagster-daemon run` as a service (docs/runbook.md#deploy)",
        )
    else:
        yield Check("PASS", "dagster daemon", f"scheduler heartbeat {now - beat.timestamp:.0f} s ago")
    yield from _runs_and_slots(runs)
    from orchestration.definitions import defs

    assets = len(list(defs.resolve_asset_graph().get_all_asset_keys()))
    schedules = ", ".join(f"{s.name} ({s.cron_schedule} {s.execution_timezone})" for s in defs.schedules)
    yield Check("PASS", "definitions", f"{assets} assets; schedules {schedules}")


def _runs_and_slots(found) -> Iterator[Check]:
    """Runs in progress whose process is gone, and pool slots held by runs that are not running."""
    fix = "the next `courtperf run` marks it failed and frees its slot (docs/runbook.md#after-a-crash)"
    for state in found.stale:
        held = [pool for pool, ids in found.slots.items() if state.run_id in ids]
        holds = f"; holds the {', '.join(held)} pool" if held else ""
        yield Check("FAIL", "stale run", f"{state.describe()}{holds}", fix)
    for run_id in sorted(found.finished_holders):
        pools = ", ".join(pool for pool, ids in found.slots.items() if run_id in ids)
        yield Check("FAIL", "held slot", f"the {pools} pool is held by run {run_id}, which is not running", fix)
    for state in found.runs:
        if state.alive is None:
            yield Check(
                "WARN",
                "run in progress",
                state.describe(),
                f"if that process is gone, mark the run failed in the UI (Runs → {state.run_id} → Terminate)",
            )
        elif state.alive:
            yield Check("PASS", "run in progress", state.describe())
    if not found.stale and not found.finished_holders:
        yield Check("PASS", "stale runs", "no run in progress has lost its process; no slot is held by a finished run")


# ---- versions


def _versions() -> Iterator[Check]:
    pins = {}
    for line in (PROJECT_ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("==", 1)
            pins[name.strip()] = version.strip()
    wrong = []
    for name, pinned in pins.items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            installed = "missing"
        if installed != pinned:
            wrong.append(f"{name} {installed} (lock: {pinned})")
    shown = ", ".join(f"{name} {pins.get(name, '?')}" for name in SHOWN_VERSIONS)
    python = platform.python_version()
    if wrong:
        yield Check(
            "FAIL",
            "versions",
            f"{len(wrong)} packages differ from requirements.lock: {'; '.join(wrong[:8])}",
            f"{sys.executable} -m pip install -r requirements.lock -e .",
        )
    else:
        yield Check("PASS", "versions", f"python {python}; {shown}; all {len(pins)} pins of requirements.lock match")
    if not python.startswith("3.11."):
        yield Check("FAIL", "python", f"python {python}", "courtperf runs on Python 3.11")
