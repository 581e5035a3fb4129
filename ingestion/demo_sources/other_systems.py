"""Petitions, mediations, conduct events, work items and evaluations of one city.

Mediations are tied to trial cases where the real process ties them: every 诉前调确 case comes from a
successful pre-litigation mediation, some 民初 cases from a failed one (converted_case_number), and
in-litigation mediations from 民初 cases closed by mediation (succeeded) or by judgment (some failed ones).
Petitions refer to real case numbers.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .common import NA, Window, choice, id_numbers, lookup, member, person_names, pick_by_posting, stamp
from .enforcement import link
from .people import JUDGE_ROLES, Org
from .reference_data import DISPUTE_TYPES, City
from .trial import Counter


def petitions(
    city: City,
    org: Org,
    window: Window,
    rng: np.random.Generator,
    counter: Counter,
    trial: pd.DataFrame,
    enf: pd.DataFrame,
    rate: float = 0.025,
    parties: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Petitions (信访) to the courts of a city, about its cases; one about a case is brought by a party of it (of an
    enforcement case: a party of the trial case it enforces), so that 人案 relations link real people. `trial` and
    `enf` may hold other cities' cases too (a next night's pool of every earlier case): they are left out. `parties`:
    the trial system's case_parties (None: petitioners drawn at random)."""
    cases = pd.concat(
        [
            trial[["court_code", "filing_date", "case_number"]].assign(enf=False),
            enf[["court_code", "filing_date", "case_number"]].assign(enf=True),
        ],
        ignore_index=True,
    )
    cases = cases[cases["court_code"].isin([c.code for c in city.courts])]
    counts = cases["court_code"].value_counts()
    court = np.repeat(counts.index.to_numpy(dtype=object), rng.poisson(counts.to_numpy() * rate))
    n = len(court)
    received = rng.integers(window.start, window.end + 1, n)
    cand = pd.DataFrame({"court": cases["court_code"], "day": cases["filing_date"] + 1, "number": cases["case_number"]})
    related = np.where(rng.random(n) < 0.75, link(rng, cand, court, received), None)
    petitioner, petitioner_id = person_names(rng, n), np.where(rng.random(n) < 0.7, "", None)  # "": to draw
    if parties is not None:
        related, party = _petitioning_party(rng, related, trial, enf, parties)
        has = party >= 0
        petitioner = np.where(has, parties["name"].to_numpy(dtype=object)[np.maximum(party, 0)], petitioner)
        petitioner_id = np.where(has, parties["id_number"].to_numpy(dtype=object)[np.maximum(party, 0)], petitioner_id)
    is_enf = member(related, enf["case_number"])
    category = np.where(
        is_enf,
        np.where(rng.random(n) < 0.8, "enforcement", "delay"),
        choice(rng, {"ruling_dispute": 0.5, "delay": 0.2, "conduct": 0.08, "other": 0.22}, n),
    )
    channel = choice(rng, {"visit": 0.35, "letter": 0.15, "online": 0.3, "hotline_12368": 0.2}, n)
    due = received + pd.Series(channel).map({"visit": 30, "letter": 60, "online": 60, "hotline_12368": 15}).to_numpy()
    resolved = received + np.maximum(1, np.round(np.exp(np.log(18) + 0.8 * rng.standard_normal(n)))).astype(np.int64)
    done = resolved <= window.as_of
    admin = pd.Series(court).map({c.code: c.admin_code for c in city.courts}).to_numpy(dtype=object)
    handler = pick_by_posting(
        rng,
        org.everyone[org.everyone["role"].isin([*JUDGE_ROLES, "judge_assistant", "admin_staff"])],
        court,
        received,
    )
    sat = choice(rng, {"satisfied": 0.55, "basically_satisfied": 0.3, "dissatisfied": 0.15}, n)
    return pd.DataFrame(
        {
            "petition_id": counter.take(n),
            "court_code": court,
            "received_date": received,
            "channel": channel,
            "petitioner_name": petitioner,
            "petitioner_id_number": np.where(petitioner_id == "", id_numbers(rng, admin), petitioner_id),
            "related_case_number": related,
            "category": category,
            "is_repeat": rng.random(n) < 0.18,
            "is_collective": rng.random(n) < 0.03,
            "escalated_to": choice(rng, {"none": 0.9, "higher_court": 0.08, "supreme_court": 0.02}, n),
            "handler_id": handler,
            "due_date": due,
            "resolved_date": np.where(done, resolved, NA),
            "resolution": np.where(
                done,
                choice(rng, {"resolved": 0.45, "explained": 0.35, "transferred": 0.1, "unresolved": 0.1}, n),
                None,
            ),
            "satisfaction": np.where(done & (rng.random(n) < 0.7), sat, None),
            "updated_at": stamp(rng, np.where(done, resolved, received), window.as_of),
        }
    )


