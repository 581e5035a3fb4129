"""Running the nightly job from the CLI through the Dagster instance, and reporting what it built."""

from __future__ import annotations

import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from courtperf.settings import Settings
from ingestion.landing import backwards_message

if TYPE_CHECKING:
    from orchestration.alerts import CheckOutcome

MART_SCHEMA = "marts"


@dataclass(frozen=True)
class RunOutcome:
    run_id: str
    success: bool
    failed_steps: list[tuple[str, str]]  # (step, why)
    seconds: float
    interrupted: bool = False  # stopped by SIGTERM or Ctrl-C while waiting for the warehouse pool
    checks: list[CheckOutcome] = field(default_factory=list)  # the run's checks that failed or warned
    standing: str | None = None  # nothing new: the run id of the published night whose marts stand (no dbt ran)


def prepare_instance(settings: Settings) -> None:
    """DAGSTER_HOME exists and holds the project's dagster.yaml (so the UI and the CLI share one instance);
    COURTPERF_DAGSTER_YAML picks another variant, e.g. dagster.postgres.yaml in production."""
    settings.dagster_home.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(settings.dagster_yaml, settings.dagster_home / "dagster.yaml")
    settings.export()


def create_instance_storage() -> None:
    """Create the instance's run, event-log and schedule storage once, in this process, before servers start side
    by side: on a new DAGSTER_HOME the webserver, the daemon and their code servers would otherwise each create
    the SQLite files at the same moment, and the loser of that race exits (a 'table already exists' or
    'UNIQUE constraint failed: alembic_version' error at start-up)."""
    from dagster import DagsterInstance

    with DagsterInstance.get() as instance:
        instance.get_runs_count()
        instance.all_instigator_state()
        instance.event_log_storage.get_asset_records()


def run_config_for(sources_file: Path | None = None, source_dir: Path | None = None, encoding: str = "utf-8") -> dict:
    """Run config that points the `sources` resource at a file or folder; recorded with the run in Dagster."""
    config = {"encoding": encoding}
    if sources_file:
        config["sources_file"] = str(Path(sources_file).resolve())
    if source_dir:
        config["source_dir"] = str(Path(source_dir).resolve())
    return {
        "resources": {"sources": {"config": config}},
        # INFO shows each step's progress lines (rows read/loaded/quarantined), not Dagster's debug events.
        "loggers": {"console": {"config": {"log_level": "INFO"}}},
    }


def run_nightly(
    settings: Settings,
    *,
    sources_file: Path | None = None,
    source_dir: Path | None = None,
    encoding: str = "utf-8",
    full_refresh: bool = False,
) -> RunOutcome:
    from dagster import DagsterInstance

    settings.validate(writing=True)  # paths that collide, not a DuckDB file, a read-only folder: before any write
    prepare_instance(settings)
    from orchestration.dbt_manifest import prepare_manifest

    prepare_manifest()  # before the Definitions are imported: they only read the manifest
    from orchestration.alerts import checks_not_passed, step_failure_messages
    from orchestration.definitions import defs
    from orchestration.ingestion_assets import FULL_REFRESH_TAG
    from orchestration.pool_wait import PoolWatch, stopped_while_waiting
    from orchestration.recovery import process_tags, recover

    job = defs.resolve_job_def("nightly")
    started = time.perf_counter()
    with DagsterInstance.get() as instance:
        # a run killed earlier (kill -9, a crash) still holds the warehouse pool: fail it and free its slot
        recover(instance, _say)
        with PoolWatch(instance, _say):
            result = job.execute_in_process(
                instance=instance,
                run_config=run_config_for(sources_file, source_dir, encoding),
                tags={FULL_REFRESH_TAG: str(full_refresh).lower(), "courtperf/trigger": "cli", **process_tags()},
                raise_on_error=False,
            )
        # the run has ended: nothing of it may hold a pool slot any longer (an interrupted step can leave one)
        instance.event_log_storage.free_concurrency_slots_for_run(result.run_id)
        standing = _standing(result, instance)
    if stopped_while_waiting.is_set():
        _say(f"stopped: run {result.run_id} marked failed and its warehouse pool claim freed")
        return RunOutcome(result.run_id, False, [], time.perf_counter() - started, interrupted=True)
    failed = step_failure_messages(result.all_events)
    _record_quality(settings, result.run_id)
    seconds = time.perf_counter() - started
    checks = checks_not_passed(result.all_events)
    return RunOutcome(result.run_id, result.success, failed, seconds, checks=checks, standing=standing)


