"""The demo court behaves like a real one (issue 24).

Generator properties are checked on two years of tiny sources of their own (seconds); what the warehouse makes of
them (ranking, headline figures) on the session's tiny night. The ranges of the headline figures are those of
court_domain.md §1.3 and §5.3 (figures of Chinese courts), not the demo's own output.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from cli.runner import HEADLINE_INDICATORS, headline_figures
from ingestion.demo_sources import generate
from ingestion.demo_sources.reference_data import BASE_LIMITS
from tests.conftest import DEMO_OUTPUT, TINY_AS_OF

AS_OF = date(2025, 12, 31)
WINDOW_START = date(AS_OF.year - 1, 1, 1)  # two years

# (low, high) of each headline figure for a court system, from court_domain.md:
HEADLINE_RANGES = {
    # 结收比: 140/152 = 92.1 % at a basic court (§1.3 E10); Inner Mongolia ranked first in China in 2022 (§1.1); a
    # system with a pending stock closes about what it receives
    "clearance_rate": (0.9, 1.1),
    # 结案率 = 结案 / (旧存 + 新收): Inner Mongolia 2022 93.85 %, 准格尔 2024 97.58 % (§1.1, §5.3), the December floor
    # of the Inner Mongolia progress indicator 93 % (§1.3 E12); a year-end figure a little lower for a younger stock
    "closure_rate": (0.8, 0.99),
    # 法定审限内结案率: 99.45 % at 济源 (§5.3); "100 % is against judicial law" (§1.3 E1)
    "within_limit_closure_rate": (0.95, 0.999),
    # 上诉率 of first instances closed by judgment or ruling: 服判息诉率 88.7 % nationally (2021) to 95.7 % (a basic
    # court) over all closures (§1.3 F2) is 4-11 % of all closures, about 10-25 % of those closed by judgment or
    # ruling (the catalog's 合理区间 is [0, 0.15])
    "appeal_rate": (0.05, 0.2),
    # 一审服判息诉率: 88.7 % (national, 2021), 90.69 % (济源), 95.7 % (a basic court) (§1.3 F2, §5.3)
    "acceptance_rate": (0.87, 0.97),
    # 执行到位率: no national figure in the notes; the catalog's 合理区间 [0.4, 1.0], and below full recovery since
    # about a third of first enforcements end in 终本 (no property) (§1.3 F8, F11)
    "enf_recovery_rate": (0.4, 0.8),
}


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("realism")
    generate(out, scale="tiny", seed=7, years=2, as_of=AS_OF)
    return out


def _read(out: Path, system: str, table: str) -> pd.DataFrame:
    with sqlite3.connect(out / f"{system}.sqlite") as con:
        return pd.read_sql(f'select * from "{table}"', con)


def _published(tiny_night) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(tiny_night[0] / "published.duckdb"), read_only=True)


# --- the warehouse: every peer group ranks, the figures are those of a court ---------------------------------------


def test_every_peer_group_has_ranked_members_in_the_year_of_the_tiny_night(tiny_night):
    """Judges and enforcement staff too: each carries a load above the scoring config's minimum workload."""
    with _published(tiny_night) as con:
        groups = con.execute(
            "select peer_group_id, count(*), count(rank_in_peer_group), min(not_ranked_reason) from marts.score_totals "
            "where period_type = 'year' and period = ? and level in ('person', 'department') group by 1 order by 1",
            [str(TINY_AS_OF.year)],
        ).fetchall()
    judges = {"civil_judges_basic", "criminal_judges_basic", "civil_judges_intermediate",
              "criminal_judges_intermediate", "administrative_judges", "trial_supervision_judges", "filing_judges",
              "enforcement_staff", "enforcement_leaders", "leader_civil_judges", "leader_criminal_judges"}  # fmt: skip
    assert judges <= {g for g, *_ in groups}
    unranked = [(g, n, why) for g, n, ranked, why in groups if ranked == 0]
    assert not unranked, unranked


