"""The demo court systems: shape from the contract, realistic links, determinism, defects, nights."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.parquet as pq
import pytest

from ingestion.contract import load_contract
from ingestion.demo_sources import SCALES, generate, generate_next_night
from ingestion.demo_sources.common import Window, day
from ingestion.demo_sources.other_systems import petitions
from ingestion.demo_sources.people import build_org
from ingestion.demo_sources.trial import Counter as IdCounter

AS_OF = date(2026, 6, 30)
CASE_NUMBER = re.compile(r"^（(\d{4})）(内\d{2}(?:\d{2})?)(\D+?)([1-9]\d*)号$")  # as courts print it


def _read(out: Path, system: str, table: str) -> pd.DataFrame:
    with sqlite3.connect(out / f"{system}.sqlite") as con:
        return pd.read_sql(f'SELECT * FROM "{table}"', con)


def _dump(out: Path) -> dict[str, list[tuple]]:
    dumps = {}
    for t in load_contract().tables:
        with sqlite3.connect(out / f"{t.system}.sqlite") as con:
            cols = ", ".join(f'"{c}"' for c in t.column_names)
            dumps[t.qualified_name] = con.execute(f'SELECT {cols} FROM "{t.name}" ORDER BY {cols}').fetchall()
    return dumps


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("tiny")
    generate(out, scale="tiny", seed=42, as_of=AS_OF)
    return out


@pytest.fixture(scope="module")
def defective(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("defective")
    generate(out, scale="tiny", seed=42, as_of=AS_OF, fmt="csv", encoding="utf-8", defect_rate=0.05)
    return out


def test_same_seed_same_contents_other_seed_differs(tiny, tmp_path):
    generate(tmp_path / "again", scale="tiny", seed=42, as_of=AS_OF)
    generate(tmp_path / "other", scale="tiny", seed=7, as_of=AS_OF)
    first = _dump(tiny)
    assert first == _dump(tmp_path / "again")
    assert first["trial.cases"] != _dump(tmp_path / "other")["trial.cases"]


def test_every_contract_table_has_exactly_the_contract_columns(tiny):
    sources = yaml_load(tiny / "sources.yaml")
    for t in load_contract().tables:
        assert sources["systems"][t.system]["url"] == f"sqlite:///{(tiny / f'{t.system}.sqlite').resolve()}"
        with sqlite3.connect(tiny / f"{t.system}.sqlite") as con:
            cols = [r[1] for r in con.execute(f'PRAGMA table_info("{t.name}")')]
            count = con.execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0]
        assert cols == t.column_names, t.qualified_name
        assert count > 0, t.qualified_name


def yaml_load(path: Path) -> dict:
    import yaml

    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_case_numbers_are_well_formed_unique_and_sequential(tiny):
    for system, table in [("trial", "cases"), ("enforcement", "enforcement_cases")]:
        cases = _read(tiny, system, table)
        assert cases["case_number"].is_unique and cases["case_id"].is_unique
        parts = cases["case_number"].str.extract(CASE_NUMBER)
        assert parts.notna().all().all(), cases.loc[parts.isna().any(axis=1), "case_number"].head()
        assert (parts[1] == cases["court_code"]).all() and (parts[2] == cases["case_type_code"]).all()
        assert (parts[0] == cases["filing_date"].str.slice(0, 4)).all()
        cases = cases.assign(seq=parts[3].astype(int))
        first_year = str(AS_OF.year - 1)  # generate's default window: two years
        for (year, _, _), g in cases.groupby([parts[0], parts[1], parts[2]]):
            g = g.sort_values("seq")
            if year >= first_year:
                assert g["seq"].tolist() == list(range(1, len(g) + 1))
            else:  # the warm start's pending stock: numbered in filing order, with the gaps of the cases closed before
                assert g["seq"].is_unique and g["seq"].min() >= 1
            assert g["filing_date"].is_monotonic_increasing


def test_second_instance_cases_review_earlier_first_instance_cases_of_basic_courts(tiny):
    cases = _read(tiny, "trial", "cases").set_index("case_id")
    courts = _read(tiny, "hr", "courts").set_index("court_code")
    everyone = cases[cases["case_type_code"].str.endswith("终")]
    # an appeal of a judgment given before the window (the warm start) is in the extract, its first instance is not:
    # such appeals are filed within the appeal lag of the window's start, and they are few
    older = everyone[everyone["original_case_id"].isna()]
    window_start = pd.Timestamp(AS_OF.year - 1, 1, 1)  # generate's default: two years
    assert (pd.to_datetime(older["filing_date"]) < window_start + pd.Timedelta(days=60)).all()
    assert len(older) < 0.2 * len(everyone)
    appeals = everyone[everyone["original_case_id"].notna()]
    assert len(appeals) > 0
    orig = cases.loc[appeals["original_case_id"]]
    assert orig["case_type_code"].str.endswith("初").all()
    assert (orig["closing_date"].to_numpy() < appeals["filing_date"].to_numpy()).all()
    assert (courts.loc[orig["court_code"], "level"] == "basic").all()
    assert (appeals["court_code"] == "内06").all()
    closed = appeals[appeals["closing_date"].notna()]
    assert closed["review_outcome"].notna().all()
    first = cases[cases["case_type_code"].isin(["民初", "刑初", "行初"]) & (cases["closing_method"] == "judgment")]
    assert 0.03 < len(everyone) / len(first) < 0.3


def test_postings_do_not_overlap_some_people_move_and_current_posting_matches_staff(tiny):
    postings = _read(tiny, "hr", "staff_postings").sort_values(["person_id", "valid_from"])
    nxt = postings.groupby("person_id")["valid_from"].shift(-1)
    closed = postings[nxt.notna()]
    assert (closed["valid_to"].notna()).all()
    assert (pd.to_datetime(closed["valid_to"]) + pd.Timedelta(days=1) == pd.to_datetime(nxt.dropna())).all()
    movers = postings.groupby("person_id").agg(
        n=("dept_id", "size"), depts=("dept_id", "nunique"), roles=("role", "nunique")
    )
    assert ((movers["n"] > 1) & (movers["depts"] > 1)).sum() > 0
    assert ((movers["n"] > 1) & (movers["roles"] > 1)).sum() > 0
    staff = _read(tiny, "hr", "staff").set_index("person_id")
    current = postings.groupby("person_id").tail(1).set_index("person_id")
    assert (current["dept_id"] == staff.loc[current.index, "dept_id"]).all()
    assert (current["role"] == staff.loc[current.index, "role"]).all()
    assert current.loc[staff["leave_date"].isna()[lambda s: s].index, "valid_to"].isna().all()
    assert set(staff["role"]) == set(load_contract().table("hr", "staff").column("role").values)


def test_handling_judges_are_quota_judges_posted_in_that_court_at_filing(tiny):
    cases = _read(tiny, "trial", "cases")
    postings = _read(tiny, "hr", "staff_postings")
    staff = _read(tiny, "hr", "staff").set_index("person_id")
    m = cases.merge(postings, left_on="handling_judge_id", right_on="person_id", suffixes=("", "_p"))
    covering = m[(m["valid_from"] <= m["filing_date"]) & (m["valid_to"].isna() | (m["valid_to"] >= m["filing_date"]))]
    assert set(covering["case_id"]) == set(cases["case_id"])
    assert (covering["court_code_p"] == covering["court_code"]).all()
    assert (
        covering["role"].isin(["president", "vice_president", "division_chief", "deputy_division_chief", "judge"]).all()
    )
    assert staff.loc[cases["handling_judge_id"], "is_quota_judge"].all()


def test_allowed_values_and_amounts_hold_without_defects(tiny):
    for t in load_contract().tables:
        df = _read(tiny, t.system, t.name)
        for c in t.columns:
            if c.values:
                assert set(df[c.name].dropna()) <= set(c.values), (t.qualified_name, c.name)
            if not c.nullable:
                assert df[c.name].notna().all(), (t.qualified_name, c.name)
        assert (df["updated_at"] <= f"{AS_OF.isoformat()} 23:59:59").all(), t.qualified_name
    enf = _read(tiny, "enforcement", "enforcement_cases")
    assert (enf["executed_amount"].astype(float) <= enf["applied_amount"].astype(float)).all()
    cases = _read(tiny, "trial", "cases")
    assert (cases["closing_date"].dropna() >= cases.loc[cases["closing_date"].notna(), "filing_date"]).all()
    assert cases["closing_date"].isna().any()


def _check_digit(first17: str) -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(d) * w for d, w in zip(first17, weights, strict=True)) % 11]


def test_id_numbers_have_eighteen_chars_and_a_correct_check_digit(tiny):
    parties = _read(tiny, "trial", "case_parties")
    ids = parties.loc[parties["party_type"] == "natural_person", "id_number"].dropna()
    assert len(ids) > 100
    assert ids.str.fullmatch(r"1506\d{13}[\dX]").all()
    assert all(_check_digit(i[:17]) == i[17] for i in ids)
    phones = parties["phone"].dropna()
    assert phones.str.fullmatch(r"1[358]\d{9}").all()
    legal = parties.loc[parties["party_type"] == "legal_person", "id_number"].dropna()
    assert legal.str.len().eq(18).all()
    lawyers = parties.dropna(subset=["lawyer_license_no"]).merge(
        _read(tiny, "trial", "cases")[["case_id", "handling_judge_id"]], on="case_id"
    )
    assert lawyers.groupby(["lawyer_license_no", "handling_judge_id"]).size().max() >= 3


def test_every_defect_kind_is_injected_and_listed(defective):
    meta = json.loads((defective / "generation.json").read_text(encoding="utf-8"))
    kinds = {
        "duplicate_row",
        "closing_before_filing",
        "unknown_reference",
        "bad_code",
        "malformed_date",
        "blank_key",
        "gbk_as_utf8",
    }
    assert set(meta["defect_counts"]) == kinds
    assert {d["kind"] for d in meta["defects"]} == kinds
    raw = (defective / "petition" / "petitions.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert "信访" not in raw.decode("gbk") and "petition_id" in raw.decode("gbk")
    cases = pd.read_csv(defective / "trial" / "cases.csv", dtype=str, keep_default_na=False)
    for d in meta["defects"]:
        if d["system"] == "trial" and d["table"] == "cases" and d["kind"] in ("malformed_date", "bad_code"):
            row = cases[cases["case_id"] == d["key"]["case_id"]]
            assert row[d["column"]].tolist() == [d["value"]]
    dupes = [d for d in meta["defects"] if d["kind"] == "duplicate_row" and d["table"] == "cases"]
    assert dupes and (cases["case_id"] == dupes[0]["key"]["case_id"]).sum() == 2


def test_csv_gbk_output_decodes_as_gbk(tmp_path):
    generate(tmp_path, scale="tiny", seed=1, as_of=AS_OF, fmt="csv", encoding="gbk")
    raw = (tmp_path / "trial" / "cases.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    cases = pd.read_csv(tmp_path / "trial" / "cases.csv", encoding="gbk", dtype=str)
    assert cases["case_number"].str.contains("民初").any()
    assert yaml_load(tmp_path / "sources.yaml")["systems"]["trial"]["encoding"] == "gbk"


def test_parquet_output_has_the_contract_columns(tmp_path):
    generate(tmp_path, scale="tiny", seed=1, as_of=AS_OF, fmt="parquet")
    for t in load_contract().tables:
        assert pq.read_schema(tmp_path / t.system / f"{t.name}.parquet").names == t.column_names


def test_next_night_adds_rewrites_and_deletes_rows(tiny, tmp_path):
    out = tmp_path / "night"
    shutil.copytree(tiny, out)
    before = _read(out, "trial", "cases")
    summary = generate_next_night(out, seed=43)
    assert summary.as_of == date(2026, 7, 1)
    after = _read(out, "trial", "cases")
    new = after[~after["case_id"].isin(before["case_id"])]
    assert len(new) > 0 and (new["filing_date"] == "2026-07-01").all()
    assert after["case_id"].is_unique and after["case_number"].is_unique
    later = after[after["updated_at"] >= "2026-07-01"]
    rewritten = later[later["case_id"].isin(before["case_id"])]
    assert (rewritten["deleted"] == 1).sum() > 0 and rewritten["closing_date"].eq("2026-07-01").any()
    meta = json.loads((out / "generation.json").read_text(encoding="utf-8"))
    assert meta["as_of"] == "2026-07-01" and len(meta["nights"]) == 1
    generate_next_night(out, seed=43)
    assert json.loads((out / "generation.json").read_text(encoding="utf-8"))["as_of"] == "2026-07-02"


def test_a_citys_petitions_go_to_its_own_courts_when_the_pool_holds_other_cities_cases():
    """A next night draws petitions from every earlier case, of every city (at province scale, twelve): each city's
    petitions go to its own courts, whose district codes make the petitioners' ID numbers."""
    spec = SCALES["tiny"]
    cities = spec.cities()
    city = cities[0]
    org = build_org(
        cities, spec.staff, Window(day(date(2024, 1, 1)), day(AS_OF)), np.random.default_rng(0), spec.min_court_staff
    )
    own = [court.code for court in city.courts]
    trial = pd.DataFrame(
        {
            "court_code": [own[i % len(own)] for i in range(200)] + ["内9999"] * 200,  # 内9999: another city's court
            "filing_date": day(date(2024, 6, 1)),
            "case_number": [f"（2024）测{i}号" for i in range(400)],
        }
    )
    tonight = Window(day(date(2025, 1, 1)), day(date(2025, 1, 1)))
    found = petitions(city, org, tonight, np.random.default_rng(1), IdCounter("X"), trial, trial.iloc[:0], rate=0.2)
    assert len(found) > 0 and set(found["court_code"]) <= set(own)
    districts = {str(court.admin_code) for court in city.courts}
    assert found["petitioner_id_number"].dropna().str[:6].isin(districts).all()
    assert not found["related_case_number"].isin(trial["case_number"].iloc[200:]).any()


