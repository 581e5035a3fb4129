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

import inspect
from urllib.parse import urlencode

import altair as alt
import duckdb
import pandas as pd
import streamlit as st

from access import audit
from archive import store
from courtperf.labels import EN, ZH, code, labelled, word
from courtperf.settings import Settings
from dashboard import RANKING_ROWS, signin
from dashboard import queries as q

PUBLISHED = Settings.from_env().published


@st.cache_data(ttl=3600, show_spinner=False, max_entries=500)
def _cached(name: str, stamp: int, scope, *args):
    query = getattr(q, name)
    return query(PUBLISHED, *args) if scope is None else query(PUBLISHED, scope, *args)


def load(name: str, *args):
    """A query of queries.py, cached until the next publication replaces the file; a query that takes the
    viewer's scope gets the signed-in viewer's (the cache keeps each viewer's results apart)."""
    scoped = "scope" in inspect.signature(getattr(q, name)).parameters
    return _cached(name, PUBLISHED.stat().st_mtime_ns, st.session_state["viewer"] if scoped else None, *args)


def lang() -> str:
    return st.session_state.get("lang", ZH)


def w(key: str) -> str:
    return word(key, lang())


def table(df: pd.DataFrame, key: str, columns: list[str] | None = None) -> None:
    """An HTML table (its text is in the page, unlike st.dataframe's canvas), labelled in the chosen language."""
    with st.container(key=key):
        if df.empty:
            st.caption(w("no_data"))
        else:
            shown = df[columns] if columns else df
            st.table(labelled(shown.reset_index(drop=True), lang()).style.format(precision=4, na_rep="—"))


def indicator_name(row) -> str:
    return row["name_zh"] if lang() == ZH else row["name_en"]


def fmt(value, unit: str | None) -> str:
    if value is None or pd.isna(value):
        return "—"
    if unit == "ratio":
        return f"{value:.1%}"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def days(df: pd.DataFrame, *columns: str) -> pd.DataFrame:
    """Date columns as YYYY-MM-DD text (DuckDB dates arrive as pandas timestamps, shown with a time)."""
    return df.assign(**{c: pd.to_datetime(df[c]).dt.strftime("%Y-%m-%d") for c in columns})


