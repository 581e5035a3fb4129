"""Readable names for measure columns: what a column counts, spelled out, so the generated SQL can be read.

`hearings__scheduled_in__count__status_postponed` is the count of hearings scheduled in the period whose
status is postponed. A name is the fact, the period rule and the aggregate (with its field), then one part per
filter, sorted; case-type codes (案件类型代字) are spelled in English. A name longer than MAX_LENGTH keeps its
first characters and ends in the measure's stable hash, so two measures never share a column.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

MAX_LENGTH = 96  # beyond this a name stops helping a reader; no engine the models run on limits it lower

# 案件类型代字 as short English words (1 first instance, 2 second; court_domain.md §1);
# any other non-ASCII value is named by a short hash
CODE_WORDS = {
    "民初": "civ1", "民终": "civ2", "民申": "civ_petition", "民再": "civ_retrial", "民特": "civ_special",
    "刑初": "crim1", "刑终": "crim2", "刑申": "crim_petition", "刑再": "crim_retrial",
    "行初": "adm1", "行终": "adm2", "行申": "adm_petition", "破": "bankruptcy", "诉前调确": "presuit_confirm",
}  # fmt: skip

_OPERATOR_WORDS = {"ne": "not", "gt": "gt", "ge": "ge", "lt": "lt", "le": "le", "not_in": "not"}
_NOT_WORD = re.compile(r"[^a-z0-9]+")


def value_word(value: Any) -> str:
    """A filter value as part of an identifier: lower-case ASCII words joined by `_`."""
    if isinstance(value, str) and value in CODE_WORDS:
        return CODE_WORDS[value]
    text = str(value).lower().replace("-", "minus_").replace(".", "_")
    if not text.isascii():
        return "v" + hashlib.sha256(text.encode()).hexdigest()[:6]
    return _NOT_WORD.sub("_", text).strip("_")


def filter_part(field: str, op: str, value: Any) -> str:
    """One filter as a name part: `status_postponed`, `status_not_closed`, `kind_held_or_postponed`,
    `is_overdue` (is_true), `not_is_overdue` (is_false), `days_gt_30`, `closed_date_known` (not_null)."""
    if op == "is_true":
        return field
    if op == "is_false":
        return f"not_{field}"
    if op == "not_null":
        return f"{field}_known"
    if op == "is_null":
        return f"{field}_unknown"
    values = value if isinstance(value, list | tuple) else [value]
    words = "_or_".join(sorted(value_word(v) for v in values))
    word = _OPERATOR_WORDS.get(op)
    return f"{field}_{word}_{words}" if word else f"{field}_{words}"


def measure_column(
    fact: str, period: str, agg: str, field: str | None, filters: list[tuple[str, str, Any]], key: str
) -> str:
    """The column of one measure; `key` is its stable hash (used only when the spelled-out name is too long)."""
    head = f"{agg}_{field}" if field else agg
    parts = [fact, period, head, *sorted(filter_part(*f) for f in filters)]
    name = "m_" + "__".join(parts)
    if len(name) <= MAX_LENGTH:
        return name
    return f"{name[: MAX_LENGTH - len(key) - 1].rstrip('_')}_{key}"
