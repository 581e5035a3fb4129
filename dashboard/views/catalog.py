"""指标目录: the indicator catalog with each definition in force."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from courtperf.labels import code, labelled
from dashboard.ui import (
    fmt,
    lang,
    load,
    w,
)


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
