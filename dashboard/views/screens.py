"""指标全景: every indicator of the catalog, screen by screen (审判质效, 执行, 诉源治理, 信访, 营商环境,
队伍建设与综合), for the two-level system, a court or a department: value, change on the previous period and on the
same period last year, trend, and position against the reference interval (合理区间); any indicator compared
and charted over time.

The screens and their categories come from the catalog (`dbt_project/config/categories.yaml`), nothing is listed
here. Rates are shown as percentages, changes of rates in percentage points; a period that runs past the data's
as-of date is marked as partial (截至 …).
"""

from __future__ import annotations

import calendar
from datetime import date

import altair as alt
import pandas as pd
import streamlit as st

from courtperf.labels import code
from dashboard import queries as q
from dashboard import records
from dashboard.ui import ZH, change, days, fmt, indicator_name, lang, load, param_index, scoped, screens, table, w

TREND_PERIODS = 12
COMPARED = 40  # at most this many courts, departments or people in the comparison (highest values first)
SPARKS = "▁▂▃▄▅▆▇█"
ALL = "all"  # the category choice that shows the whole screen


def same_period_last_year(period: str) -> str:
    """2025 -> 2024, 2025-Q1 -> 2024-Q1, 2025-03 -> 2024-03 (a month or a year to date)."""
    return f"{int(period[:4]) - 1}{period[4:]}"


def period_end(period: str) -> date:
    """The last day of a period label (a year to date runs to the end of its month)."""
    year = int(period[:4])
    if len(period) == 4:
        return date(year, 12, 31)
    month = int(period.split("-Q")[1]) * 3 if "-Q" in period else int(period[5:7])
    return date(year, month, calendar.monthrange(year, month)[1])


def sparkline(values: list[float]) -> str:
    """The values as a line of block characters (lowest ▁, highest █; a gap where there is no value)."""
    known = [v for v in values if v is not None and not pd.isna(v)]
    if not known:
        return ""
    low, high = min(known), max(known)
    step = (high - low) / (len(SPARKS) - 1) or 1
    return "".join(
        " " if v is None or pd.isna(v) else SPARKS[0 if high == low else round((v - low) / step)] for v in values
    )


def position(value, lower, upper) -> str:
    """Where a value sits against the reference interval: below, within or above (— without one)."""
    if value is None or pd.isna(value) or (pd.isna(lower) and pd.isna(upper)):
        return "—"
    if not pd.isna(lower) and value < lower:
        return w("below_interval")
    if not pd.isna(upper) and value > upper:
        return w("above_interval")
    return w("within_interval")


def screen_table(values: pd.DataFrame, period: str) -> pd.DataFrame:
    """One row per indicator: value in `period`, change on the previous period and on the same period last year,
    the trend of the last TREND_PERIODS periods up to `period`, the reference interval and the value's position."""
    rows = []
    for _, g in values.groupby("indicator_id", sort=False):
        ind = g.iloc[0]
        series = g.set_index("period")["value"]
        upto = [p for p in series.index if p <= period]
        now = series.get(period)
        before = series.get(upto[-2]) if len(upto) > 1 and upto[-1] == period else None
        low, high = ind["reference_lower"], ind["reference_upper"]
        interval = "—" if pd.isna(low) and pd.isna(high) else f"{fmt(low, ind['unit'])} – {fmt(high, ind['unit'])}"
        rows.append(
            {
                "indicator": indicator_name(ind),
                "category_name_zh": ind["category_name_zh"],
                "value": fmt(now, ind["unit"]),
                "vs_previous": change(now, before, ind["unit"]),
                "vs_last_year": change(now, series.get(same_period_last_year(period)), ind["unit"]),
                "trend": sparkline([series.get(p) for p in upto[-TREND_PERIODS:]]),
                "reference_interval": interval,
                "position": position(now, low, high),
            }
        )
    return pd.DataFrame(rows)


def _entity(f: q.Filters) -> tuple[str, str, str]:
    """(level, entity, name) the sidebar points at: a department, a court, or the two-level system."""
    if f.dept:
        depts = scoped("departments", f.court)
        return "department", f.dept, dict(zip(depts["dept_id"], depts["dept_name"], strict=True)).get(f.dept, f.dept)
    courts = scoped("courts")
    if f.court is None and st.session_state["viewer"].kind == "all":
        return q.CITY, q.CITY_ENTITY, w("city_total")
    court = f.court or courts["court_code"].iloc[0]
    return "court", court, dict(zip(courts["court_code"], courts["court_name"], strict=True))[court]


def screens_page() -> None:
    f = st.session_state["filters"]
    level, entity, name = _entity(f)
    st.title(f"{w('screens')} · {name}")
    as_of = load("data_as_of")
    partial = as_of is not None and period_end(f.period) > date.fromisoformat(as_of)
    st.caption(
        f"{code('period_type', f.period_type, lang())} {f.period}"
        + (f" · {w('partial_period').format(as_of=as_of)}" if partial else "")
    )
    catalog = load("catalog").drop_duplicates("indicator_id", keep="last")
    titles = screens()
    ids = list(titles)
    shown = st.query_params.get("screen")
    screen = st.segmented_control(
        w("screens"), ids, default=shown if shown in ids else ids[0], required=True, format_func=titles.get,
        key="screen_choice", label_visibility="collapsed",
    )  # fmt: skip
    values = scoped("screen_values", level, entity, f.period_type, screen)  # one screen at a time
    values = values[values["category"] == category] if (category := category_choice(values, screen)) else values
    table(screen_table(values, f.period), f"screen_{screen}")
    explorer(f, catalog, level, entity, name)


