"""`courtperf users add|disable|enable|reset|list` (local accounts of the dashboard) and `courtperf audit`."""

from __future__ import annotations

import argparse
import getpass
import os
import secrets
import sys

from courtperf.settings import Settings

PASSWORD_ENV = "COURTPERF_NEW_PASSWORD"  # a password given to `users add|reset` without a prompt (scripts)
# The demo's accounts: one judge, one division chief (庭长) and one court leader (院领导) of the intermediate court,
# chosen from the demo's personnel by role; their passwords are printed by `courtperf demo`.
DEMO_ACCOUNTS = (("judge", "judge"), ("chief", "division_chief"), ("leader", "president"))


def add_commands(sub: argparse._SubParsersAction) -> None:
    users = sub.add_parser("users", help="local accounts of the dashboard (when the court has no single sign-on)")
    actions = users.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="add an account for a staff member (asks for the password)")
    add.add_argument("username")
    add.add_argument("person_id", help="the staff id (marts.dim_person.person_id) whose record and role it carries")
    add.set_defaults(handler=_add)
    for name, handler, text in (
        ("disable", _disable, "disable an account (it can no longer sign in)"),
        ("enable", _enable, "enable a disabled account again"),
        ("reset", _reset, "set a new password (asks for it); also lifts a lock-out"),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument("username")
        action.set_defaults(handler=handler)
    actions.add_parser("list", help="list the accounts (never a password)").set_defaults(handler=_list)

    audit = sub.add_parser("audit", help="the audit log: sign-ins and views of personal records (moves it into "
                           "the archive first)")  # fmt: skip
    audit.add_argument("--viewer", help="only what this staff id looked at")
    audit.add_argument("--subject", help="only looks at this staff id's record")
    audit.add_argument("--since", help="only from this time on (YYYY-MM-DD[ HH:MM])")
    audit.set_defaults(handler=_audit)


def _password(confirm: bool = True) -> str:
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    first = getpass.getpass("new password: ")
    if confirm and getpass.getpass("again: ") != first:
        raise SystemExit("courtperf: the two passwords differ; nothing changed")
    return first


def _run(action) -> int:
    from access.accounts import AccountError

    try:
        action()
    except AccountError as exc:
        print(f"courtperf: {exc}", file=sys.stderr)
        return 1
    return 0


def _add(args: argparse.Namespace, settings: Settings) -> int:
    from access import accounts

    code = _run(lambda: accounts.add(settings.accounts, args.username, args.person_id, _password()))
    if code == 0:
        print(f"added {args.username} for staff id {args.person_id} ({settings.accounts})")
    return code


def _disable(args: argparse.Namespace, settings: Settings) -> int:
    from access import accounts

    code = _run(lambda: accounts.disable(settings.accounts, args.username))
    if code == 0:
        print(f"disabled {args.username}")
    return code


def _enable(args: argparse.Namespace, settings: Settings) -> int:
    from access import accounts

    code = _run(lambda: accounts.enable(settings.accounts, args.username))
    if code == 0:
        print(f"enabled {args.username}")
    return code


def _reset(args: argparse.Namespace, settings: Settings) -> int:
    from access import accounts

    code = _run(lambda: accounts.reset(settings.accounts, args.username, _password()))
    if code == 0:
        print(f"new password set for {args.username}")
    return code


def _list(args: argparse.Namespace, settings: Settings) -> int:
    from access import accounts

    rows = accounts.listing(settings.accounts)
    print(f"{'username':<16}{'staff id':<14}{'state':<28}changed")
    for r in rows:
        locked = f"locked until {r['locked_until']}" if r["locked_until"] else "active"
        state = "disabled" if r["disabled"] else locked
        print(f"{r['username']:<16}{r['person_id']:<14}{state:<28}{r['changed_at']}")
    print(f"{len(rows)} account(s) in {settings.accounts}")
    return 0


def _audit(args: argparse.Namespace, settings: Settings) -> int:
    import duckdb

    from access import audit
    from archive import store

    try:
        with store.connect(settings.archive) as con:
            moved = audit.import_spool(con, settings.audit_spool)
            events = audit.read_events(con, settings.audit_spool, viewer=args.viewer, subject=args.subject,
                                       since=args.since)  # fmt: skip
        note = f"{moved} new event(s) moved into {settings.archive}"
    except duckdb.IOException:  # a close is writing the archive: read what is there and the spool
        with store.connect(settings.archive, read_only=True) as con:
            events = audit.read_events(con, settings.audit_spool, viewer=args.viewer, subject=args.subject,
                                       since=args.since)  # fmt: skip
        note = "the archive is being written: new events stay in the spool for now"
    print(f"{'when':<25}{'event':<10}{'viewer':<12}{'subject':<12}{'outcome':<16}{'from':<16}what / detail")
    for e in events:
        who = f"{e['viewer'] or '-':<12}{e['subject'] or '-':<12}"
        print(f"{e['occurred_at']:<25}{e['event']:<10}{who}{e['outcome']:<16}{e['origin'] or '-':<16}"
              f"{e['what'] or e['detail'] or ''}")  # fmt: skip
    print(f"{len(events)} event(s); {note}")
    return 0


def create_demo_accounts(settings: Settings) -> list[tuple[str, str, str, str]]:
    """Accounts for the demo (username, password, staff id, name), chosen from the published personnel of the
    intermediate court; new random passwords each demo."""
    from access import accounts
    from courtperf.publication import read_published

    if settings.accounts.exists():
        settings.accounts.unlink()  # the demo's home: its accounts are the demo's alone
    made = []
    with read_published(settings.published) as con:
        for username, role in DEMO_ACCOUNTS:
            row = con.execute(
                "select p.person_id, p.name from marts.dim_person as p join marts.dim_court as c using (court_code) "
                "where p.role = ? and p.is_employed and c.level = 'intermediate' order by p.person_id limit 1",
                [role],
            ).fetchone()
            if row is None:
                continue
            password = secrets.token_urlsafe(9)
            accounts.add(settings.accounts, username, row[0], password)
            made.append((username, password, row[0], row[1]))
    return made