def provisional(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows of score_totals with a `provisional` column: "暂定 N" where open data defects touch the total."""
    n = rows["data_defects"].fillna(0).astype(int)
    return rows.assign(provisional=[f"{w('provisional')} {k}" if k > 0 else "" for k in n])


def provisional_note(count, key: str, **scope: str) -> None:
    """Say that a total is provisional, with a link to the worklist filtered to `scope` (a new session of the
    data quality page, whose sidebar takes the filters from the URL)."""
    if count is None or pd.isna(count) or int(count) <= 0:
        return
    f = st.session_state["filters"]
    link = "data_quality?" + urlencode({**scope, "period_type": f.period_type, "period": f.period, "lang": lang()})
    with st.container(key=key):
        st.warning(f"{w('provisional_note').format(n=int(count))} · [{w('see_defects')}]({link})")


# ------------------------------------------------------------------------------------------------ sidebar


def _param(name: str, options: list, default=None):
    value = st.query_params.get(name)
    return options.index(value) if value in options else (options.index(default) if default in options else 0)


def _all_or_one(label: str, key: str, names: dict[str, str]) -> str | None:
    """A filter: every one (None) or one of `names` (code -> words); preset from the URL parameter `key`."""
    options = [None, *names]
    return st.selectbox(
        label, options, index=_param(key, options), key=key, format_func=lambda v: w("all") if v is None else names[v]
    )


def sidebar_filters() -> q.Filters | None:
    with st.sidebar:
        st.radio(
            w("language"),
            [ZH, EN],
            format_func=lambda v: "中文" if v == ZH else "English",
            key="lang",
            horizontal=True,
            index=_param("lang", [ZH, EN]),
        )
        st.header(w("filters"))
        period_type = st.selectbox(
            w("period_type"),
            q.PERIOD_TYPES,
            index=_param("period_type", list(q.PERIOD_TYPES)),
            format_func=lambda v: code("period_type", v, lang()),
            key="period_type",
        )
        periods = load("periods", period_type)
        if not periods:
            st.warning(w("no_data"))
            return None
        period = st.selectbox(w("period"), periods, index=_param("period", periods), key="period")
        courts = load("courts")
        court = _all_or_one(w("court"), "court", dict(zip(courts["court_code"], courts["court_name"], strict=True)))
        depts = load("departments", court)
        dept = _all_or_one(w("dept_id"), "dept", dict(zip(depts["dept_id"], depts["dept_name"], strict=True)))
        role = _all_or_one(w("role"), "role", {r: code("role", r, lang()) for r in load("roles")})
        info = load("publication")
        st.caption(f"{w('published')} {info['published_at']} · {w('run')} {str(info['run_id'])[:8]}")
        signin.signed_in_box(st.session_state["viewer"])
    return q.Filters(period_type, period, court, dept, role)


# ------------------------------------------------------------------------------------------------ pages


def _month_of(period: str) -> str:
    """The last month of a period label: 2024 -> 2024-12, 2024-Q3 -> 2024-09, 2024-03 -> 2024-03."""
    if "-Q" in period:
        year, quarter = period.split("-Q")
        return f"{year}-{int(quarter) * 3:02d}"
    return f"{period}-12" if len(period) == 4 else period


def key_indicator_cards(level: str, entity_id: str, f: q.Filters) -> None:
    """The key indicators in the period, with the change from the previous period, and their monthly trend."""
    keys = load("key_indicators")
    ids = keys["indicator_id"].tolist()
    values = load("indicator_trend", level, entity_id, f.period_type, ids)
    st.subheader(w("key_indicators"))
    cols = st.columns(len(keys))
    for col, (_, ind) in zip(cols, keys.iterrows(), strict=True):
        series = values[(values["indicator_id"] == ind["indicator_id"]) & (values["period"] <= f.period)]
        now = series["value"].iloc[-1] if len(series) and series["period"].iloc[-1] == f.period else None
        before = series["value"].iloc[-2] if now is not None and len(series) > 1 else None
        delta = None if now is None or before is None or pd.isna(before) or pd.isna(now) else now - before
        delta_text = None if delta is None else (f"{delta:+.1%}" if ind["unit"] == "ratio" else f"{delta:+,.2f}")
        col.metric(
            indicator_name(ind),
            fmt(now, ind["unit"]),
            delta_text,
            delta_color="inverse" if ind["direction"] == "lower" else "normal",
        )
    monthly = load(
        "indicator_trend", level, entity_id, "month", keys.loc[keys["unit"] == "ratio", "indicator_id"].tolist()
    )
    monthly = monthly[monthly["period"] <= _month_of(f.period)]
    if not monthly.empty:
        st.subheader(w("trend"))
        names = {r["indicator_id"]: indicator_name(r) for _, r in keys.iterrows()}
        chart = monthly.assign(**{w("indicator"): monthly["indicator_id"].map(names)})
        with st.container(key="trend_chart"):
            st.line_chart(chart, x="period", y="value", color=w("indicator"), x_label=w("period"), y_label="")


def ranking_tables(f: q.Filters, levels=("person", "department")) -> None:
    st.subheader(w("ranking"))
    st.caption(w("court_ranking_off"))
    for level in levels:
        ranked = load("ranking", level, f)
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
            index=_param(f"group_{level}", groups["peer_group_id"].tolist()),
            format_func=dict(zip(groups["peer_group_id"], groups["peer_group_name_zh"], strict=True)).get,
        )
        rows = ranked[(ranked["peer_group_id"] == group) & ranked["rank_in_peer_group"].notna()].head(RANKING_ROWS)
        columns = ["rank_in_peer_group", "peer_group_size", "name", "entity_id", "court_code", "dept_id", "total"]
        marked = (rows["data_defects"].fillna(0) > 0).any()  # a column of its own only when someone is provisional
        table(provisional(rows), f"ranking_{level}", [*columns, "provisional"] if marked else columns)


def overview() -> None:
    f = st.session_state["filters"]
    courts = load("courts")
    court = (
        f.court or courts.sort_values(["parent_court_code", "court_code"], na_position="first")["court_code"].iloc[0]
    )
    name = dict(zip(courts["court_code"], courts["court_name"], strict=True))[court]
    st.title(f"{w('overview')} · {name}")
    st.caption(f"{code('period_type', f.period_type, lang())} {f.period}")
    key_indicator_cards("court", court, f)
    keys = load("key_indicators")
    names = {r["indicator_id"]: indicator_name(r) for _, r in keys.iterrows()}
    chosen = st.selectbox(w("choose_indicator"), list(names), format_func=names.get, key="compare_indicator", index=2)
    left, right = st.columns(2)
    for column, level, title in ((left, "court", "courts_compared"), (right, "department", "departments_compared")):
        with column:
            st.subheader(w(title))
            data = load("compare", level, q.Filters(f.period_type, f.period, court), [chosen])  # in the court shown
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
    found = load("data_defects", q.Filters(f.period_type, f.period, f.court, f.dept))
    if found is not None:
        scope = {k: v for k, v in (("court", f.court), ("dept", f.dept)) if v}
        with st.container(key="open_defects_total"):
            st.markdown(
                f"{w('open_defects_total')}: **{len(found)}** · [{w('see_defects')}](data_quality?{urlencode(scope)})"
            )


def department_page() -> None:
    f = st.session_state["filters"]
    depts = load("departments", f.court)
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
    totals = load("totals_over_time", "department", dept, f.period_type)
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


def person_page() -> None:
    f = st.session_state["filters"]
    people = load("people", f)
    if people.empty:
        st.info(w("no_data"))
        return
    options = people["person_id"].tolist()
    wanted = st.query_params.get("person")
    viewer = st.session_state["viewer"]
    if wanted and wanted not in options:
        signin.audit_view(viewer, wanted, "person_page")  # recorded as refused when outside the viewer's scope
        with st.container(key="person_refused"):
            st.warning(w("person_not_visible") if not viewer.sees_person(wanted) else w("no_data"))
        wanted = viewer.person_id
    labels = dict(zip(people["person_id"], people["name"] + "（" + people["person_id"] + "）", strict=True))
    person = st.selectbox(
        w("choose_person"),
        options,
        index=options.index(wanted) if wanted in options else 0,
        format_func=labels.get,
        key="person_choice",
    )
    who = people[people["person_id"] == person].iloc[0]
    signin.audit_view(viewer, person, f"person_page {f.period_type} {f.period}")
    st.title(f"{w('person')} · {who['name']}")
    st.caption(f"{code('role', who['role'], lang())} · {who['dept_name']} · {person}")
    totals = load("totals_over_time", "person", person, f.period_type)
    current = totals[totals["period"] == f.period]
    if current.empty:
        st.info(w("no_data"))
    else:
        now = current.iloc[0]
        rank = (
            "—"
            if pd.isna(now["rank_in_peer_group"])
            else f"{int(now['rank_in_peer_group'])}/{int(now['peer_group_size'])}"
        )
        a, b, c = st.columns(3)
        with a.container(key="person_total"):
            st.metric(w("total"), f"{now['total']:.2f}")
        b.metric(w("rank_in_peer_group"), rank)
        c.metric(w("peer_group"), now["peer_group_name_zh"])
        if pd.isna(now["rank_in_peer_group"]) and now["not_ranked_reason"]:
            st.caption(f"{w('not_ranked_reason')}: {now['not_ranked_reason']}")
        provisional_note(now["data_defects"], "person_provisional", person=person)
    st.subheader(w("totals_over_time"))
    table(
        totals,
        "person_totals",
        ["period", "total", "rank_in_peer_group", "peer_group_size", "not_ranked_reason", "data_defects"],
    )
    # charts by month, up to the end of the chosen period: a year alone is one point
    monthly = load("totals_over_time", "person", person, "month")
    monthly = monthly[monthly["period"] <= _month_of(f.period)]
    if len(monthly) > 1:
        with st.container(key="person_total_chart"):
            st.line_chart(monthly, x="period", y="total", x_label=w("period"), y_label=w("total"))
    points = load("dimension_points", "person", person, "month")
    points = points[points["period"] <= _month_of(f.period)]
    if not points.empty:
        st.subheader(w("dimension_points"))
        points = points.assign(dimension=[code("dimension", d, lang()) for d in points["dimension"]])
        with st.container(key="dimension_chart"):
            st.line_chart(
                points.rename(columns={"dimension": w("dimension")}),
                x="period",
                y="points",
                color=w("dimension"),
                x_label=w("period"),
                y_label=w("points"),
            )
    st.subheader(f"{w('explanation')} · {f.period}")
    lines = load("explanation", "person", person, f.period_type, f.period)
    table(
        lines,
        "explanation",
        [
            "line_number",
            "line_type",
            "dimension",
            "indicator_name_zh",
            "value",
            "points",
            "effective_weight",
            "contribution",
            "note",
        ],
    )
    if not lines.empty:
        with st.container(key="explanation_sum"):
            st.markdown(f"{w('explanation_sum')}: **{lines['contribution'].sum():.2f}**")
    sw = load("strengths_weaknesses", "person", person, f.period_type, f.period)
    left, right = st.columns(2)
    for column, kind, title in ((left, "strength", "strengths"), (right, "weakness", "weaknesses")):
        with column:
            st.subheader(w(title))
            table(
                sw[sw["kind"] == kind],
                f"sw_{kind}",
                ["indicator_name_zh", "value", "peer_median", "points", "gap_to_median"],
            )
    st.subheader(w("warnings"))
    found = load("warnings", q.Filters(f.period_type, f.period), person, False)
    if found is None:
        st.caption(w("no_warnings_mart"))
    else:
        table(found, "person_warnings", ["level", "rule", "warning_title", "first_seen", "closed_on"])
    if person == viewer.person_id:
        viewed_by(person)


def viewed_by(person: str) -> None:
    """Who else has looked at this person's record (the audit log: the archive's, then what is not moved yet)."""
    try:
        with store.connect(signin.SETTINGS.archive, read_only=True) as con:
            events = audit.read_events(con, signin.SETTINGS.audit_spool, subject=person)
    except (store.ArchiveError, duckdb.Error):  # no archive yet, or a close is writing it: the spool alone
        events = audit.read_events(None, signin.SETTINGS.audit_spool, subject=person)
    others = pd.DataFrame(
        [e for e in events if e["event"] == "view" and e["viewer"] != person and e["outcome"] == "shown"],
        columns=audit.FIELDS,
    )
    st.subheader(w("viewed_by"))
    table(others.iloc[::-1], "viewed_by", ["occurred_at", "viewer", "what", "origin"])


def warnings_page() -> None:
    f = st.session_state["filters"]
    st.title(w("warnings"))
    open_only = st.toggle(w("open_only"), value=True, key="open_only")
    found = load("warnings", f, None, open_only)
    if found is None:
        st.info(w("no_warnings_mart"))
        return
    counts = found.groupby(["rule", "level"]).size().rename("n").reset_index()
    if not counts.empty:
        counts = labelled(counts, lang())
        with st.container(key="warnings_chart"):
            st.bar_chart(counts, x=w("rule"), y="n", color=w("level"), x_label="", y_label="")
    table(
        found,
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
    people = load("defect_people", f)
    person = _all_or_one(
        w("responsible"), "person", dict(zip(people["responsible_person_id"], people["responsible"], strict=True))
    )
    left, right = st.columns(2)
    include_fixed = left.toggle(w("include_fixed"), value=st.query_params.get("fixed") == "1", key="include_fixed")
    group = right.radio(
        w("group_by"),
        DEFECT_GROUPS,
        index=_param("group", list(DEFECT_GROUPS)),
        format_func=lambda g: w("group_" + g),
        horizontal=True,
        key="defect_group",
    )
    found = load("data_defects", f, person, include_fixed, group)
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
    trend = load("defect_trend", f, person)
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


def catalog_page() -> None:
    st.title(w("catalog"))
    cat = load("catalog")
    text = st.text_input(w("search"), key="catalog_search", value=st.query_params.get("indicator", ""))
    if text:
        hit = cat.apply(lambda r: text.lower() in " ".join(map(str, r.values)).lower(), axis=1)
        cat = cat[hit]
    st.dataframe(
        labelled(
            cat[["indicator_id", "name_zh", "name_en", "category_name_zh", "unit", "direction", "formula_in_words"]],
            lang(),
        ),
        hide_index=True,
    )
    if cat.empty:
        return
    names = dict(zip(cat["indicator_id"], cat["name_zh"] + " " + cat["indicator_id"], strict=False))
    chosen = st.selectbox(w("indicator"), list(names), key="catalog_choice", format_func=names.get)
    with st.container(key="catalog_detail", border=True):
        for _, ind in cat[cat["indicator_id"] == chosen].iterrows():  # one block per definition in force
            low, high = ind["reference_lower"], ind["reference_upper"]
            interval = "—" if pd.isna(low) and pd.isna(high) else f"[{fmt(low, ind['unit'])}, {fmt(high, ind['unit'])}]"
            until = "" if pd.isna(ind["valid_to"]) else f" – {ind['valid_to']}"
            st.markdown(f"### {ind['name_zh']} · {ind['name_en']}")
            st.caption(f"{w('valid')}: {ind['valid_from']}{until}")
            st.markdown(f"**{w('formula')}**: {ind['formula_in_words']}")
            st.markdown(
                f"**{w('reference_interval')}**: {interval} · **{w('direction')}**: "
                f"{code('direction', ind['direction'], lang())} · **{w('unit')}**: {ind['unit']}"
            )
            st.caption(ind["description"])


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
        st.Page(department_page, title=w("department"), url_path="department"),
        st.Page(person_page, title=w("person"), url_path="person"),
        st.Page(warnings_page, title=w("warnings"), url_path="warnings"),
        st.Page(defects_page, title=w("defects_page"), url_path="data_quality"),
        st.Page(catalog_page, title=w("catalog"), url_path="catalog"),
    ]
    if st.session_state["viewer"].conduct:  # 纪检监察 only: the page does not exist for anyone else
        pages.insert(-1, st.Page(conduct_page, title=w("conduct_page"), url_path="conduct"))
    page = st.navigation(pages)
    if st.session_state["filters"] is None and page.url_path != "catalog":
        return
    page.run()


main()
