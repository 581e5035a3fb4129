"""`courtperf warnings`: the open supervision warnings (监督预警), read from the warehouse read-only."""

from __future__ import annotations

import argparse

import duckdb

from courtperf.settings import Settings

_LEVELS = ("green", "yellow", "red")
_RULES = ("time_limit", "long_pending", "conduct_risk", "indicator_anomaly", "petition_overdue")


def add_commands(sub: argparse._SubParsersAction) -> None:
    cmd = sub.add_parser("warnings", help="list open supervision warnings (filters: court, department, person, level)")
    cmd.add_argument("--court", help="court code, e.g. 内0602")
    cmd.add_argument("--dept", help="department id")
    cmd.add_argument("--person", help="responsible person id")
    cmd.add_argument("--level", choices=_LEVELS, help="only this level")
    cmd.add_argument(
        "--rule",
        choices=_RULES,
        help="only this rule (a case's time_limit or long_pending warning "
        "escalates in place; --all also lists closed history of the old per-level rules)",
    )
    cmd.add_argument("--all", action="store_true", help="closed warnings too")
    cmd.add_argument("--limit", type=int, default=200, help="at most this many rows (default 200; 0 = all)")
    cmd.set_defaults(handler=_warnings)


def query_warnings(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> list[tuple]:
    where, params = ["1 = 1" if args.all else "is_open"], []
    for column, value in (("court_code", args.court), ("dept_id", args.dept), ("person_id", args.person),
                          ("level", args.level), ("rule", args.rule)):  # fmt: skip
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    limit = f" limit {int(args.limit)}" if args.limit else ""
    return con.execute(
        "select level, rule, court_code, coalesce(person_id, '-'), first_seen, "
        "coalesce(cast(level_since as varchar), '-'), last_seen, "
        "coalesce(cast(closed_on as varchar), 'open'), title from marts.warnings where "
        + " and ".join(where)
        + " order by case level when 'red' then 0 when 'yellow' then 1 else 2 end, rule, court_code, first_seen, "
        "subject_id" + limit,
        params,
    ).fetchall()


def _warnings(args: argparse.Namespace, settings: Settings) -> int:
    if not settings.warehouse.exists():
        print(f"no warehouse at {settings.warehouse}: run the nightly job first (courtperf run)")
        return 1
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        try:
            rows = query_warnings(con, args)
        except duckdb.CatalogException:
            print("marts.warnings does not exist yet: run the nightly job first (courtperf run)")
            return 1
    print(f"{'level':<7}{'rule':<19}{'court':<9}{'person':<12}{'first seen':<12}{'level since':<12}{'last seen':<12}"
          f"{'closed':<12}title")  # fmt: skip
    for level, rule, court, person, first, since, last, closed, title in rows:
        print(f"{level:<7}{rule:<19}{court or '-':<9}{person:<12}{first!s:<12}{since:<12}{last!s:<12}{closed:<12}"
              f"{title}")  # fmt: skip
    print(f"{len(rows)} warning(s)" + ("" if args.all else " open"))
    return 0
