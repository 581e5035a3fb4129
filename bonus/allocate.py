"""Divide bonus pools among people by the bonus rules: exact arithmetic (fractions), then whole yuan.

For each pool: weight = role coefficient × grade coefficient × score factor (total ÷ the mean total of the
person's peer group among the pool's graded people, with `score_factor: peer_mean`). Shares are the pool in
proportion to the weights; floors are paid first, then shares above the cap are cut to it, the rest of the pool
going to the others by their weights each time. Amounts are the shares rounded down to the yuan; the yuan left go
one each to the largest remainders (equal remainders: the higher total, then the lower person id), never above a
cap. Each person's explanation lines add up to their amount exactly.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction

from bonus.pools import Pool
from bonus.rules import BonusRules
from courtperf.labels import code

CENT = Decimal("0.01")


class AllocationError(ValueError):
    """A pool cannot be divided as the rules say (nobody to receive it, floors above the pool, …)."""


@dataclass(frozen=True)
class Member:
    person_id: str
    court_code: str
    dept_id: str | None
    role: str | None
    peer_group_id: str | None
    scale: str  # regular | annual
    grade: str | None  # None: not graded
    total: Decimal | None


@dataclass
class Allocation:
    member: Member
    pool: Pool
    role_coefficient: Decimal
    grade_coefficient: Decimal
    score_factor: Fraction
    weight: Fraction
    share: Fraction = Fraction(0)
    adjustment: str | None = None  # floor | cap
    weight_share: Fraction = Fraction(0)  # before floors and caps
    amount: int = 0
    remainder_rank: int | None = None  # got one of the yuan left by rounding down
    lines: list[tuple[str, str, Decimal | None]] = field(default_factory=list)  # (kind, text, yuan)


def pool_of(member: Member, pools: dict[tuple[str, str | None], Pool]) -> Pool | None:
    """A department's own pool, else the court's pool, else none."""
    return pools.get((member.court_code, member.dept_id)) or pools.get((member.court_code, None))


def allocate(members: list[Member], pools: list[Pool], rules: BonusRules) -> list[Allocation]:
    by_key = {p.key: p for p in pools}
    grouped: dict[tuple, list[Member]] = defaultdict(list)
    for member in members:
        pool = pool_of(member, by_key)
        if pool is not None:
            grouped[pool.key].append(member)
    out: list[Allocation] = []
    for pool in pools:
        out += _divide(pool, sorted(grouped.get(pool.key, []), key=lambda m: m.person_id), rules)
    return out


def _divide(pool: Pool, members: list[Member], rules: BonusRules) -> list[Allocation]:
    where = f"pool of line {pool.line} ({pool.court_code}{' ' + pool.dept_id if pool.dept_id else ''})"
    if not members:
        raise AllocationError(f"{where}: nobody of the period belongs to it")
    means = _peer_means(members)
    allocations = []
    for m in members:
        role = Decimal(rules.role_coefficients.get(m.role or "", 0))
        taking = m.grade is not None or rules.not_graded == "base"
        grade = rules.grade_coefficient(m.scale, m.grade) if taking else Decimal(0)
        factor = Fraction(1)
        if rules.score_factor == "peer_mean" and m.grade is not None and means.get(m.peer_group_id):
            factor = Fraction(m.total) / means[m.peer_group_id]
        allocations.append(Allocation(m, pool, role, grade, factor, Fraction(role) * Fraction(grade) * factor))
    if not any(a.weight > 0 for a in allocations):
        raise AllocationError(f"{where}: no one of its {len(members)} people has a weight above 0")
    _shares(allocations, Fraction(pool.amount), rules, where)
    _whole_yuan(allocations, int(pool.amount), rules, where)
    for a in allocations:
        a.lines = _explain(a, rules, sum((x.weight for x in allocations), Fraction(0)))
    return allocations


def _peer_means(members: list[Member]) -> dict[str | None, Fraction]:
    totals: dict[str | None, list[Fraction]] = defaultdict(list)
    for m in members:
        if m.grade is not None and m.total is not None:
            totals[m.peer_group_id].append(Fraction(m.total))
    return {g: sum(ts, Fraction(0)) / len(ts) for g, ts in totals.items() if sum(ts) > 0}


def _shares(allocations: list[Allocation], pool: Fraction, rules: BonusRules, where: str) -> None:
    paying = [a for a in allocations if a.weight > 0]
    total_weight = sum((a.weight for a in paying), Fraction(0))
    for a in paying:
        a.weight_share = a.share = pool * a.weight / total_weight
    floor = None if rules.floor is None else Fraction(rules.floor)
    cap = None if rules.cap is None else Fraction(rules.cap)
    if floor is not None and floor * len(paying) > pool:
        floors = floor * len(paying)
        raise AllocationError(f"{where}: the floors of {len(paying)} people ({floors} yuan) exceed the pool")
    for kind, limit, breaks in (("floor", floor, lambda s, x: s < x), ("cap", cap, lambda s, x: s > x)):
        if limit is None:
            continue
        while True:
            over = [a for a in paying if a.adjustment is None and breaks(a.share, limit)]
            if not over:
                break
            for a in over:
                a.share, a.adjustment = limit, kind
            free = [a for a in paying if a.adjustment is None]
            if not free:
                break
            rest = pool - sum((a.share for a in paying if a.adjustment is not None), Fraction(0))
            free_weight = sum((a.weight for a in free), Fraction(0))
            for a in free:
                a.share = rest * a.weight / free_weight
    spent = sum((a.share for a in paying), Fraction(0))
    if spent != pool:
        raise AllocationError(f"{where}: every share is at its cap; {float(pool - spent):,.2f} yuan cannot be given")


def _whole_yuan(allocations: list[Allocation], pool: int, rules: BonusRules, where: str) -> None:
    for a in allocations:
        a.amount = math.floor(a.share)
    left = pool - sum(a.amount for a in allocations)
    cap = None if rules.cap is None else int(math.floor(rules.cap))
    order = sorted(
        (a for a in allocations if a.weight > 0 and (cap is None or a.amount < cap)),
        key=lambda a: (-(a.share - a.amount), -(a.member.total or 0), a.member.person_id),
    )
    if left > len(order):
        raise AllocationError(f"{where}: {left} yuan are left after rounding and only {len(order)} people can take one")
    for rank, a in enumerate(order[:left], start=1):
        a.amount += 1
        a.remainder_rank = rank


def _yuan(value: Fraction) -> Decimal:
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(CENT, ROUND_HALF_EVEN)


def _n(value: Fraction | Decimal, digits: int = 4) -> str:
    return f"{float(value):.{digits}f}"


def _explain(a: Allocation, rules: BonusRules, total_weight: Fraction) -> list[tuple[str, str, Decimal | None]]:
    m, pool = a.member, a.pool
    pool_name = f"{pool.court_code}{' ' + pool.dept_id if pool.dept_id else ''} 奖金池 {pool.amount:,.0f} 元"
    if a.weight == 0:
        why = "不定等次，按规则不参加分配" if m.grade is None else f"系数为 0（{m.grade}），不参加分配"
        return [("none", f"{pool_name}：{why}", Decimal(0))]
    role = code("role", m.role)
    factor = (
        f" × 分数系数 {_n(a.score_factor)}（总分 {m.total} ÷ 同组平均 {_n(Fraction(m.total) / a.score_factor, 2)}）"
        if a.score_factor != 1 or (rules.score_factor == "peer_mean" and m.grade is not None)
        else ""
    )
    grade = f"等次系数（{m.grade}）" if m.grade is not None else "基础系数（不定等次）"
    lines: list[tuple[str, str, Decimal | None]] = [
        (
            "weight",
            f"权重 = 角色系数（{role}）{a.role_coefficient} × {grade}{a.grade_coefficient}{factor} = {_n(a.weight)}",
            None,
        ),  # fmt: skip
        (
            "share",
            f"{pool_name} × {_n(a.weight)} ÷ 权重合计 {_n(total_weight)} = {_yuan(a.weight_share):,} 元",
            _yuan(a.weight_share),
        ),  # fmt: skip
    ]
    adjusted = _yuan(a.share) - _yuan(a.weight_share)
    if a.adjustment is not None:
        limit, name = (rules.floor, "保底") if a.adjustment == "floor" else (rules.cap, "封顶")
        lines.append((a.adjustment, f"{name} {limit:,} 元：{adjusted:+,} 元", adjusted))
    elif adjusted:
        lines.append(("redistribution", f"他人保底或封顶后的余额按权重重新分配：{adjusted:+,} 元", adjusted))
    rounding = Decimal(a.amount) - _yuan(a.share)
    text = f"取整到元：{rounding:+} 元"
    if a.remainder_rank:
        text += f"（余下的元按最大余数分配，第 {a.remainder_rank} 位）"
    lines.append(("rounding", text, rounding))
    return lines
