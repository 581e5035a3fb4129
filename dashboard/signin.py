"""Sign-in of the dashboard: nothing of the data shows before it.

`viewer()` returns the signed-in person's `Scope` (access/scope.py) or shows the sign-in form and returns None.
With the court's single sign-on configured (dashboard/sso.py), people sign in there through `st.login`, and the
ID token's staff-id claim names their record. Local accounts (access/accounts.py) sign in with a password; the
session then lives in a signed cookie (access/sessions.py) for SESSION_HOURS, so a reload or a new tab stays
signed in. Every sign-in, failed sign-in
and sign-out is audited (access/audit.py) with the address it came from; each failure gets a clear message and
no data.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import streamlit as st
import streamlit.components.v1 as components

from access import accounts, audit, sessions
from access.scope import AccessError, Scope, resolve
from courtperf.labels import ZH, word
from courtperf.settings import Settings
from dashboard import sso

COOKIE = "courtperf_session"
SETTINGS = Settings.from_env()
FAILURES = {  # sign-in outcome -> message key
    "unknown_user": "signin_wrong",
    "wrong_password": "signin_wrong",  # the same words: no telling which usernames exist
    "locked": "signin_locked",
    "disabled": "signin_disabled",
}


def _w(key: str) -> str:
    return word(key, st.session_state.get("lang", ZH))


def origin() -> str:
    """Where the request came from, for the audit: the address a reverse proxy forwarded (X-Forwarded-For), else
    the connection's (Streamlit reports a loopback connection as no address)."""
    forwarded = (st.context.headers.get("X-Forwarded-For") or "").split(",")[0].strip()
    return forwarded or st.context.ip_address or "127.0.0.1"


def _cookie_script(value: str, max_age: int) -> None:
    """Set (or, with max_age 0, clear) the session cookie from the page: Streamlit has no server-side cookie API."""
    components.html(
        f"<script>parent.document.cookie = '{COOKIE}={value}; path=/; max-age={max_age}; SameSite=Strict';</script>",
        height=0,
    )


def _start(scope: Scope, token: str) -> None:
    st.session_state["viewer"] = scope
    st.session_state["session"] = sessions.read(token)
    st.session_state["token"] = token


def viewer() -> Scope | None:
    """The signed-in viewer; None after showing the sign-in form (or why the session ended)."""
    session = st.session_state.get("session")
    if session is not None and session.expires <= datetime.now():
        _end("session_expired", session.person_id)
    elif session is not None and session.method == "local" and not accounts.active(SETTINGS.accounts, session.username):
        _end("signin_disabled", session.person_id)
    if "viewer" in st.session_state:
        if token := st.session_state.get("token"):
            _cookie_script(token, sessions.SESSION_HOURS * 3600)  # kept on the page: set once the page has it
        return st.session_state["viewer"]
    if sso.enabled() and st.user.is_logged_in and not st.session_state.get("signed_out"):
        return _single_sign_on()
    token = st.context.cookies.get(COOKIE)
    if token and not st.session_state.get("signed_out"):
        try:
            session = sessions.read(token)
            if session.method == "local" and not accounts.active(SETTINGS.accounts, session.username):
                raise sessions.SessionError("disabled")
            _start(resolve(SETTINGS.published, session.person_id), token)
            return st.session_state["viewer"]
        except sessions.SessionError as exc:
            _end(f"session_{exc.reason}", None)
        except AccessError as exc:
            _end("signin_no_scope", None, str(exc))
    _form()
    return None


def _single_sign_on() -> Scope | None:
    """The person the court's identity provider signed in, by the staff id in their ID token; a clear message and
    no data when there is none, or it names no one in personnel."""
    claim, subject = sso.staff_claim(), st.user.get("sub")
    staff = st.user.get(claim)
    try:
        if not staff:
            raise AccessError(f"{_w('sso_no_staff_id')} ({claim})")
        scope = resolve(SETTINGS.published, str(staff))
    except AccessError as exc:
        if not st.session_state.get("sso_refused"):
            st.session_state["sso_refused"] = True
            audit.record(SETTINGS.audit_spool, "sign_in", viewer=staff and str(staff), outcome="no_scope",
                         origin=origin(), detail=f"single sign-on {subject!r}: {exc}")  # fmt: skip
        st.title(_w("signin_title"))
        st.error(f"{_w('signin_no_scope')}: {exc}")
        if st.button(_w("signout"), key="sso_signout"):
            st.logout()
        return None
    audit.record(SETTINGS.audit_spool, "sign_in", viewer=scope.person_id, outcome="ok", origin=origin(),
                 detail=f"single sign-on {subject!r}, scope {scope.kind}")  # fmt: skip
    st.session_state["viewer"] = scope
    expires = datetime.now() + timedelta(hours=sessions.SESSION_HOURS)
    st.session_state["session"] = sessions.Session(str(subject), scope.person_id, "sso", expires)
    return scope


