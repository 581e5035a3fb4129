"""The trial system (审判流程管理系统) of one city: cases and everything hanging off them.

First-instance-type cases are drawn by volume per court; appeals (终), retrial reviews (申) and retrials
(再) are *derived* from earlier closed cases, so that 上诉率 / 改判发回率 / 服判息诉率 have real links.
Durations are log-normal around a type-specific median; cases that would overrun their statutory limit
mostly get an extension, some are suspended, a few overrun anyway, and cases closing after as_of are
pending. Case numbers run sequentially per (court, filing year, type) in filing order.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .common import NA, Window, cat, choice, pick_by_posting, stamp, year_of, zpad
from .people import Org
from .reference_data import (
    ADMIN_COURT,
    ADMIN_SHARE,
    BASE_LIMITS,
    BASIC_MIX,
    CASE_TYPES,
    CAUSES,
    CONVERTS_TO_ORDINARY,
    EXTENSION_MAX,
    INTERMEDIATE_OWN,
    City,
)

# Days of filings simulated before the window (only the cases still pending at its start are extracted): longer than
# an appeal or a retrial application takes to follow its judgment (DERIVATIONS' lags) and than most cases last. A whole
# year: the warehouse's calendar then starts on 1 January (a calendar starting mid-year puts a 诉前调确 case's
# mediation, received before the case, outside it: a year-to-date ratio above 1 that the publication gate stops).
HISTORY_DAYS = 365
COLLEGIAL = ["ordinary", "second_instance", "retrial"]
FIRST_INSTANCE = ["民初", "刑初", "行初"]
# (parent types, probability by closing method, lag days, child type, link to: parent itself or the parent's original,
# parents: "appealable" = first instance of a basic court (the intermediate court's go to the high court, outside
# these systems), "effective" = a basic court's judgment nobody appealed (申请再审 goes to the court one level up,
# 民事诉讼法 2023 第二百一十条, 行政诉讼法 第九十条: the intermediate court's own 民终 / 行终 judgments go to the high
# court), "any" = every closed parent of the types).
# Appeal shares: 民初 0.4 judgments × 0.16 + 0.08 rulings × 0.06 ≈ 7 % of closures, so that with the retrial
# applications the 一审服判息诉率 sits between the national 88.7 % (2021) and a basic court's 95.7 % (court_domain.md
# §1.3 F2); criminal appeals ~12 % of judgments, administrative ~35 % (unverified readings of national yearbooks:
# 行政 cases are appealed far more often).
DERIVATIONS = [
    (["民初"], {"judgment": 0.16, "ruling": 0.06}, (15, 60), "民终", "self", "appealable"),
    (["刑初"], {"judgment": 0.12}, (10, 30), "刑终", "self", "appealable"),
    (["行初"], {"judgment": 0.35, "ruling": 0.2}, (15, 60), "行终", "self", "appealable"),
    (["民初"], {"judgment": 0.05}, (30, 180), "民申", "self", "effective"),
    (
        ["刑终"],
        {"ruling": 0.04, "judgment": 0.04},
        (30, 180),
        "刑申",
        "self",
        "any",
    ),  # 申诉 to the court of last instance
    (["行初"], {"judgment": 0.05}, (30, 180), "行申", "self", "effective"),
    (["民申"], {"ruling": 0.15}, (5, 30), "民再", "original", "any"),
    (["刑申"], {"ruling": 0.1}, (5, 30), "刑再", "original", "any"),
]
_OUTCOME = {  # review outcome of 终 / 再 cases, given the closing method
    "judgment": {"upheld": 0.9, "amended": 0.1},
    "ruling": {"upheld": 0.75, "remanded": 0.15, "other": 0.1},
    "mediation": {"mediated": 1.0},
    "withdrawal": {"withdrawn": 1.0},
}
_RETRIAL_OUTCOME = {
    "judgment": {"upheld": 0.5, "amended": 0.5},
    "ruling": {"remanded": 0.5, "other": 0.5},
    "mediation": {"mediated": 1.0},
}


class Counter:
    """Running case-id counter of one city, kept across batches (and nights) so ids never collide."""

    def __init__(self, prefix: str, start: int = 0):
        self.prefix, self.next = prefix, start

    def take(self, n: int) -> np.ndarray:
        ids = cat(self.prefix, zpad(np.arange(self.next, self.next + n), 7))
        self.next += n
        return ids


def base_cases(city: City, per_year: float, window: Window, rng: np.random.Generator, poisson: bool) -> pd.DataFrame:
    """First-instance-type filings by volume: basic courts by population, the intermediate court's own few."""
    days = window.end - window.start + 1
    frames = []
    for court in city.courts:
        if court.level == "basic":
            mix = dict(BASIC_MIX)
            if court.code == ADMIN_COURT:
                mix["行初"] = ADMIN_SHARE * city.population / court.population
            vol = 0.93 * per_year * court.population / city.population
        else:
            mix, vol = INTERMEDIATE_OWN, per_year
        for code, share in mix.items():
            expected = vol * share * days / 365
            n = rng.poisson(expected) if poisson else max(1, round(expected))
            frames.append(
                pd.DataFrame(
                    {
                        "court_code": court.code,
                        "case_type_code": code,
                        "filing_date": rng.integers(window.start, window.end + 1, n),
                    }
                )
            )
    return pd.concat(frames, ignore_index=True)


