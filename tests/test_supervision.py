"""Supervision warnings (监督预警) on the hand-made court of tests/supervision_fixture.py: every rule against values
worked out by hand, deduplication and closing across two nights, notification once, the configuration's
validation, and the `courtperf warnings` command."""

# ruff: noqa: E501 - expected values read best one record per line

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest
from dagster import AssetKey, materialize

from orchestration.notification_assets import build_notification_asset
from orchestration.resources import WarehouseResource
from supervision.config import SupervisionConfigError, load_supervision_config
from tests.conftest import courtperf_home
from tests.indicator_fixture import REAL_CONFIG, dbt_build, run_dbt
from tests.supervision_fixture import PARTIES, PETITIONS, build_project, next_night

WARNING_KEY = AssetKey(["marts", "warnings"])


def _warnings(build) -> dict[tuple[str, str], dict]:
    rows = build.rows("select * from marts.warnings")
    return {(r["rule"], r["subject_id"]): r | {"facts": json.loads(r["facts"])} for r in rows}


def _notify(warehouse: Path, home: Path) -> list[dict]:
    """Materialise the notification asset once; the notifications it appended to the file."""
    out = home / "notifications.jsonl"
    before = out.read_text(encoding="utf-8").splitlines() if out.exists() else []
    with courtperf_home(home):
        result = materialize(
            [build_notification_asset(WARNING_KEY)], resources={"warehouse": WarehouseResource(path=str(warehouse))}
        )
    assert result.success
    lines = out.read_text(encoding="utf-8").splitlines() if out.exists() else []
    return [json.loads(line) for line in lines[len(before) :]]


@pytest.fixture(scope="module")
def nights(tmp_path_factory):
    """Night 1, its notifications, a rebuild of the same night and its notifications, then night 2 and its."""
    tmp = tmp_path_factory.mktemp("supervision")
    home = tmp / "home"
    build = build_project(tmp)
    night1 = _warnings(build)
    build.close()
    shutil.copy(build.warehouse, tmp / "night1.duckdb")  # for a test that takes night 1 another way
    sent1 = _notify(build.warehouse, home)
    rerun = run_dbt(
        build.project,
        build.warehouse,
        "build",
        "--select",
        "path:models/intermediate/supervision",
        "path:models/marts/supervision",
        "--exclude",
        "resource_type:unit_test",  # tests/test_dbt_unit_tests.py runs them
    )
    assert rerun.returncode == 0, rerun.stdout[-5000:]
    rebuilt = _warnings(build)
    build.close()
    sent_rerun = _notify(build.warehouse, home)
    next_night(build)
    night2 = _warnings(build)
    build.close()
    sent2 = _notify(build.warehouse, home)
    yield {"build": build, "night1": night1, "rebuilt": rebuilt, "night2": night2, "sent1": sent1,
           "sent_rerun": sent_rerun, "sent2": sent2}  # fmt: skip
    build.close()


def test_time_limit_warnings(nights):
    w = nights["night1"]
    # T80: 民初 simple (90 days) filed 2025-01-10, 80 days used at 2025-03-31 → 88.89 %, 10 days left
    t80 = w[("time_limit", "T80")]
    assert (t80["level"], t80["person_id"], t80["court_code"], t80["dept_id"]) == ("yellow", "J1", "内0602", "D1")
    assert (t80["facts"]["used_days"], t80["facts"]["days_left"], t80["facts"]["used_share"]) == (80, 10, 0.8889)
    # TSUSP: 120 days since filing less a 45-day suspension = 75 of 90
    assert (
        w[("time_limit", "TSUSP")]["facts"]["stopped_days"],
        w[("time_limit", "TSUSP")]["facts"]["used_days"],
    ) == (45, 75)
    # T100: small claims (60) filed 2025-01-20: 70 days → red, -10 left; E100: enforcement (180) 211 days → red
    assert (w[("time_limit", "T100")]["level"], w[("time_limit", "T100")]["facts"]["days_left"]) == ("red", -10)
    assert (w[("time_limit", "E100")]["facts"]["used_days"], w[("time_limit", "E100")]["person_id"]) == (211, "J5")
    # one time-limit warning a case, at its level: T80, TSUSP and TCROSS (89 of 90) yellow; TLOW 58 of 180 → none
    assert {k[1]: v["level"] for k, v in w.items() if k[0] == "time_limit"} == {
        "T80": "yellow", "TSUSP": "yellow", "TCROSS": "yellow", "T100": "red", "E100": "red"}  # fmt: skip
    assert not [k for k in w if k[1] == "TLOW"]
    assert not [k for k in w if k[0].startswith("time_limit_")]  # the one-per-level rules are gone