def _petitioning_party(
    rng: np.random.Generator, related: np.ndarray, trial: pd.DataFrame, enf: pd.DataFrame, parties: pd.DataFrame
) -> tuple[np.ndarray, np.ndarray]:
    """(related case numbers, row of `parties` of the petitioner or -1): a random party of the related trial case, or
    of the trial case an enforcement case enforces; a petition about an enforcement case whose 执行依据 is outside
    these systems (an older judgment, an arbitral award) is left about no case."""
    trial_id = lookup(trial["case_number"], trial["case_id"])
    numbers = pd.Series(related, dtype=object)
    enforced = numbers.map(lookup(enf["case_number"], enf["source_case_number"]))
    case_id = numbers.map(trial_id).fillna(enforced.map(trial_id))
    p = parties.reset_index(drop=True)
    order = np.argsort(p["case_id"].to_numpy(dtype=object), kind="stable")
    keys = p["case_id"].to_numpy(dtype=object)[order].astype(str)
    wanted = case_id.fillna("").to_numpy(dtype=object).astype(str)
    lo, hi = np.searchsorted(keys, wanted, "left"), np.searchsorted(keys, wanted, "right")
    found = case_id.notna().to_numpy() & (hi > lo)
    pick = lo + (rng.random(len(numbers)) * (hi - lo)).astype(np.int64)
    party = np.where(found, order[np.minimum(pick, len(order) - 1)], -1)
    orphan = numbers.notna().to_numpy() & ~found
    return np.where(orphan, None, related), party


