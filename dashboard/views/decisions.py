"""辅助决策: the years side by side for 院庭长 — how totals are distributed in each peer group and year, who moved
in the ranking, where each court stands against the reference intervals of a screen's rates, and a department's
优势 and 薄弱 indicators.

Everything reads the published marts (rank_trend, score_totals, indicator_values, strengths_weaknesses) within the
viewer's scope; the charts are Altair (Vega-Lite), as Streamlit ships it.
"""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from courtperf.labels import ZH, code
from dashboard import queries as q
from dashboard.ui import lang, scoped, screens, table, w

MOVERS = 10  # the largest moves up and down shown


def decisions_page() -> None:
    f = st.session_state["filters"]
    st.title(w("decisions"))
    level = st.radio(w("whom"), ["person", "department"], horizontal=True, key="decisions_level",
                     format_func=lambda v: w("ranking_" + v))  # fmt: skip
    totals = scoped("totals_over_years", level)
    if totals.empty:
        st.caption(w("no_data"))
        return
    groups = totals.drop_duplicates("peer_group_id").set_index("peer_group_id")["peer_group_name_zh"].to_dict()
    group = st.selectbox(w("peer_group"), sorted(groups), format_func=groups.get, key="decisions_group")
    members = totals[totals["peer_group_id"] == group]
    distribution(members)
    mobility(members, f)
    heat_map(f)
    department_profile(f)


def distribution(members: pd.DataFrame) -> None:
    """Totals of the group's members per year: a box plot (median, quartiles, whiskers, outliers)."""
    st.subheader(w("distribution"))
    with st.container(key="decisions_distribution"):
        box = (
            alt.Chart(members.dropna(subset=["total"]))
            .mark_boxplot(extent=1.5, size=40)
            .encode(
                x=alt.X("period:O", title=None),
                y=alt.Y("total:Q", scale=alt.Scale(zero=False), title=w("total")),
            )
        )
        st.altair_chart(box.properties(height=320), use_container_width=True)


def mobility(members: pd.DataFrame, f: q.Filters) -> None:
    """Rank mobility into the year chosen in the sidebar (or the latest year): how many moved up, down or stayed,
    and the largest moves."""
    years = sorted(members["period"].unique())
    year = f.period[:4] if f.period[:4] in years else years[-1]
    moved = members[(members["period"] == year) & members["rank_change"].notna()]
    st.subheader(f"{w('rank_mobility')} · {year}")
    up, down = int((moved["rank_change"] > 0).sum()), int((moved["rank_change"] < 0).sum())
    st.caption(w("mobility_counts").format(up=up, down=down, same=len(moved) - up - down))
    shown = pd.concat([moved.nlargest(MOVERS, "rank_change"), moved.nsmallest(MOVERS, "rank_change")])
    columns = ["name", "previous_rank", "rank_in_peer_group", "rank_change", "total"]
    ranks = ["previous_rank", "rank_in_peer_group", "rank_change"]
    table(shown.drop_duplicates("entity_id").astype(dict.fromkeys(ranks, "Int64")), "decisions_movers", columns)


def heat_map(f: q.Filters) -> None:
    """Courts × the chosen screen's rates, each cell coloured by where the value sits against the 合理区间:
    inside it, or on the good or the bad side of it (by the indicator's direction)."""
    st.subheader(w("heat_map"))
    titles = screens()
    screen = st.selectbox(w("screens"), list(titles), format_func=titles.get, key="decisions_screen")
    cells = scoped("court_positions", f.period_type, f.period, screen)
    if cells.empty:
        st.caption(w("no_data"))
        return
    low, high = cells["value"] < cells["reference_lower"], cells["value"] > cells["reference_upper"]
    good = (high & (cells["direction"] == "higher")) | (low & (cells["direction"] == "lower"))
    cells["place"] = [w("better_than_interval") if g else w("worse_than_interval") if lo or hi else w("within_interval")
                      for g, lo, hi in zip(good, low, high, strict=True)]  # fmt: skip
    cells["indicator"] = cells["name_zh" if lang() == ZH else "name_en"]
    places = [w("better_than_interval"), w("within_interval"), w("worse_than_interval")]
    chart = (
        alt.Chart(cells)
        .mark_rect(stroke="white")
        .encode(
            x=alt.X("indicator:N", title=None, sort=None, axis=alt.Axis(labelAngle=-40, labelLimit=160)),
            y=alt.Y("court_name:N", title=None, sort=None),
            color=alt.Color(
                "place:N",
                scale=alt.Scale(domain=places, range=["#1a9850", "#d9ef8b", "#d73027"]),
                legend=alt.Legend(title=None, orient="top"),
            ),  # fmt: skip
            tooltip=["court_name", "indicator", alt.Tooltip("value:Q", format=".2%"), "place"],
        )
    )
    st.caption(f"{code('period_type', f.period_type, lang())} {f.period}")
    with st.container(key="decisions_heat_map"):
        st.altair_chart(chart.properties(height=36 * cells["court_name"].nunique()), use_container_width=True)


def department_profile(f: q.Filters) -> None:
    """The 优势 and 薄弱 indicators of the department chosen in the sidebar, against its peer group's median."""
    st.subheader(w("department_strengths"))
    if not f.dept:
        st.caption(w("choose_department"))
        return
    sw = scoped("strengths_weaknesses", "department", f.dept, f.period_type, f.period)
    table(sw, "decisions_strengths", ["kind", "indicator_name_zh", "value", "peer_median", "points", "gap_to_median"])