def _standing(result, instance) -> str | None:
    """The published night that still stands, when this run built nothing (orchestration/unchanged_night.py)."""
    from orchestration.unchanged_night import last_published_night

    skipped = {e.step_key for e in result.all_events if e.is_step_skipped}
    if not result.success or "published_marts" not in skipped or "courtperf_dbt_models" in skipped:
        return None
    published = last_published_night(instance)
    return published[0] if published else None


def _say(message: str) -> None:
    print(f"[courtperf] {message}", flush=True)


def _record_quality(settings: Settings, run_id: str) -> None:
    """After the run (the writer lock is free): one row per table of the run in quality.data_quality."""
    from orchestration.quality_sensors import record_run_quality

    try:
        record_run_quality(run_id, settings)
    except duckdb.Error as exc:
        print(f"could not record the data quality of run {run_id}: {exc}")


def print_run_summary(settings: Settings, outcome: RunOutcome) -> None:
    status = "succeeded" if outcome.success else "FAILED"
    print(f"\n== nightly run {outcome.run_id} {status} in {outcome.seconds:.0f} s ==")
    if outcome.standing:
        from orchestration.unchanged_night import NOTHING_NEW

        print(f"{NOTHING_NEW} {outcome.standing}: dbt did not run, its marts and published copy stand")
    for step, why in outcome.failed_steps:
        print(f"failed step {step}: {why}")
    try:
        con = duckdb.connect(str(settings.warehouse), read_only=True)
    except duckdb.IOException as exc:
        # e.g. a failed run's dbt process has not released the file yet: say so rather than crash
        print(f"cannot read the warehouse for the summary: {exc}")
    else:
        with con:
            _print_landing(con, outcome.run_id)
            _print_marts(con)
    _print_checks(outcome.checks)
    bin_dir = Path(sys.executable).parent  # full paths: the venv need not be on PATH
    query = f"print(duckdb.connect('{settings.published}', read_only=True).sql('from marts.dim_court'))"
    print(
        "\nNext:\n"
        f"  Dagster UI (lineage, runs, checks):  {bin_dir / 'courtperf'} ui\n"
        f'  Query the published marts:           {sys.executable} -c "import duckdb; {query}"\n'
        f"  Data-quality checks and worklist:    {bin_dir / 'courtperf'} quality\n"
        f"  Dashboard on the published marts:    {bin_dir / 'courtperf'} dashboard"
    )


# The demo's headline figures (court_domain.md §1.3): catalog indicators of the two-level system (level city,
# 两级法院合计, computed from all its cases) in the latest year of the data.
HEADLINE_INDICATORS = (
    "clearance_rate",  # 结收比
    "closure_rate",  # 结案率
    "within_limit_closure_rate",  # 法定审限内结案率
    "appeal_rate",  # 上诉率
    "acceptance_rate",  # 一审服判息诉率
    "enf_recovery_rate",  # 执行到位率
)


def headline_figures(con: duckdb.DuckDBPyConnection) -> tuple[str | None, dict[str, tuple[str, float | None]]]:
    """(latest year, {indicator id: (name_zh, value)}) of HEADLINE_INDICATORS for the two-level system."""
    ids = list(HEADLINE_INDICATORS)
    marks = ", ".join("?" * len(ids))
    (year,) = con.execute(
        f"select max(period) from {MART_SCHEMA}.indicator_values where period_type = 'year' and level = 'city' "
        f"and indicator_id in ({marks}) and denominator > 0",
        ids,
    ).fetchone()
    rows = con.execute(
        f"""
        with names as (  -- the latest definition's name
            select indicator_id, name_zh from {MART_SCHEMA}.indicator_catalog
            qualify row_number() over (partition by indicator_id order by valid_from desc) = 1
        )
        select v.indicator_id, n.name_zh, v.value
        from {MART_SCHEMA}.indicator_values as v join names as n using (indicator_id)
        where v.period_type = 'year' and v.level = 'city' and v.period = ? and v.indicator_id in ({marks})
        """,
        [year, *ids],
    ).fetchall()
    got = {i: (name, value) for i, name, value in rows}
    return year, {i: got[i] for i in ids if i in got}


