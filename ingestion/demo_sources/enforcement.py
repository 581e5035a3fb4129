"""The enforcement system (执行案件流程管理系统) of one city: enforcement cases and their actions.

Most 执 cases enforce a judgment or mediation of the same court's trial system (source_case_number is a
real 案号 there: a 民初 or 民特 case of the court, or the 民终 case that decided an appeal from it); the rest enforce
older judgments or arbitral awards. 执恢 resumes a 执 case closed by
终本, 执异 objects to a 执 case; 执复 / 执监 are the intermediate court's review of basic-court enforcement.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .common import NA, Window, cat, choice, pick_by_posting, stamp
from .people import Org
from .reference_data import ENFORCEMENT_CLOSING, ENFORCEMENT_MIX, City
from .trial import HISTORY_DAYS, Counter, number_cases

_MEDIAN = {"执": 100, "执恢": 90, "执异": 30, "执复": 30, "执监": 60, "执保": 5}
_REVIEW_CLOSING = {"rejected": 0.45, "other": 0.4, "withdrawn": 0.15}
_CLOSING = {
    "执": ENFORCEMENT_CLOSING,
    "执恢": ENFORCEMENT_CLOSING,
    "执异": _REVIEW_CLOSING,
    "执复": _REVIEW_CLOSING,
    "执监": _REVIEW_CLOSING,
    "执保": {"fully_executed": 0.85, "other": 0.15},
}
_RECOVERED = {
    "fully_executed": (1.0, 1.0),
    "settled": (0.5, 1.0),
    "terminated_procedure": (0.0, 0.15),
    "terminated": (0.0, 0.3),
    "withdrawn": (0.0, 0.5),
    "rejected": (0.0, 0.0),
    "other": (0.0, 0.5),
}
# closing method -> share of 执 / 执恢 cases closed so with no enforcement measure recorded
_NO_MEASURE = {"withdrawn": 0.35, "settled": 0.2, "fully_executed": 0.1, "terminated_procedure": 0.08}
_ACTIONS = {
    "freeze": 0.25,
    "seizure": 0.12,
    "deduction": 0.2,
    "auction": 0.06,
    "dishonest_list": 0.15,
    "consumption_restriction": 0.15,
    "detention": 0.03,
    "fine": 0.04,
}


def link(rng: np.random.Generator, cand: pd.DataFrame, courts: np.ndarray, days: np.ndarray) -> np.ndarray:
    """For each (court, day) a random cand.number of that court with cand.day < day, else None.

    `cand` has columns court, day, number. Vectorised per court via searchsorted on the sorted days.
    """
    out = np.full(len(courts), None, dtype=object)
    for court, idx in pd.Series(courts).groupby(courts).indices.items():
        c = cand[cand["court"] == court].sort_values(["day", "number"], kind="stable")
        if c.empty:
            continue
        avail = np.searchsorted(c["day"].to_numpy(np.int64), days[idx], side="left")
        pick = (rng.random(len(idx)) * avail).astype(np.int64)
        ok = avail > 0
        out[idx[ok]] = c["number"].to_numpy(dtype=object)[pick[ok]]
    return out


def generate_enforcement(
    city: City,
    org: Org,
    per_year: float,
    window: Window,
    rng: np.random.Generator,
    counter: Counter,
    trial: pd.DataFrame,
    offsets: dict | None = None,
    night: bool = False,
) -> dict[str, pd.DataFrame]:
    first = window.start if night else window.start - HISTORY_DAYS  # warm start, as in the trial system
    days = window.end - first + 1
    frames = []
    for court in city.courts:
        types = ["执", "执恢", "执异", "执保"] if court.level == "basic" else list(ENFORCEMENT_MIX)
        vol = per_year * (0.04 if court.level == "intermediate" else 0.96 * court.population / city.population)
        for t in types:
            expected = vol * ENFORCEMENT_MIX[t] * days / 365 * (15 if t in ("执复", "执监") else 1)
            n = rng.poisson(expected) if night else max(1, round(expected))
            frames.append(
                pd.DataFrame(
                    {
                        "court_code": court.code,
                        "case_type_code": t,
                        "filing_date": rng.integers(first, window.end + 1, n),
                    }
                )
            )
    df = pd.concat(frames, ignore_index=True)
    n = len(df)
    df["case_id"] = counter.take(n)
    t, court, filed = (df[c].to_numpy() for c in ["case_type_code", "court_code", "filing_date"])
    filed = filed.astype(np.int64)

    # 执行依据: a closed civil case of the same court, an older judgment, or nothing (arbitral award)
    tc = trial[
        trial["case_type_code"].isin(["民初", "民终", "诉前调确", "民特"])
        & trial["closing_method"].isin(["judgment", "mediation", "ruling"])
    ]
    # a judgment upheld on appeal (民终) is enforced by the court of first instance (民事诉讼法 第二百三十一条), under
    # the 民终 案号; the rest by the court that decided them
    first_court = tc["original_case_id"].map(dict(zip(trial["case_id"], trial["court_code"], strict=True)))
    enforcing = np.where((tc["case_type_code"] == "民终") & first_court.notna(), first_court, tc["court_code"])
    judged = pd.DataFrame({"court": enforcing, "day": tc["closing_date"] + 15, "number": tc["case_number"]})
    src = link(rng, judged, court, filed)
    r = rng.random(n)
    older = cat(
        "（",
        pd.Series(filed).floordiv(365).add(1970 - 2).to_numpy(),
        "）",
        court,
        "民初",
        rng.integers(1, 9000, n),
        "号",
    )
    src = np.where((r < 0.7) & pd.notna(src), src, np.where(r < 0.92, older, None))
    filed_trial = pd.DataFrame(
        {"court": trial["court_code"], "day": trial["filing_date"], "number": trial["case_number"]}
    )
    src = np.where(t == "执保", link(rng, filed_trial, court, filed), src)

    med = pd.Series(t).map(_MEDIAN).to_numpy(float)
    dur = np.maximum(1, np.round(np.exp(np.log(med) + 0.8 * rng.standard_normal(n)))).astype(np.int64)
    method = np.empty(n, dtype=object)
    for code, idx in pd.Series(t).groupby(t).indices.items():
        method[idx] = choice(rng, _CLOSING[code], len(idx))
    dur = np.where(method == "terminated_procedure", np.maximum(dur, rng.integers(60, 170, n)), dur)
    closing = filed + dur
    pending = closing > window.as_of
    linked_amount = pd.Series(src).map(dict(zip(tc["case_number"], tc["claim_amount"], strict=True)))
    applied = np.exp(np.log(np.where(t == "执保", 200_000, 80_000)) + 1.1 * rng.standard_normal(n))
    applied = np.where(
        linked_amount.notna(), linked_amount.fillna(0).to_numpy(float) * rng.uniform(0.6, 1.05, n), applied
    )
    applied = np.round(np.where(np.isin(t, ["执异", "执复", "执监"]), 0.0, applied), 2)
    lo = pd.Series(method).map({k: v[0] for k, v in _RECOVERED.items()}).to_numpy(float)
    hi = pd.Series(method).map({k: v[1] for k, v in _RECOVERED.items()}).to_numpy(float)
    share = np.where(pending, rng.uniform(0, 0.6, n) * (rng.random(n) < 0.5), lo + rng.random(n) * (hi - lo))
    age = np.where(pending, window.as_of - filed, dur)
    ext = np.where((age > 170) & (rng.random(n) < 0.7), np.where(age > 270, 180, 90), 0)

    dept = pd.Series(court).map({c: org.dept_by_line[(c, "enforcement")][0] for c in set(court)}).to_numpy(dtype=object)
    df = df.assign(
        source_case_number=src,
        closing_date=np.where(pending, NA, closing),
        closing_method=np.where(pending, None, method),
        applied_amount=applied,
        executed_amount=np.round(np.minimum(applied, applied * share), 2),
        extension_days=ext,
        dept_id=dept,
        handling_officer_id=pick_by_posting(rng, org.officers, dept, filed, org.chief),
        assistant_id=np.where(rng.random(n) < 0.7, pick_by_posting(rng, org.assistants, dept, filed), None),
        clerk_id=np.where(rng.random(n) < 0.85, pick_by_posting(rng, org.clerks, dept, filed), None),
        deleted=rng.random(n) < 0.003,
    )
    # 执恢 resumes, 执异 objects to, 执复 / 执监 review an earlier 执 case of the city
    numbered = number_cases(df, rng, offsets)
    base = numbered[numbered["case_type_code"] == "执"]
    resumable = base[base["closing_method"] == "terminated_procedure"]
    for code, pool in [("执恢", resumable), ("执异", base)]:
        sel = (numbered["case_type_code"] == code).to_numpy()
        cand = pd.DataFrame(
            {
                "court": pool["court_code"],
                "day": pool["closing_date"].where(pool["closing_date"] != NA, pool["filing_date"]) + 1,
                "number": pool["case_number"],
            }
        )
        got = link(rng, cand, numbered.loc[sel, "court_code"].to_numpy(), numbered.loc[sel, "filing_date"].to_numpy())
        numbered.loc[sel, "source_case_number"] = np.where(pd.notna(got), got, numbered.loc[sel, "source_case_number"])
    review = numbered["case_type_code"].isin(["执复", "执监"]).to_numpy()
    any_base = pd.DataFrame({"court": city.code, "day": base["filing_date"] + 30, "number": base["case_number"]})
    got = link(
        rng,
        any_base,
        numbered.loc[review, "court_code"].to_numpy(),
        numbered.loc[review, "filing_date"].to_numpy(),
    )
    numbered.loc[review, "source_case_number"] = got
    # the extract: cases filed in the window and those still pending on its first day (旧存)
    closing = numbered["closing_date"].to_numpy(np.int64)
    kept = (numbered["filing_date"].to_numpy(np.int64) >= window.start) | (closing == NA) | (closing >= window.start)
    numbered = numbered[kept].reset_index(drop=True)
    last = np.maximum(numbered["filing_date"], numbered["closing_date"]).to_numpy(np.int64)
    numbered["updated_at"] = stamp(rng, last, window.as_of)
    return {"enforcement_cases": numbered, "enforcement_actions": actions(numbered, rng, window)}


def actions(cases: pd.DataFrame, rng: np.random.Generator, window: Window) -> pd.DataFrame:
    main = cases["case_type_code"].isin(["执", "执恢"]).to_numpy()
    many, r = rng.poisson(2.5, len(cases)), rng.random(len(cases))
    k = np.where(main, 1 + np.minimum(many, 7), (r < 0.3).astype(int))
    # a main case the debtor settles or performs right after filing may close with no measure recorded, and now and
    # then a 终本 closure lacks its property inquiry (the 终本 compliance check must have something to find)
    bare = pd.Series(cases["closing_method"]).map(_NO_MEASURE).fillna(0.0).to_numpy(float)
    k = np.where(main & (r < bare), 0, k)
    ci = np.repeat(np.arange(len(cases)), k)
    seq = np.arange(len(ci)) - np.repeat(np.cumsum(k) - k, k) + 1
    m = len(ci)
    filed = cases["filing_date"].to_numpy(np.int64)
    closing = cases["closing_date"].to_numpy(np.int64)
    end = np.where(closing == NA, window.as_of, closing)
    u = rng.random(m)
    u = u[np.lexsort((u, ci))]
    when = filed[ci] + (u * (end - filed)[ci]).astype(np.int64)
    kind = np.where(seq == 1, "property_inquiry", choice(rng, _ACTIONS, m))
    money = np.isin(kind, ["freeze", "seizure", "deduction", "auction"])
    applied = cases["applied_amount"].to_numpy(float)[ci]
    ids = cases["case_id"].to_numpy(dtype=object)[ci]
    return pd.DataFrame(
        {
            "action_id": cat(ids, "-A", seq),
            "case_id": ids,
            "action_type": kind,
            "action_date": when,
            "amount": np.where(money & (applied > 0), np.round(applied * rng.uniform(0.05, 0.6, m), 2), np.nan),
            "updated_at": stamp(rng, when, window.as_of),
        }
    )
