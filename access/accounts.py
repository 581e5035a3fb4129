"""Local accounts, for an install without the court's single sign-on: `courtperf users add|disable|reset|list`.

One SQLite file (COURTPERF_ACCOUNTS, default `<home>/accounts.sqlite`): SQLite, not DuckDB, because every
dashboard process signs people in and records failures concurrently. A password is stored only as its Argon2id
hash (argon2-cffi, its recommended parameters). After MAX_FAILURES wrong passwords in a row an account is locked
for LOCK_MINUTES; a correct password before that resets the count. An account names the staff id (person_id)
whose record and role it carries: what the person may see follows from their posting (access/scope.py).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MAX_FAILURES = 5
LOCK_MINUTES = 15
MIN_PASSWORD_LENGTH = 10

_HASHER = PasswordHasher()
_SCHEMA = """
create table if not exists accounts (
  username text primary key, person_id text not null, password_hash text not null,
  disabled integer not null default 0, failures integer not null default 0, locked_until text,
  created_at text not null, changed_at text not null
)"""


class AccountError(ValueError):
    """A command on accounts that cannot be done (unknown user, a password too short, ...); the message says why."""


@dataclass(frozen=True)
class SignIn:
    ok: bool
    person_id: str | None
    reason: str  # "ok", "unknown_user", "wrong_password", "locked", "disabled"


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(path, timeout=10, isolation_level=None)  # autocommit; `begin immediate` where it matters
    con.execute(_SCHEMA)
    return con


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")


def add(path: Path, username: str, person_id: str, password: str) -> None:
    _check_password(password)
    now = _now().isoformat(" ")
    with closing(_connect(path)) as con:
        try:
            con.execute(
                "insert into accounts (username, person_id, password_hash, created_at, changed_at) "
                "values (?, ?, ?, ?, ?)",
                [username, person_id, _HASHER.hash(password), now, now],
            )
        except sqlite3.IntegrityError:
            raise AccountError(
                f"user {username!r} exists already (`courtperf users reset` sets a new password)"
            ) from None


def _update(path: Path, username: str, sql: str, params: list) -> None:
    with closing(_connect(path)) as con:
        if con.execute(f"update accounts set {sql}, changed_at = ? where username = ?",
                       [*params, _now().isoformat(" "), username]).rowcount == 0:  # fmt: skip
            raise AccountError(f"no user {username!r} (`courtperf users list` shows them)")


def disable(path: Path, username: str) -> None:
    _update(path, username, "disabled = 1", [])


def enable(path: Path, username: str) -> None:
    _update(path, username, "disabled = 0, failures = 0, locked_until = null", [])


def reset(path: Path, username: str, password: str) -> None:
    """A new password; also lifts a lock-out (not a disabled account)."""
    _check_password(password)
    _update(path, username, "password_hash = ?, failures = 0, locked_until = null", [_HASHER.hash(password)])


def active(path: Path, username: str) -> bool:
    """The account exists and is not disabled (checked on every page, so `users disable` ends open sessions)."""
    with closing(_connect(path)) as con:
        row = con.execute("select disabled from accounts where username = ?", [username]).fetchone()
    return row is not None and not row[0]


def listing(path: Path) -> list[dict]:
    with closing(_connect(path)) as con:
        con.row_factory = sqlite3.Row
        rows = con.execute(
            "select username, person_id, disabled, failures, locked_until, changed_at from accounts order by username"
        ).fetchall()
    return [dict(r) for r in rows]


def sign_in(path: Path, username: str, password: str, now: datetime | None = None) -> SignIn:
    """Check a password. Failures count towards the lock-out; a locked or disabled account is refused whatever
    the password (and a wrong password then does not extend the lock)."""
    now = now or _now()
    with closing(_connect(path)) as con:
        con.execute("begin immediate")
        row = con.execute(
            "select person_id, password_hash, disabled, failures, locked_until from accounts where username = ?",
            [username],
        ).fetchone()
        if row is None:
            _HASHER.hash(password)  # the same time as a wrong password: no telling which usernames exist
            con.execute("commit")
            return SignIn(False, None, "unknown_user")
        person_id, stored, disabled, failures, locked_until = row
        if disabled:
            con.execute("commit")
            return SignIn(False, person_id, "disabled")
        if locked_until and datetime.fromisoformat(locked_until) > now:
            con.execute("commit")
            return SignIn(False, person_id, "locked")
        try:
            _HASHER.verify(stored, password)
        except (VerificationError, InvalidHashError):
            failures += 1
            lock = (now + timedelta(minutes=LOCK_MINUTES)).isoformat(" ") if failures >= MAX_FAILURES else None
            con.execute(
                "update accounts set failures = ?, locked_until = ? where username = ?",
                [0 if lock else failures, lock, username],
            )
            con.execute("commit")
            return SignIn(False, person_id, "locked" if lock else "wrong_password")
        if _HASHER.check_needs_rehash(stored):
            con.execute("update accounts set password_hash = ? where username = ?", [_HASHER.hash(password), username])
        con.execute("update accounts set failures = 0, locked_until = null where username = ?", [username])
        con.execute("commit")
        return SignIn(True, person_id, "ok")
