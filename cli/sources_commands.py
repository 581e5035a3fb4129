"""`courtperf sources check [--sources FILE | --source-dir DIR]`: connect to each source system, apply its mapping,
and print per contract table what maps, what is missing, which source codes have no mapping, type problems and a
sample of the rows that would be quarantined, before anything is loaded (ingestion/sources/check.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from courtperf.settings import Settings


def add_commands(sub) -> None:
    sources = sub.add_parser("sources", help="the court's source systems: check them and their mappings")
    actions = sources.add_subparsers(required=True, metavar="action")
    check = actions.add_parser(
        "check",
        help="read every source as tonight would, through its mapping, and report what would not load (loads nothing)",
    )
    where = check.add_mutually_exclusive_group()
    where.add_argument("--sources", type=Path, help="sources YAML to check (default: as `courtperf run`)")
    where.add_argument("--source-dir", type=Path, help="export folder laid out <system>/<table>.csv to check")
    check.add_argument("--encoding", default="utf-8", choices=["utf-8", "gbk"], help="encoding of CSV files")
    check.add_argument("--sample", type=int, default=5, help="rows shown per table that would be quarantined")
    check.set_defaults(handler=_check)


def _check(args: argparse.Namespace, settings: Settings) -> int:
    from dagster import Failure

    from ingestion.sources import SourceConfigError
    from ingestion.sources.check import check_sources, format_report
    from orchestration.resources import SourcesResource

    resource = SourcesResource(
        sources_file=str(args.sources or ""), source_dir=str(args.source_dir or ""), encoding=args.encoding
    )
    try:
        systems = resource.systems()
    except (Failure, SourceConfigError) as exc:
        print(f"courtperf: {exc.description if isinstance(exc, Failure) else exc}", file=sys.stderr)
        return 2
    found = check_sources(systems, sample=args.sample)
    print(format_report(found))
    return 1 if any(c.status == "FAIL" for c in found) else 0
