"""The archive's CLI commands, added to `courtperf` by cli.py:

courtperf close-period 2024-03 | 2024-Q1 | 2024 [--reason TEXT]   close a period through Dagster
courtperf archive verify [--head HASH] [--heads FILE]             recompute the hash chain, check signatures and
                                                                   known heads (exit 1 on tampering)
courtperf archive sign                                             sign versions closed before signing existed
courtperf archive export DIR | import DIR                          back up to / restore from Parquet
courtperf archive show --person P | --department D | --court C     a record over the years
courtperf archive explain --person P --period 2024-Q1 --indicator I   the cases behind a number
courtperf archive report 2024-Q1 [--version N]                     write the period report (质效通报) again
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from courtperf.settings import Settings


def _guard(handler):
    """Operator errors (no archive yet, a bad period, …) print as one message, not a traceback."""

    def run(args: argparse.Namespace, settings: Settings) -> int:
        from archive.store import ArchiveError

        try:
            return handler(args, settings)
        except (ArchiveError, ValueError) as exc:
            print(exc, file=sys.stderr)
            return 1

    return run


def add_commands(sub) -> None:
    close = sub.add_parser("close-period", help="close a month, quarter or year into the performance archive")
    close.add_argument("period", help="2024-03 (month), 2024-Q1 (quarter) or 2024 (year)")
    close.add_argument("--reason", help="why a published period is restated (required when its results changed)")
    close.set_defaults(handler=_guard(_close))

    archive = sub.add_parser("archive", help="the performance archive: verify, sign, export, import, show, explain")
    actions = archive.add_subparsers(required=True, metavar="action")
    verify = actions.add_parser("verify", help="recompute every hash and the chain; check signatures and known heads")
    verify.add_argument(
        "--head",
        action="append",
        default=[],
        metavar="HASH",
        help="a chain head recorded outside the archive (notification, period report); repeatable",
    )
    verify.add_argument(
        "--heads",
        action="append",
        default=[],
        type=Path,
        metavar="FILE",
        help="a heads log or notification file (default: COURTPERF_ARCHIVE_HEADS when it exists)",
    )
    verify.set_defaults(handler=_guard(_verify))
    sign = actions.add_parser("sign", help="sign the versions closed before signing existed (after verifying)")
    sign.set_defaults(handler=_guard(_sign))
    for name, handler, text in (("export", _export, "write the archive as Parquet files"),
                                ("import", _import, "restore an export into an empty archive")):  # fmt: skip
        action = actions.add_parser(name, help=text)
        action.add_argument("dir", type=Path)
        action.set_defaults(handler=_guard(handler))
    show = actions.add_parser("show", help="a person's, department's or court's record over the years")
    _entity(show)
    show.add_argument("--indicator", action="append", default=[], help="indicators to show (repeatable)")
    show.set_defaults(handler=_guard(_show))
    explain = actions.add_parser("explain", help="the cases (or petitions, …) behind an archived number")
    _entity(explain, city=True)
    explain.add_argument("--period", required=True, help="2024-03, 2024-Q1 or 2024")
    explain.add_argument("--indicator", required=True, help="indicator id, e.g. closed_cases (docs/indicators.md)")
    explain.add_argument("--ytd", action="store_true", help="the year-to-date value of a closed month")
    explain.add_argument("--version", type=int, help="an earlier version (default: the current one)")
    explain.set_defaults(handler=_guard(_explain))
    report = actions.add_parser("report", help="write a closed period's report (质效通报, self-contained HTML)")
    report.add_argument("period", help="2024-03, 2024-Q1 or 2024")
    report.add_argument("--version", type=int, help="an earlier version (default: the current one)")
    report.set_defaults(handler=_guard(_report))


def _entity(parser: argparse.ArgumentParser, city: bool = False) -> None:
    group = parser.add_mutually_exclusive_group(required=True)
    for level in ("person", "department", "court"):
        group.add_argument(
            f"--{level}", metavar="ID", help=f"the {level}'s id (one of --person, --department, --court)"
        )
    if city:
        group.add_argument(
            "--city", action="store_const", const="city", help="the two-level court system as one (两级法院合计)"
        )


def _level(args: argparse.Namespace) -> tuple[str, str]:
    levels = ("person", "department", "court", "city")
    return next((level, getattr(args, level)) for level in levels if getattr(args, level, None))


def _close(args: argparse.Namespace, settings: Settings) -> int:
    from archive.periods import parse_period
    from cli.runner import run_close_period

    try:
        period = parse_period(args.period)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    run_id, ok, text = run_close_period(settings, period, args.reason)
    print(
        text if ok else f"close of {period} failed (Dagster run {run_id}):\n{text}",
        file=sys.stdout if ok else sys.stderr,
    )
    return 0 if ok else 1


def _known_heads(settings: Settings, hashes: list[str], files: list[Path]):
    """The heads given, else the heads log when it exists; and a line saying where they came from."""
    from archive import signing

    if not hashes and not files and settings.archive_heads.is_file():
        files = [settings.archive_heads]
    heads = [signing.parse_head(h) for h in hashes]
    for path in files:
        heads += signing.read_heads(path)
    if not heads:
        return heads, (f"known heads: none (no --head, no heads log at {settings.archive_heads}): a deleted head "
                       "version cannot be detected")  # fmt: skip
    where = ", ".join([*(["--head"] if hashes else []), *map(str, files)])
    return heads, f"known heads: {len(heads)} from {where}"


def _check(con, settings: Settings, keys, heads, where: str) -> tuple[list[str], list[str]]:
    """Print what verify found; returns (problems, unsigned versions)."""
    from access import audit
    from archive import signing, store
    from bonus import record as bonus_record

    report = store.verify(con)
    signatures = signing.check_signatures(con, keys, signing.signed_ids(heads))
    problems = [*report.problems, *signatures.problems, *signing.check_heads(con, heads, keys), *audit.verify(con),
                *bonus_record.verify(con)]  # fmt: skip
    print(f"{settings.archive}: {report.versions} version(s), {report.rows:,} archived rows, chain head {report.head}")
    print(f"signatures: {signatures.signed} of {report.versions} version(s) signed and verified (current key "
          f"{keys.key_id})")  # fmt: skip
    print(where)
    for problem in problems:
        print(f"  TAMPERED: {problem}")
    for unsigned in signatures.unsigned:
        print(f"  UNSIGNED: {unsigned}")
    if keys.is_demo:
        print(f"WARNING: {signing.DEMO_KEY_WARNING}", file=sys.stderr)
    return problems, signatures.unsigned


def _verify(args: argparse.Namespace, settings: Settings) -> int:
    from archive import signing, store

    keys = signing.SigningKeys.from_settings(settings)
    heads, where = _known_heads(settings, args.head, args.heads)
    with store.connect(settings.archive, read_only=True) as con:
        problems, unsigned = _check(con, settings, keys, heads, where)
    if problems:
        print(f"{len(problems)} problem(s): the archive was changed outside courtperf")
        return 1
    print("verified: every row, table and version matches its hash, every signature verifies, and the chain "
          "holds every known head" + (f"; {len(unsigned)} version(s) unsigned (courtperf archive sign signs them)"
                                      if unsigned else ""))  # fmt: skip
    return 0


def _sign(args: argparse.Namespace, settings: Settings) -> int:
    from archive import signing, store

    if not settings.archive.exists():
        raise store.ArchiveError(f"no archive at {settings.archive}: nothing to sign")
    keys = signing.SigningKeys.from_settings(settings)
    heads, where = _known_heads(settings, [], [])
    with store.connect(settings.archive) as con:
        problems, _ = _check(con, settings, keys, heads, where)
        if problems:
            print("nothing signed: the archive does not verify (restore it from a backup)", file=sys.stderr)
            return 1
        con.execute("begin transaction")
        try:
            signed = signing.sign_unsigned(con, keys)
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise
        head = signing.chain_head_record(con)
    log = settings.archive_heads
    if head and head["signature"] and not (log.is_file() and head["version_hash"] in log.read_text(encoding="utf-8")):
        signing.append_head(log, head)
        print(f"recorded chain head {head['version_hash']} in {log}")
    print(f"signed {len(signed)} version(s) with key {keys.key_id}")
    return 0


def _export(args: argparse.Namespace, settings: Settings) -> int:
    from archive import store

    with store.connect(settings.archive, read_only=True) as con:
        manifest = store.export_archive(con, args.dir)
    print(f"exported {sum(manifest['tables'].values()):,} rows of {len(manifest['tables'])} tables to {args.dir} "
          f"(chain head {manifest['head_hash']})")  # fmt: skip
    return 0


def _import(args: argparse.Namespace, settings: Settings) -> int:
    from archive import store

    try:
        with store.connect(settings.archive) as con:
            con.execute("begin transaction")
            store.import_archive(con, args.dir)
            report = store.verify(con)
            if not report.ok:
                con.execute("rollback")
                print(
                    "the export does not verify; nothing imported:\n  " + "\n  ".join(report.problems), file=sys.stderr
                )
                return 1
            con.execute("commit")
    except store.ArchiveError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"imported {report.versions} version(s), {report.rows:,} rows into {settings.archive}; verified")
    return 0


def _show(args: argparse.Namespace, settings: Settings) -> int:
    from archive import store
    from archive.report import show

    with store.connect(settings.archive, read_only=True) as con:
        print(show(con, *_level(args), tuple(args.indicator)))
    return 0


def _explain(args: argparse.Namespace, settings: Settings) -> int:
    from archive import store
    from archive.report import explain

    with store.connect(settings.archive, read_only=True) as con:
        text, found = explain(con, *_level(args), args.period, args.indicator, ytd=args.ytd, version=args.version)
    print(text)
    return 0 if found else 1


def _report(args: argparse.Namespace, settings: Settings) -> int:
    from archive.period_report import write_report
    from archive.periods import parse_period

    # names, reference intervals and warnings from the readers' copy (the warehouse when nothing is published)
    reference = settings.published if settings.published.exists() else settings.warehouse
    path = write_report(settings.archive, reference, settings.reports, parse_period(args.period), args.version)
    print(path)
    return 0
