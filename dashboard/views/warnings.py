"""预警列表: the supervision warnings of the viewer's courts and departments."""

from __future__ import annotations

import streamlit as st

from courtperf.labels import labelled
from dashboard.ui import (
    lang,
    scoped,
    table,
    w,
)

WARNINGS_SHOWN = 500  # rows of the list (red first): a city's thousands of open warnings as one table took seconds


def warnings_page() -> None:
    f = st.session_state["filters"]
    st.title(w("warnings"))
    open_only = st.toggle(w("open_only"), value=True, key="open_only")
    found = scoped("warnings", f, None, open_only)
    if found is None:
        st.info(w("no_warnings_mart"))
        return
    counts = found.groupby(["rule", "level"]).size().rename("n").reset_index()
    if not counts.empty:
        counts = labelled(counts, lang())
        with st.container(key="warnings_chart"):
            st.bar_chart(counts, x=w("rule"), y="n", color=w("level"), x_label="", y_label="")
    st.caption(w("warnings_counted").format(n=len(found), shown=min(len(found), WARNINGS_SHOWN)))
    table(
        found.head(WARNINGS_SHOWN),
        "warnings_table",
        [
            "level",
            "rule",
            "warning_title",
            "court_code",
            "dept_id",
            "person_id",
            "first_seen",
            "last_seen",
            "closed_on",
        ],
    )
