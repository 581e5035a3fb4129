"""`courtperf`: the one command for operators and newcomers.

    courtperf demo                      generate ordos-scale demo sources and run the nightly job
    courtperf generate [options]        write the demo court systems (SQLite per system, or CSV/Parquet)
    courtperf run [--sources FILE | --source-dir DIR] [--warehouse FILE] [--full-refresh]
    courtperf quality                   the latest run's data quality and the data-defect worklist
    courtperf ui                        open the Dagster UI on the same instance and warehouse
    courtperf dashboard                 serve the dashboard (可视化大屏) on the published marts
    courtperf close-period 2024-03      close a month (2024-Q1, 2024) into the performance archive
    courtperf archive verify|sign|export|import|show|explain   the performance archive (业绩档案)
    courtperf warnings [--court C] [--dept D] [--person P] [--level L]   open supervision warnings (监督预警)
    courtperf users add|disable|enable|reset|list   local accounts of the dashboard (no single sign-on)
    courtperf audit [--viewer P] [--subject P] [--since T]   sign-ins and views of personal records
    courtperf sources check [--sources FILE]   what each source (through its mapping) would load, before loading
    courtperf doctor                    check configuration, sources, warehouse, Dagster and versions
    courtperf spark export-raw|build    the optional Spark target: raw as Parquet, the same dbt models on Spark

Every run goes through Dagster and is recorded in its instance (DAGSTER_HOME), so it shows in the UI.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
import warnings
from datetime import date
from pathlib import Path

from cli.access_commands import add_commands as add_access_commands
from cli.archive_commands import add_commands as add_archive_commands
from cli.bonus_command import add_commands as add_bonus_commands
from cli.sources_commands import add_commands as add_sources_commands
from cli.supervision_commands import add_commands as add_supervision_commands
from courtperf.settings import PROJECT_ROOT, Settings, SettingsError
from engines.spark import add_commands as add_spark_commands


def main(argv: list[str] | None = None) -> int:
    # Great Expectations imports pyspark when the spark extra is installed, and pyspark warns about pandas 3 on
    # every run; courtperf's Spark path never goes through pandas, so the warning tells an operator nothing.
    warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas", category=FutureWarning)
    args = _parser().parse_args(argv)
    if args.warehouse:
        os.environ["COURTPERF_WAREHOUSE"] = str(Path(args.warehouse).resolve())
    settings = Settings.from_env()
    if args.handler is not _doctor:  # doctor reports the same problems as checks, with the rest
        try:
            settings.validate(writing=args.handler in (_run, _demo))
        except SettingsError as exc:
            print(f"courtperf: {exc}", file=sys.stderr)
            return 2
    settings.export()
    return args.handler(args, settings)


class _HelpFormatter(argparse.HelpFormatter):
    """Every option's help ends with its default, where it has one."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        no_default = action.default is None or action.default is False or action.default in ([], argparse.SUPPRESS)
        if action.option_strings and not no_default and "%(default)" not in text and "default:" not in text:
            text += " (default: %(default)s)"
        return text


