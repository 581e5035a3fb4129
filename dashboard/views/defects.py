"""数据质量: the data-defect worklist and its trend."""

from __future__ import annotations

import altair as alt
import streamlit as st

from dashboard.ui import (
    all_or_one,
    days,
    param_index,
    scoped,
    table,
    w,
)

DEFECT_GROUPS = ("court", "department", "person")


DEFECT_LEADING = {  # the columns that lead the worklist when it is grouped by court, department or person
    "court": ["court_name", "dept_name", "responsible"],
    "department": ["dept_name", "court_name", "responsible"],
    "person": ["responsible", "court_name", "dept_name"],
}


DEFECT_GROUP_KEYS = {"court": ["court_name"], "department": ["court_name", "dept_name"], "person": ["responsible"]}


TREND_NIGHTS = 14  # the trend's table shows the latest nights; the chart shows them all


def defects_page() -> None:
    """数据质量: the data-defect worklist of the chosen court, department and person, and its trend."""
    f = st.session_state["filters"]
    st.title(w("defects_page"))
    st.caption(w("defects_intro"))
    people = scoped("defect_people", f)
    person = all_or_one(
        w("responsible"), "person", dict(zip(people["responsible_person_id"], people["responsible"], strict=True))
    )
    left, right = st.columns(2)
    include_fixed = left.toggle(w("include_fixed"), value=st.query_params.get("fixed") == "1", key="include_fixed")
    group = right.radio(
        w("group_by"),
        DEFECT_GROUPS,
        index=param_index("group", list(DEFECT_GROUPS)),
        format_func=lambda g: w("group_" + g),
        horizontal=True,
        key="defect_group",
    )
    found = scoped("data_defects", f, person, include_fixed, group)
    if found is None:
        st.info(w("no_defects_mart"))
        return
    fixed = int((~found["is_open"]).sum())
    with st.container(key="defect_count"):
        st.markdown(
            f"{w('open_defects')}: **{int(found['is_open'].sum())}**"
            + (f" · {w('fixed_defects')}: **{fixed}**" if include_fixed else "")
        )
    if found.empty:
        st.success(w("no_open_defects"))
    else:
        keys = DEFECT_GROUP_KEYS[group]
        summary = (
            found.fillna({k: "—" for k in keys})
            .groupby(keys, sort=False)["is_open"]
            .agg(open_defects="sum", fixed_defects=lambda s: int((~s).sum()))
            .reset_index()
        )
        st.subheader(w("defects_by_group"))
        table(summary, "defect_summary", [*keys, "open_defects", *(["fixed_defects"] if include_fixed else [])])
        st.subheader(w("defect_list"))
        details = ["case_number", "reason_zh", "source_table", "row_key", "first_seen", "last_seen", "nights_seen"]
        table(
            days(found, "first_seen", "last_seen", "fixed_on"),
            "defect_table",
            [*DEFECT_LEADING[group], *details, *(["fixed_on"] if include_fixed else []), "reason_detail"],
        )
    trend = scoped("defect_trend", f, person)
    if not trend.empty:
        st.subheader(w("defect_trend"))
        chart_column, table_column = st.columns([3, 1])
        chart = (
            alt.Chart(trend)
            .mark_line(point=True)
            .encode(
                x=alt.X("night:T", title=w("night")),
                y=alt.Y("open_defects:Q", title=w("open_defects"), axis=alt.Axis(tickMinStep=1)),
                tooltip=[
                    alt.Tooltip("night:T", title=w("night")),
                    alt.Tooltip("open_defects:Q", title=w("open_defects")),
                ],
            )
        )
        with chart_column.container(key="defect_trend_chart"):
            st.altair_chart(chart, width="stretch")
        with table_column:
            latest = trend.sort_values("night", ascending=False).head(TREND_NIGHTS)
            table(days(latest, "night"), "defect_trend_table")
