"""What else one more day brings, for `--next-night`: the rows of the systems a night's new filings do not touch.

Appeals and retrial applications of judgments closed weeks before (filed today, between the first instance's parties),
inspections of cases closed months before, the day's conduct events (the work's and the others), the day's office
work items, and the evaluations of a month, quarter or year that ends today. Each is drawn at its daily rate from
the same rules as the first generation, so a night adds what a day of the court would.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .common import NA, Window
from .other_systems import evaluations, work_items
from .people import Org
from .reference_data import BASE_LIMITS, City
from .trial import Counter, attributes, derive, number_cases
from .trial_children import _same_parties, inspections


def reviews_filed_today(
    city: City,
    org: Org,
    linkable: pd.DataFrame,
    parties_all: pd.DataFrame,
    night: Window,
    rng: np.random.Generator,
    counter: Counter,
    offsets: dict,
) -> dict[str, pd.DataFrame]:
    """终 / 申 / 再 cases filed today of cases closed before (day-number columns), with their parties."""
    from .trial import children

    reviewed = set(linkable["original_case_id"].dropna())
    parents = linkable[(linkable["closing_date"] != NA) & ~linkable["case_id"].isin(reviewed)]
    parents = parents[parents["court_code"].isin([c.code for c in city.courts])]
    depts = org.tables["departments"]
    parents = parents.assign(
        line=parents["dept_id"].map(dict(zip(depts["dept_id"], depts["business_line"], strict=True)))
    )
    frames = [d for d in derive(parents, night, rng, counter, city.code) if len(d)]
    frames = [d[d["filing_date"] == night.start] for d in frames]
    frames = [d for d in frames if len(d)]
    if not frames:
        return {}
    cases = attributes(pd.concat(frames, ignore_index=True), org, night, rng)
    cases = number_cases(cases, rng, offsets)
    cases["review_outcome"] = None
    cases["deleted"] = False
    cases["updated_at"] = night.start * 86_400 + rng.integers(8 * 3600, 20 * 3600, len(cases))
    tables = {"cases": cases, **children(cases, org, night, rng)}
    # the parties of the first instance: copied as the first generation does, from the stored rows
    roots = linkable[["case_id", "original_case_id", "case_type_code", "filing_date"]]
    both = pd.concat([roots, cases[roots.columns]], ignore_index=True)
    stored = parties_all[parties_all["case_id"].isin(roots["case_id"])]
    copied = _same_parties(both, pd.concat([stored, tables["case_parties"]], ignore_index=True), rng, night)
    mine = copied[copied["case_id"].isin(cases["case_id"])].reset_index(drop=True)
    tables["case_parties"] = mine.astype({"party_seq": np.int64, "updated_at": np.int64})
    return tables


def inspections_today(closed: pd.DataFrame, inspected: set, night: Window, rng: np.random.Generator) -> pd.DataFrame:
    """评查 of earlier closed cases (day-number columns) whose inspection falls on today; none inspected twice."""
    cases = closed[~closed["case_id"].isin(inspected)].assign(_eff=lambda c: c["closing_date"] - c["filing_date"])
    out = inspections(cases.reset_index(drop=True), rng, night)
    return out[out["inspection_date"] == night.start].reset_index(drop=True)


def with_limits(pending: pd.DataFrame, limit_events: pd.DataFrame) -> pd.DataFrame:
    """Pending cases (day-number columns) with the _base, _ext and _susp the conduct rules read, from the statutory
    base limit and the stored time-limit events."""
    keys = list(zip(pending["case_type_code"], pending["procedure"], strict=True))
    base = [BASE_LIMITS.get(k, BASE_LIMITS.get((k[0], None), -1)) for k in keys]
    days = limit_events.assign(days=pd.to_numeric(limit_events["days"], errors="coerce").fillna(0))
    ext = days[days["event_type"] == "extension"].groupby("case_id")["days"].sum()
    susp = days[days["event_type"] != "extension"].groupby("case_id")["days"].sum()
    return pending.assign(
        _base=np.asarray(base, dtype=np.int64),
        _ext=pending["case_id"].map(ext).fillna(0).astype(np.int64).to_numpy(),
        _susp=pending["case_id"].map(susp).fillna(0).astype(np.int64).to_numpy(),
    )


def office_today(
    staff: pd.DataFrame, night: Window, rng: np.random.Generator, counter: str, events: pd.DataFrame
) -> dict[str, pd.DataFrame]:
    """The day's work items of 综合 staff, and the evaluations of a period that ends today."""
    return {
        "work_items": work_items(staff, night, rng, Counter(f"W{counter}")),
        "evaluations": evaluations(staff, night, rng, Counter(f"V{counter}"), events),
    }