def test_next_night_refuses_file_sources(defective):
    with pytest.raises(ValueError, match="sqlite"):
        generate_next_night(defective)


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"scale": "huge"}, "scale"),
        ({"fmt": "xlsx"}, "fmt"),
        ({"encoding": "latin-1"}, "encoding"),
        ({"years": 0}, "years"),
        ({"defect_rate": 2.0}, "defect_rate"),
        ({"seed": -1}, "seed"),
        ({"fmt": "sqlite", "encoding": "gbk"}, "encoding"),
        ({"as_of": date(2010, 1, 1)}, "as_of"),
    ],
)
def test_bad_arguments_raise_value_error_naming_the_argument(tmp_path, kwargs, name):
    with pytest.raises(ValueError, match=name):
        generate(tmp_path, **kwargs)


def test_a_reviewed_case_is_never_deleted_so_every_original_case_exists(tiny):
    import numpy as np

    from ingestion.demo_sources.trial import deletions

    cases = _read(tiny, "trial", "cases")
    live = cases[cases["deleted"] == 0]
    reviewing = live[live["original_case_id"].notna()]
    assert len(reviewing) > 0 and reviewing["original_case_id"].isin(live["case_id"]).all()
    # with every case up for deletion, exactly the cases nobody reviews go
    gone = deletions(cases, np.random.default_rng(0), share=1.0)
    assert not cases.loc[gone, "case_id"].isin(cases["original_case_id"]).any()
    assert cases.loc[~gone, "case_id"].isin(cases["original_case_id"]).all()