def category_choice(values: pd.DataFrame, screen: str) -> str | None:
    """The screen's categories, its own first, each with its number of indicators, and 全部: one category is shown at
    a time by default (the 审判质效 screen's 229 rows at once took the page past 2 s in the browser)."""
    counts = values.drop_duplicates("indicator_id").groupby("category", sort=False)["category_name_zh"]
    names = {c: f"{g.iloc[0] if lang() == ZH else c.replace('_', ' ')} {len(g)}" for c, g in counts}  # in order
    names[ALL] = f"{w('all')} {values['indicator_id'].nunique()}"
    options = list(names)
    shown = st.query_params.get("category")
    chosen = st.segmented_control(
        w("category_name_zh"), options, default=shown if shown in options else options[0], required=True,
        format_func=names.get, key=f"screen_category_{screen}",
        label_visibility="collapsed",
    )  # fmt: skip
    return None if chosen == ALL else chosen


def explorer(f: q.Filters, catalog: pd.DataFrame, level: str, entity: str, name: str) -> None:
    """Any indicator of the catalog: compared across courts, departments or people, and over time."""
    st.subheader(w("indicator_explorer"))
    names = {r["indicator_id"]: f"{indicator_name(r)} · {r['indicator_id']}" for _, r in catalog.iterrows()}
    ids = list(names)
    chosen = st.selectbox(w("choose_indicator"), ids, format_func=names.get, key="screen_indicator",
                          index=param_index("indicator", ids))  # fmt: skip
    ind = catalog[catalog["indicator_id"] == chosen].iloc[0]
    ratio = ind["unit"] == "ratio"
    axis = alt.Axis(format=".1%" if ratio else ",.2~f", title=None)
    scale = alt.Scale(zero=not ratio)  # rates close together: the axis fits the data, not 0 to 1
    whom = {"court": "court", "department": "dept_id", "person": "people"}
    by = st.radio(w("compare_by"), list(whom), horizontal=True, key="screen_compare_by",
                  format_func=lambda v: w(whom[v]))  # fmt: skip
    within = q.Filters(f.period_type, f.period, f.court, f.dept if by == "person" else None)  # people: of the dept
    compared = scoped("compare", by, within, [chosen]).dropna(subset=["value"])
    compared = compared.sort_values("value", ascending=False).head(COMPARED)
    left, right = st.columns(2)
    with left, st.container(key="screen_compare"):
        if compared.empty:
            st.caption(w("no_data"))
        else:
            dots = (
                alt.Chart(compared)
                .mark_point(filled=True, size=80)
                .encode(
                    x=alt.X("value:Q", axis=axis, scale=scale),
                    y=alt.Y("name:N", sort="-x", title=None),
                    tooltip=["name", alt.Tooltip("value:Q", format=".2%" if ratio else ",.2f")],
                )
            )
            st.altair_chart(dots + _interval(ind, "x"), use_container_width=True)
    trend = scoped("indicator_trend", level, entity, f.period_type, [chosen]).dropna(subset=["value"])
    with right, st.container(key="screen_trend"):
        st.caption(f"{name} · {indicator_name(ind)}")
        if trend.empty:
            st.caption(w("no_data"))
        else:
            line = (
                alt.Chart(trend)
                .mark_line(point=True)
                .encode(
                    x=alt.X("period:O", title=None),
                    y=alt.Y("value:Q", axis=axis, scale=scale),
                    tooltip=["period", alt.Tooltip("value:Q", format=".2%" if ratio else ",.2f")],
                )
            )
            st.altair_chart(line + _interval(ind, "y"), use_container_width=True)
    records_list(chosen, level, entity, f)


def records_list(indicator_id: str, level: str, entity: str, f: q.Filters) -> None:
    """From the value to its cases: each record of the numerator and the denominator, by 案号 with 承办人 and dates
    (computed when asked for: a court's year can hold a hundred thousand cases)."""
    if not st.toggle(w("records_behind"), key="screen_records_toggle"):
        return
    with st.container(key="screen_records"):
        part = st.segmented_control(
            w("part"), records.RECORD_PARTS, default=records.RECORD_PARTS[0], required=True, key="screen_records_part",
            format_func=lambda p: code("part", p, lang()), label_visibility="collapsed",
        )  # fmt: skip
        rows, counts, why = scoped("records_behind", indicator_id, level, entity, f.period_type, f.period, part)
        if why:
            st.caption(w(why))
            return
        n, d, only = (counts.get(p, 0) for p in records.RECORD_PARTS)
        st.caption(w("records_counted").format(n=n, d=d, only=only, shown=len(rows)))
        columns = ["part", "record_label", "person_name", "record_start", "record_end", "counted", "record_id"]
        table(days(rows, "record_start", "record_end") if len(rows) else rows, "screen_records_table",
              columns if len(rows) else None)  # fmt: skip


def _interval(ind: pd.Series, channel: str) -> alt.Chart:
    """The reference interval (合理区间) as a shaded band along `channel` (nothing without one)."""
    low, high = ind["reference_lower"], ind["reference_upper"]
    if pd.isna(low) or pd.isna(high):
        return alt.Chart(pd.DataFrame({"v": []})).mark_rule()
    band = pd.DataFrame({"low": [low], "high": [high]})
    return alt.Chart(band).mark_rect(opacity=0.12, color="green").encode(**{channel: "low:Q", f"{channel}2": "high:Q"})
