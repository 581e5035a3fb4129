"""Who may see what, without a browser: local accounts, signed sessions, scopes from postings on the tiny night's
published marts, the dashboard's queries filtered by scope, and the audit log's chain."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime, timedelta

import duckdb
import pytest

from access import accounts, audit, sessions
from access.scope import AccessConfig, AccessError, load_config, resolve
from archive import store
from dashboard import queries as q

PASSWORD = "correct-horse-battery"
NOW = datetime(2026, 12, 3, 9, 0)


# --- local accounts ---------------------------------------------------------------------------------------------


def test_an_account_keeps_only_an_argon2_hash_and_locks_after_five_wrong_passwords(tmp_path):
    path = tmp_path / "accounts.sqlite"
    accounts.add(path, "zhang", "P1", PASSWORD)
    with closing(sqlite3.connect(path)) as con:
        (stored,) = con.execute("select password_hash from accounts").fetchone()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert accounts.sign_in(path, "zhang", PASSWORD, NOW) == accounts.SignIn(True, "P1", "ok")
    assert accounts.sign_in(path, "nobody", PASSWORD, NOW).reason == "unknown_user"
    reasons = [accounts.sign_in(path, "zhang", "wrong-password", NOW).reason for _ in range(accounts.MAX_FAILURES)]
    assert reasons == ["wrong_password"] * (accounts.MAX_FAILURES - 1) + ["locked"]
    assert accounts.sign_in(path, "zhang", PASSWORD, NOW).reason == "locked"  # the right password too, for a while
    later = NOW + timedelta(minutes=accounts.LOCK_MINUTES + 1)
    assert accounts.sign_in(path, "zhang", PASSWORD, later).ok
    accounts.disable(path, "zhang")
    assert accounts.sign_in(path, "zhang", PASSWORD, later).reason == "disabled"
    accounts.enable(path, "zhang")
    accounts.reset(path, "zhang", "another-long-password")
    assert not accounts.sign_in(path, "zhang", PASSWORD, later).ok
    assert accounts.sign_in(path, "zhang", "another-long-password", later).ok


def test_account_commands_refuse_what_cannot_be_done(tmp_path):
    path = tmp_path / "accounts.sqlite"
    with pytest.raises(accounts.AccountError, match="at least 10 characters"):
        accounts.add(path, "li", "P2", "short")
    accounts.add(path, "li", "P2", PASSWORD)
    with pytest.raises(accounts.AccountError, match="exists already"):
        accounts.add(path, "li", "P3", PASSWORD)
    with pytest.raises(accounts.AccountError, match="no user 'wang'"):
        accounts.disable(path, "wang")


# --- sessions ---------------------------------------------------------------------------------------------------


def test_a_session_token_is_signed_and_expires(monkeypatch):
    monkeypatch.setenv(sessions.SECRET_ENV, "secret-one")
    token = sessions.issue("zhang", "P1", "local", NOW)
    assert sessions.read(token, NOW + timedelta(hours=1)).person_id == "P1"
    with pytest.raises(sessions.SessionError, match="expired"):
        sessions.read(token, NOW + timedelta(hours=sessions.SESSION_HOURS, seconds=1))
    payload, signature = token.split(".")
    forged = sessions.issue("zhang", "P9", "local", NOW).split(".")[0] + "." + signature  # another person, same sig
    with pytest.raises(sessions.SessionError, match="invalid"):
        sessions.read(forged, NOW)
    monkeypatch.setenv(sessions.SECRET_ENV, "secret-two")  # the dashboard restarted with a new secret
    with pytest.raises(sessions.SessionError, match="invalid"):
        sessions.read(token, NOW)


# --- scopes from postings ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def published(tiny_night):
    return tiny_night[0] / "published.duckdb"


def _one(published, sql: str, params=None):
    with duckdb.connect(str(published), read_only=True) as con:
        return con.execute(sql, params or []).fetchone()


def _person(published, role: str, level: str, dept_name: str | None = None) -> str:
    return _one(
        published,
        "select p.person_id from marts.dim_person p join marts.dim_court c using (court_code) "
        "join marts.dim_department d using (dept_id) where p.role = ? and c.level = ? and p.is_employed "
        "and (? is null or d.dept_name = ?) order by p.person_id limit 1",
        [role, level, dept_name, dept_name],
    )[0]


def test_scopes_follow_the_postings(published):
    config = load_config()
    every_court = {r for (r,) in duckdb.connect(str(published), read_only=True).execute(
        "select court_code from marts.dim_court").fetchall()}  # fmt: skip
    leader = resolve(published, _person(published, "president", "intermediate"), config)
    assert leader.kind == "all" and set(leader.courts) == every_court and not leader.conduct
    basic_leader = resolve(published, _person(published, "president", "basic"), config)
    assert basic_leader.kind == "court" and len(basic_leader.courts) == 1
    analyst = resolve(published, _person(published, "admin_staff", "intermediate", "审判管理办公室"), config)
    assert analyst.kind == "all"  # 审管办 of the intermediate court: every court
    chief_id = _person(published, "division_chief", "basic")
    chief = resolve(published, chief_id, config)
    (dept,) = _one(published, "select dept_id from marts.dim_person where person_id = ?", [chief_id])
    (members,) = _one(published, "select list(person_id order by person_id) from marts.dim_person where dept_id = ?",
                      [dept])  # fmt: skip
    assert chief.kind == "department" and chief.departments == (dept,) and list(chief.people) == members
    judge = resolve(published, _person(published, "judge", "basic"), config)
    assert judge.kind == "self" and judge.people == (judge.person_id,)
    granted = AccessConfig((), ("审判管理办公室",), (), {judge.person_id: ("all", False, False)})
    assert resolve(published, judge.person_id, granted).kind == "all"
    assert resolve(published, analyst.person_id, granted).conduct  # a conduct department sees conduct records
    # bonus amounts: one's own always; 院领导 and 庭长 of those they see; 政治部 as 院领导; not 审管办 nor a judge
    assert leader.bonus and chief.bonus and not analyst.bonus and not judge.bonus
    assert chief.sees_amount(members[-1]) and not analyst.sees_amount(chief_id) and judge.sees_amount(judge.person_id)
    political = resolve(published, _person(published, "admin_staff", "basic", "政治部"), config)
    assert (
        political.kind == "court"
        and political.bonus
        and political.sees_amount(chief_id) == (chief_id in political.people)
    )
    with pytest.raises(AccessError, match="'NOBODY' is not in personnel"):
        resolve(published, "NOBODY", config)
    (gone,) = _one(published, "select min(person_id) from marts.dim_person where not is_employed")
    with pytest.raises(AccessError, match=f"'{gone}' .* has left the court"):
        resolve(published, gone, config)


def test_a_bad_access_file_names_the_entry(tmp_path):
    path = tmp_path / "access.yaml"
    path.write_text("grants:\n  - person_id: P1\n    scope: everything\n  - scope: all\ncolour: red\n", "utf-8")
    with pytest.raises(AccessError) as err:
        load_config(path)
    text = str(err.value)
    assert "unknown key 'colour'" in text and "grants entry 1 (P1): scope must be one of" in text
    assert "grants entry 1 (P1): say why" in text and "grants entry 2: needs a person_id" in text


def test_every_query_keeps_to_the_viewers_scope(published):
    judge = resolve(published, _person(published, "judge", "basic"), load_config())
    (other,) = _one(
        published,
        "select entity_id from marts.score_totals where level = 'person' and entity_id <> ? order by 1 limit 1",
        [judge.person_id],
    )
    year = _one(published, "select max(period) from marts.score_totals where period_type = 'year'")[0]
    f = q.Filters("year", year)
    assert q.people(published, judge, f)["person_id"].tolist() == [judge.person_id]
    for name in ("totals_over_time", "dimension_points"):
        assert getattr(q, name)(published, judge, "person", other, "year").empty
        assert not getattr(q, name)(published, judge, "person", judge.person_id, "year").empty
    assert q.explanation(published, judge, "person", other, "year", year).empty
    assert q.strengths_weaknesses(published, judge, "person", other, "year", year).empty
    ranked = q.ranking(published, judge, "person", f)
    (groups,) = _one(
        published,
        "select list(distinct peer_group_id) from marts.score_totals where level = 'person' and entity_id = ? "
        "and period_type = 'year' and period = ?",
        [judge.person_id, year],
    )
    assert set(ranked["peer_group_id"]) == set(groups) and judge.person_id in set(ranked["entity_id"])
    assert q.courts(published, judge)["court_code"].tolist() == list(judge.courts)
    warned = q.warnings(published, judge, q.Filters("year", year), None, False)
    assert set(warned["person_id"].dropna()) <= {judge.person_id}


# --- the audit log ----------------------------------------------------------------------------------------------


def test_the_audit_log_moves_into_the_archive_chained_and_verify_finds_an_edit(tmp_path):
    spool = tmp_path / "audit_spool.jsonl"
    audit.record(spool, "sign_in", viewer="P1", outcome="ok", origin="10.0.0.5")
    audit.record(spool, "view", viewer="P1", subject="P2", what="person_page year 2024", outcome="refused")
    archive = tmp_path / "archive.duckdb"
    with store.connect(archive) as con:
        assert audit.import_spool(con, spool) == 2 and not spool.exists()
        audit.record(spool, "view", viewer="P3", subject="P2", what="person_page year 2024", outcome="shown")
        assert audit.import_spool(con, spool) == 1
        assert audit.verify(con) == []
        events = audit.read_events(con, spool, subject="P2")
        assert [(e["viewer"], e["outcome"]) for e in events] == [("P1", "refused"), ("P3", "shown")]
        assert [e["event"] for e in audit.read_events(con, spool, viewer="P1")] == ["sign_in", "view"]
        assert audit.read_events(con, spool, viewer="P3", since="9999") == []
        later = audit.read_events(con, spool, since=events[1]["occurred_at"])
        assert events[1] in later and all(e["occurred_at"] >= events[1]["occurred_at"] for e in later)
        con.execute("update audit_log set outcome = 'shown' where seq = 2")
        assert audit.verify(con) == ["audit_log: row 2 (" + events[0]["occurred_at"] + ", view by P1) was changed"]
        con.execute("update audit_log set outcome = 'refused' where seq = 2")
        con.execute("delete from audit_log where seq = 1")
        assert audit.verify(con) == ["audit_log: row 2 does not follow row 0 (rows deleted or inserted)"]


# --- single sign-on settings ------------------------------------------------------------------------------------


def test_single_sign_on_is_configured_from_the_environment_into_a_private_file_that_goes_away():
    from dashboard import sso

    assert sso.from_env({}, "http://127.0.0.1:8501") is None
    with pytest.raises(sso.SsoConfigError, match="COURTPERF_OIDC_CLIENT_SECRET not"):
        sso.from_env({sso.ISSUER: "https://sso.court", sso.CLIENT_ID: "courtperf"}, "http://x")
    env = {sso.ISSUER: "https://sso.court/realms/ordos/", sso.CLIENT_ID: "courtperf", sso.CLIENT_SECRET: "s3cr3t-value",
           sso.DASHBOARD_URL: "https://courtperf.ordos.court/"}  # fmt: skip
    config = sso.from_env(env, "http://127.0.0.1:8501")
    assert config.redirect_uri == "https://courtperf.ordos.court/oauth2callback" and "s3cr3t" not in repr(config)
    with sso.secrets_file(config, "cookie-secret") as path:
        assert oct(path.stat().st_mode & 0o777) == "0o600" and oct(path.parent.stat().st_mode & 0o777) == "0o700"
        text = path.read_text(encoding="utf-8")
        assert 'server_metadata_url = "https://sso.court/realms/ordos/.well-known/openid-configuration"' in text
        assert 'client_secret = "s3cr3t-value"' in text
    assert not path.exists() and not path.parent.exists()


def test_conduct_events_only_for_the_conduct_right_and_only_of_the_viewers_courts(tiny_night, tmp_path):
    from dataclasses import replace

    from courtperf.publication import publish

    restricted = publish(tiny_night[0] / "warehouse.duckdb", tmp_path / "restricted.duckdb", "r", ("conduct",)).path
    basic = _person(restricted, "president", "basic")
    leader = resolve(restricted, basic, load_config())
    f = q.Filters("year", "2024")
    assert leader.kind == "court" and not leader.conduct
    assert q.conduct_events(restricted, leader, f).empty  # no conduct right: nothing, whatever the court
    inspector = replace(leader, conduct=True)
    rows = q.conduct_events(restricted, inspector, f)
    (expected,) = _one(restricted, "select count(*) from marts.fct_conduct_events where court_code = ?",
                       [leader.courts[0]])  # fmt: skip
    assert len(rows) == expected > 0 and set(rows["court_code"]) == set(leader.courts)


def test_the_pages_call_every_scoped_query_with_the_viewers_scope():
    """Pages call `scoped("q", …)` for a query that takes the viewer's scope and `load("q", …)` for one that does
    not (dashboard/ui.py): a scoped query called through `load` would get its arguments shifted."""
    import ast
    import inspect
    from pathlib import Path

    from dashboard import queries

    calls = []
    for path in Path(queries.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("load", "scoped") and node.args:
                calls.append((path.name, node.func.id, node.args[0].value))
    assert len(calls) > 20
    from dashboard.ui import QUERY_MODULES

    def query(name: str):  # where load() and scoped() find it
        return getattr(next(m for m in QUERY_MODULES if hasattr(m, name)), name)

    wrong = [c for c in calls if (c[1] == "scoped") != ("scope" in inspect.signature(query(c[2])).parameters)]
    assert wrong == []