def test_the_periods_begin_with_the_window_and_its_pending_stock_opens_none_before(tiny_night):
    """The demo's sources file gives statistics_start (the window's first day): the warm start's pending stock,
    filed the year before, is in the warehouse with its own dates, and the periods begin with the window."""
    with _published(tiny_night) as con:
        (stock,) = con.execute(
            "select count(*) from marts.fct_trial_cases where filing_date < ? and closing_date >= ?",
            [date(TINY_AS_OF.year, 1, 1)] * 2,
        ).fetchone()
        periods = con.execute("select distinct period_type, min(period) from marts.score_totals group by 1").fetchall()
    assert stock > 100
    first = {"month": f"{TINY_AS_OF.year}-01", "quarter": f"{TINY_AS_OF.year}-Q1", "year": str(TINY_AS_OF.year),
             "ytd": f"{TINY_AS_OF.year}-01"}  # fmt: skip
    assert dict(periods) == first


def test_headline_figures_sit_in_the_ranges_of_chinese_courts_and_the_demo_prints_them(tiny_night):
    with _published(tiny_night) as con:
        year, figures = headline_figures(con)
    assert year == str(TINY_AS_OF.year)
    assert set(figures) == set(HEADLINE_INDICATORS) == set(HEADLINE_RANGES)
    outside = {
        i: (round(v, 3), HEADLINE_RANGES[i])
        for i, (_, v) in figures.items()
        if v is None or not HEADLINE_RANGES[i][0] <= v <= HEADLINE_RANGES[i][1]
    }
    assert not outside, outside
    printed = (tiny_night[0] / DEMO_OUTPUT).read_text(encoding="utf-8")
    line = next(x for x in printed.splitlines() if x.startswith("headline figures"))
    assert all(f"{name} {value:.1%}" in line for name, value in figures.values()), line


# --- the generator ------------------------------------------------------------------------------------------------


def test_the_first_year_begins_with_a_pending_stock_and_nothing_closed_before_it(sources):
    # a trial case lasts a few months; an enforcement case longer (终本 after a property search of months)
    for system, table, low, high in [("trial", "cases", 0.08, 0.3), ("enforcement", "enforcement_cases", 0.15, 0.45)]:
        cases = _read(sources, system, table)
        start = WINDOW_START.isoformat()
        stock = cases[cases["filing_date"] < start]
        assert (stock["closing_date"].isna() | (stock["closing_date"] >= start)).all()
        first_year = cases[(cases["filing_date"] >= start) & (cases["filing_date"] < f"{WINDOW_START.year + 1}")]
        assert low < len(stock) / len(first_year) < high, (system, len(stock), len(first_year))


def test_appeals_and_retrials_are_between_the_parties_of_the_first_instance_with_their_counsel(sources):
    cases = _read(sources, "trial", "cases")
    parties = _read(sources, "trial", "case_parties")
    reviews = cases[cases["original_case_id"].notna()]
    assert len(reviews) > 100
    people = parties.groupby("case_id").apply(
        lambda g: frozenset(zip(g["name"], g["id_number"].fillna(""), g["lawyer_license_no"].fillna(""), strict=True)),
        include_groups=False,
    )
    root = dict(zip(cases["case_id"], cases["original_case_id"], strict=True))

    def first_instance(case_id: str) -> str:
        while isinstance(root.get(case_id), str):
            case_id = root[case_id]
        return case_id

    same = [people[c] == people[first_instance(c)] for c in reviews["case_id"]]
    assert all(same), f"{len(same) - sum(same)} of {len(same)} reviews have other parties"