def test_long_pending_warnings(nights):
    w = nights["night1"]
    long = {k: (v["level"], v["facts"]["band_months"]) for k, v in w.items() if k[0].startswith("long_pending")}
    # at 2025-03-31: filed 2024-03-31 → 12 months exactly; 2023-09-30 → 18; 2022-03-31 → 36; 2024-04-01 → not yet 12
    assert long == {("long_pending", "L12"): ("green", 12), ("long_pending", "L18"): ("yellow", 18),
                    ("long_pending", "L36"): ("red", 36)}  # fmt: skip
    assert w[("long_pending", "L36")]["facts"]["pending_days"] == 1096


def test_conduct_risk_warnings(nights):
    w = nights["night1"]
    # J3: integrity_violation minor (8) today → 8.0 ≥ red 8; J4: (4 + 8) × 0.5 after one half-life (180 days) = 6 → yellow
    # J4's unverified event, J5's event older than the lookback and J6's commendation count nothing
    j3, j4 = w[("conduct_risk", "J3")], w[("conduct_risk", "J4")]
    assert (j3["level"], j3["facts"]["risk_score"], j3["facts"]["event_count"]) == ("red", 8.0, 1)
    assert (j4["level"], j4["facts"]["risk_score"], j4["facts"]["event_count"]) == ("yellow", 6.0, 2)
    assert sorted(k[1] for k in w if k[0] == "conduct_risk") == ["J3", "J4"]


def test_indicator_anomaly_warning(nights):
    w = nights["night1"]
    # J6 closed 1 case in Feb and in Mar against 3 for J1-J5: below the 10th percentile (2) two months running
    (anomaly,) = [v for k, v in w.items() if k[0] == "indicator_anomaly"]
    assert (anomaly["subject_id"], anomaly["level"], anomaly["dept_id"]) == ("J6", "yellow", "D1")
    f = anomaly["facts"]
    assert (f["indicator_id"], f["first_period"], f["latest_period"], f["months_below"]) == (
        "closed_cases",
        "2025-02",
        "2025-03",
        2,
    )
    assert (f["latest_value"], f["latest_peer_p10"], f["latest_peer_count"]) == (1, 2, 6)


def test_petition_overdue_warnings(nights):
    w = nights["night1"]
    # P1 due 2025-03-16: 15 days overdue → yellow; P2 due 2025-02-15: 44 days (> 30) → red; P3 handled, P4 not due
    assert {k[1]: (v["level"], v["facts"]["days_overdue"]) for k, v in w.items() if k[0] == "petition_overdue"} == {
        "P1": ("yellow", 15), "P2": ("red", 44)}  # fmt: skip
    assert w[("petition_overdue", "P1")]["person_id"] == "J1"


def test_every_warning_open_on_its_first_night(nights):
    w = nights["night1"]
    assert len(w) == 13
    assert all(v["is_open"] and v["first_seen"] == v["last_seen"] == v["level_since"] for v in w.values())
    assert {str(v["first_seen"]) for v in w.values()} == {"2025-03-31"}
    assert all("\n" not in v["title"] and v["title"] for v in w.values())


def test_rebuilding_a_night_changes_nothing(nights):
    assert nights["rebuilt"] == nights["night1"]