# The longest extension court_domain.md §3.1 allows per (type, procedure), in days; one month where §3.1 allows an
# extension without stating how long; none where it lists none. A procedure not named here: 30 days at most.
LAWFUL_EXTENSION = {
    ("民初", "ordinary"): 180,
    ("民初", "simple"): 30,
    ("民初", "small_claims"): 30,
    ("刑初", "ordinary"): 90,
    ("刑初", "simple"): 0,
    ("刑初", "speedy"): 0,
    ("刑终", "second_instance"): 60,
    ("刑申", "review"): 0,
    ("行申", "review"): 0,
    ("刑再", "retrial"): 0,
    ("诉前调确", "special"): 0,
}


def test_extensions_stay_within_what_the_law_allows_for_the_procedure(tiny):
    cases = _read(tiny, "trial", "cases")
    events = _read(tiny, "trial", "time_limit_events").merge(cases, on="case_id")
    ext = events[events["event_type"] == "extension"]
    assert len(ext) > 0 and set(ext["procedure"]) >= {"ordinary", "simple"}
    allowed = [LAWFUL_EXTENSION.get(k, 30) for k in zip(ext["case_type_code"], ext["procedure"], strict=True)]
    assert (ext["days"].to_numpy() <= allowed).all(), ext.loc[ext["days"].to_numpy() > allowed, ["case_id", "days"]]
    assert (ext["days"] > 0).all() and ext["case_id"].is_unique


