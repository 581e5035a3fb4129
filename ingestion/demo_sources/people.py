"""The hr system: courts, departments, staff and posting history, plus the pools cases draw people from.

Staff are sized per court by population. About a tenth of the staff move mid-window (promotion from
assistant to judge, or a transfer between departments of the same kind), a few leave. Case generators pick
handling judges from the posting history (`Org.judges`), so a judge is only ever assigned a case filed
while he or she was posted in that department; the division chief never moves and is the fallback.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd

from .common import NA, Window, cat, day, person_names, pick_by_posting, stamp, zpad
from .reference_data import ADMIN_COURT, City

JUDGE_ROLES = ["president", "vice_president", "division_chief", "deputy_division_chief", "judge"]
_BASIC = [
    ("立案庭", "trial", "filing", 0.10),
    ("民事审判第一庭", "trial", "civil", 0.30),
    ("民事审判第二庭", "trial", "commercial", 0.22),
    ("刑事审判庭", "trial", "criminal", 0.12),
]
_INTERMEDIATE = [
    ("立案庭", "trial", "filing", 0.08),
    ("民事审判第一庭", "trial", "civil", 0.16),
    ("民事审判第二庭", "trial", "commercial", 0.14),
    ("刑事审判第一庭", "trial", "criminal", 0.10),
    ("行政审判庭", "trial", "administrative", 0.06),
    ("审判监督庭", "trial", "trial_supervision", 0.08),
]
_COMMON = [
    ("执行局", "enforcement", "enforcement", 0.22),
    ("办公室", "comprehensive", "comprehensive", 0.06),
    ("政治部", "comprehensive", "comprehensive", 0.04),
    ("审判管理办公室", "comprehensive", "comprehensive", 0.03),
]


@dataclass
class Org:
    """hr tables plus lookups the case generators need."""

    tables: dict[str, pd.DataFrame]
    judges: pd.DataFrame  # group = dept_id; postings with a judge role in trial / enforcement departments
    assistants: pd.DataFrame
    clerks: pd.DataFrame
    officers: pd.DataFrame  # enforcement handlers (officers and judges of 执行局)
    everyone: pd.DataFrame  # group = court_code, all postings
    chief: dict[str, str]  # dept_id -> division chief (never moves, never leaves)
    dept_by_line: dict[tuple[str, str], list[str]] = field(default_factory=dict)


def _templates(court_code: str, level: str) -> list[tuple[str, str, str, float]]:
    if level == "intermediate":
        return _INTERMEDIATE + _COMMON
    extra = [("行政审判庭", "trial", "administrative", 0.08)] if court_code == ADMIN_COURT else []
    return _BASIC + extra + _COMMON


def _roles(dept_type: str, n: int) -> list[str]:
    deputy = ["deputy_division_chief"] if n >= 8 else []
    if dept_type == "comprehensive":
        return ["division_chief"] + ["admin_staff"] * (n - 1)
    if dept_type == "enforcement":
        parts = {"judge": 0.12, "enforcement_officer": 0.32, "judge_assistant": 0.12, "judicial_police": 0.2}
    else:
        parts = {"judge": 0.38, "judge_assistant": 0.3}
    body = [r for r, share in parts.items() for _ in range(max(1, round(share * n)))]
    clerks = max(1, n - 1 - len(deputy) - len(body))
    return ["division_chief"] + deputy + body + ["clerk"] * clerks


# Court leaders and division chiefs carry a reduced case quota (院庭长办案): SPC《关于加强各级人民法院院庭长办理案件
# 工作的意见（试行）》(法发〔2017〕10号) sets a basic court's president at 5-10 % of the court's average judge's load,
# the other court leaders at 20-40 %, division chiefs at 50-70 %. A leader is drawn as handling judge (or officer) with
# this weight against a judge's 1.
LEADER_CASE_WEIGHT = {"president": 0.1, "vice_president": 0.3, "division_chief": 0.5, "deputy_division_chief": 0.5}


def build_org(
    cities: list[City], staff_total: int, window: Window, rng: np.random.Generator, min_court: int = 30
) -> Org:
    """`min_court`: the fewest staff a court gets (a small banner court still has every department)."""
    courts, depts, staff_rows = [], [], []
    total_pop = sum(c.population for c in cities)
    for city in cities:
        for court in city.courts:
            courts.append((court.code, court.name, court.level, court.parent, court.population, court.admin_code))
            share = (
                0.12 * city.population / total_pop
                if court.level == "intermediate"
                else (0.88 * court.population / total_pop)
            )
            n_court = max(min_court, round(staff_total * share))
            templates = _templates(court.code, court.level)
            if court.level == "basic":
                templates = [*templates, ("综合审判庭", "trial", "civil", 0.0)]  # abolished: inactive, empty
            for i, (name, dtype, line, w) in enumerate(templates):
                dept_id = f"D-{court.code}-{i + 1:02d}"
                depts.append((dept_id, court.code, name, dtype, line, w > 0))
                if w == 0:
                    continue
                roles = _roles(dtype, max(3, round(n_court * w)))
                leader = {
                    "民事审判第一庭": "president",
                    "刑事审判庭": "vice_president",
                    "刑事审判第一庭": "vice_president",
                    "执行局": "vice_president",
                    "办公室": "vice_president",
                }.get(name)
                if leader:  # a court leader posted in (分管) this department, replacing one member
                    roles[-1 if dtype == "comprehensive" else 2] = leader
                for k, role in enumerate(roles):
                    staff_rows.append((court.code, court.admin_code, dept_id, dtype, line, role, k == 0))
    courts_df = pd.DataFrame(
        courts,
        columns=[
            "court_code",
            "court_name",
            "level",
            "parent_court_code",
            "jurisdiction_population",
            "admin_code",
        ],
    )
    dept_df = pd.DataFrame(
        depts, columns=["dept_id", "court_code", "dept_name", "dept_type", "business_line", "active"]
    )
    s = pd.DataFrame(
        staff_rows,
        columns=["court_code", "admin_code", "dept_id", "dept_type", "business_line", "role", "is_chief"],
    )
    n = len(s)
    s["person_id"] = cat("P", s["admin_code"].to_numpy(), zpad(s.groupby("court_code").cumcount() + 1, 4))
    s["name"] = person_names(rng, n)
    judge_like = s["role"].isin(JUDGE_ROLES).to_numpy()
    s["gender"] = np.where(rng.random(n) < np.where(judge_like, 0.42, 0.6), "F", "M")
    s["is_quota_judge"] = judge_like & (s["dept_type"] != "comprehensive").to_numpy()
    fixed = s["is_chief"].to_numpy() | ~np.isin(
        s["role"], ["judge", "judge_assistant", "clerk", "enforcement_officer", "admin_staff"]
    )
    hire = rng.integers(day(date(1995, 1, 1)), window.start - 30, n)
    new_hire = ~fixed & (rng.random(n) < 0.06)
    hire[new_hire] = rng.integers(window.start, window.end - 20, int(new_hire.sum()))
    s["hire_date"] = hire
    mover = ~fixed & ~new_hire & (rng.random(n) < 0.10) & s["role"].isin(["judge", "judge_assistant", "clerk"])
    leaver = ~fixed & ~mover & ~new_hire & (rng.random(n) < 0.04)
    s["leave_date"] = np.where(leaver, rng.integers(window.start + 30, window.end - 5, n), NA)
    move_day = rng.integers(window.start + 30, window.end - 10, n)

    # previous posting of movers: another department of the same kind, or a promotion in place
    d = dept_df[dept_df["active"]].copy()
    d["rank"] = d.groupby(["court_code", "dept_type"]).cumcount()
    d["k"] = d.groupby(["court_code", "dept_type"])["dept_id"].transform("size")
    m = s.loc[mover.to_numpy(), ["person_id", "court_code", "dept_id", "dept_type", "role"]].merge(
        d[["dept_id", "rank", "k"]], on="dept_id", how="left"
    )
    shift = 1 + (rng.random(len(m)) * np.maximum(m["k"] - 1, 1)).astype(int)
    promoted = (m["role"].isin(["judge", "judge_assistant"]).to_numpy()) & (rng.random(len(m)) < 0.5)
    m["prev_rank"] = np.where(promoted | (m["k"] == 1), m["rank"], (m["rank"] + shift) % m["k"])
    m = m.merge(
        d[["court_code", "dept_type", "rank", "dept_id"]].rename(columns={"rank": "prev_rank", "dept_id": "prev_dept"}),
        on=["court_code", "dept_type", "prev_rank"],
    )
    same = (m["prev_dept"] == m["dept_id"]).to_numpy()
    m["prev_role"] = np.where(same & (m["role"] == "judge"), "judge_assistant", np.where(same, "clerk", m["role"]))
    m = m[~(same & (m["role"] == "clerk"))]  # a clerk cannot be promoted to clerk: keep them unmoved
    mover = s["person_id"].isin(m["person_id"]).to_numpy()
    mv = pd.Series(move_day, index=s["person_id"])

    first = pd.DataFrame(
        {
            "person_id": s["person_id"],
            "court_code": s["court_code"],
            "dept_id": s["dept_id"],
            "role": s["role"],
            "valid_from": s["hire_date"],
            "valid_to": s["leave_date"],
        }
    )
    first.loc[mover, "valid_from"] = move_day[mover]
    before = pd.DataFrame(
        {
            "person_id": m["person_id"].to_numpy(),
            "court_code": m["court_code"].to_numpy(),
            "dept_id": m["prev_dept"].to_numpy(),
            "role": m["prev_role"].to_numpy(),
        }
    )
    before["valid_from"] = s.set_index("person_id").loc[before["person_id"], "hire_date"].to_numpy()
    before["valid_to"] = mv.loc[before["person_id"]].to_numpy() - 1
    postings = pd.concat([before.assign(seq=1), first.assign(seq=np.where(mover, 2, 1))], ignore_index=True)
    postings = postings.sort_values(["person_id", "seq"], kind="stable").reset_index(drop=True)
    postings["posting_id"] = cat(postings["person_id"].to_numpy(), "-", postings["seq"].to_numpy())
    last_event = np.maximum(postings["valid_from"], np.where(postings["valid_to"] == NA, 0, postings["valid_to"]))
    postings["updated_at"] = stamp(rng, np.maximum(last_event, window.start), window.as_of)

    s_last = np.maximum.reduce(
        [
            s["hire_date"].to_numpy(),
            np.where(mover, move_day, 0),
            s["leave_date"].to_numpy(),
            rng.integers(window.start, window.end, n),
        ]
    )
    s["updated_at"] = stamp(rng, s_last, window.as_of)
    courts_df["updated_at"] = stamp(rng, rng.integers(window.start, window.end, len(courts_df)), window.as_of)
    dept_df["updated_at"] = stamp(rng, rng.integers(window.start, window.end, len(dept_df)), window.as_of)

    pj = postings.merge(dept_df[["dept_id", "dept_type", "business_line"]], on="dept_id")
    pool = pj.rename(columns={"dept_id": "group"})
    judge_pool = _weighted(pool[pool["role"].isin(JUDGE_ROLES) & (pool["dept_type"] != "comprehensive")])
    officers = _weighted(
        pool[(pool["dept_type"] == "enforcement") & pool["role"].isin([*JUDGE_ROLES, "enforcement_officer"])]
    )
    chief = dict(zip(s.loc[s["is_chief"], "dept_id"], s.loc[s["is_chief"], "person_id"], strict=True))
    by_line: dict[tuple[str, str], list[str]] = {}
    for court, line, dept_id in dept_df.loc[dept_df["active"], ["court_code", "business_line", "dept_id"]].itertuples(
        index=False
    ):
        by_line.setdefault((court, line), []).append(dept_id)
    return Org(
        tables={"courts": courts_df, "departments": dept_df, "staff": s, "staff_postings": postings},
        judges=judge_pool,
        assistants=pool[pool["role"] == "judge_assistant"],
        clerks=pool[pool["role"] == "clerk"],
        officers=officers,
        everyone=pj.assign(group=pj["court_code"]),
        chief=chief,
        dept_by_line=by_line,
    )


def _weighted(pool: pd.DataFrame) -> pd.DataFrame:
    """The pool with each posting repeated in proportion to its case weight (LEADER_CASE_WEIGHT; a judge's or officer's
    is 1), since pick_by_posting draws postings uniformly."""
    weight = pool["role"].map(LEADER_CASE_WEIGHT).fillna(1.0).to_numpy(float)
    copies = np.maximum(1, np.round(weight / min(LEADER_CASE_WEIGHT.values()))).astype(np.int64)
    return pool.loc[pool.index.repeat(copies)].reset_index(drop=True)


def random_staff(rng: np.random.Generator, org: Org, courts: np.ndarray, days: np.ndarray, roles=None) -> np.ndarray:
    """Any staff member posted in the court on that day (optionally of given roles); None when nobody fits."""
    pool = org.everyone if roles is None else org.everyone[org.everyone["role"].isin(roles)]
    return pick_by_posting(rng, pool, courts, days)