def test_second_night_keeps_closes_and_opens(nights):
    w1, w2 = nights["night1"], nights["night2"]
    assert set(w1) <= set(w2)  # nothing is forgotten
    # T80 closed on 2025-04-01: its warning is closed on that night, last seen the night before
    t80 = w2[("time_limit", "T80")]
    assert (t80["is_open"], str(t80["closed_on"]), str(t80["last_seen"])) == (False, "2025-04-01", "2025-03-31")
    # TCROSS reaches 90 of 90: its one time-limit warning escalates in place, yellow → red, same id and first night
    cross, cross1 = w2[("time_limit", "TCROSS")], w1[("time_limit", "TCROSS")]
    assert (cross["warning_id"], cross["first_seen"]) == (cross1["warning_id"], cross1["first_seen"])
    assert (cross["is_open"], cross["level"], str(cross["level_since"]), cross["facts"]["days_left"]) == (
        True, "red", "2025-04-01", 0)  # fmt: skip
    assert cross["title"].startswith("超审限") and cross1["title"].startswith("审限预警")
    # L11 reaches 12 months; P1 was handled
    assert str(w2[("long_pending", "L11")]["first_seen"]) == "2025-04-01"
    assert not w2[("petition_overdue", "P1")]["is_open"]
    # a warning still raised keeps its id and first night and moves its last night; its level did not change
    susp = w2[("time_limit", "TSUSP")]
    assert susp["warning_id"] == w1[("time_limit", "TSUSP")]["warning_id"]
    assert str(susp["level_since"]) == "2025-03-31"
    assert (str(susp["first_seen"]), str(susp["last_seen"]), susp["facts"]["used_days"]) == (
        "2025-03-31",
        "2025-04-01",
        76,
    )
    # J3's score decays below red (8 × 0.5^(1/180) = 7.97): same warning, now yellow
    assert (w2[("conduct_risk", "J3")]["level"], w2[("conduct_risk", "J3")]["facts"]["risk_score"]) == (
        "yellow",
        7.9693,
    )
    assert str(w2[("conduct_risk", "J3")]["level_since"]) == "2025-04-01"
    assert (len(w2), sum(v["is_open"] for v in w2.values())) == (13 + 1, 13 - 2 + 1)  # L11 opened; T80, P1 closed


def test_notifications_are_sent_once(nights):
    sent1, rerun, sent2 = nights["sent1"], nights["sent_rerun"], nights["sent2"]
    assert len(sent1) == 13 and len({n["key"] for n in sent1}) == 13
    assert [n["level"] for n in sent1][:5] == ["red"] * 5  # most severe first: T100, E100, L36, J3, P2
    assert rerun == []
    assert all(n["details"]["escalated_from"] is None for n in sent1)
    # night 2: the new warning L11, and TCROSS's escalation (once, as an escalation of the warning announced on
    # night 1); J3 easing from red to yellow and the unchanged open warnings are not announced again
    cross = next(n for n in sent1 if n["details"]["subject_id"] == "TCROSS")
    assert sorted((n["details"]["rule"], n["details"]["subject_id"], n["level"], n["details"]["escalated_from"])
                  for n in sent2) == [("long_pending", "L11", "green", None), ("time_limit", "TCROSS", "red", "yellow")]  # fmt: skip
    assert (
        next(n for n in sent2 if n["details"]["subject_id"] == "TCROSS")["key"].split(":")[0]
        == cross["key"].split(":")[0]
    )


def test_warnings_command_filters(nights, capsys):
    from cli.main import main

    warehouse = str(nights["build"].warehouse)
    assert main(["--warehouse", warehouse, "warnings", "--level", "red"]) == 0
    out = capsys.readouterr().out
    assert "5 warning(s) open" in out and "超审限" in out and "yellow" not in out
    assert main(["--warehouse", warehouse, "warnings", "--person", "J1", "--all"]) == 0
    out = capsys.readouterr().out.splitlines()
    # J1: T80 (closed), L12, and as handler of every petition P1 (closed) and P2
    assert out[-1] == "4 warning(s)" and sum("2025-04-01" in line and "open" not in line for line in out) == 2


def test_config_defaults_and_errors(tmp_path):
    config = load_supervision_config(REAL_CONFIG)
    assert config.settings["conduct_risk_half_life_days"] == 180
    assert ("integrity_violation", "minor", 8.0) in config.conduct_weights
    bad = tmp_path / "config"
    shutil.copytree(REAL_CONFIG / "supervision", bad / "supervision")
    path = bad / "supervision" / "supervision.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("half_life_days: 180", "half_life_days: -3").replace("red: 8 ", "red: 2 ")
    text = text.replace("late_upload:         {minor: 0.5, moderate: 1, severe: 2}", "late_upload: {minor: 1}")
    text = text.replace("overdue_case:", "overdue_cases:")
    path.write_text(text + "\nextra_section: {}\n", encoding="utf-8")
    with pytest.raises(SupervisionConfigError) as err:
        load_supervision_config(bad)
    message = str(err.value)
    for expected in ("supervision.yaml: conduct_risk.half_life_days: must be at least 1", "conduct_risk.red must be above",
                     "conduct_risk.weights.late_upload: must give a weight for each severity",
                     "conduct_risk.weights.overdue_cases: unknown event type", "unknown keys ['extra_section']"):  # fmt: skip
        assert expected in message, message


