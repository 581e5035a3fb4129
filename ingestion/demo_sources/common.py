"""Shared vectorised helpers: day arithmetic, timestamps, names, ID numbers, picking staff by posting.

Dates are int64 day numbers since 1970-01-01 and timestamps int64 seconds, with `NA` for null, so that
all arithmetic stays in numpy; `writers.to_wire` turns them into text at the end.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from .reference_data import (
    COMPANY_INDUSTRY,
    COMPANY_PREFIX,
    COMPANY_SUFFIX,
    COMPANY_WORDS,
    GIVEN_CHARS,
    MONGOLIAN_NAMES,
    OTHER_ORGS,
    SURNAMES,
)

NA = np.int64(-(2**62))  # null marker for day / second / nullable int columns
EPOCH = date(1970, 1, 1)
DAY_SECONDS = 86_400


@dataclass(frozen=True)
class Window:
    """Generation window: cases are filed in [start, end]; `as_of` is the extraction day (= end)."""

    start: int
    end: int

    @property
    def as_of(self) -> int:
        return self.end


def day(d: date) -> int:
    return (d - EPOCH).days


def to_date(n: int) -> date:
    return date.fromordinal(EPOCH.toordinal() + int(n))


def year_of(days: np.ndarray) -> np.ndarray:
    return days.astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64) + 1970


def year_start(year: int) -> int:
    return day(date(year, 1, 1))


def choice(rng: np.random.Generator, options: dict[str, float] | list[str], n: int) -> np.ndarray:
    """Draw n labels from a {label: weight} dict (or uniformly from a list) as an object array."""
    if isinstance(options, dict):
        labels = np.array(list(options), dtype=object)
        p = np.array(list(options.values()), dtype=float)
        return labels[rng.choice(len(labels), size=n, p=p / p.sum())]
    labels = np.array(options, dtype=object)
    return labels[rng.integers(0, len(labels), n)]


def stamp(rng: np.random.Generator, last_day: np.ndarray, as_of: int, lag_days: int = 2) -> np.ndarray:
    """updated_at: some office hour on or a few days after the row's last event, never after as_of."""
    last = np.minimum(np.asarray(last_day, dtype=np.int64), as_of)
    d = np.minimum(last + rng.integers(0, lag_days + 1, len(last)), as_of)
    return d * DAY_SECONDS + rng.integers(8 * 3600, 20 * 3600, len(last))


def member(values, among) -> np.ndarray:
    """values[i] in among, for ids, by hash: pandas 3's string `isin` makes one Arrow scalar per candidate in Python
    (seconds for the case ids of a city)."""
    return pd.Series(np.asarray(values, dtype=object), dtype=object).isin(np.asarray(among, dtype=object)).to_numpy()


def lookup(keys: pd.Series, values: pd.Series) -> pd.Series:
    """values by key (unique keys), for Series.map: hashes object arrays once, where dict(zip(keys, values)) walks
    Arrow strings one by one in Python."""
    return pd.Series(values.to_numpy(dtype=object), index=pd.Index(keys.to_numpy(dtype=object), dtype=object))


def cat(*parts) -> np.ndarray:
    """Element-wise string concatenation of arrays and str scalars, as an object array (no nulls)."""
    n = next(len(p) for p in parts if not isinstance(p, str))
    out = pd.Series([""] * n, dtype="str")
    for p in parts:
        out = out + (p if isinstance(p, str) else pd.Series(np.asarray(p)).astype("str"))
    return out.to_numpy(dtype=object)


def zpad(values: np.ndarray, width: int) -> np.ndarray:
    return pd.Series(np.asarray(values, dtype=np.int64)).astype(str).str.zfill(width).to_numpy(dtype=object)


def person_names(rng: np.random.Generator, n: int) -> np.ndarray:
    """Fake Chinese names: surname + one or two given characters; ~7 % Mongolian names."""
    s = choice(rng, SURNAMES, n)
    g1 = choice(rng, GIVEN_CHARS, n)
    g2 = np.where(rng.random(n) < 0.6, choice(rng, GIVEN_CHARS, n), "")
    names = cat(s, g1, g2)
    mongol = rng.random(n) < 0.07
    names[mongol] = choice(rng, MONGOLIAN_NAMES, int(mongol.sum()))
    return names


def company_names(rng: np.random.Generator, n: int) -> np.ndarray:
    return cat(
        choice(rng, COMPANY_PREFIX, n),
        choice(rng, COMPANY_WORDS, n),
        choice(rng, COMPANY_INDUSTRY, n),
        choice(rng, COMPANY_SUFFIX, n),
    )


