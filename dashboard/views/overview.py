"""法院总览: the key indicators of a court, courts and departments compared, rankings and data quality."""

from __future__ import annotations

from urllib.parse import urlencode

import altair as alt
import streamlit as st

from courtperf.labels import code
from dashboard import RANKING_ROWS
from dashboard import queries as q
from dashboard.ui import (
    change,
    fmt,
    indicator_name,
    lang,
    load,
    month_of,
    param_index,
    provisional,
    scoped,
    table,
    w,
)


def key_indicator_cards(level: str, entity_id: str, f: q.Filters) -> None:
    """The key indicators in the period, with the change from the previous period, and their monthly trend."""
    keys = load("key_indicators")
    ids = keys["indicator_id"].tolist()
    values = scoped("indicator_trend", level, entity_id, f.period_type, ids)
    st.subheader(w("key_indicators"))
    cols = st.columns(len(keys))
    for col, (_, ind) in zip(cols, keys.iterrows(), strict=True):
        series = values[(values["indicator_id"] == ind["indicator_id"]) & (values["period"] <= f.period)]
        now = series["value"].iloc[-1] if len(series) and series["period"].iloc[-1] == f.period else None
        before = series["value"].iloc[-2] if now is not None and len(series) > 1 else None
        delta = change(now, before, ind["unit"])
        col.metric(
            indicator_name(ind),
            fmt(now, ind["unit"]),
            None if delta == "—" else delta,
            delta_color="inverse" if ind["direction"] == "lower" else "normal",
        )
    monthly = scoped(
        "indicator_trend", level, entity_id, "month", keys.loc[keys["unit"] == "ratio", "indicator_id"].tolist()
    )
    monthly = monthly[monthly["period"] <= month_of(f.period)]
    if not monthly.empty:
        st.subheader(w("trend"))
        names = {r["indicator_id"]: indicator_name(r) for _, r in keys.iterrows()}
        chart = monthly.assign(**{w("indicator"): monthly["indicator_id"].map(names)})
        with st.container(key="trend_chart"):  # rates as percentages, on an axis that fits them (not 0 to 1)
            line = (
                alt.Chart(chart)
                .mark_line(point=True)
                .encode(
                    x=alt.X("period:O", title=w("period")),
                    y=alt.Y("value:Q", title=None, axis=alt.Axis(format=".0%"), scale=alt.Scale(zero=False)),
                    color=alt.Color(f"{w('indicator')}:N", legend=alt.Legend(orient="bottom")),
                    tooltip=["period", w("indicator"), alt.Tooltip("value:Q", format=".1%")],
                )
            )
            st.altair_chart(line, use_container_width=True)


def ranking_tables(f: q.Filters, levels=("person", "department")) -> None:
    st.subheader(w("ranking"))
    st.caption(w("court_ranking_off"))
    for level in levels:
        ranked = scoped("ranking", level, f)
        groups = ranked.loc[ranked["rank_in_peer_group"].notna(), ["peer_group_id", "peer_group_name_zh"]]
        groups = groups.drop_duplicates().sort_values("peer_group_id")
        st.markdown(f"**{w('ranking_' + level)}**")
        if groups.empty:
            st.caption(w("no_data"))
            continue
        group = st.selectbox(
            w("peer_group"),
            groups["peer_group_id"].tolist(),
            key=f"peer_group_{level}",
            index=param_index(f"group_{level}", groups["peer_group_id"].tolist()),
            format_func=dict(zip(groups["peer_group_id"], groups["peer_group_name_zh"], strict=True)).get,
        )
        rows = ranked[(ranked["peer_group_id"] == group) & ranked["rank_in_peer_group"].notna()].head(RANKING_ROWS)
        columns = ["rank_in_peer_group", "peer_group_size", "name", "entity_id", "court_code", "dept_id", "total"]
        marked = (rows["data_defects"].fillna(0) > 0).any()  # a column of its own only when someone is provisional
        table(provisional(rows), f"ranking_{level}", [*columns, "provisional"] if marked else columns)


def overview() -> None:
    f = st.session_state["filters"]
    courts = scoped("courts")
    # 全部 is the two-level system as one (computed from its cases) for those who see every court
    whole_system = f.court is None and st.session_state["viewer"].kind == "all"
    court = (
        f.court or courts.sort_values(["parent_court_code", "court_code"], na_position="first")["court_code"].iloc[0]
    )
    names = dict(zip(courts["court_code"], courts["court_name"], strict=True))
    name = w("city_total") if whole_system else names[court]
    st.title(f"{w('overview')} · {name}")
    st.caption(f"{code('period_type', f.period_type, lang())} {f.period}")
    key_indicator_cards(*((q.CITY, q.CITY_ENTITY) if whole_system else ("court", court)), f)
    keys = load("key_indicators")
    names = {r["indicator_id"]: indicator_name(r) for _, r in keys.iterrows()}
    chosen = st.selectbox(w("choose_indicator"), list(names), format_func=names.get, key="compare_indicator", index=2)
    left, right = st.columns(2)
    compared = (left, "court", "courts_compared"), (right, "department", "departments_compared")
    for column, level, title in compared[:1] if whole_system else compared:
        with column:
            st.subheader(w(title))
            data = scoped("compare", level, q.Filters(f.period_type, f.period, court), [chosen])  # in the court shown
            if data.empty:
                st.caption(w("no_data"))
            else:
                with st.container(key=f"compare_{level}"):
                    st.bar_chart(data, x="name", y="value", x_label="", y_label=names[chosen], horizontal=True)
    ranking_tables(f)
    quality_panel()


def quality_panel() -> None:
    st.subheader(w("data_quality"))
    status = load("quality_status")
    if status.empty:
        st.caption(w("no_data"))
        return
    blocking = int(status["errors_failed"].sum())
    (st.error if blocking else st.success)(
        f"{w('quality_failed') if blocking else w('quality_ok')}: "
        f"{int(status['checks_passed'].sum())} / {int(status['checks_failed'].sum())} · "
        f"{w('rows_quarantined')} {int(status['rows_quarantined'].fillna(0).sum())}"
    )
    with st.expander(w("data_quality")):
        table(status, "quality_table")
    f = st.session_state["filters"]
    found = scoped("data_defects", q.Filters(f.period_type, f.period, f.court, f.dept))
    if found is not None:
        scope = {k: v for k, v in (("court", f.court), ("dept", f.dept)) if v}
        with st.container(key="open_defects_total"):
            st.markdown(
                f"{w('open_defects_total')}: **{len(found)}** · [{w('see_defects')}](data_quality?{urlencode(scope)})"
            )