def test_warnings_mart_column_contract(nights):
    con = duckdb.connect(str(nights["build"].warehouse), read_only=True)
    try:
        columns = con.execute(
            "select column_name, data_type from information_schema.columns "
            "where table_schema = 'marts' and table_name = 'warnings' order by ordinal_position"
        ).fetchall()
    finally:
        con.close()
    assert columns == [
        ("warning_id", "VARCHAR"), ("rule", "VARCHAR"), ("level", "VARCHAR"), ("subject_type", "VARCHAR"),
        ("subject_id", "VARCHAR"), ("court_code", "VARCHAR"), ("dept_id", "VARCHAR"), ("person_id", "VARCHAR"),
        ("title", "VARCHAR"), ("facts", "VARCHAR"), ("first_seen", "DATE"), ("last_seen", "DATE"),
        ("closed_on", "DATE"), ("is_open", "BOOLEAN"), ("level_since", "DATE"),
    ]  # fmt: skip


PROFILE_MARTS = ("profile_person", "profile_department", "profile_court", "case_timeline", "party_profile",
                 "relation_case_case", "relation_person_case", "integrity_signals", "warnings")  # fmt: skip


def test_no_profile_or_relation_exposes_clear_personal_data(nights):
    """Every name, ID number and phone number of parties and petitioners the sources delivered is absent from every
    column (landing masked them; this checks that no profile or relation joins them back in from elsewhere)."""
    build = nights["build"]
    clear = {r.get(c) for r in PARTIES for c in ("name", "id_number", "phone")}
    clear |= {r.get(c) for r in PETITIONS for c in ("petitioner_name", "petitioner_id_number")}
    clear -= {None}
    assert {"李四光", "150602199002023456", "13912345678", "张三丰"} <= clear
    for mart in PROFILE_MARTS:
        assert build.rows(f"select count(*) as n from marts.{mart}")[0]["n"] > 0, mart
        columns = [r["column_name"] for r in build.rows(
            "select column_name from information_schema.columns where table_schema = 'marts' and table_name = ?", mart)]  # fmt: skip
        text = " || '|' || ".join(f"coalesce(cast({c} as varchar), '')" for c in columns)
        for value in clear:
            hits = build.rows(f"select count(*) as n from marts.{mart} where contains({text}, ?)", value)
            assert hits[0]["n"] == 0, (mart, value)


def test_person_profile(nights):
    build = nights["build"]
    (j1,) = build.rows("select * from marts.profile_person where entity_id = 'J1'")
    # at 2025-04-01: J1 filed 9 small-claims cases (Jan-Mar), T80 and the bankruptcy L12 (filed 2024-03-31, 366
    # days before: outside the 365-day window); closed 9 + T80 = 10; pending L12 only
    assert (j1["filed_last_12m"], j1["closed_last_12m"], j1["pending_cases"]) == (10, 10, 1)
    assert j1["case_mix_last_12m"] == "民初:10"
    # closings in the last 90 days (2025-01-02 … 04-01): all 10; the 90 before: none → no trend
    assert (j1["closed_last_90d"], j1["closed_previous_90d"], j1["closed_trend"]) == (10, 0, None)
    assert (j1["open_warnings"], j1["open_red_warnings"]) == (2, 1)  # L12 (green) and P2 (red)
    (j4,) = build.rows("select * from marts.profile_person where entity_id = 'J4'")
    assert (j4["verified_defects_last_12m"], j4["conduct_risk_score"]) == (2, round(12 * 0.5 ** (181 / 180), 4))
    assert j4["peer_group_name_zh"] == "民事法官" and j4["score_period"] == "2025-04"
    (court,) = build.rows("select * from marts.profile_court")
    assert court["open_warnings"] == 12 and court["conduct_risk_score"] == round(8 * 0.5 ** (1 / 180), 4)