def attributes(df: pd.DataFrame, org: Org, window: Window, rng: np.random.Generator) -> pd.DataFrame:
    """Procedure, cause, department, duration, limit events, closing and people of a batch of cases."""
    n = len(df)
    df = df.reset_index(drop=True)
    for col, default in [("cause_of_action", None), ("line", None), ("claim_amount", np.nan)]:
        if col not in df:
            df[col] = default
    proc = np.empty(n, dtype=object)
    eff = np.zeros(n)
    method = np.empty(n, dtype=object)
    base = np.full(n, -1, dtype=np.int64)
    for code, idx in df.groupby("case_type_code").indices.items():
        t = CASE_TYPES[code]
        proc[idx] = choice(rng, t.procedures, len(idx))
        if "procedure" in df:  # a procedure the law sets (a remanded case is retried under ordinary procedure)
            given = df["procedure"].to_numpy(dtype=object)[idx]
            proc[idx] = np.where(pd.isna(given), proc[idx], given)
        med = pd.Series(proc[idx]).map(t.median_days).to_numpy(float)
        eff[idx] = np.exp(np.log(med) + t.sigma * rng.standard_normal(len(idx)))
        method[idx] = choice(rng, t.closing, len(idx))
        limits = {p: BASE_LIMITS.get((code, p), BASE_LIMITS.get((code, None), -1)) for p in t.procedures}
        base[idx] = pd.Series(proc[idx]).map(limits).to_numpy(np.int64)
        need = pd.isna(df.loc[idx, "cause_of_action"]).to_numpy()
        if t.cause_group == "civil":
            civil = rng.random(len(idx)) < 0.55
            causes = np.where(
                civil, choice(rng, CAUSES["civil"], len(idx)), choice(rng, CAUSES["commercial"], len(idx))
            )
            lines = np.where(civil, "civil", "commercial") if t.line == "civil_or_commercial" else t.line
        else:
            causes, lines = choice(rng, CAUSES[t.cause_group], len(idx)), t.line
        df.loc[idx[need], "cause_of_action"] = causes[need] if np.ndim(causes) else causes
        if code == "破":  # a liquidation (mostly 无产可破 debtors) ends well before a reorganisation and its plan
            eff[idx] *= np.where(df.loc[idx, "cause_of_action"].to_numpy(dtype=object) == "破产清算", 0.4, 1.2)
        line_arr = np.broadcast_to(np.asarray(lines, dtype=object), (len(idx),))
        keep_line = ~pd.isna(df.loc[idx, "line"]).to_numpy() & (t.line == "civil_or_commercial")
        df.loc[idx[~keep_line], "line"] = line_arr[~keep_line]
        if t.claim_median and code != "破":
            amt = np.round(np.exp(np.log(t.claim_median) + 1.1 * rng.standard_normal(len(idx))), 2)
            amt = np.where(proc[idx] == "small_claims", np.round(rng.uniform(800, 50_000, len(idx)), 2), amt)
            df.loc[idx, "claim_amount"] = np.where(
                np.isnan(df.loc[idx, "claim_amount"].to_numpy(float)),
                amt,
                df.loc[idx, "claim_amount"].to_numpy(float),
            )
        elif code == "破":
            df.loc[idx, "claim_amount"] = np.round(np.exp(np.log(t.claim_median) + rng.standard_normal(len(idx))), 2)
    eff = np.maximum(1, np.round(eff)).astype(np.int64)
    proc, base, eff, ext = _time_limits(df["case_type_code"].to_numpy(dtype=object), proc, base, eff, rng)
    df["procedure"] = proc
    susp = np.where(rng.random(n) < np.where(proc == "speedy", 0.0, 0.1), rng.integers(10, 120, n), 0)
    df["_eff"], df["_base"], df["_ext"], df["_susp"] = eff, base, ext, susp
    closing = df["filing_date"].to_numpy(np.int64) + eff + susp
    pending = closing > window.as_of
    df["closing_date"] = np.where(pending, NA, closing)
    df["closing_method"] = np.where(pending, None, method)
    # people, by the posting history at filing
    df["dept_id"] = _dept(df, org)
    filed = df["filing_date"].to_numpy(np.int64)
    df["handling_judge_id"] = pick_by_posting(rng, org.judges, df["dept_id"].to_numpy(), filed, org.chief)
    collegial = np.isin(proc, COLLEGIAL)
    chief = df["dept_id"].map(org.chief).to_numpy(dtype=object)
    df["presiding_judge_id"] = np.where(collegial, np.where(rng.random(n) < 0.5, chief, df["handling_judge_id"]), None)
    df["assistant_id"] = np.where(rng.random(n) < 0.9, pick_by_posting(rng, org.assistants, df["dept_id"], filed), None)
    df["clerk_id"] = np.where(rng.random(n) < 0.93, pick_by_posting(rng, org.clerks, df["dept_id"], filed), None)
    ent_p = df["line"].map({"commercial": 0.42, "civil": 0.06, "administrative": 0.3, "criminal": 0.04}).fillna(0.1)
    df["involves_enterprise"] = (rng.random(n) < ent_p.to_numpy()) | (df["case_type_code"] == "破").to_numpy()
    return df