def test_a_remanded_case_is_filed_again_at_its_first_instance_court_between_the_same_parties(sources):
    """发回重审: the remanded first instance comes back as a new 初 case with its own 案号, at the same court, of the
    same cause, between the same parties in the same order, tried under ordinary procedure after the remand."""
    cases = _read(sources, "trial", "cases").set_index("case_id")
    parties = _read(sources, "trial", "case_parties")
    remands = cases[(cases["review_outcome"] == "remanded") & cases["original_case_id"].notna()]
    remands = remands[cases.loc[remands["original_case_id"], "case_type_code"].str.endswith("初").to_numpy()]
    first = cases.loc[remands["original_case_id"]]
    sides = parties.sort_values("party_seq").groupby("case_id")["name"].agg(tuple)
    retried = 0
    for (_, remand), (first_id, orig) in zip(remands.iterrows(), first.iterrows(), strict=True):
        again = cases[
            (cases["court_code"] == orig["court_code"])
            & (cases["case_type_code"] == orig["case_type_code"])
            & (cases["cause_of_action"] == orig["cause_of_action"])
            & (cases["filing_date"] > remand["closing_date"])
            & cases.index.map(lambda c, f=first_id: c != f and sides.get(c) == sides.get(f))
        ]
        if remand["closing_date"] <= (AS_OF.replace(day=1)).isoformat():  # remanded a month before the end at least
            assert len(again) == 1, (remand.name, orig["case_number"])
            assert again["procedure"].iloc[0] == "ordinary" and again["original_case_id"].isna().all()
            assert again["case_number"].iloc[0] != orig["case_number"]
            retried += 1
    assert retried >= 3


def test_retrial_applications_are_of_basic_court_judgments_nobody_appealed(sources):
    cases = _read(sources, "trial", "cases").set_index("case_id")
    for code in ("民申", "行申"):
        apps = cases[(cases["case_type_code"] == code) & cases["original_case_id"].notna()]
        orig = cases.loc[apps["original_case_id"]]
        assert (orig["case_type_code"] == code[0] + "初").all() and orig["court_code"].ne("内06").all()
        appealed = set(cases.loc[cases["case_type_code"].str.endswith("终"), "original_case_id"].dropna())
        assert not set(apps["original_case_id"]) & appealed
    assert (cases["case_type_code"] == "民申").sum() > 10


def test_every_petition_about_a_case_is_brought_by_a_party_of_it(sources):
    petitions = _read(sources, "petition", "petitions")
    cases, enf = _read(sources, "trial", "cases"), _read(sources, "enforcement", "enforcement_cases")
    parties = _read(sources, "trial", "case_parties")
    case_id = dict(zip(cases["case_number"], cases["case_id"], strict=True))
    enforced = dict(zip(enf["case_number"], enf["source_case_number"], strict=True))
    names = parties.groupby("case_id")["name"].agg(set)
    about = petitions[petitions["related_case_number"].notna()]
    assert len(about) > 50
    for number, name in zip(about["related_case_number"], about["petitioner_name"], strict=True):
        trial_case = case_id.get(number) or case_id.get(enforced.get(number))
        assert trial_case is not None, number
        assert name in names[trial_case], (number, name)


def test_every_case_linked_conduct_event_matches_a_fact_of_that_case(sources):
    events = _read(sources, "conduct", "conduct_events")
    cases = _read(sources, "trial", "cases").set_index("case_number")
    enf = _read(sources, "enforcement", "enforcement_cases").set_index("case_number")
    limits = _read(sources, "trial", "time_limit_events")
    inspections = _read(sources, "trial", "case_inspections")
    petitions = _read(sources, "petition", "petitions")
    staff = _read(sources, "hr", "staff").set_index("person_id")
    added = limits.pivot_table(index="case_id", columns="event_type", values="days", aggfunc="sum").fillna(0)
    linked = events[events["case_number"].notna()]
    assert set(linked["event_type"]) == {"overdue_case", "wrongful_judgment", "document_error", "verified_complaint"}
    reversed_ = set(cases.loc[cases["review_outcome"].isin(["amended", "remanded"]), "original_case_id"])
    for e in linked.itertuples():
        if e.event_type == "verified_complaint":
            about = petitions[(petitions["related_case_number"] == e.case_number)]
            assert about["category"].isin(["conduct", "delay"]).any(), e
            handler = cases["handling_judge_id"].get(e.case_number, enf["handling_officer_id"].get(e.case_number))
            assert e.person_id == handler, e
            continue
        case = cases.loc[e.case_number]
        if e.event_type == "overdue_case":  # past its statutory limit, with the extensions and suspensions granted
            base = BASE_LIMITS.get((case.case_type_code, case.procedure), BASE_LIMITS.get((case.case_type_code, None)))
            extra = added.loc[case.case_id] if case.case_id in added.index else pd.Series(dtype=float)
            end = date.fromisoformat(case.closing_date) if isinstance(case.closing_date, str) else AS_OF
            counted = (end - date.fromisoformat(case.filing_date)).days - extra.get("suspension", 0)
            counted -= extra.get("deduction", 0)
            assert counted > base + extra.get("extension", 0), e
            assert e.person_id == case.handling_judge_id, e
        elif e.event_type == "wrongful_judgment":  # reversed or remanded on appeal
            assert case.case_id in reversed_ and e.person_id == case.handling_judge_id, e
        else:  # document_error: an inspection found the case flawed and held this person responsible
            found = inspections[
                (inspections["case_id"] == case.case_id) & (inspections["responsible_person_id"] == e.person_id)
            ]
            assert found["result"].isin(["flawed", "unqualified"]).any(), e
    # and only for roles that can incur them: no 综合 staff member has a case-linked event, a late upload or a missed
    # hearing
    role = events["person_id"].map(staff["role"])
    casework = events["case_number"].notna() | events["event_type"].isin(["late_upload", "hearing_absence"])
    assert not (casework & (role == "admin_staff")).any()