def mediations(window: Window, rng: np.random.Generator, counter: Counter, trial: pd.DataFrame) -> pd.DataFrame:
    t = trial[trial["deleted"] == False]  # noqa: E712 - elementwise
    conf = t[t["case_type_code"] == "诉前调确"]
    civil = t[t["case_type_code"] == "民初"]
    u = rng.random(len(civil))
    failed = civil[u < 0.2]
    inlit = civil[(civil["closing_method"] == "mediation")]
    # an in-litigation mediation that failed: the case went on to judgment (same draw as above, other cases)
    inlit_failed = civil[(civil["closing_method"] == "judgment") & (u >= 0.2) & (u < 0.45)]
    parts = []
    for frame, stage, result, before in [
        (conf, "pre_litigation", "success", True),
        (failed, "pre_litigation", "failed", True),
        (inlit, "in_litigation", "success", False),
        (inlit_failed, "in_litigation", "failed", False),
    ]:
        n = len(frame)
        filed = frame["filing_date"].to_numpy(np.int64)
        if before:
            closed = filed - rng.integers(0, 6, n)
            received = closed - rng.integers(5, 30, n)
        else:
            closed = frame["closing_date"].to_numpy(np.int64)
            received = np.minimum(filed + rng.integers(3, 20, n), closed)
            if result == "failed":  # given up some weeks after it began, before the judgment
                closed = np.minimum(received + 21, closed)
        parts.append(
            pd.DataFrame(
                {
                    "court_code": frame["court_code"].to_numpy(dtype=object),
                    "stage": stage,
                    "received_date": received,
                    "closed_date": closed,
                    "result": result,
                    "judicial_confirmation": frame["case_type_code"] == "诉前调确",
                    "converted_case_number": frame["case_number"].to_numpy(dtype=object)
                    if result == "failed" and before
                    else None,
                    "amount": frame["claim_amount"].to_numpy(float) if result == "success" else np.nan,
                    "guiding_judge_id": frame["handling_judge_id"].to_numpy(dtype=object),
                }
            )
        )
    # successes settled without confirmation, withdrawals, and mediations still under way
    courts = conf["court_code"].to_numpy(dtype=object)
    n = int(len(courts) * 0.8)
    court = courts[rng.integers(0, max(len(courts), 1), n)] if len(courts) else np.array([], dtype=object)
    received = rng.integers(window.start - 20, window.end + 1, n)
    result = choice(rng, {"success": 0.6, "withdrawn": 0.25, "failed": 0.15}, n)
    closed = received + rng.integers(3, 40, n)
    pend = closed > window.as_of
    parts.append(
        pd.DataFrame(
            {
                "court_code": court,
                "stage": "pre_litigation",
                "received_date": received,
                "closed_date": np.where(pend, NA, closed),
                "result": np.where(pend, "pending", result),
                "judicial_confirmation": False,
                "converted_case_number": None,
                "amount": np.where(
                    result == "success", np.round(np.exp(np.log(20_000) + rng.standard_normal(n)), 2), np.nan
                ),
                "guiding_judge_id": None,
            }
        )
    )
    out = pd.concat(parts, ignore_index=True)
    m = len(out)
    out["mediation_id"] = counter.take(m)
    out["dispute_type"] = choice(rng, DISPUTE_TYPES, m)
    out["mediator_type"] = np.where(
        out["stage"] == "in_litigation",
        choice(rng, {"court_staff": 0.6, "invited_mediator": 0.4}, m),
        choice(
            rng,
            {
                "invited_mediator": 0.45,
                "people_mediation_committee": 0.35,
                "industry_organisation": 0.15,
                "court_staff": 0.05,
            },
            m,
        ),
    )
    last = np.where(out["closed_date"] == NA, out["received_date"], out["closed_date"]).astype(np.int64)
    out["updated_at"] = stamp(rng, np.maximum(last, window.start), window.as_of)
    return out


# Conduct events (conduct.conduct_events) are raised where the court's rules would raise them, each for the person the
# rule names: 超审限 by the case-management system for the handling judge of every case past its limit; 错案 by the
# trial-management office for the judge of a first instance reversed or remanded on appeal when the review finds
# fault (a share, unverified); 文书差错 for the person an inspection (评查) holds responsible for a flawed or
# unqualified case; a complaint in a petition about a case (conduct or delay) against its handling judge or officer,
# verified in part.
# Events with no case follow the roles that can incur them (a late upload or a missed hearing only for people who
# handle cases); yearly rates per person are parameters (unverified).
WRONGFUL_SHARE = 0.2  # of first instances reversed or remanded on appeal, found 错案 after review
COMPLAINT_VERIFIED = 0.5  # of complaints in petitions about a case, verified
_CASE_ROLES = [*JUDGE_ROLES, "judge_assistant", "clerk", "enforcement_officer"]
_RANDOM_CONDUCT = {  # event type -> (yearly rate per person, roles that can incur it; None = anyone)
    "late_upload": (0.08, _CASE_ROLES),
    "hearing_absence": (0.02, _CASE_ROLES),
    "disciplinary_action": (0.005, None),
    "integrity_violation": (0.003, None),
    "commendation": (0.1, None),
}
_SOURCE = {
    "overdue_case": "system",
    "late_upload": "system",
    "document_error": "inspection",
    "verified_complaint": "complaint",
    "hearing_absence": "audit",
    "disciplinary_action": "audit",
    "wrongful_judgment": "inspection",
    "integrity_violation": "complaint",
    "commendation": "audit",
}