def _limit_of(table: dict, types: np.ndarray, procs: np.ndarray, missing: int) -> np.ndarray:
    """Per case, table[(type, procedure)], else table[(type, None)], else `missing`."""
    exact = pd.Series(list(zip(types, procs, strict=True)), dtype=object).map(table)
    any_proc = pd.Series(list(zip(types, [None] * len(types), strict=True)), dtype=object).map(table)
    return exact.fillna(any_proc).fillna(missing).to_numpy(np.int64, copy=True)  # writable: callers assign into it


def _time_limits(types, proc, base, eff, rng):
    """Extensions as the law allows them (EXTENSION_MAX, court_domain.md §3.1) for most cases that would overrun.

    Of the cases that would overrun their base limit, 85 % are managed within what the law allows: a simple,
    small-claims or 速裁 case that cannot close within its extended limit is converted to ordinary procedure
    (CONVERTS_TO_ORDINARY), and one that still would overrun closes shortly before its extended limit (courts work
    to the deadline). The rest overrun (超审限) without an extension beyond the law. Extensions are granted in
    months, six at once for a 6-month base limit, never more than EXTENSION_MAX. Returns proc, base, eff, ext.
    """
    n = len(types)
    proc, base, eff = proc.copy(), base.copy(), eff.copy()
    ext_max = _limit_of(EXTENSION_MAX, types, proc, 0)
    granted = (base > 0) & (eff > base) & (rng.random(n) < 0.85)
    pairs = pd.Series(list(zip(types, proc, strict=True)), dtype=object)
    convert = granted & pairs.isin(CONVERTS_TO_ORDINARY).to_numpy() & (eff > base + ext_max)
    proc[convert] = "ordinary"
    base[convert] = _limit_of(BASE_LIMITS, types[convert], proc[convert], -1)
    ext_max[convert] = _limit_of(EXTENSION_MAX, types[convert], proc[convert], 0)
    limit = base + ext_max
    late = granted & (eff > limit)
    eff[late] = limit[late] - rng.integers(0, np.maximum(1, np.minimum(15, limit[late] // 6)))
    need = granted & (eff > base)
    ext = np.zeros(n, dtype=np.int64)
    months = np.maximum(np.ceil((eff[need] - base[need]) / 30) * 30, np.where(base[need] >= 180, 180, 30))
    ext[need] = np.minimum(months.astype(np.int64), ext_max[need])
    return proc, base, eff, ext


def _dept(df: pd.DataFrame, org: Org) -> np.ndarray:
    """The court's department of the case's business line (civil when the court has no such department)."""
    keys = pd.Series(list(zip(df["court_code"], df["line"], strict=True)), dtype=object)
    first = {k: v[0] for k, v in org.dept_by_line.items()}
    out = keys.map(first)
    civil = pd.Series(list(zip(df["court_code"], ["civil"] * len(df), strict=True)), dtype=object).map(first)
    return out.fillna(civil).to_numpy(dtype=object)


def derive(
    parents: pd.DataFrame, window: Window, rng: np.random.Generator, counter: Counter, intermediate: str
) -> list[pd.DataFrame]:
    """Appeals, retrial reviews and retrials of closed cases, generation by generation."""
    out = []
    appealed: set[str] = set()
    for ptypes, probs, (lo, hi), child, link, scope in DERIVATIONS:
        src = parents[parents["case_type_code"].isin(ptypes) & (parents["closing_date"] != NA)]
        if scope != "any":  # the high court's appeals and retrial reviews are not in these systems
            src = src[src["court_code"] != intermediate]
        if scope == "effective":
            src = src[~src["case_id"].isin(appealed)]
        p = src["closing_method"].map(probs).fillna(0).to_numpy(float)
        src = src[rng.random(len(src)) < p]
        if scope == "appealable":
            appealed.update(src["case_id"])
        filed = src["closing_date"].to_numpy(np.int64) + rng.integers(lo, hi, len(src))
        ok = filed <= window.end
        src, filed = src[ok], filed[ok]
        orig = src["case_id"] if link == "self" else src["original_case_id"]
        out.append(
            pd.DataFrame(
                {
                    "case_id": counter.take(len(src)),
                    "court_code": intermediate,
                    "case_type_code": child,
                    "filing_date": filed,
                    "original_case_id": orig.to_numpy(dtype=object),
                    "cause_of_action": src["cause_of_action"].to_numpy(dtype=object),
                    "line": src["line"].to_numpy(dtype=object),
                    "claim_amount": src["claim_amount"].to_numpy(float),
                }
            )
        )
    return out


def deletions(cases: pd.DataFrame, rng: np.random.Generator, share: float = 0.003) -> np.ndarray:
    """Cases deleted in the source: entered by mistake, so never one that another case reviews (its appeal or
    retrial would point at a case that does not exist)."""
    reviewed = cases["case_id"].isin(cases["original_case_id"].dropna()).to_numpy()
    return (rng.random(len(cases)) < share) & ~reviewed


def number_cases(cases: pd.DataFrame, rng: np.random.Generator, offsets: dict | None = None) -> pd.DataFrame:
    """（year）court type seq 号 as courts print it (full-width brackets), sequential per (court, filing year, type)
    in filing order."""
    cases = cases.assign(_tie=rng.random(len(cases)), _year=year_of(cases["filing_date"].to_numpy(np.int64)))
    cases = cases.sort_values(["court_code", "case_type_code", "filing_date", "_tie"], kind="stable")
    seq = cases.groupby(["court_code", "_year", "case_type_code"]).cumcount().to_numpy() + 1
    if offsets:
        keys = pd.Series(list(zip(cases["court_code"], cases["_year"], cases["case_type_code"], strict=True)))
        seq = seq + keys.map(offsets).fillna(0).astype(np.int64).to_numpy()
    cases["case_number"] = cat(
        "（",
        cases["_year"].to_numpy(),
        "）",
        cases["court_code"].to_numpy(),
        cases["case_type_code"].to_numpy(),
        seq,
        "号",
    )
    return cases.sort_values("case_id", kind="stable").reset_index(drop=True)


def generate_trial(
    city: City,
    org: Org,
    per_year: float,
    window: Window,
    rng: np.random.Generator,
    counter: Counter,
    offsets: dict | None = None,
    night: bool = False,
) -> dict[str, pd.DataFrame]:
    # warm start: the courts worked before the window too. A year of earlier filings is simulated; the extract holds
    # the cases still pending on the window's first day (旧存, the realistic pending stock the first year begins with)
    # and every case filed in the window, so appeals and retrial applications of earlier judgments reach the
    # intermediate court from the first day (one whose first instance closed before the window has no
    # original_case_id: that case is not in the extract)
    drawn = window if night else Window(window.start - HISTORY_DAYS, window.end)
    base = base_cases(city, per_year, drawn, rng, poisson=night)
    base["case_id"] = counter.take(len(base))
    base["original_case_id"] = None
    batches = [attributes(base, org, window, rng)]
    if not night:
        generation = batches[0]
        for _ in range(3):  # 初 -> 终 -> 申 -> 再
            derived = [d for d in derive(generation, window, rng, counter, city.code) if len(d)]
            if not derived:
                break
            generation = attributes(pd.concat(derived, ignore_index=True), org, window, rng)
            batches.append(generation)
    cases = pd.concat(batches, ignore_index=True)
    if "original_case_id" not in cases:
        cases["original_case_id"] = None
    cases["review_outcome"] = review_outcomes(cases, rng)
    if not night:
        remanded = retried_on_remand(cases, window, rng, counter)
        cases = pd.concat([cases, attributes(remanded, org, window, rng)], ignore_index=True)
        closing = cases["closing_date"].to_numpy(np.int64)
        kept = (cases["filing_date"].to_numpy(np.int64) >= window.start) | (closing == NA) | (closing >= window.start)
        cases = cases[kept].reset_index(drop=True)
        known = cases["original_case_id"].isin(cases["case_id"]).to_numpy()
        cases["original_case_id"] = cases["original_case_id"].where(known, None)
    cases = number_cases(cases, rng, offsets)
    cases["deleted"] = deletions(cases, rng)
    last = np.maximum(cases["filing_date"], cases["closing_date"]).to_numpy(np.int64)
    cases["updated_at"] = stamp(rng, last, window.as_of)
    tables = {"cases": cases}
    tables.update(children(cases, org, window, rng))
    return tables


def review_outcomes(cases: pd.DataFrame, rng: np.random.Generator) -> np.ndarray:
    """维持 / 改判 / 发回重审 … of each closed 终 and 再 case, by its closing method (None for the others)."""
    reviewing = cases["case_type_code"].str.endswith(("终", "再")).to_numpy() & (cases["closing_date"] != NA)
    outcome = np.full(len(cases), None, dtype=object)
    for m, table in _OUTCOME.items():
        for retrial, tab in [(False, table), (True, _RETRIAL_OUTCOME.get(m, table))]:
            sel = (
                reviewing
                & (cases["closing_method"] == m).to_numpy()
                & (cases["case_type_code"].str.endswith("再").to_numpy() == retrial)
            )
            outcome[sel] = choice(rng, tab, int(sel.sum()))
    outcome[reviewing & pd.isna(outcome)] = "other"
    return outcome


REMAND_LAG = (7, 30)  # days from the remanding ruling to the new filing at the first-instance court


def retried_on_remand(cases: pd.DataFrame, window: Window, rng: np.random.Generator, counter: Counter) -> pd.DataFrame:
    """发回重审: each first instance remanded by its appeal or retrial is filed again at its court, as a new 初 case
    (its own 案号) of the same cause between the same parties (`retrial_of`, not exported: the contract links only
    终 / 申 / 再 cases to the case they review), tried under ordinary procedure by a new panel (民事诉讼法 第四十一
    条)."""
    remands = cases[(cases["review_outcome"] == "remanded").to_numpy() & cases["original_case_id"].notna().to_numpy()]
    first = cases.set_index("case_id")
    first = first.loc[first.index.intersection(remands["original_case_id"])]
    first = first[first["case_type_code"].str.endswith("初")]
    remands = remands[remands["original_case_id"].isin(first.index)]
    filed = remands["closing_date"].to_numpy(np.int64) + rng.integers(*REMAND_LAG, len(remands))
    remands, filed = remands[filed <= window.end], filed[filed <= window.end]
    of = first.loc[remands["original_case_id"]]
    return pd.DataFrame(
        {
            "case_id": counter.take(len(remands)),
            "court_code": of["court_code"].to_numpy(dtype=object),
            "case_type_code": of["case_type_code"].to_numpy(dtype=object),
            "filing_date": filed,
            "original_case_id": None,
            "retrial_of": of.index.to_numpy(dtype=object),
            "cause_of_action": of["cause_of_action"].to_numpy(dtype=object),
            "line": of["line"].to_numpy(dtype=object),
            "claim_amount": of["claim_amount"].to_numpy(float),
            "procedure": "ordinary",
            "review_outcome": None,
        }
    )


def children(cases: pd.DataFrame, org: Org, window: Window, rng: np.random.Generator) -> dict[str, pd.DataFrame]:
    from .trial_children import (
        bankruptcy,
        documents,
        hearings,
        inspections,
        panel,
        parties,
        time_limit_events,
    )

    return {
        "case_parties": parties(cases, rng, window),
        "panel_members": panel(cases, org, rng, window),
        "time_limit_events": time_limit_events(cases, rng, window),
        "hearings": hearings(cases, rng, window),
        "documents": documents(cases, rng, window),
        "case_inspections": inspections(cases, rng, window),
        "bankruptcy_details": bankruptcy(cases, rng, window),
    }