def test_evaluations_reflect_the_person_and_persist_from_year_to_year(sources):
    evaluations = _read(sources, "office", "evaluations")
    evaluations["year"] = evaluations["period"].str.slice(0, 4)
    evaluations["score"] = evaluations["score"].astype(float)
    means = evaluations.groupby(["person_id", "year"])["score"].mean().unstack().dropna()
    assert len(means) > 100
    years = sorted(means.columns)
    assert means[years[0]].corr(means[years[1]]) > 0.4  # was 0.06 with scores drawn independently
    scores = evaluations["score"]
    assert 85 < scores.mean() < 91 and 3 < scores.std() < 8  # about 88 ± 5, as before
    # a person with verified negative events that year scores below the others that year
    events = _read(sources, "conduct", "conduct_events")
    bad = events[events["verified"].astype(bool) & (events["event_type"] != "commendation")]
    marked = set(zip(bad["person_id"], bad["event_date"].str.slice(0, 4), strict=True))
    flag = pd.Series([k in marked for k in means.stack().index], index=means.stack().index)
    stacked = means.stack()
    assert stacked[flag].mean() < stacked[~flag].mean()


def test_nights_add_every_kind_of_row_a_day_brings(tmp_path):
    """`--next-night` adds what a day of the court adds: filings and enforcement, and also appeals, inspections,
    conduct events, work items and, at a month's end, evaluations (four nights, the third a year's end)."""
    from ingestion.demo_sources import generate_next_night

    generate(tmp_path, scale="tiny", seed=7, years=1, as_of=date(2024, 12, 28))
    for night in range(4):
        generate_next_night(tmp_path, seed=43 + night)
    nights = json.loads((tmp_path / "generation.json").read_text(encoding="utf-8"))["nights"]
    added = {}
    for n in nights:
        for table, rows in n["inserted"].items():
            added[table] = added.get(table, 0) + rows
    for table in ["trial.cases", "trial.case_parties", "trial.case_inspections", "enforcement.enforcement_cases",
                  "petition.petitions", "mediation.mediations", "conduct.conduct_events", "office.work_items",
                  "office.evaluations"]:  # fmt: skip
        assert added.get(table, 0) > 0, (table, added)
    cases = _read(tmp_path, "trial", "cases")
    late = cases[cases["filing_date"] > "2024-12-28"]
    appeals = late[late["case_type_code"].str.endswith(("终", "申"))]
    assert len(appeals) > 0 and appeals["original_case_id"].isin(cases["case_id"]).all()
    evaluations = _read(tmp_path, "office", "evaluations")
    assert {"2024-12", "2024-Q4", "2024"} <= set(evaluations["period"])
