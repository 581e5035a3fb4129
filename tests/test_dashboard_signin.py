"""The dashboard in a real browser, signed in as each kind of viewer: an anonymous visitor, a judge, a division chief
(庭长), the leader, a failed sign-in, single sign-on through a mock OpenID provider, and the grades and bonus pages by
role; what each can and cannot see, and that the audit log recorded it. The same fixtures as tests/test_dashboard.py
(tests/dashboard_fixture.py); screenshots go to tests/artifacts/ (gitignored).
"""

from __future__ import annotations

import json

import duckdb
import httpx
import pytest

from access import accounts
from cli.main import main
from courtperf.labels import CODES
from dashboard import RANKING_ROWS
from tests.browser import (
    open_page,
    screenshot,
    sign_in,
    table_rows,
    visitor_page,
    wait_for_app,
)
from tests.dashboard_fixture import PASSWORD, latest_year, query

pytestmark = pytest.mark.slow


def test_an_anonymous_visitor_sees_the_sign_in_form_and_nothing_else(app, people):
    base, page, _, _ = app
    judge, name = people["judge"]
    with visitor_page(page) as visitor:
        open_page(visitor, f"{base}/person?person={judge}", ".st-key-signin_user input")
        text = visitor.locator('[data-testid="stApp"]').inner_text()
        assert "请登录" in text and name not in text and "总分" not in text and "预警" not in text
        assert visitor.locator('[data-testid="stMetric"]').count() == 0 and visitor.locator("table").count() == 0
        screenshot(visitor, "dashboard_sign_in")
        # a forged session cookie: refused, with the reason, and nothing shown
        visitor.context.add_cookies([{"name": "courtperf_session", "value": "eyJ1IjoibGVhZGVyIn0.forged", "url": base}])
        open_page(visitor, f"{base}/person?person={judge}", ".st-key-signin_user input")
        assert "登录凭据无效" in visitor.locator('[data-testid="stAlert"]').inner_text()
        assert name not in visitor.locator('[data-testid="stApp"]').inner_text()


def test_a_judge_sees_their_own_record_and_peer_ranking_but_not_another_judges(app, people):
    base, page, published, _ = app
    (judge, name), (other, other_name) = people["judge"], people["other"]
    with visitor_page(page) as visitor:
        sign_in(visitor, base, "judge", PASSWORD)
        open_page(visitor, f"{base}/person?person={other}", ".st-key-person_refused")
        assert "您无权查看该人员的记录" in visitor.locator(".st-key-person_refused").inner_text()
        assert visitor.locator("h1").first.inner_text().endswith(name)  # their own record instead
        text = visitor.locator('[data-testid="stApp"]').inner_text()
        assert other_name not in text and other not in text
        screenshot(visitor, "dashboard_judge_refused")
        # the ranking shows the judge's own peer group only
        year = latest_year(published)
        open_page(visitor, f"{base}/?period_type=year&period={year}", ".st-key-ranking_person table")
        members = {r[0] for r in query(published, """
            select t.entity_id from marts.score_totals t where t.level = 'person' and t.period_type = 'year'
            and t.period = ? and t.peer_group_id = (select min(peer_group_id) from marts.score_totals
                where level = 'person' and entity_id = ? and period_type = 'year' and period = ?)""",
            [year, judge, year])}  # fmt: skip
        ranked = {r["编号"] for r in table_rows(visitor, ".st-key-ranking_person")}
        assert ranked <= members and len(ranked) == min(len(members), RANKING_ROWS) > 1  # the group, no one else
        screenshot(visitor, "dashboard_judge_ranking")
        assert "纪检监察" not in visitor.locator('[data-testid="stSidebarNav"]').inner_text()  # no conduct right
        # warnings: the judge's own only
        open_page(visitor, f"{base}/warnings", "h1")
        if visitor.locator(".st-key-warnings_table table").count():
            assert {r["责任人"] for r in table_rows(visitor, ".st-key-warnings_table")} <= {judge, "—"}