def _active_day(rng, staff: pd.DataFrame, window: Window, idx: np.ndarray) -> np.ndarray:
    lo = np.maximum(staff["hire_date"].to_numpy(np.int64)[idx], window.start)
    leave = staff["leave_date"].to_numpy(np.int64)[idx]
    hi = np.where(leave == NA, window.end, np.minimum(leave, window.end))
    return lo + (rng.random(len(idx)) * np.maximum(hi - lo, 0)).astype(np.int64)


def _case_events(
    window: Window,
    rng: np.random.Generator,
    trial: pd.DataFrame,
    inspections: pd.DataFrame,
    petitions: pd.DataFrame,
    enf: pd.DataFrame,
) -> pd.DataFrame:
    """(person_id, event_date, event_type, case_number, verified) of the events the work itself raises."""
    t = trial[~trial["deleted"].astype(bool)]
    filed, closing = t["filing_date"].to_numpy(np.int64), t["closing_date"].to_numpy(np.int64)
    base, ext, susp = (t[c].to_numpy(np.int64) for c in ["_base", "_ext", "_susp"])
    end = np.where(closing == NA, window.as_of, closing)
    over = (base > 0) & (end - filed - susp > base + ext)
    frames = [
        pd.DataFrame(
            {
                "person_id": t["handling_judge_id"].to_numpy(dtype=object)[over],
                "event_date": (filed + susp + base + ext + 1)[over],
                "event_type": "overdue_case",
                "case_number": t["case_number"].to_numpy(dtype=object)[over],
                "verified": True,
            }
        )
    ]
    reviewed = t[t["review_outcome"].isin(["amended", "remanded"]) & t["original_case_id"].notna()]
    reviewed = reviewed[rng.random(len(reviewed)) < WRONGFUL_SHARE]
    first = t.set_index("case_id").reindex(reviewed["original_case_id"])
    ok = first["handling_judge_id"].notna().to_numpy()
    frames.append(
        pd.DataFrame(
            {
                "person_id": first["handling_judge_id"].to_numpy(dtype=object)[ok],
                "event_date": reviewed["closing_date"].to_numpy(np.int64)[ok] + rng.integers(10, 60, int(ok.sum())),
                "event_type": "wrongful_judgment",
                "case_number": first["case_number"].to_numpy(dtype=object)[ok],
                "verified": rng.random(int(ok.sum())) < 0.8,
            }
        )
    )
    bad = inspections[
        inspections["result"].isin(["flawed", "unqualified"]) & inspections["responsible_person_id"].notna()
    ]
    numbers = lookup(trial["case_id"], trial["case_number"])
    frames.append(
        pd.DataFrame(
            {
                "person_id": bad["responsible_person_id"].to_numpy(dtype=object),
                "event_date": bad["inspection_date"].to_numpy(np.int64),
                "event_type": "document_error",
                "case_number": bad["case_id"].map(numbers).to_numpy(dtype=object),
                "verified": True,
            }
        )
    )
    handler = pd.concat(
        [lookup(enf["case_number"], enf["handling_officer_id"]), lookup(t["case_number"], t["handling_judge_id"])]
    )
    p = petitions[petitions["category"].isin(["conduct", "delay"]) & petitions["related_case_number"].notna()]
    who = p["related_case_number"].map(handler)
    p, who = p[who.notna()], who[who.notna()]
    frames.append(
        pd.DataFrame(
            {
                "person_id": who.to_numpy(dtype=object),
                "event_date": p["received_date"].to_numpy(np.int64) + rng.integers(5, 30, len(p)),
                "event_type": "verified_complaint",
                "case_number": p["related_case_number"].to_numpy(dtype=object),
                "verified": rng.random(len(p)) < COMPLAINT_VERIFIED,
            }
        )
    )
    out = pd.concat(frames, ignore_index=True)
    days = out["event_date"].to_numpy(np.int64)
    return out[(days >= window.start) & (days <= window.as_of) & out["person_id"].notna().to_numpy()]