def test_time_limits_convert_or_cap_but_never_extend_beyond_the_law():
    import numpy as np

    from ingestion.demo_sources.trial import _time_limits

    kinds = [("民初", "simple", 90, 200), ("民初", "small_claims", 60, 75), ("刑初", "speedy", 10, 40),
             ("刑初", "simple", 20, 25), ("民初", "ordinary", 180, 700), ("民终", "second_instance", 90, 150),
             ("民初", "simple", 90, 60)]  # fmt: skip
    rows = [k for k in kinds for _ in range(200)]
    types = np.array([r[0] for r in rows], dtype=object)
    proc0 = np.array([r[1] for r in rows], dtype=object)
    base0 = np.array([r[2] for r in rows], dtype=np.int64)
    eff0 = np.array([r[3] for r in rows], dtype=np.int64)
    proc, base, eff, ext = _time_limits(types, proc0, base0, eff0, np.random.default_rng(1))
    allowed = np.array([LAWFUL_EXTENSION.get(k, 30) for k in zip(types, proc, strict=True)])
    assert (ext <= allowed).all() and (ext >= 0).all()
    converted = proc != proc0
    assert (proc[converted] == "ordinary").all()
    # simple / small-claims / criminal simple and 速裁 cases that outrun their limit are converted, most of them
    for t, p in [("民初", "simple"), ("刑初", "speedy"), ("刑初", "simple")]:
        sel = (types == t) & (proc0 == p) & (eff0 > base0 + LAWFUL_EXTENSION[(t, p)])
        assert 0.7 < converted[sel].mean() < 1
    assert not converted[(proc0 == "simple") & (eff0 == 60)].any() and (ext[eff0 == 60] == 0).all()
    assert (base[converted & (types == "民初")] == 180).all() and (base[converted & (types == "刑初")] == 90).all()
    # an extended case closes within its extended limit; the others that outrun it are simply late (超审限)
    extended = ext > 0
    assert (eff[extended] <= base[extended] + ext[extended]).all() and (eff[extended] > base[extended]).all()
    late = (eff > base) & ~extended
    assert 0 < late.mean() < 0.25
    assert (eff[~converted & ~extended] == eff0[~converted & ~extended]).all()
    assert (eff >= 1).all()