def test_a_chief_sees_their_department_and_the_leader_sees_every_court(app, people):
    base, page, published, _ = app
    (judge, name), (other, other_name) = people["judge"], people["other"]
    with visitor_page(page) as visitor:
        sign_in(visitor, base, "chief", PASSWORD)
        open_page(visitor, f"{base}/person?person={judge}", ".st-key-person_total")
        assert visitor.locator("h1").first.inner_text().endswith(name)
        open_page(visitor, f"{base}/person?person={other}", ".st-key-person_refused")
        assert other_name not in visitor.locator('[data-testid="stApp"]').inner_text()
        # granted the conduct right: the 纪检监察 page lists the conduct events of the chief's court
        open_page(visitor, f"{base}/conduct", ".st-key-conduct_table table")
        rows = table_rows(visitor, ".st-key-conduct_table")
        ((court,),) = query(
            published, "select court_code from marts.dim_person where person_id = ?", [people["chief"][0]]
        )
        sql = "select count(*) from marts.fct_conduct_events where court_code = ?"
        ((expected,),) = query(published.parent / "restricted.duckdb", sql, [court])
        assert len(rows) == expected > 0 and {r["法院"] for r in rows} == {court}
        assert {r["事项"] for r in rows} <= {zh for zh, _ in CODES["event_type"].values()}  # in words, not codes
    open_page(page, f"{base}/person?person={other}", ".st-key-person_total")  # the module's page: the leader
    assert page.locator("h1").first.inner_text().endswith(other_name)
    open_page(page, f"{base}/person?person={judge}", ".st-key-person_total")


def test_failed_sign_ins_are_refused_and_every_look_is_audited(app, people, published, capsys, monkeypatch):
    base, page, _, _ = app
    (judge, _), (leader, _), (other, _) = people["judge"], people["leader"], people["other"]
    with visitor_page(page, extra_http_headers={"X-Forwarded-For": "10.15.6.2"}) as visitor:  # behind the court's proxy
        messages = []
        for _ in range(accounts.MAX_FAILURES):
            sign_in(visitor, base, "locked", "a-wrong-password", expect='[data-testid="stAlert"]')
            messages.append(visitor.locator('[data-testid="stAlert"]').last.inner_text())
        assert messages[:-1] == ["用户名或密码错误"] * (accounts.MAX_FAILURES - 1) and "已临时锁定" in messages[-1]
        sign_in(visitor, base, "locked", PASSWORD, expect='[data-testid="stAlert"]')
        assert "已临时锁定" in visitor.locator('[data-testid="stAlert"]').last.inner_text()
        # the judge sees who looked at their record: the leader (and the chief), not their own looks
        sign_in(visitor, base, "judge", PASSWORD)
        open_page(visitor, f"{base}/person?person={judge}", ".st-key-viewed_by table")
        viewers = {r["查看人"] for r in table_rows(visitor, ".st-key-viewed_by")}
        assert leader in viewers and judge not in viewers
    folder = published[0]
    events = [json.loads(line) for line in (folder / "audit.jsonl").read_text(encoding="utf-8").splitlines()]
    failed = [e["outcome"] for e in events if e["event"] == "sign_in" and e["detail"] == "local account 'locked'"]
    assert failed == ["wrong_password"] * (accounts.MAX_FAILURES - 1) + ["locked", "locked"]
    assert any(e["event"] == "sign_in" and e["outcome"] == "session_invalid" for e in events)  # the forged cookie
    refused = [e for e in events if e["event"] == "view" and e["outcome"] == "refused"]
    assert any(e["viewer"] == judge and e["subject"] == other for e in refused)
    assert {e["origin"] for e in events if e["detail"] == "local account 'locked'"} == {"10.15.6.2"}

    # `courtperf audit` moves the log into the archive; `archive verify` finds an edited row
    for key, name in (("COURTPERF_ARCHIVE", "archive.duckdb"), ("COURTPERF_AUDIT_SPOOL", "audit.jsonl")):
        monkeypatch.setenv(key, str(folder / name))
    monkeypatch.setenv("COURTPERF_HOME", str(folder))
    assert main(["audit", "--subject", judge]) == 0
    out = capsys.readouterr().out
    assert f"{len(events)} new event(s) moved into" in out and f" {leader} " in out
    with duckdb.connect(str(folder / "archive.duckdb")) as con:
        con.execute("update audit_log set viewer = 'SOMEONE' where viewer = ?", [leader])
    assert main(["archive", "verify"]) == 1
    assert "TAMPERED: audit_log: row" in capsys.readouterr().out


def _sso_sign_in(visitor, base: str, subject: str) -> None:
    """Through the sign-in page's single sign-on button and the mock provider's form, as `subject`."""
    open_page(visitor, base + "/", ".st-key-signin_sso button")
    visitor.locator(".st-key-signin_sso button").click()
    visitor.locator('input[name="sub"]').wait_for(timeout=30_000)  # the provider's authorization form
    visitor.locator('input[name="sub"]').fill(subject)
    visitor.get_by_role("button", name="Authorize").click()