def conduct(
    staff: pd.DataFrame,
    window: Window,
    rng: np.random.Generator,
    counter: Counter,
    trial: pd.DataFrame,
    inspections: pd.DataFrame | None = None,
    petitions: pd.DataFrame | None = None,
    enf: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Conduct events of a city's staff: those the work raises (see above; none when `inspections`, `petitions` and
    `enf` are not given) and the others at their yearly rates, for the roles that can incur them."""
    years = (window.end - window.start + 1) / 365
    frames = []
    if inspections is not None and petitions is not None and enf is not None:
        ev = _case_events(window, rng, trial, inspections, petitions, enf)
        frames.append(ev[ev["person_id"].isin(staff["person_id"])])
    for kind, (rate, roles) in _RANDOM_CONDUCT.items():
        able = np.ones(len(staff), bool) if roles is None else staff["role"].isin(roles).to_numpy()
        k = rng.poisson(rate * years, len(staff)) * able
        idx = np.repeat(np.arange(len(staff)), k)
        frames.append(
            pd.DataFrame(
                {
                    "person_id": staff["person_id"].to_numpy(dtype=object)[idx],
                    "event_date": _active_day(rng, staff, window, idx),
                    "event_type": kind,
                    "case_number": None,
                    "verified": rng.random(len(idx)) < 0.7,
                }
            )
        )
    out = pd.concat(frames, ignore_index=True).sort_values(["event_date", "person_id"], kind="stable")
    n = len(out)
    kind = out["event_type"].to_numpy(dtype=object)
    when = out["event_date"].to_numpy(np.int64)
    return pd.DataFrame(
        {
            "event_id": counter.take(n),
            "person_id": out["person_id"].to_numpy(dtype=object),
            "event_date": when,
            "event_type": kind,
            "severity": np.where(
                kind == "commendation",
                "minor",
                choice(rng, {"minor": 0.8, "moderate": 0.17, "severe": 0.03}, n),
            ),
            "case_number": out["case_number"].to_numpy(dtype=object),
            "verified": out["verified"].to_numpy(bool),
            "source": pd.Series(kind).map(_SOURCE).to_numpy(dtype=object),
            "updated_at": stamp(rng, when, window.as_of, lag_days=10),
        }
    )


_ITEMS = {
    "official_document": 0.3,
    "information_report": 0.15,
    "research_article": 0.05,
    "publicity": 0.1,
    "meeting_service": 0.15,
    "archive_management": 0.12,
    "training": 0.05,
    "it_support": 0.08,
}


def work_items(staff: pd.DataFrame, window: Window, rng: np.random.Generator, counter: Counter) -> pd.DataFrame:
    comp = staff[staff["dept_type"] == "comprehensive"].reset_index(drop=True)
    months = (window.end - window.start + 1) / 30.4
    k = rng.poisson(3 * months, len(comp))
    idx = np.repeat(np.arange(len(comp)), k)
    n = len(idx)
    kind = choice(rng, _ITEMS, n)
    adoptable = np.isin(kind, ["information_report", "research_article", "publicity"])
    when = _active_day(rng, comp, window, idx)
    return pd.DataFrame(
        {
            "item_id": counter.take(n),
            "person_id": comp["person_id"].to_numpy(dtype=object)[idx],
            "dept_id": comp["dept_id"].to_numpy(dtype=object)[idx],
            "item_date": when,
            "item_type": kind,
            "quantity": rng.integers(1, 20, n),
            "quality_grade": choice(rng, {"A": 0.3, "B": 0.55, "C": 0.15}, n),
            "adopted_level": np.where(
                adoptable,
                choice(rng, {"none": 0.6, "city": 0.25, "region": 0.12, "national": 0.03}, n),
                "none",
            ),
            "updated_at": stamp(rng, when, window.as_of),
        }
    )


# Evaluation scores (民主测评 / 领导评价) reflect the person: a standing that persists from year to year (AR(1) with
# this yearly correlation), the year's verified conduct events (each negative one costs, a commendation earns, points
# in that year's scores) and the noise of one vote. Parameters, unverified.
EVALUATION_PERSISTENCE = 0.8
EVALUATION_EVENT_POINTS = 1.0
_NEGATIVE = ["overdue_case", "document_error", "late_upload", "hearing_absence", "verified_complaint",
             "disciplinary_action", "wrongful_judgment", "integrity_violation"]  # fmt: skip


def evaluations(
    staff: pd.DataFrame,
    window: Window,
    rng: np.random.Generator,
    counter: Counter,
    events: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Quarterly 360° scores for everyone, a yearly leader score, monthly leader scores for 综合 staff."""
    months = pd.period_range(pd.Timestamp(window.start, unit="D"), pd.Timestamp(window.end, unit="D"), freq="M")
    periods = []
    for p in months:
        end = (p.end_time.normalize() - pd.Timestamp(0)).days
        if end > window.as_of:
            continue
        periods.append((str(p), end, "month"))
        if p.month % 3 == 0:
            periods.append((f"{p.year}-Q{p.month // 3}", end, "quarter"))
        if p.month == 12:
            periods.append((str(p.year), end, "year"))
    frames = []
    pid = staff["person_id"].to_numpy(dtype=object)
    comp = (staff["dept_type"] == "comprehensive").to_numpy()
    hired = staff["hire_date"].to_numpy(np.int64)
    left = staff["leave_date"].to_numpy(np.int64)
    for label, end, kind in periods:
        employed = (hired <= end) & ((left == NA) | (left >= end))  # evaluated only while on the staff
        who = pid[employed & comp] if kind == "month" else pid[employed]
        roles = ["leader"] if kind != "quarter" else ["leader", "peer", "subordinate"]
        for role in roles:
            frames.append(pd.DataFrame({"period": label, "person_id": who, "evaluator_role": role, "_end": end}))
    if not frames:
        return pd.DataFrame(columns=["evaluation_id", "period", "person_id", "evaluator_role", "score", "updated_at"])
    out = pd.concat(frames, ignore_index=True)
    n = len(out)
    out["evaluation_id"] = counter.take(n)
    # the person's standing of each year: AR(1) over the window's years, mean 0 and variance 1
    first, last = pd.Timestamp(window.start, unit="D").year, pd.Timestamp(window.end, unit="D").year
    standing = rng.standard_normal(len(pid))
    rows = []
    for year in range(first, last + 1):
        if year > first:
            r = EVALUATION_PERSISTENCE
            standing = r * standing + np.sqrt(1 - r * r) * rng.standard_normal(len(pid))
        rows.append(pd.DataFrame({"person_id": pid, "_year": year, "_standing": standing}))
    out["_year"] = out["period"].str.slice(0, 4).astype(np.int64)
    out = out.merge(pd.concat(rows, ignore_index=True), on=["person_id", "_year"], how="left")
    effect = np.zeros(n)
    if events is not None and len(events):
        ev = events[events["verified"].astype(bool)]
        sign = np.where(ev["event_type"].isin(_NEGATIVE), -1.0, 1.0)
        year = pd.Series(ev["event_date"].to_numpy(np.int64)).astype("datetime64[D]").dt.year.to_numpy()
        per = pd.DataFrame({"person_id": ev["person_id"].to_numpy(dtype=object), "_year": year, "_points": sign})
        per = per.groupby(["person_id", "_year"], as_index=False)["_points"].sum()
        effect = out[["person_id", "_year"]].merge(per, how="left")["_points"].fillna(0).to_numpy(float)
    # a vote: 88 + 3 × standing + the year's events + 3 × noise (about 88 ± 5 overall), with a longer lower tail
    # so that about one vote in 170 is 不称职 (below 60)
    z = (3.0 * out["_standing"].to_numpy(float) + EVALUATION_EVENT_POINTS * np.clip(effect, -3, 2)) / 5
    z = z + 0.6 * rng.standard_normal(n)
    out["score"] = np.round(np.clip(np.where(z < -1.5, 80.5 + 20 * (z + 1.5), 88 + 5 * z), 40, 100), 2)
    out["updated_at"] = stamp(rng, out["_end"].to_numpy(np.int64) + rng.integers(3, 20, n), window.as_of)
    return out
