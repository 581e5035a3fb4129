"""考核等次与奖金: the grade distribution (奖惩分布) of the courts and departments the viewer sees, and the bonus
allocation of the people whose amounts the viewer may see (their own without the bonus right)."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from courtperf.labels import code
from dashboard import archived, signin
from dashboard.ui import lang, scoped, table, w
from scoring.grading import SCALE_OF_PERIOD

TOP_DOWN = ["#1a9850", "#91cf60", "#fdae61", "#d73027"]  # the grades from the top down: green to red
NOT_GRADED = "#bdbdbd"


def _colours(order: list[str]) -> list[str]:
    graded = [g for g in order if g != code("decided_by", "not_graded")]
    picks = [TOP_DOWN[round(i * (len(TOP_DOWN) - 1) / max(len(graded) - 1, 1))] for i in range(len(graded))]
    return [*picks, *([NOT_GRADED] if len(graded) < len(order) else [])]


def _distribution(level: str) -> None:
    f = st.session_state["filters"]
    counts = scoped("grade_distribution", level, f).rename(columns={"people": "headcount"})
    st.subheader(f"{w('grade_distribution')} · {w('by_' + level)}")
    if counts.empty:
        st.caption(w("no_data"))
        return
    order = counts.sort_values("grade_position", na_position="last")["grade"].drop_duplicates().tolist()
    wide = counts.pivot_table(index=["unit", "name"], columns="grade", values="headcount", aggfunc="sum", fill_value=0)
    wide = wide[[g for g in order if g in wide.columns]]
    marks = counts.groupby(["unit", "name"])[["quota_cut", "vetoed"]].sum()
    wide = wide.join(marks).assign(headcount=lambda t: t[[g for g in order if g in t.columns]].sum(axis=1))
    table(wide.reset_index().drop(columns="unit"), f"grade_distribution_{level}")
    chart = (
        alt.Chart(counts)
        .mark_bar()
        .encode(
            y=alt.Y("name:N", title=None, sort=None),
            x=alt.X("headcount:Q", title=w("headcount"), axis=alt.Axis(tickMinStep=1)),
            color=alt.Color(
                "grade:N", title=w("grade"), sort=order, scale=alt.Scale(domain=order, range=_colours(order))
            ),
            order=alt.Order("grade_position:Q"),
            tooltip=["name", "grade", "headcount"],
        )
    )
    with st.container(key=f"grade_chart_{level}"):
        st.altair_chart(chart, width="stretch")


def grades_page() -> None:
    f, viewer = st.session_state["filters"], st.session_state["viewer"]
    st.title(w("grades_page"))
    st.caption(f"{code('period_type', f.period_type, lang())} {f.period}")
    if f.period_type not in SCALE_OF_PERIOD:
        st.info(w("graded_period_only"))
        return
    if viewer.sees_everyone_of_court():
        _distribution("court")
    _distribution("department")
    st.subheader(w("bonus_table"))
    allocated = archived.bonus_table(signin.SETTINGS.archive, viewer, f.period_type, f.period)
    if allocated.empty:
        st.caption(w("no_bonus"))
        return
    if not viewer.bonus:
        st.caption(w("bonus_hidden"))
    people = scoped("people", f)
    names = dict(zip(people["person_id"], people["name"], strict=True))
    allocated = allocated[allocated["person_id"].isin(names)]  # of the court, department and role chosen
    shown = allocated.assign(
        name=allocated["person_id"].map(names),
        entity_id=allocated["person_id"],
        total=pd.to_numeric(allocated["total"]),
    )
    with st.container(key="bonus_sum"):
        st.markdown(f"{w('headcount')} **{len(shown)}** · {w('amount')} **{shown['amount'].sum():,}**")
    table(
        shown,
        "bonus_table",
        ["name", "entity_id", "role", "grade", "total", "role_coefficient", "grade_coefficient", "score_factor",
         "amount"],
    )  # fmt: skip