def test_single_sign_on_signs_in_by_the_staff_id_claim_and_refuses_an_identity_without_one(app, people, provider):
    base, page, _, _ = app
    (judge, name), (other, other_name) = people["judge"], people["other"]
    for subject, claims in (("judge@court", {"staff_id": judge, "name": name}), ("guest@court", {"name": "访客"}),
                            ("left@court", {"staff_id": "P-NOT-STAFF"})):  # fmt: skip
        assert httpx.put(f"{provider}/users/{subject}", json=claims).status_code == 204
    with visitor_page(page) as visitor:
        _sso_sign_in(visitor, base, "judge@court")
        wait_for_app(visitor, ".st-key-signout")
        open_page(visitor, f"{base}/person?person={other}", ".st-key-person_refused")  # a reload: still signed in
        assert visitor.locator("h1").first.inner_text().endswith(name) and other_name not in visitor.content()
        screenshot(visitor, "dashboard_sso_judge")
    for subject, message in (
        ("guest@court", "统一身份认证未提供工号"),
        ("left@court", "'P-NOT-STAFF' is not in personnel"),
    ):
        with visitor_page(page) as visitor:
            _sso_sign_in(visitor, base, subject)
            wait_for_app(visitor, '[data-testid="stAlert"]')
            assert message in visitor.locator('[data-testid="stAlert"]').inner_text()
            assert visitor.locator("table").count() == 0 and visitor.locator('[data-testid="stMetric"]').count() == 0


# --- grades and bonus (last: closing a period moves the audit spool into the archive) ----------------------------


def test_grades_and_bonus_amounts_by_role(app, people, allocated):
    base, page, published, _ = app
    amounts, pooled = allocated
    (judge, _), (other, _) = people["judge"], people["other"]
    quarter = "period_type=quarter&period=2024-Q4"
    ((grade, reason),) = query(published, "select grade, decided_reason from marts.grades where entity_id = ? "
                                         "and period_type = 'quarter' and period = '2024-Q4'", [judge])  # fmt: skip
    with visitor_page(page) as visitor:
        sign_in(visitor, base, "judge", PASSWORD)
        open_page(visitor, f"{base}/person?person={judge}&{quarter}", ".st-key-person_bonus table")
        shown = visitor.locator(".st-key-person_grade").inner_text()
        assert grade in shown and reason in shown
        bonus = visitor.locator(".st-key-person_bonus").inner_text()
        assert f"{amounts[judge]:,} 元" in bonus  # their own amount, and the lines that add up to it
        lines = table_rows(visitor, ".st-key-person_bonus")
        money = [r["金额（元）"].replace(",", "") for r in lines]  # the weight's line has no amount (—)
        assert sum(float(m) for m in money if m != "—") == pytest.approx(amounts[judge])
        screenshot(visitor, "dashboard_person_grade_bonus")
        open_page(visitor, f"{base}/grades?{quarter}", ".st-key-bonus_table table")
        assert [r["编号"] for r in table_rows(visitor, ".st-key-bonus_table")] == [judge]  # only their own
        assert visitor.locator(".st-key-grade_distribution_court").count() == 0  # not a court-wide viewer
    with visitor_page(page) as visitor:  # the chief sees the amounts of the department's people
        sign_in(visitor, base, "chief", PASSWORD)
        open_page(visitor, f"{base}/person?person={judge}&{quarter}", ".st-key-person_bonus table")
        assert f"{amounts[judge]:,} 元" in visitor.locator(".st-key-person_bonus").inner_text()
    open_page(page, f"{base}/grades?{quarter}", ".st-key-grade_distribution_court table")  # the leader: every court
    rows = table_rows(page, ".st-key-grade_distribution_court")
    expected = query(published, "select count(*) from marts.grades where level = 'person' and period_type = 'quarter' "
                               "and period = '2024-Q4'")[0][0]  # fmt: skip
    assert (
        len(rows) == len(query(published, "select 1 from marts.dim_court"))
        and sum(int(r["人数"]) for r in rows) == expected
    )
    assert page.locator(".st-key-grade_chart_court canvas, .st-key-grade_chart_court svg").count() > 0
    total = page.locator(".st-key-bonus_sum").inner_text()
    assert f"{sum(amounts.values()):,}" in total and sum(amounts.values()) == pooled
    screenshot(page, "dashboard_grades")
    open_page(page, f"{base}/person?person={other}&{quarter}", ".st-key-person_bonus table")  # a leader sees any amount
