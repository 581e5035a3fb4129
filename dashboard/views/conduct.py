"""纪检监察: conduct events, for viewers with the conduct right only."""

from __future__ import annotations

import streamlit as st

from dashboard import queries as q
from dashboard import signin
from dashboard.ui import (
    days,
    table,
    w,
)


def conduct_page() -> None:
    """纪检监察: conduct events of the viewer's courts, for those with the conduct right only, from the restricted
    copy (the readers' copy leaves them out)."""
    f, viewer = st.session_state["filters"], st.session_state["viewer"]
    st.title(w("conduct_page"))
    restricted = signin.SETTINGS.published_restricted
    if restricted is None or not restricted.exists():
        st.info(w("conduct_needs_restricted"))
        return
    signin.audit_view(viewer, None, f"conduct_page {f.court or 'all'} {f.dept or 'all'}")
    table(days(q.conduct_events(restricted, viewer, f), "event_date"), "conduct_table")
