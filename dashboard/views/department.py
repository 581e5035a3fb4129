"""部门视图: a department's totals over time, key indicators and the ranking of its people."""

from __future__ import annotations

import streamlit as st

from dashboard import queries as q
from dashboard.ui import (
    provisional_note,
    scoped,
    table,
    w,
)
from dashboard.views.overview import key_indicator_cards, ranking_tables


def department_page() -> None:
    f = st.session_state["filters"]
    depts = scoped("departments", f.court)
    if depts.empty:
        st.info(w("no_data"))
        return
    options = depts["dept_id"].tolist()
    default = f.dept if f.dept in options else None
    dept = st.selectbox(
        w("choose_department"),
        options,
        index=options.index(default) if default else 0,
        format_func=dict(zip(depts["dept_id"], depts["court_name"] + " · " + depts["dept_name"], strict=True)).get,
        key="department_choice",
    )
    row = depts[depts["dept_id"] == dept].iloc[0]
    st.title(f"{w('department')} · {row['court_name']} {row['dept_name']}")
    totals = scoped("totals_over_time", "department", dept, f.period_type)
    current = totals[totals["period"] == f.period]
    if not current.empty:
        provisional_note(current["data_defects"].iloc[0], "department_provisional", court=row["court_code"], dept=dept)
    key_indicator_cards("department", dept, f)
    if not totals.empty:
        st.subheader(w("totals_over_time"))
        table(
            totals,
            "department_totals",
            [
                "period",
                "total",
                "rank_in_peer_group",
                "peer_group_size",
                "peer_group_name_zh",
                "not_ranked_reason",
                "data_defects",
            ],
        )
    ranking_tables(q.Filters(f.period_type, f.period, row["court_code"], dept, f.role), levels=("person",))
