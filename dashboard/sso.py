"""The court's single sign-on (OpenID Connect) for the dashboard, through Streamlit's own `st.login` (Authlib).

Configured from the environment only: COURTPERF_OIDC_ISSUER (the provider's issuer URL), COURTPERF_OIDC_CLIENT_ID,
COURTPERF_OIDC_CLIENT_SECRET, COURTPERF_OIDC_STAFF_CLAIM (the ID token's claim that carries the staff id, default
`staff_id`) and COURTPERF_DASHBOARD_URL (the dashboard's address as browsers reach it, for the redirect back).
Streamlit takes st.login's settings only from a secrets file, so `courtperf dashboard` writes one from these
variables into a private folder of its own (0700, the file 0600; outside the repository and the courtperf home),
points Streamlit at it, and removes it when the dashboard stops.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ISSUER, CLIENT_ID, CLIENT_SECRET = "COURTPERF_OIDC_ISSUER", "COURTPERF_OIDC_CLIENT_ID", "COURTPERF_OIDC_CLIENT_SECRET"
STAFF_CLAIM, DASHBOARD_URL = "COURTPERF_OIDC_STAFF_CLAIM", "COURTPERF_DASHBOARD_URL"


class SsoConfigError(ValueError):
    """Single sign-on half configured: the message names what is missing."""


@dataclass(frozen=True)
class SsoConfig:
    issuer: str
    client_id: str
    client_secret: str = ""  # repr shows it as set or not only
    redirect_uri: str = ""

    def __repr__(self) -> str:
        return f"SsoConfig(issuer={self.issuer!r}, client_id={self.client_id!r}, redirect_uri={self.redirect_uri!r})"


def enabled(env: dict[str, str] | None = None) -> bool:
    return bool((os.environ if env is None else env).get(ISSUER))


def staff_claim(env: dict[str, str] | None = None) -> str:
    return (os.environ if env is None else env).get(STAFF_CLAIM) or "staff_id"


def from_env(env: dict[str, str], dashboard_url: str) -> SsoConfig | None:
    """The configuration, None when COURTPERF_OIDC_ISSUER is unset; half a configuration is an error."""
    if not env.get(ISSUER):
        return None
    missing = [name for name in (CLIENT_ID, CLIENT_SECRET) if not env.get(name)]
    if missing:
        raise SsoConfigError(f"{ISSUER} is set but {' and '.join(missing)} not: set them in the service environment")
    base = (env.get(DASHBOARD_URL) or dashboard_url).rstrip("/")
    return SsoConfig(env[ISSUER].rstrip("/"), env[CLIENT_ID], env[CLIENT_SECRET], f"{base}/oauth2callback")


def _toml(value: str) -> str:
    return json.dumps(value)  # a TOML basic string is a JSON string


@contextmanager
def secrets_file(config: SsoConfig, cookie_secret: str) -> Iterator[Path]:
    """A private secrets.toml with st.login's settings, for the dashboard's lifetime."""
    folder = Path(tempfile.mkdtemp(prefix="courtperf-dashboard-"))  # mode 0700
    path = folder / "secrets.toml"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(
                "[auth]\n"
                f"redirect_uri = {_toml(config.redirect_uri)}\n"
                f"cookie_secret = {_toml(cookie_secret)}\n"
                f"client_id = {_toml(config.client_id)}\n"
                f"client_secret = {_toml(config.client_secret)}\n"
                f"server_metadata_url = {_toml(config.issuer + '/.well-known/openid-configuration')}\n"
            )
        yield path
    finally:
        shutil.rmtree(folder, ignore_errors=True)