def test_child_rows_stay_within_their_case_and_amounts_are_not_negative(tiny):
    cases = _read(tiny, "trial", "cases").set_index("case_id")
    filed, closed = cases["filing_date"], cases["closing_date"]
    events = _read(tiny, "trial", "time_limit_events")
    span = pd.to_datetime(events["end_date"]) - pd.to_datetime(events["start_date"])
    ended = events["end_date"].notna()
    assert (span[ended].dt.days == events.loc[ended, "days"]).all()
    assert (events["start_date"] >= events["case_id"].map(filed)).all()
    stops = events[events["event_type"] != "extension"]
    closing = stops["case_id"].map(closed)
    assert len(stops) > 0 and (stops.loc[closing.notna(), "end_date"] <= closing.dropna()).all()
    case_days = (pd.to_datetime(closing) - pd.to_datetime(stops["case_id"].map(filed))).dt.days
    assert (stops.loc[closing.notna(), "days"] <= case_days.dropna()).all()
    assert (stops["days"] >= 0).all()
    for table, columns in [("hearings", ["scheduled_date", "held_date"]), ("documents", ["signed_date"]),
                           ("case_inspections", ["inspection_date"])]:  # fmt: skip
        rows = _read(tiny, "trial", table)
        for c in columns:
            dated = rows[rows[c].notna()]
            assert (dated[c] >= dated["case_id"].map(filed)).all(), (table, c)
    enf = _read(tiny, "enforcement", "enforcement_cases").set_index("case_id")
    actions = _read(tiny, "enforcement", "enforcement_actions")
    assert (actions["action_date"] >= actions["case_id"].map(enf["filing_date"])).all()
    for t in load_contract().tables:
        df = _read(tiny, t.system, t.name)
        for c in t.columns:
            if c.type == "int" or c.type.startswith("decimal"):
                assert (pd.to_numeric(df[c.name]).dropna() >= 0).all(), (t.qualified_name, c.name)


def test_generation_reports_its_progress_system_by_system(tmp_path):
    """At ordos scale generation takes minutes: it says what it has written, with the rows so far, as it goes."""
    said: list[str] = []
    summary = generate(tmp_path / "out", scale="tiny", seed=3, years=1, as_of=date(2024, 12, 31), progress=said.append)
    written = [line for line in said if " written: " in line]
    assert [line.split(" written")[0].strip() for line in written] == [
        "trial", "enforcement", "petition, mediation, conduct and office"
    ]  # fmt: skip
    so_far = [int(re.search(r"([\d,]+) rows so far", line)[1].replace(",", "")) for line in written]
    assert so_far == sorted(so_far) and so_far[-1] == sum(summary.rows.values())