def org_names(rng: np.random.Generator, n: int) -> np.ndarray:
    return cat(choice(rng, COMPANY_WORDS, n), choice(rng, OTHER_ORGS, n))


_ID_WEIGHTS = np.array([7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])
_ID_CHECK = np.array(list("10X98765432"), dtype=object)


def id_check_digit(first17: np.ndarray) -> np.ndarray:
    """GB 11643 check character for 17-digit integers."""
    digits = (first17[:, None] // 10 ** np.arange(16, -1, -1)) % 10
    return _ID_CHECK[(digits * _ID_WEIGHTS).sum(axis=1) % 11]


def id_numbers(rng: np.random.Generator, admin_codes: np.ndarray, n: int | None = None) -> np.ndarray:
    """居民身份证号: region (the court's district), birth date 1950-2005, sequence, real check digit."""
    admin = np.asarray(admin_codes).astype(np.int64)
    n = len(admin)
    birth = rng.integers(day(date(1950, 1, 1)), day(date(2005, 12, 31)), n).astype("datetime64[D]")
    ymd = pd.Series(birth).dt.strftime("%Y%m%d").astype(np.int64).to_numpy()
    first17 = admin * 10**11 + ymd * 1000 + rng.integers(0, 1000, n)
    return cat(first17, id_check_digit(first17))


_USCC_CHARS = np.array(list("0123456789ABCDEFGHJKLMNPQRTUWXY"), dtype=object)
_USCC_WEIGHTS = np.array([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28])


def credit_codes(rng: np.random.Generator, admin_codes: np.ndarray) -> np.ndarray:
    """统一社会信用代码: '91' + region + 9-char organisation code + GB 32100 check character."""
    head = 91 * 10**6 + np.asarray(admin_codes).astype(np.int64)
    head_vals = (head[:, None] // 10 ** np.arange(7, -1, -1)) % 10
    org = rng.integers(0, 31, (len(head), 9))
    check = (31 - (np.concatenate([head_vals, org], axis=1) * _USCC_WEIGHTS).sum(axis=1) % 31) % 31
    body = _USCC_CHARS[org]
    return cat(head, *[body[:, i] for i in range(9)], _USCC_CHARS[check])


def phones(rng: np.random.Generator, n: int) -> np.ndarray:
    return cat(choice(rng, ["13", "15", "18"], n), zpad(rng.integers(0, 10**9, n), 9))


def pick_by_posting(
    rng: np.random.Generator,
    pool: pd.DataFrame,
    groups: np.ndarray,
    days: np.ndarray,
    fallback: dict[str, str] | None = None,
    tries: int = 12,
) -> np.ndarray:
    """For each (group, day) pick a random person of `pool` whose posting in that group covers the day.

    `pool` has columns group, person_id, valid_from, valid_to (NA = open). Rejection sampling in a
    few vectorised rounds; rows still unmatched get `fallback[group]` (e.g. the division chief) or None.
    """
    n = len(groups)
    out = np.full(n, None, dtype=object)
    if n == 0 or pool.empty:
        return out
    p = pool.sort_values(["group", "valid_from", "person_id"], kind="stable").reset_index(drop=True)
    cats = pd.Index(p["group"].unique())
    starts = np.searchsorted(cats.get_indexer(p["group"]), np.arange(len(cats)))
    counts = np.diff(np.append(starts, len(p)))
    vf = p["valid_from"].to_numpy(np.int64)
    vt = p["valid_to"].to_numpy(np.int64)
    vt = np.where(vt == NA, np.iinfo(np.int64).max, vt)
    pid = p["person_id"].to_numpy(dtype=object)
    code = cats.get_indexer(pd.Index(np.asarray(groups, dtype=object)))
    days = np.asarray(days, dtype=np.int64)
    todo = np.flatnonzero(code >= 0)
    for _ in range(tries):
        if len(todo) == 0:
            break
        c = code[todo]
        idx = starts[c] + (rng.random(len(todo)) * counts[c]).astype(np.int64)
        ok = (vf[idx] <= days[todo]) & (days[todo] <= vt[idx])
        out[todo[ok]] = pid[idx[ok]]
        todo = todo[~ok]
    if fallback is not None:
        miss = np.flatnonzero(pd.isna(out))
        out[miss] = pd.Series(np.asarray(groups, dtype=object)[miss]).map(fallback).to_numpy(dtype=object)
    return out
