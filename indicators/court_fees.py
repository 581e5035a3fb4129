"""Statutory court fees by 诉讼费用交纳办法 (国务院令第481号, 2007), as SQL over an amount expression: the
案件受理费 of a property case and the 申请执行费 of an enforcement application (indicators/facts.py uses them for
the fee ratios of 营商环境)."""

from __future__ import annotations

# 案件受理费 of a property case (财产案件) by 诉讼费用交纳办法 (国务院令第481号, 2007) 第十三条: 50 yuan up to
# 10,000, then cumulative bands of 2.5 % to 100,000, 2 % to 200,000, 1.5 % to 500,000, 1 % to 1 million, 0.9 % to
# 2 million, 0.8 % to 5 million, 0.7 % to 10 million, 0.6 % to 20 million and 0.5 % above; halved once for the
# simple procedure (第十六条, small claims included) or a case closed by mediation or withdrawal (第十五条).
COURT_FEE_BANDS = (
    (10_000, 100_000, "0.025"),
    (100_000, 200_000, "0.02"),
    (200_000, 500_000, "0.015"),
    (500_000, 1_000_000, "0.01"),
    (1_000_000, 2_000_000, "0.009"),
    (2_000_000, 5_000_000, "0.008"),
    (5_000_000, 10_000_000, "0.007"),
    (10_000_000, 20_000_000, "0.006"),
    (20_000_000, None, "0.005"),
)
# 申请执行费 by the same 办法 第十四条: 50 yuan up to 10,000 of the amount applied for, then cumulative bands of
# 1.5 % to 500,000, 1 % to 5 million, 0.5 % to 10 million and 0.1 % above.
ENFORCEMENT_FEE_BANDS = (
    (10_000, 500_000, "0.015"),
    (500_000, 5_000_000, "0.01"),
    (5_000_000, 10_000_000, "0.005"),
    (10_000_000, None, "0.001"),
)


def _banded_fee(amount: str, bands: tuple[tuple[int, int | None, str], ...]) -> str:
    """50 yuan, plus each band's rate on the part of `amount` that falls in it (the last band has no top)."""
    parts = (
        f"{rate} * greatest({amount if high is None else f'least({amount}, {high})'} - {low}, 0)"
        for low, high, rate in bands
    )
    return "50 + " + " + ".join(parts)


def _over(fee: str, amount: str) -> str:
    """The fee as a share of the amount, in double on every engine (Spark's decimal division keeps six decimals)."""
    return f"cast(({fee}) as double) / nullif({amount}, 0)"


def statutory_court_fee(row: str) -> str:
    """案件受理费 due on the claim of the case `row` (第十三条), halved by 第十五、十六条; null without a claim."""
    return (
        f"case when {row}.claim_amount > 0 then"
        f" ({_banded_fee(f'{row}.claim_amount', COURT_FEE_BANDS)})"
        f" * case when {row}.procedure in ('simple', 'small_claims')"
        f" or {row}.closing_method in ('mediation', 'withdrawal') then 0.5 else 1 end"
        " end"
    )


def statutory_enforcement_fee(row: str) -> str:
    """申请执行费 due on the amount the enforcement of `row` applied for (第十四条); null without an amount."""
    amount = f"{row}.enforcement_applied_amount"
    return f"case when {amount} > 0 then {_banded_fee(amount, ENFORCEMENT_FEE_BANDS)} end"


def statutory_court_fee_ratio(row: str) -> str:
    return _over(statutory_court_fee(row), f"{row}.claim_amount")


def statutory_enforcement_fee_ratio(row: str) -> str:
    return _over(statutory_enforcement_fee(row), f"{row}.enforcement_applied_amount")