def _end(notice: str, person_id: str | None, detail: str | None = None) -> None:
    """End the session in this browser tab (signed out, expired, a cookie not valid, the account disabled since),
    say why on the sign-in page and, but for a sign-out, audit it as a refused sign-in."""
    for key in ("viewer", "session", "token"):
        st.session_state.pop(key, None)
    st.session_state["notice"] = notice
    if detail:
        st.session_state["notice_text"] = detail
    st.session_state["signed_out"] = st.session_state["signed_out_now"] = True
    if notice != "signed_out":
        audit.record(SETTINGS.audit_spool, "sign_in", viewer=person_id, outcome=notice, origin=origin(), detail=detail)


def _form() -> None:
    st.title(_w("signin_title"))
    if notice := st.session_state.pop("notice", None):
        st.warning(_w(notice))
    if text := st.session_state.pop("notice_text", None):
        st.error(text)
    if st.session_state.pop("signed_out_now", False):
        _cookie_script("", 0)
    if sso.enabled() and st.button(_w("signin_sso"), key="signin_sso", type="primary"):
        st.session_state.pop("signed_out", None)
        st.login()
    with st.form("signin", border=True):
        username = st.text_input(_w("username"), key="signin_user")
        password = st.text_input(_w("password"), type="password", key="signin_password")
        submitted = st.form_submit_button(_w("signin"))
    if not submitted:
        return
    outcome = accounts.sign_in(SETTINGS.accounts, username, password)
    if not outcome.ok:
        audit.record(SETTINGS.audit_spool, "sign_in", viewer=outcome.person_id, outcome=outcome.reason,
                     origin=origin(), detail=f"local account {username!r}")  # fmt: skip
        st.error(_w(FAILURES[outcome.reason]))
        return
    try:
        scope = resolve(SETTINGS.published, outcome.person_id)
    except AccessError as exc:
        audit.record(SETTINGS.audit_spool, "sign_in", viewer=outcome.person_id, outcome="no_scope",
                     origin=origin(), detail=str(exc))  # fmt: skip
        st.error(f"{_w('signin_no_scope')}: {exc}")
        return
    audit.record(SETTINGS.audit_spool, "sign_in", viewer=scope.person_id, outcome="ok", origin=origin(),
                 detail=f"local account {username!r}, scope {scope.kind}")  # fmt: skip
    _start(scope, sessions.issue(username, scope.person_id, "local"))
    st.session_state.pop("signed_out", None)
    st.rerun()


def signed_in_box(scope: Scope) -> None:
    """The sidebar's line: who is signed in, what they see, and the sign-out button."""
    st.caption(f"{_w('signed_in_as')} {scope.name}（{scope.person_id}）· {_w('scope_' + scope.kind)}")
    if st.button(_w("signout"), key="signout"):
        audit.record(SETTINGS.audit_spool, "sign_out", viewer=scope.person_id, outcome="ok", origin=origin())
        method = st.session_state["session"].method
        _end("signed_out", scope.person_id)
        if method == "sso":
            st.logout()  # the identity provider's sign-in, kept by Streamlit in a cookie of its own
        st.rerun()


def audit_view(scope: Scope, subject: str | None, what: str) -> None:
    """Record that the viewer looked at `subject`'s record, or (no subject) at a list of records such as the conduct
    events; once per subject and view in a session."""
    seen = st.session_state.setdefault("audited_views", set())
    if (subject, what) in seen:
        return
    seen.add((subject, what))
    shown = subject is None or scope.sees_person(subject)
    audit.record(SETTINGS.audit_spool, "view", viewer=scope.person_id, subject=subject, what=what,
                 outcome="shown" if shown else "refused", origin=origin())  # fmt: skip
