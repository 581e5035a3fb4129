"""个人业绩档案: a person's total, rank, explanation, strengths and weaknesses, warnings, and who viewed it."""

from __future__ import annotations

import duckdb
import pandas as pd
import streamlit as st

from access import audit
from archive import store
from courtperf.labels import ZH, code
from dashboard import archived, signin
from dashboard import queries as q
from dashboard.ui import (
    lang,
    month_of,
    provisional_note,
    scoped,
    table,
    w,
)
from scoring.grading import SCALE_OF_PERIOD


def person_page() -> None:
    f = st.session_state["filters"]
    people = scoped("people", f)
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
    totals = scoped("totals_over_time", "person", person, f.period_type)
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
    grade_and_bonus(person)
    st.subheader(w("totals_over_time"))
    table(
        totals,
        "person_totals",
        ["period", "total", "rank_in_peer_group", "peer_group_size", "not_ranked_reason", "data_defects"],
    )
    # charts by month, up to the end of the chosen period: a year alone is one point
    monthly = scoped("totals_over_time", "person", person, "month")
    monthly = monthly[monthly["period"] <= month_of(f.period)]
    if len(monthly) > 1:
        with st.container(key="person_total_chart"):
            st.line_chart(monthly, x="period", y="total", x_label=w("period"), y_label=w("total"))
    points = scoped("dimension_points", "person", person, "month")
    points = points[points["period"] <= month_of(f.period)]
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
    lines = scoped("explanation", "person", person, f.period_type, f.period)
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
    sw = scoped("strengths_weaknesses", "person", person, f.period_type, f.period)
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
    found = scoped("warnings", q.Filters(f.period_type, f.period), person, False)
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


def grade_and_bonus(person: str) -> None:
    """The period's 考核等次 with its reason, and the bonus amount line by line when the viewer may see it."""
    f, viewer = st.session_state["filters"], st.session_state["viewer"]
    st.subheader(w("grades_page"))
    if f.period_type not in SCALE_OF_PERIOD:  # year to date is not graded
        st.caption(w("graded_period_only"))
        return
    found = scoped("grade", person, f)
    with st.container(key="person_grade"):
        if found.empty:
            st.caption(w("no_grade"))
        else:
            row = found.iloc[0]
            a, b = st.columns([1, 3])
            a.metric(w("grade"), row["grade"] or code("decided_by", "not_graded", lang()))
            b.markdown(f"**{code('decided_by', row['decided_by'], lang())}** · {row['decided_reason']}")
            if row["is_period_open"]:
                b.caption(w("grade_period_open"))
            elif row["is_provisional"]:
                b.caption(w("grade_provisional"))
    with st.container(key="person_bonus"):
        if not viewer.sees_amount(person):
            st.caption(w("bonus_hidden"))
            return
        lines = archived.bonus_lines(signin.SETTINGS.archive, viewer, person, f.period_type, f.period)
        if lines.empty:
            st.caption(w("no_bonus"))
            return
        st.metric(w("bonus_amount"), f"{lines['amount'].sum():,.0f} {'元' if lang() == ZH else 'yuan'}")
        yuan = [("—" if pd.isna(v) else f"{v:,.2f}") for v in lines["amount"]]  # to the fen, as the lines add up
        table(lines.assign(amount=yuan), "bonus_lines", ["line_number", "text", "amount"])