def _global_options(parser: argparse.ArgumentParser, top: bool = True) -> None:
    """The options every command takes, before or after its name (`courtperf --warehouse W run` and
    `courtperf run --warehouse W`); and help with defaults, on every command and action."""
    parser.formatter_class = _HelpFormatter
    parser.add_argument(
        "--warehouse",
        default=None if top else argparse.SUPPRESS,  # after the command, only when given: it never undoes the first
        help="DuckDB warehouse file (default: COURTPERF_WAREHOUSE, else <COURTPERF_HOME>/warehouse.duckdb)",
    )
    for action in parser._actions:  # argparse keeps its subcommands there; it has no public accessor
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                _global_options(command, top=False)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="courtperf", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(required=True, metavar="command")

    demo = sub.add_parser("demo", help="generate demo sources and run the nightly job on them")
    demo.add_argument(
        "--scale", default="ordos", choices=["tiny", "ordos", "province"], help="size of the court system"
    )
    demo.add_argument("--years", type=int, default=4, help="years of history (4: cases pending 36 months occur)")
    demo.add_argument("--seed", type=int, default=42, help="random seed: the same seed, the same data")
    demo.add_argument("--as-of", type=date.fromisoformat, help="last day of the history (default: today)")
    demo.add_argument(
        "--defect-rate", type=float, default=0.0, help="share of rows given a defect (0-1): the gate then blocks scores"
    )
    demo.add_argument(
        "--layout",
        default="contract",
        choices=["contract", "vendor"],
        help="vendor: the demo systems as a vendor delivers them, loaded through mapping files (docs/sources.md)",
    )
    demo.set_defaults(handler=_demo)

    gen = sub.add_parser("generate", help="write the demo court systems")
    gen.add_argument("--out", type=Path, help="output folder (default: COURTPERF_DEMO_SOURCES)")
    gen.add_argument("--scale", default="tiny", choices=["tiny", "ordos", "province"], help="size of the court system")
    gen.add_argument("--seed", type=int, default=42, help="random seed: the same seed, the same data")
    gen.add_argument("--years", type=int, default=2, help="years of history")
    gen.add_argument("--as-of", type=date.fromisoformat, help="last day of the history (default: today)")
    gen.add_argument(
        "--format",
        dest="fmt",
        default="sqlite",
        choices=["sqlite", "csv", "parquet"],
        help="one database per system, or files",
    )
    gen.add_argument("--encoding", default="utf-8", choices=["utf-8", "gbk"], help="encoding of CSV files")
    gen.add_argument("--defect-rate", type=float, default=0.0, help="share of rows given a defect (0-1)")
    gen.add_argument(
        "--layout",
        default="contract",
        choices=["contract", "vendor"],
        help="contract: the systems in the contract's shape; vendor: as a vendor delivers them (pinyin columns, "
        "code tables, a table split in two, GBK CSV, XLSX), with the mapping files that load them (docs/sources.md)",
    )
    gen.add_argument("--next-night", action="store_true", help="add the next night's changes to existing demo sources")
    gen.set_defaults(handler=_generate)

    run = sub.add_parser("run", help="run the nightly job: ingest every source table and build the marts")
    where = run.add_mutually_exclusive_group()
    where.add_argument("--sources", type=Path, help="sources YAML: a SQLAlchemy URL or folder per system")
    where.add_argument("--source-dir", type=Path, help="one folder laid out <system>/<table>.csv")
    run.add_argument("--encoding", default="utf-8", choices=["utf-8", "gbk"], help="encoding of CSV files")
    run.add_argument("--full-refresh", action="store_true", help="reload every table from scratch")
    run.set_defaults(handler=_run)

    catalog = sub.add_parser("catalog", help="validate the indicator catalog and write its documentation page")
    catalog.add_argument("--docs", type=Path, default=Path("docs/indicators.md"), help="where to write the page")
    catalog.add_argument(
        "--health",
        action="store_true",
        help="instead: list indicators null or constant everywhere and near-duplicate pairs on the published marts "
        "(exit 1 on any not marked as known in dbt_project/config/catalog_health.yaml)",
    )
    catalog.set_defaults(handler=_catalog)

    quality = sub.add_parser(
        "quality", help="the latest run's data quality (every failed check by name) and the defect worklist"
    )
    quality.add_argument("--worklist", action="store_true", help="print the data-defect worklist (数据质量整改清单)")
    quality.add_argument("--court", help="worklist of one court (court code, e.g. 内0602)")
    quality.add_argument("--dept", help="worklist of one department (dept_id)")
    quality.add_argument("--person", help="worklist of one responsible person (person_id)")
    quality.add_argument("--all", action="store_true", help="include fixed defects in the worklist")
    quality.set_defaults(handler=_quality)

    add_archive_commands(sub)  # close-period, archive …
    add_bonus_commands(sub)  # bonus
    add_supervision_commands(sub)  # warnings
    add_access_commands(sub)  # users, audit
    add_sources_commands(sub)  # sources check

    doctor = sub.add_parser("doctor", help="check configuration, sources, warehouse, Dagster and versions")
    where = doctor.add_mutually_exclusive_group()
    where.add_argument("--sources", type=Path, help="sources YAML to check (default: as `courtperf run`)")
    where.add_argument("--source-dir", type=Path, help="export folder to check")
    doctor.set_defaults(handler=_doctor)

    dashboard = sub.add_parser("dashboard", help="serve the dashboard (可视化大屏) on the published marts")
    dashboard.add_argument("--port", type=int, default=8501, help="port of the dashboard")
    dashboard.add_argument("--address", default="localhost", help="interface to listen on (0.0.0.0: every one)")
    dashboard.set_defaults(handler=_dashboard)
    add_spark_commands(sub)  # spark export-raw | build

    ui = sub.add_parser("ui", help="start the Dagster UI (webserver and daemon) on this instance")
    ui.add_argument("--port", type=int, default=3000, help="port of the UI")
    ui.add_argument("--address", default="127.0.0.1", help="interface to listen on (0.0.0.0: every one)")
    ui.set_defaults(handler=_ui)
    _global_options(parser)
    return parser