def print_headline_figures(settings: Settings) -> None:
    """One line of the demo's headline figures, to compare with the ranges of Chinese courts (README)."""
    try:
        con = duckdb.connect(str(settings.warehouse), read_only=True)
    except duckdb.IOException as exc:
        print(f"cannot read the warehouse for the headline figures: {exc}")
        return
    with con:
        try:
            year, figures = headline_figures(con)
        except duckdb.Error as exc:  # e.g. a failed night built no indicator marts
            print(f"no headline figures: {exc}")
            return
    if year is None:
        print("\nno headline figures: no court has a yearly value")
        return
    shown = " · ".join(f"{name} {'-' if value is None else f'{value:.1%}'}" for name, value in figures.values())
    print(f"\nheadline figures {year}, all courts: {shown}")


def _print_checks(checks: list[CheckOutcome]) -> None:
    errors = sum(c.severity == "ERROR" for c in checks)
    if not checks:
        print("\nchecks: every check passed")
        return
    print(f"\nchecks: {errors} failed (error), {len(checks) - errors} warned")
    for check in checks:
        word = "FAILED" if check.severity == "ERROR" else "warned"
        print(f"  {word:<7}{check.asset} · {check.check}: {check.description}")


def _print_landing(con: duckdb.DuckDBPyConnection, run_id: str) -> None:
    rows = con.execute(
        "select table_name, read, loaded, quarantined, coalesce(already_loaded, 0), coalesce(file_error, '') "
        "from raw._load_log where batch_id = ? order by table_name",
        [run_id],
    ).fetchall()
    if not rows:
        print("no tables were landed in this run")
        return
    print(f"\n{'source table':<34}{'read':>12}{'loaded':>12}{'quarantined':>13}{'already':>12}")
    for table, read, loaded, quarantined, already, error in rows:
        print(f"{table:<34}{read:>12,}{loaded:>12,}{quarantined:>13,}{already:>12,}  {error}")
    totals = [sum(r[i] for r in rows) for i in (1, 2, 3, 4)]
    print(f"{'total':<34}{totals[0]:>12,}{totals[1]:>12,}{totals[2]:>13,}{totals[3]:>12,}")
    print("(read = loaded + quarantined + already: rows read again that were landed before)")
    for table, latest, previous in con.execute(
        "select table_name, strftime(source_latest, '%Y-%m-%d %H:%M:%S'), strftime(previous_latest, "
        "'%Y-%m-%d %H:%M:%S') from raw._load_log where batch_id = ? and source_latest < previous_latest "
        "order by table_name",
        [run_id],
    ).fetchall():
        print(f"WARNING: {backwards_message(table, latest, previous)}")
    reasons = con.execute(
        "select reason_kind, count(*) from raw._quarantine where batch_id = ? group by 1 order by 2 desc, 1",
        [run_id],
    ).fetchall()
    if reasons:
        print("quarantined by reason: " + ", ".join(f"{kind} {n:,}" for kind, n in reasons))


def _print_marts(con: duckdb.DuckDBPyConnection) -> None:
    tables = con.execute(
        "select table_name from information_schema.tables where table_schema = ? order by table_name",
        [MART_SCHEMA],
    ).fetchall()
    if not tables:
        print("\nno marts were built")
        return
    print(f"\n{'mart':<34}{'rows':>12}")
    for (name,) in tables:
        count = con.execute(f'select count(*) from {MART_SCHEMA}."{name}"').fetchone()[0]
        print(f"{MART_SCHEMA + '.' + name:<34}{count:>12,}")


def run_close_period(settings: Settings, period, reason: str | None = None, defs=None) -> tuple[str, bool, str]:
    """Close one period through Dagster, recorded in the instance (DAGSTER_HOME) like `courtperf run`:
    the `close_<grain>` job for the period's partition. Returns (run_id, success, report or error)."""
    from dagster import DagsterInstance

    from orchestration.alerts import step_failure_messages
    from orchestration.archive_assets import REASON_TAG

    prepare_instance(settings)
    if defs is None:
        from orchestration.dbt_manifest import prepare_manifest

        prepare_manifest()  # the Definitions only read the manifest
        from orchestration.definitions import defs
    job = defs.resolve_job_def(f"close_{period.grain}")
    tags = {"courtperf/trigger": "cli", **({REASON_TAG: reason} if reason else {})}
    with DagsterInstance.get() as instance:
        result = job.execute_in_process(
            instance=instance,
            partition_key=period.partition_key,
            tags=tags,
            run_config={"loggers": {"console": {"config": {"log_level": "WARNING"}}}},
            raise_on_error=False,
        )
    if result.success:
        (event,) = result.get_asset_materialization_events()
        report = event.materialization.metadata["report"].value.strip("`\n")
        return result.run_id, True, report
    errors = [message for _, message in step_failure_messages(result.all_events)]
    return result.run_id, False, "\n".join(errors) or "the close run failed"
