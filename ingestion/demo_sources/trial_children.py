"""Rows that hang off trial cases: parties, panels, time-limit events, hearings, documents, inspections.

Each function expands the case frame with np.repeat and derives its columns from the case's own dates
and people, so that child rows never contradict their case (a hearing is before the closing, a document
is signed by the handling judge, an extension is granted before the base limit runs out).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .common import (
    NA,
    Window,
    cat,
    choice,
    company_names,
    credit_codes,
    id_numbers,
    member,
    org_names,
    person_names,
    phones,
    pick_by_posting,
    stamp,
    zpad,
)
from .people import Org
from .reference_data import CASE_TYPES, GOV_BODIES


def _expand(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Row -> case index and 1-based sequence within the case."""
    ci = np.repeat(np.arange(len(counts)), counts)
    starts = np.repeat(np.cumsum(counts) - counts, counts)
    return ci, np.arange(len(ci)) - starts + 1


def _admin(courts: np.ndarray) -> np.ndarray:
    return ("15" + pd.Series(courts).astype("str").str.slice(1).str.ljust(4, "0")).to_numpy(dtype=object)


def parties(cases: pd.DataFrame, rng: np.random.Generator, window: Window) -> pd.DataFrame:
    n = len(cases)
    counts = 2 + (rng.random(n) < 0.35) + (rng.random(n) < 0.1)
    ci, seq = _expand(counts)
    m = len(ci)
    ctype = cases["case_type_code"].to_numpy(dtype=object)
    r1 = pd.Series(ctype).map({k: t.roles[0] for k, t in CASE_TYPES.items()}).to_numpy(dtype=object)
    r2 = pd.Series(ctype).map({k: t.roles[1] for k, t in CASE_TYPES.items()}).to_numpy(dtype=object)
    criminal = np.char.startswith(ctype.astype(str), "刑")[ci]
    third = np.where(criminal, "defendant_criminal", np.where(rng.random(m) < 0.5, "third_party", r2[ci]))
    role = np.where(seq == 1, r1[ci], np.where(seq == 2, r2[ci], third))
    ent = cases["involves_enterprise"].to_numpy(bool)[ci]
    line = cases["line"].to_numpy(dtype=object)[ci]
    ptype = np.where(~criminal & (seq >= 2) & (rng.random(m) < 0.05), "other_org", "natural_person").astype(object)
    ptype[ent & (seq == 2)] = "legal_person"
    ptype[ent & (seq == 1) & (line == "commercial") & (rng.random(m) < 0.5)] = "legal_person"
    gov = (line == "administrative") & (seq == 2)
    ptype[gov] = "other_org"
    courts = cases["court_code"].to_numpy(dtype=object)[ci]
    admin = _admin(courts)
    natural, legal = ptype == "natural_person", ptype == "legal_person"
    name = np.where(natural, person_names(rng, m), np.where(legal, company_names(rng, m), org_names(rng, m)))
    name[gov] = cat(choice(rng, ["市", "旗", "区"], int(gov.sum())), choice(rng, GOV_BODIES, int(gov.sum())))
    idn = np.where(natural, id_numbers(rng, admin), credit_codes(rng, admin))
    idn[(natural & (rng.random(m) < 0.08)) | (ptype == "other_org") & (rng.random(m) < 0.5)] = None
    phone = np.where(rng.random(m) < np.where(natural, 0.85, 0.55), phones(rng, m), None)
    p_lawyer = np.where(role == "victim", 0.1, np.where(role == "defendant_criminal", 0.6, 0.45))
    has_lawyer = rng.random(m) < p_lawyer
    n_lawyers = max(30, n // 120)
    judge_code = pd.factorize(cases["handling_judge_id"])[0][ci]
    lawyer = np.where(
        rng.random(m) < 0.35,
        (judge_code * 7 + rng.integers(0, 3, m)) % n_lawyers,
        rng.integers(0, n_lawyers, m),
    )
    license_no = cat("1", pd.Series(admin).str.slice(0, 4).to_numpy(), 2005 + lawyer % 18, zpad(lawyer, 8))
    filed = cases["filing_date"].to_numpy(np.int64)[ci]
    drawn = pd.DataFrame(
        {
            "case_id": cases["case_id"].to_numpy(dtype=object)[ci],
            "party_seq": seq,
            "party_role": role,
            "party_type": ptype,
            "name": name,
            "id_number": idn,
            "phone": phone,
            "lawyer_license_no": np.where(has_lawyer, license_no, None),
            "updated_at": stamp(rng, filed + rng.integers(0, 10, m), window.as_of),
        }
    )
    return _same_parties(cases, drawn, rng, window)


# Share of appeals (and retrial applications) brought by the first instance's second party (the defendant): about
# as often as by the plaintiff (an unverified reading; nothing in the indicators depends on it).
SECOND_PARTY_APPEALS = 0.5


def _same_parties(cases: pd.DataFrame, drawn: pd.DataFrame, rng: np.random.Generator, window: Window) -> pd.DataFrame:
    """A case that reviews another (终 / 申 / 再) is between the parties of the first instance, with their counsel:
    its party rows are those of the root case (the 初 case its chain of original_case_id leads to), the appellant or
    applicant first, in the roles of the reviewing case's type. A first instance retried on remand (`retrial_of`)
    is between the parties of the case it retries, in their order."""
    orig = dict(zip(cases["case_id"], cases["original_case_id"], strict=True))
    ids = cases["case_id"].to_numpy(dtype=object)
    retried = cases["retrial_of"] if "retrial_of" in cases else pd.Series(None, index=cases.index, dtype=object)
    root = pd.Series(cases["original_case_id"].fillna(retried).to_numpy(dtype=object), index=ids)
    root = root[root.notna().to_numpy() & member(root, ids)]
    for _ in range(3):  # 再 -> 申 -> 终 -> 初 at most
        up = root.map(orig)
        has = up.notna().to_numpy() & member(up, ids)
        root[has] = up[has]
    if root.empty:
        return drawn
    child = pd.DataFrame({"case_id": root.index.to_numpy(dtype=object), "root": root.to_numpy(dtype=object)})
    criminal = cases.set_index("case_id").loc[child["case_id"], "case_type_code"].str.startswith("刑").to_numpy()
    remand = member(child["case_id"], cases.loc[retried.notna().to_numpy(), "case_id"])
    # the accused appeals, not the victim; a case retried on remand keeps its order
    child["swap"] = (rng.random(len(child)) < SECOND_PARTY_APPEALS) & ~criminal & ~remand
    src = drawn.rename(columns={"case_id": "root"}).drop(columns=["updated_at", "party_role"])
    copy = child.merge(src, on="root").drop(columns="root")
    seq = copy["party_seq"].to_numpy(np.int64)
    copy["party_seq"] = np.where(copy["swap"] & (seq <= 2), 3 - seq, seq)
    meta = cases.set_index("case_id").loc[copy["case_id"], ["case_type_code", "filing_date"]]
    ctype = meta["case_type_code"].to_numpy(dtype=object)
    r1 = pd.Series(ctype).map({k: t.roles[0] for k, t in CASE_TYPES.items()}).to_numpy(dtype=object)
    r2 = pd.Series(ctype).map({k: t.roles[1] for k, t in CASE_TYPES.items()}).to_numpy(dtype=object)
    seq = copy["party_seq"].to_numpy(np.int64)
    other = np.where(np.char.startswith(ctype.astype(str), "刑"), "defendant_criminal", "third_party")
    copy["party_role"] = np.where(seq == 1, r1, np.where(seq == 2, r2, other))
    filed = meta["filing_date"].to_numpy(np.int64)
    copy["updated_at"] = stamp(rng, filed + rng.integers(0, 10, len(copy)), window.as_of)
    kept = drawn[~member(drawn["case_id"], child["case_id"])]
    out = pd.concat([kept, copy[drawn.columns]], ignore_index=True)
    return out.sort_values(["case_id", "party_seq"], kind="stable").reset_index(drop=True)


def panel(cases: pd.DataFrame, org: Org, rng: np.random.Generator, window: Window) -> pd.DataFrame:
    """合议庭: the presiding judge, the handling judge (or a member), and a member or a people's assessor."""
    c = cases[cases["presiding_judge_id"].notna()].reset_index(drop=True)
    n = len(c)
    pres, hand = c["presiding_judge_id"].to_numpy(dtype=object), c["handling_judge_id"].to_numpy(dtype=object)
    filed, dept = c["filing_date"].to_numpy(np.int64), c["dept_id"].to_numpy(dtype=object)
    other1 = pick_by_posting(rng, org.judges, dept, filed)
    other2 = pick_by_posting(rng, org.judges, dept, filed)
    same = pres == hand
    p2 = np.where(same, other1, hand)
    r2 = np.where(same, "member", "handling")
    clash2 = same & ((other1 == hand) | pd.isna(other1))
    p2[clash2], r2[clash2] = None, "assessor"
    first = np.isin(c["procedure"].to_numpy(dtype=object), ["ordinary"])
    assessor = (first & (rng.random(n) < 0.6)) | (other2 == hand) | (other2 == pres) | (other2 == p2) | pd.isna(other2)
    p3 = np.where(assessor, None, other2)
    r3 = np.where(assessor, "assessor", "member")
    ids = c["case_id"].to_numpy(dtype=object)
    out = pd.DataFrame(
        {
            "case_id": np.concatenate([ids, ids, ids]),
            "member_seq": np.repeat([1, 2, 3], n),
            "person_id": np.concatenate([pres, p2, p3]),
            "panel_role": np.concatenate([np.full(n, "presiding", dtype=object), r2, r3]),
            "updated_at": stamp(rng, np.tile(filed, 3) + rng.integers(0, 7, 3 * n), window.as_of),
        }
    )
    return out.sort_values(["case_id", "member_seq"], kind="stable").reset_index(drop=True)


def time_limit_events(cases: pd.DataFrame, rng: np.random.Generator, window: Window) -> pd.DataFrame:
    """One extension and one suspension or deduction at most per case; `days` = end_date - start_date for both.

    A suspension stops the clock inside the case's span (it starts after filing, ends before closing). An
    extension runs from the limit it extends to the new limit; the base limit ends `base` counted days after
    filing, later by the suspension when that started before it.
    """
    filed = cases["filing_date"].to_numpy(np.int64)
    base, ext, susp, eff = (cases[c].to_numpy(np.int64) for c in ["_base", "_ext", "_susp", "_eff"])
    n = len(cases)
    s_offset = (rng.random(n) * np.maximum(eff - 1, 1)).astype(np.int64)
    s_start = filed + s_offset
    s_sel = (susp > 0) & (s_start <= window.as_of)
    s_end = s_start + susp
    open_ = s_end > window.as_of
    e_start = filed + base + np.where(s_offset < base, susp, 0)
    e_sel = (ext > 0) & (e_start <= window.as_of)
    ids = cases["case_id"].to_numpy(dtype=object)
    ext_df = pd.DataFrame(
        {
            "case_id": ids[e_sel],
            "event_id": cat(ids[e_sel], "-E1"),
            "event_type": "extension",
            "start_date": e_start[e_sel],
            "end_date": (e_start + ext)[e_sel],
            "days": ext[e_sel],
        }
    )
    s_days = np.where(open_, window.as_of - s_start, susp)
    susp_df = pd.DataFrame(
        {
            "case_id": ids[s_sel],
            "event_id": cat(ids[s_sel], "-E2"),
            "event_type": np.where(rng.random(int(s_sel.sum())) < 0.6, "suspension", "deduction"),
            "start_date": s_start[s_sel],
            "end_date": np.where(open_, NA, s_end)[s_sel],
            "days": s_days[s_sel],
        }
    )
    out = pd.concat([ext_df, susp_df], ignore_index=True)
    last = np.where(out["end_date"].to_numpy(np.int64) == NA, out["start_date"], out["end_date"])
    out["updated_at"] = stamp(rng, np.minimum(last.astype(np.int64), window.as_of), window.as_of)
    return out.sort_values("event_id", kind="stable").reset_index(drop=True)


def hearings(cases: pd.DataFrame, rng: np.random.Generator, window: Window) -> pd.DataFrame:
    mean = cases["case_type_code"].map({k: t.hearings for k, t in CASE_TYPES.items()}).to_numpy(float)
    k = np.minimum(rng.poisson(mean), 4)
    k = np.where(cases["closing_method"].to_numpy(dtype=object) == "withdrawal", np.minimum(k, 1), k)
    ci, seq = _expand(k)
    m = len(ci)
    closing = cases["closing_date"].to_numpy(np.int64)
    filed = cases["filing_date"].to_numpy(np.int64)
    end = np.where(closing == NA, window.as_of + 45, closing - 1)
    u = rng.random(m)
    u = u[np.lexsort((u, ci))]
    span = np.maximum(end - filed - 5, 1)[ci]
    sched = filed[ci] + np.minimum(5, np.maximum(end - filed, 0)[ci]) + (u * span).astype(np.int64)
    status = np.where(
        sched > window.as_of, "scheduled", choice(rng, {"held": 0.86, "postponed": 0.1, "cancelled": 0.04}, m)
    )
    held = status == "held"
    presiding = cases["presiding_judge_id"].fillna(cases["handling_judge_id"]).to_numpy(dtype=object)[ci]
    ids = cases["case_id"].to_numpy(dtype=object)[ci]
    return pd.DataFrame(
        {
            "hearing_id": cat(ids, "-H", seq),
            "case_id": ids,
            "scheduled_date": sched,
            "held_date": np.where(held, sched, NA),
            "status": status,
            "presiding_id": presiding,
            "clerk_id": cases["clerk_id"].to_numpy(dtype=object)[ci],
            "duration_minutes": np.where(held, rng.integers(20, 180, m), NA),
            "livestreamed": held & (rng.random(m) < 0.2),
            "updated_at": stamp(rng, np.minimum(sched, window.as_of), window.as_of),
        }
    )


def documents(cases: pd.DataFrame, rng: np.random.Generator, window: Window) -> pd.DataFrame:
    c = cases[(cases["closing_date"] != NA) & (cases["closing_method"] != "other")]
    n = len(c)
    method = c["closing_method"].to_numpy(dtype=object)
    dtype = np.where(
        method == "judgment", "judgment", np.where(method == "mediation", "mediation_statement", "ruling")
    ).astype(object)
    dtype[(c["case_type_code"] == "破").to_numpy() & (rng.random(n) < 0.3)] = "decision"
    signed = np.maximum(c["filing_date"], c["closing_date"] - rng.integers(0, 4, n)).to_numpy(np.int64)
    p = pd.Series(dtype).map({"judgment": 0.88, "ruling": 0.6, "mediation_statement": 0.02, "decision": 0.3})
    pub_date = signed + rng.integers(1, 34, n)  # about one in eleven later than the 30 days of 及时上网
    pub = (rng.random(n) < p.to_numpy(float)) & (pub_date <= window.as_of)
    ids = c["case_id"].to_numpy(dtype=object)
    return pd.DataFrame(
        {
            "doc_id": cat(ids, "-D1"),
            "case_id": ids,
            "doc_type": dtype,
            "author_id": c["handling_judge_id"].to_numpy(dtype=object),
            "signed_date": signed,
            "published_online": pub,
            "published_date": np.where(pub, pub_date, NA),
            "errata_count": rng.choice([0, 1, 2], n, p=[0.96, 0.03, 0.01]),
            "updated_at": stamp(rng, np.where(pub, pub_date, signed), window.as_of),
        }
    )


_RESULTS = {
    "routine": {"excellent": 0.2, "qualified": 0.65, "flawed": 0.12, "unqualified": 0.03},
    "key": {"excellent": 0.05, "qualified": 0.45, "flawed": 0.35, "unqualified": 0.15},
}
_SCORE = {"excellent": (90, 100), "qualified": (75, 90), "flawed": (60, 75), "unqualified": (40, 60)}
_DEFECTS = {"excellent": (0, 1), "qualified": (0, 2), "flawed": (1, 4), "unqualified": (3, 7)}


def inspections(cases: pd.DataFrame, rng: np.random.Generator, window: Window) -> pd.DataFrame:
    """评查: a routine random sample, plus key inspection of reversed/remanded and long-running cases."""
    reversed_ = cases.loc[cases["review_outcome"].isin(["amended", "remanded"]), "original_case_id"]
    closed = (cases["closing_date"] != NA).to_numpy()
    n = len(cases)
    key = closed & (member(cases["case_id"], reversed_) | ((cases["_eff"] > 365).to_numpy() & (rng.random(n) < 0.3)))
    r = rng.random(n)
    kind = np.where(
        key, "key", np.where(closed & (r < 0.01), "special", np.where(closed & (r < 0.05), "routine", None))
    )
    when = cases["closing_date"].to_numpy(np.int64) + rng.integers(20, 150, n)
    sel = (kind != None) & (when <= window.as_of)  # noqa: E711 - elementwise comparison
    c, kind, when = cases[sel], kind[sel].astype(object), when[sel]
    m = len(c)
    result = np.where(kind == "key", choice(rng, _RESULTS["key"], m), choice(rng, _RESULTS["routine"], m))
    lo = pd.Series(result).map({k: v[0] for k, v in _SCORE.items()}).to_numpy(float)
    hi = pd.Series(result).map({k: v[1] for k, v in _SCORE.items()}).to_numpy(float)
    dlo = pd.Series(result).map({k: v[0] for k, v in _DEFECTS.items()}).to_numpy(np.int64)
    dhi = pd.Series(result).map({k: v[1] for k, v in _DEFECTS.items()}).to_numpy(np.int64)
    defects = np.where(rng.random(m) < 0.8, dlo, rng.integers(dlo, dhi))
    ids = c["case_id"].to_numpy(dtype=object)
    return pd.DataFrame(
        {
            "inspection_id": cat("I", ids),
            "case_id": ids,
            "inspection_type": kind,
            "inspection_date": when,
            "result": result,
            "score": np.round(lo + rng.random(m) * (hi - lo), 2),
            "defect_count": defects,
            "responsible_person_id": np.where(defects > 0, c["handling_judge_id"].to_numpy(dtype=object), None),
            "updated_at": stamp(rng, when, window.as_of),
        }
    )


def bankruptcy(cases: pd.DataFrame, rng: np.random.Generator, window: Window) -> pd.DataFrame:
    c = cases[cases["case_type_code"] == "破"]
    n = len(c)
    total = c["claim_amount"].to_numpy(float)
    closed = (c["closing_date"] != NA).to_numpy()
    reorganization = (c["cause_of_action"] == "破产重整").to_numpy()
    # creditors recover more when the debtor goes on as a going concern (重整) than from a piecemeal sale (清算)
    low, high = np.where(reorganization, 0.15, 0.02), np.where(reorganization, 0.6, 0.35)
    return pd.DataFrame(
        {
            "case_id": c["case_id"].to_numpy(dtype=object),
            "debtor_type": choice(
                rng,
                {"private_enterprise": 0.75, "state_owned": 0.05, "individual_business": 0.12, "other": 0.08},
                n,
            ),
            "reorganization": reorganization,
            "creditor_count": np.maximum(2, np.round(np.exp(np.log(25) + 0.9 * rng.standard_normal(n)))).astype(int),
            "total_claims": total,
            "recovered_amount": np.where(closed, np.round(total * rng.uniform(low, high), 2), np.nan),
            "updated_at": c["updated_at"].to_numpy(np.int64),
        }
    )
