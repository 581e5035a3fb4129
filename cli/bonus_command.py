"""`courtperf bonus 2024-Q1 --pools pools.csv [--reason TEXT]`: divide the 政治部's bonus pools of a closed
period by config/bonus/bonus.yaml and record the allocation in the archive (see bonus/)."""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from courtperf.settings import Settings


def add_commands(sub) -> None:
    bonus = sub.add_parser("bonus", help="divide a closed period's bonus pools (奖金分配) and archive the allocation")
    bonus.add_argument("period", help="a closed period: 2024-03 (month), 2024-Q1 (quarter) or 2024 (year)")
    bonus.add_argument(
        "--pools", required=True, type=Path, help="the pools file (CSV or XLSX: court_code,dept_id,amount)"
    )
    bonus.add_argument("--reason", help="why a period allocated before is allocated again (required then)")
    bonus.set_defaults(handler=_bonus)


def _bonus(args: argparse.Namespace, settings: Settings) -> int:
    import duckdb

    from archive.periods import parse_period
    from archive.store import ArchiveError
    from bonus.allocate import AllocationError
    from bonus.pools import PoolsError
    from bonus.record import allocate_period
    from bonus.rules import BonusRulesError, load_bonus_rules

    try:
        period = parse_period(args.period)
        outcome = allocate_period(
            period, args.pools, archive=settings.archive, rules=load_bonus_rules(), reason=args.reason
        )
    except (ArchiveError, AllocationError, PoolsError, BonusRulesError, ValueError) as exc:
        print(exc, file=sys.stderr)
        return 1
    pools: dict[tuple, list] = defaultdict(list)
    for a in outcome.allocations:
        pools[(a.pool.line, a.pool.court_code, a.pool.dept_id or "", int(a.pool.amount))].append(a)
    print(f"{'line':>4}  {'pool':<20} {'amount':>12} {'people':>6} {'paid':>6} {'allocated':>12}")
    for (line, court, dept, amount), rows in sorted(pools.items()):
        paid = sum(1 for a in rows if a.amount > 0)
        print(f"{line:>4}  {(court + ' ' + dept).strip():<20} {amount:>12,} {len(rows):>6} {paid:>6} "
              f"{sum(a.amount for a in rows):>12,}")  # fmt: skip
    for court, n in sorted(outcome.unpooled.items()):
        print(f"not in any pool: {n} graded people of court {court}")
    if outcome.status == "unchanged":
        print(f"{period}: allocation {outcome.allocation} holds these pools, rules and results: nothing written")
        return 0
    print(f"{period}: allocation {outcome.allocation} written to {settings.archive} "
          f"({len(outcome.allocations)} people, {outcome.total:,} yuan; tables bonus_allocations_current and "
          "bonus_explanations_current)")  # fmt: skip
    from archive.period_report import write_report

    # the period's report again, now with its allocation (names from the readers' copy, as `archive report` takes)
    reference = settings.published if settings.published.exists() else settings.warehouse
    try:
        path = write_report(settings.archive, reference, settings.reports, period)
    except (ArchiveError, duckdb.Error) as exc:  # the allocation stands; the report can be written again later
        print(f"the period report was not written again ({exc}); write it with courtperf archive report {period}",
              file=sys.stderr)  # fmt: skip
    else:
        print(f"period report (质效通报) with the allocation: {path}")
    return 0
