"""What every page of the dashboard shares: cached queries, words, tables, numbers and the sidebar's filters."""

from __future__ import annotations

from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from courtperf.labels import EN, ZH, code, labelled, word
from courtperf.settings import Settings
from dashboard import queries as q
from dashboard import records, signin

PUBLISHED = Settings.from_env().published
QUERY_MODULES = (q, records)  # where load() and scoped() find a query by name


@st.cache_data(ttl=3600, show_spinner=False, max_entries=500)
def _cached(name: str, stamp: int, *args):
    module = next(m for m in QUERY_MODULES if hasattr(m, name))
    return getattr(module, name)(PUBLISHED, *args)


def load(name: str, *args):
    """A query of queries.py that needs no viewer (periods, the catalog, …), cached until the next publication
    replaces the file (its modification time is part of the cache key)."""
    return _cached(name, PUBLISHED.stat().st_mtime_ns, *args)


def scoped(name: str, *args):
    """A query of queries.py that takes the viewer's scope, given the signed-in viewer's (the cache keeps each
    viewer's results apart)."""
    return _cached(name, PUBLISHED.stat().st_mtime_ns, st.session_state["viewer"], *args)


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
            shown = labelled((df[columns] if columns else df).reset_index(drop=True), lang())
            text_only = shown.notna().all().all() and all(map(pd.api.types.is_string_dtype, shown.dtypes))
            # a Styler sends each cell's display value and CSS besides its value: ~1 s more in the browser for a
            # screen of 229 indicators; text needs no formatting
            st.table(shown if text_only else shown.style.format(precision=4, na_rep="—"))


def screens() -> dict[str, str]:
    """The catalog's dashboard screens in their order (categories.yaml): screen id -> its name in the language."""
    rows = load("catalog").sort_values("screen_order", kind="stable").drop_duplicates("screen")
    return dict(zip(rows["screen"], rows["screen_name_zh" if lang() == ZH else "screen_name_en"], strict=True))


def indicator_name(row) -> str:
    return row["name_zh"] if lang() == ZH else row["name_en"]


def fmt(value, unit: str | None) -> str:
    if value is None or pd.isna(value):
        return "—"
    if unit == "ratio":
        return f"{value:.1%}"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def change(now, before, unit: str | None) -> str:
    """now − before as shown: a rate's change in percentage points (个百分点), "—" without both values."""
    if now is None or before is None or pd.isna(now) or pd.isna(before):
        return "—"
    if unit == "ratio":
        return f"{(now - before) * 100:+.1f} {w('percentage_points')}"
    return f"{now - before:+,.2f}".replace(".00", "")


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


def param_index(name: str, options: list, default=None):
    value = st.query_params.get(name)
    return options.index(value) if value in options else (options.index(default) if default in options else 0)


def all_or_one(label: str, key: str, names: dict[str, str]) -> str | None:
    """A filter: every one (None) or one of `names` (code -> words); preset from the URL parameter `key`."""
    options = [None, *names]
    return st.selectbox(
        label,
        options,
        index=param_index(key, options),
        key=key,
        format_func=lambda v: w("all") if v is None else names[v],
    )


def sidebar_filters() -> q.Filters | None:
    with st.sidebar:
        st.radio(
            w("language"),
            [ZH, EN],
            format_func=lambda v: "中文" if v == ZH else "English",
            key="lang",
            horizontal=True,
            index=param_index("lang", [ZH, EN]),
        )
        st.header(w("filters"))
        period_type = st.selectbox(
            w("period_type"),
            q.PERIOD_TYPES,
            index=param_index("period_type", list(q.PERIOD_TYPES)),
            format_func=lambda v: code("period_type", v, lang()),
            key="period_type",
        )
        periods = load("periods", period_type)
        if not periods:
            st.warning(w("no_data"))
            return None
        period = st.selectbox(w("period"), periods, index=param_index("period", periods), key="period")
        courts = scoped("courts")
        court = all_or_one(w("court"), "court", dict(zip(courts["court_code"], courts["court_name"], strict=True)))
        depts = scoped("departments", court)
        dept = all_or_one(w("dept_id"), "dept", dict(zip(depts["dept_id"], depts["dept_name"], strict=True)))
        role = all_or_one(w("role"), "role", {r: code("role", r, lang()) for r in load("roles")})
        info = load("publication")
        st.caption(f"{w('published')} {info['published_at']} · {w('run')} {str(info['run_id'])[:8]}")
        signin.signed_in_box(st.session_state["viewer"])
    return q.Filters(period_type, period, court, dept, role)


def month_of(period: str) -> str:
    """The last month of a period label: 2024 -> 2024-12, 2024-Q3 -> 2024-09, 2024-03 -> 2024-03."""
    if "-Q" in period:
        year, quarter = period.split("-Q")
        return f"{year}-{int(quarter) * 3:02d}"
    return f"{period}-12" if len(period) == 4 else period