def test_case_timeline_party_profile_and_integrity_signal(nights):
    build = nights["build"]
    timeline = build.rows("select event_type, cast(event_date as varchar) as d from marts.case_timeline "
                          "where case_id = 'T80' order by event_seq")  # fmt: skip
    assert [(t["event_type"], t["d"]) for t in timeline] == [
        ("filed", "2025-01-10"), ("warning_time_limit", "2025-03-31"), ("closed", "2025-04-01"),
        ("warning_closed_time_limit", "2025-04-01")]  # fmt: skip
    # TCROSS's warning escalated in place on night 2: the night it turned red follows the night it opened
    cross = build.rows("select event_type, cast(event_date as varchar) as d, detail from marts.case_timeline "
                       "where case_id = 'TCROSS' and event_type like 'warning%' order by event_seq")  # fmt: skip
    assert [(t["event_type"], t["d"], t["detail"][:3]) for t in cross] == [
        ("warning_time_limit", "2025-03-31", "超审限"), ("warning_level_time_limit", "2025-04-01", "超审限")]  # fmt: skip
    suspended = build.rows(
        "select event_type, detail from marts.case_timeline where case_id = 'TSUSP' and event_seq = 2"
    )
    assert suspended == [{"event_type": "limit_suspension", "detail": "45 days"}]
    # 李四光 (ID 1506…3456) is plaintiff in three cases; 王五 has the same ID number in T100: one masked key, four cases
    (party,) = build.rows("select * from marts.party_profile where case_count > 1")
    assert (party["case_count"], party["roles"], party["lawyer_count"], party["is_repeat_litigant"]) == (
        4, "defendant, plaintiff", 1, True)  # fmt: skip
    # the same lawyer before J1 in three cases (J1-2025-01-0, J1-2025-02-0, T80): a lawyer_judge signal at threshold 3;
    # the masked party before J1 in the same three cases: a party_judge signal
    signals = build.rows("select signal_type, person_id, case_count, judge_case_count, case_share "
                         "from marts.integrity_signals order by signal_type")  # fmt: skip
    assert signals == [
        {"signal_type": "lawyer_judge", "person_id": "J1", "case_count": 3, "judge_case_count": 11, "case_share": 0.2727},
        {"signal_type": "party_judge", "person_id": "J1", "case_count": 3, "judge_case_count": 11, "case_share": 0.2727},
    ]  # fmt: skip
    pairs = build.rows(
        "select case_id, related_case_id, shared_party_count from marts.relation_case_case order by 1, 2"
    )
    assert len(pairs) == 6 and all(p["shared_party_count"] == 1 for p in pairs)  # 4 cases of one party: 4 × 3 / 2
    roles = build.rows("select relation from marts.relation_person_case where case_id = 'E100'")
    assert roles == [{"relation": "handling_officer"}]


def test_a_night_older_than_the_last_changes_no_warning(nights):
    """A source restored from an old backup (every activity row 30 days older, as after a full refresh from
    it): the data's as-of date goes back to 2025-03-01; no warning is closed (which would be before it was
    first seen), opened or changed."""
    night1 = nights["build"].warehouse.parent / "night1.duckdb"
    build = replace(nights["build"], warehouse=night1.with_name("older_night.duckdb"), con=None)
    shutil.copy(night1, build.warehouse)
    before = _warnings(build)
    build.close()
    assert before == nights["night1"]
    with duckdb.connect(str(build.warehouse)) as con:
        for table in ("trial__cases", "enforcement__enforcement_cases", "trial__time_limit_events",
                      "trial__hearings", "petition__petitions", "conduct__conduct_events"):  # fmt: skip
            con.execute(f'update raw."{table}" set updated_at = updated_at - interval 30 day')
    dbt_build(build.project, build.warehouse)
    as_of = build.rows("select as_of_date from (select max(updated_at) as as_of_date from marts.fct_trial_cases)")
    assert str(as_of[0]["as_of_date"].date()) == "2025-03-01"
    after = _warnings(build)
    build.close()
    assert after == before
    assert any(w["is_open"] for w in after.values())