def _generate(args: argparse.Namespace, settings: Settings) -> int:
    from ingestion.demo_sources import generate, generate_next_night

    out = (args.out or settings.demo_sources).resolve()
    started = time.perf_counter()
    if args.next_night:
        summary = generate_next_night(out, seed=args.seed + 1, progress=_say)
    else:
        summary = generate(
            out,
            scale=args.scale,
            seed=args.seed,
            years=args.years,
            as_of=args.as_of,
            fmt=args.fmt,
            encoding=args.encoding,
            defect_rate=args.defect_rate,
            layout=args.layout,
            progress=_say,
        )
    total = sum(summary.rows.values())
    seconds = time.perf_counter() - started
    _say(f"wrote {total:,} rows in {len(summary.rows)} tables to {out} in {seconds:.1f} s")
    if summary.defects:
        _say("injected defects: " + ", ".join(f"{k} {v}" for k, v in sorted(summary.defects.items())))
    return 0


def _run(args: argparse.Namespace, settings: Settings) -> int:
    from cli.runner import print_run_summary, run_nightly
    from orchestration.pool_wait import EXIT_INTERRUPTED

    outcome = run_nightly(
        settings,
        sources_file=args.sources,
        source_dir=args.source_dir,
        encoding=args.encoding,
        full_refresh=args.full_refresh,
    )
    if outcome.interrupted:
        return EXIT_INTERRUPTED
    print_run_summary(settings, outcome)
    return 0 if outcome.success else 1


def _demo(args: argparse.Namespace, settings: Settings) -> int:
    from cli.runner import print_headline_figures, print_run_summary, run_nightly
    from ingestion.demo_sources import generate

    started = time.perf_counter()
    _say(f"generating {args.years} years of {args.scale}-scale demo court systems in {settings.demo_sources}")
    if settings.demo_sources.exists():
        shutil.rmtree(settings.demo_sources)
    generate(
        settings.demo_sources,
        scale=args.scale,
        seed=args.seed,
        years=args.years,
        as_of=args.as_of,
        defect_rate=args.defect_rate,
        layout=args.layout,
        progress=_say,
    )
    _say("running the nightly job (ingestion -> raw -> staging -> intermediate -> marts) through Dagster")
    outcome = run_nightly(settings, sources_file=settings.demo_sources / "sources.yaml", full_refresh=True)
    print_run_summary(settings, outcome)
    if outcome.success:
        print_headline_figures(settings)
    if settings.published.exists():
        from cli.access_commands import create_demo_accounts

        print(f"\nDemo accounts of the dashboard (sign in with one; passwords are new each demo, {settings.accounts}):")
        for username, password, person_id, name in create_demo_accounts(settings):
            print(f"  {username:<8} password {password:<14} {name}（{person_id}）")
    _say(f"demo finished in {time.perf_counter() - started:.0f} s")
    return 0 if outcome.success else 1


def _catalog(args: argparse.Namespace, settings: Settings) -> int:
    if args.health:
        return _catalog_health(settings)
    from codegen.models import generate_indicator_models
    from indicators.catalog import CatalogError
    from indicators.describe import write_catalog_page

    try:
        catalog = generate_indicator_models()
    except CatalogError as exc:
        print(exc, file=sys.stderr)
        return 2
    counts: dict[str, set[str]] = {}
    for ind in catalog.indicators:
        counts.setdefault(ind.category, set()).add(ind.id)
    for cat in catalog.categories:
        print(f"{cat.id:<24}{cat.name_zh:<12}{len(counts.get(cat.id, ())):>5}")
    print(f"{'total':<36}{len(catalog.ids):>5}   catalog version {catalog.version}")
    write_catalog_page(catalog, args.docs)
    _say(f"wrote {args.docs}")
    from orchestration.dbt_manifest import prepare_manifest

    prepare_manifest()  # the manifest the scheduled runs read, so they build the edited catalog
    _say("prepared the dbt manifest")
    return 0


