"""The 指标全景 screen's arithmetic, without a browser: periods, changes, trend lines and interval positions."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dashboard.views.screens import period_end, same_period_last_year, screen_table, sparkline


def test_periods():
    assert [same_period_last_year(p) for p in ("2025", "2025-Q1", "2025-03")] == ["2024", "2024-Q1", "2024-03"]
    assert period_end("2024") == date(2024, 12, 31)
    assert period_end("2024-Q1") == date(2024, 3, 31)
    assert period_end("2024-02") == date(2024, 2, 29)  # leap year; a year to date runs to its month's end too


def test_sparkline_spans_lowest_to_highest_and_keeps_gaps():
    assert sparkline([1, 2, 3]) == "▁▅█"
    assert sparkline([0.5, None, 0.5]) == "▁ ▁"
    assert sparkline([None]) == ""


@pytest.fixture(autouse=True)
def chinese(monkeypatch):
    import streamlit as st

    monkeypatch.setattr(st, "session_state", {"lang": "zh"})


def test_screen_table_by_hand():
    rows = [  # a rate in [0.9, 1]: 0.92 (2023), 0.95 (2024), 0.88 (2025); a count without interval
        ("rate", "比率", "ratio", 0.9, 1.0, "2023", 0.92),
        ("rate", "比率", "ratio", 0.9, 1.0, "2024", 0.95),
        ("rate", "比率", "ratio", 0.9, 1.0, "2025", 0.88),
        ("count", "件数", "count", None, None, "2024", 10.0),
        ("count", "件数", "count", None, None, "2025", 14.0),
    ]
    values = pd.DataFrame(
        [(i, n, n, "类", u, "higher", lo, hi, p, v) for i, n, u, lo, hi, p, v in rows],
        columns=["indicator_id", "name_zh", "name_en", "category_name_zh", "unit", "direction", "reference_lower",
                 "reference_upper", "period", "value"],
    )  # fmt: skip
    table = screen_table(values, "2025").set_index("indicator")
    rate, count = table.loc["比率"], table.loc["件数"]
    # 0.88 - 0.95 = -7.0 percentage points, on the previous period and on the same period last year (years)
    assert (rate["value"], rate["vs_previous"], rate["vs_last_year"]) == ("88.0%", "-7.0 个百分点", "-7.0 个百分点")
    assert (rate["position"], rate["reference_interval"], rate["trend"]) == ("低于区间", "90.0% – 100.0%", "▅█▁")
    assert (count["value"], count["vs_previous"], count["position"]) == ("14", "+4", "—")
    # as of 2024: 0.95 is within the interval, and nothing came before 2023
    earlier = screen_table(values, "2024").set_index("indicator").loc["比率"]
    assert (earlier["position"], earlier["vs_previous"], earlier["trend"]) == ("区间内", "+3.0 个百分点", "▁█")
