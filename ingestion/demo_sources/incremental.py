"""One more night for an existing SQLite demo: what the warehouse's incremental extraction must handle.

The day after as_of gets new filings (with parties, panels, hearings, enforcement, petitions, mediations), the
appeals, inspections, conduct events and office rows of the day (night_extras.py);
some pending cases close (the row is rewritten: same key, new values, later updated_at), a few pending ones change
staff (and, rarely, a closed one: a late correction), and a few filed in the last 30 days are deleted (deleted = 1,
later updated_at: registration errors). The hr tables are rebuilt from the original
seed, so the new cases are assigned to people who really hold a posting on that day.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

from ingestion.contract import load_contract

from .common import NA, Window, day
from .enforcement import generate_enforcement
from .night_extras import inspections_today, office_today, reviews_filed_today, with_limits
from .other_systems import conduct, mediations, petitions
from .people import build_org
from .reference_data import CASE_TYPES
from .trial import Counter as IdCounter
from .trial import generate_trial
from .trial_children import documents
from .writers import to_wire

_TYPES = sorted([*CASE_TYPES, "执", "执恢", "执异", "执复", "执保", "执监"], key=len, reverse=True)
_NUMBER = r"^[(（](\d{4})[)）](.+?)(" + "|".join(_TYPES) + r")(\d+)号$"  # either bracket form


def _days(s: pd.Series) -> np.ndarray:
    d = pd.to_datetime(s, format="%Y-%m-%d", errors="coerce")
    return np.where(d.isna(), NA, (d - pd.Timestamp(0)).dt.days.fillna(0).astype(np.int64)).astype(np.int64)


def _offsets(numbers: pd.Series) -> dict:
    """Last sequence number per (court, year, type) already used, so new numbers continue the series."""
    parts = numbers.str.extract(_NUMBER).dropna()
    parts["seq"] = parts[3].astype(np.int64)
    last = parts.groupby([1, 0, 2])["seq"].max()
    return {(c, int(y), t): int(v) for (c, y, t), v in last.items()}


def _replace(con: sqlite3.Connection, table, key: str, wire: dict) -> None:
    """Rewrite rows in place of the earlier versions with the same key (the source system's UPDATE)."""
    con.execute("CREATE TEMP TABLE IF NOT EXISTS _k (id TEXT)")
    con.execute("DELETE FROM _k")
    con.executemany("INSERT INTO _k VALUES (?)", [(k,) for k in wire[key].tolist()])
    con.execute(f'DELETE FROM "{table.name}" WHERE "{key}" IN (SELECT id FROM _k)')
    _insert(con, table, wire)


def _insert(con: sqlite3.Connection, table, wire: dict) -> None:
    names = table.column_names
    con.executemany(
        f'INSERT INTO "{table.name}" VALUES ({", ".join("?" * len(names))})',
        zip(*(wire[n].tolist() for n in names), strict=True),
    )


def _stamp(rng: np.random.Generator, d: date, n: int) -> np.ndarray:
    """updated_at texts on day d, office hours."""
    secs = np.datetime64(d) + rng.integers(8 * 3600, 22 * 3600, n).astype("timedelta64[s]")
    return pd.Series(np.datetime_as_string(secs)).str.replace("T", " ").to_numpy(dtype=object)


def _close_some(cases: pd.DataFrame, rng: np.random.Generator, d: date, p: float, methods) -> pd.DataFrame:
    """Pending, undeleted cases closing today, as rewritten rows (text values, as stored)."""
    pending = cases[cases["closing_date"].isna() & (cases["deleted"] == 0)]
    k = max(min(3, len(pending)), int(rng.binomial(len(pending), p)))  # a tiny demo still closes a few
    pick = pending.sample(n=k, random_state=int(rng.integers(2**31))).sort_index().copy()
    pick["closing_date"] = d.isoformat()
    method = np.empty(len(pick), dtype=object)
    for code, idx in pick.groupby("case_type_code").indices.items():
        options = methods(code)
        labels = list(options)
        method[idx] = np.array(labels, dtype=object)[rng.choice(len(labels), len(idx), p=list(options.values()))]
    pick["closing_method"] = method
    pick["updated_at"] = _stamp(rng, d, len(pick))
    return pick


def _registration_errors(live: pd.DataFrame, kept: pd.Series, rng: np.random.Generator, d: date) -> pd.DataFrame:
    """About one live case in 2,000 deleted tonight, as rewritten rows: registration errors, so among the cases
    filed in the last 30 days (not those `kept`)."""
    recent = pd.to_datetime(live["filing_date"]) >= pd.Timestamp(d - timedelta(days=30))
    deletable = live[recent & ~kept]
    n = min(len(deletable), max(1, len(live) // 2000))
    gone = deletable.sample(n=n, random_state=rng.integers(2**31)).copy()
    gone["deleted"] = 1
    gone["updated_at"] = _stamp(rng, d, len(gone))
    return gone


def next_night(out_dir: Path, *, seed: int = 43, progress=None) -> object:
    from . import SCALES, GenerationSummary, _rng

    say = progress or (lambda _msg: None)
    meta_path = out_dir / "generation.json"
    if not meta_path.exists():
        raise ValueError(f"out_dir {out_dir} holds no generation.json: run generate() first")
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    args = meta["arguments"]
    if args.get("layout", "contract") != "contract":
        raise ValueError(
            f"generate_next_night needs a contract-layout demo; {out_dir} was written in the vendor layout"
        )
    if args["fmt"] != "sqlite":
        raise ValueError(f"generate_next_night needs a sqlite demo source; {out_dir} was written as {args['fmt']!r}")
    contract = load_contract()
    spec = SCALES[args["scale"]]
    start, first_as_of = (
        date.fromisoformat(meta["window"]["start"]),
        date.fromisoformat(meta["window"]["as_of"]),
    )
    today = date.fromisoformat(meta["as_of"]) + timedelta(days=1)
    night_no = len(meta["nights"]) + 1
    rng = _rng(seed, 7, night_no)
    cities = spec.cities()
    org = build_org(
        cities, spec.staff, Window(day(start), day(first_as_of)), _rng(args["seed"], 0), spec.min_court_staff
    )
    night = Window(day(today), day(today))
    window_days = day(first_as_of) - day(start) + 1
    inserted: Counter[str] = Counter()
    rewritten: Counter[str] = Counter()
    deleted: Counter[str] = Counter()
    tcon = sqlite3.connect(out_dir / "trial.sqlite", isolation_level=None)
    econ = sqlite3.connect(out_dir / "enforcement.sqlite", isolation_level=None)
    others = {
        s: sqlite3.connect(out_dir / f"{s}.sqlite", isolation_level=None)
        for s in ["petition", "mediation", "conduct", "office"]
    }
    cons = {"trial": tcon, "enforcement": econ, **others}
    for con in cons.values():
        con.execute("BEGIN")
    trial_all = pd.read_sql('SELECT * FROM "cases"', tcon)
    enf_all = pd.read_sql('SELECT * FROM "enforcement_cases"', econ)
    known_parties = pd.read_sql('SELECT * FROM "case_parties"', tcon)
    limit_events = pd.read_sql('SELECT "case_id", "event_type", "days" FROM "time_limit_events"', tcon)
    inspected = set(pd.read_sql('SELECT "case_id" FROM "case_inspections"', tcon)["case_id"])
    t_off, e_off = _offsets(trial_all["case_number"].dropna()), _offsets(enf_all["case_number"].dropna())
    tag = today.strftime("%Y%m%d")

    def put(system: str, name: str, df: pd.DataFrame) -> None:
        table = contract.table(system, name)
        _insert(cons[system], table, to_wire(table, df))
        inserted[table.qualified_name] += len(df)

    total_pop = sum(c.population for c in cities)
    linkable = trial_all.assign(
        filing_date=_days(trial_all["filing_date"]),
        closing_date=_days(trial_all["closing_date"]),
        claim_amount=pd.to_numeric(trial_all["claim_amount"], errors="coerce"),
    )
    for i, city in enumerate(cities):
        crng = np.random.default_rng([seed, 7, night_no, i])
        share = city.population / total_pop
        prefix = f"{city.courts[0].admin_code}N{tag}"
        trial = generate_trial(
            city,
            org,
            max(spec.trial_per_year * share, 3000),
            night,
            crng,
            IdCounter(f"T{prefix}"),
            t_off,
            night=True,
        )
        for name, df in trial.items():
            put("trial", name, df)
        pool = pd.concat([linkable, trial["cases"]], ignore_index=True)
        enf = generate_enforcement(
            city,
            org,
            max(spec.enforcement_per_year * share, 1500),
            night,
            crng,
            IdCounter(f"E{prefix}"),
            pool,
            e_off,
            night=True,
        )
        for name, df in enf.items():
            put("enforcement", name, df)
        pet = petitions(
            city,
            org,
            night,
            crng,
            IdCounter(f"X{prefix}"),
            pool,
            enf["enforcement_cases"],
            rate=0.025 / window_days,
            parties=pd.concat([known_parties, trial["case_parties"]], ignore_index=True),
        )
        put("petition", "petitions", pet)
        put("mediation", "mediations", mediations(night, crng, IdCounter(f"M{prefix}"), trial["cases"]))
        # what else the day brings: appeals and retrial applications of earlier judgments, inspections of cases
        # closed months ago, the day's conduct events and office rows
        offsets = _offsets(pd.concat([trial_all["case_number"], trial["cases"]["case_number"]]).dropna())
        reviews = reviews_filed_today(
            city, org, linkable, known_parties, night, crng, IdCounter(f"T{prefix}R"), offsets
        )
        for name, df in reviews.items():
            put("trial", name, df)
        closed_before = linkable[(linkable["closing_date"] != NA) & (linkable["deleted"] == 0)]
        inspected_today = inspections_today(closed_before, inspected, night, crng)
        put("trial", "case_inspections", inspected_today)
        staff = org.tables["staff"]
        staff = staff[staff["court_code"].isin([c.code for c in city.courts])].reset_index(drop=True)
        events = conduct(
            staff,
            night,
            crng,
            IdCounter(f"C{prefix}"),
            with_limits(linkable, limit_events),
            inspected_today,
            pet,
            pd.concat([enf_all, enf["enforcement_cases"]], ignore_index=True),
        )
        put("conduct", "conduct_events", events)
        for name, df in office_today(staff, night, crng, prefix, events).items():
            put("office", name, df)

    # closings, staff changes and deletions of existing cases: rows rewritten with a later updated_at
    cases_t = contract.table("trial", "cases")
    # a case still suspended does not close tonight (its suspension would outlast it); a reviewed case is not deleted
    suspended = pd.read_sql(
        "SELECT case_id FROM time_limit_events WHERE end_date IS NULL AND event_type <> 'extension'", tcon
    )["case_id"]
    closed = _close_some(
        trial_all[~trial_all["case_id"].isin(suspended)],
        rng,
        today,
        1 / 45,
        lambda c: CASE_TYPES[c].closing if c in CASE_TYPES else {"other": 1.0},
    )
    reviewing = closed["case_type_code"].astype(str).str.endswith(("终", "再"))
    closed.loc[reviewing, "review_outcome"] = np.where(
        closed.loc[reviewing, "closing_method"] == "mediation", "mediated", "upheld"
    )
    live = trial_all[(trial_all["deleted"] == 0) & ~trial_all["case_id"].isin(closed["case_id"])]
    # staff change on cases still being heard, and now and then on a closed one (a late correction of the record,
    # which changes a closed period: the archive flags it as a restatement candidate)
    pending = live["closing_date"].isna()
    moved = live[rng.random(len(live)) < np.where(pending, 0.01, 0.00002)].copy()
    moved["assistant_id"] = moved["assistant_id"].sample(frac=1.0, random_state=rng.integers(2**31)).to_numpy()
    moved["updated_at"] = _stamp(rng, today, len(moved))
    reviewed = trial_all["original_case_id"].dropna()
    kept = live["case_id"].isin(moved["case_id"]) | live["case_id"].isin(reviewed)
    gone = _registration_errors(live, kept, rng, today)
    changed = pd.concat([closed, moved, gone], ignore_index=True)
    _replace(
        tcon,
        cases_t,
        "case_id",
        {
            c: changed[c].astype(object).where(changed[c].notna(), None).to_numpy(dtype=object)
            for c in cases_t.column_names
        },
    )
    rewritten["trial.cases"] += len(changed)
    deleted["trial.cases"] += len(gone)
    docs = closed.assign(filing_date=_days(closed["filing_date"]), closing_date=day(today))
    put("trial", "documents", documents(docs, rng, night))

    enf_t = contract.table("enforcement", "enforcement_cases")
    e_closed = _close_some(
        enf_all,
        rng,
        today,
        1 / 60,
        lambda c: {"fully_executed": 0.4, "terminated_procedure": 0.4, "settled": 0.1, "withdrawn": 0.1},
    )
    full = e_closed["closing_method"] == "fully_executed"
    e_closed.loc[full, "executed_amount"] = e_closed.loc[full, "applied_amount"]
    e_live = enf_all[(enf_all["deleted"] == 0) & ~enf_all["case_id"].isin(e_closed["case_id"])]
    e_gone = _registration_errors(e_live, pd.Series(False, index=e_live.index), rng, today)
    e_changed = pd.concat([e_closed, e_gone], ignore_index=True)
    _replace(
        econ,
        enf_t,
        "case_id",
        {
            c: e_changed[c].astype(object).where(e_changed[c].notna(), None).to_numpy(dtype=object)
            for c in enf_t.column_names
        },
    )
    rewritten["enforcement.enforcement_cases"] += len(e_changed)
    deleted["enforcement.enforcement_cases"] += len(e_gone)
    for con in cons.values():
        con.execute("COMMIT")
        con.close()

    meta["as_of"] = today.isoformat()
    meta["nights"].append(
        {
            "date": today.isoformat(),
            "seed": seed,
            "inserted": dict(inserted),
            "rewritten": dict(rewritten),
            "deleted": dict(deleted),
        }
    )
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    rows = Counter(inserted)
    rows.update(rewritten)
    say(f"night {today}: {sum(inserted.values()):,} new rows, {sum(rewritten.values()):,} rewritten")
    return GenerationSummary(out_dir, "sqlite", dict(rows), {}, out_dir / "sources.yaml", today, meta_path)
