"""Signed session tokens: the dashboard's sign-in survives a reload or a new tab for SESSION_HOURS, then expires.

A token is `<payload>.<signature>`: the payload (base64url JSON: username, staff id, how they signed in, expiry)
signed with HMAC-SHA256 under COURTPERF_SESSION_SECRET. `courtperf dashboard` makes a random secret at each
start when none is configured, so restarting the dashboard signs everyone out. The token carries no password
and no record; a tampered or expired one is refused with the reason.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

SECRET_ENV = "COURTPERF_SESSION_SECRET"
SESSION_HOURS = 8  # a working day


class SessionError(ValueError):
    """A token that is not valid: `reason` is "expired" or "invalid"."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Session:
    username: str
    person_id: str
    method: str  # "local" or "sso"
    expires: datetime


def ensure_secret(env: dict[str, str]) -> None:
    """A random session secret in `env` when it has none (the dashboard's process environment)."""
    if not env.get(SECRET_ENV):
        env[SECRET_ENV] = secrets.token_urlsafe(32)


def _secret() -> bytes:
    value = os.environ.get(SECRET_ENV)
    if not value:
        raise RuntimeError(f"{SECRET_ENV} is not set: start the dashboard with `courtperf dashboard`")
    return value.encode()


def _sign(payload: bytes) -> str:
    return base64.urlsafe_b64encode(hmac.new(_secret(), payload, hashlib.sha256).digest()).decode().rstrip("=")


def issue(username: str, person_id: str, method: str, now: datetime | None = None) -> str:
    expires = (now or datetime.now()) + timedelta(hours=SESSION_HOURS)
    body = {"u": username, "p": person_id, "m": method, "e": expires.replace(microsecond=0).isoformat()}
    payload = base64.urlsafe_b64encode(json.dumps(body, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{payload}.{_sign(payload.encode())}"


def read(token: str, now: datetime | None = None) -> Session:
    payload, _, signature = token.partition(".")
    if not payload or not hmac.compare_digest(signature, _sign(payload.encode())):
        raise SessionError("invalid")
    body = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    expires = datetime.fromisoformat(body["e"])
    if expires <= (now or datetime.now()):
        raise SessionError("expired")
    return Session(body["u"], body["p"], body["m"], expires)
