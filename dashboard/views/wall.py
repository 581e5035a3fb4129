"""大屏 (wall-screen mode, `/wall`): for a 1920×1080 screen in a meeting room or the hall — dark, no sidebar, large
type, rotating through the catalog's screens every ROTATE_SECONDS (`?every=<seconds>`, 5 to 600), and showing
the next night's publication by itself (every query is cached per publication, and each turn asks again).

Each turn shows one screen for the two-level system: its rates against their reference intervals as large
figures, and a schematic tile map of the courts (the intermediate court first, its basic courts after it)
coloured by the screen's headline indicator — the first rate with a reference interval of the screen's own
category (then of its other categories), or the indicator given as `?map=<indicator_id>`. Filters come from the
URL (`?period_type=ytd&period=2026-12`).
"""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from courtperf.labels import code
from dashboard import queries as q
from dashboard.ui import fmt, indicator_name, lang, load, scoped, screens, w

ROTATE_SECONDS = 20
FIGURES = 8  # large figures a turn
TILES_PER_ROW = 5
STYLE = """
<style>
  [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
  header[data-testid="stHeader"] {display: none !important;}
  .stApp, [data-testid="stAppViewContainer"] {background: #0b1726; color: #e8eef7;}
  .stApp h1 {font-size: 3.2rem; color: #ffd76a;}
  .stApp h2, .stApp h3, .stApp p, .stApp label {color: #e8eef7;}
  [data-testid="stMetricValue"] {font-size: 3.4rem; color: #7fd1ff;}
  [data-testid="stMetricLabel"] p {font-size: 1.4rem; color: #c9d6e8;}
  .block-container {max-width: 1920px; padding-top: 1.5rem;}
</style>
"""


def wall_page() -> None:
    st.markdown(STYLE, unsafe_allow_html=True)  # the wall's dark theme: styles only, no content
    every = st.query_params.get("every", "")
    seconds = min(max(int(every), 5), 600) if every.isdigit() else ROTATE_SECONDS
    st.fragment(rotation, run_every=seconds)()


def rotation() -> None:
    f = st.session_state["filters"]
    catalog = load("catalog").drop_duplicates("indicator_id", keep="last")
    titles = screens()
    # a turn counts once drawn: a turn cut short by the next tick (a slow first query) shows the same screen again,
    # its queries cached as far as they got, instead of moving on to another screen's uncached queries
    turn = st.session_state.get("wall_turn", 0)
    screen = list(titles)[turn % len(titles)]
    st.title(f"{titles[screen]} · {w('city_total')}")
    st.caption(f"{code('period_type', f.period_type, lang())} {f.period} · {load('publication')['published_at']}")
    values = scoped("screen_values", q.CITY, q.CITY_ENTITY, f.period_type, screen)  # its own category first
    now = values[values["period"] == f.period]
    rates = now[(now["unit"] == "ratio") & now["reference_lower"].notna()].head(FIGURES)
    with st.container(key="wall_figures"):
        for row in (rates.iloc[i : i + 4] for i in range(0, len(rates), 4)):
            for col, (_, ind) in zip(st.columns(4), row.iterrows(), strict=False):
                col.metric(indicator_name(ind), fmt(ind["value"], ind["unit"]))
    headline = st.query_params.get("map") or (rates["indicator_id"].iloc[0] if len(rates) else None)
    if headline is not None:
        tile_map(catalog[catalog["indicator_id"] == headline].iloc[0], f)
    st.session_state["wall_turn"] = turn + 1


def tiles(courts: pd.DataFrame) -> pd.DataFrame:
    """A schematic position per court: the intermediate court alone on the first row, its courts below it."""
    top = courts[courts["parent_court_code"].isna()]
    rest = courts[courts["parent_court_code"].notna()].sort_values("court_code").reset_index(drop=True)
    first = top.assign(row=0, col=(TILES_PER_ROW - 1) // 2)
    below = rest.assign(row=1 + rest.index // TILES_PER_ROW, col=rest.index % TILES_PER_ROW)
    return pd.concat([first, below], ignore_index=True)


def tile_map(ind: pd.Series, f: q.Filters) -> None:
    """The courts as tiles, coloured by the indicator's value (greener the better, by its direction)."""
    values = scoped("compare", "court", q.Filters(f.period_type, f.period), [ind["indicator_id"]])
    placed = tiles(scoped("courts")).merge(values, left_on="court_code", right_on="entity_id", how="left")
    shown = zip(placed["court_name"], placed["value"], strict=True)
    placed["label"] = [f"{name}\n{fmt(value, ind['unit'])}" for name, value in shown]
    scheme = "redyellowgreen" if ind["direction"] == "higher" else "greenred"
    base = alt.Chart(placed).encode(x=alt.X("col:O", axis=None), y=alt.Y("row:O", axis=None))
    rect = base.mark_rect(cornerRadius=8, stroke="#0b1726", strokeWidth=6).encode(
        color=alt.Color("value:Q", scale=alt.Scale(scheme=scheme, zero=False), legend=None),
        tooltip=["court_name", alt.Tooltip("value:Q", format=".2%" if ind["unit"] == "ratio" else ",.2f")],
    )
    text = base.mark_text(fontSize=22, color="#0b1726", fontWeight="bold", lineBreak="\n").encode(text="label:N")
    st.subheader(indicator_name(ind))
    with st.container(key="wall_map"):
        chart = (rect + text).properties(height=520).configure_view(strokeWidth=0).configure(background="#0b1726")
        st.altair_chart(chart, use_container_width=True)
