"""The dashboard (可视化大屏): `courtperf dashboard` serves this Streamlit app.

Nothing shows before sign-in (dashboard/signin.py); every query is filtered by the signed-in viewer's scope
(access/scope.py), and each look at a personal record is audited. It reads only the published marts
(COURTPERF_PUBLISHED), read-only and one connection per query (dashboard/queries.py), so it never blocks the
nightly run. Results are cached per
publication (the file's modification time is part of the cache key). Filters live in the sidebar and
may be given in the URL (`?period_type=year&period=2024&court=内06&person=P…&lang=en`; on the data quality
page also `dept=…`, `group=court|department|person` and `fixed=1`): links that filter another page (a
provisional total to its defects) open a new session of that page with the filters in its URL.
"""

from __future__ import annotations

import streamlit as st

from courtperf.labels import ZH, word
from dashboard import signin
from dashboard.ui import PUBLISHED, sidebar_filters, w
from dashboard.views.catalog import catalog_page
from dashboard.views.conduct import conduct_page
from dashboard.views.decisions import decisions_page
from dashboard.views.defects import defects_page
from dashboard.views.department import department_page
from dashboard.views.grades import grades_page
from dashboard.views.overview import overview
from dashboard.views.person import person_page
from dashboard.views.screens import screens_page
from dashboard.views.wall import wall_page
from dashboard.views.warnings import warnings_page


def main() -> None:
    st.set_page_config(page_title="审判质效 courtperf", layout="wide")
    if not PUBLISHED.exists():
        st.error(word("no_published", st.session_state.get("lang", ZH)) + f" ({PUBLISHED})")
        return
    if signin.viewer() is None:
        return
    st.session_state["filters"] = sidebar_filters()
    pages = [
        st.Page(overview, title=w("overview"), url_path="overview", default=True),
        st.Page(screens_page, title=w("screens"), url_path="screens"),
        st.Page(department_page, title=w("department"), url_path="department"),
        st.Page(person_page, title=w("person"), url_path="person"),
        st.Page(grades_page, title=w("grades_page"), url_path="grades"),
        st.Page(decisions_page, title=w("decisions"), url_path="decisions"),
        st.Page(warnings_page, title=w("warnings"), url_path="warnings"),
        st.Page(defects_page, title=w("defects_page"), url_path="data_quality"),
        st.Page(catalog_page, title=w("catalog"), url_path="catalog"),
        st.Page(wall_page, title=w("wall"), url_path="wall"),
    ]
    if st.session_state["viewer"].conduct:  # 纪检监察 only: the page does not exist for anyone else
        pages.insert(-2, st.Page(conduct_page, title=w("conduct_page"), url_path="conduct"))
    page = st.navigation(pages)
    if st.session_state["filters"] is None and page.url_path != "catalog":
        return
    page.run()


main()