def _catalog_health(settings: Settings) -> int:
    import duckdb

    from indicators.health import check, format_health, load_known

    source = settings.published if settings.published.exists() else settings.warehouse
    if not source.exists():
        print(f"no published marts at {settings.published}: run the nightly job first (courtperf run)", file=sys.stderr)
        return 2
    with duckdb.connect(str(source), read_only=True) as con:
        health = check(con, load_known())
        names = dict(con.execute("select distinct indicator_id, name_zh from marts.indicator_catalog").fetchall())
    print(f"{source}:")
    print(format_health(health, names))
    return 1 if health.unmarked else 0


def _quality(args: argparse.Namespace, settings: Settings) -> int:
    from quality.report import latest_summary
    from quality.worklist import WorklistFilter, format_worklist, worklist_rows

    if not settings.warehouse.exists():
        print(f"no warehouse at {settings.warehouse}: run the nightly job first (courtperf run)")
        return 1
    selection = WorklistFilter(args.court, args.dept, args.person, args.all)
    if not (args.worklist or args.court or args.dept or args.person):
        print(latest_summary(settings.warehouse))
        print()
    print(format_worklist(worklist_rows(settings.warehouse, selection), selection))
    return 0


def _doctor(args: argparse.Namespace, settings: Settings) -> int:
    from cli.doctor import format_checks, run_checks

    checks = run_checks(settings, sources_file=args.sources, source_dir=args.source_dir)
    print(format_checks(checks))
    return 1 if any(c.status == "FAIL" for c in checks) else 0


def _ui(args: argparse.Namespace, settings: Settings) -> int:
    """The Dagster webserver and daemon (schedules, sensors, run queue) on the project's instance, as Dagster runs
    them in production; run from DAGSTER_HOME, whose dagster.yaml is the instance's."""
    from cli.runner import create_instance_storage, prepare_instance
    from cli.serve import serve
    from orchestration.dbt_manifest import prepare_manifest

    prepare_instance(settings)
    create_instance_storage()
    prepare_manifest()  # a catalog error stops here; after a catalog edit, `courtperf catalog` prepares it again
    bin_dir = Path(sys.executable).parent
    code = ["-m", "orchestration.definitions", "-d", str(PROJECT_ROOT)]
    webserver = [str(bin_dir / "dagster-webserver"), *code, "-h", args.address, "-p", str(args.port)]
    daemon = [str(bin_dir / "dagster-daemon"), "run", *code]
    _say(f"Dagster UI on http://{args.address}:{args.port} (DAGSTER_HOME={settings.dagster_home}); Ctrl-C stops it")
    return serve([webserver, daemon], cwd=settings.dagster_home, say=_say)


def _dashboard(args: argparse.Namespace, settings: Settings) -> int:
    from access.sessions import SECRET_ENV, ensure_secret
    from cli.serve import serve
    from dashboard import sso, streamlit_command

    if not settings.published.exists():
        _say(f"no published marts at {settings.published} yet: the dashboard shows data after a nightly run")
    ensure_secret(os.environ)  # sign-ins last until it restarts, unless COURTPERF_SESSION_SECRET is configured
    try:
        single_sign_on = sso.from_env(dict(os.environ), f"http://{args.address}:{args.port}")
    except sso.SsoConfigError as exc:
        print(f"courtperf: {exc}", file=sys.stderr)
        return 2
    how = f"the court's single sign-on ({single_sign_on.issuer}) or " if single_sign_on else ""
    _say(f"dashboard on http://{args.address}:{args.port} reading {settings.published} (read-only); sign in with "
         f"{how}a local account (`courtperf users add`); Ctrl-C stops it")  # fmt: skip
    _say(f"wall screen (大屏, 1920×1080, rotating): http://{args.address}:{args.port}/wall")
    if single_sign_on is None:
        return serve([streamlit_command(args.port, args.address)], say=_say)
    with sso.secrets_file(single_sign_on, os.environ[SECRET_ENV]) as secrets:
        return serve([streamlit_command(args.port, args.address, secrets)], say=_say)


def _say(message: str) -> None:
    print(f"[courtperf] {message}", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
